#include "Stanza.h"

#include "StreamHeader.h"

#include <array>

namespace balcony {

namespace {

constexpr auto serverNs = u"jabber:server";

QString kindName(Stanza::Kind kind)
{
    switch (kind) {
    case Stanza::Kind::Message:
        return QStringLiteral("message");
    case Stanza::Kind::Presence:
        return QStringLiteral("presence");
    case Stanza::Kind::Iq:
        return QStringLiteral("iq");
    }
    return QString();
}

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value) {
            return QString::fromUtf16(name);
        }
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, QStringView name)
{
    for (const auto &[e, n] : table) {
        if (name == QStringView(n)) {
            return e;
        }
    }
    return std::nullopt;
}

// RFC 6121 §5.2.2.
constexpr std::array<std::pair<Message::Type, const char16_t *>, 5> messageTypes { {
    { Message::Type::Chat, u"chat" },
    { Message::Type::Error, u"error" },
    { Message::Type::GroupChat, u"groupchat" },
    { Message::Type::Headline, u"headline" },
    { Message::Type::Normal, u"normal" },
} };

// RFC 6121 §4.7.1 (Available is the absent attribute, not a value).
constexpr std::array<std::pair<Presence::Type, const char16_t *>, 7> presenceTypes { {
    { Presence::Type::Unavailable, u"unavailable" },
    { Presence::Type::Subscribe, u"subscribe" },
    { Presence::Type::Subscribed, u"subscribed" },
    { Presence::Type::Unsubscribe, u"unsubscribe" },
    { Presence::Type::Unsubscribed, u"unsubscribed" },
    { Presence::Type::Probe, u"probe" },
    { Presence::Type::Error, u"error" },
} };

// RFC 6121 §4.7.2.1 (None is the absent element).
constexpr std::array<std::pair<Presence::Show, const char16_t *>, 4> showValues { {
    { Presence::Show::Away, u"away" },
    { Presence::Show::Chat, u"chat" },
    { Presence::Show::Dnd, u"dnd" },
    { Presence::Show::Xa, u"xa" },
} };

// RFC 6120 §8.2.3.
constexpr std::array<std::pair<Iq::Type, const char16_t *>, 4> iqTypes { {
    { Iq::Type::Get, u"get" },
    { Iq::Type::Set, u"set" },
    { Iq::Type::Result, u"result" },
    { Iq::Type::Error, u"error" },
} };

void parseAddress(const Element &element, QStringView attribute, Jid *jid, QString *invalid)
{
    *jid = Jid();
    invalid->clear();
    if (!element.hasAttribute(attribute)) {
        return;
    }
    const QString value = element.attribute(attribute);
    if (auto parsed = Jid::parse(value)) {
        *jid = *parsed;
    } else {
        // Non-null even when the attribute is empty: to='' is not a JID either.
        *invalid = value.isNull() ? QStringLiteral("") : value;
    }
}

} // namespace

// ---- Stanza ----

Stanza::Stanza(Kind kind)
    : m_kind(kind)
    , m_ns(QString::fromUtf16(ns::client))
{
}

std::optional<Stanza::Kind> Stanza::kindOf(const Element &element)
{
    if (element.ns() != ns::client && element.ns() != serverNs) {
        return std::nullopt;
    }
    const QString name = element.name();
    if (name == u"message") {
        return Kind::Message;
    }
    if (name == u"presence") {
        return Kind::Presence;
    }
    if (name == u"iq") {
        return Kind::Iq;
    }
    return std::nullopt;
}

std::optional<Stanza> Stanza::fromElement(const Element &element)
{
    const auto kind = kindOf(element);
    if (!kind) {
        return std::nullopt;
    }
    Stanza stanza(*kind);
    stanza.parseCommon(element, [](const Element &) { return false; });
    return stanza;
}

Element Stanza::toElement() const
{
    return buildElement({});
}

void Stanza::setTo(const Jid &to)
{
    m_to = to;
    m_invalidTo.clear();
}

void Stanza::setFrom(const Jid &from)
{
    m_from = from;
    m_invalidFrom.clear();
}

void Stanza::addExtension(const Element &extension)
{
    if (!extension.isNull()) {
        m_extensions.append(extension);
    }
}

Element Stanza::extension(QStringView name, QStringView ns) const
{
    for (const Element &e : m_extensions) {
        if (e.name() == name && e.ns() == ns) {
            return e;
        }
    }
    return Element();
}

Stanza Stanza::errorReply(const StanzaError &error) const
{
    Stanza reply(m_kind);
    reply.addressReplyTo(*this);
    reply.m_type = QStringLiteral("error");
    reply.m_error = error;
    return reply;
}

