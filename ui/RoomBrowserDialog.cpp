#include "RoomBrowserDialog.h"

#include "muc/MucRoom.h"
#include "muc/RoomDirectory.h"
#include "ui_RoomBrowserDialog.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

enum Column { NameColumn, AddressColumn };
constexpr int JidRole = Qt::UserRole + 1;

} // namespace

RoomBrowserDialog::RoomBrowserDialog(RoomDirectory *directory, const Jid &domain, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RoomBrowserDialog>())
    , m_directory(directory)
    , m_model(new QStandardItemModel(0, 2, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_detailsDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels({ tr("Name"), tr("Address") });
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortLocaleAware(true);
    m_filter->setFilterKeyColumn(-1); // name or address
    m_ui->roomView->setModel(m_filter);
    m_ui->roomView->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_ui->roomView->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_ui->roomView->header()->setSectionResizeMode(AddressColumn, QHeaderView::ResizeToContents);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Choose"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->serviceCombo->lineEdit()->setPlaceholderText(tr("conference.example.org"));
    m_ui->listButton->setEnabled(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->listButton, &QPushButton::clicked, this, &RoomBrowserDialog::listRooms);
    connect(m_ui->serviceCombo->lineEdit(), &QLineEdit::returnPressed, this, &RoomBrowserDialog::listRooms);
    connect(m_ui->serviceCombo, &QComboBox::activated, this, &RoomBrowserDialog::listRooms);
    connect(m_ui->serviceCombo, &QComboBox::currentTextChanged, this,
        [this](const QString &text) { m_ui->listButton->setEnabled(Jid::parse(text.trimmed()).has_value()); });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateStatus();
    });
    connect(m_ui->roomView, &QAbstractItemView::activated, this, [this] {
        if (!selectedRoom().isNull()) {
            accept();
        }
    });
    connect(m_ui->roomView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &RoomBrowserDialog::selectionChanged);
    // Details are asked for the room the selection rests on, not for each row the arrow keys pass.
    m_detailsDelay->setSingleShot(true);
    m_detailsDelay->setInterval(300);
    connect(m_detailsDelay, &QTimer::timeout, this, [this] {
        const Jid room = selectedRoom();
        if (!room.isNull() && m_directory) {
            m_directory->queryRoom(room);
        }
    });

    if (m_directory) {
        connect(m_directory, &RoomDirectory::servicesFound, this, &RoomBrowserDialog::onServicesFound);
        connect(m_directory, &RoomDirectory::roomsListed, this, &RoomBrowserDialog::onRoomsListed);
        connect(m_directory, &RoomDirectory::roomDetailsReceived, this, &RoomBrowserDialog::onDetails);
        connect(m_directory, &RoomDirectory::roomDetailsFailed, this, [this](const Jid &room, const QString &error) {
            if (room == selectedRoom()) {
                m_ui->detailsLabel->setText(tr("The room did not say more about itself: %1").arg(error));
            }
        });
        m_listStatus = tr("Looking for the group chat services of %1…").arg(domain.domain());
        m_directory->findServices(domain);
    } else {
        m_listStatus = tr("The account is not signed in.");
    }
    updateStatus();
}

RoomBrowserDialog::~RoomBrowserDialog() = default;

Jid RoomBrowserDialog::selectedRoom() const
{
    const QModelIndex current = m_ui->roomView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(NameColumn).data(JidRole).value<Jid>() : Jid();
}

int RoomBrowserDialog::shownRooms() const
{
    return m_filter->rowCount();
}

void RoomBrowserDialog::onServicesFound(const QList<Jid> &services, const QString &error)
{
    const QString typed = m_ui->serviceCombo->currentText().trimmed();
    m_ui->serviceCombo->clear();
    for (const Jid &service : services) {
        m_ui->serviceCombo->addItem(service.toString());
    }
    if (!error.isEmpty()) {
        m_listStatus = tr("The server could not be asked for its group chat services: %1").arg(error);
    } else if (services.isEmpty()) {
        m_listStatus = tr("Your server lists no group chat service. Type the address of one above.");
    }
    if (!typed.isEmpty()) {
        m_ui->serviceCombo->setEditText(typed); // what the user typed meanwhile wins
    }
    updateStatus();
    if (!services.isEmpty() && typed.isEmpty()) {
        listRooms();
    }
}

