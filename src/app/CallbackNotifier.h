#pragma once

#include "app/Notifier.h"

#include <functional>

namespace balcony::app {

// The fallback backend: a function that shows a title and a text, which the desktop app binds to
// QSystemTrayIcon::showMessage (src/ never includes QtWidgets), and messageClicked() for the balloon's click.
// A tray balloon has no id, no replacement and no reply: the newest one is the one clicked.
class CallbackNotifier : public Notifier {
    Q_OBJECT
public:
    using ShowFunction = std::function<void(const QString &title, const QString &body)>;
    using AvailableFunction = std::function<bool()>;

    // `available` null: always available.
    explicit CallbackNotifier(ShowFunction show, AvailableFunction available = {}, QObject *parent = nullptr);

    bool isAvailable() const override;
    bool supportsReply() const override { return false; }
    void show(const Notification &notification) override;
    void close(const QString &tag) override;

    // The user clicked the newest balloon (QSystemTrayIcon::messageClicked).
    void messageClicked();

private:
    ShowFunction m_show;
    AvailableFunction m_available;
    QString m_lastTag;
};

} // namespace balcony::app
