#include "Jid.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QUrl>

#include <algorithm>

namespace balcony {

namespace {

// RFC 7622 §3.1: every part is at most 1023 octets of UTF-8.
constexpr qsizetype maxPartBytes = 1023;
// RFC 1035 §2.3.4 as profiled by IDNA2008 (RFC 5890 §2.3.2.1): a label is at most 63 octets in ACE form.
constexpr qsizetype maxLabelBytes = 63;

bool fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return false;
}

// Code points we never accept in any part: unpaired surrogates (not representable in UTF-8) and the
// non-characters U+FFFE/U+FFFF, which XML forbids (XML 1.0 §2.2) and so could never be sent.
bool hasBrokenCodePoints(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate() || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF) {
            return true;
        }
    }
    return false;
}

// Fast paths for the common all-ASCII parts (every address of a typical stream): they accept only input whose
// full normalisation below is known to be plain ASCII lower-casing, and leave everything else (including
// every error) to the full path, so the results are the same.

// A localpart of printable ASCII without the excluded characters: case folding is lower-casing and NFC
// changes nothing.
bool asciiLocal(QStringView input, QString *out)
{
    if (input.isEmpty() || input.size() > maxPartBytes) {
        return false;
    }
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u >= 0x7F || u == u'"' || u == u'&' || u == u'\'' || u == u'/' || u == u':' || u == u'<'
            || u == u'>' || u == u'@') {
            return false;
        }
    }
    *out = input.toString().toLower();
    return true;
}

// A host name of LDH labels (letters, digits, inner hyphens; no "--", so no A-labels), not all digits (an
// IPv4 address) and without a trailing dot: the UTS #46 mapping lower-cases it and IDNA leaves it as it is.
bool asciiHostName(QStringView input, QString *out)
{
    if (input.isEmpty() || input.size() > maxPartBytes) {
        return false;
    }
    qsizetype labelStart = 0;
    bool onlyDigits = true;
    for (qsizetype i = 0; i <= input.size(); ++i) {
        const char16_t u = i < input.size() ? input[i].unicode() : u'.';
        if (u == u'.') {
            const qsizetype length = i - labelStart;
            if (length == 0 || length > maxLabelBytes || input[labelStart] == u'-' || input[i - 1] == u'-') {
                return false;
            }
            labelStart = i + 1;
        } else if (u == u'-') {
            if (i > 0 && input[i - 1] == u'-') {
                return false;
            }
            onlyDigits = false;
        } else if (u >= u'0' && u <= u'9') {
            continue;
        } else if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')) {
            onlyDigits = false;
        } else {
            return false;
        }
    }
    if (onlyDigits) {
        return false;
    }
    *out = input.toString().toLower();
    return true;
}

enum class Part { Local, Domain, Resource };

bool checkLength(const QString &part, Part which, QString *error)
{
    if (part.isEmpty()) {
        switch (which) {
        case Part::Local:
            return fail(error, QCoreApplication::translate("balcony", "The local part of the address is empty."));
        case Part::Domain:
            return fail(error, QCoreApplication::translate("balcony", "The domain of the address is empty."));
        case Part::Resource:
            return fail(error, QCoreApplication::translate("balcony", "The resource of the address is empty."));
        }
    }
    if (part.toUtf8().size() > maxPartBytes) {
        switch (which) {
        case Part::Local:
            return fail(error, QCoreApplication::translate("balcony", "The local part is longer than 1023 bytes."));
        case Part::Domain:
            return fail(error, QCoreApplication::translate("balcony", "The domain is longer than 1023 bytes."));
        case Part::Resource:
            return fail(error, QCoreApplication::translate("balcony", "The resource is longer than 1023 bytes."));
        }
    }
    return true;
}

// RFC 7622 §3.3 (UsernameCaseMapped profile of RFC 8265 §3.3, with the additional exclusions of §3.3.1):
// case-fold, then NFC; no spaces, controls, or the characters " & ' / : < > @.
bool normalizeLocal(QStringView input, QString *out, QString *error)
{
    if (asciiLocal(input, out)) {
        return true;
    }
    const QString folded = input.toString().toCaseFolded().normalized(QString::NormalizationForm_C);
    if (hasBrokenCodePoints(folded)) {
        return fail(error, QCoreApplication::translate("balcony", "The local part contains an invalid character."));
    }
    for (const QChar c : folded) {
        switch (c.unicode()) {
        case u'"':
        case u'&':
        case u'\'':
        case u'/':
        case u':':
        case u'<':
        case u'>':
        case u'@':
            return fail(error,
                QCoreApplication::translate("balcony", "The local part may not contain the character '%1'.").arg(c));
        default:
            break;
        }
        const auto category = c.category();
        if (c.isSpace() || category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph) {
            return fail(error,
                QCoreApplication::translate("balcony", "The local part may not contain spaces or control characters."));
        }
    }
    if (!checkLength(folded, Part::Local, error)) {
        return false;
    }
    *out = folded;
    return true;
}

