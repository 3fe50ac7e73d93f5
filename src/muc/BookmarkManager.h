#pragma once

#include "core/Element.h"
#include "core/Jid.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace balcony {

class Connection;
class DiscoManager;
class MucManager;
class PubSubManager;
struct PubSubEvent;

// One room bookmark (XEP-0402 §3): the item id is the room's bare JID, the payload a
// <conference xmlns='urn:xmpp:bookmarks:1' name='' autojoin=''><nick/><password/><extensions/></conference>.
struct Bookmark {
    Jid room;
    QString name;
    bool autojoin = false;
    QString nick;
    QString password;
    Element extensions; // kept verbatim (§3.2: other clients' data), published back unchanged

    // nullopt if `payload` is not a <conference/> of urn:xmpp:bookmarks:1 or `id` is not a room's bare JID.
    static std::optional<Bookmark> fromItem(const QString &id, const Element &payload);
    Element toPayload() const;
    bool operator==(const Bookmark &) const = default;
};

// XEP-0402 bookmarks on the account's PEP node urn:xmpp:bookmarks:1, shared by all of the user's clients.
//
// On every new session (not a resumption) the node's items are fetched, after the initial presence; live
// changes arrive as PEP notifications ('+notify' is announced in caps). Rooms with autojoin='true' are entered
// once the bookmarks are known (with the bookmark's nick, else the account's local part, and its password);
// a bookmark retracted (or set to autojoin='false') by another client leaves the room if it was entered
// because of the bookmark.
//
// Publishing uses the publish-options of §5 (whitelist access, persistent items, as many items as the service
// allows); PubSubManager reconfigures the node when a precondition is not met, and applies the options as the
// node's configuration where the service refuses some of them (ejabberd 23.01 knows only access_model and
// persist_items).
//
// XEP-0048 compatibility (urn:xmpp:bookmarks:1#compat): only the XEP-0402 node is read and written. A server
// advertising #compat (Prosody 0.12's mod_bookmarks, ejabberd's mod_private) mirrors it to and from the
// XEP-0048 private XML / PEP storage older clients use, so the user's other clients see the same bookmarks;
// without #compat, bookmarks of XEP-0048-only clients are not shown (compatSupported() tells).
//
// Bounds (issue 11): at most maxBookmarks() are kept; items that are not a <conference/> or whose id is not a
// room's address are ignored, as are notifications from anyone but the account itself.
class BookmarkManager : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(bool ok, const QString &error)>;

    BookmarkManager(
        Connection &connection, PubSubManager &pubSub, MucManager &muc, DiscoManager *disco, QObject *parent = nullptr);
    ~BookmarkManager() override;

    static constexpr int maxBookmarks() { return 1000; }

    // Whether this session's fetch has answered (the list is empty before).
    bool isLoaded() const { return m_loaded; }
    // Sorted by room address.
    QList<Bookmark> bookmarks() const;
    std::optional<Bookmark> bookmark(const Jid &room) const;
    // Adds or replaces the bookmark of `bookmark.room` (§3.3); the list follows the service's notification.
    void setBookmark(const Bookmark &bookmark, Callback callback = {});
    // Retracts it (§3.4), with notification to the user's other clients.
    void removeBookmark(const Jid &room, Callback callback = {});
    // Whether the server announced urn:xmpp:bookmarks:1#compat on the account (XEP-0402 §4).
    bool compatSupported() const;
    // Entering autojoin rooms after the fetch: on by default (the CLI turns it off for its one-shot commands).
    void setAutojoinEnabled(bool enabled) { m_autojoinEnabled = enabled; }

Q_SIGNALS:
    void bookmarksChanged();
    // This session's fetch answered (`ok`) or failed (`error`, e.g. no PEP on the server).
    void bookmarksLoaded(bool ok, const QString &error);

private:
    void fetch();
    void handleEvent(const PubSubEvent &event);
    bool upsert(const Bookmark &bookmark);
    void autojoin(const Bookmark &bookmark);
    void stopAutojoined(const Jid &room);
    Jid ownBare() const;

    Connection &m_connection;
    PubSubManager &m_pubSub;
    MucManager &m_muc;
    DiscoManager *m_disco;
    QHash<Jid, Bookmark> m_bookmarks;
    QSet<Jid> m_autojoined; // rooms this manager entered because of a bookmark
    bool m_loaded = false;
    bool m_capWarned = false;
    bool m_autojoinEnabled = true;
    quint64 m_session = 0;
};

} // namespace balcony

Q_DECLARE_METATYPE(balcony::Bookmark)
