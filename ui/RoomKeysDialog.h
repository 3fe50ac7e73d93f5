#pragma once

#include "core/Jid.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class RoomKeysDialog;
}

namespace balcony::app {
class AccountController;
}

namespace balcony::ui {

// Whom OMEMO messages in a members-only non-anonymous room are encrypted for (XEP-0384 §6): every member (the real
// JIDs the room's lists and occupants show) with the number of OMEMO devices known and the trust in them: all
// verified, trusted without verification, a device not trusted yet (manual trust, or new beside a verified one:
// said loudly), or no device at all (that member cannot read encrypted messages, and nothing encrypted can be sent
// until they have one). The members' device lists are fetched when the dialog opens (Fetch Devices again); a
// member's row opens the fingerprint dialog with that member (Compare Fingerprints…, Enter or a double click),
// where devices are verified, trusted or distrusted. Rows follow device list and trust changes live.
class RoomKeysDialog : public QDialog {
    Q_OBJECT
public:
    RoomKeysDialog(
        app::AccountController *controller, const Jid &room, const QList<Jid> &members, QWidget *parent = nullptr);
    ~RoomKeysDialog() override;

    // For tests: one line per member, "jid | devices | trust", and the summary below the list.
    QStringList rows() const;
    QString summaryText() const;
    // The fingerprint dialog with the member of `row` (what Compare Fingerprints… opens), modal.
    void compare(int row);

private:
    void showMembers();
    void fetchDevices();
    void fetch(const QList<Jid> &members);
    void updateButtons();

    std::unique_ptr<Ui::RoomKeysDialog> m_ui;
    QPointer<app::AccountController> m_controller;
    Jid m_room;
    QList<Jid> m_members;
    int m_fetching = 0;
};

} // namespace balcony::ui
