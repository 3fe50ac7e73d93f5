#include "BookmarkManager.h"

#include "MucManager.h"
#include "MucNamespaces.h"
#include "disco/DiscoManager.h"
#include "pubsub/PubSubManager.h"
#include "stream/Connection.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBookmarks, "balcony.muc.bookmarks")

namespace balcony {

namespace {

constexpr qsizetype maxTextLength = 1024; // a name, a nick or a password is a line, not a document

} // namespace

std::optional<Bookmark> Bookmark::fromItem(const QString &id, const Element &payload)
{
    if (payload.name() != u"conference" || payload.ns() != ns::bookmarks()) {
        return std::nullopt;
    }
    const std::optional<Jid> room = Jid::parse(id);
    if (!room || room->local().isEmpty() || !room->isBare()) {
        return std::nullopt;
    }
    Bookmark b;
    b.room = *room;
    b.name = payload.attribute(u"name").left(maxTextLength);
    const QString autojoin = payload.attribute(u"autojoin");
    b.autojoin = autojoin == u"true" || autojoin == u"1"; // xs:boolean
    b.nick = payload.childText(u"nick", ns::bookmarks()).left(maxTextLength);
    b.password = payload.childText(u"password", ns::bookmarks()).left(maxTextLength);
    b.extensions = payload.firstChild(u"extensions", ns::bookmarks());
    return b;
}

Element Bookmark::toPayload() const
{
    Element conference(u"conference"_s, ns::bookmarks());
    if (!name.isEmpty()) {
        conference.setAttribute(u"name"_s, name);
    }
    if (autojoin) {
        conference.setAttribute(u"autojoin"_s, u"true"_s);
    }
    if (!nick.isEmpty()) {
        conference.appendTextChild(u"nick"_s, ns::bookmarks(), nick);
    }
    if (!password.isEmpty()) {
        conference.appendTextChild(u"password"_s, ns::bookmarks(), password);
    }
    if (!extensions.isNull()) {
        conference.appendChild(extensions);
    }
    return conference;
}

BookmarkManager::BookmarkManager(
    Connection &connection, PubSubManager &pubSub, MucManager &muc, DiscoManager *disco, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_pubSub(pubSub)
    , m_muc(muc)
    , m_disco(disco)
{
    // XEP-0402 §3.1 / XEP-0163 §2.4: live changes by the user's other clients as PEP notifications.
    m_pubSub.registerInterest(ns::bookmarks());
    connect(&m_pubSub, &PubSubManager::eventReceived, this, &BookmarkManager::handleEvent);
    // After the initial presence (and after the rooms of the last session are entered again): autojoin then
    // adds only rooms that are not entered yet.
    m_connection.addSessionStep(this, SessionStep::Presence, [this](bool) { fetch(); });
}

BookmarkManager::~BookmarkManager() = default;

Jid BookmarkManager::ownBare() const
{
    const Jid bound = m_connection.boundJid();
    return (bound.isNull() ? m_connection.settings().jid : bound).bare();
}

bool BookmarkManager::compatSupported() const
{
    return m_disco && m_disco->hasFeature(ownBare(), QString(ns::bookmarks() + u"#compat"_s));
}

QList<Bookmark> BookmarkManager::bookmarks() const
{
    QList<Bookmark> list = m_bookmarks.values();
    std::sort(list.begin(), list.end(),
        [](const Bookmark &a, const Bookmark &b) { return a.room.toString() < b.room.toString(); });
    return list;
}

std::optional<Bookmark> BookmarkManager::bookmark(const Jid &room) const
{
    const auto it = m_bookmarks.constFind(room.bare());
    return it == m_bookmarks.cend() ? std::nullopt : std::optional<Bookmark>(*it);
}

void BookmarkManager::fetch()
{
    const quint64 session = ++m_session;
    m_loaded = false;
    const QPointer<BookmarkManager> self(this);
    m_pubSub.retrieveItems(
        {}, ns::bookmarks(), [self, session](const QList<PubSubItem> &items, const std::optional<PubSubError> &error) {
            if (!self || session != self->m_session) {
                return;
            }
            // item-not-found: no bookmarks were ever published; that is an empty list, not a failure.
            const bool none = error && error->isStanzaError(StanzaError::Condition::ItemNotFound);
            if (error && !none) {
                qCWarning(lcBookmarks) << "could not fetch the bookmarks:" << error->message;
                Q_EMIT self->bookmarksLoaded(false, error->message);
                return;
            }
            QHash<Jid, Bookmark> fetched;
            int ignored = 0;
            for (const PubSubItem &item : items) {
                const std::optional<Bookmark> b = Bookmark::fromItem(item.id, item.payload);
                if (!b) {
                    ++ignored;
                    continue;
                }
                if (fetched.size() >= maxBookmarks() && !fetched.contains(b->room)) {
                    if (!self->m_capWarned) {
                        self->m_capWarned = true;
                        qCWarning(lcBookmarks) << "more than" << maxBookmarks() << "bookmarks; the rest is ignored";
                    }
                    continue;
                }
                fetched.insert(b->room, *b);
            }
            if (ignored > 0) {
                qCWarning(lcBookmarks) << "ignored" << ignored << "bookmark items that are not room bookmarks";
            }
            const bool changed = fetched != self->m_bookmarks;
            self->m_bookmarks = std::move(fetched);
            self->m_loaded = true;
            if (changed) {
                Q_EMIT self->bookmarksChanged();
            }
            Q_EMIT self->bookmarksLoaded(true, QString());
            if (self && self->m_autojoinEnabled) {
                const QList<Bookmark> list = self->bookmarks();
                for (const Bookmark &b : list) {
                    if (self && b.autojoin) {
                        self->autojoin(b);
                    }
                }
            }
        });
}

void BookmarkManager::autojoin(const Bookmark &bookmark)
{
    if (m_muc.room(bookmark.room)) {
        return; // entered (or being entered) already
    }
    MucJoinOptions options;
    options.nick = bookmark.nick.isEmpty() ? ownBare().local() : bookmark.nick;
    options.password = bookmark.password;
    options.retryNickOnConflict = true;
    if (m_muc.join(bookmark.room, options)) {
        m_autojoined.insert(bookmark.room);
    } else {
        qCWarning(lcBookmarks) << "cannot enter the bookmarked room" << bookmark.room.toString() << m_muc.lastError();
    }
}

void BookmarkManager::stopAutojoined(const Jid &room)
{
    if (m_autojoined.remove(room) && m_muc.room(room)) {
        m_muc.leave(room);
    }
}

bool BookmarkManager::upsert(const Bookmark &bookmark)
{
    const auto it = m_bookmarks.find(bookmark.room);
    if (it != m_bookmarks.end()) {
        if (*it == bookmark) {
            return false;
        }
        *it = bookmark;
        return true;
    }
    if (m_bookmarks.size() >= maxBookmarks()) {
        if (!m_capWarned) {
            m_capWarned = true;
            qCWarning(lcBookmarks) << "more than" << maxBookmarks() << "bookmarks; the rest is ignored";
        }
        return false;
    }
    m_bookmarks.insert(bookmark.room, bookmark);
    return true;
}

void BookmarkManager::handleEvent(const PubSubEvent &event)
{
    if (event.node != ns::bookmarks()) {
        return;
    }
    if (event.service != ownBare()) {
        qCDebug(lcBookmarks) << "ignoring bookmarks of" << event.service.toString().left(256);
        return;
    }
    bool changed = false;
    QList<Bookmark> toJoin;
    QList<Jid> toLeave;
    if (event.purged || event.deleted) {
        for (const Bookmark &b : std::as_const(m_bookmarks)) {
            toLeave.append(b.room);
        }
        changed = !m_bookmarks.isEmpty();
        m_bookmarks.clear();
    }
    for (const PubSubItem &item : event.items) {
        const std::optional<Bookmark> b = Bookmark::fromItem(item.id, item.payload);
        if (!b) {
            qCDebug(lcBookmarks) << "ignoring a bookmark item that is not a room bookmark";
            continue;
        }
        const bool wasAutojoin = m_bookmarks.value(b->room).autojoin;
        if (upsert(*b)) {
            changed = true;
            if (b->autojoin && !wasAutojoin) {
                toJoin.append(*b);
            } else if (!b->autojoin && wasAutojoin) {
                toLeave.append(b->room);
            }
        }
    }
    for (const QString &id : event.retractedIds) {
        const std::optional<Jid> room = Jid::parse(id);
        if (room && m_bookmarks.remove(room->bare())) {
            changed = true;
            toLeave.append(room->bare());
        }
    }
    if (changed) {
        Q_EMIT bookmarksChanged();
    }
    if (m_loaded && m_autojoinEnabled) {
        for (const Jid &room : std::as_const(toLeave)) {
            stopAutojoined(room);
        }
        for (const Bookmark &b : std::as_const(toJoin)) {
            autojoin(b);
        }
    }
}

void BookmarkManager::setBookmark(const Bookmark &bookmark, Callback callback)
{
    PubSubItem item;
    item.id = bookmark.room.bare().toString();
    item.payload = bookmark.toPayload();
    // XEP-0402 §5: private (whitelist: the owner only), persistent, and as many items as the service allows.
    PublishOptions options;
    options.setPersistItems(true);
    options.setMaxItemsUnlimited();
    options.setSendLastPublishedItem(NodeConfig::SendLastPublishedItem::Never);
    options.setAccessModel(NodeConfig::AccessModel::Whitelist);
    const QPointer<BookmarkManager> self(this);
    const Bookmark stored = bookmark;
    m_pubSub.publish(
        {}, ns::bookmarks(), item, options, [self, stored, callback](const PubSubManager::PublishResult &result) {
            if (self && !result.error) {
                // The notification does the same; a service that does not send one to the publisher still
                // leaves the list right.
                if (self->upsert(stored)) {
                    Q_EMIT self->bookmarksChanged();
                }
            }
            if (callback) {
                callback(!result.error, result.error ? result.error->message : QString());
            }
        });
}

void BookmarkManager::removeBookmark(const Jid &room, Callback callback)
{
    const QPointer<BookmarkManager> self(this);
    const Jid bare = room.bare();
    m_pubSub.retractItem(
        {}, ns::bookmarks(), bare.toString(), true, [self, bare, callback](const std::optional<PubSubError> &error) {
            if (self && !error && self->m_bookmarks.remove(bare)) {
                Q_EMIT self->bookmarksChanged();
            }
            if (callback) {
                callback(!error, error ? error->message : QString());
            }
        });
}

} // namespace balcony
