#include "Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace balcony {

Backoff::Backoff(RandomSource random)
    : m_random(std::move(random))
{
    if (!m_random) {
        m_random = [](qint64 upperInclusive) {
            return qint64(QRandomGenerator::global()->bounded(quint64(upperInclusive) + 1));
        };
    }
}

std::chrono::milliseconds Backoff::currentCeiling() const
{
    // Stop multiplying once the cap is reached so that long outages cannot overflow.
    qint64 ceiling = base.count();
    for (int i = 0; i < m_attempts && ceiling < cap.count(); ++i) {
        ceiling *= factor;
    }
    return std::chrono::milliseconds(std::min(ceiling, qint64(cap.count())));
}

std::chrono::milliseconds Backoff::nextDelay()
{
    const qint64 ceiling = currentCeiling().count();
    const qint64 drawn = m_random(ceiling);
    // A misbehaving random source must not produce negative or over-cap delays.
    const qint64 delay = std::clamp<qint64>(drawn, 0, ceiling);
    if (m_attempts < 64) {
        ++m_attempts;
    }
    return std::chrono::milliseconds(delay);
}

void Backoff::reset()
{
    m_attempts = 0;
}

bool Backoff::shouldRetry(ConnectionError::Kind kind)
{
    switch (kind) {
    case ConnectionError::Kind::Network:
    case ConnectionError::Kind::Tls:
    case ConnectionError::Kind::Stream:
    case ConnectionError::Kind::Binding:
    case ConnectionError::Kind::Timeout:
        return true;
    case ConnectionError::Kind::None:
    case ConnectionError::Kind::Configuration:
    case ConnectionError::Kind::Certificate:
    case ConnectionError::Kind::Authentication:
        return false;
    }
    return false;
}

bool Backoff::shouldRetry(const ConnectionError &error)
{
    if (!shouldRetry(error.kind)) {
        return false;
    }
    if (error.kind != ConnectionError::Kind::Stream) {
        return true;
    }
    switch (error.streamError.condition) {
    // §4.9.3.3: another session took over this resource; reconnecting would kick it out in turn.
    case StreamErrorCondition::Conflict:
    // §4.9.3.12, §4.9.3.6, §4.9.3.5: the account or domain is refused or no longer served here.
    case StreamErrorCondition::NotAuthorized:
    case StreamErrorCondition::HostUnknown:
    case StreamErrorCondition::HostGone:
    // The server rejects what this client sends; the next attempt would send the same.
    case StreamErrorCondition::ImproperAddressing:
    case StreamErrorCondition::InvalidFrom:
    case StreamErrorCondition::InvalidNamespace:
    case StreamErrorCondition::BadNamespacePrefix:
    case StreamErrorCondition::UnsupportedEncoding:
    case StreamErrorCondition::UnsupportedFeature:
    case StreamErrorCondition::UnsupportedVersion:
        return false;
    default:
        return true;
    }
}

bool Backoff::shouldRetry(TransportError::Kind kind)
{
    return kind != TransportError::Kind::CertificateUntrusted;
}

} // namespace balcony
