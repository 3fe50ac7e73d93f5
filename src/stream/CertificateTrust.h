#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace balcony {

// The user's explicit, recorded decisions to trust one specific certificate for one domain (for servers
// with self-signed or otherwise unverifiable certificates). Nothing is ever trusted implicitly: an entry
// exists only after trust() was called for it. Entries are SHA-256 fingerprints of the DER certificate,
// kept per domain in `profileDir/trusted-certificates.json` (written atomically, mode 0600).
//
// A missing file means "no decisions"; an unreadable or corrupt file is treated the same (nothing is
// trusted), reported through errorString(), and moved aside to `.corrupt` before the next write.
class CertificateTrust {
public:
    explicit CertificateTrust(const QString &profileDir);

    QString filePath() const { return m_path; }
    // Re-reads the file. Returns false if it exists but cannot be read or parsed.
    bool reload();
    // Empty if the last load or save went well.
    QString errorString() const { return m_error; }

    // Records the decision and saves. Returns false (and keeps nothing) if the file cannot be written.
    bool trust(const QString &domain, const QSslCertificate &certificate);
    bool trustFingerprint(const QString &domain, const QByteArray &fingerprint);
    // `fingerprint` in hex, with or without colons, any case.
    bool isTrusted(const QString &domain, const QByteArray &fingerprint) const;
    // Lower-case hex fingerprints, in the order they were trusted.
    QList<QByteArray> fingerprints(const QString &domain) const;
    // Removes one decision and saves. Returns false if there was none or the file cannot be written.
    bool revoke(const QString &domain, const QByteArray &fingerprint);

    // SHA-256 of the DER encoding, lower-case hex without separators (what TransportError carries and
    // what TransportTarget::trustedFingerprints expects).
    static QByteArray fingerprint(const QSslCertificate &certificate);
    // "ab:cd:ef:..." for showing to the user; accepts hex with or without colons.
    static QString displayFingerprint(const QByteArray &fingerprint);
    // Lower-case hex without separators, or empty if `fingerprint` is not a SHA-256 hex string.
    static QByteArray normalizedFingerprint(const QByteArray &fingerprint);

    // The account's own rules for a TLS peer that Qt's verification refused with `errors` (used for the XMPP
    // stream and for the HTTPS of file transfers alike): accepted when the only complaint is a missing path to
    // a system CA and `chain` has a complete path (RFC 5280 §6, serverAuth, `hostName` per RFC 6125 §6) to one
    // of `extraCas`, or when the leaf certificate (the chain's first, else the one an error names) is exactly
    // one the user trusted by fingerprint (`trustedFingerprints`, any format normalizedFingerprint() takes).
    static bool acceptedByAccount(const QList<QSslError> &errors, const QList<QSslCertificate> &chain,
        const QString &hostName, const QList<QSslCertificate> &extraCas, const QList<QByteArray> &trustedFingerprints);

private:
    static QString normalizedDomain(const QString &domain);
    bool save();

    QString m_dir;
    QString m_path;
    QString m_error;
    bool m_corruptOnDisk = false;
    QHash<QString, QList<QByteArray>> m_trusted;
};

} // namespace balcony
