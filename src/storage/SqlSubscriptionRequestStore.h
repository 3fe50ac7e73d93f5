#pragma once

#include "storage/SubscriptionRequestStore.h"

namespace balcony {

class Database;

// SubscriptionRequestStore in the profile database (table subscription_request; schema version 3). Every
// SQL failure is logged to balcony.storage and reported through the return value. `database` must outlive
// this object.
class SqlSubscriptionRequestStore : public SubscriptionRequestStore {
public:
    explicit SqlSubscriptionRequestStore(Database &database);

    bool add(const SubscriptionRequest &request) override;
    bool remove(const Jid &from) override;
    std::optional<SubscriptionRequest> request(const Jid &from) override;
    QList<SubscriptionRequest> requests() override;
    int count() override;

private:
    Database &m_db;
};

} // namespace balcony
