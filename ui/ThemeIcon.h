#pragma once

#include <QIcon>
#include <QStyle>

namespace balcony::ui {

// An icon from the desktop's theme (freedesktop icon naming), else the style's own standard icon, so that a
// button never ends up blank on a desktop without that theme icon.
QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback);

} // namespace balcony::ui
