#include "omemo/OmemoManager.h"

#include "disco/DiscoManager.h"
#include "esession/FragmentParser.h"
#include "im/Outbox.h"
#include "omemo/OmemoCrypto.h"
#include "omemo/OmemoLibrary.h"
#include "pubsub/PubSubEvent.h"
#include "pubsub/PubSubManager.h"
#include "storage/ElementXml.h"
#include "stream/Connection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOmemo, "balcony.omemo")

namespace balcony {

namespace {

const QString clientNs = u"jabber:client"_s;
const QString hintsNs = u"urn:xmpp:hints"_s;
const QString emeNs = u"urn:xmpp:eme:0"_s;
const QString sidNs = u"urn:xmpp:sid:0"_s;
const QString sceNs = u"urn:xmpp:sce:1"_s;

MessageE2eKind kindOf(OmemoVersion version)
{
    return version == OmemoVersion::Legacy ? MessageE2eKind::Omemo : MessageE2eKind::Omemo2;
}

QString fallbackBody()
{
    return QCoreApplication::translate(
        "balcony::omemo", "This message is encrypted with OMEMO, which your client does not seem to support.");
}

QString randomPadding()
{
    // XEP-0420 §4: 0-200 random characters hide the length of short messages.
    const int length = QRandomGenerator::system()->bounded(1, 201);
    QString pad;
    pad.reserve(length);
    for (int i = 0; i < length; ++i) {
        pad.append(QChar(u'a' + QRandomGenerator::system()->bounded(26)));
    }
    return pad;
}

} // namespace

struct OmemoManager::SendJob {
    Jid to;
    QString body;
    SendCallback done;
};

OmemoManager::OmemoManager(Connection &connection, PubSubManager &pubSub, MessageManager &messages, Outbox &outbox,
    E2eKeyStore &store, DiscoManager *disco, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_pubSub(pubSub)
    , m_messages(messages)
    , m_outbox(outbox)
    , m_store(store)
    , m_library(std::make_unique<omemo::Library>(store, connection.settings().jid))
{
    // Ratchet states changed by decryption are stored together at the end of the event-loop turn (a catch-up page
    // of archived messages in one transaction).
    m_library->setFlushRequester([this] { QTimer::singleShot(0, this, [this] { m_library->flush(); }); });
    Q_UNUSED(disco);
    for (const OmemoVersion version : { OmemoVersion::Legacy, OmemoVersion::V2 }) {
        m_pubSub.registerInterest(omemo::deviceListNode(version));
    }
    connect(&m_pubSub, &PubSubManager::eventReceived, this, &OmemoManager::onEvent);
    m_messages.addIncomingFilter(
        this, [this](const Element &message, MessageFlags flags) { return handleIncoming(message, flags); });
    m_connection.addSessionStep(this, SessionStep::Encryption, [this](bool) { onSessionStarting(); });
}

OmemoManager::~OmemoManager()
{
    m_messages.removeIncomingFilters(this);
}

Jid OmemoManager::ownBare() const
{
    const Jid bound = m_connection.boundJid();
    return (bound.isNull() ? m_connection.settings().jid : bound).bare();
}

bool OmemoManager::open(QString *error)
{
    return m_library->open(error);
}

bool OmemoManager::isOpen() const
{
    return m_library->isOpen();
}

quint32 OmemoManager::deviceId() const
{
    return m_library->deviceId();
}

QString OmemoManager::ownFingerprint() const
{
    return m_library->ownFingerprint();
}

QList<OmemoDevice> OmemoManager::devices(const Jid &jid) const
{
    return m_store.omemoDevices(jid.bare());
}

bool OmemoManager::hasDevices(const Jid &contact) const
{
    return versionFor(contact).has_value();
}

bool OmemoManager::setTrust(const Jid &jid, OmemoVersion version, quint32 device, OmemoTrust trust)
{
    std::optional<OmemoDevice> stored = cachedDevice(jid.bare(), version, device);
    if (!stored) {
        return false;
    }
    stored->trust = trust;
    if (!saveDevice(*stored)) {
        return false;
    }
    Q_EMIT devicesChanged(jid.bare());
    return true;
}

QString OmemoManager::deviceKey(const Jid &jid, OmemoVersion version, quint32 id)
{
    return QString::number(int(version)) + u':' + jid.bareString() + u':' + QString::number(id);
}

std::optional<OmemoDevice> OmemoManager::cachedDevice(const Jid &jid, OmemoVersion version, quint32 id)
{
    const QString key = deviceKey(jid, version, id);
    const auto it = m_deviceCache.constFind(key);
    if (it != m_deviceCache.constEnd()) {
        return it.value();
    }
    std::optional<OmemoDevice> stored = m_store.omemoDevice(jid.bare(), version, id);
    if (stored) {
        if (m_deviceCache.size() >= maxCachedDevices) {
            m_deviceCache.clear();
        }
        m_deviceCache.insert(key, *stored);
    }
    return stored;
}

bool OmemoManager::rememberDevice(const Jid &jid, OmemoVersion version, quint32 id)
{
    // Bounded like a device list: a contact cannot grow our store by sending from made-up device ids.
    if (m_store.omemoDevices(jid).size() >= 2 * omemo::maxDevices) {
        qCInfo(lcOmemo) << "not remembering device" << id << "of" << jid.toString() << ": too many devices";
        return false;
    }
    OmemoDevice fresh;
    fresh.jid = jid.bare();
    fresh.version = version;
    fresh.id = id;
    fresh.trust = initialTrust(jid);
    fresh.firstSeen = QDateTime::currentDateTimeUtc();
    fresh.lastSeen = fresh.firstSeen;
    fresh.active = false; // until its owner's device list names it
    return saveDevice(fresh);
}

bool OmemoManager::saveDevice(const OmemoDevice &device)
{
    const QString key = deviceKey(device.jid, device.version, device.id);
    m_deviceCache.remove(key);
    return m_store.saveOmemoDevice(device);
}

OmemoTrust OmemoManager::initialTrust(const Jid &jid) const
{
    if (m_trustMode == TrustMode::Manual) {
        return OmemoTrust::Undecided;
    }
    // Blind trust before verification: once the user verified a device of this contact, new ones wait.
    for (const OmemoDevice &device : m_store.omemoDevices(jid)) {
        if (device.trust == OmemoTrust::Verified) {
            return OmemoTrust::Undecided;
        }
    }
    return OmemoTrust::Blind;
}

// --- own device

void OmemoManager::onSessionStarting()
{
    ++m_session;
    m_published = false;
    m_lists.clear(); // device lists of the last session may be stale; events and fetches refill it
    m_roomChecks.clear();
    startOwnDevice(m_session);
}

void OmemoManager::startOwnDevice(quint64 session)
{
    if (session != m_session) {
        return; // a newer session started meanwhile (its own start runs)
    }
    if (!m_library->isOpen() && m_store.isUnlocking()) {
        // The key store's passphrase derivation is still running on its thread (issue 12: a sign-in never waits
        // for it): look again shortly instead of blocking this thread.
        QTimer::singleShot(20, this, [this, session] { startOwnDevice(session); });
        return;
    }
    QString error;
    if (!m_library->open(&error)) {
        qCInfo(lcOmemo) << "OMEMO not started:" << error;
        return;
    }
    // A signed pre-key is replaced after a week (the previous one stays for messages built on it); the bundles
    // published below carry the new one.
    m_library->rotateSignedPreKey(signedPreKeyMaxAgeSeconds);
    publishOwn();
}

void OmemoManager::publishOwn()
{
    QPointer<OmemoManager> self(this);
    const quint64 session = m_session;
    // Two device-list reads, then per format the list (when this device is missing from it) and the bundle: the
    // session counts as published when every one of those was answered.
    auto pending = std::make_shared<int>(2);
    auto finishOne = [self, session, pending] {
        if (self && session == self->m_session && --*pending == 0) {
            self->m_published = true;
            Q_EMIT self->published();
        }
    };
    for (const OmemoVersion version : { OmemoVersion::Legacy, OmemoVersion::V2 }) {
        m_pubSub.retrieveItems(ownBare(), omemo::deviceListNode(version),
            [self, session, version, pending, finishOne](
                const QList<PubSubItem> &items, const std::optional<PubSubError> &error) {
                if (!self || session != self->m_session) {
                    return;
                }
                QList<omemo::DeviceListEntry> list;
                if (!error && !items.isEmpty()) {
                    QString why;
                    list = omemo::parseDeviceList(items.constLast().payload, version, &why).value_or(list);
                } else if (error && !error->isStanzaError(StanzaError::Condition::ItemNotFound)) {
                    qCInfo(lcOmemo) << "own device list" << int(version) << "not read:" << error->message;
                }
                self->applyDeviceList(self->ownBare(), version, list);
                const bool listed = std::any_of(list.cbegin(), list.cend(),
                    [&](const omemo::DeviceListEntry &e) { return e.id == self->m_library->deviceId(); });
                if (!listed) {
                    list.append({ self->m_library->deviceId(), u"Balcony"_s });
                    ++*pending;
                    self->publishDeviceList(version, list, finishOne);
                }
                ++*pending;
                self->publishBundle(version, finishOne);
                finishOne(); // the read itself
            });
    }
}

void OmemoManager::publishDeviceList(
    OmemoVersion version, QList<omemo::DeviceListEntry> list, std::function<void()> done)
{
    PublishOptions options;
    options.setAccessModel(NodeConfig::AccessModel::Open);
    m_pubSub.publish(ownBare(), omemo::deviceListNode(version),
        PubSubItem { u"current"_s, omemo::deviceListElement(list, version), Jid() }, options,
        [version, done](const PubSubManager::PublishResult &result) {
            if (result.error) {
                qCWarning(lcOmemo) << "publishing the device list" << int(version)
                                   << "failed:" << result.error->message;
            }
            if (done) {
                done();
            }
        });
}

void OmemoManager::publishBundle(OmemoVersion version, std::function<void()> done)
{
    QString error;
    const std::optional<omemo::Bundle> bundle = m_library->ownBundle(version, &error);
    if (!bundle) {
        qCWarning(lcOmemo) << "no bundle to publish:" << error;
        if (done) {
            done();
        }
        return;
    }
    PublishOptions options;
    options.setAccessModel(NodeConfig::AccessModel::Open);
    if (version == OmemoVersion::V2) {
        options.setValue(u"pubsub#max_items"_s, u"max"_s); // one item per device in one node (XEP-0384 §5.3.2)
    }
    const quint32 device = m_library->deviceId();
    m_pubSub.publish(ownBare(), omemo::bundleNode(version, device),
        PubSubItem { omemo::bundleItemId(version, device), omemo::bundleElement(*bundle, version), Jid() }, options,
        [version, done](const PubSubManager::PublishResult &result) {
            if (result.error) {
                qCWarning(lcOmemo) << "publishing the bundle" << int(version) << "failed:" << result.error->message;
            }
            if (done) {
                done();
            }
        });
}

void OmemoManager::scheduleBundlePublish()
{
    if (m_bundlePublishScheduled) {
        return;
    }
    m_bundlePublishScheduled = true;
    // Coalesced: a catch-up that uses several pre-keys publishes once.
    QTimer::singleShot(0, this, [this] {
        m_bundlePublishScheduled = false;
        if (m_connection.state() != ConnectionState::Connected || !m_library->isOpen()) {
            return; // the next session publishes anyway
        }
        for (const OmemoVersion version : { OmemoVersion::Legacy, OmemoVersion::V2 }) {
            publishBundle(version);
        }
    });
}

// --- device lists

void OmemoManager::onEvent(const PubSubEvent &event)
{
    for (const OmemoVersion version : { OmemoVersion::Legacy, OmemoVersion::V2 }) {
        if (event.node != omemo::deviceListNode(version) || event.items.isEmpty()) {
            continue;
        }
        QString why;
        const std::optional<QList<omemo::DeviceListEntry>> list
            = omemo::parseDeviceList(event.items.constLast().payload, version, &why);
        if (!list) {
            qCInfo(lcOmemo) << "device list of" << event.service.toString() << "ignored:" << why;
            return;
        }
        const Jid jid = event.service.bare();
        applyDeviceList(jid, version, *list);
        if (jid == ownBare() && m_library->isOpen() && m_connection.state() == ConnectionState::Connected) {
            // Another client of ours rewrote the list without this device: put it back.
            const bool listed = std::any_of(list->cbegin(), list->cend(),
                [&](const omemo::DeviceListEntry &e) { return e.id == m_library->deviceId(); });
            if (!listed) {
                QList<omemo::DeviceListEntry> fixed = *list;
                fixed.append({ m_library->deviceId(), u"Balcony"_s });
                publishDeviceList(version, fixed);
            }
        }
        return;
    }
}

void OmemoManager::applyDeviceList(const Jid &jid, OmemoVersion version, const QList<omemo::DeviceListEntry> &list)
{
    if (m_lists.size() >= maxKnownLists && !m_lists.contains(jid)) {
        m_lists.clear();
    }
    m_lists[jid][int(version)] = list;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<quint32> listed;
    bool changed = false;
    for (const omemo::DeviceListEntry &entry : list) {
        listed.insert(entry.id);
        if (jid == ownBare() && entry.id == m_library->deviceId()) {
            continue;
        }
        std::optional<OmemoDevice> device = cachedDevice(jid, version, entry.id);
        if (!device) {
            OmemoDevice fresh;
            fresh.jid = jid;
            fresh.version = version;
            fresh.id = entry.id;
            fresh.trust = initialTrust(jid);
            fresh.label = entry.label;
            fresh.firstSeen = now;
            fresh.lastSeen = now;
            saveDevice(fresh);
            changed = true;
            if (fresh.trust == OmemoTrust::Undecided && m_trustMode == TrustMode::Blind) {
                Q_EMIT untrustedDeviceAppeared(jid, entry.id);
            }
        } else if (!device->active || device->label != entry.label) {
            device->active = true;
            device->label = entry.label;
            device->lastSeen = now;
            saveDevice(*device);
            changed = true;
        }
    }
    for (OmemoDevice &device : m_store.omemoDevices(jid)) {
        if (device.version == version && device.active && !listed.contains(device.id)) {
            device.active = false;
            saveDevice(device);
            changed = true;
        }
    }
    if (changed) {
        Q_EMIT devicesChanged(jid);
    }
}

void OmemoManager::refreshDevices(const Jid &jid, std::function<void(const QString &error)> done)
{
    QPointer<OmemoManager> self(this);
    auto pending = std::make_shared<int>(2);
    auto errors = std::make_shared<QStringList>();
    for (const OmemoVersion version : { OmemoVersion::Legacy, OmemoVersion::V2 }) {
        m_pubSub.retrieveItems(jid.bare(), omemo::deviceListNode(version),
            [self, jid, version, pending, errors, done](
                const QList<PubSubItem> &items, const std::optional<PubSubError> &error) {
                if (!self) {
                    return;
                }
                if (!error) {
                    QString why;
                    const std::optional<QList<omemo::DeviceListEntry>> list = items.isEmpty()
                        ? std::optional<QList<omemo::DeviceListEntry>>(QList<omemo::DeviceListEntry>())
                        : omemo::parseDeviceList(items.constLast().payload, version, &why);
                    if (list) {
                        self->applyDeviceList(jid.bare(), version, *list);
                    } else {
                        errors->append(why);
                    }
                } else if (error->isStanzaError(StanzaError::Condition::ItemNotFound)) {
                    self->applyDeviceList(jid.bare(), version, {}); // no node: no devices of this format
                } else {
                    errors->append(error->message);
                }
                if (--*pending == 0 && done) {
                    done(errors->join(u' ')); // a format without a node is no error: it has no devices
                }
            });
    }
}

void OmemoManager::fetchDevices(const Jid &jid, std::function<void(const QString &error)> done)
{
    QPointer<OmemoManager> self(this);
    QString error;
    if (!m_library->open(&error)) {
        QTimer::singleShot(0, this, [done, error] { done(error); });
        return;
    }
    refreshDevices(jid, [self, jid, done](const QString &listError) {
        if (!self) {
            return;
        }
        auto pending = std::make_shared<int>(2);
        for (const OmemoVersion version : { OmemoVersion::Legacy, OmemoVersion::V2 }) {
            QList<Recipient> unknown;
            for (const OmemoDevice &device : self->m_store.omemoDevices(jid.bare())) {
                if (device.version == version && device.active && device.identityKey.isEmpty()
                    && !(device.jid == self->ownBare() && device.id == self->m_library->deviceId())) {
                    unknown.append({ device.jid, device.id });
                }
            }
            self->ensureSessions(version, unknown, [pending, done, listError] {
                if (--*pending == 0) {
                    done(listError);
                }
            });
        }
    });
}

std::optional<OmemoDevice> OmemoManager::deviceByFingerprint(const Jid &jid, const QString &fingerprint) const
{
    QString wanted;
    for (const QChar c : fingerprint) {
        if (c.isLetterOrNumber()) {
            wanted.append(c.toLower());
        }
    }
    for (const OmemoDevice &device : m_store.omemoDevices(jid.bare())) {
        if (!device.identityKey.isEmpty() && omemo::fingerprint(device.identityKey).remove(u' ') == wanted) {
            return device;
        }
    }
    return std::nullopt;
}

std::optional<OmemoVersion> OmemoManager::versionFor(const Jid &contact) const
{
    const Jid bare = contact.bare();
    std::optional<OmemoVersion> found;
    for (const OmemoDevice &device : m_store.omemoDevices(bare)) {
        if (!device.active) {
            continue;
        }
        if (device.version == m_preferred) {
            return m_preferred;
        }
        found = device.version;
    }
    return found;
}

QList<OmemoManager::Recipient> OmemoManager::trustedDevices(const Jid &jid, OmemoVersion version, int *untrusted) const
{
    QList<Recipient> targets;
    for (const OmemoDevice &device : m_store.omemoDevices(jid.bare())) {
        if (device.version != version || !device.active) {
            continue;
        }
        if (!device.isTrusted()) {
            if (untrusted) {
                ++*untrusted;
            }
            continue;
        }
        targets.append({ jid.bare(), device.id });
    }
    return targets;
}

QList<OmemoManager::Recipient> OmemoManager::ownOtherDevices(OmemoVersion version) const
{
    QList<Recipient> targets = trustedDevices(ownBare(), version);
    targets.removeIf([this](const Recipient &r) { return r.device == m_library->deviceId(); });
    return targets;
}

QList<OmemoManager::Recipient> OmemoManager::recipients(const Jid &contact, OmemoVersion version, QString *why) const
{
    int untrusted = 0;
    QList<Recipient> targets = trustedDevices(contact, version, &untrusted);
    if (targets.isEmpty()) {
        if (why) {
            *why = untrusted > 0 ? QCoreApplication::translate("balcony::omemo",
                       "None of the contact's OMEMO devices is trusted: compare and accept "
                       "their fingerprints first.")
                                 : QCoreApplication::translate("balcony::omemo", "The contact has no OMEMO devices.");
        }
        return {};
    }
    if (contact.bare() != ownBare()) {
        targets += ownOtherDevices(version);
    }
    return targets;
}

// --- sending

void OmemoManager::send(const Jid &to, const QString &body, SendCallback done)
{
    QPointer<OmemoManager> self(this);
    auto fail = [self, done](const QString &why) {
        QTimer::singleShot(0, self ? static_cast<QObject *>(self.data()) : QCoreApplication::instance(), [done, why] {
            SendResult result;
            result.error = why;
            done(result);
        });
    };
    QString error;
    if (!m_library->open(&error)) {
        fail(error);
        return;
    }
    const Jid contact = to.bare();
    auto proceed = [self, contact, body, done](const QString &listError) {
        if (!self) {
            return;
        }
        const std::optional<OmemoVersion> version = self->versionFor(contact);
        if (!version) {
            SendResult result;
            result.error = listError.isEmpty()
                ? QCoreApplication::translate("balcony::omemo", "The contact has no OMEMO devices.")
                : QCoreApplication::translate("balcony::omemo", "The contact's OMEMO devices could not be read: %1")
                      .arg(listError);
            done(result);
            return;
        }
        QString why;
        const QList<Recipient> targets = self->recipients(contact, *version, &why);
        if (targets.isEmpty()) {
            SendResult result;
            result.version = *version;
            result.error = why;
            done(result);
            return;
        }
        self->ensureSessions(*version, targets, [self, contact, body, version = *version, targets, done] {
            if (!self) {
                return;
            }
            self->whenPublished([self, contact, body, version, targets, done] {
                if (self) {
                    self->finishSend(contact, body, version, targets, done);
                }
            });
        });
    };
    if ((m_lists.contains(contact) && m_lists.value(contact).size() == 2)
        || m_connection.state() != ConnectionState::Connected) {
        // Known from this session, or offline: the stored devices decide, and only existing sessions can be used
        // (no bundle can be fetched). A message that gets a key now is queued encrypted in the outbox at once.
        QTimer::singleShot(0, this, [proceed] { proceed(QString()); });
    } else {
        refreshDevices(contact, proceed);
    }
}

void OmemoManager::whenPublished(std::function<void()> then)
{
    if (m_published || m_connection.state() != ConnectionState::Connected) {
        then();
        return;
    }
    // Whichever comes first: the publication, or the time limit (a service that never answers).
    auto pending = std::make_shared<std::function<void()>>(std::move(then));
    auto *context = new QObject(this);
    auto run = [pending, context] {
        context->deleteLater();
        if (*pending) {
            std::exchange(*pending, {})();
        }
    };
    connect(this, &OmemoManager::published, context, run);
    QTimer::singleShot(publishWaitMs, context, run);
}

void OmemoManager::ensureSessions(OmemoVersion version, const QList<Recipient> &targets, std::function<void()> done)
{
    QList<Recipient> missing;
    for (const Recipient &target : targets) {
        if (!m_library->hasSession(version, target.jid, target.device)) {
            missing.append(target);
        }
    }
    if (missing.isEmpty() || m_connection.state() != ConnectionState::Connected) {
        // Offline: no bundle can be fetched; the devices with a session are what there is.
        QTimer::singleShot(0, this, done);
        return;
    }
    auto pending = std::make_shared<int>(int(missing.size()));
    QPointer<OmemoManager> self(this);
    for (const Recipient &target : missing) {
        // All bundles are asked for at once: one round trip whatever the number of devices.
        fetchBundle(version, target,
            [self, version, target, pending, done](const std::optional<omemo::Bundle> &bundle, const QString &error) {
                if (!self) {
                    return;
                }
                if (bundle) {
                    QString why;
                    const std::optional<QByteArray> identity
                        = self->m_library->buildSession(version, target.jid, target.device, *bundle, &why);
                    if (!identity) {
                        qCInfo(lcOmemo) << "no session with" << target.jid.toString() << target.device << ":" << why;
                    } else if (!self->acceptBundleIdentity(version, target, *identity)) {
                        self->m_library->deleteSession(version, target.jid, target.device);
                    }
                } else {
                    qCInfo(lcOmemo) << "no bundle of" << target.jid.toString() << target.device << ":" << error;
                }
                if (--*pending == 0) {
                    done();
                }
            });
    }
}

void OmemoManager::fetchBundle(OmemoVersion version, const Recipient &target,
    std::function<void(const std::optional<omemo::Bundle> &bundle, const QString &error)> done)
{
    m_pubSub.retrieveItems(target.jid, omemo::bundleNode(version, target.device),
        [version, done](const QList<PubSubItem> &items, const std::optional<PubSubError> &error) {
            if (error) {
                done(std::nullopt, error->message);
                return;
            }
            if (items.isEmpty()) {
                done(std::nullopt, QCoreApplication::translate("balcony::omemo", "The device has no key bundle."));
                return;
            }
            QString why;
            std::optional<omemo::Bundle> bundle = omemo::parseBundle(items.constFirst().payload, version, &why);
            done(bundle, why);
        },
        { omemo::bundleItemId(version, target.device) });
}

bool OmemoManager::acceptBundleIdentity(OmemoVersion version, const Recipient &target, const QByteArray &identity)
{
    std::optional<OmemoDevice> device = cachedDevice(target.jid, version, target.device);
    if (!device) {
        return false;
    }
    if (device->identityKey.isEmpty()) {
        device->identityKey = identity;
        saveDevice(*device);
        Q_EMIT devicesChanged(target.jid);
        return true;
    }
    if (device->identityKey != identity) {
        qCWarning(lcOmemo) << "device" << target.device << "of" << target.jid.toString()
                           << "presents another identity key than before: not used";
        return false;
    }
    return true;
}

void OmemoManager::finishSend(const Jid &to, const QString &body, OmemoVersion version, const QList<Recipient> &targets,
    SendCallback done, const Jid &roomOccupant)
{
    const bool room = !roomOccupant.isNull();
    SendResult result;
    result.version = version;
    QByteArray plaintext;
    if (version == OmemoVersion::Legacy) {
        plaintext = body.toUtf8();
    } else {
        Element envelope(u"envelope"_s, sceNs);
        Element content(u"content"_s, sceNs);
        content.appendTextChild(u"body"_s, clientNs, body);
        envelope.appendChild(content);
        envelope.appendTextChild(u"rpad"_s, sceNs, randomPadding());
        Element from(u"from"_s, sceNs);
        from.setAttribute(u"jid"_s, ownBare().bareString());
        envelope.appendChild(from);
        plaintext = envelope.toString().toUtf8();
    }
    omemo::Encrypted encrypted;
    encrypted.version = version;
    encrypted.sid = m_library->deviceId();
    crypto::SecretBytes keyMaterial;
    if (version == OmemoVersion::Legacy) {
        std::optional<omemo::LegacyPayload> payload = omemo::encryptLegacy(plaintext);
        if (payload) {
            keyMaterial = std::move(payload->keyMaterial);
            encrypted.iv = payload->iv;
            encrypted.payload = payload->ciphertext;
        }
    } else if (std::optional<omemo::V2Payload> payload = omemo::encryptV2(plaintext)) {
        keyMaterial = std::move(payload->keyMaterial);
        encrypted.payload = payload->ciphertext;
    }
    plaintext.fill('\0');
    if (keyMaterial.isEmpty()) {
        result.error = QCoreApplication::translate("balcony::omemo", "The message could not be encrypted.");
        done(result);
        return;
    }
    int contactDevices = 0;
    for (const Recipient &target : targets) {
        if (!m_library->hasSession(version, target.jid, target.device)) {
            continue;
        }
        QString why;
        std::optional<omemo::KeyEntry> key
            = m_library->encryptKey(version, target.jid, target.device, keyMaterial.view(), &why);
        if (!key) {
            qCInfo(lcOmemo) << "no key for" << target.jid.toString() << target.device << ":" << why;
            continue;
        }
        encrypted.keys.append(*key);
        if (room ? target.jid != ownBare() : target.jid == to.bare()) {
            ++contactDevices;
        }
    }
    if (contactDevices == 0) {
        result.error = room ? QCoreApplication::translate("balcony::omemo",
                           "No session could be built with any device of the room's members (their key "
                           "bundles are missing or invalid).")
                            : QCoreApplication::translate("balcony::omemo",
                                "No session could be built with any of the contact's devices (their key bundles are "
                                "missing or invalid).");
        done(result);
        return;
    }
    const QString id = Connection::generateId();
    Element stanza(u"message"_s, clientNs);
    stanza.setAttribute(u"to"_s, to.bareString());
    stanza.setAttribute(u"type"_s, room ? u"groupchat"_s : u"chat"_s);
    stanza.setAttribute(u"id"_s, id);
    stanza.appendChild(omemo::encryptedElement(encrypted));
    stanza.appendTextChild(u"body"_s, clientNs, fallbackBody());
    Element eme(u"encryption"_s, emeNs);
    eme.setAttribute(u"namespace"_s, omemo::xmlns(version));
    eme.setAttribute(u"name"_s, version == OmemoVersion::Legacy ? u"OMEMO"_s : u"OMEMO 2"_s);
    stanza.appendChild(eme);
    stanza.appendChild(Element(u"store"_s, hintsNs));
    Element originId(u"origin-id"_s, sidNs);
    originId.setAttribute(u"id"_s, id);
    stanza.appendChild(originId);
    if (!room) {
        Element request(u"request"_s, u"urn:xmpp:receipts"_s);
        stanza.appendChild(request);
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Jid from = room ? roomOccupant
                          : (m_connection.boundJid().isNull() ? m_connection.settings().jid : m_connection.boundJid());
    StoredMessage message = StoredMessage::outgoing(
        from, to.bare(), room ? Message::Type::GroupChat : Message::Type::Chat, id, QString(), body, now);
    message.e2e = { kindOf(version), MessageE2eStatus::Encrypted, now, QString() };
    const std::optional<OutboxEntry> entry = m_outbox.submit(message, stanza);
    if (!entry) {
        result.error = QCoreApplication::translate("balcony", "The message could not be stored.");
        done(result);
        return;
    }
    result.historyId = entry->historyId;
    result.devices = int(encrypted.keys.size());
    done(result);
}

void OmemoManager::sendEmpty(OmemoVersion version, const Recipient &target, bool rebuild)
{
    const QString key = deviceKey(target.jid, version, target.device);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (rebuild) {
        const QDateTime last = m_lastHeal.value(key);
        if (last.isValid() && last.secsTo(now) < healIntervalSeconds) {
            return;
        }
        if (m_lastHeal.size() > 4096) {
            m_lastHeal.clear();
        }
        m_lastHeal.insert(key, now);
    }
    QPointer<OmemoManager> self(this);
    auto write = [self, version, target] {
        if (!self || !self->m_library->hasSession(version, target.jid, target.device)) {
            return;
        }
        const crypto::SecretBytes material = crypto::SecretBytes::random(version == OmemoVersion::Legacy ? 32 : 48);
        QString why;
        std::optional<omemo::KeyEntry> entry
            = self->m_library->encryptKey(version, target.jid, target.device, material.view(), &why);
        if (!entry) {
            qCInfo(lcOmemo) << "no empty message for" << target.jid.toString() << target.device << ":" << why;
            return;
        }
        omemo::Encrypted encrypted;
        encrypted.version = version;
        encrypted.sid = self->m_library->deviceId();
        encrypted.keys.append(*entry);
        if (version == OmemoVersion::Legacy) {
            encrypted.iv = crypto::randomBytes(12);
        }
        Element stanza(u"message"_s, clientNs);
        stanza.setAttribute(u"to"_s, target.jid.bareString());
        stanza.setAttribute(u"type"_s, u"chat"_s);
        stanza.setAttribute(u"id"_s, Connection::generateId());
        stanza.appendChild(omemo::encryptedElement(encrypted));
        stanza.appendChild(Element(u"store"_s, hintsNs));
        self->m_connection.send(stanza);
    };
    if (!rebuild) {
        write();
        return;
    }
    m_library->deleteSession(version, target.jid, target.device);
    fetchBundle(version, target,
        [self, version, target, write](const std::optional<omemo::Bundle> &bundle, const QString &error) {
            if (!self) {
                return;
            }
            if (!bundle) {
                qCInfo(lcOmemo) << "cannot heal the session with" << target.jid.toString() << target.device << ":"
                                << error;
                return;
            }
            QString why;
            const std::optional<QByteArray> identity
                = self->m_library->buildSession(version, target.jid, target.device, *bundle, &why);
            if (!identity || !self->acceptBundleIdentity(version, target, *identity)) {
                self->m_library->deleteSession(version, target.jid, target.device);
                return;
            }
            write();
        });
}

// --- receiving

Element OmemoManager::plainMessage(const Element &message, const QList<Element> &content) const
{
    Element plain = message;
    plain.removeChildren(u"encrypted", omemo::legacyNs());
    plain.removeChildren(u"encrypted", omemo::v2Ns());
    plain.removeChildren(u"encryption", emeNs);
    plain.removeChildren(u"body", clientNs);
    for (const Element &child : content) {
        plain.appendChild(child);
    }
    return plain;
}

OmemoManager::Outcome OmemoManager::notice(const Element &message, MessageE2eKind kind, MessageE2eStatus status,
    const QString &text, const QString &detail) const
{
    Element body(u"body"_s, clientNs);
    body.setText(text);
    return { true, plainMessage(message, { body }), { kind, status, QDateTime(), detail } };
}

OmemoManager::Outcome OmemoManager::decryptMessage(
    const Element &message, MessageFlags flags, bool live, const Jid *roomSender)
{
    const Element encryptedElement = omemo::findEncrypted(message);
    if (encryptedElement.isNull() || (message.attribute(u"type") == u"groupchat"_s) != (roomSender != nullptr)
        || message.attribute(u"type") == u"error"_s) {
        return {};
    }
    const std::optional<Jid> fromJid = Jid::parse(message.attribute(u"from"));
    const Jid sender = roomSender ? roomSender->bare() : (fromJid && !fromJid->isNull() ? *fromJid : ownBare()).bare();
    QString error;
    const std::optional<omemo::Encrypted> encrypted = omemo::parseEncrypted(encryptedElement, &error);
    const OmemoVersion version = omemo::versionOf(encryptedElement.ns()).value_or(OmemoVersion::Legacy);
    const MessageE2eKind kind = kindOf(version);
    const bool hasPayload = !encryptedElement.firstChild(u"payload", encryptedElement.ns()).isNull();
    if (roomSender && sender.isNull()) {
        // Without the sender's real JID there is no session to look up (an anonymous room, or an occupant gone).
        const QString why = QCoreApplication::translate(
            "balcony::omemo", "The room did not tell who sent this message, so it cannot be decrypted.");
        return hasPayload ? notice(message, kind, MessageE2eStatus::Undecryptable,
                   QCoreApplication::translate("balcony::omemo", "An encrypted message could not be read: %1").arg(why),
                   why)
                          : handled();
    }
    if (!encrypted) {
        qCInfo(lcOmemo) << "OMEMO message from" << sender.toString() << "refused:" << error;
        if (hasPayload) {
            return notice(message, kind, MessageE2eStatus::Rejected,
                QCoreApplication::translate("balcony::omemo", "An encrypted message could not be read: %1").arg(error),
                error);
        }
        return handled();
    }
    if (sender == ownBare() && encrypted->sid == m_library->deviceId()) {
        return handled(); // our own message coming back (a carbon or an archive copy): stored when it was sent
    }
    if (!m_library->open(&error)) {
        if (encrypted->payload) {
            return notice(message, kind, MessageE2eStatus::Undecryptable,
                QCoreApplication::translate("balcony::omemo", "An encrypted message could not be read: %1").arg(error),
                error);
        }
        return handled();
    }
    const quint32 own = m_library->deviceId();
    const auto it = std::find_if(encrypted->keys.cbegin(), encrypted->keys.cend(), [&](const omemo::KeyEntry &key) {
        return key.rid == own && (version == OmemoVersion::Legacy || key.jid == ownBare());
    });
    if (it == encrypted->keys.cend()) {
        if (encrypted->payload) {
            const QString why
                = QCoreApplication::translate("balcony::omemo", "The message was not encrypted for this device.");
            return notice(message, kind, MessageE2eStatus::Undecryptable,
                QCoreApplication::translate("balcony::omemo", "An encrypted message could not be read: %1").arg(why),
                why);
        }
        return handled();
    }
    std::optional<OmemoDevice> device = cachedDevice(sender, version, encrypted->sid);
    omemo::Library::DecryptError decryptError = omemo::Library::DecryptError::None;
    std::optional<omemo::Library::Decrypted> decrypted
        = m_library->decryptKey(version, sender, encrypted->sid, *it, &error, &decryptError);
    const Recipient senderDevice { sender, encrypted->sid };
    if (!decrypted) {
        qCInfo(lcOmemo) << "OMEMO key from" << sender.toString() << encrypted->sid << "not decrypted:" << error;
        const bool healable = live && !flags.testFlag(MessageFlag::CarbonSent);
        if (healable && !it->preKey
            && (decryptError == omemo::Library::DecryptError::NoSession
                || decryptError == omemo::Library::DecryptError::Invalid)) {
            // Healing needs the device's record (its identity is checked against the bundle): one is kept for a
            // device its owner's list does not name yet, unless the sender has as many as a list may name.
            if (device || rememberDevice(sender, version, encrypted->sid)) {
                sendEmpty(version, senderDevice, true); // heal: a new session and a key transport
            }
        }
        if (encrypted->payload) {
            const MessageE2eStatus status = decryptError == omemo::Library::DecryptError::NoSession
                    || decryptError == omemo::Library::DecryptError::UnknownPreKey
                ? MessageE2eStatus::Undecryptable
                : MessageE2eStatus::Rejected;
            return notice(message, kind, status,
                QCoreApplication::translate("balcony::omemo", "An encrypted message could not be read: %1").arg(error),
                error);
        }
        return handled();
    }
    if (decrypted->preKey) {
        // The session was (re)built from this message: remember the device and the identity it showed.
        if (!device && rememberDevice(sender, version, encrypted->sid)) {
            device = cachedDevice(sender, version, encrypted->sid);
        }
        if (!device) {
            // Not remembered (the sender has too many devices already): shown, marked unverified, nothing kept.
        } else if (device->identityKey.isEmpty()) {
            device->identityKey = decrypted->identityKey;
            saveDevice(*device);
            Q_EMIT devicesChanged(sender);
        } else if (device->identityKey != decrypted->identityKey) {
            // The same device id with another identity: a reinstalled client, or someone else. Its trust starts over.
            qCWarning(lcOmemo) << "device" << encrypted->sid << "of" << sender.toString() << "has a new identity key";
            device->identityKey = decrypted->identityKey;
            device->trust = OmemoTrust::Undecided;
            saveDevice(*device);
            Q_EMIT devicesChanged(sender);
            Q_EMIT untrustedDeviceAppeared(sender, encrypted->sid);
        }
        if (m_library->bundleOutdated()) {
            scheduleBundlePublish();
        }
    }
    if (!encrypted->payload) {
        // Key transport or heartbeat: the session moved on; nothing to store.
        return handled();
    }
    if (live && decrypted->preKey && !flags.testFlag(MessageFlag::CarbonSent) && sender != ownBare()) {
        sendEmpty(version, senderDevice, false); // completes the sender's session: it stops sending pre-key messages
    }
    QList<Element> content;
    std::optional<QByteArray> plaintext = version == OmemoVersion::Legacy
        ? omemo::decryptLegacy(decrypted->keyMaterial.view(), encrypted->iv, *encrypted->payload)
        : omemo::decryptV2(decrypted->keyMaterial.view(), *encrypted->payload);
    QString failure;
    if (!plaintext) {
        failure = QCoreApplication::translate("balcony::omemo", "The encrypted text was tampered with.");
    } else if (version == OmemoVersion::Legacy) {
        Element body(u"body"_s, clientNs);
        body.setText(QString::fromUtf8(*plaintext));
        content.append(body);
    } else {
        const std::optional<QList<Element>> parsed = parseEncryptedFragment(*plaintext, clientNs);
        const Element envelope = parsed && parsed->size() == 1 ? parsed->constFirst() : Element();
        if (envelope.name() != u"envelope"_s || envelope.ns() != sceNs) {
            failure = QCoreApplication::translate("balcony::omemo", "The decrypted content is not an envelope.");
        } else {
            const Element from = envelope.firstChild(u"from", sceNs);
            const std::optional<Jid> claimed = Jid::parse(from.attribute(u"jid"));
            if (!from.isNull() && (!claimed || claimed->bare() != sender)) {
                failure = QCoreApplication::translate(
                    "balcony::omemo", "The encrypted content names another sender than the message.");
            } else {
                content = envelope.firstChild(u"content", sceNs).childElements();
            }
        }
    }
    if (plaintext) {
        plaintext->fill('\0');
    }
    if (!failure.isEmpty()) {
        return notice(message, kind, MessageE2eStatus::Rejected,
            QCoreApplication::translate("balcony::omemo", "An encrypted message could not be read: %1").arg(failure),
            failure);
    }
    QString detail;
    if (device && device->trust == OmemoTrust::Distrusted) {
        return notice(message, kind, MessageE2eStatus::Rejected,
            QCoreApplication::translate(
                "balcony::omemo", "An encrypted message came from a device you do not trust; it is not shown."),
            u"distrusted device"_s);
        return handled();
    }
    if (!device || !device->isTrusted()) {
        detail = u"unverified device "_s + QString::number(encrypted->sid);
    }
    return { true, plainMessage(message, content), { kind, MessageE2eStatus::Decrypted, QDateTime(), detail } };
}

bool OmemoManager::handleIncoming(const Element &message, MessageFlags flags)
{
    const Outcome outcome = decryptMessage(message, flags, true);
    if (outcome.plain) {
        m_messages.storeDecrypted(*outcome.plain, outcome.e2e);
    }
    return outcome.handled;
}

std::optional<ArchivedDecryption> OmemoManager::decryptArchived(const Element &message)
{
    const Outcome outcome = decryptMessage(message, {}, false);
    if (!outcome.handled) {
        return std::nullopt;
    }
    if (outcome.plain) {
        return ArchivedDecryption { *outcome.plain, outcome.e2e };
    }
    // Nothing to show (a key transport, our own message): the archived copy is not stored with its fallback text.
    return ArchivedDecryption { plainMessage(message, {}), {} };
}

} // namespace balcony
