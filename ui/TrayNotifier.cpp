#include "TrayNotifier.h"

#include <QSystemTrayIcon>

namespace balcony::ui {

std::unique_ptr<app::CallbackNotifier> makeTrayNotifier(QSystemTrayIcon *tray)
{
    const QPointer<QSystemTrayIcon> icon(tray);
    auto notifier = std::make_unique<app::CallbackNotifier>(
        [icon](const QString &title, const QString &body) {
            if (icon) {
                icon->showMessage(title, body, icon->icon());
            }
        },
        [icon] { return icon && icon->isVisible() && QSystemTrayIcon::isSystemTrayAvailable(); });
    QObject::connect(tray, &QSystemTrayIcon::messageClicked, notifier.get(), &app::CallbackNotifier::messageClicked);
    return notifier;
}

} // namespace balcony::ui
