#include "HostMetaDiscovery.h"

#include "CertificateTrust.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

constexpr auto BoshRel = u"urn:xmpp:alt-connections:xbosh";
constexpr auto WebSocketRel = u"urn:xmpp:alt-connections:websocket";
constexpr auto XrdNs = u"http://docs.oasis-open.org/ns/xri/xrd-1.0";

// Adds `href` to the list its `rel` names, if it is an absolute URL of the binding's secure scheme.
void addLink(CachedHttpEndpoints &endpoints, QStringView rel, const QString &href)
{
    const bool bosh = rel == BoshRel;
    if (!bosh && rel != WebSocketRel) {
        return;
    }
    const QUrl url(href, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()
        || url.scheme() != (bosh ? u"https"_s : u"wss"_s)) {
        return;
    }
    QList<QUrl> &list = bosh ? endpoints.bosh : endpoints.websocket;
    if (list.size() < HostMetaDiscovery::MaxLinks && !list.contains(url)) {
        list.append(url);
    }
}

} // namespace

HostMetaDiscovery::HostMetaDiscovery(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        abort();
        Result result;
        result.error = tr("The server's connection endpoints (host-meta) did not arrive in time.");
        finish(result);
    });
}

HostMetaDiscovery::~HostMetaDiscovery()
{
    abort();
}

void HostMetaDiscovery::abort()
{
    ++m_generation;
    m_timer.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HostMetaDiscovery::start(const QString &domain, ConnectionCache *cache, const QList<QSslCertificate> &extraCas,
    const QList<QByteArray> &trustedFingerprints, const QUrl &base)
{
    abort();
    m_domain = domain;
    m_base = base.isEmpty() ? QUrl(u"https://"_s + domain) : base;
    m_cache = cache;
    m_extraCas = extraCas;
    m_trusted = trustedFingerprints;
    m_roundTrips = 0;
    m_jsonError.clear();
    if (m_cache) {
        if (const auto cached = m_cache->httpEndpoints(domain);
            cached && cached->isFresh(QDateTime::currentDateTimeUtc())) {
            Result result;
            result.ok = true;
            result.fromCache = true;
            result.endpoints = *cached;
            const quint64 generation = m_generation;
            QMetaObject::invokeMethod(
                this,
                [this, generation, result] {
                    if (generation == m_generation) {
                        finish(result);
                    }
                },
                Qt::QueuedConnection);
            return;
        }
    }
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    m_timer.start(TimeoutMs);
    fetch(true);
}

void HostMetaDiscovery::fetch(bool json)
{
    QUrl url = m_base;
    url.setPath(json ? u"/.well-known/host-meta.json"_s : u"/.well-known/host-meta"_s);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", json ? "application/json" : "application/xrd+xml");
    request.setMaximumRedirectsAllowed(0);
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    // A new connection costs TCP + TLS + the request; a second request on it only the request.
    m_roundTrips += m_roundTrips == 0 ? 3 : 1;
    const QString host = url.host();
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply, host](const QList<QSslError> &errors) {
        if (CertificateTrust::acceptedByAccount(
                errors, reply->sslConfiguration().peerCertificateChain(), host, m_extraCas, m_trusted)) {
            reply->ignoreSslErrors(errors);
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > MaxDocumentBytes && reply == m_reply) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, json] { onReplyFinished(reply, json); });
}

