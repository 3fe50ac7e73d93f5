// delay-proxy: the DelayProxy as a command-line tool.
//
//   delay-proxy --target 127.0.0.1:5222 [--listen PORT] [--delay MS | --up MS --down MS]
//
// Prints "listening 127.0.0.1:PORT" once ready. Commands on stdin, one per line: "cut" drops every proxied
// connection (prints "cut N"), "count" prints the number of open connections, "quit" exits.
#include "delay_proxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using balcony::test::DelayProxy;

namespace {

bool parseHostPort(const QString &text, QHostAddress &host, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0) {
        return false;
    }
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    QString h = text.left(colon);
    if (h.startsWith(u'[') && h.endsWith(u']')) {
        h = h.mid(1, h.size() - 2);
    }
    if (!ok || p == 0 || p > 65535 || !host.setAddress(h)) {
        return false;
    }
    port = quint16(p);
    return true;
}

int parseDelay(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback, bool &ok)
{
    if (!parser.isSet(option)) {
        return fallback;
    }
    const int value = parser.value(option).toInt(&ok);
    ok = ok && value >= 0;
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"TCP proxy that delays each direction (simulated network latency)."_s);
    parser.addHelpOption();
    const QCommandLineOption target(u"target"_s, u"Upstream address, IP:PORT."_s, u"IP:PORT"_s);
    const QCommandLineOption listen(u"listen"_s, u"Port to listen on (0 = any free port)."_s, u"PORT"_s, u"0"_s);
    const QCommandLineOption listenHost(u"listen-host"_s, u"Address to listen on."_s, u"IP"_s, u"127.0.0.1"_s);
    const QCommandLineOption delay(u"delay"_s, u"Delay of each direction in ms (default 25)."_s, u"MS"_s);
    const QCommandLineOption up(u"up"_s, u"Client-to-server delay in ms."_s, u"MS"_s);
    const QCommandLineOption down(u"down"_s, u"Server-to-client delay in ms."_s, u"MS"_s);
    parser.addOptions({ target, listen, listenHost, delay, up, down });
    parser.process(app);

    QTextStream err(stderr);
    QHostAddress targetHost;
    quint16 targetPort = 0;
    if (!parseHostPort(parser.value(target), targetHost, targetPort)) {
        err << "delay-proxy: --target IP:PORT is required" << Qt::endl;
        return 2;
    }
    bool ok = true;
    const int both = parseDelay(parser, delay, DelayProxy::DefaultDelayMs, ok);
    const int upMs = parseDelay(parser, up, both, ok);
    const int downMs = parseDelay(parser, down, both, ok);
    const uint listenPort = parser.value(listen).toUInt(&ok);
    QHostAddress listenAddress;
    if (!ok || listenPort > 65535 || !listenAddress.setAddress(parser.value(listenHost))) {
        err << "delay-proxy: invalid delay, port or address" << Qt::endl;
        return 2;
    }

    DelayProxy proxy;
    proxy.setTarget(targetHost, targetPort);
    proxy.setDelays(upMs, downMs);
    if (!proxy.listen(listenAddress, quint16(listenPort))) {
        err << "delay-proxy: cannot listen: " << proxy.errorString() << Qt::endl;
        return 3;
    }
    QTextStream out(stdout);
    out << "listening " << listenAddress.toString() << ':' << proxy.port() << " -> " << targetHost.toString() << ':'
        << targetPort << " (up " << upMs << " ms, down " << downMs << " ms)" << Qt::endl;

    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            stdinNotifier.setEnabled(false); // stdin closed: keep running until killed
            return;
        }
        pending.append(buffer, n);
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray command = pending.left(newline).trimmed();
            pending.remove(0, newline + 1);
            if (command == "cut") {
                const int count = proxy.connectionCount();
                proxy.cutAll();
                out << "cut " << count << Qt::endl;
            } else if (command == "count") {
                out << "connections " << proxy.connectionCount() << Qt::endl;
            } else if (command == "quit") {
                QCoreApplication::quit();
            } else if (!command.isEmpty()) {
                err << "delay-proxy: unknown command (cut, count, quit)" << Qt::endl;
            }
        }
    });
    return QCoreApplication::exec();
}
