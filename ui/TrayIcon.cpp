#include "TrayIcon.h"

#include "UnreadBadge.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace balcony::ui {

TrayIcon::TrayIcon(const QIcon &appIcon, QObject *parent)
    : QObject(parent)
    , m_appIcon(appIcon)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu())
{
    QAction *open = m_menu->addAction(QIcon::fromTheme(QStringLiteral("window-new")), tr("&Open Balcony"));
    open->setStatusTip(tr("Show the main window"));
    connect(open, &QAction::triggered, this, &TrayIcon::openRequested);
    QMenu *status = m_menu->addMenu(tr("&Status"));
    auto *group = new QActionGroup(status);
    for (const PresenceStyle::Choice choice : PresenceStyle::choices()) {
        QAction *action = status->addAction(PresenceStyle::icon(choice), PresenceStyle::text(choice));
        action->setCheckable(true);
        action->setData(int(choice));
        group->addAction(action);
        m_statusActions.append(action);
        connect(action, &QAction::triggered, this, [this, choice] { Q_EMIT statusChosen(choice); });
    }
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setStatusTip(tr("Sign out and quit Balcony"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            Q_EMIT activated();
        }
    });
    update();
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

QIcon TrayIcon::iconWithBadge(const QIcon &appIcon, int unread)
{
    if (unread <= 0) {
        return appIcon;
    }
    QIcon icon;
    for (const int size : { 16, 22, 24, 32, 48, 64 }) {
        // QIcon::pixmap() never scales up: a small source would get the badge drawn off its edge.
        QPixmap pixmap = appIcon.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        } else if (pixmap.width() != size || pixmap.height() != size) {
            pixmap = pixmap.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
        QPainter painter(&pixmap);
        QFont font = QApplication::font();
        font.setPixelSize(qMax(7, size * 9 / 20));
        painter.setFont(font);
        // The badge in the lower right corner, as large as the count allows at this size.
        QRect badge = UnreadBadge::rect(font, unread, size, size - size / 4);
        badge.moveBottom(size - 1);
        QPalette palette;
        palette.setColor(QPalette::Active, QPalette::Highlight, QColor(0xda, 0x36, 0x33));
        palette.setColor(QPalette::Active, QPalette::HighlightedText, Qt::white);
        UnreadBadge::paint(&painter, badge, unread, palette);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayIcon::setUnreadCount(int unread)
{
    if (unread == m_unread) {
        return;
    }
    m_unread = unread;
    update();
}

void TrayIcon::setStatus(PresenceStyle::Choice status)
{
    m_status = status;
    for (QAction *action : std::as_const(m_statusActions)) {
        action->setChecked(action->data().toInt() == int(status));
    }
    update();
}

QString TrayIcon::toolTip() const
{
    QString tip = tr("Balcony: %1").arg(PresenceStyle::text(m_status));
    if (m_unread > 0) {
        tip += QLatin1Char('\n') + tr("%n unread", nullptr, m_unread);
    }
    return tip;
}

void TrayIcon::update()
{
    m_tray->setIcon(iconWithBadge(m_appIcon, m_unread));
    m_tray->setToolTip(toolTip());
}

} // namespace balcony::ui
