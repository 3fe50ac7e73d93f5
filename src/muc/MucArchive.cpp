// MucManager's catch-up from a room's archive (XEP-0313 on a MUC, XEP-0059 paging); see the class comment.
#include "MucManager.h"
#include "MucNamespaces.h"
#include "core/StreamHeader.h"
#include "disco/DiscoInfo.h"
#include "im/ImNamespaces.h"
#include "im/MessageParser.h"
#include "storage/HistoryStore.h"
#include "stream/Connection.h"

#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcMuc)

namespace balcony {

void MucManager::setArchiveLimits(int pageSize, int maxPages)
{
    m_archivePageSize = qBound(1, pageSize, 1000);
    m_maxArchivePages = qBound(1, maxPages, 1000);
}

bool MucManager::isCatchingUp(const Jid &room) const
{
    const MucRoom *r = this->room(room);
    return r && r->catchingUp;
}

void MucManager::enterRoom(MucRoom &room)
{
    // The archive replaces the replayed history only where the caller wants history and we can ask the room.
    if (room.options.history == MucJoinOptions::History::Bounded && m_disco) {
        const auto known = m_archivedRooms.constFind(room.jid);
        if (known != m_archivedRooms.cend()) {
            room.archived = *known;
        } else if (m_connection.state() == ConnectionState::Connected) {
            discoverArchive(room);
            return;
        } else {
            // A session start (rejoinAll): the join must go out now, pipelined before the room messages the
            // outbox writes next; a room not asked yet gets the bounded <history/> this time.
            room.archived = false;
        }
    } else {
        room.archived = false;
    }
    m_connection.send(joinPresence(room));
}

void MucManager::discoverArchive(MucRoom &room)
{
    if (room.discoPending) {
        return; // its answer enters the room
    }
    room.discoPending = true;
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, room.jid.toString());
    iq.appendChild(Element(u"query"_s, DiscoInfo::xmlns()));
    const QPointer<MucManager> self(this);
    const Jid jid = room.jid;
    m_connection.sendIq(iq, [self, jid](const IqResult &result) {
        if (!self) {
            return;
        }
        bool archived = false;
        if (result.status == IqResult::Status::Result) {
            const std::optional<DiscoInfo> info
                = DiscoInfo::fromElement(result.stanza.firstChild(u"query", DiscoInfo::xmlns()));
            archived = info && info->hasFeature(ns::mam());
        }
        // A room that does not answer (or does not exist yet: item-not-found) gets the <history/> path this
        // time; only an answer is remembered for the session (a room created meanwhile is asked again).
        if (result.status == IqResult::Status::Result) {
            self->m_archivedRooms.insert(jid, archived);
        }
        const auto it = self->m_rooms.find(jid);
        if (it == self->m_rooms.end() || !it->discoPending) {
            return; // left meanwhile, or a new session asks again
        }
        it->discoPending = false;
        it->archived = archived;
        if (it->state == MucRoomState::Joining && self->m_connection.state() == ConnectionState::Connected) {
            self->m_connection.send(self->joinPresence(*it));
        }
    });
}

void MucManager::startCatchUp(MucRoom &room)
{
    if (!room.archived || room.catchingUp) {
        return;
    }
    room.catchingUp = true;
    m_catchUpStored.insert(room.jid, 0);
    const std::optional<ArchivePosition> position = m_history.lastStanzaId(room.jid);
    if (!position) {
        sendArchiveQuery(room.jid, {}, true, 1); // never synchronised: the newest page sets the position
    } else {
        sendArchiveQuery(room.jid, position->stanzaId, false, 1);
    }
}

