#pragma once

#include "core/Jid.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace balcony {

class Connection;
class Element;

// One room of a group chat service's public list (XEP-0045 §6.3: disco#items of the service).
struct RoomListing {
    Jid jid; // bare room JID
    QString name; // the item's name as the service gave it (may be empty); mucDisplayText() for showing it
};

// What a room says about itself (XEP-0045 §6.4: disco#info with the muc#roominfo form).
struct RoomDetails {
    Jid jid;
    QString name; // identity name or muc#roomconfig_roomname
    QString description; // muc#roominfo_description
    QString subject; // muc#roominfo_subject
    QString language; // muc#roominfo_lang
    int occupants = -1; // muc#roominfo_occupants; -1 if the room does not say
    bool passwordProtected = false; // muc_passwordprotected
    bool membersOnly = false; // muc_membersonly
    bool moderated = false; // muc_moderated
    bool nonAnonymous = false; // muc_nonanonymous (everyone sees our address)
    bool archived = false; // urn:xmpp:mam:2
};

// Finding group chats (XEP-0045 §6.1-§6.4) for a "browse rooms" window: the server's group chat services
// (disco#items of the domain, then disco#info of each item for a conference/text identity), a service's public
// rooms (disco#items, paged with XEP-0059 RSM where the service supports it) and one room's details.
//
// Bounds (a service is anyone's to run): at most maxServiceCandidates() items of the domain are asked about,
// at most maxRooms() rooms are listed (the list says it was cut), at most maxPages() RSM pages, a page that
// repeats the previous position ends the listing, names are cut at 256 characters; a new request of a kind
// replaces the one in flight (its answer is dropped).
class RoomDirectory : public QObject {
    Q_OBJECT
public:
    explicit RoomDirectory(Connection &connection, QObject *parent = nullptr);
    ~RoomDirectory() override;

    static constexpr int maxServiceCandidates() { return 40; }
    static constexpr int maxRooms() { return 5000; }
    static constexpr int maxPages() { return 50; }
    static constexpr int pageSize() { return 200; }

    // Asks `domain` (the account's server) for its group chat services; servicesFound() follows once.
    void findServices(const Jid &domain);
    // Lists the public rooms of `service`; roomsListed() follows once (a service that does not page answers in one).
    void listRooms(const Jid &service);
    // Asks `room` about itself; roomDetailsReceived() or roomDetailsFailed() follows.
    void queryRoom(const Jid &room);

Q_SIGNALS:
    // `error` non-empty (translated) when the server could not be asked; an empty list with no error means it
    // has no group chat service.
    void servicesFound(const QList<balcony::Jid> &services, const QString &error);
    // `truncated`: more rooms than maxRooms() (or maxPages() pages); `error` non-empty when the service refused
    // or did not answer (then `rooms` holds what came before).
    void roomsListed(
        const balcony::Jid &service, const QList<balcony::RoomListing> &rooms, bool truncated, const QString &error);
    void roomDetailsReceived(const balcony::RoomDetails &details);
    void roomDetailsFailed(const balcony::Jid &room, const QString &error);

private:
    void requestItemsPage(const Jid &service, const QString &after, quint64 generation);
    void serviceInfoAnswered(quint64 generation);

    Connection &m_connection;
    // Each kind of request: answers of an older generation are dropped.
    quint64 m_servicesGeneration = 0;
    quint64 m_roomsGeneration = 0;
    quint64 m_detailsGeneration = 0;
    // findServices() in flight: info queries outstanding and services found so far.
    int m_servicesPending = 0;
    QList<Jid> m_services;
    // listRooms() in flight.
    QList<RoomListing> m_rooms;
    QSet<Jid> m_seenRooms;
    int m_pages = 0;
    QString m_lastPosition;
};

// What a disco#info <query/> of `room` says about it (fields it lacks keep their defaults).
RoomDetails roomDetailsFrom(const Jid &room, const Element &query);

} // namespace balcony

Q_DECLARE_METATYPE(balcony::RoomListing)
Q_DECLARE_METATYPE(balcony::RoomDetails)
