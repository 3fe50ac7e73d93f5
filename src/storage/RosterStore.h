#pragma once

#include "core/Jid.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace balcony {

// One roster item as RFC 6121 §2.1.2 defines it.
struct RosterItem {
    Jid jid; // bare
    QString name;
    QString subscription = QStringLiteral("none"); // none | to | from | both
    bool askSubscribe = false; // ask='subscribe'
    bool approved = false; // approved='true' (pre-approval, RFC 6121 §3.4)
    QStringList groups; // sorted, unique

    bool operator==(const RosterItem &) const = default;
};

// The cached roster of one account with its version (RFC 6121 §2.6). Every write carries the version in
// the same transaction as the items, so the cache never holds items of one version with another's 'ver'.
// Implementations: SqlRosterStore (storage/), MemoryRosterStore (tests).
class RosterStore {
public:
    virtual ~RosterStore() = default;

    // The stored version; empty if the roster was never fetched with versioning (then request with ver='').
    virtual QString version() = 0;
    virtual QList<RosterItem> items() = 0;
    // A full roster result: replaces every item and the version.
    virtual bool replaceAll(const QList<RosterItem> &items, const QString &version) = 0;
    // A roster push (or one item of an incremental result): insert/update `item`, or delete it when
    // `remove` is true (subscription='remove'), and set the version.
    virtual bool applyPush(const RosterItem &item, bool remove, const QString &version) = 0;
};

} // namespace balcony