void MucManager::sendArchiveQuery(const Jid &room, const QString &after, bool newestOnly, int page)
{
    const QString queryId = Connection::generateId();
    Element form(u"x"_s, ns::dataForms());
    form.setAttribute(u"type"_s, u"submit"_s);
    Element formType(u"field"_s, ns::dataForms());
    formType.setAttribute(u"var"_s, u"FORM_TYPE"_s);
    formType.setAttribute(u"type"_s, u"hidden"_s);
    formType.appendTextChild(u"value"_s, ns::dataForms(), ns::mam());
    form.appendChild(formType);
    Element set(u"set"_s, ns::rsm());
    set.appendTextChild(u"max"_s, ns::rsm(), QString::number(m_archivePageSize));
    if (newestOnly) {
        set.appendChild(Element(u"before"_s, ns::rsm())); // XEP-0059 §2.5: the last page
    } else if (!after.isEmpty()) {
        set.appendTextChild(u"after"_s, ns::rsm(), after);
    }
    Element query(u"query"_s, ns::mam());
    query.setAttribute(u"queryid"_s, queryId);
    query.appendChild(form);
    query.appendChild(set);
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.setAttribute(u"to"_s, room.toString());
    iq.appendChild(query);

    ArchiveQuery state;
    state.room = room;
    m_archiveQueries.insert(queryId, state);
    const QPointer<MucManager> self(this);
    m_connection.sendIq(iq, [self, room, queryId, after, newestOnly, page](const IqResult &result) {
        if (self) {
            self->archiveAnswered(room, queryId, result, after, newestOnly, page);
        }
    });
}

void MucManager::archiveAnswered(
    const Jid &room, const QString &queryId, const IqResult &result, const QString &after, bool newestOnly, int page)
{
    const auto queryIt = m_archiveQueries.find(queryId);
    if (queryIt == m_archiveQueries.end()) {
        return;
    }
    ArchiveQuery query = std::move(queryIt.value());
    m_archiveQueries.erase(queryIt);
    const auto it = m_rooms.find(room);
    if (it == m_rooms.end() || !it->catchingUp) {
        return; // left meanwhile: what came is not stored (the next entry asks again from the position)
    }
    if (result.status != IqResult::Status::Result) {
        if (result.status == IqResult::Status::Error && result.error.condition == StanzaError::Condition::ItemNotFound
            && !newestOnly) {
            // XEP-0313 §6.2: the stored position is no longer in the room's archive.
            qCWarning(lcMuc) << "archive position of" << room.toString() << "expired; catching up with the newest page";
            sendArchiveQuery(room, {}, true, page + 1);
            return;
        }
        finishCatchUp(room, false,
            result.status == IqResult::Status::Error ? result.error.describe()
                                                     : tr("The room did not answer the archive query."));
        return;
    }
    const Element fin = result.stanza.firstChild(u"fin", ns::mam());
    const QString last = fin.firstChild(u"set", ns::rsm()).childText(u"last", ns::rsm());
    if (!last.isEmpty() && query.lastId.isEmpty()) {
        query.lastId = last; // results counted by the room that did not reach us: the position still moves
    }
    // The page and the room's new position in ONE transaction (one commit per page, not per message: a page
    // stored message by message blocked the UI thread for 100+ ms, bench_muc_join), so the position is never
    // ahead of what is stored; only the new rows are signalled.
    int stored = 0;
    if (!query.messages.isEmpty()) {
        QList<bool> created;
        const QList<qint64> ids
            = m_history.insertBatch(query.messages, room, ArchivePosition { query.lastId, query.lastTime }, &created);
        if (ids.size() != query.messages.size()) {
            finishCatchUp(room, false, tr("The archived messages could not be stored."));
            return;
        }
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (!created.value(i)) {
                continue;
            }
            ++stored;
            if (const std::optional<StoredMessage> row = m_history.message(ids[i])) {
                Q_EMIT messageStored(ids[i], *row);
            }
        }
    } else if (!query.lastId.isEmpty()) {
        m_history.setArchivePosition(room, { query.lastId, query.lastTime }); // results that were not stored
    } else if (newestOnly) {
        // An empty archive: synchronised with nothing in it, the next entry pages from its start.
        m_history.setArchivePosition(room, { QString(), QDateTime::currentDateTimeUtc() });
    }
    m_catchUpStored[room] += stored;
    const bool complete = fin.attribute(u"complete") == u"true" || query.results == 0;
    // A page that ends where it started moved nothing: asking again would get it again, forever.
    const bool stuck = !after.isEmpty() && query.lastId == after;
    if (stuck) {
        qCWarning(lcMuc) << "the archive page of" << room.toString() << "after" << after.left(64)
                         << "ends where it started; catch-up stops there";
        finishCatchUp(room, false, tr("The room's archive repeated a page."));
        return;
    }
    if (newestOnly || complete || query.lastId.isEmpty()) {
        finishCatchUp(room, true, {});
        return;
    }
    if (page >= m_maxArchivePages) {
        qCWarning(lcMuc) << "catch-up of" << room.toString() << "stopped after" << page
                         << "pages; the rest stays in the room's archive";
        finishCatchUp(room, false, {});
        return;
    }
    sendArchiveQuery(room, query.lastId, false, page + 1);
}

