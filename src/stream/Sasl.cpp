#include "Sasl.h"

#include "core/StreamHeader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

Element saslElement(const QString &name, const QByteArray &data, bool emptyAsEquals)
{
    Element e(name, QString::fromUtf16(ns::sasl));
    if (!data.isEmpty()) {
        e.setText(QString::fromLatin1(data.toBase64()));
    } else if (emptyAsEquals) {
        // RFC 6120 §6.4.2: a zero-length initial response is sent as a single '='.
        e.setText(u"="_s);
    }
    return e;
}

// nullopt for invalid base64 (RFC 6120 §6.4.2: the receiver must fail with incorrect-encoding).
std::optional<QByteArray> decodePayload(const Element &e)
{
    const QString text = e.text().trimmed();
    if (text.isEmpty() || text == u"=") {
        return QByteArray();
    }
    auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return decoded.decoded;
}

} // namespace

QString SaslClient::chooseMechanism(const QStringList &offered, bool encrypted)
{
    for (const auto &name : { u"SCRAM-SHA-256"_s, u"SCRAM-SHA-1"_s }) {
        if (offered.contains(name)) {
            return name;
        }
    }
    // PLAIN sends the password itself: only inside TLS (RFC 6120 §13.8), and only when the server cannot do
    // better.
    if (encrypted && offered.contains(u"PLAIN"_s)) {
        return u"PLAIN"_s;
    }
    return {};
}

bool SaslClient::isScram(QStringView mechanism)
{
    return Scram::hashForMechanism(mechanism).has_value();
}

QStringList SaslClient::mechanismsFrom(const Element &features)
{
    QStringList out;
    const Element mechanisms = features.firstChild(u"mechanisms", ns::sasl);
    for (const Element &m : mechanisms.children(u"mechanism", ns::sasl)) {
        out.append(m.text().trimmed());
    }
    return out;
}

SaslClient::SaslClient(const QString &mechanism, const QString &username, const QString &password)
    : m_mechanism(mechanism)
    , m_username(username)
    , m_password(password)
{
    if (const auto hash = Scram::hashForMechanism(mechanism)) {
        m_scram = std::make_unique<Scram>(*hash, username, password);
    }
}

SaslClient::~SaslClient() = default;

Element SaslClient::start()
{
    Element auth = [this] {
        if (m_scram) {
            return saslElement(u"auth"_s, m_scram->clientFirst(), true);
        }
        // RFC 4616: [authzid] NUL authcid NUL passwd, with no authzid (act as ourselves).
        const QByteArray plain = '\0' + m_username.toUtf8() + '\0' + m_password.toUtf8();
        return saslElement(u"auth"_s, plain, true);
    }();
    auth.setAttribute(u"mechanism"_s, m_mechanism);
    return auth;
}

SaslClient::Step SaslClient::localFailure(const QString &reason)
{
    m_done = true;
    Step step;
    step.kind = Step::Kind::Failed;
    step.local = true;
    step.text = reason;
    return step;
}

SaslClient::Step SaslClient::handle(const Element &element)
{
    if (m_done) {
        return localFailure(u"SASL element after the end of the exchange"_s);
    }
    const QString name = element.name();
    if (name == u"failure") {
        m_done = true;
        Step step;
        step.kind = Step::Kind::Failed;
        for (const Element &child : element.childElements()) {
            if (child.name() == u"text") {
                step.text = child.text();
            } else if (step.condition.isEmpty()) {
                step.condition = child.name();
            }
        }
        if (step.condition.isEmpty()) {
            step.condition = u"not-authorized"_s; // §6.5: a failure without condition is still a failure
        }
        return step;
    }
    const auto data = decodePayload(element);
    if (!data) {
        return localFailure(u"the server sent invalid base64"_s);
    }
    if (name == u"challenge") {
        if (!m_scram) {
            return localFailure(u"unexpected challenge for PLAIN"_s);
        }
        if (m_scram->awaitingServerFirst()) {
            const auto final = m_scram->clientFinal(*data);
            if (!final) {
                return localFailure(m_scram->error());
            }
            Step step;
            step.kind = Step::Kind::Reply;
            step.reply = saslElement(u"response"_s, *final, false);
            return step;
        }
        // Some servers send server-final as a challenge and expect an empty response before <success/>
        // (RFC 6120 §6.3.10 allows both forms).
        if (!m_scram->verifyServerFinal(*data)) {
            return localFailure(m_scram->error());
        }
        Step step;
        step.kind = Step::Kind::Reply;
        step.reply = saslElement(u"response"_s, {}, false);
        return step;
    }
    if (name == u"success") {
        m_done = true;
        // SCRAM is mutual: without the server's proof (v=, RFC 5802 §3) a fake server could "accept" any
        // password, so a missing or wrong signature fails the login.
        if (m_scram && !m_scram->isServerVerified() && !m_scram->verifyServerFinal(*data)) {
            Step step = localFailure(m_scram->error());
            return step;
        }
        Step step;
        step.kind = Step::Kind::Succeeded;
        return step;
    }
    return localFailure(u"unexpected SASL element <%1/>"_s.arg(name));
}

} // namespace balcony
