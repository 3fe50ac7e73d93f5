#pragma once

// Test helper of the storage suites: one history/outbox/subscription store pair per backend ("sql" on a
// temporary profile, "memory"), so the same behavioural test runs on both implementations.

#include "storage/Database.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"
#include "storage/SqlHistoryStore.h"
#include "storage/SqlOutboxStore.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace balcony::test {

inline Jid jid(const QString &text)
{
    return Jid::parse(text).value_or(Jid());
}

inline QDateTime at(qint64 seconds)
{
    return QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + seconds * 1000, Qt::UTC);
}

// An incoming chat message from `from` (full JID) with a body and a sender time.
inline StoredMessage incoming(const QString &from, const QString &body, qint64 seconds)
{
    StoredMessage m;
    m.from = jid(from);
    m.conversation = m.from.bare();
    m.to = jid(QStringLiteral("juliet@example.com/balcony"));
    m.direction = MessageDirection::Incoming;
    m.state = MessageState::Received;
    m.body = body;
    m.sentTime = at(seconds);
    m.receivedTime = at(seconds);
    return m;
}

inline StoredMessage outgoing(const QString &to, const QString &body, qint64 seconds, const QString &originId)
{
    StoredMessage m;
    m.from = jid(QStringLiteral("juliet@example.com/balcony"));
    m.to = jid(to);
    m.conversation = m.to.bare();
    m.direction = MessageDirection::Outgoing;
    m.state = MessageState::Queued;
    m.body = body;
    m.originId = originId;
    m.messageId = originId;
    m.sentTime = at(seconds);
    m.receivedTime = at(seconds);
    return m;
}

struct Backend {
    explicit Backend(const QString &kind)
    {
        if (kind == QLatin1StringView("sql")) {
            db = std::make_unique<Database>(dir.path());
            opened = db->open().isOpen();
            auto sql = std::make_unique<SqlHistoryStore>(*db);
            outbox = std::make_unique<SqlOutboxStore>(*sql);
            history = std::move(sql);
        } else {
            auto memory = std::make_unique<MemoryHistoryStore>();
            outbox = std::make_unique<MemoryOutboxStore>(*memory);
            history = std::move(memory);
            opened = true;
        }
    }

    bool isSql() const { return db != nullptr; }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<OutboxStore> outbox;
    bool opened = false;
};

} // namespace balcony::test
