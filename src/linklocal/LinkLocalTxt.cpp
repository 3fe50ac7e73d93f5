#include "linklocal/LinkLocalTxt.h"

#include "core/Jid.h"
#include "stream/Utf8Validator.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace balcony::linklocal {

namespace {

// `value` as UTF-8, cut to at most `room` bytes without splitting a character.
QByteArray boundedUtf8(const QString &value, int room)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.size() <= room) {
        return bytes;
    }
    qsizetype end = room;
    while (end > 0 && (static_cast<unsigned char>(bytes.at(end)) & 0xC0) == 0x80) {
        --end; // bytes[end] continues a character: cut before the character it belongs to
    }
    bytes.truncate(end);
    return bytes;
}

void append(QList<QByteArray> &txt, const char *key, const QString &value)
{
    if (value.isEmpty()) {
        return;
    }
    QByteArray item(key);
    item += '=';
    item += boundedUtf8(value, maxTxtStringBytes - int(item.size()));
    txt.append(item);
}

bool isValidUtf8(const QByteArray &bytes)
{
    Utf8Validator validator;
    return validator.validate(bytes.constData(), bytes.size()) == bytes.size() && !validator.hasFailed()
        && validator.completeBytes() == bytes.size();
}

// RFC 6763 §6.4: a key is printable US-ASCII (0x20-0x7E) without '=', at least one character.
bool isValidKey(const QByteArray &key)
{
    if (key.isEmpty()) {
        return false;
    }
    for (const char c : key) {
        if (c < 0x20 || c > 0x7E) {
            return false;
        }
    }
    return true;
}

// XEP-0115 §5.1: the hash function's IANA name, and a base64 verification string.
bool isPlausibleCaps(const QString &hash, const QString &ver)
{
    static const QStringList known { u"sha-1"_s, u"sha-224"_s, u"sha-256"_s, u"sha-384"_s, u"sha-512"_s };
    if (!known.contains(hash) || ver.isEmpty() || ver.size() > 128) {
        return false;
    }
    for (const QChar c : ver) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'+' && c != u'/' && c != u'=') {
            return false;
        }
    }
    return true;
}

} // namespace

QString statusToken(LinkLocalPresence::Status status)
{
    switch (status) {
    case LinkLocalPresence::Status::Away:
        return u"away"_s;
    case LinkLocalPresence::Status::Dnd:
        return u"dnd"_s;
    case LinkLocalPresence::Status::Available:
        break;
    }
    return u"avail"_s;
}

QList<QByteArray> encodeTxt(const LinkLocalPresence &presence)
{
    QList<QByteArray> txt;
    txt.append(QByteArrayLiteral("txtvers=1"));
    append(txt, "1st", presence.firstName);
    append(txt, "email", presence.email);
    if (!presence.capsHash.isEmpty() && !presence.capsVer.isEmpty()) {
        append(txt, "hash", presence.capsHash);
    }
    append(txt, "jid", presence.jid);
    append(txt, "last", presence.lastName);
    append(txt, "msg", presence.message);
    append(txt, "nick", presence.nick);
    if (!presence.capsHash.isEmpty() && !presence.capsVer.isEmpty()) {
        append(txt, "node", presence.capsNode);
    }
    if (presence.p2pjPort != 0) {
        append(txt, "port.p2pj", QString::number(presence.p2pjPort));
    }
    append(txt, "status", statusToken(presence.status));
    if (!presence.capsHash.isEmpty() && !presence.capsVer.isEmpty()) {
        append(txt, "ver", presence.capsVer);
    }
    return txt;
}

std::optional<LinkLocalPresence> parseTxt(const QList<QByteArray> &txt, QString *reason)
{
    const auto fail = [reason](const QString &why) {
        if (reason) {
            *reason = why;
        }
        return std::optional<LinkLocalPresence>();
    };
    if (txt.size() > maxTxtStrings) {
        return fail(u"%1 TXT strings (at most %2)"_s.arg(txt.size()).arg(maxTxtStrings));
    }
    QHash<QByteArray, QString> values;
    qsizetype total = 0;
    for (const QByteArray &item : txt) {
        if (item.size() > maxTxtStringBytes) {
            return fail(u"a TXT string of %1 bytes (at most %2)"_s.arg(item.size()).arg(maxTxtStringBytes));
        }
        total += item.size() + 1; // the length byte
        if (total > maxTxtRecordBytes) {
            return fail(u"a TXT record of more than %1 bytes"_s.arg(maxTxtRecordBytes));
        }
        if (item.isEmpty()) {
            continue; // RFC 6763 §6.1: an empty record is a single empty string
        }
        const qsizetype eq = item.indexOf('=');
        const QByteArray key = (eq < 0 ? item : item.left(eq)).toLower();
        if (!isValidKey(key)) {
            return fail(u"a TXT string with an empty or non-ASCII key"_s);
        }
        const QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1);
        if (!isValidUtf8(value)) {
            return fail(u"the value of \"%1\" is not UTF-8"_s.arg(QString::fromLatin1(key)));
        }
        if (!values.contains(key)) {
            values.insert(key, QString::fromUtf8(value));
        }
    }
    LinkLocalPresence presence;
    if (const auto it = values.constFind("txtvers"); it != values.cend() && *it != u"1"_s) {
        return fail(u"txtvers \"%1\" (only 1 is defined)"_s.arg(*it));
    }
    if (const auto it = values.constFind("status"); it != values.cend()) {
        if (*it == u"avail"_s) {
            presence.status = LinkLocalPresence::Status::Available;
        } else if (*it == u"away"_s) {
            presence.status = LinkLocalPresence::Status::Away;
        } else if (*it == u"dnd"_s) {
            presence.status = LinkLocalPresence::Status::Dnd;
        } else {
            return fail(u"status \"%1\" (avail, away or dnd)"_s.arg(*it));
        }
    }
    if (const auto it = values.constFind("port.p2pj"); it != values.cend()) {
        bool ok = false;
        const uint port = it->toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            return fail(u"port.p2pj \"%1\" is not a port"_s.arg(*it));
        }
        presence.p2pjPort = quint16(port);
    }
    if (const auto it = values.constFind("jid"); it != values.cend() && !it->isEmpty()) {
        QString error;
        const std::optional<Jid> jid = Jid::parse(*it, &error);
        if (!jid) {
            return fail(u"jid \"%1\": %2"_s.arg(*it, error));
        }
        presence.jid = jid->bareString();
    }
    const QString hash = values.value("hash");
    const QString ver = values.value("ver");
    if (!hash.isEmpty() || !ver.isEmpty()) {
        if (!isPlausibleCaps(hash, ver)) {
            return fail(u"entity caps hash \"%1\" ver \"%2\""_s.arg(hash, ver));
        }
        presence.capsHash = hash;
        presence.capsVer = ver;
        presence.capsNode = values.value("node");
    }
    presence.firstName = values.value("1st");
    presence.lastName = values.value("last");
    presence.nick = values.value("nick");
    presence.email = values.value("email");
    presence.message = values.value("msg");
    return presence;
}

} // namespace balcony::linklocal
