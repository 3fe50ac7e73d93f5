#include "RoomDirectory.h"

#include "MucNamespaces.h"
#include "MucRoom.h"
#include "core/DataForm.h"
#include "core/Element.h"
#include "disco/DiscoInfo.h"
#include "stream/Connection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

Q_LOGGING_CATEGORY(lcMuc, "balcony.muc")

constexpr int maxNameLength = 256;
const QString rsmNs = u"http://jabber.org/protocol/rsm"_s;
const QString clientNs = u"jabber:client"_s;

Element discoQuery(const QString &type, const Jid &to, const QString &ns, const Element &child = Element())
{
    Element iq(u"iq"_s, clientNs);
    iq.setAttribute(u"type"_s, type);
    iq.setAttribute(u"to"_s, to.toString());
    Element query(u"query"_s, ns);
    if (!child.isNull()) {
        query.appendChild(child);
    }
    iq.appendChild(query);
    return iq;
}

QString failureText(const IqResult &result)
{
    switch (result.status) {
    case IqResult::Status::Result:
        return QString();
    case IqResult::Status::Timeout:
        return QCoreApplication::translate("balcony", "The server did not answer.");
    case IqResult::Status::Cancelled:
        return QCoreApplication::translate("balcony", "The connection was lost.");
    case IqResult::Status::Error:
        break;
    }
    const QString text = result.error.describe();
    return text.isEmpty() ? QCoreApplication::translate("balcony", "The server refused the request.") : text;
}

QString cut(const QString &text)
{
    return text.size() > maxNameLength ? text.left(maxNameLength) : text;
}

QString formValue(const DataForm *form, QStringView var)
{
    const DataForm::Field *field = form ? form->field(var) : nullptr;
    return field && !field->values.isEmpty() ? field->values.constFirst() : QString();
}

} // namespace

RoomDirectory::RoomDirectory(Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    qRegisterMetaType<RoomListing>();
    qRegisterMetaType<RoomDetails>();
}

RoomDirectory::~RoomDirectory() = default;

void RoomDirectory::findServices(const Jid &domain)
{
    const quint64 generation = ++m_servicesGeneration;
    m_services.clear();
    m_servicesPending = 0;
    const QPointer<RoomDirectory> self(this);
    m_connection.sendIq(discoQuery(u"get"_s, Jid::parse(domain.domain()).value_or(domain), DiscoInfo::itemsXmlns()),
        [self, generation](const IqResult &result) {
            if (!self || generation != self->m_servicesGeneration) {
                return;
            }
            if (result.status != IqResult::Status::Result) {
                Q_EMIT self->servicesFound({}, failureText(result));
                return;
            }
            QList<Jid> candidates;
            const Element query = result.stanza.firstChild(u"query", DiscoInfo::itemsXmlns());
            for (const Element &item : query.children(u"item")) {
                const std::optional<Jid> jid = Jid::parse(item.attribute(u"jid"));
                // A service is a domain (XEP-0045 §6.1); nodes and users are not asked about.
                if (jid && jid->isDomain() && item.attribute(u"node").isEmpty() && !candidates.contains(*jid)) {
                    candidates.append(*jid);
                    if (candidates.size() == maxServiceCandidates()) {
                        qCInfo(lcMuc) << "the server lists more than" << maxServiceCandidates()
                                      << "items: only the first are asked whether they host rooms";
                        break;
                    }
                }
            }
            if (candidates.isEmpty()) {
                Q_EMIT self->servicesFound({}, QString());
                return;
            }
            self->m_servicesPending = int(candidates.size());
            for (const Jid &candidate : std::as_const(candidates)) {
                self->m_connection.sendIq(discoQuery(u"get"_s, candidate, DiscoInfo::xmlns()),
                    [self, generation, candidate](const IqResult &info) {
                        if (!self || generation != self->m_servicesGeneration) {
                            return;
                        }
                        const std::optional<DiscoInfo> parsed = info.status == IqResult::Status::Result
                            ? DiscoInfo::fromElement(info.stanza.firstChild(u"query", DiscoInfo::xmlns()))
                            : std::nullopt;
                        if (parsed && parsed->hasFeature(ns::muc())) {
                            for (const DiscoIdentity &identity : parsed->identities) {
                                if (identity.category == u"conference" && identity.type == u"text") {
                                    self->m_services.append(candidate);
                                    break;
                                }
                            }
                        }
                        self->serviceInfoAnswered(generation);
                    });
            }
        });
}

void RoomDirectory::serviceInfoAnswered(quint64 generation)
{
    if (generation != m_servicesGeneration || --m_servicesPending > 0) {
        return;
    }
    std::sort(m_services.begin(), m_services.end());
    Q_EMIT servicesFound(m_services, QString());
}

void RoomDirectory::listRooms(const Jid &service)
{
    const quint64 generation = ++m_roomsGeneration;
    m_rooms.clear();
    m_seenRooms.clear();
    m_pages = 0;
    m_lastPosition.clear();
    requestItemsPage(service, QString(), generation);
}

