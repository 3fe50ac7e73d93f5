#pragma once

#include "core/Jid.h"
#include "storage/HistoryStore.h"
#include "storage/StoredMessage.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>
#include <utility>

namespace balcony {

class ArchiveManager;
class MessageManager;
class MucManager;

// The messages of one conversation (RFC 6121 §5), oldest at row 0 and newest at the bottom, loaded lazily.
//
// Construction loads the newest page from the HistoryStore. canFetchMore()/fetchMore() page backwards:
// first through the store (HistoryStore::page() with the cursor of the oldest row), and once the store has
// nothing older, through the server's archive (XEP-0313 §4 paging back with RSM 'before', XEP-0059) via
// an injected ArchiveFetcher, so that this model does not depend on the archive module. fetchMore() never
// blocks on the network: the fetcher answers later and the messages are inserted at the top in one
// beginInsertRows(). While a request is out, canFetchMore() is false; a failed request is not retried
// until retryArchive().
//
// Live changes come from the message layer after the store committed them: messageAdded() appends (or
// inserts an out-of-order message, such as a delayed one, at its place), messageStateChanged() and
// messageUpdated() announce the changed roles of one row found through an id -> row index, messageRemoved()
// removes it. No change resets the model.
class MessageModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(ArchiveState archiveState READ archiveState NOTIFY archiveStateChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64, the store's row id; Qt::DisplayRole is the body
        BodyRole, // QString
        DirectionRole, // int, MessageDirection
        SenderRole, // QString, the full JID of the sender
        RecipientRole, // QString, the full JID the message was addressed to (a room's private message: room/nick)
        SentTimeRole, // QDateTime, the sender's time (XEP-0203 delay stamp if any)
        ServerTimeRole, // QDateTime, the archive's time (invalid if unknown)
        TimeRole, // QDateTime, StoredMessage::sortTime(): what the rows are ordered by
        StateRole, // int, MessageState
        ErrorTextRole, // QString
        FlagsRole, // int, MessageFlags
        CarbonRole, // bool, a XEP-0280 copy (sent or received by another resource)
        FromArchiveRole, // bool, XEP-0313
        DelayedRole, // bool, XEP-0203
        MessageIdRole, // QString, the stanza's 'id'
        FirstOfDayRole, // bool: the first row, or the previous row is from another (local) day
        FirstOfGroupRole, // bool: first of day, or the previous row has another sender or direction
        // End to end (StoredMessage::e2e, from the history row: a lock needs no other store):
        EncryptionRole, // int, MessageE2eKind (None = in the clear)
        EncryptionStatusRole, // int, MessageE2eStatus; invalid QVariant for a plaintext message
        EncryptionDetailRole, // QString, why an encrypted message could not be read (empty otherwise)
        TypeRole, // int, Message::Type (Groupchat for room messages; Chat for a room's private messages)
        // XEP-0066: QUrl of a file message (the body is the https URL of its <x xmlns='jabber:x:oob'/>); empty
        // otherwise (FileMessage::urlOf()).
        FileUrlRole,
    };
    Q_ENUM(Role)

    enum class ArchiveState {
        Unavailable, // no fetcher set
        Idle, // more may be fetched when the store runs out
        Loading, // a request is out
        Complete, // the archive has nothing older
        Failed, // the last request failed; retryArchive() asks again
    };
    Q_ENUM(ArchiveState)

    // How the archive answers: the messages of the page as the store now holds them (with their ids; the
    // archive module inserts them first), any order, and whether the archive has nothing older.
    // `ok` false reports a failed request.
    using ArchiveCallback = std::function<void(bool ok, const QList<StoredMessage> &messages, bool complete)>;
    // Asks the archive for a page of `conversation` older than `oldest`: the oldest shown message with a
    // XEP-0359 stanza-id (the archive's id to page back from), else the oldest shown message; nullopt when
    // nothing is shown (then the newest page).
    // The callback may run later (typically) or at once, but at most once.
    using ArchiveFetcher = std::function<void(
        const Jid &conversation, const std::optional<StoredMessage> &oldest, ArchiveCallback callback)>;

    // `store` must outlive the model. Loads the newest page (pageSize messages) at once.
    MessageModel(HistoryStore &store, const Jid &conversation, int pageSize = 50, QObject *parent = nullptr);
    ~MessageModel() override;

    Jid conversation() const { return m_conversation; }
    int pageSize() const { return m_pageSize; }

    void setArchiveFetcher(ArchiveFetcher fetcher);
    ArchiveState archiveState() const { return m_archiveState; }
    // Whether the store has nothing older than the oldest row.
    bool storeExhausted() const { return m_storeExhausted; }

    // Follows what the message modules commit: MessageManager::messageStored() and messageStateChanged(),
    // ArchiveManager::messagesStored() (catch-up and paging pages), and the same of MucManager (room messages).
    // Any may be null; call once.
    void followMessageModules(MessageManager *messages, ArchiveManager *archive, MucManager *muc = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowOf(qint64 id) const; // -1 if not loaded
    // Whether one of the rows first..last is an incoming message (a view's rowsInserted: the contact wrote).
    bool hasIncoming(int first, int last) const;
    StoredMessage messageAt(int row) const;

public Q_SLOTS:
    // A message the store committed; messages of other conversations are ignored.
    void messageAdded(const balcony::StoredMessage &message);
    // Messages the store committed, by id (ArchiveManager::messagesStored() after a catch-up page): read
    // back from the store here, never in data().
    void messageIdsStored(const QList<qint64> &ids);
    void messageStateChanged(qint64 id, balcony::MessageState state, const QString &errorText = QString());
    // Any other change of a stored message (body correction, stanza-id or server time learnt later).
    void messageUpdated(const balcony::StoredMessage &message);
    void messageRemoved(qint64 id);
    // After ArchiveState::Failed: lets fetchMore() ask the archive again.
    void retryArchive();

Q_SIGNALS:
    void archiveStateChanged(balcony::MessageModel::ArchiveState state);

private:
    void loadOlderFromStore();
    void requestArchive();
    void onArchivePage(quint64 generation, bool ok, const QList<StoredMessage> &messages, bool complete);
    void prepend(QList<StoredMessage> olderFirst);
    void insertAt(int row, const StoredMessage &message);
    int insertionRow(const StoredMessage &message) const;
    void setArchiveState(ArchiveState state);
    void rebuildIndex();
    static bool isBefore(const StoredMessage &a, const StoredMessage &b);
    bool firstOfDay(int row) const;
    bool firstOfGroup(int row) const;

    HistoryStore &m_store;
    Jid m_conversation;
    int m_pageSize;
    QList<StoredMessage> m_messages; // oldest first
    // id -> position; row = position - m_base, so prepending a page only moves m_base.
    QHash<qint64, qint64> m_positions;
    qint64 m_base = 0;
    bool m_storeExhausted = false;
    ArchiveFetcher m_fetcher;
    ArchiveState m_archiveState = ArchiveState::Unavailable;
    quint64 m_generation = 0; // tells answers to an outdated request apart
    bool m_changingRows = false; // between begin*Rows() and end*Rows()

    // Sets a flag for the lifetime of the object (restoring it afterwards).
    class ChangingRows {
    public:
        explicit ChangingRows(bool &flag)
            : m_flag(flag)
            , m_previous(std::exchange(flag, true))
        {
        }
        ~ChangingRows() { m_flag = m_previous; }
        ChangingRows(const ChangingRows &) = delete;
        ChangingRows &operator=(const ChangingRows &) = delete;

    private:
        bool &m_flag;
        bool m_previous;
    };
};

} // namespace balcony
