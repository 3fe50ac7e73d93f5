#pragma once

#include <QString>
#include <QStringList>

namespace balcony::test {
class ProsodyFixture;
}

namespace balcony::bench {

// Target "desktop" of bench_login (issue 12: "the desktop app from exec to fully online <= its protocol time +
// 100 ms"): the real `balcony` binary, started as a returning user starts it, timed from QProcess::start() to its
// account fully online, through the same delaying proxies as target "cli". See bench_login.md.
struct DesktopBenchSetup {
    QStringList programs; // balcony binaries, measured in the same run, their runs interleaved
    const test::ProsodyFixture *prosody = nullptr;
    quint16 starttlsPort = 0; // the proxies in front of Prosody's ports
    quint16 directPort = 0;
    int runs = 10;
    int delayMs = 25;
    QString user; // registered on `prosody`
    QString password;
};

// Prints one table per mode (STARTTLS, direct TLS); false if the set-up or a run failed.
bool runDesktopTarget(const DesktopBenchSetup &setup);

} // namespace balcony::bench
