#pragma once

#include "storage/RosterStore.h"

#include <QHash>

#include <algorithm>

namespace balcony {

// In-memory RosterStore for tests of the roster module and for profiles without a database. Items and the
// version change together, as RFC 6121 §2.6 requires of any roster cache. `failWrites` lets a test simulate
// a storage failure: the write is refused and nothing changes, exactly like a rolled-back SQL transaction.
class MemoryRosterStore : public RosterStore {
public:
    QString version() override { return m_version; }
    QList<RosterItem> items() override
    {
        QList<RosterItem> result = m_items.values();
        std::sort(result.begin(), result.end(),
            [](const RosterItem &a, const RosterItem &b) { return a.jid.toString() < b.jid.toString(); });
        return result;
    }
    bool replaceAll(const QList<RosterItem> &items, const QString &version) override
    {
        if (failWrites) {
            return false;
        }
        m_items.clear();
        for (const RosterItem &item : items) {
            m_items.insert(item.jid, item);
        }
        m_version = version;
        ++writes;
        return true;
    }
    bool applyPush(const RosterItem &item, bool remove, const QString &version) override
    {
        if (failWrites) {
            return false;
        }
        if (remove) {
            m_items.remove(item.jid);
        } else {
            m_items.insert(item.jid, item);
        }
        m_version = version;
        ++writes;
        return true;
    }

    bool failWrites = false;
    int writes = 0;

private:
    QHash<Jid, RosterItem> m_items;
    QString m_version;
};

} // namespace balcony
