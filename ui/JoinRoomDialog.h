#pragma once

#include "core/Jid.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>

namespace Ui {
class JoinRoomDialog;
}

namespace balcony {
class RoomDirectory;
}

namespace balcony::ui {

class RoomBrowserDialog;

// Entering a group chat (XEP-0045 §7.2): the account, the room's address (checked as the user types, RFC
// 7622; an xmpp:room@service?join link is taken too), the nickname (the one used there before, else the
// account's user name) and the room's password if it has one. The window joins through AccountController.
class JoinRoomDialog : public QDialog {
    Q_OBJECT
public:
    struct AccountChoice {
        Jid account;
        QString label;
    };
    // The nick to offer for (account, room) (AccountController::suggestedNick()).
    using NickSuggestion = std::function<QString(const Jid &account, const Jid &room)>;

    JoinRoomDialog(const QList<AccountChoice> &accounts, NickSuggestion nickSuggestion, QWidget *parent = nullptr);
    ~JoinRoomDialog() override;

    // "Browse…" beside the room address (hidden until set): the room directory of an account, null when the
    // account cannot be asked (AccountController::roomDirectory()).
    using DirectoryFor = std::function<RoomDirectory *(const Jid &account)>;
    void setRoomDirectory(DirectoryFor directoryFor);
    // The browser window while it is open (tests).
    RoomBrowserDialog *roomBrowser() const { return m_browser; }

    void setAccount(const Jid &account);
    void setRoom(const QString &room);
    void setPassword(const QString &password);

    Jid account() const;
    // Valid only while validationError() is empty.
    Jid room() const;
    QString nick() const;
    QString password() const;
    // Whether the room should be bookmarked with autojoin (XEP-0402), so that every client enters it.
    bool autojoin() const;
    void setAutojoin(bool autojoin);
    // Why the room cannot be joined as typed (translated), empty when it can.
    QString validationError() const;

    void accept() override;

private:
    void validate();
    void suggestNick();
    void browse();

    std::unique_ptr<Ui::JoinRoomDialog> m_ui;
    NickSuggestion m_suggestNick;
    DirectoryFor m_directoryFor;
    RoomBrowserDialog *m_browser = nullptr;
    bool m_nickEdited = false; // the user typed a nick: suggestions no longer replace it
};

} // namespace balcony::ui
