#include "ScriptedSession.h"

#include "XmlCompare.h"
#include "core/StreamHeader.h"
#include "stream/Scram.h"

#include <QCoreApplication>
#include <QTest>

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
    if (m_ownsIdGenerator) {
        Connection::setIdGenerator({});
    }
}

void ScriptedSession::useDeterministicIds()
{
    m_nextId = 0;
    m_ownsIdGenerator = true;
    Connection::setIdGenerator([this] { return u"id%1"_s.arg(++m_nextId); });
}

namespace {

// Where two normalised texts first differ, as a caret line under the actual text.
QByteArray differenceReport(const QString &expected, const QString &actual)
{
    qsizetype at = 0;
    while (at < expected.size() && at < actual.size() && expected.at(at) == actual.at(at)) {
        ++at;
    }
    return "\n   expected: " + expected.toUtf8() + "\n   actual:   " + actual.toUtf8() + "\n             "
        + QByteArray(at, ' ') + "^ first difference at character " + QByteArray::number(at);
}

} // namespace

bool ScriptedSession::expect(const QByteArray &xml, std::source_location where)
{
    QList<Element> expected;
    const QStringList pieces = ScriptedTransport::pieces(xml);
    for (const QString &piece : pieces) {
        const Element e = parseFragment(piece.toUtf8());
        if (e.isNull()) {
            const QByteArray message = "expect(): the expected XML does not parse: " + xml;
            QTest::qFail(message.constData(), where.file_name(), int(where.line()));
            return false;
        }
        expected.append(e);
    }
    m_unread += takeStanzas();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString want = normalize(expected.at(i));
        if (m_unread.isEmpty()) {
            const QByteArray message = "expect(): stanza " + QByteArray::number(i + 1) + " of "
                + QByteArray::number(expected.size()) + " was not written\n   expected: " + want.toUtf8();
            QTest::qFail(message.constData(), where.file_name(), int(where.line()));
            return false;
        }
        const QString got = normalize(m_unread.takeFirst());
        if (got != want) {
            const QByteArray message = "expect(): stanza " + QByteArray::number(i + 1) + " of "
                + QByteArray::number(expected.size()) + " differs" + differenceReport(want, got);
            QTest::qFail(message.constData(), where.file_name(), int(where.line()));
            return false;
        }
    }
    return true;
}

bool ScriptedSession::expectNothing(std::source_location where)
{
    m_unread += takeStanzas();
    if (m_unread.isEmpty()) {
        return true;
    }
    QByteArray message = "expectNothing(): the client wrote " + QByteArray::number(m_unread.size()) + " stanza(s):";
    for (const Element &e : std::as_const(m_unread)) {
        message += "\n   " + normalize(e).toUtf8();
    }
    m_unread.clear();
    QTest::qFail(message.constData(), where.file_name(), int(where.line()));
    return false;
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
    QList<Element> out = std::exchange(m_unread, {});
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
    m_unread.clear();
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
