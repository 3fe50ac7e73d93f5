#include "StanzaRouter.h"

#include <QObject>

#include <algorithm>

namespace balcony {

StanzaRouter::StanzaRouter(QObject *context)
    : m_context(context)
{
}

StanzaRouter::~StanzaRouter()
{
    // An owner destroyed after the router must not reach it through its destroyed() watch.
    for (const Entry &entry : std::as_const(m_entries)) {
        QObject::disconnect(entry.ownerWatch);
    }
}

quint64 StanzaRouter::add(const QObject *owner, Entry entry)
{
    const quint64 id = m_nextId++;
    entry.owner = owner;
    if (owner) {
        entry.ownerWatch = QObject::connect(owner, &QObject::destroyed, m_context, [this, id] { remove(id); });
    }
    m_entries.insert(id, std::move(entry));
    return id;
}

void StanzaRouter::addHandler(const QObject *owner, const StanzaRoute &route, Handler handler)
{
    Entry entry;
    entry.route = route;
    entry.isHandler = true;
    entry.handler = std::move(handler);
    const quint64 id = add(owner, std::move(entry));
    if (route.stanza.isEmpty()) {
        m_catchAll.append(id);
    } else {
        m_routes[route].append(id);
    }
}

void StanzaRouter::addSenderHandler(const QObject *owner, const QString &stanza, Handler handler)
{
    Entry entry;
    entry.route = { stanza, {}, {} };
    entry.isHandler = true;
    entry.isSender = true;
    entry.handler = std::move(handler);
    m_senderRoutes[stanza].append(add(owner, std::move(entry)));
}

void StanzaRouter::addObserver(const QObject *owner, Observer observer)
{
    Entry entry;
    entry.isObserver = true;
    entry.observer = std::move(observer);
    m_observerOrder.append(add(owner, std::move(entry)));
}

void StanzaRouter::addSessionStep(const QObject *owner, SessionStep step, SessionStart start)
{
    Entry entry;
    entry.step = step;
    entry.start = std::move(start);
    const quint64 id = add(owner, std::move(entry));
    // After every entry of an earlier or the same step: SessionStep order, then registration order.
    const auto at = std::upper_bound(m_stepOrder.begin(), m_stepOrder.end(), step,
        [this](SessionStep value, quint64 other) { return value < m_entries.value(other).step; });
    m_stepOrder.insert(at, id);
}

void StanzaRouter::remove(quint64 id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        return;
    }
    if (it->isSender) {
        if (auto route = m_senderRoutes.find(it->route.stanza); route != m_senderRoutes.end()) {
            route->removeOne(id);
            if (route->isEmpty()) {
                m_senderRoutes.erase(route);
            }
        }
    } else if (it->isHandler) {
        if (it->route.stanza.isEmpty()) {
            m_catchAll.removeOne(id);
        } else if (auto route = m_routes.find(it->route); route != m_routes.end()) {
            route->removeOne(id);
            if (route->isEmpty()) {
                m_routes.erase(route);
            }
        }
    } else if (it->isObserver) {
        m_observerOrder.removeOne(id);
    } else {
        m_stepOrder.removeOne(id);
    }
    m_entries.erase(it);
}

QList<quint64> StanzaRouter::handlersFor(const Element &stanza) const
{
    QList<quint64> ids;
    StanzaRoute key { stanza.name(), {}, {} };
    if (!m_senderRoutes.isEmpty()) {
        if (const auto it = m_senderRoutes.constFind(key.stanza); it != m_senderRoutes.cend()) {
            ids += *it;
        }
    }
    if (!m_routes.isEmpty()) {
        for (const Element::Node &node : stanza.nodes()) {
            if (node.isText()) {
                continue;
            }
            const Element &child = node.element;
            key.child = child.name();
            key.childNs = child.ns();
            if (const auto it = m_routes.constFind(key); it != m_routes.cend()) {
                for (const quint64 id : *it) {
                    if (!ids.contains(id)) { // a stanza with two children of the same name asks once
                        ids.append(id);
                    }
                }
            }
        }
        key.child.clear();
        key.childNs.clear();
        if (const auto it = m_routes.constFind(key); it != m_routes.cend()) {
            ids += *it;
        }
    }
    ids += m_catchAll;
    return ids;
}

StanzaRouter::Handler StanzaRouter::handler(quint64 id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? Handler() : it->handler;
}

StanzaRouter::Observer StanzaRouter::observer(quint64 id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? Observer() : it->observer;
}

QList<quint64> StanzaRouter::sessionSteps() const
{
    return m_stepOrder;
}

StanzaRouter::SessionStart StanzaRouter::sessionStep(quint64 id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? SessionStart() : it->start;
}

} // namespace balcony