void MucManager::finishCatchUp(const Jid &room, bool complete, const QString &error)
{
    const int stored = m_catchUpStored.take(room);
    if (const auto it = m_rooms.find(room); it != m_rooms.end()) {
        it->catchingUp = false;
    }
    if (!error.isEmpty()) {
        qCWarning(lcMuc) << "catch-up of" << room.toString() << "failed:" << error;
    }
    Q_EMIT archiveCatchUpFinished(room, stored, complete, error);
}

bool MucManager::handleArchiveResult(MucRoom &room, const Element &stanza, const Element &result)
{
    const auto it = m_archiveQueries.find(result.attribute(u"queryid"));
    if (it == m_archiveQueries.end() || it->room != room.jid) {
        qCDebug(lcMuc) << "dropping an archive result for a query we did not send to" << room.jid.toString();
        return true;
    }
    ArchiveQuery &query = it.value();
    if (query.results >= m_archivePageSize) {
        // XEP-0059 §2.1: no more than <max/> items; extra ones are dropped unread and do not move the position.
        if (query.results++ == m_archivePageSize) {
            qCWarning(lcMuc) << "dropping archive results of" << room.jid.toString() << "beyond the page size";
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
    // Only the room's own messages (room@service/nick, groupchat): the archive of a room speaks for it alone.
    const std::optional<Jid> sender = Jid::parse(inner.attribute(u"from"));
    if (!sender || sender->bare() != room.jid || inner.attribute(u"type") != u"groupchat") {
        return true;
    }
    // OMEMO in the room: archived copies keep the ciphertext; decrypted here like live ones (nothing sent back).
    const std::optional<GroupchatDecryption> decryption = decryptRoomMessage(room, inner, false);
    if (decryption && decryption->plain.isNull()) {
        return true; // a key transport, or our own message (stored when it was sent)
    }
    std::optional<ParsedMessage> parsed
        = MessageParser::parse(decryption ? decryption->plain : inner, ownJid(), QDateTime::currentDateTimeUtc());
    if (!parsed || parsed->error || parsed->stored.body.isEmpty()) {
        return true;
    }
    StoredMessage &m = parsed->stored;
    if (decryption) {
        m.e2e = decryption->e2e;
    }
    m.conversation = room.jid;
    // XEP-0313 §5.1.2: the archive id is the message's stanza-id by the room.
    m.stanzaId = archivedResult->id;
    m.stanzaIdBy = room.jid;
    m.serverTime = archivedResult->archived;
    if (archivedResult->archived.isValid()) {
        m.sentTime = archivedResult->archived;
    }
    m.flags |= MessageFlag::FromArchive;
    if (sender->resource() == room.nick) {
        m.direction = MessageDirection::Outgoing;
        m.state = MessageState::Delivered;
    }
    Q_UNUSED(stanza)
    query.messages.append(std::move(m));
    return true;
}

} // namespace balcony
