#pragma once

#include "core/Element.h"
#include "core/Jid.h"
#include "storage/HistoryStore.h"
#include "storage/SynchronousArchiveStorage.h"
#include "stream/IqTracker.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace balcony {

class Connection;

// What a decrypting module makes of an archived message (see ArchiveManager::setDecryptor()).
struct ArchivedDecryption {
    Element message; // parsed instead of the archived one
    MessageE2e e2e; // the row's mark
};
using ArchiveDecryptor = std::function<std::optional<ArchivedDecryption>(const Element &message)>;

// The account's message archive (XEP-0313 v1.x, urn:xmpp:mam:2, with XEP-0059 result set management).
//
// Catch-up: at the start of every new session (not after a XEP-0198 resumption, which lost nothing) the
// archive is queried from the last archive id stored (HistoryStore::lastStanzaId() of our bare JID, RSM
// <after/>) in pages of pageSize() until <fin complete='true'/>. Each page is stored with insertBatch()
// together with the new position in ONE transaction, so a crash mid-way resumes exactly where the last
// stored page ended: no gap and, with the store's de-duplication by stanza-id and origin-id (XEP-0359),
// no duplicate of messages that also came live, as carbons or from the offline store.
// The position moves only through catch-up (not with live messages): a live message says nothing about
// what was archived before it for other resources, so moving on it could skip those.
//
// First catch-up (nothing stored yet): only the newest page (RSM <before/>), which also sets the position;
// older history is fetched on demand with fetchBefore() (MessageModel's fetchMore). If the archive is
// empty then, the position is stored with an empty id ("synchronised, nothing archived"), and the next
// catch-up pages forward from the archive's start: messages missed later all come back, however many.
// If the server no longer has the stored position (item-not-found: the archive expired it), catch-up falls
// back to the first-catch-up rule and reports gapDetected().
//
// Catch-up pages are stored through an ArchiveStorage (by default synchronously in `history`; the app uses
// ThreadedArchiveStorage): while one page is being stored, the next one is already requested and parsed.
// Pages are committed in order, a failed page ends the catch-up (no later position is committed), and
// messagesStored(), catchUpProgress() and catchUpFinished() are emitted only after the page concerned is
// committed. A catch-up that starts while pages of an earlier one are still being stored waits for them, so
// it reads the position they moved to.
//
// Results are accepted only from our own bare JID (or without 'from', the same thing) and only for a
// query we sent (its queryid): anyone else's <result/> is dropped, it could inject fake history.
class ArchiveManager : public QObject {
    Q_OBJECT
public:
    // For fetchBefore(): how many messages were stored and whether the archive has nothing older.
    using FetchCallback = std::function<void(int stored, bool complete, const QString &error)>;

    ArchiveManager(Connection &connection, HistoryStore &history, QObject *parent = nullptr);
    ~ArchiveManager() override;

    // Where catch-up pages are stored (null: synchronously in `history`). Must outlive this object; set it
    // before the first catch-up.
    void setStorage(ArchiveStorage *storage) { m_storage = storage ? storage : &m_synchronousStorage; }

    int pageSize() const { return m_pageSize; }
    void setPageSize(int size) { m_pageSize = qBound(1, size, 1000); }
    // OMEMO: the archive keeps the ciphertext, so each archived message is offered to `decryptor` before it is
    // parsed (in archive order, on this thread).
    void setDecryptor(ArchiveDecryptor decryptor) { m_decryptor = std::move(decryptor); }
    // Catch-up runs by itself on each new session; false disables that (the CLI runs it explicitly).
    void setAutomaticCatchUp(bool automatic) { m_automatic = automatic; }

    // Starts a catch-up now (no-op if one is running).
    void catchUp();
    bool isCatchingUp() const { return m_catchUpRunning; }

    // XEP-0313 §4.1.3 + XEP-0059 §2.5: up to `max` messages of `conversation` older than the archive id
    // `beforeId` (the newest ones if empty), stored in one transaction.
    void fetchBefore(const Jid &conversation, const QString &beforeId, int max, FetchCallback callback = {});

    // Handles a <message/> carrying a <result xmlns='urn:xmpp:mam:2'/> (true: it was one, taken or
    // dropped). Public for tests; the stanza handler calls it.
    bool handleResultMessage(const Element &message);

Q_SIGNALS:
    void catchUpStarted();
    // After each stored page: messages stored in this catch-up so far.
    void catchUpProgress(int stored);
    void catchUpFinished(bool ok, int stored, const QString &error);
    // The stored position had expired on the server: messages between it and the newest page are missing.
    void gapDetected();
    // Messages were stored from the archive (catch-up or paging back).
    void messagesStored(const QList<qint64> &ids);

private:
    struct Query {
        Jid with; // the conversation for fetchBefore(); null for catch-up
        QList<StoredMessage> messages;
        // Receipts found in the page: (conversation, message id) that became Delivered.
        QList<QPair<Jid, QString>> receipts;
        QString lastId; // archive id of the last result received
        QDateTime lastTime;
        int results = 0;
        int max = 0; // the RSM <max/> asked for: results beyond it are dropped (XEP-0059 §2.1, issue 11)
    };

    void sendQuery(const Jid &with, const QString &after, const QString &before, bool useBefore, int max,
        std::function<void(const IqResult &, Query &)> done);
    void startCatchUp();
    void catchUpPage(const QString &after, bool newestOnly);
    void catchUpAnswered(const IqResult &result, Query &query, const QString &after, bool newestOnly);
    // Hands a page to m_storage; `error` (with an empty page): the catch-up fails once the pages before it
    // are stored.
    void storeCatchUpPage(ArchivePage stored, bool lastPage, const QString &error);
    void pageStored(quint64 catchUp, int count, bool lastPage, const QString &error, const ArchivePageResult &result);
    void finishCatchUp(bool ok, const QString &error);
    // Ends the running catch-up's bookkeeping: its queries' answers and stored pages no longer count.
    void abandonCatchUp();
    ArchivePage page(Query &query, const Jid &archive) const;
    Jid ownBare() const;

    Connection &m_connection;
    HistoryStore &m_history;
    SynchronousArchiveStorage m_synchronousStorage;
    ArchiveStorage *m_storage;
    int m_pageSize = 250;
    bool m_automatic = true;
    ArchiveDecryptor m_decryptor;
    bool m_catchUpRunning = false;
    bool m_catchUpWaiting = false; // started, waiting for an earlier catch-up's pages to be stored
    int m_catchUpStored = 0;
    int m_pagesInFlight = 0; // handed to m_storage, not stored yet
    quint64 m_catchUp = 0; // the running catch-up (its pages' batch); changes when one ends
    quint64 m_session = 0;
    QHash<QString, Query> m_queries; // by queryid
};

} // namespace balcony
