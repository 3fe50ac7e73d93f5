#include "app/DbusIdleSource.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

using namespace Qt::StringLiterals;

namespace balcony::app {

DbusIdleSource::DbusIdleSource(IdleSource &fallback, const QDBusConnection &bus, QObject *parent)
    : IdleSource(parent)
    , m_fallback(fallback)
    , m_bus(bus)
{
}

void DbusIdleSource::requestIdleTime(Callback done)
{
    if (m_backend == Backend::None || !m_bus.isConnected()) {
        m_fallback.requestIdleTime(std::move(done));
        return;
    }
    ask(m_backend == Backend::Unknown ? Backend::Mutter : m_backend, std::move(done));
}

void DbusIdleSource::ask(Backend backend, Callback done)
{
    QDBusMessage call = backend == Backend::Mutter
        ? QDBusMessage::createMethodCall(u"org.gnome.Mutter.IdleMonitor"_s, u"/org/gnome/Mutter/IdleMonitor/Core"_s,
            u"org.gnome.Mutter.IdleMonitor"_s, u"GetIdletime"_s)
        : QDBusMessage::createMethodCall(u"org.freedesktop.ScreenSaver"_s, u"/org/freedesktop/ScreenSaver"_s,
            u"org.freedesktop.ScreenSaver"_s, u"GetSessionIdleTime"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 2000), this);
    const bool probing = m_backend == Backend::Unknown;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, backend, probing, done = std::move(done)](QDBusPendingCallWatcher *w) mutable {
            w->deleteLater();
            const QDBusMessage reply = w->reply();
            if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
                bool ok = false;
                const qint64 idle = reply.arguments().constFirst().toLongLong(&ok);
                if (ok && idle >= 0) {
                    m_backend = backend;
                    done(idle);
                    return;
                }
            }
            if (probing && backend == Backend::Mutter) {
                ask(Backend::ScreenSaver, std::move(done));
                return;
            }
            // Neither answers (or the one that did stopped): the app's own input from now on.
            m_backend = probing ? Backend::None : Backend::Unknown;
            m_fallback.requestIdleTime(std::move(done));
        });
}

} // namespace balcony::app
