// The command-specific half of CliSession: what each command does once the account is fully online.
#include "CliSession.h"
#include "ExitCode.h"
#include "im/ArchiveManager.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "im/PresenceManager.h"
#include "im/RosterManager.h"
#include "im/SubscriptionManager.h"
#include "storage/E2eKeyStore.h"
#include "storage/HistoryStore.h"
#include "storage/OutboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony::cli {

namespace {
constexpr int DefaultWaitMs = 2000;

QString availabilityName(PresenceManager::Availability availability)
{
    return QString::fromLatin1(QMetaEnum::fromType<PresenceManager::Availability>().valueToKey(int(availability)))
        .toLower();
}

QString showText(Presence::Show show)
{
    return show == Presence::Show::None ? u"online"_s : Presence::showName(show);
}

QJsonObject rosterItemJson(const RosterItem &item)
{
    return QJsonObject {
        { u"jid"_s, item.jid.toString() },
        { u"name"_s, item.name },
        { u"subscription"_s, item.subscription },
        { u"ask"_s, item.askSubscribe },
        { u"groups"_s, QJsonArray::fromStringList(item.groups) },
    };
}

QString rosterItemLine(const RosterItem &item)
{
    QString line = item.jid.toString();
    if (!item.name.isEmpty()) {
        line += u" \""_s + item.name + u"\""_s;
    }
    line += u"  "_s + item.subscription + (item.askSubscribe ? u" (ask)"_s : QString());
    if (!item.groups.isEmpty()) {
        line += u"  ["_s + item.groups.join(u", "_s) + u"]"_s;
    }
    return line;
}
} // namespace

void CliSession::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

int CliSession::waitMs() const
{
    return m_options.waitMs >= 0 ? m_options.waitMs : DefaultWaitMs;
}

void CliSession::afterWait(std::function<void()> action)
{
    m_wait.disconnect();
    connect(&m_wait, &QTimer::timeout, this, [this, action] {
        if (!m_done && !m_closing) {
            action();
        }
    });
    m_wait.start(waitMs());
}

void CliSession::runCommand()
{
    if (runEventing()) {
        return;
    }
    switch (m_options.command) {
    case Command::Send:
        if (m_esessionSend) {
            sendEncrypted();
        } else {
            checkSendDone();
        }
        return;
    case Command::PublishOfflineOptions:
        publishOfflineOptions();
        return;
    case Command::Keys:
        fetchKeys(); // the other keys actions ran without a connection
        return;
    case Command::Roster:
        runRoster();
        return;
    case Command::Presence:
        // Contacts' presence arrives right after our initial presence (RFC 6121 §4.2.3): let it settle.
        afterWait([this] { listPresence(); });
        return;
    case Command::Subscribe:
        runSubscribe();
        return;
    case Command::Approve:
        if (!m_account->subscriptions()->approve(m_options.to)) {
            finish(ExitOther, tr("The approval could not be sent."));
            return;
        }
        if (m_options.json) {
            printJson({ { u"jid"_s, m_options.to.toString() }, { u"approved"_s, true } });
        } else {
            m_out << tr("approved %1").arg(m_options.to.toString()) << Qt::endl;
        }
        finish(ExitOk);
        return;
    case Command::Deny:
        runDeny();
        return;
    case Command::Requests:
        // The server redelivers pending requests after our initial presence (RFC 6121 §3.1.3).
        afterWait([this] { listRequests(); });
        return;
    case Command::Sync:
        m_account->archive()->catchUp();
        return;
    case Command::Room:
        runRoom();
        return;
    case Command::Avatar:
        runAvatar();
        return;
    case Command::Upload:
        runUpload();
        return;
    case Command::Login:
    case Command::Listen:
    case Command::History:
    case Command::TrustCert:
    case Command::Policy:
    case Command::Register: // runs without a session (CliApp)
        return;
    }
}

// --- send

