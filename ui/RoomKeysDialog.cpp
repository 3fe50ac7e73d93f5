#include "RoomKeysDialog.h"

#include "FingerprintDialog.h"
#include "app/AccountController.h"
#include "models/RosterModel.h"
#include "omemo/OmemoManager.h"
#include "storage/E2eKeyStore.h"
#include "ui_RoomKeysDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidgetItem>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

OmemoManager *omemoOf(app::AccountController *controller)
{
    return controller && controller->isOpen() ? controller->account().omemo() : nullptr;
}

QString displayName(app::AccountController *controller, const Jid &jid)
{
    if (RosterModel *roster = controller ? controller->roster() : nullptr) {
        if (const int row = roster->rowOf(jid); row >= 0) {
            return roster->displayNameAt(row);
        }
    }
    return jid.bareString();
}

} // namespace

RoomKeysDialog::RoomKeysDialog(
    app::AccountController *controller, const Jid &room, const QList<Jid> &members, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RoomKeysDialog>())
    , m_controller(controller)
    , m_room(room.bare())
{
    m_ui->setupUi(this);
    for (const Jid &member : members) {
        if (!m_members.contains(member.bare())) {
            m_members.append(member.bare());
        }
    }
    setWindowTitle(tr("Encryption in %1").arg(m_room.bareString()));
    m_ui->introLabel->setText(
        tr("OMEMO messages in %1 are encrypted for every device of these members that you trust. To be sure nobody "
           "is in between, compare fingerprints with a member: select them and choose Compare Fingerprints.")
            .arg(m_room.bareString()));
    m_ui->memberList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->memberList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->memberList->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->memberList->setWordWrap(true);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_ui->memberList, &QTreeWidget::currentItemChanged, this, &RoomKeysDialog::updateButtons);
    connect(m_ui->memberList, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { compare(m_ui->memberList->indexOfTopLevelItem(item)); });
    connect(m_ui->compareButton, &QPushButton::clicked, this,
        [this] { compare(m_ui->memberList->indexOfTopLevelItem(m_ui->memberList->currentItem())); });
    connect(m_ui->fetchButton, &QPushButton::clicked, this, &RoomKeysDialog::fetchDevices);
    if (OmemoManager *omemo = omemoOf(controller)) {
        connect(omemo, &OmemoManager::devicesChanged, this, [this](const Jid &who) {
            if (m_members.contains(who.bare())) {
                showMembers();
            }
        });
    }
    showMembers();
    if (!m_members.isEmpty()) {
        m_ui->memberList->setCurrentItem(m_ui->memberList->topLevelItem(0));
    }
    // Members whose devices were never seen: asked now (the others on Fetch Devices).
    if (OmemoManager *omemo = omemoOf(controller)) {
        QList<Jid> unknown;
        for (const Jid &member : std::as_const(m_members)) {
            if (omemo->devices(member).isEmpty()) {
                unknown.append(member);
            }
        }
        fetch(unknown);
    }
    showMembers();
}

RoomKeysDialog::~RoomKeysDialog() = default;

void RoomKeysDialog::fetchDevices()
{
    if (m_fetching == 0) {
        fetch(m_members);
    }
}

void RoomKeysDialog::fetch(const QList<Jid> &members)
{
    OmemoManager *omemo = omemoOf(m_controller);
    if (!omemo) {
        return;
    }
    QPointer<RoomKeysDialog> self(this);
    for (const Jid &member : members) {
        ++m_fetching;
        omemo->fetchDevices(member, [self](const QString &) {
            if (self) {
                --self->m_fetching;
                self->showMembers();
            }
        });
    }
    showMembers();
}

