#include "MessageParser.h"

#include "ImNamespaces.h"
#include "core/Stanza.h"
#include "storage/ElementXml.h"

using namespace Qt::StringLiterals;

namespace balcony {

bool ParsedMessage::hasContent() const
{
    if (!stored.body.isEmpty()) {
        return true;
    }
    // RFC 6121 §5.2.4: a subject alone changes a room's topic or titles a normal message.
    return !subject.isEmpty() && stored.type != Message::Type::Chat;
}

std::optional<ArchivedResult> MessageParser::parseArchiveResult(const Element &result)
{
    const QString id = result.attribute(u"id");
    const Element forwarded = result.firstChild(u"forwarded", ns::forward());
    const Element message = forwarded.firstChild(u"message");
    if (id.isEmpty() || message.isNull()) {
        return std::nullopt;
    }
    return ArchivedResult { id, message, parseStamp(forwarded.firstChild(u"delay", ns::delay()).attribute(u"stamp")) };
}

QDateTime MessageParser::parseStamp(QStringView text)
{
    if (text.isEmpty()) {
        return {};
    }
    const QString s = text.toString();
    QDateTime stamp = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!stamp.isValid()) {
        stamp = QDateTime::fromString(s, Qt::ISODate);
    }
    if (!stamp.isValid() || stamp.timeSpec() == Qt::LocalTime) {
        // XEP-0082 requires a zone; a stamp without one is not something to order history by.
        return {};
    }
    return stamp.toUTC();
}

QString MessageParser::formatStamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<ParsedMessage> MessageParser::parse(const Element &element, const Jid &ownJid, const QDateTime &now)
{
    const std::optional<Message> message = Message::fromElement(element);
    if (!message || message->hasInvalidAddress()) {
        return std::nullopt;
    }
    const Jid ownBare = ownJid.bare();
    ParsedMessage out;
    StoredMessage &m = out.stored;
    m.type = message->type();
    m.from = message->from().isNull() ? ownBare : message->from();
    m.to = message->to().isNull() ? ownJid : message->to();
    m.messageId = message->id();
    m.thread = message->thread();
    m.body = message->body();
    out.subject = message->subject();
    m.receivedTime = now;
    m.sentTime = now;

    if (m.from.bare() == ownBare && m.type != Message::Type::GroupChat) {
        m.direction = MessageDirection::Outgoing;
        m.conversation = m.to.bare();
        m.state = MessageState::AckedByServer;
    } else {
        m.direction = MessageDirection::Incoming;
        m.conversation = m.from.bare();
        m.state = MessageState::Received;
    }

    const Jid trustedBy = m.type == Message::Type::GroupChat ? m.from.bare() : ownBare;
    for (const Element &child : element.childElements()) {
        const QString ns = child.ns();
        const QString name = child.name();
        if (ns == ns::sid()) {
            if (name == u"origin-id" && m.originId.isEmpty()) {
                m.originId = child.attribute(u"id");
            } else if (name == u"stanza-id" && m.stanzaId.isEmpty()) {
                const std::optional<Jid> by = Jid::parse(child.attribute(u"by"));
                if (by && *by == trustedBy && !child.attribute(u"id").isEmpty()) {
                    m.stanzaId = child.attribute(u"id");
                    m.stanzaIdBy = *by;
                }
            }
        } else if (ns == ns::delay() && name == u"delay" && !m.flags.testFlag(MessageFlag::Delayed)) {
            const QDateTime stamp = parseStamp(child.attribute(u"stamp"));
            if (stamp.isValid()) {
                m.sentTime = stamp;
                m.flags |= MessageFlag::Delayed;
            }
        } else if (ns == ns::receipts()) {
            if (name == u"request") {
                out.receiptRequested = true;
            } else if (name == u"received") {
                out.receiptFor = child.attribute(u"id");
            }
        } else if (ns == ns::chatMarkers()) {
            if (name == u"markable") {
                m.flags |= MessageFlag::Markable;
            } else if (name == u"displayed") {
                out.displayedFor = child.attribute(u"id");
            }
        } else if (ns == ns::messageCorrect() && name == u"replace") {
            out.replaces = child.attribute(u"id");
        }
    }
    out.chatState = chatStateOf(element);
    if (m.type == Message::Type::Error) {
        out.error = message->error().value_or(StanzaError());
        m.errorText = out.error->text.isEmpty() ? out.error->describe() : out.error->text;
    }
    m.stanzaXml = elementToXml(element).value_or(QString());
    return out;
}

} // namespace balcony
