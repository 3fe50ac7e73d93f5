#pragma once

#include "core/Jid.h"

#include <QString>

namespace balcony::app {

// Where the app keeps what it stores, shared with balcony-cli (both set the application and organisation name
// "Balcony", so QStandardPaths::AppDataLocation is the same folder): the account list and app settings
// (accounts.ini, settings.ini) and one profile folder per account (profiles/<bare JID>/: balcony.sqlite,
// trusted-certificates.json), the folder balcony-cli uses when no --profile is given.
class AppPaths {
public:
    // The root; tests point it at a temporary folder (empty restores the standard location).
    static void setDataDir(const QString &dir);
    static QString dataDir();
    static QString profileDir(const Jid &account);
    // The profile of the "Local network" pseudo-account (LocalNetwork, `balcony-cli local`): local-network/.
    static QString localNetworkDir();
    static QString accountListFile();
    static QString settingsFile();
};

} // namespace balcony::app
