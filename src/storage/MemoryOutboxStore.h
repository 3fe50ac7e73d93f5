#pragma once

#include "storage/MemoryHistoryStore.h"
#include "storage/OutboxStore.h"

#include <QDateTime>
#include <QMap>

namespace balcony {

// In-memory OutboxStore over a MemoryHistoryStore, with SqlOutboxStore's rules (tst_sqloutboxstore runs the
// same behavioural tests on both). Nothing survives the object, so crash recovery is only meaningful with
// SqlOutboxStore. `history` must outlive this object; `failWrites` makes every write fail without a change.
class MemoryOutboxStore : public OutboxStore {
public:
    explicit MemoryOutboxStore(MemoryHistoryStore &history)
        : m_history(history)
    {
    }

    std::optional<OutboxEntry> enqueue(const StoredMessage &message, const QString &stanzaXml) override
    {
        if (failWrites || message.direction != MessageDirection::Outgoing || message.originId.isEmpty()
            || message.conversation.isNull() || stanzaXml.isEmpty() || entry(message.originId)) {
            return std::nullopt;
        }
        StoredMessage row = message;
        row.state = MessageState::Queued;
        bool created = false;
        const qint64 historyId = m_history.insert(row, &created);
        if (!created) {
            return std::nullopt;
        }
        OutboxEntry e;
        e.id = m_nextId++;
        e.historyId = historyId;
        e.conversation = message.conversation;
        e.originId = message.originId;
        e.stanzaXml = stanzaXml;
        e.enqueued = QDateTime::currentDateTimeUtc();
        m_entries.insert(e.id, e);
        return e;
    }

    QList<OutboxEntry> pending() override
    {
        QList<OutboxEntry> result;
        for (const OutboxEntry &e : std::as_const(m_entries)) {
            if (m_history.message(e.historyId)) {
                result.append(e);
            }
        }
        return result;
    }

    std::optional<OutboxEntry> entry(const QString &originId) override
    {
        for (const OutboxEntry &e : std::as_const(m_entries)) {
            if (e.originId == originId && m_history.message(e.historyId)) {
                return e;
            }
        }
        return std::nullopt;
    }

    bool markSent(const QString &originId) override
    {
        const std::optional<OutboxEntry> e = entry(originId);
        if (failWrites || !e) {
            return false;
        }
        OutboxEntry &stored = m_entries[e->id];
        stored.state = OutboxEntry::State::Sent;
        ++stored.attempts;
        stored.lastAttempt = QDateTime::currentDateTimeUtc();
        m_history.updateState(e->historyId, MessageState::Sent);
        return true;
    }

    bool acknowledge(const QString &originId) override { return finish(originId, MessageState::AckedByServer, {}); }
    bool fail(const QString &originId, const QString &errorText) override
    {
        return finish(originId, MessageState::Failed, errorText);
    }

    int markUnconfirmed() override
    {
        if (failWrites) {
            return -1;
        }
        int changed = 0;
        for (OutboxEntry &e : m_entries) {
            if (e.state == OutboxEntry::State::Sent) {
                e.state = OutboxEntry::State::Unconfirmed;
                ++changed;
            }
        }
        return changed;
    }

    std::optional<OutboxEntry> requeue(qint64 historyId) override
    {
        const std::optional<StoredMessage> row = m_history.message(historyId);
        if (failWrites || !row || row->direction != MessageDirection::Outgoing || row->state != MessageState::Failed
            || row->originId.isEmpty() || row->stanzaXml.isEmpty() || entry(row->originId)
            || !m_history.updateState(historyId, MessageState::Queued)) {
            return std::nullopt;
        }
        OutboxEntry e;
        e.id = m_nextId++;
        e.historyId = historyId;
        e.conversation = row->conversation.bare();
        e.originId = row->originId;
        e.stanzaXml = row->stanzaXml;
        e.enqueued = QDateTime::currentDateTimeUtc();
        m_entries.insert(e.id, e);
        return e;
    }

    bool failWrites = false;

private:
    bool finish(const QString &originId, MessageState state, const QString &errorText)
    {
        const std::optional<OutboxEntry> e = entry(originId);
        if (failWrites || !e) {
            return false;
        }
        m_entries.remove(e->id);
        m_history.updateState(e->historyId, state, errorText);
        return true;
    }

    MemoryHistoryStore &m_history;
    QMap<qint64, OutboxEntry> m_entries;
    qint64 m_nextId = 1;
};

} // namespace balcony
