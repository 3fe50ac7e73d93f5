#pragma once

#include "stream/ConnectionCache.h"

namespace balcony {

class Database;

// ConnectionCache in the profile database (tables dns_domain, dns_target, server_profile: schema version 1;
// http_domain, http_endpoint: version 11).
// Every SQL failure is logged to balcony.storage and reads as a cache miss: the cache never stops a connect.
// `database` must outlive this object.
class SqlConnectionCache : public ConnectionCache {
public:
    explicit SqlConnectionCache(Database &database);

    std::optional<CachedDns> dns(const QString &domain) override;
    // Replaces every cached target of `domain` in one transaction: a reader sees the old or the new answer.
    void storeDns(const QString &domain, const CachedDns &dns) override;
    void forgetDns(const QString &domain) override;

    ServerProfile serverProfile(const QString &domain) override;
    void storeServerProfile(const QString &domain, const ServerProfile &profile) override;

    std::optional<CachedHttpEndpoints> httpEndpoints(const QString &domain) override;
    // Replaces the domain's endpoints in one transaction.
    void storeHttpEndpoints(const QString &domain, const CachedHttpEndpoints &endpoints) override;
    void forgetHttpEndpoints(const QString &domain) override;

private:
    Database &m_db;
};

} // namespace balcony