void RoomBrowserDialog::listRooms()
{
    const std::optional<Jid> service = Jid::parse(m_ui->serviceCombo->currentText().trimmed());
    if (!service || !m_directory) {
        return;
    }
    m_listing = service->bare();
    m_model->removeRows(0, m_model->rowCount());
    m_ui->detailsLabel->clear();
    m_listStatus = tr("Listing the rooms of %1…").arg(m_listing.toString());
    updateStatus();
    m_directory->listRooms(m_listing);
}

void RoomBrowserDialog::onRoomsListed(
    const Jid &service, const QList<RoomListing> &rooms, bool truncated, const QString &error)
{
    if (service != m_listing) {
        return;
    }
    m_ui->roomView->setSortingEnabled(false); // one sort after the rows, not one per row
    m_model->removeRows(0, m_model->rowCount());
    for (const RoomListing &room : rooms) {
        const QString name = mucDisplayText(room.name).simplified();
        auto *nameItem = new QStandardItem(name.isEmpty() ? room.jid.local() : name);
        nameItem->setData(QVariant::fromValue(room.jid), JidRole);
        auto *addressItem = new QStandardItem(room.jid.toString());
        m_model->appendRow({ nameItem, addressItem });
    }
    m_ui->roomView->setSortingEnabled(true);
    if (!error.isEmpty()) {
        m_listStatus = tr("%1 did not list its rooms: %2").arg(service.toString(), error);
    } else if (rooms.isEmpty()) {
        m_listStatus = tr("%1 has no public rooms.").arg(service.toString());
    } else if (truncated) {
        m_listStatus
            = tr("%1 has more rooms than shown here: the list stops at %n rooms.", nullptr, RoomDirectory::maxRooms())
                  .arg(service.toString());
    } else {
        m_listStatus.clear();
    }
    updateStatus();
}

void RoomBrowserDialog::updateStatus()
{
    QString text = m_listStatus;
    if (text.isEmpty()) {
        const int total = m_model->rowCount();
        const int shown = m_filter->rowCount();
        // (No English .qm: "%n rooms" would read "1 rooms".)
        if (shown == total) {
            text = total == 1 ? tr("One room") : tr("%n rooms", nullptr, total);
        } else {
            text = total == 1 ? tr("%1 of one room").arg(shown) : tr("%1 of %n rooms", nullptr, total).arg(shown);
        }
    }
    m_ui->statusLabel->setText(text);
}

void RoomBrowserDialog::selectionChanged()
{
    const Jid room = selectedRoom();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!room.isNull());
    m_ui->detailsLabel->clear();
    if (!room.isNull()) {
        m_detailsDelay->start();
    }
}

void RoomBrowserDialog::onDetails(const RoomDetails &details)
{
    if (details.jid != selectedRoom()) {
        return;
    }
    QStringList lines;
    QString heading = mucDisplayText(details.name).simplified();
    if (heading.isEmpty()) {
        heading = details.jid.toString();
    }
    if (details.occupants >= 0) {
        heading = details.occupants == 1 ? tr("%1 · one person").arg(heading)
                                         : tr("%1 · %n people", nullptr, details.occupants).arg(heading);
    }
    lines.append(heading);
    if (const QString description = mucDisplayText(details.description).trimmed(); !description.isEmpty()) {
        lines.append(description);
    }
    QStringList facts;
    if (details.passwordProtected) {
        facts.append(tr("needs a password"));
    }
    if (details.membersOnly) {
        facts.append(tr("members only"));
    }
    if (details.moderated) {
        facts.append(tr("moderated"));
    }
    if (details.nonAnonymous) {
        facts.append(tr("everyone there sees your address"));
    }
    if (details.archived) {
        facts.append(tr("keeps an archive"));
    }
    if (!facts.isEmpty()) {
        lines.append(facts.join(u" · "_s));
    }
    m_ui->detailsLabel->setText(lines.join(u'\n'));
}

} // namespace balcony::ui
