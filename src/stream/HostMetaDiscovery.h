#pragma once

#include "ConnectionCache.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace balcony {

// XEP-0156 §3: the server's HTTP binding endpoints from its host-meta, over HTTPS only: first
// https://DOMAIN/.well-known/host-meta.json (RFC 7033 JRD), then .../host-meta (XRD). The certificate is checked
// like the XMPP stream's (the system CAs, the account's extra CAs, the user's explicit decisions, against DOMAIN).
// Bounded: each document at most MaxDocumentBytes (the download stops there), no redirects, MaxLinks links of
// each binding kept, one TimeoutMs for the whole lookup; only https:// (BOSH) and wss:// (WebSocket) links count.
//
// Results are cached through ConnectionCache (XEP-0305 §2): an answer for its HTTP freshness (Cache-Control
// max-age), clamped to [MinCacheSeconds, MaxCacheSeconds]; "no endpoints" for NegativeCacheSeconds; failures
// (network, TLS, malformed documents) are not cached.
class HostMetaDiscovery : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 MaxDocumentBytes = 64 * 1024;
    static constexpr int MaxLinks = 8;
    static constexpr int TimeoutMs = 10000;
    static constexpr qint64 MinCacheSeconds = 3600;
    static constexpr qint64 MaxCacheSeconds = 7 * 24 * 3600;
    static constexpr qint64 NegativeCacheSeconds = 3600;

    struct Result {
        bool ok = false; // false: the lookup failed (`error`)
        CachedHttpEndpoints endpoints;
        bool fromCache = false;
        int roundTrips = 0; // TCP + TLS + HTTP round trips spent (0 from the cache)
        QString error; // translated
    };

    explicit HostMetaDiscovery(QObject *parent = nullptr);
    ~HostMetaDiscovery() override;

    // `base`: where .well-known lives; empty = https://DOMAIN (tests point it at a local server). Emits finished()
    // once, never from inside start().
    void start(const QString &domain, ConnectionCache *cache, const QList<QSslCertificate> &extraCas,
        const QList<QByteArray> &trustedFingerprints, const QUrl &base = {});
    void abort();

    // The parsers, for tests: links from a JRD (JSON) or XRD document; nullopt when it is not one.
    static std::optional<CachedHttpEndpoints> parseJrd(const QByteArray &document);
    static std::optional<CachedHttpEndpoints> parseXrd(const QByteArray &document);

Q_SIGNALS:
    void finished(const balcony::HostMetaDiscovery::Result &result);

private:
    void fetch(bool json);
    void onReplyFinished(QNetworkReply *reply, bool json);
    void finish(Result result);

    QString m_domain;
    QUrl m_base;
    ConnectionCache *m_cache = nullptr;
    QList<QSslCertificate> m_extraCas;
    QList<QByteArray> m_trusted;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    int m_roundTrips = 0;
    QString m_jsonError;
    quint64 m_generation = 0;
};

} // namespace balcony