// RFC 7622 §3.4 (OpaqueString profile of RFC 8265 §4.2): non-ASCII spaces become U+0020, then NFC; control
// characters are disallowed. Case is preserved.
bool normalizeResource(QStringView input, QString *out, QString *error)
{
    if (!input.isEmpty() && input.size() <= maxPartBytes
        && std::all_of(input.begin(), input.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; })) {
        // Printable ASCII is its own OpaqueString form (no spaces to map, NFC leaves it, no controls).
        *out = input.toString();
        return true;
    }
    QString mapped = input.toString();
    for (QChar &c : mapped) {
        if (c.unicode() > 0x7F && c.category() == QChar::Separator_Space) {
            c = u' ';
        }
    }
    mapped = mapped.normalized(QString::NormalizationForm_C);
    if (hasBrokenCodePoints(mapped)) {
        return fail(error, QCoreApplication::translate("balcony", "The resource contains an invalid character."));
    }
    for (const QChar c : mapped) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph) {
            return fail(
                error, QCoreApplication::translate("balcony", "The resource may not contain control characters."));
        }
    }
    if (!checkLength(mapped, Part::Resource, error)) {
        return false;
    }
    *out = mapped;
    return true;
}

// An IPv4 address in dotted-quad form (RFC 7622 §3.2 allows IP addresses as domainparts).
bool looksLikeIpv4(QStringView s)
{
    for (const QChar c : s) {
        if (c != u'.' && !(c >= u'0' && c <= u'9')) {
            return false;
        }
    }
    return true;
}

bool isValidIpv4(QStringView s)
{
    const auto parts = s.split(u'.');
    if (parts.size() != 4) {
        return false;
    }
    for (const QStringView part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (part.isEmpty() || part.size() > 3 || !ok || value > 255) {
            return false;
        }
    }
    return true;
}

// RFC 7622 §3.2: a domainpart is an IP literal, an IPv4 address, or an IDNA2008-aware domain name whose
// trailing dot is removed (§3.2.1). We keep the U-label form, lower-cased, so that the A-label and U-label
// spellings of the same domain compare equal.
bool normalizeDomain(QStringView input, QString *out, QString *error)
{
    if (asciiHostName(input, out)) {
        return true;
    }
    QString domain = input.toString();
    // The label separators of RFC 3490 §3.1 (which IDNA2008 still maps): a single trailing one is dropped.
    if (!domain.isEmpty()) {
        const char16_t last = domain.back().unicode();
        if (last == u'.' || last == 0x3002 || last == 0xFF0E || last == 0xFF61) {
            domain.chop(1);
        }
    }
    if (domain.isEmpty()) {
        return fail(error, QCoreApplication::translate("balcony", "The domain is empty."));
    }
    if (hasBrokenCodePoints(domain)) {
        return fail(error, QCoreApplication::translate("balcony", "The domain contains an invalid character."));
    }

    if (domain.startsWith(u'[')) {
        // RFC 7622 §3.2: IPv6 literals in square brackets (RFC 3986 IP-literal, without zone identifiers).
        if (!domain.endsWith(u']')) {
            return fail(
                error, QCoreApplication::translate("balcony", "The IPv6 address is missing its closing bracket."));
        }
        const QString inner = domain.mid(1, domain.size() - 2);
        QHostAddress address;
        if (inner.contains(u'%') || !address.setAddress(inner) || address.protocol() != QAbstractSocket::IPv6Protocol) {
            return fail(error, QCoreApplication::translate("balcony", "The domain is not a valid IPv6 address."));
        }
        *out = u'[' + address.toString() + u']';
        return true;
    }

    for (const QChar c : domain) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            return fail(error,
                QCoreApplication::translate("balcony", "The domain may not contain spaces or control characters."));
        }
    }

    if (looksLikeIpv4(domain)) {
        if (!isValidIpv4(domain)) {
            return fail(error, QCoreApplication::translate("balcony", "The domain is not a valid IPv4 address."));
        }
        *out = domain;
        return true;
    }

    // QUrl::toAce applies the UTS #46 mapping (which lower-cases) and IDNA encoding; it returns an empty
    // result for names that cannot be encoded (bad characters, empty labels, leading/trailing hyphens).
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty()) {
        return fail(error, QCoreApplication::translate("balcony", "The domain is not a valid domain name."));
    }
    for (const QByteArray &label : ace.split('.')) {
        if (label.isEmpty()) {
            return fail(error, QCoreApplication::translate("balcony", "The domain contains an empty label."));
        }
        if (label.size() > maxLabelBytes) {
            return fail(
                error, QCoreApplication::translate("balcony", "A label of the domain is longer than 63 bytes."));
        }
    }
    // Show every IDN in Unicode regardless of Qt's per-TLD display whitelist: this is the canonical stored
    // form, not a display decision.
    const QString unicode = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist).toLower();
    if (!checkLength(unicode, Part::Domain, error)) {
        return false;
    }
    *out = unicode;
    return true;
}

} // namespace

