#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both find the same profiles under AppDataLocation.
    QCoreApplication::setApplicationName(QStringLiteral("Balcony"));
    QCoreApplication::setOrganizationName(QStringLiteral("Balcony"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BALCONY_VERSION));
    return balcony::cli::CliApp().run();
}
