#include "app/XmppUri.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace balcony::app {

namespace {

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9') {
        return c - u'0';
    }
    if (c >= u'a' && c <= u'f') {
        return c - u'a' + 10;
    }
    if (c >= u'A' && c <= u'F') {
        return c - u'A' + 10;
    }
    return -1;
}

// RFC 5122 §2.7.1 / RFC 3987 §3.2: the IRI's characters as UTF-8, each "%XX" as the octet it encodes, the
// result read as UTF-8. A "%" not followed by two hex digits, or octets that are not UTF-8, make the link
// malformed rather than being passed on as something the user did not write.
std::optional<QString> percentDecode(QStringView raw)
{
    QByteArray octets;
    octets.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c == u'%') {
            if (i + 2 >= raw.size()) {
                return std::nullopt;
            }
            const int high = hexValue(raw[i + 1].unicode());
            const int low = hexValue(raw[i + 2].unicode());
            if (high < 0 || low < 0) {
                return std::nullopt;
            }
            octets.append(char(high * 16 + low));
            i += 2;
            continue;
        }
        // Unicode characters are allowed as they are in an IRI; keep surrogate pairs together.
        if (c.isHighSurrogate() && i + 1 < raw.size() && raw[i + 1].isLowSurrogate()) {
            octets.append(raw.mid(i, 2).toUtf8());
            ++i;
            continue;
        }
        octets.append(raw.mid(i, 1).toUtf8());
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(octets);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    return text;
}

// Characters that never appear unencoded in an IRI (RFC 3987 §2.2: no spaces, controls or these delimiters).
bool hasForbiddenCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control || c == u'<' || c == u'>'
            || c == u'"' || c == u'{' || c == u'}' || c == u'|' || c == u'\\' || c == u'^' || c == u'`') {
            return true;
        }
    }
    return false;
}

// RFC 5122 §2.7.2: a domain written with A-labels ("xn--") names the same host as its U-labels; the JID keeps
// the Unicode form (RFC 7622 §3.2).
QString domainToUnicode(const QString &domain)
{
    if (!domain.contains(u"xn--"_s, Qt::CaseInsensitive)) {
        return domain;
    }
    const QString unicode = QUrl::fromAce(domain.toLatin1(), QUrl::IgnoreIDNWhitelist);
    return unicode.isEmpty() ? domain : unicode;
}

// ipathxmpp = [ inodeid "@" ] ihost [ "/" iresid ], split on the raw delimiters before decoding (§2.2).
std::optional<Jid> parseAddress(QStringView raw, QString *decodeError)
{
    const qsizetype slash = raw.indexOf(u'/');
    const QStringView bareRaw = slash < 0 ? raw : raw.left(slash);
    const QStringView resourceRaw = slash < 0 ? QStringView() : raw.mid(slash + 1);
    const qsizetype at = bareRaw.indexOf(u'@');
    const QStringView localRaw = at < 0 ? QStringView() : bareRaw.left(at);
    const QStringView domainRaw = at < 0 ? bareRaw : bareRaw.mid(at + 1);
    if ((at >= 0 && localRaw.isEmpty()) || (slash >= 0 && resourceRaw.isEmpty()) || domainRaw.isEmpty()) {
        *decodeError
            = QCoreApplication::translate("balcony::app::XmppUri", "An address in the xmpp: link has an empty part.");
        return std::nullopt;
    }
    const auto local = percentDecode(localRaw);
    const auto domain = percentDecode(domainRaw);
    const auto resource = percentDecode(resourceRaw);
    if (!local || !domain || !resource) {
        *decodeError = QCoreApplication::translate(
            "balcony::app::XmppUri", "The xmpp: link contains an invalid percent-encoded character.");
        return std::nullopt;
    }
    auto jid = Jid::fromParts(*local, domainToUnicode(*domain), *resource);
    if (!jid) {
        const QString written = (local->isEmpty() ? QString() : *local + u'@') + *domain
            + (resource->isEmpty() ? QString() : u'/' + *resource);
        *decodeError = QCoreApplication::translate(
            "balcony::app::XmppUri", "\"%1\" in the xmpp: link is not a valid XMPP address.")
                           .arg(written);
    }
    return jid;
}

// XEP-0147's registered query types that Balcony cannot carry out yet. Unregistered ones are ignored as
// RFC 5122 §2.5 says (the link opens a chat); these are not, because opening a chat would do something else
// than the link asks (a chat with a group chat room for ?join, for instance).
bool isRegisteredUnsupported(const QString &type)
{
    static const QSet<QString> types { u"command"_s, u"disco"_s, u"invite"_s, u"pubsub"_s, u"recvfile"_s, u"register"_s,
        u"remove"_s, u"sendfile"_s, u"unregister"_s, u"unsubscribe"_s, u"vcard"_s };
    return types.contains(type);
}

} // namespace

