#include "FileMessage.h"

#include "AesGcmLink.h"
#include "storage/ElementXml.h"

using namespace Qt::StringLiterals;

namespace balcony {

QString FileMessage::oobXmlns()
{
    return u"jabber:x:oob"_s;
}

Element FileMessage::oobElement(const QUrl &url)
{
    Element x(u"x"_s, oobXmlns());
    x.appendTextChild(u"url"_s, oobXmlns(), url.toString(QUrl::FullyEncoded));
    return x;
}

QUrl FileMessage::urlOf(const Element &message)
{
    const Element x = message.firstChild(u"x", oobXmlns());
    if (x.isNull()) {
        return {};
    }
    const QString url = x.childText(u"url", oobXmlns()).trimmed();
    const QString body = message.childText(u"body", message.ns()).trimmed();
    if (url.isEmpty() || url.size() > maxUrlLength() || url != body) {
        return {};
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != u"https"_s || parsed.host().isEmpty()) {
        return {};
    }
    return parsed;
}

QUrl FileMessage::urlOf(const StoredMessage &message)
{
    if (message.e2e.isEncrypted() && !message.e2e.failed() && message.body.size() <= AesGcmLink::maxLength()
        && message.body.contains(u"aesgcm://"_s, Qt::CaseInsensitive)) {
        // XEP-0454: the decrypted body is exactly one aesgcm:// link. Only ever from an end-to-end encrypted row:
        // a link that came in the clear carried its key in the clear and is shown as text.
        if (const std::optional<AesGcmLink> link = AesGcmLink::fromBody(message.body)) {
            return link->toUrl();
        }
        return {};
    }
    // Cheap test first: most rows are not file messages, and parsing every row's XML would cost the views.
    if (message.stanzaXml.isEmpty() || message.e2e.failed() || !message.stanzaXml.contains(u"jabber:x:oob"_s)) {
        return {};
    }
    const Element stanza = elementFromXml(message.stanzaXml);
    if (stanza.isNull()) {
        return {};
    }
    const QUrl url = urlOf(stanza);
    // The row's body is what is shown: it must still be the URL (a correction may have replaced it).
    return !url.isEmpty() && message.body.trimmed() == stanza.childText(u"body", stanza.ns()).trimmed() ? url : QUrl();
}

QString FileMessage::fileName(const QUrl &url)
{
    QString name = url.fileName(QUrl::FullyDecoded);
    name.remove(u'/');
    name.remove(u'\\');
    QString clean;
    clean.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f) {
            clean.append(c);
        }
    }
    clean = clean.trimmed();
    if (clean.isEmpty() || clean == u"."_s || clean == u".."_s) {
        return u"file"_s;
    }
    return clean.left(255);
}

} // namespace balcony