namespace {

// The `encryption` value of `send --json`.
QString encryptionName(MessageE2eKind kind)
{
    switch (kind) {
    case MessageE2eKind::Omemo:
        return u"omemo"_s;
    case MessageE2eKind::Omemo2:
        return u"omemo2"_s;
    case MessageE2eKind::OnlineEsession:
        return u"online-esession"_s;
    case MessageE2eKind::OfflineEsession:
    case MessageE2eKind::None:
        break;
    }
    return u"offline-esession"_s;
}

} // namespace

void CliSession::onAcknowledged(qint64 historyId, const QString &originId)
{
    if (m_options.command != Command::Send || m_done) {
        return;
    }
    ++m_acked;
    const std::optional<StoredMessage> message = m_account->historyStore()->message(historyId);
    const QString to = message ? message->conversation.toString() : QString();
    const bool encrypted = m_encryptedIds.contains(historyId);
    const std::optional<MessageE2eMark> mark
        = encrypted ? m_account->e2eKeyStore()->messageMark(historyId) : std::optional<MessageE2eMark>();
    const bool online = mark && mark->kind == MessageE2eKind::OnlineEsession;
    if (m_options.json) {
        QJsonObject object { { u"id"_s, originId }, { u"to"_s, to }, { u"state"_s, u"acked"_s },
            { u"encrypted"_s, encrypted } };
        if (encrypted) {
            object.insert(u"encryption"_s, encryptionName(mark ? mark->kind : MessageE2eKind::OfflineEsession));
        }
        printJson(object);
    } else if (!encrypted) {
        m_out << tr("acknowledged %1 to %2 (not encrypted)").arg(originId, to) << Qt::endl;
    } else {
        const MessageE2eKind kind = mark ? mark->kind : MessageE2eKind::OfflineEsession;
        m_out << (kind == MessageE2eKind::Omemo  ? tr("acknowledged %1 to %2 (encrypted, OMEMO)").arg(originId, to)
                : kind == MessageE2eKind::Omemo2 ? tr("acknowledged %1 to %2 (encrypted, OMEMO 2)").arg(originId, to)
                : online ? tr("acknowledged %1 to %2 (encrypted, online ESession)").arg(originId, to)
                         : tr("acknowledged %1 to %2 (encrypted, offline ESession)").arg(originId, to))
              << Qt::endl;
    }
    checkSendDone();
}

void CliSession::checkSendDone()
{
    if (!m_online || m_done || m_closing || m_sendsInFlight > 0 || !m_encryptedBodies.isEmpty()
        || !m_account->outboxStore()->pending().isEmpty() || !m_eventingIds.isEmpty()) {
        return;
    }
    if (!m_options.json) {
        m_out << tr("%1 message(s) acknowledged by the server (%2 queued by this run).").arg(m_acked).arg(m_queued)
              << Qt::endl;
    }
    finish(ExitOk);
}

// --- roster

void CliSession::runRoster()
{
    RosterManager *roster = m_account->roster();
    const Jid contact = m_options.to;
    auto report = [this, contact] {
        const std::optional<RosterItem> item = m_account->roster()->item(contact);
        if (m_options.json) {
            QJsonObject object { { u"jid"_s, contact.toString() },
                { u"action"_s, m_options.rosterAction == RosterAction::Add ? u"added"_s : u"removed"_s } };
            if (item && m_options.rosterAction == RosterAction::Add) {
                object.insert(u"item"_s, rosterItemJson(*item));
            }
            printJson(object);
        } else if (m_options.rosterAction == RosterAction::Add) {
            m_out << tr("added %1").arg(item ? rosterItemLine(*item) : contact.toString()) << Qt::endl;
        } else {
            m_out << tr("removed %1").arg(contact.toString()) << Qt::endl;
        }
        finish(ExitOk);
    };
    auto done = [this, contact, report](const QString &error) {
        if (!error.isEmpty()) {
            finish(ExitRefused, error);
            return;
        }
        // The server may answer the set before its push (RFC 6121 §2.3.2): print the item as pushed.
        if (m_options.rosterAction == RosterAction::Add && !m_account->roster()->item(contact)) {
            connect(m_account->roster(), &RosterManager::itemChanged, this, [this, contact, report](const Jid &jid) {
                if (jid == contact && !m_done && !m_closing) {
                    m_wait.stop();
                    report();
                }
            });
            afterWait(report);
            return;
        }
        report();
    };
    switch (m_options.rosterAction) {
    case RosterAction::List:
        listRoster();
        return;
    case RosterAction::Add:
        if (!roster->addOrUpdate(contact, m_options.name, m_options.groups, done)) {
            finish(ExitOther, tr("The roster change could not be sent."));
        }
        return;
    case RosterAction::Remove:
        if (!roster->item(contact)) {
            finish(ExitNotFound, tr("%1 is not in the roster.").arg(contact.toString()));
            return;
        }
        if (!roster->remove(contact, done)) {
            finish(ExitOther, tr("The roster change could not be sent."));
        }
        return;
    }
}