bool XmppUri::looksLikeXmppUri(const QString &argument)
{
    return argument.startsWith(u"xmpp:"_s, Qt::CaseInsensitive);
}

std::optional<XmppUri> XmppUri::parse(const QString &text, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    auto fail = [&message](const QString &why) {
        message = why;
        return std::nullopt;
    };
    // RFC 3986 §3.1: the scheme is case-insensitive.
    if (!looksLikeXmppUri(text)) {
        return fail(QCoreApplication::translate("balcony::app::XmppUri", "This is not an xmpp: link."));
    }
    QStringView rest = QStringView(text).mid(5);
    if (hasForbiddenCharacter(rest)) {
        return fail(QCoreApplication::translate(
            "balcony::app::XmppUri", "The xmpp: link contains spaces or characters that are not allowed in a link."));
    }
    // The fragment identifies nothing in XMPP (§2.2): drop it.
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0) {
        rest = rest.left(hash);
    }
    QStringView query;
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        query = rest.mid(question + 1);
        rest = rest.left(question);
    }

    XmppUri uri;
    QString why;
    // iauthpath = "//" iauthxmpp [ "/" ipathxmpp ]; iauthxmpp = nodeid "@" host (§2.3).
    if (rest.startsWith(u"//"_s)) {
        rest = rest.mid(2);
        const qsizetype slash = rest.indexOf(u'/');
        const QStringView authority = slash < 0 ? rest : rest.left(slash);
        rest = slash < 0 ? QStringView() : rest.mid(slash + 1);
        if (!authority.contains(u'@')) {
            return fail(QCoreApplication::translate(
                "balcony::app::XmppUri", "The account named in the xmpp: link has no user name."));
        }
        const auto account = parseAddress(authority, &why);
        if (!account) {
            return fail(why);
        }
        uri.m_account = *account;
        if (rest.isEmpty() && slash >= 0) {
            return fail(QCoreApplication::translate(
                "balcony::app::XmppUri", "The xmpp: link names no address after the account."));
        }
    } else if (rest.isEmpty()) {
        return fail(QCoreApplication::translate("balcony::app::XmppUri", "The xmpp: link names no address."));
    }
    if (!rest.isEmpty()) {
        const auto target = parseAddress(rest, &why);
        if (!target) {
            return fail(why);
        }
        uri.m_target = *target;
    }

    // iquerycomp = iquerytype *( ";" ikey "=" ivalue ) (§2.3, XEP-0147 §2).
    if (!query.isEmpty()) {
        const QList<QStringView> pieces = query.split(u';');
        const auto type = percentDecode(pieces.first());
        if (!type) {
            return fail(QCoreApplication::translate(
                "balcony::app::XmppUri", "The xmpp: link contains an invalid percent-encoded character."));
        }
        uri.m_actionName = *type;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const qsizetype equals = pieces[i].indexOf(u'=');
            if (equals <= 0) {
                return fail(QCoreApplication::translate(
                    "balcony::app::XmppUri", "A parameter in the xmpp: link is not written as key=value."));
            }
            const auto key = percentDecode(pieces[i].left(equals));
            const auto value = percentDecode(pieces[i].mid(equals + 1));
            if (!key || !value) {
                return fail(QCoreApplication::translate(
                    "balcony::app::XmppUri", "The xmpp: link contains an invalid percent-encoded character."));
            }
            uri.m_parameters.append({ *key, *value });
        }
        if (uri.m_actionName == u"message"_s) {
            uri.m_action = Action::Message;
        } else if (uri.m_actionName == u"roster"_s) {
            uri.m_action = Action::Roster;
        } else if (uri.m_actionName == u"subscribe"_s) {
            uri.m_action = Action::Subscribe;
        } else if (uri.m_actionName == u"join"_s) {
            uri.m_action = Action::Join;
        } else if (isRegisteredUnsupported(uri.m_actionName)) {
            uri.m_action = Action::Unsupported;
        }
    }
    if (uri.m_target.isNull() && uri.m_action != Action::None) {
        return fail(QCoreApplication::translate("balcony::app::XmppUri", "The xmpp: link names no address."));
    }
    return uri;
}

QString XmppUri::parameter(const QString &key) const
{
    for (const auto &[k, v] : m_parameters) {
        if (k == key) {
            return v;
        }
    }
    return {};
}

QStringList XmppUri::parameters(const QString &key) const
{
    QStringList values;
    for (const auto &[k, v] : m_parameters) {
        if (k == key) {
            values.append(v);
        }
    }
    return values;
}

QString XmppUri::unsupportedMessage() const
{
    return QCoreApplication::translate(
        "balcony::app::XmppUri", "Balcony does not support the \"%1\" action of xmpp: links yet.")
        .arg(m_actionName);
}

} // namespace balcony::app
