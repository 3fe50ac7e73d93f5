#include "BindingTransport.h"

#include "BoshTransport.h"
#include "TcpTransport.h"
#include "WebSocketTransport.h"

namespace balcony {

BindingTransport::BindingTransport(QObject *parent)
    : Transport(parent)
{
}

BindingTransport::~BindingTransport()
{
    if (m_current) {
        m_current->disconnect(this);
    }
}

void BindingTransport::connectToServer(const TransportTarget &target)
{
    if (!m_current || m_binding != target.binding) {
        if (m_current) {
            m_current->disconnect(this);
            m_current->abort();
        }
        m_binding = target.binding;
        if (target.binding == TransportBinding::WebSocket) {
            m_current = std::make_unique<WebSocketTransport>();
        } else if (target.binding == TransportBinding::Bosh) {
            m_current = std::make_unique<BoshTransport>();
        } else {
            m_current = std::make_unique<TcpTransport>();
        }
        Transport *t = m_current.get();
        connect(t, &Transport::connected, this, &Transport::connected);
        connect(t, &Transport::encrypted, this, &Transport::encrypted);
        connect(t, &Transport::dataReceived, this, &Transport::dataReceived);
        connect(t, &Transport::disconnected, this, &Transport::disconnected);
        connect(t, &Transport::errorOccurred, this, &Transport::errorOccurred);
        t->setReadingPaused(m_paused);
    }
    m_current->connectToServer(target);
}

void BindingTransport::startTls()
{
    if (m_current) {
        m_current->startTls();
    }
}

void BindingTransport::write(const QByteArray &bytes)
{
    if (m_current) {
        m_current->write(bytes);
    }
}

void BindingTransport::disconnectFromServer()
{
    if (m_current) {
        m_current->disconnectFromServer();
    }
}

void BindingTransport::abort()
{
    if (m_current) {
        m_current->abort();
    }
}

bool BindingTransport::isEncrypted() const
{
    return m_current && m_current->isEncrypted();
}

TlsInfo BindingTransport::tlsInfo() const
{
    return m_current ? m_current->tlsInfo() : TlsInfo();
}

QString BindingTransport::peerDescription() const
{
    return m_current ? m_current->peerDescription() : QString();
}

bool BindingTransport::isDirectTls() const
{
    return m_current && m_current->isDirectTls();
}

bool BindingTransport::supportsEarlyTls() const
{
    return m_current && m_current->supportsEarlyTls();
}

bool BindingTransport::usedDnsCache() const
{
    return m_current && m_current->usedDnsCache();
}

void BindingTransport::setReadingPaused(bool paused)
{
    m_paused = paused;
    if (m_current) {
        m_current->setReadingPaused(paused);
    }
}

void BindingTransport::prepareForSleep()
{
    if (m_current) {
        m_current->prepareForSleep();
    }
}

void BindingTransport::wake()
{
    if (m_current) {
        m_current->wake();
    }
}

QString BindingTransport::bindingName() const
{
    return m_current ? m_current->bindingName() : Transport::bindingName();
}

int BindingTransport::setupRoundTrips() const
{
    return m_current ? m_current->setupRoundTrips() : 0;
}

int BindingTransport::httpRequests() const
{
    return m_current ? m_current->httpRequests() : 0;
}

} // namespace balcony