void CliSession::listRoster()
{
    const QList<RosterItem> items = m_account->roster()->items();
    if (m_options.json) {
        QJsonArray array;
        for (const RosterItem &item : items) {
            array.append(rosterItemJson(item));
        }
        printJson({ { u"version"_s, m_account->roster()->version() }, { u"items"_s, array } });
    } else {
        for (const RosterItem &item : items) {
            m_out << rosterItemLine(item) << '\n';
        }
        m_out << tr("%n contact(s)", nullptr, int(items.size())) << Qt::endl;
    }
    finish(ExitOk);
}

// --- presence

void CliSession::listPresence()
{
    PresenceManager *presence = m_account->presence();
    QList<Jid> contacts;
    QSet<QString> listed; // a roster of thousands: no linear lookup per available contact
    for (const RosterItem &item : m_account->roster()->items()) {
        contacts.append(item.jid);
        listed.insert(item.jid.bareString());
    }
    // Contacts only: the server also reflects our own presence to us (RFC 6121 §4.2.2).
    const Jid ownJid = m_account->jid().bare();
    for (const Jid &jid : presence->availableContacts()) {
        if (jid != ownJid && !listed.contains(jid.bareString())) {
            listed.insert(jid.bareString());
            contacts.append(jid);
        }
    }
    std::sort(contacts.begin(), contacts.end(), [](const Jid &a, const Jid &b) { return a.toString() < b.toString(); });
    QJsonArray array;
    for (const Jid &contact : std::as_const(contacts)) {
        const QList<ResourcePresence> resources = presence->resources(contact);
        const QString availability = availabilityName(presence->availability(contact));
        if (m_options.json) {
            QJsonArray list;
            for (const ResourcePresence &r : resources) {
                list.append(QJsonObject { { u"jid"_s, r.jid.toString() }, { u"show"_s, showText(r.show) },
                    { u"status"_s, r.status }, { u"priority"_s, r.priority } });
            }
            array.append(QJsonObject {
                { u"jid"_s, contact.toString() }, { u"availability"_s, availability }, { u"resources"_s, list } });
            continue;
        }
        m_out << contact.toString() << u"  "_s << availability << '\n';
        for (const ResourcePresence &r : resources) {
            m_out << u"  "_s << r.jid.resource() << u"  "_s << showText(r.show) << u"  "_s << r.priority
                  << (r.status.isEmpty() ? QString() : u"  \""_s + r.status + u"\""_s) << '\n';
        }
    }
    const QJsonObject own { { u"show"_s, showText(presence->effectiveShow()) }, { u"status"_s, presence->status() },
        { u"priority"_s, presence->priority() } };
    if (m_options.json) {
        printJson({ { u"own"_s, own }, { u"contacts"_s, array } });
    } else {
        m_out << tr("announced: %1, priority %2%3")
                     .arg(showText(presence->effectiveShow()))
                     .arg(presence->priority())
                     .arg(presence->status().isEmpty() ? QString() : u", \""_s + presence->status() + u"\""_s)
              << Qt::endl;
    }
    finish(ExitOk);
}

// --- subscriptions