void RoomDirectory::requestItemsPage(const Jid &service, const QString &after, quint64 generation)
{
    // XEP-0059 §2.1: a service that pages answers with <set/>; one that does not ignores the request's <set/>
    // and sends everything (which is then cut at maxRooms()).
    Element set(u"set"_s, rsmNs);
    set.appendTextChild(u"max"_s, rsmNs, QString::number(pageSize()));
    if (!after.isEmpty()) {
        set.appendTextChild(u"after"_s, rsmNs, after);
    }
    Element iq = discoQuery(u"get"_s, service, DiscoInfo::itemsXmlns(), set);
    ++m_pages;
    const QPointer<RoomDirectory> self(this);
    m_connection.sendIq(iq, [self, service, generation](const IqResult &result) {
        if (!self || generation != self->m_roomsGeneration) {
            return;
        }
        if (result.status != IqResult::Status::Result) {
            Q_EMIT self->roomsListed(service, self->m_rooms, false, failureText(result));
            return;
        }
        const Element query = result.stanza.firstChild(u"query", DiscoInfo::itemsXmlns());
        bool truncated = false;
        for (const Element &item : query.children(u"item")) {
            const std::optional<Jid> jid = Jid::parse(item.attribute(u"jid"));
            // A room of this service (§6.3): room@service, nothing else the service might list.
            if (!jid || !jid->isBare() || jid->local().isEmpty() || jid->domain() != service.domain()
                || self->m_seenRooms.contains(*jid)) {
                continue;
            }
            if (self->m_rooms.size() == maxRooms()) {
                truncated = true;
                break;
            }
            self->m_seenRooms.insert(*jid);
            self->m_rooms.append({ *jid, cut(item.attribute(u"name")) });
        }
        const Element page = query.firstChild(u"set", rsmNs);
        const QString last = page.childText(u"last", rsmNs).left(1024);
        const int count = page.childText(u"count", rsmNs).toInt();
        const bool more = !page.isNull() && !last.isEmpty() && last != self->m_lastPosition
            && !query.children(u"item").isEmpty() && (count <= 0 || self->m_rooms.size() < count);
        if (more && !truncated && self->m_pages < maxPages()) {
            self->m_lastPosition = last;
            self->requestItemsPage(service, last, generation);
            return;
        }
        if (more && self->m_pages >= maxPages()) {
            truncated = true;
        }
        Q_EMIT self->roomsListed(service, self->m_rooms, truncated, QString());
    });
}

void RoomDirectory::queryRoom(const Jid &room)
{
    const quint64 generation = ++m_detailsGeneration;
    const QPointer<RoomDirectory> self(this);
    const Jid bare = room.bare();
    m_connection.sendIq(
        discoQuery(u"get"_s, bare, DiscoInfo::xmlns()), [self, generation, bare](const IqResult &result) {
            if (!self || generation != self->m_detailsGeneration) {
                return;
            }
            const Element query = result.stanza.firstChild(u"query", DiscoInfo::xmlns());
            if (result.status != IqResult::Status::Result || query.isNull()) {
                Q_EMIT self->roomDetailsFailed(bare, failureText(result));
                return;
            }
            Q_EMIT self->roomDetailsReceived(roomDetailsFrom(bare, query));
        });
}

RoomDetails roomDetailsFrom(const Jid &room, const Element &query)
{
    RoomDetails details;
    details.jid = room.bare();
    const std::optional<DiscoInfo> info = DiscoInfo::fromElement(query);
    if (!info) {
        return details;
    }
    for (const DiscoIdentity &identity : info->identities) {
        if (identity.category == u"conference" && !identity.name.isEmpty()) {
            details.name = cut(identity.name);
            break;
        }
    }
    details.passwordProtected = info->hasFeature(u"muc_passwordprotected");
    details.membersOnly = info->hasFeature(u"muc_membersonly");
    details.moderated = info->hasFeature(u"muc_moderated");
    details.nonAnonymous = info->hasFeature(u"muc_nonanonymous");
    details.archived = info->hasFeature(u"urn:xmpp:mam:2");
    // §6.4 / §15.5.4: the muc#roominfo form.
    const DataForm *form = info->extension(u"http://jabber.org/protocol/muc#roominfo");
    details.description = formValue(form, u"muc#roominfo_description").left(4096);
    details.subject = formValue(form, u"muc#roominfo_subject").left(4096);
    details.language = cut(formValue(form, u"muc#roominfo_lang"));
    bool ok = false;
    const int occupants = formValue(form, u"muc#roominfo_occupants").toInt(&ok);
    details.occupants = ok && occupants >= 0 ? occupants : -1;
    if (details.name.isEmpty()) {
        details.name = cut(formValue(form, u"muc#roomconfig_roomname"));
    }
    return details;
}

} // namespace balcony
