#include "app/SleepWatcher.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace balcony::app {

Q_LOGGING_CATEGORY(lcSleep, "balcony.app.sleep")

namespace {
const QString Login1 = u"org.freedesktop.login1"_s;
const QString Login1Path = u"/org/freedesktop/login1"_s;
const QString Login1Manager = u"org.freedesktop.login1.Manager"_s;
} // namespace

SleepWatcher::SleepWatcher(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    m_release.setSingleShot(true);
    connect(&m_release, &QTimer::timeout, this, &SleepWatcher::releaseInhibitor);
    if (!m_bus.isConnected()) {
        return;
    }
    // The sender is matched against the owner of org.freedesktop.login1: nobody else can make us pause.
    m_listening
        = m_bus.connect(Login1, Login1Path, Login1Manager, u"PrepareForSleep"_s, this, SLOT(onPrepareForSleep(bool)));
    if (m_listening) {
        takeInhibitor();
    }
}

SleepWatcher::~SleepWatcher()
{
    if (m_listening) {
        m_bus.disconnect(Login1, Login1Path, Login1Manager, u"PrepareForSleep"_s, this, SLOT(onPrepareForSleep(bool)));
    }
}

void SleepWatcher::onPrepareForSleep(bool sleeping)
{
    if (sleeping == m_sleeping) {
        return;
    }
    m_sleeping = sleeping;
    qCDebug(lcSleep) << (sleeping ? "the machine is about to sleep" : "the machine woke up");
    Q_EMIT sleepingChanged(sleeping);
    if (sleeping) {
        // What the slots started (requests written out) gets a moment, then logind may go on.
        m_release.start(ReleaseDelayMs);
    } else {
        m_release.stop();
        takeInhibitor();
    }
}

void SleepWatcher::takeInhibitor()
{
    if (m_lock.isValid() || m_inhibiting) {
        return;
    }
    m_inhibiting = true;
    QDBusMessage call = QDBusMessage::createMethodCall(Login1, Login1Path, Login1Manager, u"Inhibit"_s);
    call << u"sleep"_s << QCoreApplication::applicationName()
         << tr("Pausing the chat sessions before the machine sleeps") << u"delay"_s;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_inhibiting = false;
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *w;
        if (reply.isError()) {
            qCDebug(lcSleep) << "no sleep inhibitor:" << reply.error().message();
            return;
        }
        if (m_sleeping) {
            return; // asked before the machine went to sleep, answered after: not held across the sleep
        }
        m_lock = reply.value(); // a dup of the descriptor: closed when m_lock lets go
    });
}

void SleepWatcher::releaseInhibitor()
{
    m_lock = QDBusUnixFileDescriptor();
}

} // namespace balcony::app
