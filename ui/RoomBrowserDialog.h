#pragma once

#include "core/Jid.h"

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;
class QTimer;

namespace Ui {
class RoomBrowserDialog;
}

namespace balcony {
class RoomDirectory;
struct RoomDetails;
struct RoomListing;
} // namespace balcony

namespace balcony::ui {

// Finding a room to join (XEP-0045 §6): the server's group chat services (another one can be typed), their
// public rooms in a sortable, filterable list (name, address), and what the selected room says about itself
// (description, how many are in, password, members only, whether the others see your address). Choosing a room
// (double-click, Enter, OK) hands its address to the join dialog; nothing is joined here.
class RoomBrowserDialog : public QDialog {
    Q_OBJECT
public:
    // `directory` must outlive the dialog (AccountController::roomDirectory()); `domain` is the account's server.
    RoomBrowserDialog(RoomDirectory *directory, const Jid &domain, QWidget *parent = nullptr);
    ~RoomBrowserDialog() override;

    // The chosen room (null until one is selected).
    Jid selectedRoom() const;
    // Shown rooms (after the filter).
    int shownRooms() const;

private:
    void listRooms();
    void onServicesFound(const QList<Jid> &services, const QString &error);
    void onRoomsListed(const Jid &service, const QList<RoomListing> &rooms, bool truncated, const QString &error);
    void onDetails(const RoomDetails &details);
    void selectionChanged();
    void updateStatus();

    std::unique_ptr<Ui::RoomBrowserDialog> m_ui;
    RoomDirectory *m_directory;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTimer *m_detailsDelay;
    Jid m_listing; // the service being listed or listed last
    QString m_listStatus;
};

} // namespace balcony::ui
