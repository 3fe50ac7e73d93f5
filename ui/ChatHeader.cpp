#include "ChatHeader.h"

#include "Avatar.h"
#include "ThemeIcon.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balcony::ui {

ChatHeader::ChatHeader(QWidget *parent)
    : QWidget(parent)
    , m_avatar(new QLabel(this))
    , m_name(new QLabel(this))
    , m_presenceDot(new QLabel(this))
    , m_presence(new QLabel(this))
    , m_eventing(new QLabel(this))
    , m_lock(new QToolButton(this))
    , m_occupants(new QToolButton(this))
    , m_search(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_warning(new QFrame(this))
    , m_warningText(new QLabel(m_warning))
    , m_verify(new QPushButton(m_warning))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *row = new QHBoxLayout();
    row->setContentsMargins(10, 6, 6, 6);
    row->setSpacing(8);
    m_avatar->setFixedSize(AvatarSize, AvatarSize);
    m_avatar->setAccessibleName(tr("Contact's picture"));
    row->addWidget(m_avatar);
    auto *texts = new QVBoxLayout();
    texts->setSpacing(0);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    if (nameFont.pointSizeF() > 0) {
        nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    }
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setAccessibleName(tr("Contact"));
    texts->addWidget(m_name);
    auto *presenceRow = new QHBoxLayout();
    presenceRow->setSpacing(4);
    presenceRow->addWidget(m_presenceDot);
    m_presence->setAccessibleName(tr("Presence"));
    m_presence->setTextFormat(Qt::PlainText);
    m_presence->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    presenceRow->addWidget(m_presence, 1);
    // XEP-0207 eventing mode: said next to the presence, where the user looks for how the contact is reached.
    m_eventing->setObjectName(u"eventingMode"_s);
    m_eventing->setTextFormat(Qt::PlainText);
    m_eventing->setText(tr("via publish-subscribe (XEP-0207)"));
    m_eventing->setAccessibleName(tr("Eventing mode"));
    m_eventing->setToolTip(tr("Your messages to this contact are published to a publish-subscribe node of the server "
                              "(XEP-0207 eventing mode) instead of being sent as ordinary messages."));
    m_eventing->setForegroundRole(QPalette::PlaceholderText);
    m_eventing->hide();
    presenceRow->addWidget(m_eventing);
    texts->addLayout(presenceRow);
    row->addLayout(texts, 1);

    m_lock->setAutoRaise(true);
    m_lock->setAccessibleName(tr("Encryption"));
    m_lock->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_lock->setIconSize(QSize(20, 20));
    connect(m_lock, &QToolButton::clicked, this, &ChatHeader::lockClicked);
    row->addWidget(m_lock);

    m_occupants->setAutoRaise(true);
    m_occupants->setCheckable(true);
    m_occupants->setChecked(true);
    m_occupants->setIcon(themeIcon(u"system-users"_s, QStyle::SP_FileDialogListView));
    m_occupants->setToolTip(tr("Show or hide the people in this room"));
    m_occupants->setAccessibleName(tr("People in the room"));
    m_occupants->hide();
    connect(m_occupants, &QToolButton::toggled, this, &ChatHeader::occupantsToggled);
    row->addWidget(m_occupants);

    m_search->setAutoRaise(true);
    m_search->setIcon(themeIcon(u"edit-find"_s, QStyle::SP_FileDialogContentsView));
    m_search->setToolTip(tr("Search in this conversation (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search in conversation"));
    connect(m_search, &QToolButton::clicked, this, &ChatHeader::searchClicked);
    row->addWidget(m_search);

    m_close->setAutoRaise(true);
    m_close->setIcon(themeIcon(u"window-close"_s, QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this chat (Esc)"));
    m_close->setAccessibleName(tr("Close chat"));
    connect(m_close, &QToolButton::clicked, this, &ChatHeader::closeClicked);
    row->addWidget(m_close);
    outer->addLayout(row);

    // The key-change warning: its own coloured bar so that it is seen before the next message is typed.
    m_warning->setObjectName(u"keyWarning"_s);
    m_warning->setAutoFillBackground(true);
    auto *warningRow = new QHBoxLayout(m_warning);
    warningRow->setContentsMargins(10, 6, 6, 6);
    auto *icon = new QLabel(m_warning);
    icon->setPixmap(themeIcon(u"dialog-warning"_s, QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    warningRow->addWidget(icon, 0, Qt::AlignTop);
    m_warningText->setWordWrap(true);
    m_warningText->setAccessibleName(tr("Key warning"));
    m_warningText->setToolTip(tr("A new key can mean that the contact set up a new device or reinstalled, or that "
                                 "someone is impersonating them. Compare fingerprints over a channel you trust "
                                 "before you verify it."));
    warningRow->addWidget(m_warningText, 1);
    m_verify->setText(tr("Verify Key…"));
    m_verify->setAccessibleName(tr("Verify the contact's new key"));
    connect(m_verify, &QPushButton::clicked, this, &ChatHeader::verifyClicked);
    warningRow->addWidget(m_verify, 0, Qt::AlignVCenter);
    m_warning->hide();
    outer->addWidget(m_warning);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    outer->addWidget(line);

    setEncryption(false, QString());
    updatePresenceLine();
}

ChatHeader::~ChatHeader() = default;

void ChatHeader::setContact(const QString &name, const QString &jid)
{
    m_name->setText(name);
    m_name->setToolTip(jid);
    if (name != m_nameText || jid != m_jid) {
        m_nameText = name;
        m_jid = jid;
        updateAvatar();
    }
}

void ChatHeader::setAvatar(const QImage &image)
{
    if (image == m_avatarImage) {
        return;
    }
    m_avatarImage = image;
    updateAvatar();
}

void ChatHeader::updateAvatar()
{
    // A room: the square of the conversation list.
    m_avatar->setPixmap(m_room ? Avatar::roomPixmap(AvatarSize, devicePixelRatioF(), m_nameText, m_jid)
                               : Avatar::pixmap(AvatarSize, devicePixelRatioF(), m_nameText, m_jid, m_avatarImage));
}

void ChatHeader::setRoomMode(bool room)
{
    m_room = room;
    m_lock->setVisible(true);
    m_occupants->setVisible(room);
    m_name->setAccessibleName(room ? tr("Room") : tr("Contact"));
    m_avatar->setAccessibleName(room ? tr("Room's picture") : tr("Contact's picture"));
    updateAvatar();
    m_close->setToolTip(room ? tr("Leave this room and close it") : tr("Close this chat (Esc)"));
    m_close->setAccessibleName(room ? tr("Leave room") : tr("Close chat"));
    updatePresenceLine();
}

void ChatHeader::setRoomStatus(bool inRoom, const QString &text)
{
    m_inRoom = inRoom;
    m_roomText = text;
    updatePresenceLine();
}

void ChatHeader::setPresence(PresenceManager::Availability availability, const QString &status)
{
    m_availability = availability;
    m_status = status;
    updatePresenceLine();
}

void ChatHeader::setChatState(ChatState state)
{
    m_state = state;
    updatePresenceLine();
}

QString ChatHeader::typingText() const
{
    switch (m_state) {
    case ChatState::Composing:
        return tr("typing…");
    case ChatState::Paused:
        return tr("stopped typing");
    case ChatState::Gone:
        return tr("left the conversation");
    default:
        break;
    }
    return QString();
}

void ChatHeader::setEventing(bool eventing)
{
    m_eventing->setVisible(eventing && !m_room);
}

bool ChatHeader::eventingShown() const
{
    return !m_eventing->isHidden();
}

bool ChatHeader::keyWarningShown() const
{
    return !m_warning->isHidden();
}

QString ChatHeader::availabilityText(PresenceManager::Availability availability)
{
    switch (availability) {
    case PresenceManager::Availability::Offline:
        return tr("Offline");
    case PresenceManager::Availability::Dnd:
        return tr("Do not disturb");
    case PresenceManager::Availability::Xa:
        return tr("Extended away");
    case PresenceManager::Availability::Away:
        return tr("Away");
    case PresenceManager::Availability::Online:
        return tr("Available");
    case PresenceManager::Availability::Chat:
        return tr("Free for chat");
    }
    return QString();
}

QColor ChatHeader::availabilityColor(PresenceManager::Availability availability)
{
    switch (availability) {
    case PresenceManager::Availability::Online:
    case PresenceManager::Availability::Chat:
        return { 0x2e, 0xc2, 0x7e };
    case PresenceManager::Availability::Away:
    case PresenceManager::Availability::Xa:
        return { 0xf5, 0xa6, 0x23 };
    case PresenceManager::Availability::Dnd:
        return { 0xe0, 0x1b, 0x24 };
    case PresenceManager::Availability::Offline:
        break;
    }
    return { 0x9a, 0x99, 0x96 };
}

void ChatHeader::updatePresenceLine()
{
    const int size = m_presence->fontMetrics().height() * 2 / 3;
    QPixmap dot(size * 2, size * 2);
    dot.setDevicePixelRatio(2);
    dot.fill(Qt::transparent);
    {
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(availabilityColor(m_room
                ? (m_inRoom ? PresenceManager::Availability::Online : PresenceManager::Availability::Offline)
                : m_availability));
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    }
    m_presenceDot->setPixmap(dot);
    if (m_room) {
        m_presence->setText(m_roomText);
        m_presence->setToolTip(m_roomText);
        QFont font = m_presence->font();
        font.setItalic(false);
        m_presence->setFont(font);
        return;
    }
    QString text = availabilityText(m_availability);
    if (!m_status.isEmpty()) {
        text += u" — "_s + m_status;
    }
    const QString typing = typingText();
    if (!typing.isEmpty()) {
        text = typing + u" · "_s + text;
    }
    m_presence->setText(text);
    m_presence->setToolTip(text);
    QFont font = m_presence->font();
    font.setItalic(!typing.isEmpty());
    m_presence->setFont(font);
}

QIcon ChatHeader::lockIcon(bool closed, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    const QColor colour = closed ? (dark ? QColor(0x57, 0xd9, 0x8a) : QColor(0x1a, 0x7f, 0x37))
                                 : palette.color(QPalette::PlaceholderText);
    QIcon icon;
    for (const int size : { 16, 20, 24, 32, 48 }) {
        QPixmap pixmap(size * 2, size * 2);
        pixmap.setDevicePixelRatio(2);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF r(size * 0.18, size * 0.08, size * 0.64, size * 0.84);
        const qreal bodyTop = r.top() + r.height() * 0.45;
        const qreal inset = r.width() * 0.2;
        QPainterPath shackle;
        // An open lock lifts its shackle and swings it aside.
        const qreal lift = closed ? 0 : r.height() * 0.12;
        shackle.moveTo(r.left() + inset, closed ? bodyTop : r.top() + r.height() * 0.25 - lift);
        shackle.lineTo(r.left() + inset, r.top() + r.height() * 0.25 - lift);
        shackle.arcTo(QRectF(r.left() + inset, r.top() - lift, r.width() - 2 * inset, r.height() * 0.5), 180, -180);
        shackle.lineTo(r.right() - inset, bodyTop - lift);
        painter.setPen(QPen(colour, std::max(1.5, size / 9.0), Qt::SolidLine, Qt::RoundCap));
        painter.drawPath(shackle);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(r.left(), bodyTop, r.width(), r.bottom() - bodyTop), size / 10.0, size / 10.0);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void ChatHeader::setEncryption(bool encrypted, const QString &policyText, const QString &method)
{
    m_encrypted = encrypted;
    m_lock->setIcon(lockIcon(encrypted, palette()));
    const QString what = !encrypted ? tr("Your next message will NOT be encrypted.")
        : method == u"ESession"_s
        ? tr("Your next message will be end-to-end encrypted with an encrypted session (the contact has no OMEMO "
             "device).")
        : !method.isEmpty() ? tr("Your next message will be end-to-end encrypted with %1.").arg(method)
                            : tr("Your next message will be end-to-end encrypted.");
    QString tip = what;
    if (!policyText.isEmpty()) {
        tip += u'\n' + tr("Encryption policy: %1").arg(policyText);
    }
    tip += u'\n' + tr("Click to compare fingerprints and change the policy.");
    m_lock->setToolTip(tip);
    m_lock->setAccessibleDescription(what);
}

void ChatHeader::setRoomEncryption(bool encrypted, const QString &reason)
{
    m_encrypted = encrypted;
    m_lock->setIcon(lockIcon(encrypted, palette()));
    const QString what = encrypted ? tr("Your next message in this room will be end-to-end encrypted with OMEMO, for "
                                        "every member's devices.")
                                   : tr("Your next message in this room will NOT be end-to-end encrypted.");
    QString tip = what;
    if (!reason.isEmpty()) {
        tip += u'\n' + reason;
    }
    tip += u'\n' + tr("Click to turn OMEMO on or off for this room.");
    m_lock->setToolTip(tip);
    m_lock->setAccessibleDescription(what);
}

void ChatHeader::setKeyWarning(const QString &text)
{
    m_warningText->setText(text);
    m_warning->setVisible(!text.isEmpty());
    QPalette palette = m_warning->palette();
    const bool dark = this->palette().color(QPalette::Window).lightnessF() < 0.5;
    palette.setColor(QPalette::Window, dark ? QColor(0x6b, 0x4a, 0x00) : QColor(0xff, 0xe8, 0xa3));
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xf3, 0xd0) : QColor(0x3d, 0x2b, 0x00));
    m_warning->setPalette(palette);
}

void ChatHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_lock->setIcon(lockIcon(m_encrypted, palette()));
        if (keyWarningShown()) {
            setKeyWarning(m_warningText->text());
        }
        updatePresenceLine();
    }
}

} // namespace balcony::ui
