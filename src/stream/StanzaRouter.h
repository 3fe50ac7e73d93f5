#pragma once

#include "core/Element.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QString>

#include <functional>

class QObject;

namespace balcony {

// What a module owns of the incoming stanzas. RFC 6120 §8.4: a stanza's meaning is given by its element and,
// for extensions, by the qualified name of its payload child (a roster push is an <iq/> with
// <query xmlns='jabber:iq:roster'/>, a XEP-0313 result a <message/> with <result xmlns='urn:xmpp:mam:2'/>).
struct StanzaRoute {
    QString stanza; // "message", "presence" or "iq"
    QString child; // the payload element's local name; empty: every such stanza (with childNs empty)
    QString childNs; // its namespace

    bool operator==(const StanzaRoute &) const = default;
};

inline size_t qHash(const StanzaRoute &route, size_t seed = 0)
{
    return qHashMulti(seed, route.stanza, route.child, route.childNs);
}

// The order in which modules put their first stanzas into a new session (the pipelined session start,
// XEP-0305): explicit, so that it no longer depends on the order the modules were constructed in.
enum class SessionStep {
    Discovery, // XEP-0115: our caps state for the new stream
    Roster, // RFC 6121 §2.2: the roster get precedes the initial presence (§4.2), so that the presences
            // that follow can be matched against a known roster
    Presence, // RFC 6121 §4.2: initial presence
    Outbox, // messages queued while offline, sent as an available resource
    Carbons, // XEP-0280 §5: enable
    Archive, // XEP-0313 catch-up
    ClientState, // XEP-0352 <inactive/> if the client is inactive
    Encryption, // XEP-0116/0187: online-session barrier and offline-option housekeeping
};

// The registry behind Connection's stanza routing. Handlers are keyed by StanzaRoute: a stanza is offered
// first to the sender handlers of its element (modules that own stanzas by who sent them or by their type
// rather than by a payload: XEP-0045 §7 makes everything from a joined room, and every groupchat message, the
// room module's, whatever payload it carries), then to the handlers of its payload children (each child's qualified
// name, in document order), then to those of its element alone, then to the catch-all handlers; the first that returns
// true takes it. Within one key, handlers are asked in registration order. Observers see every routed stanza first and
// cannot take it. Everything registered for an owner goes when the owner is destroyed.
class StanzaRouter {
public:
    using Handler = std::function<bool(const Element &)>;
    using Observer = std::function<void(const Element &)>;
    using SessionStart = std::function<void(bool previousSessionLost)>;

    explicit StanzaRouter(QObject *context); // receives the owners' destroyed() connections
    ~StanzaRouter();
    StanzaRouter(const StanzaRouter &) = delete;
    StanzaRouter &operator=(const StanzaRouter &) = delete;

    // `route.stanza` empty: a catch-all handler.
    void addHandler(const QObject *owner, const StanzaRoute &route, Handler handler);
    // Asked before every payload, element and catch-all handler of `stanza` ("message", "presence"); it must
    // return false for every stanza it does not own, cheaply (it sees all of them).
    void addSenderHandler(const QObject *owner, const QString &stanza, Handler handler);
    void addObserver(const QObject *owner, Observer observer);
    void addSessionStep(const QObject *owner, SessionStep step, SessionStart start);

    // Ids of the handlers to offer `stanza` to, in order (see the class comment). An id may be gone by the
    // time it is asked (an earlier handler destroyed its owner): handler() is then empty.
    QList<quint64> handlersFor(const Element &stanza) const;
    Handler handler(quint64 id) const;
    QList<quint64> observers() const { return m_observerOrder; }
    Observer observer(quint64 id) const;
    // Ids of the session steps in SessionStep order (registration order within a step).
    QList<quint64> sessionSteps() const;
    SessionStart sessionStep(quint64 id) const;

private:
    struct Entry {
        const QObject *owner = nullptr;
        StanzaRoute route;
        bool isHandler = false;
        bool isSender = false;
        bool isObserver = false;
        SessionStep step = SessionStep::Discovery;
        Handler handler;
        Observer observer;
        SessionStart start;
        QMetaObject::Connection ownerWatch;
    };
    quint64 add(const QObject *owner, Entry entry);
    void remove(quint64 id);

    QObject *m_context;
    quint64 m_nextId = 1;
    QHash<quint64, Entry> m_entries;
    QHash<StanzaRoute, QList<quint64>> m_routes; // child and element routes
    QHash<QString, QList<quint64>> m_senderRoutes; // by element name
    QList<quint64> m_catchAll;
    QList<quint64> m_observerOrder;
    QList<quint64> m_stepOrder; // kept sorted by (step, id)
};

} // namespace balcony
