#include "TlsSessionCache.h"

#include "CertificateTrust.h"
#include "crypto/OpenSslErrors.h"

#include <QCryptographicHash>
#include <QMutexLocker>

#include <openssl/ssl.h>

#include <algorithm>
#include <memory>

namespace balcony {

namespace {

struct SessionFree {
    void operator()(SSL_SESSION *session) const { SSL_SESSION_free(session); }
};
using SessionPtr = std::unique_ptr<SSL_SESSION, SessionFree>;

SessionPtr parse(const QByteArray &der)
{
    const crypto::ErrorQueueGuard errorQueueGuard;
    if (der.isEmpty()) {
        return nullptr;
    }
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return SessionPtr(d2i_SSL_SESSION(nullptr, &data, long(der.size())));
}

QByteArray secretOf(const SSL_SESSION *session)
{
    const size_t length = SSL_SESSION_get_master_key(session, nullptr, 0);
    QByteArray secret(qsizetype(length), '\0');
    SSL_SESSION_get_master_key(session, reinterpret_cast<unsigned char *>(secret.data()), length);
    return secret;
}

} // namespace

TlsSessionCache &TlsSessionCache::instance()
{
    static TlsSessionCache cache;
    return cache;
}

QByteArray TlsSessionCache::key(const QString &domain, const QString &host, quint16 port,
    const QList<QSslCertificate> &extraCaCertificates, const QList<QByteArray> &trustedFingerprints)
{
    // Sorted so that the order the settings list them in does not matter.
    QList<QByteArray> cas;
    for (const QSslCertificate &ca : extraCaCertificates) {
        cas.append(ca.digest(QCryptographicHash::Sha256));
    }
    std::sort(cas.begin(), cas.end());
    QList<QByteArray> fingerprints;
    for (const QByteArray &fingerprint : trustedFingerprints) {
        fingerprints.append(CertificateTrust::normalizedFingerprint(fingerprint));
    }
    std::sort(fingerprints.begin(), fingerprints.end());

    QCryptographicHash trust(QCryptographicHash::Sha256);
    for (const QByteArray &ca : std::as_const(cas)) {
        trust.addData(ca);
    }
    trust.addData(QByteArrayView("|"));
    for (const QByteArray &fingerprint : std::as_const(fingerprints)) {
        trust.addData(fingerprint);
        trust.addData(QByteArrayView(","));
    }
    return domain.toLower().toUtf8() + '|' + host.toLower().toUtf8() + '|' + QByteArray::number(port) + '|'
        + trust.result().toHex();
}

QByteArray TlsSessionCache::session(const QByteArray &key) const
{
    const QMutexLocker lock(&m_mutex);
    return m_sessions.value(key);
}

bool TlsSessionCache::store(const QByteArray &key, const QByteArray &session)
{
    if (!isResumable(session)) {
        return false;
    }
    const QMutexLocker lock(&m_mutex);
    m_order.removeOne(key);
    m_order.append(key);
    m_sessions.insert(key, session);
    while (m_order.size() > MaxEntries) {
        m_sessions.remove(m_order.takeFirst());
    }
    return true;
}

void TlsSessionCache::remove(const QByteArray &key)
{
    const QMutexLocker lock(&m_mutex);
    m_order.removeOne(key);
    m_sessions.remove(key);
}

void TlsSessionCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_order.clear();
    m_sessions.clear();
}

qsizetype TlsSessionCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return m_sessions.size();
}

bool TlsSessionCache::isResumption(const QByteArray &offered, const QByteArray &negotiated)
{
    const SessionPtr before = parse(offered);
    const SessionPtr after = parse(negotiated);
    if (!before || !after) {
        return false;
    }
    // TLS 1.2: a resumed session keeps its master secret (RFC 5246 §7.3, RFC 5077 §3.1); TLS 1.3: the
    // offered session (holding the PSK) stays the connection's session until a new ticket arrives. A
    // full handshake in either version creates a new session with a fresh secret.
    const QByteArray secret = secretOf(before.get());
    return !secret.isEmpty() && secret == secretOf(after.get());
}

bool TlsSessionCache::isResumable(const QByteArray &session)
{
    const SessionPtr parsed = parse(session);
    return parsed && SSL_SESSION_is_resumable(parsed.get()) == 1;
}

} // namespace balcony
