#pragma once

#include "Element.h"
#include "Jid.h"
#include "StanzaError.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace balcony {

// RFC 6120 §8: the three stanza kinds as value types. fromElement() takes what the type understands and
// keeps every other child (and attribute) verbatim, so toElement() round-trips stanzas the client merely
// relays or stores. Serialization order is: the kind's own children, the extensions in their original
// order, then the <error/> child.
class Stanza {
public:
    enum class Kind { Message, Presence, Iq };

    // The kind of a top-level element (<message/>, <presence/>, <iq/> in jabber:client or jabber:server),
    // nullopt for anything else.
    static std::optional<Kind> kindOf(const Element &element);
    // Parses the attributes and the <error/> child common to all kinds; every other child becomes an
    // extension. Useful for routing before the kind-specific parse.
    static std::optional<Stanza> fromElement(const Element &element);
    Element toElement() const;

    Kind kind() const { return m_kind; }
    // The content namespace of the stanza element (jabber:client unless parsed from something else).
    const QString &ns() const { return m_ns; }

    const Jid &to() const { return m_to; }
    void setTo(const Jid &to);
    const Jid &from() const { return m_from; }
    void setFrom(const Jid &from);
    // RFC 6120 §8.1.1/§8.1.2: a 'to' or 'from' that is not a valid JID. The parsed Jid is then null and
    // the attribute text is kept (and written back by toElement()) so the router can answer with
    // <jid-malformed/> (§8.3.3.8) instead of silently treating the stanza as addressed to the server.
    bool hasInvalidTo() const { return !m_invalidTo.isNull(); }
    bool hasInvalidFrom() const { return !m_invalidFrom.isNull(); }
    bool hasInvalidAddress() const { return hasInvalidTo() || hasInvalidFrom(); }
    const QString &invalidTo() const { return m_invalidTo; }
    const QString &invalidFrom() const { return m_invalidFrom; }

    const QString &id() const { return m_id; }
    void setId(const QString &id) { m_id = id; }
    // The 'type' attribute exactly as received (empty if absent); the subclasses interpret it.
    const QString &typeString() const { return m_type; }
    void setTypeString(const QString &type) { m_type = type; }
    // xml:lang of the stanza element (RFC 6120 §8.1.5).
    const QString &lang() const { return m_lang; }
    void setLang(const QString &lang) { m_lang = lang; }

    // The parsed <error/> child of a stanza of type "error" (RFC 6120 §8.3).
    const std::optional<StanzaError> &error() const { return m_error; }
    void setError(const std::optional<StanzaError> &error) { m_error = error; }

    // Children the type does not understand, verbatim and in order.
    const QList<Element> &extensions() const { return m_extensions; }
    void setExtensions(const QList<Element> &extensions) { m_extensions = extensions; }
    void addExtension(const Element &extension);
    // The first extension with this name and namespace (null if none).
    Element extension(QStringView name, QStringView ns) const;
    // Attributes other than to/from/id/type/xml:lang, kept for the round trip.
    const QList<Attribute> &otherAttributes() const { return m_otherAttributes; }

    // RFC 6120 §8.3.1: the error stanza answering this one: same kind and id, to/from swapped, type "error",
    // carrying `error` and nothing else (returning the original payload is optional and not done).
    Stanza errorReply(const StanzaError &error) const;

    bool operator==(const Stanza &) const = default;

protected:
    explicit Stanza(Kind kind);

    // Addresses this stanza as the answer to `request`: its namespace and id, with to/from swapped.
    void addressReplyTo(const Stanza &request);

    // Fills the common part from `element` (which must be of this kind); `consume` is offered each
    // non-error child and returns true if the subclass took it, otherwise it becomes an extension.
    void parseCommon(const Element &element, const std::function<bool(const Element &)> &consume);
    // The stanza element with the common attributes, then `own` children, extensions and the error.
    Element buildElement(const QList<Element> &own) const;

