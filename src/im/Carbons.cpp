#include "Carbons.h"

#include "ImNamespaces.h"
#include "disco/DiscoManager.h"
#include "stream/Connection.h"

#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCarbons, "balcony.im.carbons")

namespace balcony {

Carbons::Carbons(Connection &connection, DiscoManager *disco, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_disco(disco)
{
    m_connection.addSessionStep(this, SessionStep::Carbons, [this](bool) { sessionStarting(); });
    connect(&m_connection, &Connection::connected, this, &Carbons::maybeEnable);
    if (m_disco) {
        connect(m_disco, &DiscoManager::infoChanged, this, [this](const Jid &entity) {
            if (entity.isDomain() && entity.domain() == m_connection.settings().jid.domain()) {
                maybeEnable();
            }
        });
    }
}

Carbons::~Carbons() = default;

void Carbons::setServerSupport(bool supported)
{
    m_serverSupport = supported;
}

void Carbons::sessionStarting()
{
    ++m_session;
    m_requested = false;
    if (m_enabled) {
        m_enabled = false;
        Q_EMIT enabledChanged(false);
    }
    // Known from the previous session or the caps cache: pipelined with the bind (XEP-0305).
    if (m_serverSupport) {
        sendEnable();
    }
}

void Carbons::maybeEnable()
{
    if (m_disco) {
        const std::optional<DiscoInfo> info = m_disco->serverInfo();
        if (info) {
            m_serverSupport = info->features.contains(ns::carbons());
        }
    }
    if (m_serverSupport && !m_requested && m_connection.state() == ConnectionState::Connected) {
        sendEnable();
    }
}

void Carbons::sendEnable()
{
    m_requested = true;
    Element iq(u"iq"_s);
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.appendChild(Element(u"enable"_s, ns::carbons()));
    const quint64 session = m_session;
    const QPointer<Carbons> self(this);
    m_connection.sendIq(iq, [self, session](const IqResult &result) {
        if (!self || session != self->m_session) {
            return;
        }
        if (result.status == IqResult::Status::Result) {
            self->m_enabled = true;
            Q_EMIT self->enabledChanged(true);
        } else {
            qCInfo(lcCarbons) << "enabling carbons failed:" << result.error.describe();
        }
    });
}

Carbons::Unwrapped Carbons::unwrap(const Element &message, const Jid &ownJid)
{
    Element wrapper = message.firstChild(u"received", ns::carbons());
    Kind kind = Kind::Received;
    if (wrapper.isNull()) {
        wrapper = message.firstChild(u"sent", ns::carbons());
        kind = Kind::Sent;
    }
    if (wrapper.isNull()) {
        return {};
    }
    const QString from = message.attribute(u"from");
    const std::optional<Jid> sender = Jid::parse(from);
    if (!sender || *sender != ownJid.bare()) {
        qCWarning(lcCarbons) << "dropping a carbon copy from" << from << "(not our bare JID)";
        return { Kind::Forged, {} };
    }
    const Element inner = wrapper.firstChild(u"forwarded", ns::forward()).firstChild(u"message");
    if (inner.isNull()) {
        return { Kind::Forged, {} };
    }
    return { kind, inner };
}

} // namespace balcony
