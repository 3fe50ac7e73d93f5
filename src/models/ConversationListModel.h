#pragma once

#include "core/Jid.h"
#include "storage/HistoryStore.h"
#include "storage/StoredMessage.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace balcony {

class ArchiveManager;
class AvatarManager;
class MessageManager;
class MucManager;

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
//
// Anyone can start a conversation, so a change must not cost O(conversations) (issue 11: a flood of
// messages from thousands of addresses). The rows are kept oldest first (a conversation becoming the newest
// is an append or a move to the back, of pointers), found by their last message's (sortTime, id) with a
// binary search, so there is no row index to rebuild; the total unread count and the last message ids are
// maintained with each change.
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
        LastEncryptionRole, // int, MessageE2eKind of the last message (None = in the clear)
        LastEncryptionStatusRole, // int, MessageE2eStatus of the last message; invalid QVariant if in the clear
        // Group chat (XEP-0045): whether the conversation is a room (its last message is a room message, or
        // the MucManager given to followMessageModules() is in it), and the nick of the last message's sender
        // in a room (empty for our own messages and outside rooms).
        IsRoomRole, // bool
        LastSenderNickRole, // QString
        AvatarHashRole, // QString: the peer's avatar hash (XEP-0084/0153), empty if none is known
        AvatarRole, // QImage: the peer's avatar scaled for display, null if none is cached
    };
    Q_ENUM(Role)

    // `store` must outlive the model. Loads the conversations at once.
    explicit ConversationListModel(HistoryStore &store, QObject *parent = nullptr);
    ~ConversationListModel() override;

    // Names from this roster (null: names from the JIDs).
    void setRosterManager(RosterManager *roster);
    // A name for `conversation` where there is no roster (the local network's peers: their published nick);
    // a roster name still wins. Empty forgets it.
    void setKnownName(const Jid &conversation, const QString &name);

    // Avatars from this module (AvatarHashRole, AvatarRole); dataChanged() for the peer's row when one changes.
    void setAvatarManager(AvatarManager *avatars);

    // Follows what the message modules commit: MessageManager::messageStored() and messageStateChanged(),
    // ArchiveManager::messagesStored() (catch-up and paging pages), and the same of MucManager (room messages).
    // Any may be null; call once.
    void followMessageModules(MessageManager *messages, ArchiveManager *archive, MucManager *muc = nullptr);

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
    // A stored message changed (a XEP-0308 correction): shown again if it is its conversation's last one.
    void messageUpdated(const balcony::StoredMessage &message);
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
    void removeConversationRow(int row);
    QString nameFor(const Jid &conversation) const;
    bool isRoom(const ConversationSummary &summary) const;
    void refreshNames();
    void refreshName(const Jid &conversation);
    void setTotalUnread(int total);
    static bool isNewer(const StoredMessage &a, const StoredMessage &b);
    // Storage order (oldest first) on (sortTime, id) of the last message.
    static bool keyLess(const HistoryCursor &a, const HistoryCursor &b);
    // The storage position of `conversation`, or -1.
    qsizetype positionOf(const Jid &conversation) const;
    // Where a row with `key` goes among the rows, not counting the one at `ignore` (-1: none).
    qsizetype positionFor(const HistoryCursor &key, qsizetype ignore) const;
    int modelRow(qsizetype position) const { return int(qsizetype(m_rows.size()) - 1 - position); }
    const Row &rowAt(int row) const { return *m_rows[size_t(qsizetype(m_rows.size()) - 1 - row)]; }
    void indexRow(const Row &row);
    void unindexRow(const Row &row);

    HistoryStore &m_store;
    std::vector<std::unique_ptr<Row>> m_rows; // oldest first: model row r is m_rows[size - 1 - r]
    QHash<Jid, HistoryCursor> m_keys; // conversation -> (sortTime, id) of its last message: its place
    QHash<qint64, Jid> m_lastIds; // id of a row's last message -> its conversation
    int m_totalUnread = 0;
    QPointer<RosterManager> m_roster;
    QHash<Jid, QString> m_knownNames;
    QPointer<MucManager> m_muc;
    QList<QMetaObject::Connection> m_rosterConnections;
    QPointer<AvatarManager> m_avatars;
    QList<QMetaObject::Connection> m_avatarConnections;
};

} // namespace balcony
