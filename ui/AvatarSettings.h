#pragma once

#include <QGroupBox>
#include <QList>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;

namespace balcony::app {
class AccountController;
}

namespace balcony::ui {

// "Your picture" on the Accounts page of the settings: for the chosen account, its avatar (XEP-0084, with the
// vCard copy for XEP-0153 clients), "Set Avatar…" (a file dialog with image filters) and "Remove Avatar". Both
// need the account signed in; the result is shown under the buttons.
class AvatarSettings : public QGroupBox {
    Q_OBJECT
public:
    explicit AvatarSettings(const QList<app::AccountController *> &controllers, QWidget *parent = nullptr);

    // What the file dialog offers: every format Qt reads here.
    static QString imageFilter();
    // Publishes `file` for the chosen account (what "Set Avatar…" does after the dialog).
    void setAvatarFrom(const QString &file);
    void removeAvatar();
    QString statusText() const;

private:
    app::AccountController *current() const;
    void refresh();
    void setBusy(bool busy, const QString &status);

    QList<QPointer<app::AccountController>> m_controllers;
    QComboBox *m_account;
    QLabel *m_preview;
    QPushButton *m_set;
    QPushButton *m_remove;
    QLabel *m_status;
    bool m_busy = false;
};

} // namespace balcony::ui
