#include "ThemeIcon.h"

#include <QApplication>

namespace balcony::ui {

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    if (QIcon::hasThemeIcon(name)) {
        return QIcon::fromTheme(name);
    }
    return QApplication::style()->standardIcon(fallback);
}

} // namespace balcony::ui
