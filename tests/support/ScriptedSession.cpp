#include "ScriptedSession.h"

#include "XmlCompare.h"
#include "core/StreamHeader.h"
#include "stream/Scram.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace balcony::test {

namespace {

// RFC 5802 §5: the example exchange the test nonce reproduces (password "pencil").
const QByteArray serverFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
const QByteArray serverFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";

} // namespace

ScriptedSession::ScriptedSession(const QString &jid)
{
    m_settings.jid = Jid::parse(jid).value_or(Jid());
    m_settings.password = u"pencil"_s;
    m_settings.autoReconnect = false;
    auto transport = std::make_unique<ScriptedTransport>();
    m_server = transport.get();
    m_connection = std::make_unique<Connection>(std::move(transport));
    m_connection->setBackoffRandomSource([](qint64) { return qint64(0); });
    QObject::connect(m_connection.get(), &Connection::sessionStarting, m_connection.get(),
        [this](bool) { m_sessionStarting = true; });
}

ScriptedSession::~ScriptedSession()
{
    m_connection.reset();
    Scram::setTestNonce({});
}

void ScriptedSession::inject(const QByteArray &xml)
{
    m_server->inject(xml);
    // A bounded wait: a connection that never finishes its input is the test's failure to see, not a hang.
    for (int turns = 0; m_connection->hasUnhandledInput() && turns < 1000000; ++turns) {
        QCoreApplication::processEvents();
    }
}

QList<Element> ScriptedSession::stanzasIn(const QByteArray &xml)
{
    QList<Element> out;
    const QStringList pieces = ScriptedTransport::pieces(xml);
    for (const QString &piece : pieces) {
        if (piece.startsWith(u"<stream:stream>") || piece == u"</stream:stream>") {
            continue;
        }
        const Element e = parseFragment(piece.toUtf8());
        if (!e.isNull()) {
            out.append(e);
        }
    }
    return out;
}

QList<Element> ScriptedSession::takeStanzas()
{
    QList<Element> out;
    while (!m_server->writes().isEmpty()) {
        out += stanzasIn(m_server->takeWrite());
    }
    return out;
}

bool ScriptedSession::login(const QByteArray &extraFeatures)
{
    using namespace script;
    Scram::setTestNonce("fyko+d2lbbFgONRv9qkxdawL");
    m_sessionStarting = false;
    m_pipelined.clear();
    m_connection->setSettings(m_settings);
    m_connection->connectToServer();
    m_server->simulateConnected();
    m_server->inject(serverHeader() + starttlsFeatures() + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
    m_server->simulateEncrypted();
    m_server->inject(serverHeader() + saslFeatures({ "SCRAM-SHA-1" }) + sasl("challenge", serverFirst));
    m_server->clearWrites();
    m_server->inject(sasl("success", serverFinal));
    // No <sm/>: Stream Management would add <enable/> and change what the tests see.
    m_server->inject(serverHeader()
        + "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
          "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'><optional/></session>"
        + extraFeatures + "</stream:features>");
    // The bind request's id comes from the written XML: modules may have pipelined IQs around it.
    QString bindId;
    bool afterBind = false;
    for (const QByteArray &write : m_server->writes()) {
        for (const Element &stanza : stanzasIn(write)) {
            if (bindId.isEmpty() && stanza.name() == u"iq" && stanza.hasChild(u"bind", ns::bind)) {
                bindId = stanza.attribute(u"id");
                afterBind = true;
            } else if (afterBind) {
                m_pipelined.append(stanza);
            }
        }
    }
    if (bindId.isEmpty()) {
        return false;
    }
    m_server->clearWrites();
    m_server->inject("<iq type='result' id='" + bindId.toUtf8()
        + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>" + m_settings.jid.toString().toUtf8()
        + "</jid></bind></iq>");
    return m_connection->state() == ConnectionState::Connected;
}

} // namespace balcony::test
