#include "MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Balcony"));
    QApplication::setOrganizationName(QStringLiteral("Balcony"));
    QApplication::setApplicationVersion(QStringLiteral(BALCONY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.balcony.Balcony"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/balcony.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("balcony"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    balcony::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
