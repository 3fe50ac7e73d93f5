#pragma once

#include "Scram.h"
#include "core/Element.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace balcony {

// The client side of XMPP SASL negotiation (RFC 6120 §6): mechanism choice and the
// <auth/>/<challenge/>/<response/>/<success/>/<failure/> exchange with base64 payloads (§6.4.2).
class SaslClient {
public:
    // The outcome of one server element.
    struct Step {
        enum class Kind {
            Reply, // write `reply` and wait for the server
            Succeeded, // <success/>, and for SCRAM the server proved it knows the password
            Failed, // <failure/> from the server (`condition`, `text`), or a local check failed (`local`)
        };
        Kind kind = Kind::Failed;
        Element reply;
        QString condition; // RFC 6120 §6.5 condition name, e.g. "not-authorized"
        QString text; // the server's <text/>, or the local reason
        bool local = false; // we refused the exchange (bad server signature, bad challenge...)
    };

    // RFC 6120 §6.3.3: the strongest mechanism we support from what is offered: SCRAM-SHA-256, then
    // SCRAM-SHA-1, then PLAIN, which needs TLS and is never used when a SCRAM mechanism is offered
    // (a server offering SCRAM gets mutual authentication, and never sees the password). Empty if none.
    static QString chooseMechanism(const QStringList &offered, bool encrypted);
    static bool isScram(QStringView mechanism);
    // The mechanism names inside a <mechanisms/> feature element.
    static QStringList mechanismsFrom(const Element &features);

    // `username` is the simple user name (the JID localpart, RFC 6120 §6.3.8).
    SaslClient(const QString &mechanism, const QString &username, const QString &password);
    ~SaslClient();

    QString mechanism() const { return m_mechanism; }
    // The <auth/> element with the initial response.
    Element start();
    // Feeds a <challenge/>, <success/> or <failure/> (namespace urn:ietf:params:xml:ns:xmpp-sasl).
    Step handle(const Element &element);

private:
    Step localFailure(const QString &reason);

    QString m_mechanism;
    QString m_username;
    QString m_password;
    std::unique_ptr<Scram> m_scram;
    bool m_done = false;
};

} // namespace balcony