void Stanza::addressReplyTo(const Stanza &request)
{
    m_ns = request.m_ns;
    setTo(request.m_from);
    setFrom(request.m_to);
    m_id = request.m_id;
}

void Stanza::parseCommon(const Element &element, const std::function<bool(const Element &)> &consume)
{
    m_ns = element.ns();
    parseAddress(element, u"to", &m_to, &m_invalidTo);
    parseAddress(element, u"from", &m_from, &m_invalidFrom);
    m_id = element.attribute(u"id");
    m_type = element.attribute(u"type");
    m_lang = element.lang();
    m_otherAttributes.clear();
    for (const Attribute &a : element.attributes()) {
        const bool known = a.ns.isEmpty()
            ? (a.name == u"to" || a.name == u"from" || a.name == u"id" || a.name == u"type")
            : (a.ns == Element::xmlNamespace() && a.name == u"lang");
        if (!known) {
            m_otherAttributes.append(a);
        }
    }

    m_error.reset();
    m_extensions.clear();
    for (const Element &child : element.childElements()) {
        // RFC 6120 §8.3.1: only a stanza of type "error" carries an <error/> child in the content namespace.
        if (!m_error && m_type == u"error" && child.name() == u"error" && child.ns() == m_ns) {
            m_error = StanzaError::fromElement(child);
            continue;
        }
        if (!consume(child)) {
            m_extensions.append(child);
        }
    }
}

Element Stanza::buildElement(const QList<Element> &own) const
{
    Element e(kindName(m_kind), m_ns);
    if (!m_to.isNull()) {
        e.setAttribute(QStringLiteral("to"), m_to.toString());
    } else if (hasInvalidTo()) {
        e.setAttribute(QStringLiteral("to"), m_invalidTo);
    }
    if (!m_from.isNull()) {
        e.setAttribute(QStringLiteral("from"), m_from.toString());
    } else if (hasInvalidFrom()) {
        e.setAttribute(QStringLiteral("from"), m_invalidFrom);
    }
    if (!m_id.isEmpty()) {
        e.setAttribute(QStringLiteral("id"), m_id);
    }
    if (!m_type.isEmpty()) {
        e.setAttribute(QStringLiteral("type"), m_type);
    }
    e.setLang(m_lang);
    for (const Attribute &a : m_otherAttributes) {
        e.setAttributeNS(a.ns, a.name, a.value);
    }
    for (const Element &child : own) {
        e.appendChild(child);
    }
    for (const Element &child : m_extensions) {
        e.appendChild(child);
    }
    if (m_error) {
        Element error = m_error->toElement();
        error.setNs(m_ns); // the error element lives in the stanza's content namespace
        e.appendChild(error);
    }
    return e;
}

bool Stanza::isSimpleChild(const Element &child, QStringView allowedAttribute) const
{
    if (child.ns() != m_ns) {
        return false;
    }
    for (const Attribute &a : child.attributes()) {
        if (!a.ns.isEmpty() || a.name != allowedAttribute) {
            return false;
        }
    }
    // Text only, and not empty: an empty element would not survive the round trip as a QString.
    return child.childElements().isEmpty() && !child.text().isEmpty();
}

// ---- Message ----

Message::Message()
    : Stanza(Kind::Message)
{
}

std::optional<Message> Message::fromElement(const Element &element)
{
    if (kindOf(element) != Kind::Message) {
        return std::nullopt;
    }
    Message m;
    m.parseCommon(element, [&m](const Element &child) {
        // Only the first of each and only without xml:lang: further <body xml:lang=.../> alternatives
        // (RFC 6121 §5.2.3) stay verbatim in the extensions.
        const QString name = child.name();
        if (name == u"body" && m.m_body.isNull() && m.isSimpleChild(child)) {
            m.m_body = child.text();
            return true;
        }
        if (name == u"subject" && m.m_subject.isNull() && m.isSimpleChild(child)) {
            m.m_subject = child.text();
            return true;
        }
        if (name == u"thread" && m.m_thread.isNull() && m.isSimpleChild(child, u"parent")) {
            m.m_thread = child.text();
            m.m_threadParent = child.attribute(u"parent");
            return true;
        }
        return false;
    });
    return m;
}

