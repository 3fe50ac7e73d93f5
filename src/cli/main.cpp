#include "CliApp.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both find the same profiles under AppDataLocation.
    QCoreApplication::setApplicationName(QStringLiteral("Balcony"));
    QCoreApplication::setOrganizationName(QStringLiteral("Balcony"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BALCONY_VERSION));
    // stderr carries balcony-cli's own diagnostics, one line each (README-exit-codes.md); the engine's log
    // categories stay quiet. QT_LOGGING_RULES takes precedence over this and turns them on for diagnosis.
    QLoggingCategory::setFilterRules(QStringLiteral("balcony.*=false"));
    return balcony::cli::CliApp().run();
}
