#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

// What the platform gave before the first apply(): "system" returns to it.
struct SystemLook {
    QString style;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look = [] {
        SystemLook l;
        l.style = QApplication::style()->name();
        l.palette = QApplication::palette();
        return l;
    }();
    return look;
}

void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0) {
        return;
    }
    if (QStyle *style = QStyleFactory::create(name)) {
        QApplication::setStyle(style);
    }
}

} // namespace

QPalette Theme::darkPalette()
{
    // Contrast ratios of text on its background above 7:1 (WCAG AAA), links and highlight readable on both.
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x82, 0x86);
    const QColor highlight(0x3d, 0x7a, 0xd6);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9a, 0xff));
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText }) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return p;
}

QPalette Theme::lightPalette()
{
    if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s)) {
        const QPalette palette = fusion->standardPalette();
        delete fusion;
        return palette;
    }
    return QPalette(QColor(0xef, 0xef, 0xef));
}

void Theme::apply(app::AppSettings::Theme theme)
{
    const SystemLook &system = systemLook();
    // Untouched, the platform's palette stays the application's own, so it follows the desktop switching
    // between light and dark while the app runs; only a return from Light/Dark sets it back explicitly.
    static bool customised = false;
    switch (theme) {
    case app::AppSettings::Theme::System:
        if (customised) {
            useStyle(system.style);
            QApplication::setPalette(system.palette);
            customised = false;
        }
        return;
    case app::AppSettings::Theme::Light:
        useStyle(u"Fusion"_s);
        QApplication::setPalette(lightPalette());
        customised = true;
        return;
    case app::AppSettings::Theme::Dark:
        useStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
        customised = true;
        return;
    }
}

} // namespace balcony::ui
