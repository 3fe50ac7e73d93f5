#pragma once

#include <QString>
#include <QStringList>

namespace balcony::app {

// The desktop app's command line (`balcony --help`), parsed without a QApplication so that it is unit-tested
// and so that a second launch can hand the same arguments to the running instance (SingleInstance), where they
// are parsed again by the same function.
//
//   balcony [--minimized] [--profile-root DIR] [xmpp:URI ...]
//   balcony --help | --version
struct LaunchOptions {
    enum class Outcome {
        Run, // start (or hand over to the running instance)
        ShowHelp, // print `text` on stdout, exit 0
        ShowVersion, // print `text` on stdout, exit 0
        Error, // print `text` on stderr, exit 2
    };

    Outcome outcome = Outcome::Run;
    QString text;
    // Start hidden in the tray (the autostart entry passes it).
    bool minimized = false;
    // Where accounts, settings and profiles live instead of the app data location (tests, portable use); made
    // absolute against the working directory at parse time, so a hand-over means the same folder.
    QString profileRoot;
    // xmpp: links to open, in order (RFC 5122; the launcher's %u).
    QStringList uris;

    // `arguments` includes the program name first, as QCoreApplication::arguments() does.
    static LaunchOptions parse(const QStringList &arguments, const QString &workingDirectory);
    // The arguments (without the program name) that mean these options again: what a second launch sends.
    QStringList toArguments() const;
};

} // namespace balcony::app
