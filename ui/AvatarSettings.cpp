#include "AvatarSettings.h"

#include "Avatar.h"
#include "app/AccountController.h"
#include "avatar/AvatarManager.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

constexpr int PreviewSize = 64;

} // namespace

AvatarSettings::AvatarSettings(const QList<app::AccountController *> &controllers, QWidget *parent)
    : QGroupBox(tr("Your picture"), parent)
    , m_account(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_set(new QPushButton(tr("Set &Avatar…"), this))
    , m_remove(new QPushButton(tr("&Remove Avatar"), this))
    , m_status(new QLabel(this))
{
    setAccessibleName(tr("Your picture"));
    auto *layout = new QGridLayout(this);
    m_preview->setFixedSize(PreviewSize, PreviewSize);
    m_preview->setAccessibleName(tr("Current picture"));
    layout->addWidget(m_preview, 0, 0, 3, 1, Qt::AlignTop);
    m_account->setAccessibleName(tr("Account"));
    m_account->setToolTip(tr("The account whose picture is shown and changed"));
    layout->addWidget(m_account, 0, 1, 1, 2);
    m_set->setAccessibleName(tr("Set avatar"));
    m_set->setToolTip(tr("Choose an image: contacts see it next to your name"));
    layout->addWidget(m_set, 1, 1);
    m_remove->setAccessibleName(tr("Remove avatar"));
    m_remove->setToolTip(tr("Stop showing a picture to your contacts"));
    layout->addWidget(m_remove, 1, 2);
    m_status->setAccessibleName(tr("Picture status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status, 2, 1, 1, 2);
    layout->setColumnStretch(3, 1);

    for (app::AccountController *controller : controllers) {
        m_controllers.append(controller);
        m_account->addItem(controller->jid().bareString());
        connect(controller, &app::AccountController::online, this, &AvatarSettings::refresh);
        connect(controller, &app::AccountController::offline, this, &AvatarSettings::refresh);
        if (controller->isOpen() && controller->account().avatars()) {
            connect(controller->account().avatars(), &AvatarManager::ownAvatarChanged, this, &AvatarSettings::refresh);
            connect(controller->account().avatars(), &AvatarManager::avatarChanged, this, &AvatarSettings::refresh);
        }
    }
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        m_status->clear();
        refresh();
    });
    connect(m_set, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose Your Picture"), QString(), imageFilter());
        if (!file.isEmpty()) {
            setAvatarFrom(file);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, &AvatarSettings::removeAvatar);
    refresh();
}

QString AvatarSettings::imageFilter()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats()) {
        patterns.append(u"*."_s + QString::fromLatin1(format));
    }
    return tr("Images (%1)").arg(patterns.join(u' ')) + u";;"_s + tr("All files (*)");
}

app::AccountController *AvatarSettings::current() const
{
    const int index = m_account->currentIndex();
    return index >= 0 && index < m_controllers.size() ? m_controllers.at(index).data() : nullptr;
}

QString AvatarSettings::statusText() const
{
    return m_status->text();
}

void AvatarSettings::refresh()
{
    app::AccountController *controller = current();
    AvatarManager *avatars = controller && controller->isOpen() ? controller->account().avatars() : nullptr;
    const QString jid = controller ? controller->jid().bareString() : QString();
    const QImage image = avatars ? avatars->image(controller->jid().bare()).value<QImage>() : QImage();
    m_preview->setPixmap(Avatar::pixmap(PreviewSize, devicePixelRatioF(), jid, jid, image));
    const bool online = avatars && controller->isOnline();
    m_set->setEnabled(online && !m_busy);
    m_remove->setEnabled(online && !m_busy && !avatars->ownHash().isEmpty());
    if (!online && !m_busy && controller) {
        m_status->setText(tr("Sign in to change this account's picture."));
    } else if (online && m_status->text() == tr("Sign in to change this account's picture.")) {
        m_status->clear();
    }
}

void AvatarSettings::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_status->setText(status);
    refresh();
}

void AvatarSettings::setAvatarFrom(const QString &path)
{
    app::AccountController *controller = current();
    if (!controller || !controller->isOpen() || !controller->account().avatars()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    setBusy(true, tr("Publishing your picture…"));
    const QPointer<AvatarSettings> self(this);
    controller->account().avatars()->setAvatar(file.readAll(), [self](const AvatarManager::Result &result) {
        if (!self) {
            return;
        }
        if (!result.ok()) {
            self->setBusy(false, tr("Your picture was not changed: %1").arg(result.error));
        } else if (!result.warning.isEmpty()) {
            self->setBusy(
                false, tr("Your picture was published; the copy in your vCard failed: %1").arg(result.warning));
        } else {
            self->setBusy(false, tr("Your picture was published."));
        }
    });
}

void AvatarSettings::removeAvatar()
{
    app::AccountController *controller = current();
    if (!controller || !controller->isOpen() || !controller->account().avatars()) {
        return;
    }
    setBusy(true, tr("Removing your picture…"));
    const QPointer<AvatarSettings> self(this);
    controller->account().avatars()->clearAvatar([self](const AvatarManager::Result &result) {
        if (!self) {
            return;
        }
        self->setBusy(false,
            result.ok() ? tr("Your picture was removed.") : tr("Your picture was not removed: %1").arg(result.error));
    });
}

} // namespace balcony::ui
