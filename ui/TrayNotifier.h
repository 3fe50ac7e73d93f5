#pragma once

#include "app/CallbackNotifier.h"

#include <QPointer>

#include <memory>

class QSystemTrayIcon;

namespace balcony::ui {

// The notification fallback on the tray icon (app::CallbackNotifier over QSystemTrayIcon::showMessage): used by
// NotificationCenter when no freedesktop notification server answers. Available while the icon is visible in
// a system tray that exists; a click on the balloon (messageClicked) opens the chat it announced.
std::unique_ptr<app::CallbackNotifier> makeTrayNotifier(QSystemTrayIcon *tray);

} // namespace balcony::ui
