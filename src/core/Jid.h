#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace balcony {

// An XMPP address (RFC 7622): [localpart@]domainpart[/resourcepart].
// Construction validates and normalises: the domain is case-folded and IDN labels are converted to their
// Unicode form (U-labels), trailing dot removed; the localpart is case-folded (UsernameCaseMapped profile:
// NFC + lowercase) and may not contain the characters " & ' / : < > @ or spaces; the resourcepart is kept
// as written (OpaqueString, NFC). Each part is 1..1023 bytes of UTF-8.
class Jid {
public:
    Jid() = default;

    // nullopt when the string is not a valid JID; `error` (if given) says why, in English.
    static std::optional<Jid> parse(QStringView text, QString *error = nullptr);
    // Builds from parts; nullopt if any part is invalid.
    static std::optional<Jid> fromParts(
        QStringView local, QStringView domain, QStringView resource = {}, QString *error = nullptr);

    bool isNull() const { return m_domain.isEmpty(); }
    bool isBare() const { return m_resource.isEmpty(); }
    bool isDomain() const { return m_local.isEmpty() && m_resource.isEmpty(); }

    const QString &local() const { return m_local; }
    const QString &domain() const { return m_domain; }
    const QString &resource() const { return m_resource; }

    Jid bare() const;
    Jid withResource(const QString &resource) const; // null Jid if the resource is invalid
    // The domain in ASCII (A-labels) for DNS and TLS name checks.
    QString domainAce() const;

    QString toString() const;
    QString bareString() const;

    bool operator==(const Jid &) const = default;
    // Orders exactly as toString() < other.toString() (UTF-16 code units), without building the strings:
    // roster and conversation lists sort thousands of JIDs.
    bool operator<(const Jid &other) const;

private:
    QString m_local;
    QString m_domain;
    QString m_resource;
};

size_t qHash(const Jid &jid, size_t seed = 0);

} // namespace balcony

Q_DECLARE_METATYPE(balcony::Jid)