Element Message::toElement() const
{
    QList<Element> own;
    if (!m_subject.isEmpty()) {
        own.append(Element(QStringLiteral("subject"), ns()));
        own.last().appendText(m_subject);
    }
    if (!m_body.isEmpty()) {
        own.append(Element(QStringLiteral("body"), ns()));
        own.last().appendText(m_body);
    }
    if (!m_thread.isEmpty()) {
        Element thread(QStringLiteral("thread"), ns());
        if (!m_threadParent.isEmpty()) {
            thread.setAttribute(QStringLiteral("parent"), m_threadParent);
        }
        thread.appendText(m_thread);
        own.append(thread);
    }
    return buildElement(own);
}

Message::Type Message::type() const
{
    return valueOf(messageTypes, typeString()).value_or(Type::Normal);
}

void Message::setType(Type type)
{
    setTypeString(typeName(type));
}

QString Message::typeName(Type type)
{
    return nameOf(messageTypes, type);
}

// ---- Presence ----

Presence::Presence()
    : Stanza(Kind::Presence)
{
}

std::optional<Presence> Presence::fromElement(const Element &element)
{
    if (kindOf(element) != Kind::Presence) {
        return std::nullopt;
    }
    Presence p;
    bool haveShow = false;
    p.parseCommon(element, [&p, &haveShow](const Element &child) {
        const QString name = child.name();
        if (name == u"show" && !haveShow && p.isSimpleChild(child)) {
            // An unknown <show/> value is kept verbatim rather than guessed at.
            if (const auto show = valueOf(showValues, child.text())) {
                p.m_show = *show;
                haveShow = true;
                return true;
            }
            return false;
        }
        if (name == u"status" && p.m_status.isNull() && p.isSimpleChild(child)) {
            p.m_status = child.text();
            return true;
        }
        if (name == u"priority" && !p.m_priority && child.ns() == p.ns() && child.childElements().isEmpty()) {
            // RFC 6121 §4.7.2.3: an integer in -128..127; anything else counts as 0.
            bool ok = false;
            const int value = child.text().trimmed().toInt(&ok);
            p.m_priority = (ok && value >= -128 && value <= 127) ? value : 0;
            return true;
        }
        return false;
    });
    return p;
}

Element Presence::toElement() const
{
    QList<Element> own;
    if (m_show != Show::None) {
        own.append(Element(QStringLiteral("show"), ns()));
        own.last().appendText(showName(m_show));
    }
    if (!m_status.isEmpty()) {
        own.append(Element(QStringLiteral("status"), ns()));
        own.last().appendText(m_status);
    }
    if (m_priority) {
        own.append(Element(QStringLiteral("priority"), ns()));
        own.last().appendText(QString::number(*m_priority));
    }
    return buildElement(own);
}

Presence::Type Presence::type() const
{
    if (typeString().isEmpty()) {
        return Type::Available;
    }
    return valueOf(presenceTypes, typeString()).value_or(Type::Invalid);
}

void Presence::setType(Type type)
{
    setTypeString(typeName(type));
}

QString Presence::typeName(Type type)
{
    return nameOf(presenceTypes, type);
}

QString Presence::showName(Show show)
{
    return nameOf(showValues, show);
}

void Presence::setPriority(int priority)
{
    m_priority = (priority >= -128 && priority <= 127) ? priority : 0;
}

// ---- Iq ----

Iq::Iq()
    : Stanza(Kind::Iq)
{
}

Iq::Iq(Type type, const Element &payload)
    : Stanza(Kind::Iq)
    , m_payload(payload)
{
    setType(type);
}

std::optional<Iq> Iq::fromElement(const Element &element)
{
    if (kindOf(element) != Kind::Iq) {
        return std::nullopt;
    }
    Iq iq;
    iq.parseCommon(element, [&iq](const Element &child) {
        if (iq.m_payload.isNull()) {
            iq.m_payload = child;
            return true;
        }
        return false;
    });
    return iq;
}

Element Iq::toElement() const
{
    QList<Element> own;
    if (!m_payload.isNull()) {
        own.append(m_payload);
    }
    return buildElement(own);
}

Iq::Type Iq::type() const
{
    return valueOf(iqTypes, typeString()).value_or(Type::Invalid);
}

void Iq::setType(Type type)
{
    setTypeString(typeName(type));
}

QString Iq::typeName(Type type)
{
    return nameOf(iqTypes, type);
}

Iq Iq::makeResult(const Element &payload) const
{
    Iq reply(Type::Result, payload);
    reply.addressReplyTo(*this);
    return reply;
}

Iq Iq::makeError(const StanzaError &error) const
{
    Iq reply;
    reply.setType(Type::Error);
    reply.addressReplyTo(*this);
    reply.setError(error);
    return reply;
}

} // namespace balcony
