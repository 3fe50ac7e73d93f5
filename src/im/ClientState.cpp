#include "ClientState.h"

#include "ImNamespaces.h"
#include "stream/Connection.h"

using namespace Qt::StringLiterals;

namespace balcony {

ClientState::ClientState(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_connection.addSessionStep(this, SessionStep::ClientState, [this](bool) {
        // §4: every new session starts active on the server's side.
        m_sentInactive = false;
        if (!m_active) {
            send();
        }
    });
    connect(&m_connection, &Connection::connected, this, [this] {
        // The features of a stream whose session start was pipelined arrive later: catch up once bound.
        if (!m_active && !m_sentInactive) {
            send();
        }
    });
}

ClientState::~ClientState() = default;

bool ClientState::isSupported() const
{
    return m_connection.streamFeatures().hasChild(u"csi", ns::csi());
}

void ClientState::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    send();
}

void ClientState::send()
{
    if (!isSupported() || m_sentInactive == !m_active) {
        return;
    }
    if (m_connection.sendNonza(Element(m_active ? u"active"_s : u"inactive"_s, ns::csi()))) {
        m_sentInactive = !m_active;
    }
}

} // namespace balcony