    // A child the kind understands: in the stanza namespace, with no attributes except `allowedAttribute`,
    // and text content only.
    bool isSimpleChild(const Element &child, QStringView allowedAttribute = {}) const;

private:
    Kind m_kind;
    QString m_ns;
    Jid m_to;
    Jid m_from;
    QString m_invalidTo;
    QString m_invalidFrom;
    QString m_id;
    QString m_type;
    QString m_lang;
    std::optional<StanzaError> m_error;
    QList<Element> m_extensions;
    QList<Attribute> m_otherAttributes;
};

// RFC 6121 §5: <message/>.
class Message : public Stanza {
public:
    enum class Type { Chat, Error, GroupChat, Headline, Normal };

    Message();
    // nullopt if `element` is not a <message/>.
    static std::optional<Message> fromElement(const Element &element);
    Element toElement() const;

    // RFC 6121 §5.2.2: an absent or unknown type is treated as "normal".
    Type type() const;
    void setType(Type type);
    static QString typeName(Type type);

    const QString &body() const { return m_body; }
    void setBody(const QString &body) { m_body = body; }
    const QString &subject() const { return m_subject; }
    void setSubject(const QString &subject) { m_subject = subject; }
    const QString &thread() const { return m_thread; }
    void setThread(const QString &thread) { m_thread = thread; }
    // RFC 6121 §5.2.5: the 'parent' attribute of <thread/>.
    const QString &threadParent() const { return m_threadParent; }
    void setThreadParent(const QString &parent) { m_threadParent = parent; }

    bool operator==(const Message &) const = default;

private:
    QString m_body;
    QString m_subject;
    QString m_thread;
    QString m_threadParent;
};

// RFC 6121 §4: <presence/>.
class Presence : public Stanza {
public:
    // Available is the absence of a 'type' attribute (RFC 6121 §4.7.1); Invalid is any value the RFC does
    // not define, which a recipient must not act upon.
    enum class Type { Available, Unavailable, Subscribe, Subscribed, Unsubscribe, Unsubscribed, Probe, Error, Invalid };
    enum class Show { None, Away, Chat, Dnd, Xa };

    Presence();
    static std::optional<Presence> fromElement(const Element &element);
    Element toElement() const;

    Type type() const;
    void setType(Type type);
    // The attribute value for `type` (empty for Available and Invalid).
    static QString typeName(Type type);

    Show show() const { return m_show; }
    void setShow(Show show) { m_show = show; }
    static QString showName(Show show);
    const QString &status() const { return m_status; }
    void setStatus(const QString &status) { m_status = status; }
    // RFC 6121 §4.7.2.3: -128..127; a missing or out-of-range value is 0.
    int priority() const { return m_priority.value_or(0); }
    bool hasPriority() const { return m_priority.has_value(); }
    void setPriority(int priority);
    void clearPriority() { m_priority.reset(); }

    bool operator==(const Presence &) const = default;

private:
    Show m_show = Show::None;
    QString m_status;
    std::optional<int> m_priority;
};

// RFC 6120 §8.2.3: <iq/>.
class Iq : public Stanza {
public:
    // Invalid: absent or unknown type, which RFC 6120 §8.2.3 requires to be answered with bad-request.
    enum class Type { Get, Set, Result, Error, Invalid };

    Iq();
    Iq(Type type, const Element &payload);
    static std::optional<Iq> fromElement(const Element &element);
    Element toElement() const;

    Type type() const;
    void setType(Type type);
    static QString typeName(Type type);

    // The request or result payload: the first child other than <error/>. Further children (a protocol
    // violation for get/set) stay in extensions().
    const Element &payload() const { return m_payload; }
    void setPayload(const Element &payload) { m_payload = payload; }

    // The type "result" answer to this request (RFC 6120 §8.2.3): swapped addresses, same id.
    Iq makeResult(const Element &payload = Element()) const;
    // The type "error" answer carrying `error` (RFC 6120 §8.3.1).
    Iq makeError(const StanzaError &error) const;

    bool operator==(const Iq &) const = default;

private:
    Element m_payload;
};

} // namespace balcony
