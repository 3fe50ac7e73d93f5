#pragma once

#include "storage/SubscriptionRequestStore.h"

#include <QHash>

#include <algorithm>

namespace balcony {

// In-memory SubscriptionRequestStore for tests, with SqlSubscriptionRequestStore's rules.
class MemorySubscriptionRequestStore : public SubscriptionRequestStore {
public:
    bool add(const SubscriptionRequest &request) override
    {
        ++addCalls;
        if (failWrites || request.from.isNull()) {
            return false;
        }
        const Jid from = request.from.bare();
        const auto it = m_requests.find(from);
        if (it != m_requests.end()) {
            it->status = request.status;
            return false;
        }
        m_requests.insert(from,
            { from, request.status, request.received.isValid() ? request.received : QDateTime::currentDateTimeUtc() });
        return true;
    }
    bool remove(const Jid &from) override { return !failWrites && m_requests.remove(from.bare()) > 0; }
    std::optional<SubscriptionRequest> request(const Jid &from) override
    {
        const auto it = m_requests.constFind(from.bare());
        if (it == m_requests.cend()) {
            return std::nullopt;
        }
        return it.value();
    }
    QList<SubscriptionRequest> requests() override
    {
        QList<SubscriptionRequest> result = m_requests.values();
        std::sort(result.begin(), result.end(), [](const SubscriptionRequest &a, const SubscriptionRequest &b) {
            return a.received != b.received ? a.received < b.received : a.from < b.from;
        });
        return result;
    }

    int count() override { return int(m_requests.size()); }

    bool failWrites = false;
    int addCalls = 0; // add() calls, for tests that count writes

private:
    QHash<Jid, SubscriptionRequest> m_requests;
};

} // namespace balcony