std::optional<Jid> Jid::parse(QStringView text, QString *error)
{
    // RFC 7622 §3.1: the resourcepart is everything after the first '/', the localpart everything before the
    // first '@' that precedes it.
    QStringView rest = text;
    QStringView resource;
    bool hasResource = false;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        resource = rest.mid(slash + 1);
        rest = rest.left(slash);
        hasResource = true;
    }
    QStringView local;
    bool hasLocal = false;
    if (const qsizetype at = rest.indexOf(u'@'); at >= 0) {
        local = rest.left(at);
        rest = rest.mid(at + 1);
        hasLocal = true;
    }
    if (hasLocal && local.isEmpty()) {
        fail(error, QCoreApplication::translate("balcony", "The local part before '@' is empty."));
        return std::nullopt;
    }
    if (hasResource && resource.isEmpty()) {
        fail(error, QCoreApplication::translate("balcony", "The resource after '/' is empty."));
        return std::nullopt;
    }
    return fromParts(local, rest, resource, error);
}

std::optional<Jid> Jid::fromParts(QStringView local, QStringView domain, QStringView resource, QString *error)
{
    Jid jid;
    if (!normalizeDomain(domain, &jid.m_domain, error)) {
        return std::nullopt;
    }
    if (!local.isEmpty() && !normalizeLocal(local, &jid.m_local, error)) {
        return std::nullopt;
    }
    if (!resource.isEmpty() && !normalizeResource(resource, &jid.m_resource, error)) {
        return std::nullopt;
    }
    return jid;
}

Jid Jid::bare() const
{
    Jid jid = *this;
    jid.m_resource.clear();
    return jid;
}

Jid Jid::withResource(const QString &resource) const
{
    if (isNull()) {
        return Jid();
    }
    Jid jid = *this;
    jid.m_resource.clear();
    if (!resource.isEmpty() && !normalizeResource(resource, &jid.m_resource, nullptr)) {
        return Jid();
    }
    return jid;
}

QString Jid::domainAce() const
{
    if (m_domain.startsWith(u'[')) {
        return m_domain;
    }
    return QString::fromLatin1(QUrl::toAce(m_domain));
}

QString Jid::toString() const
{
    QString out = bareString();
    if (!m_resource.isEmpty()) {
        out += u'/' + m_resource;
    }
    return out;
}

QString Jid::bareString() const
{
    if (m_local.isEmpty()) {
        return m_domain;
    }
    return m_local + u'@' + m_domain;
}

size_t qHash(const Jid &jid, size_t seed)
{
    return qHashMulti(seed, jid.local(), jid.domain(), jid.resource());
}

namespace {

// The code units of local '@' domain '/' resource (the separators only where toString() writes them), read as
// one sequence without concatenating.
class JidCodeUnits {
public:
    JidCodeUnits(const QString &local, const QString &domain, const QString &resource)
    {
        if (!local.isEmpty()) {
            m_parts[m_count++] = local;
            m_parts[m_count++] = u"@";
        }
        m_parts[m_count++] = domain;
        if (!resource.isEmpty()) {
            m_parts[m_count++] = u"/";
            m_parts[m_count++] = resource;
        }
        skipEmpty();
    }

    bool atEnd() const { return m_part == m_count; }
    char16_t current() const { return m_parts[m_part][m_position].unicode(); }
    void advance()
    {
        ++m_position;
        skipEmpty();
    }

private:
    void skipEmpty()
    {
        while (m_part < m_count && m_position == m_parts[m_part].size()) {
            ++m_part;
            m_position = 0;
        }
    }

    QStringView m_parts[5];
    int m_count = 0;
    int m_part = 0;
    qsizetype m_position = 0;
};

} // namespace

bool Jid::operator<(const Jid &other) const
{
    JidCodeUnits a(m_local, m_domain, m_resource);
    JidCodeUnits b(other.m_local, other.m_domain, other.m_resource);
    while (!a.atEnd() && !b.atEnd()) {
        if (a.current() != b.current()) {
            return a.current() < b.current();
        }
        a.advance();
        b.advance();
    }
    return a.atEnd() && !b.atEnd();
}

} // namespace balcony
