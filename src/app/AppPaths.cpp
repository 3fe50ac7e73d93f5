#include "app/AppPaths.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace balcony::app {

namespace {

QString &overrideDir()
{
    static QString dir;
    return dir;
}

} // namespace

void AppPaths::setDataDir(const QString &dir)
{
    overrideDir() = dir;
}

QString AppPaths::dataDir()
{
    const QString &dir = overrideDir();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dir;
}

QString AppPaths::profileDir(const Jid &account)
{
    return dataDir() + u"/profiles/"_s + account.bareString();
}

QString AppPaths::localNetworkDir()
{
    return dataDir() + u"/local-network"_s;
}

QString AppPaths::accountListFile()
{
    return dataDir() + u"/accounts.ini"_s;
}

QString AppPaths::settingsFile()
{
    return dataDir() + u"/settings.ini"_s;
}

} // namespace balcony::app
