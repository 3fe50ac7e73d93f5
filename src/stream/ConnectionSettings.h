#pragma once

#include "ConnectionCache.h"
#include "Transport.h"
#include "XmlStreamParser.h"
#include "core/Jid.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace balcony {

struct ConnectionSettings {
    // What the stream is for.
    enum class Purpose {
        Session, // authenticate (SASL) and bind: the account's session
        // XEP-0077 §3.1 in-band registration: the stream stops after TLS (verified by the same rules,
        // recorded certificate trust included) and before SASL; the Connection becomes Connected without a
        // bound JID and carries IQs to and from the server only. Needs no password; never reconnects.
        Registration,
    };
    Purpose purpose = Purpose::Session;
    Jid jid; // the account; a resource in it is the requested resource
    QString password;
    QString host; // override: connect here instead of SRV (certificate still checked against the domain)
    quint16 port = 0;
    bool directTls = false; // XEP-0368 with an explicit host/port
    QList<QSslCertificate> extraCaCertificates;
    QList<QByteArray> trustedFingerprints; // SHA-256 hex of certificates the user explicitly accepted
    bool autoReconnect = true;
    int connectTimeoutMs = 30000; // from connectToServer() to a bound session
    int iqTimeoutMs = 30000;
    // SASL mechanism to start with before the features arrive (pipelining); empty = wait for features.
    // Set from what the server offered last time; a wrong guess costs one round trip, never security.
    QString preferredMechanism = QStringLiteral("SCRAM-SHA-1");
    XmlStreamParser::Limits parserLimits;
    // DNS results and server profiles from earlier connects (XEP-0305 §2); not owned, may be null.
    ConnectionCache *cache = nullptr;
    // XEP-0198: enable stream management (with resumption) when the server offers it.
    bool streamManagement = true;
    // The binding (TCP, or the HTTP bindings BOSH and WebSocket) and their endpoints: an empty URL means
    // XEP-0156 discovery on the JID's domain; `host`/`port` apply to TCP only.
    TransportBinding binding = TransportBinding::Tcp;
    QUrl boshUrl; // https://...
    QUrl websocketUrl; // wss://...
};

} // namespace balcony