void CliSession::runSubscribe()
{
    SubscriptionManager *subscriptions = m_account->subscriptions();
    const Jid contact = m_options.to;
    auto report = [this, contact](const QString &outcome, int exitCode) {
        if (m_options.json) {
            printJson({ { u"jid"_s, contact.toString() }, { u"subscription"_s, outcome } });
        } else {
            m_out << tr("subscription to %1: %2").arg(contact.toString(), outcome) << Qt::endl;
        }
        finish(
            exitCode, exitCode == ExitRefused ? tr("%1 refused the subscription.").arg(contact.toString()) : QString());
    };
    connect(subscriptions, &SubscriptionManager::subscriptionApproved, this, [report, contact](const Jid &from) {
        if (from == contact) {
            report(u"approved"_s, ExitOk);
        }
    });
    connect(subscriptions, &SubscriptionManager::subscriptionRevoked, this, [report, contact](const Jid &from) {
        if (from == contact) {
            report(u"refused"_s, ExitRefused);
        }
    });
    if (SubscriptionManager::weSeeThem(subscriptions->state(contact))) {
        report(u"approved"_s, ExitOk);
        return;
    }
    if (!subscriptions->requestSubscription(contact)) {
        finish(ExitOther, tr("The subscription request could not be sent."));
        return;
    }
    // No answer within the wait: the request stays pending on the server (RFC 6121 §3.1.2).
    afterWait([report] { report(u"pending"_s, ExitOk); });
}

void CliSession::runDeny()
{
    SubscriptionManager *subscriptions = m_account->subscriptions();
    const Jid contact = m_options.to;
    auto deny = [this, contact] {
        if (!m_account->subscriptions()->deny(contact)) {
            finish(ExitOther, tr("The refusal could not be sent."));
            return;
        }
        if (m_options.json) {
            printJson({ { u"jid"_s, contact.toString() }, { u"denied"_s, true } });
        } else {
            m_out << tr("denied %1").arg(contact.toString()) << Qt::endl;
        }
        finish(ExitOk);
    };
    if (subscriptions->hasPendingRequest(contact)) {
        deny();
        return;
    }
    // The server redelivers a pending request after our initial presence: give it the wait.
    connect(subscriptions, &SubscriptionManager::subscriptionRequested, this, [this, contact, deny](const Jid &from) {
        if (from == contact && !m_done && !m_closing) {
            m_wait.stop();
            deny();
        }
    });
    afterWait([this, contact] {
        finish(ExitNotFound, tr("No pending subscription request from %1.").arg(contact.toString()));
    });
}

void CliSession::listRequests()
{
    const QList<SubscriptionRequest> requests = m_account->subscriptions()->pendingRequests();
    if (m_options.json) {
        QJsonArray array;
        for (const SubscriptionRequest &r : requests) {
            array.append(QJsonObject { { u"jid"_s, r.from.toString() }, { u"status"_s, r.status },
                { u"received"_s, r.received.toUTC().toString(Qt::ISODate) } });
        }
        printJson({ { u"requests"_s, array } });
    } else {
        for (const SubscriptionRequest &r : requests) {
            m_out << r.from.toString() << u"  "_s << r.received.toUTC().toString(Qt::ISODate)
                  << (r.status.isEmpty() ? QString() : u"  \""_s + r.status + u"\""_s) << '\n';
        }
        m_out << tr("%n pending request(s)", nullptr, int(requests.size())) << Qt::endl;
    }
    finish(ExitOk);
}

// --- sync

void CliSession::onCatchUpFinished(bool ok, int stored, const QString &error)
{
    if (m_options.command != Command::Sync || m_done || m_closing) {
        return;
    }
    if (m_options.json) {
        printJson({ { u"fetched"_s, stored }, { u"ok"_s, ok }, { u"error"_s, ok ? QJsonValue() : QJsonValue(error) } });
    } else {
        m_out << tr("fetched %1 message(s) from the archive").arg(stored) << Qt::endl;
    }
    if (!ok) {
        finish(ExitRefused, error.isEmpty() ? tr("The archive query failed.") : error);
        return;
    }
    finish(ExitOk);
}

} // namespace balcony::cli
