#include "app/TerminationSignals.h"

#include <QLoggingCategory>

#include <array>
#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace balcony::app {

namespace {

Q_LOGGING_CATEGORY(lcSignals, "balcony.app.signals")

constexpr std::array handled { SIGTERM, SIGINT, SIGHUP };

// The write end of the socket pair, read by the handler: -1 while no instance is installed.
volatile sig_atomic_t writeEnd = -1;
int readEnd = -1;
struct sigaction previous[std::size(handled)];

extern "C" void onSignal(int signalNumber)
{
    const int saved = errno; // write() may change errno under the interrupted code
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    if (writeEnd >= 0) {
        [[maybe_unused]] const ssize_t written = ::write(writeEnd, &byte, 1);
    }
    errno = saved;
}

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    if (writeEnd >= 0) {
        qCWarning(lcSignals) << "termination signals are already handled by another instance";
        return;
    }
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, pair) != 0) {
        qCWarning(lcSignals) << "cannot create the signal socket pair:" << qt_error_string(errno);
        return;
    }
    readEnd = pair[1];
    writeEnd = pair[0];
    for (std::size_t i = 0; i < handled.size(); ++i) {
        struct sigaction action { };
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART; // interrupted system calls resume: the rest of the app never sees EINTR
        ::sigaction(handled[i], &action, &previous[i]);
    }
    m_notifier = std::make_unique<QSocketNotifier>(readEnd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &TerminationSignals::readPending);
}

TerminationSignals::~TerminationSignals()
{
    if (!m_notifier) {
        return;
    }
    m_notifier.reset();
    for (std::size_t i = 0; i < handled.size(); ++i) {
        ::sigaction(handled[i], &previous[i], nullptr);
    }
    const int fd = writeEnd;
    writeEnd = -1;
    ::close(fd);
    ::close(readEnd);
    readEnd = -1;
}

void TerminationSignals::readPending()
{
    unsigned char bytes[16];
    for (;;) {
        const ssize_t count = ::read(readEnd, bytes, sizeof bytes);
        if (count <= 0) {
            return; // drained (EAGAIN) or closed
        }
        for (ssize_t i = 0; i < count; ++i) {
            qCInfo(lcSignals) << "signal" << int(bytes[i]) << "received: quitting cleanly";
            Q_EMIT requested(int(bytes[i]));
        }
    }
}

} // namespace balcony::app
