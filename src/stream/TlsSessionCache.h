#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSslCertificate>
#include <QString>

namespace balcony {

// TLS session resumption (RFC 5077 session tickets for TLS 1.2, RFC 8446 §2.2 PSK tickets for TLS 1.3):
// the sessions a server gave us, as Qt serializes them (QSslConfiguration::sessionTicket(), the DER of
// OpenSSL's SSL_SESSION), offered again on the next connect to the same server so that the handshake
// skips the certificate exchange and the key agreement's first round trip (XEP-0305 §7).
//
// Per process and in memory only, deliberately NOT written to disk: a serialized session contains the
// resumption secret (the TLS 1.2 master secret or the TLS 1.3 PSK). Whoever holds it can decrypt TLS 1.2
// resumptions recorded on the wire and resume the session as us. A client restart costing one full
// handshake is a small price for never putting that secret at rest.
//
// Keyed by the JID domain (the name the certificate was verified against), the host and port actually
// connected to, and the trust settings in force (extra CAs, accepted fingerprints): a resumed handshake
// carries no certificate, so a session is only offered where the same verification would apply again.
class TlsSessionCache {
public:
    static constexpr qsizetype MaxEntries = 64;

    static TlsSessionCache &instance();

    static QByteArray key(const QString &domain, const QString &host, quint16 port,
        const QList<QSslCertificate> &extraCaCertificates, const QList<QByteArray> &trustedFingerprints);

    QByteArray session(const QByteArray &key) const;
    // Keeps `session` if OpenSSL considers it resumable (it carries a ticket or a session id); returns
    // whether it was kept.
    bool store(const QByteArray &key, const QByteArray &session);
    void remove(const QByteArray &key);
    void clear();
    qsizetype size() const;

    // Whether the handshake that produced `negotiated` (sessionTicket() right after encrypted()) resumed
    // `offered`: a resumed handshake keeps the offered session and its secret, a full handshake makes a
    // new one. Qt 6.4 has no public accessor for SSL_session_reused(), so the secrets are compared.
    static bool isResumption(const QByteArray &offered, const QByteArray &negotiated);
    static bool isResumable(const QByteArray &session);

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, QByteArray> m_sessions;
    QList<QByteArray> m_order; // oldest first, for eviction beyond MaxEntries
};

} // namespace balcony