void RoomKeysDialog::showMembers()
{
    OmemoManager *omemo = omemoOf(m_controller);
    const Jid selected = m_ui->memberList->currentItem()
        ? m_members.value(m_ui->memberList->indexOfTopLevelItem(m_ui->memberList->currentItem()))
        : Jid();
    m_ui->memberList->clear();
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    const QColor bad = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    const QColor good = dark ? QColor(0x57, 0xd9, 0x8a) : QColor(0x1a, 0x7f, 0x37);
    int trustedDevices = 0;
    QStringList unreadable;
    QStringList untrusted;
    for (const Jid &member : std::as_const(m_members)) {
        int active = 0;
        int verified = 0;
        int blind = 0;
        int undecided = 0;
        int distrusted = 0;
        for (const OmemoDevice &device : omemo ? omemo->devices(member) : QList<OmemoDevice>()) {
            if (!device.active) {
                continue;
            }
            ++active;
            switch (device.trust) {
            case OmemoTrust::Verified:
                ++verified;
                break;
            case OmemoTrust::Blind:
                ++blind;
                break;
            case OmemoTrust::Undecided:
                ++undecided;
                break;
            case OmemoTrust::Distrusted:
                ++distrusted;
                break;
            }
        }
        trustedDevices += verified + blind;
        const QString name = displayName(m_controller, member);
        auto *item = new QTreeWidgetItem(m_ui->memberList);
        item->setText(0, name == member.bareString() ? name : name + u'\n' + member.bareString());
        item->setText(1, active == 0 ? tr("none") : QString::number(active));
        QString trust;
        bool alarming = false;
        if (active == 0) {
            trust = tr("No OMEMO device: cannot read encrypted messages");
            alarming = true;
        } else if (undecided > 0) {
            trust = tr("%n device(s) NOT trusted yet", nullptr, undecided);
            alarming = true;
        } else if (verified + blind == 0) {
            trust = tr("Every device distrusted");
            alarming = true;
        } else if (blind == 0) {
            trust = tr("Verified");
        } else if (verified > 0) {
            trust = tr("%1 verified, %2 trusted without verification").arg(verified).arg(blind);
        } else {
            trust = tr("Trusted (not verified)");
        }
        if (distrusted > 0 && !(verified + blind == 0 && undecided == 0)) {
            trust += u", "_s + tr("%n distrusted", nullptr, distrusted);
        }
        item->setText(2, trust);
        item->setData(
            0, Qt::AccessibleTextRole, tr("%1, %2, %3").arg(name, tr("%n OMEMO device(s)", nullptr, active), trust));
        if (alarming) {
            QFont bold = item->font(2);
            bold.setBold(true);
            item->setFont(2, bold);
            item->setForeground(2, bad);
        } else if (verified > 0 && blind == 0) {
            item->setForeground(2, good);
        }
        if (verified + blind == 0) {
            unreadable.append(name);
        } else if (undecided > 0) {
            untrusted.append(name);
        }
        if (member == selected) {
            m_ui->memberList->setCurrentItem(item);
        }
    }
    QString summary;
    if (m_fetching > 0) {
        summary = tr("Fetching the members' devices…");
    } else if (m_members.isEmpty()) {
        summary = tr("The room has no other members.");
    } else if (!unreadable.isEmpty()) {
        summary = tr("Nothing encrypted can be sent to the room until every member has a trusted device. Without "
                     "one: %1.")
                      .arg(unreadable.join(u", "_s));
    } else {
        summary = tr("Your messages are encrypted for %n trusted device(s) of %1, and for your own other devices.",
            nullptr, trustedDevices)
                      .arg(tr("%n member(s)", nullptr, int(m_members.size())));
        if (!untrusted.isEmpty()) {
            summary += u' ' + tr("Devices not trusted yet get nothing: %1.").arg(untrusted.join(u", "_s));
        }
    }
    m_ui->summaryLabel->setText(summary);
    m_ui->fetchButton->setEnabled(m_fetching == 0 && omemo);
    updateButtons();
}

void RoomKeysDialog::updateButtons()
{
    m_ui->compareButton->setEnabled(m_ui->memberList->currentItem() != nullptr && omemoOf(m_controller));
}

void RoomKeysDialog::compare(int row)
{
    if (row < 0 || row >= m_members.size() || !m_controller) {
        return;
    }
    FingerprintDialog dialog(m_controller, m_members.at(row), this);
    dialog.exec();
    showMembers();
}

QStringList RoomKeysDialog::rows() const
{
    QStringList out;
    for (int i = 0; i < m_ui->memberList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->memberList->topLevelItem(i);
        out.append(m_members.value(i).bareString() + u" | "_s + item->text(1) + u" | "_s + item->text(2));
    }
    return out;
}

QString RoomKeysDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

} // namespace balcony::ui
