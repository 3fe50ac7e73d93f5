#pragma once

#include "core/Jid.h"
#include "storage/HistoryStore.h"
#include "storage/StoredMessage.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QPointer>

namespace balcony {

class ArchiveManager;
class MessageManager;

class RosterManager;

// The recent conversations (RFC 6121 §5.1 one-to-one chat, one row per peer bare JID), most recent
// activity first, with the last message and the number of unread incoming messages.
//
// Loaded once from HistoryStore::conversations(). Afterwards the message layer reports what it committed
// (messageStored/messagesStored, messageStateChanged, conversationRead, messageRemoved) and the model
// updates the one row concerned: a conversation with a new message moves to the top with beginMoveRows()
// and announces the changed roles; a new conversation is inserted at its place. Unread counts are read
// from the store after it committed, once per conversation and batch, never in data().
//
// Display names come from the roster when a RosterManager is set (the roster name, else the JID's local
// part) and follow its changes.
class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY totalUnreadChanged)
public:
    enum Role {
        JidRole = Qt::UserRole + 1, // balcony::Jid, the peer's bare JID; Qt::DisplayRole is the display name
        JidStringRole, // QString
        LastMessageIdRole, // qint64, the store's row id
        LastBodyRole, // QString
        LastTimeRole, // QDateTime (UTC), StoredMessage::sortTime()
        LastDirectionRole, // int, MessageDirection
        LastStateRole, // int, MessageState
        LastErrorTextRole, // QString, with MessageState::Failed
        UnreadCountRole, // int
    };
    Q_ENUM(Role)

    // `store` must outlive the model. Loads the conversations at once.
    explicit ConversationListModel(HistoryStore &store, QObject *parent = nullptr);
    ~ConversationListModel() override;

    // Names from this roster (null: names from the JIDs).
    void setRosterManager(RosterManager *roster);

    // Follows what the message modules commit: MessageManager::messageStored() and messageStateChanged(),
    // ArchiveManager::messagesStored() (catch-up and paging pages). Either may be null; call once.
    void followMessageModules(MessageManager *messages, ArchiveManager *archive);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const Jid &conversation) const; // -1 if none
    ConversationSummary summaryAt(int row) const;
    int totalUnread() const { return m_totalUnread; }
    // Every conversation with unread messages (for RosterModel::setUnreadCounts()).
    QHash<Jid, int> unreadCounts() const;

public Q_SLOTS:
    // Re-reads every conversation from the store. Not an incremental change: one model reset (or one
    // insertion while empty).
    void reload();
    // A message the store committed (any direction; duplicates and older messages are harmless).
    void messageStored(const balcony::StoredMessage &message);
    // Many at once (an archive page): one update per conversation touched.
    void messagesStored(const QList<balcony::StoredMessage> &messages);
    // The same by row id (ArchiveManager::messagesStored()): read back from the store here.
    void messageIdsStored(const QList<qint64> &ids);
    // The state of a stored message changed (receipts, acks, failures).
    void messageStateChanged(qint64 id, balcony::MessageState state, const QString &errorText = QString());
    // The read marker of `conversation` moved (HistoryStore::markRead committed).
    void conversationRead(const balcony::Jid &conversation);
    // A message was deleted: the conversation's last message and unread count are read again.
    void messageRemoved(qint64 id, const balcony::Jid &conversation);
    // Re-reads one conversation's last message and unread count; removes the row if it has no messages.
    void refreshConversation(const balcony::Jid &conversation);

Q_SIGNALS:
    void unreadCountChanged(const balcony::Jid &conversation, int unread);
    void totalUnreadChanged(int totalUnread);

private:
    struct Row {
        ConversationSummary summary;
        QString name;
    };

    // Puts `summary` into its row (creating or moving it as the ordering requires) and announces it.
    void place(const ConversationSummary &summary);
    void applyNewest(const StoredMessage &newest);
    int targetRow(const ConversationSummary &summary, int currentRow) const;
    void moveRow(int from, int to);
    void removeConversationRow(int row);
    void rebuildIndex(int first, int last);
    QString nameFor(const Jid &conversation) const;
    void refreshNames();
    void refreshName(const Jid &conversation);
    void updateTotalUnread();
    static bool isNewer(const StoredMessage &a, const StoredMessage &b);

    HistoryStore &m_store;
    QList<Row> m_rows;
    QHash<Jid, int> m_index;
    int m_totalUnread = 0;
    QPointer<RosterManager> m_roster;
    QList<QMetaObject::Connection> m_rosterConnections;
};

} // namespace balcony
