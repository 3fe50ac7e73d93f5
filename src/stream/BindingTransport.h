#pragma once

#include "Transport.h"

#include <memory>

namespace balcony {

// The Transport a Connection gets by default: at each connectToServer() it uses the one TransportTarget::binding
// names (TcpTransport, BoshTransport, WebSocketTransport), made when the binding changes, and passes its signals on.
// Everything above sees one transport whatever the account's binding.
class BindingTransport : public Transport {
    Q_OBJECT
public:
    explicit BindingTransport(QObject *parent = nullptr);
    ~BindingTransport() override;

    void connectToServer(const TransportTarget &target) override;
    void startTls() override;
    void write(const QByteArray &bytes) override;
    void disconnectFromServer() override;
    void abort() override;
    bool isEncrypted() const override;
    TlsInfo tlsInfo() const override;
    QString peerDescription() const override;
    bool isDirectTls() const override;
    bool supportsEarlyTls() const override;
    bool usedDnsCache() const override;
    void setReadingPaused(bool paused) override;
    QString bindingName() const override;
    int setupRoundTrips() const override;
    int httpRequests() const override;
    void prepareForSleep() override;
    void wake() override;

    // The transport in use (null before the first connect).
    Transport *current() const { return m_current.get(); }

private:
    std::unique_ptr<Transport> m_current;
    TransportBinding m_binding = TransportBinding::Tcp;
    bool m_paused = false;
};

} // namespace balcony
