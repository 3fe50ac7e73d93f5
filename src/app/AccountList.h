#pragma once

#include "app/AccountConfig.h"

#include <QList>
#include <QString>

#include <optional>

namespace balcony::app {

// The app's list of accounts, in the order the user sees them, persisted as an INI file (QSettings, written
// atomically) in the app data folder: accounts.ini (AppPaths::accountListFile()). One entry per bare JID.
// Passwords are never in it (see PasswordMode). A file written by a newer Balcony (a higher `format`) is read
// as far as it is understood but never overwritten, so going back to an older version loses nothing.
class AccountList {
public:
    static constexpr int Format = 1;

    explicit AccountList(const QString &file);

    // A missing file is an empty list. False (and *error) if the file cannot be read.
    bool load(QString *error = nullptr);
    // False (and *error) if it cannot be written, or was written by a newer Balcony.
    bool save(QString *error = nullptr) const;

    const QList<AccountConfig> &accounts() const { return m_accounts; }
    std::optional<AccountConfig> find(const Jid &account) const;
    // False if the JID is already in the list (or is not a valid account JID).
    bool add(const AccountConfig &config);
    // Replaces the entry with the same JID; false if there is none.
    bool update(const AccountConfig &config);
    bool remove(const Jid &account);
    // Moves the entry to `position` (clamped); false if there is none.
    bool move(const Jid &account, qsizetype position);

private:
    qsizetype indexOf(const Jid &account) const;

    QString m_file;
    QList<AccountConfig> m_accounts;
    int m_fileFormat = Format; // as found in the file
};

} // namespace balcony::app
