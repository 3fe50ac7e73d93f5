#pragma once

#include "app/IdleSource.h"

#include <QDBusConnection>

namespace balcony::app {

// The session's idle time over D-Bus, which sees input in every application:
// - GNOME (Mutter): org.gnome.Mutter.IdleMonitor at /org/gnome/Mutter/IdleMonitor/Core, GetIdletime() -> t (ms);
// - KDE, XFCE and others: org.freedesktop.ScreenSaver at /org/freedesktop/ScreenSaver, GetSessionIdleTime() -> u
//   (ms; KWin's implementation, the one in wide use).
// The first one that answers is used from then on; when neither does, `fallback` (the app's own input) answers,
// and userActivity() goes to it as well. Asynchronous: a hung service never blocks the UI thread.
class DbusIdleSource : public IdleSource {
    Q_OBJECT
public:
    // `fallback` must outlive this object.
    DbusIdleSource(
        IdleSource &fallback, const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    void requestIdleTime(Callback done) override;
    void userActivity() override { m_fallback.userActivity(); }

private:
    enum class Backend { Unknown, Mutter, ScreenSaver, None };
    void ask(Backend backend, Callback done);

    IdleSource &m_fallback;
    QDBusConnection m_bus;
    Backend m_backend = Backend::Unknown;
};

} // namespace balcony::app