void HostMetaDiscovery::onReplyFinished(QNetworkReply *reply, bool json)
{
    reply->deleteLater();
    if (reply != m_reply) {
        return;
    }
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error;
    std::optional<CachedHttpEndpoints> parsed;
    if (reply->property("tooLarge").toBool()) {
        error = tr("The server's host-meta document is larger than %1 KiB.").arg(MaxDocumentBytes / 1024);
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        // A certificate nobody vouches for: no fallback to the other document, the same server answers both.
        abort();
        Result result;
        result.error = tr("The server's certificate for %1 is not trusted (host-meta discovery).").arg(m_domain);
        finish(result);
        return;
    } else if (reply->error() != QNetworkReply::NoError && status == 0) {
        error = tr("The server's host-meta could not be fetched: %1").arg(reply->errorString());
    } else if (status != 200) {
        error = tr("The server answered host-meta with HTTP status %1.").arg(status);
    } else {
        const QByteArray body = reply->read(MaxDocumentBytes + 1);
        if (body.size() > MaxDocumentBytes) {
            error = tr("The server's host-meta document is larger than %1 KiB.").arg(MaxDocumentBytes / 1024);
        } else {
            parsed = json ? parseJrd(body) : parseXrd(body);
            if (!parsed) {
                error = json ? tr("The server's host-meta.json is not a JSON resource descriptor.")
                             : tr("The server's host-meta is not an XRD document.");
            }
        }
    }
    if (!parsed) {
        if (json) {
            m_jsonError = error;
            fetch(false); // XEP-0156 §3: the XRD form is the one every server must offer
            return;
        }
        m_timer.stop();
        Result result;
        result.error = error;
        result.roundTrips = m_roundTrips;
        finish(result);
        return;
    }
    m_timer.stop();
    const bool none = parsed->bosh.isEmpty() && parsed->websocket.isEmpty();
    qint64 seconds = none ? NegativeCacheSeconds : MaxCacheSeconds;
    if (!none) {
        static const QRegularExpression maxAge(u"max-age\\s*=\\s*(\\d{1,10})"_s);
        const QString cacheControl = QString::fromLatin1(reply->rawHeader("Cache-Control"));
        if (const auto match = maxAge.match(cacheControl); match.hasMatch()) {
            seconds = std::clamp(match.captured(1).toLongLong(), MinCacheSeconds, MaxCacheSeconds);
        } else if (cacheControl.contains(u"no-store"_s) || cacheControl.contains(u"no-cache"_s)) {
            seconds = 0;
        }
    }
    parsed->expires = QDateTime::currentDateTimeUtc().addSecs(seconds);
    if (m_cache && seconds > 0) {
        m_cache->storeHttpEndpoints(m_domain, *parsed);
    }
    Result result;
    result.ok = true;
    result.endpoints = *parsed;
    result.roundTrips = m_roundTrips;
    finish(result);
}

void HostMetaDiscovery::finish(Result result)
{
    if (result.roundTrips == 0) {
        result.roundTrips = m_roundTrips;
    }
    Q_EMIT finished(result);
}

std::optional<CachedHttpEndpoints> HostMetaDiscovery::parseJrd(const QByteArray &document)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(document, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        return std::nullopt;
    }
    const QJsonValue links = json.object().value(u"links"_s);
    if (!links.isUndefined() && !links.isArray()) {
        return std::nullopt;
    }
    CachedHttpEndpoints endpoints;
    const QJsonArray array = links.toArray();
    for (const QJsonValue &link : array) {
        const QJsonObject object = link.toObject();
        addLink(endpoints, object.value(u"rel"_s).toString(), object.value(u"href"_s).toString());
    }
    return endpoints;
}

std::optional<CachedHttpEndpoints> HostMetaDiscovery::parseXrd(const QByteArray &document)
{
    QXmlStreamReader reader(document);
    reader.setEntityExpansionLimit(0);
    CachedHttpEndpoints endpoints;
    int depth = 0;
    bool root = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            return std::nullopt; // no DTDs, no entities beyond the predefined ones
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth > 8) {
                return std::nullopt;
            }
            if (depth == 1) {
                if (reader.name() != u"XRD" || reader.namespaceUri() != XrdNs) {
                    return std::nullopt;
                }
                root = true;
            } else if (depth == 2 && reader.name() == u"Link" && reader.namespaceUri() == XrdNs) {
                const QXmlStreamAttributes attributes = reader.attributes();
                addLink(endpoints, attributes.value(u"rel"_s), attributes.value(u"href"_s).toString());
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    if (reader.hasError() || !root) {
        return std::nullopt;
    }
    return endpoints;
}

} // namespace balcony
