#include "ArchiveManager.h"

#include "ImNamespaces.h"
#include "MessageParser.h"
#include "core/StreamHeader.h"
#include "stream/Connection.h"

#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcArchive, "balcony.im.archive")

namespace balcony {

ArchiveManager::ArchiveManager(Connection &connection, HistoryStore &history, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_history(history)
    , m_synchronousStorage(history)
    , m_storage(&m_synchronousStorage)
{
    // XEP-0313 §4.2: results arrive as <message/>s carrying <result xmlns='urn:xmpp:mam:2'/>.
    m_connection.addStanzaHandler(this, { u"message"_s, u"result"_s, ns::mam() },
        [this](const Element &stanza) { return handleResultMessage(stanza); });
    m_connection.addSessionStep(this, SessionStep::Archive, [this](bool) {
        ++m_session;
        // The old session's queries were cancelled with it; their results can no longer be matched.
        m_queries.clear();
        abandonCatchUp(); // its stored pages stay, and a new catch-up waits for those still being stored
        if (m_automatic) {
            catchUp(); // pipelined with the session start (XEP-0305)
        }
    });
}

ArchiveManager::~ArchiveManager() = default;

Jid ArchiveManager::ownBare() const
{
    const Jid bound = m_connection.boundJid();
    return (bound.isNull() ? m_connection.settings().jid : bound).bare();
}

void ArchiveManager::catchUp()
{
    if (m_catchUpRunning) {
        return;
    }
    m_catchUpRunning = true;
    ++m_catchUp;
    m_catchUpStored = 0;
    Q_EMIT catchUpStarted();
    if (m_pagesInFlight > 0) {
        // The position is read from the history: pages of an earlier catch-up still being stored move it.
        m_catchUpWaiting = true;
        return;
    }
    startCatchUp();
}

void ArchiveManager::abandonCatchUp()
{
    m_catchUpRunning = false;
    m_catchUpWaiting = false;
    ++m_catchUp;
}

void ArchiveManager::startCatchUp()
{
    const std::optional<ArchivePosition> position = m_history.lastStanzaId(ownBare());
    if (!position) {
        catchUpPage({}, true);
    } else {
        // An empty id: the archive was empty when last synchronised, so everything in it now is new and
        // the catch-up pages forward from its start.
        catchUpPage(position->stanzaId, false);
    }
}

void ArchiveManager::catchUpPage(const QString &after, bool newestOnly)
{
    const quint64 session = m_session;
    const quint64 catchUp = m_catchUp;
    const QPointer<ArchiveManager> self(this);
    sendQuery({}, after, {}, newestOnly, m_pageSize,
        [self, session, catchUp, after, newestOnly](const IqResult &result, Query &query) {
            if (self && session == self->m_session && catchUp == self->m_catchUp && self->m_catchUpRunning) {
                self->catchUpAnswered(result, query, after, newestOnly);
            }
        });
}

void ArchiveManager::catchUpAnswered(const IqResult &result, Query &query, const QString &after, bool newestOnly)
{
    if (result.status != IqResult::Status::Result) {
        if (result.status == IqResult::Status::Error && result.error.condition == StanzaError::Condition::ItemNotFound
            && !newestOnly) {
            // XEP-0313 §6.2: the stored position is no longer in the archive.
            qCWarning(lcArchive) << "archive position expired on the server; catching up with the newest page";
            Q_EMIT gapDetected();
            catchUpPage({}, true);
            return;
        }
        // Finished only after the pages before this answer are committed (or failed).
        storeCatchUpPage({}, false,
            result.status == IqResult::Status::Error ? result.error.describe()
                                                     : tr("The server did not answer the archive query."));
        return;
    }
    const Element fin = result.stanza.firstChild(u"fin", ns::mam());
    const QString last = fin.firstChild(u"set", ns::rsm()).childText(u"last", ns::rsm());
    if (!last.isEmpty() && query.lastId.isEmpty()) {
        query.lastId = last; // results the server counted but we did not get: the position still moves
    }
    const bool complete = fin.attribute(u"complete") == u"true" || query.results == 0;
    // A page that ends where it started moved nothing: asking again would get it again, forever.
    const bool stuck = !after.isEmpty() && query.lastId == after;
    if (stuck) {
        qCWarning(lcArchive) << "the archive page after" << after << "ends where it started; catch-up stops there";
    }
    const bool lastPage = newestOnly || complete || query.lastId.isEmpty() || stuck;
    const QString lastId = query.lastId;
    ArchivePage stored = page(query, ownBare());
    if (newestOnly && lastId.isEmpty()) {
        // The archive is empty: there is no id to resume after, yet the next catch-up must not fall back
        // to "newest page only" (messages missed beyond one page would be a gap). Record that we are
        // synchronised with an empty archive.
        stored.archive = ownBare();
        stored.position = { QString(), QDateTime::currentDateTimeUtc() };
    }
    const quint64 catchUp = m_catchUp;
    storeCatchUpPage(std::move(stored), lastPage, {});
    // The next page is requested while this one is being stored (unless storing it failed already).
    if (!lastPage && catchUp == m_catchUp) {
        catchUpPage(lastId, false);
    }
}

void ArchiveManager::storeCatchUpPage(ArchivePage stored, bool lastPage, const QString &error)
{
    const quint64 catchUp = m_catchUp;
    const int count = int(stored.messages.size());
    stored.batch = catchUp;
    const QPointer<ArchiveManager> self(this);
    ++m_pagesInFlight;
    m_storage->store(std::move(stored), [self, catchUp, count, lastPage, error](const ArchivePageResult &result) {
        if (self) {
            self->pageStored(catchUp, count, lastPage, error, result);
        }
    });
}

void ArchiveManager::pageStored(
    quint64 catchUp, int count, bool lastPage, const QString &error, const ArchivePageResult &result)
{
    --m_pagesInFlight;
    const QPointer<ArchiveManager> self(this);
    if (!result.ids.isEmpty()) {
        Q_EMIT messagesStored(result.ids); // committed, whether its catch-up still runs or not
    }
    if (self && catchUp == m_catchUp && m_catchUpRunning) {
        if (!error.isEmpty()) {
            finishCatchUp(false, error);
        } else if (!result.ok) {
            finishCatchUp(false, tr("The archived messages could not be stored."));
        } else {
            m_catchUpStored += count;
            Q_EMIT catchUpProgress(m_catchUpStored);
            if (self && lastPage) {
                finishCatchUp(true, {});
            }
        }
    }
    if (self && m_pagesInFlight == 0 && m_catchUpWaiting) {
        m_catchUpWaiting = false;
        startCatchUp();
    }
}

void ArchiveManager::finishCatchUp(bool ok, const QString &error)
{
    abandonCatchUp();
    if (!ok) {
        qCWarning(lcArchive) << "catch-up failed:" << error;
    }
    Q_EMIT catchUpFinished(ok, m_catchUpStored, error);
}

void ArchiveManager::fetchBefore(const Jid &conversation, const QString &beforeId, int max, FetchCallback callback)
{
    const QPointer<ArchiveManager> self(this);
    sendQuery(conversation.bare(), {}, beforeId, true, qBound(1, max, 1000),
        [self, callback](const IqResult &result, Query &query) {
            if (!self) {
                return;
            }
            if (result.status != IqResult::Status::Result) {
                if (callback) {
                    callback(0, false,
                        result.status == IqResult::Status::Error ? result.error.describe()
                                                                 : tr("The server did not answer the archive query."));
                }
                return;
            }
            const Element fin = result.stanza.firstChild(u"fin", ns::mam());
            // Paging back does not move the catch-up position: that is about the newest end.
            const int count = int(query.messages.size());
            const QList<qint64> ids = ArchiveStorage::storePage(self->m_history, self->page(query, {})).ids;
            if (!ids.isEmpty()) {
                Q_EMIT self->messagesStored(ids);
            }
            if (callback) {
                const bool failed = ids.isEmpty() && count > 0;
                callback(count, fin.attribute(u"complete") == u"true",
                    failed ? tr("The archived messages could not be stored.") : QString());
            }
        });
}

void ArchiveManager::sendQuery(const Jid &with, const QString &after, const QString &before, bool useBefore, int max,
    std::function<void(const IqResult &, Query &)> done)
{
    const QString queryId = Connection::generateId();
    Element form(u"x"_s, ns::dataForms());
    form.setAttribute(u"type"_s, u"submit"_s);
    Element formType(u"field"_s, ns::dataForms());
    formType.setAttribute(u"var"_s, u"FORM_TYPE"_s);
    formType.setAttribute(u"type"_s, u"hidden"_s);
    formType.appendTextChild(u"value"_s, ns::dataForms(), ns::mam());
    form.appendChild(formType);
    if (!with.isNull()) {
        Element withField(u"field"_s, ns::dataForms());
        withField.setAttribute(u"var"_s, u"with"_s);
        withField.appendTextChild(u"value"_s, ns::dataForms(), with.toString());
        form.appendChild(withField);
    }
    Element set(u"set"_s, ns::rsm());
    set.appendTextChild(u"max"_s, ns::rsm(), QString::number(max));
    if (useBefore) {
        set.appendTextChild(u"before"_s, ns::rsm(), before); // empty: the last page (XEP-0059 §2.5)
    } else if (!after.isEmpty()) {
        set.appendTextChild(u"after"_s, ns::rsm(), after);
    }
    Element query(u"query"_s, ns::mam());
    query.setAttribute(u"queryid"_s, queryId);
    query.appendChild(form);
    query.appendChild(set);
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.appendChild(query);

    Query state;
    state.with = with;
    state.max = max;
    m_queries.insert(queryId, state);
    const QPointer<ArchiveManager> self(this);
    m_connection.sendIq(iq, [self, queryId, done = std::move(done)](const IqResult &result) {
        if (!self) {
            return;
        }
        const auto it = self->m_queries.find(queryId);
        if (it == self->m_queries.end()) {
            return; // a query of an earlier session
        }
        Query finished = std::move(it.value());
        self->m_queries.erase(it);
        done(result, finished);
    });
}

bool ArchiveManager::handleResultMessage(const Element &message)
{
    const Element result = message.firstChild(u"result", ns::mam());
    if (result.isNull()) {
        return false;
    }
    const Jid own = ownBare();
    const QString from = message.attribute(u"from");
    // The exact bare JID string is the common case; anything else is normalised before comparing.
    if (!from.isEmpty() && from != own.toString() && Jid::parse(from) != own) {
        qCWarning(lcArchive) << "dropping an archive result from" << from;
        return true;
    }
    const auto it = m_queries.find(result.attribute(u"queryid"));
    if (it == m_queries.end()) {
        qCWarning(lcArchive) << "dropping an archive result for an unknown query";
        return true;
    }
    Query &query = it.value();
    if (query.results >= query.max) {
        // XEP-0059 §2.1: no more than <max/> items. Extra ones are dropped unread (and do not move the
        // position, so a correct next page still gets them): a server cannot grow one page without bound.
        if (query.results++ == query.max) {
            qCWarning(lcArchive) << "dropping archive results beyond the" << query.max << "asked for";
        }
        return true;
    }
    const std::optional<ArchivedResult> archivedResult = MessageParser::parseArchiveResult(result);
    if (!archivedResult) {
        return true;
    }
    const Element &inner = archivedResult->message;
    ++query.results;
    query.lastId = archivedResult->id;
    query.lastTime = archivedResult->archived;

    const Jid ownFull = m_connection.boundJid().isNull() ? m_connection.settings().jid : m_connection.boundJid();
    std::optional<ArchivedDecryption> decrypted = m_decryptor ? m_decryptor(inner) : std::nullopt;
    std::optional<ParsedMessage> parsed
        = MessageParser::parse(decrypted ? decrypted->message : inner, ownFull, QDateTime::currentDateTimeUtc());
    if (!parsed || parsed->error) {
        return true;
    }
    StoredMessage &m = parsed->stored;
    if (decrypted) {
        m.e2e = decrypted->e2e;
    }
    if (!parsed->receiptFor.isEmpty() && m.direction == MessageDirection::Incoming) {
        query.receipts.append({ m.conversation, parsed->receiptFor });
    }
    if (!parsed->hasContent()) {
        return true;
    }
    // The archive id is the message's stanza-id by our archive (XEP-0313 §5.1.2, XEP-0359).
    m.stanzaId = archivedResult->id;
    m.stanzaIdBy = own;
    m.serverTime = archivedResult->archived;
    if (!m.flags.testFlag(MessageFlag::Delayed) && archivedResult->archived.isValid()) {
        m.sentTime = archivedResult->archived;
    }
    m.flags |= MessageFlag::FromArchive;
    query.messages.append(std::move(m));
    return true;
}

ArchivePage ArchiveManager::page(Query &query, const Jid &archive) const
{
    ArchivePage stored;
    stored.messages = std::move(query.messages);
    stored.receipts = std::move(query.receipts);
    if (!query.lastId.isEmpty()) {
        stored.archive = archive;
        stored.position = { query.lastId, query.lastTime };
    }
    return stored;
}

} // namespace balcony
