#include "avatar/AvatarManager.h"

#include "avatar/AvatarImage.h"
#include "avatar/AvatarNamespaces.h"
#include "im/PresenceManager.h"
#include "pubsub/NodeConfig.h"
#include "pubsub/PubSubEvent.h"
#include "pubsub/PubSubItem.h"
#include "pubsub/PubSubManager.h"
#include "stream/Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony {

Q_LOGGING_CATEGORY(lcAvatar, "balcony.avatar")

namespace {

const QString presenceExtensionKey = u"xep-0153"_s;

// Runs `work` on the global thread pool and `done` with its result on `context`'s thread, unless `context` is
// gone by then (the watcher is its child: destroyed with it, it delivers nothing).
template<typename T>
void runOffThread(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done = std::move(done)] {
        const T result = watcher->result();
        watcher->deleteLater();
        done(result);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

QString extensionFor(const QString &type)
{
    if (type == u"image/jpeg") {
        return u"jpg"_s;
    }
    if (type == u"image/gif") {
        return u"gif"_s;
    }
    if (type == u"image/webp") {
        return u"webp"_s;
    }
    return u"png"_s;
}

// Keeps `image` for display under `hash`; the cache's bound follows Limits::displayCacheImages (setLimits()).
void insertBounded(QCache<QString, QVariant> &cache, int maxImages, const QString &hash, const QVariant &image)
{
    if (cache.maxCost() != maxImages) {
        cache.setMaxCost(std::max(1, maxImages));
    }
    cache.insert(hash, new QVariant(image));
}

} // namespace

AvatarManager::AvatarManager(Connection &connection, PubSubManager &pubsub, PresenceManager &presence,
    std::unique_ptr<AvatarStore> store, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_pubsub(pubsub)
    , m_presence(presence)
    , m_store(std::move(store))
{
    m_display.setMaxCost(m_limits.displayCacheImages);
    const int removed = m_store->removeUnreferencedAvatars();
    if (removed > 0) {
        qCDebug(lcAvatar) << "removed" << removed << "cached avatars no contact uses any more";
    }
    m_contacts = m_store->contactAvatars();
    // XEP-0163 §2.4: '+notify' in our caps makes the server send contacts' metadata.
    m_pubsub.registerInterest(avatar::metadataNode());
    connect(&m_pubsub, &PubSubManager::eventReceived, this, &AvatarManager::onEvent);
    // Offered to this handler first (a payload handler) and never taken: PresenceManager handles the presence.
    m_connection.addStanzaHandler(this, { u"presence"_s, u"x"_s, avatar::vcardUpdateNs() },
        [this](const Element &stanza) { return onPresence(stanza); });
    const auto own = m_contacts.constFind(ownJid());
    if (own != m_contacts.constEnd()) {
        setPresencePhoto(own->hash);
    }
}

AvatarManager::~AvatarManager() = default;

Jid AvatarManager::ownJid() const
{
    const Jid bound = m_connection.boundJid();
    return bound.isNull() ? m_connection.settings().jid.bare() : bound.bare();
}

QString AvatarManager::ownHash() const
{
    return hashOf(ownJid());
}

QString AvatarManager::hashOf(const Jid &bareJid) const
{
    return m_contacts.value(bareJid.bare()).hash;
}

std::optional<AvatarRecord> AvatarManager::avatar(const Jid &bareJid) const
{
    const QString hash = hashOf(bareJid);
    if (hash.isEmpty()) {
        return std::nullopt;
    }
    return m_store->avatar(hash);
}

QVariant AvatarManager::image(const Jid &bareJid)
{
    const QString hash = hashOf(bareJid);
    if (hash.isEmpty()) {
        return {};
    }
    if (const QVariant *cached = m_display.object(hash)) {
        return *cached;
    }
    decodeForDisplay(hash);
    return {};
}

QString AvatarManager::imageFile(const Jid &bareJid)
{
    if (m_imageDirectory.isEmpty()) {
        return {};
    }
    const std::optional<AvatarRecord> record = avatar(bareJid);
    if (!record) {
        return {};
    }
    const QString path = QDir(m_imageDirectory).filePath(record->hash + u'.' + extensionFor(record->type));
    if (QFileInfo::exists(path)) {
        return path;
    }
    QDir().mkpath(m_imageDirectory);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(record->data) != record->data.size() || !file.commit()) {
        qCWarning(lcAvatar) << "cannot write" << path << file.errorString();
        return {};
    }
    return path;
}

// ---- contacts

void AvatarManager::onEvent(const PubSubEvent &event)
{
    if (event.node != avatar::metadataNode()) {
        return;
    }
    const Jid contact = event.service.bare();
    if (contact != ownJid() && !m_presence.isContact(contact)) {
        qCDebug(lcAvatar) << "ignoring avatar metadata from" << contact.toString() << "(not a contact)";
        return;
    }
    if (event.purged || event.deleted || (!event.retractedIds.isEmpty() && event.items.isEmpty())) {
        applyUpdate(Update { contact, QString(), AvatarSource::Pep });
        return;
    }
    if (event.items.isEmpty()) {
        return;
    }
    // §7.1.2: the last item is the current one (PEP nodes keep one).
    const Element metadata = event.items.constLast().payload;
    if (metadata.name() != u"metadata" || metadata.ns() != avatar::metadataNode()) {
        return;
    }
    if (const std::optional<Update> update = parseMetadata(contact, metadata, nullptr)) {
        applyUpdate(*update);
    }
}

std::optional<AvatarManager::Update> AvatarManager::parseMetadata(
    const Jid &contact, const Element &metadata, QString *reason)
{
    const QList<Element> infos = metadata.children(u"info", avatar::metadataNode());
    if (infos.isEmpty()) {
        return Update { contact, QString(), AvatarSource::Pep }; // XEP-0084 §4.5: avatar disabled
    }
    // The image in the data node (no url), of an accepted type; PNG preferred (XEP-0084 §4.2.1).
    std::optional<Element> chosen;
    for (const Element &info : infos) {
        if (info.hasAttribute(u"url") || !avatar::isAcceptedType(info.attribute(u"type"))) {
            continue;
        }
        if (!chosen || info.attribute(u"type") == u"image/png") {
            chosen = info;
        }
    }
    const auto refuseWith = [&](const QString &hash, const QString &why) {
        refuse(contact, hash, why);
        if (reason) {
            *reason = why;
        }
        return std::nullopt;
    };
    if (!chosen) {
        return refuseWith(infos.constFirst().attribute(u"id"),
            tr("its type (%1) is not one of image/png, image/jpeg, image/gif, image/webp, or it is only on the web")
                .arg(infos.constFirst().attribute(u"type").left(64)));
    }
    const QString id = chosen->attribute(u"id");
    if (!avatar::isSha1Hex(id)) {
        return refuseWith(id.left(64), tr("its id is not a SHA-1 hash"));
    }
    const QString hash = id.toLower();
    bool ok = false;
    const qint64 bytes = chosen->attribute(u"bytes").toLongLong(&ok);
    if (chosen->hasAttribute(u"bytes") && (!ok || bytes <= 0)) {
        return refuseWith(hash, tr("its size is not a number"));
    }
    if (ok && bytes > m_limits.maxBytes) {
        return refuseWith(hash, tr("it is %1 bytes, more than %2 KiB").arg(bytes).arg(m_limits.maxBytes / 1024));
    }
    return Update { contact, hash, AvatarSource::Pep };
}

bool AvatarManager::onPresence(const Element &presence)
{
    const QString type = presence.attribute(u"type");
    if (!type.isEmpty()) {
        return false; // only available presence carries the current photo
    }
    const std::optional<Jid> from = Jid::parse(presence.attribute(u"from"));
    if (!from) {
        return false;
    }
    const Jid contact = from->bare();
    if (contact == ownJid() || !m_presence.isContact(contact)) {
        return false;
    }
    const Element photo = presence.firstChild(u"x", avatar::vcardUpdateNs()).firstChild(u"photo");
    if (photo.isNull()) {
        return false; // XEP-0153 §4.1: not ready to advertise
    }
    const auto known = m_contacts.constFind(contact);
    if (known != m_contacts.constEnd() && known->source == AvatarSource::Pep) {
        return false; // the contact publishes XEP-0084 metadata: that is what counts
    }
    const QString text = photo.text().trimmed();
    if (text.isEmpty()) {
        applyUpdate(Update { contact, QString(), AvatarSource::VCard });
    } else if (!avatar::isSha1Hex(text)) {
        refuse(contact, text.left(64), tr("its photo hash is not a SHA-1 hash"));
    } else {
        applyUpdate(Update { contact, text.toLower(), AvatarSource::VCard });
    }
    return false;
}

void AvatarManager::applyUpdate(const Update &update, FetchDone done)
{
    const Jid &contact = update.contact;
    if (update.hash.isEmpty()) {
        m_waiting.remove(contact);
        setContactHash(contact, ContactAvatar { QString(), update.source });
        if (done) {
            done(QString());
        }
        return;
    }
    if (const auto refused = m_refused.constFind(update.hash); refused != m_refused.constEnd()) {
        if (done) {
            done(*refused);
        }
        return;
    }
    if (m_store->hasAvatar(update.hash)) {
        m_waiting.remove(contact);
        setContactHash(contact, ContactAvatar { update.hash, update.source });
        if (done) {
            done(QString());
        }
        return;
    }
    const auto inFlight = m_fetches.find(update.hash);
    if (inFlight != m_fetches.end()) {
        // Coalesced: one request per hash, whoever announces it.
        bool waiting = false;
        for (Update &waiter : inFlight->waiters) {
            if (waiter.contact == contact) {
                waiting = true;
                if (update.source == AvatarSource::Pep) {
                    waiter.source = AvatarSource::Pep;
                }
            }
        }
        if (!waiting) {
            inFlight->waiters.append(update);
        }
        if (done) {
            inFlight->done.append(std::move(done));
        }
        if (!m_contactFetch.contains(contact)) {
            m_contactFetch.insert(contact, update.hash);
        }
        m_waiting.remove(contact);
        return;
    }
    if (!done && m_contactFetch.contains(contact)) {
        // At most one fetch in flight per contact: a flood of updates keeps only the latest one waiting.
        m_waiting.insert(contact, update);
        return;
    }
    startFetch(update.hash, update, std::move(done));
}

void AvatarManager::setContactHash(const Jid &contact, const ContactAvatar &avatar)
{
    const auto it = m_contacts.constFind(contact);
    if (it != m_contacts.constEnd() && *it == avatar) {
        return;
    }
    m_contacts.insert(contact, avatar);
    m_store->setContactAvatar(contact, avatar);
    if (contact == ownJid()) {
        setPresencePhoto(avatar.hash);
        Q_EMIT ownAvatarChanged(avatar.hash);
    }
    Q_EMIT avatarChanged(contact);
}

void AvatarManager::startFetch(const QString &hash, const Update &update, FetchDone done)
{
    Fetch fetch;
    fetch.source = update.source;
    fetch.from = update.contact;
    fetch.waiters.append(update);
    if (done) {
        fetch.done.append(std::move(done));
    }
    m_fetches.insert(hash, fetch);
    m_contactFetch.insert(update.contact, hash);
    m_waiting.remove(update.contact);
    ++m_fetchRequests;
    const QPointer<AvatarManager> self(this);
    // A request lost with the stream (possibly an answer too large for the parser) counts as an attempt.
    const auto failed = [self, hash](bool lost, const QString &message) {
        if (!self) {
            return;
        }
        if (lost && ++self->m_attempts[hash] < self->m_limits.maxAttempts) {
            self->finishFetch(hash, message);
            return;
        }
        const Fetch current = self->m_fetches.value(hash);
        self->refuse(current.from, hash, message);
        self->finishFetch(hash, message);
    };
    if (update.source == AvatarSource::Pep) {
        m_pubsub.retrieveItems(update.contact, avatar::dataNode(),
            [self, hash, failed](const QList<PubSubItem> &items, const std::optional<PubSubError> &error) {
                if (!self) {
                    return;
                }
                if (error) {
                    const bool lost
                        = error->kind == PubSubError::Kind::Disconnected || error->kind == PubSubError::Kind::Timeout;
                    failed(lost, error->message);
                    return;
                }
                self->onItems(hash, items);
            },
            { hash });
        return;
    }
    Element iq(u"iq"_s, avatar::clientNs());
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, update.contact.toString());
    iq.appendChild(Element(u"vCard"_s, avatar::vcardNs()));
    m_connection.sendIq(iq, [self, hash, failed](const IqResult &result) {
        if (!self) {
            return;
        }
        switch (result.status) {
        case IqResult::Status::Result:
            self->onVCard(hash, result.stanza.firstChild(u"vCard", avatar::vcardNs()));
            return;
        case IqResult::Status::Error:
            failed(false, tr("the vCard request failed: %1").arg(result.error.describe()));
            return;
        case IqResult::Status::Timeout:
        case IqResult::Status::Cancelled:
            failed(true, tr("the vCard request got no answer"));
            return;
        }
    });
}

void AvatarManager::onItems(const QString &hash, const QList<PubSubItem> &items)
{
    for (const PubSubItem &item : items) {
        if (item.id.compare(hash, Qt::CaseInsensitive) != 0) {
            continue;
        }
        if (item.payload.name() != u"data" || item.payload.ns() != avatar::dataNode()) {
            break;
        }
        verifyAndDecode(hash, item.payload.text(), QString());
        return;
    }
    const Fetch fetch = m_fetches.value(hash);
    const QString reason = tr("the contact's data node has no image with this id");
    refuse(fetch.from, hash, reason);
    finishFetch(hash, reason);
}

void AvatarManager::onVCard(const QString &hash, const Element &vcard)
{
    const Element photo = vcard.firstChild(u"PHOTO", avatar::vcardNs());
    const Element binval = photo.firstChild(u"BINVAL", avatar::vcardNs());
    if (binval.isNull()) {
        const Fetch fetch = m_fetches.value(hash);
        const QString reason = tr("the contact's vCard has no photo");
        refuse(fetch.from, hash, reason);
        finishFetch(hash, reason);
        return;
    }
    verifyAndDecode(hash, binval.text(), photo.childText(u"TYPE", avatar::vcardNs()).trimmed());
}

void AvatarManager::verifyAndDecode(const QString &hash, const QString &base64, const QString &claimedType)
{
    const Fetch fetch = m_fetches.value(hash);
    const auto fail = [&](const QString &reason) {
        refuse(fetch.from, hash, reason);
        finishFetch(hash, reason);
    };
    if (!claimedType.isEmpty() && !avatar::isAcceptedType(claimedType)) {
        fail(tr("its type (%1) is not one of image/png, image/jpeg, image/gif, image/webp").arg(claimedType.left(64)));
        return;
    }
    // Before decoding anything: the text alone says whether it can be within the limit.
    if (base64.size() > avatar::maxBase64Chars(m_limits.maxBytes)) {
        fail(tr("it is larger than %1 KiB").arg(m_limits.maxBytes / 1024));
        return;
    }
    bool ok = false;
    const QByteArray data = avatar::decodeBase64(base64, &ok);
    if (!ok || data.isEmpty()) {
        fail(tr("its data is not valid base64"));
        return;
    }
    if (data.size() > m_limits.maxBytes) {
        fail(tr("it is larger than %1 KiB").arg(m_limits.maxBytes / 1024));
        return;
    }
    if (avatar::sha1Hex(data) != hash) {
        fail(tr("its SHA-1 does not match its id"));
        return;
    }
    avatar::ImageLimits limits;
    limits.maxBytes = m_limits.maxBytes;
    limits.maxDimension = m_limits.maxDimension;
    limits.displaySize = m_limits.displaySize;
    runOffThread<avatar::DecodedImage>(
        this, [data, limits] { return avatar::decodeContactImage(data, limits); },
        [this, hash, data](const avatar::DecodedImage &decoded) {
            if (!decoded.error.isEmpty()) {
                refuse(m_fetches.value(hash).from, hash, decoded.error);
                finishFetch(hash, decoded.error);
                return;
            }
            m_store->storeAvatar(AvatarRecord { hash, decoded.type, decoded.width, decoded.height, data });
            insertBounded(m_display, m_limits.displayCacheImages, hash, QVariant(decoded.display));
            finishFetch(hash, QString());
        });
}

void AvatarManager::finishFetch(const QString &hash, const QString &error)
{
    const auto it = m_fetches.find(hash);
    if (it == m_fetches.end()) {
        return;
    }
    const Fetch fetch = *it;
    m_fetches.erase(it);
    for (const Update &waiter : fetch.waiters) {
        if (m_contactFetch.value(waiter.contact) == hash) {
            m_contactFetch.remove(waiter.contact);
        }
        if (error.isEmpty()) {
            setContactHash(waiter.contact, ContactAvatar { hash, waiter.source });
        }
    }
    for (const FetchDone &done : fetch.done) {
        done(error);
    }
    // The updates that arrived meanwhile (the latest per contact).
    for (const Update &waiter : fetch.waiters) {
        if (!m_contactFetch.contains(waiter.contact)) {
            const auto pending = m_waiting.find(waiter.contact);
            if (pending != m_waiting.end()) {
                const Update next = *pending;
                m_waiting.erase(pending);
                applyUpdate(next);
            }
        }
    }
}

void AvatarManager::refuse(const Jid &contact, const QString &hash, const QString &reason)
{
    qCWarning(lcAvatar).noquote() << "refused the avatar" << hash << "of" << contact.toString() << ":" << reason;
    if (avatar::isSha1Hex(hash) && !m_refused.contains(hash.toLower())) {
        // Not fetched again in this session, however often it is announced.
        m_refused.insert(hash.toLower(), reason);
        m_refusedOrder.append(hash.toLower());
        while (m_refusedOrder.size() > m_limits.maxRefused) {
            m_refused.remove(m_refusedOrder.takeFirst());
        }
    }
    Q_EMIT avatarRefused(contact, hash, reason);
}

void AvatarManager::decodeForDisplay(const QString &hash)
{
    if (m_decoding.contains(hash) || m_fetches.contains(hash)) {
        return;
    }
    const std::optional<AvatarRecord> record = m_store->avatar(hash);
    if (!record) {
        return;
    }
    m_decoding.insert(hash);
    avatar::ImageLimits limits;
    limits.maxBytes = std::max<qint64>(m_limits.maxBytes, record->data.size());
    limits.maxDimension = std::max(m_limits.maxDimension, m_limits.publishSide);
    limits.displaySize = m_limits.displaySize;
    runOffThread<avatar::DecodedImage>(
        this, [data = record->data, limits] { return avatar::decodeContactImage(data, limits); },
        [this, hash](const avatar::DecodedImage &decoded) {
            m_decoding.remove(hash);
            if (!decoded.error.isEmpty()) {
                qCWarning(lcAvatar) << "the cached avatar" << hash << "cannot be shown:" << decoded.error;
                return;
            }
            insertBounded(m_display, m_limits.displayCacheImages, hash, QVariant(decoded.display));
            notifyHashUsers(hash);
        });
}

void AvatarManager::notifyHashUsers(const QString &hash)
{
    for (auto it = m_contacts.cbegin(); it != m_contacts.cend(); ++it) {
        if (it->hash == hash) {
            Q_EMIT avatarChanged(it.key());
        }
    }
}

// ---- explicit retrieval

AvatarManager::Result AvatarManager::resultFor(const Jid &contact) const
{
    Result result;
    result.avatar = avatar(contact);
    return result;
}

void AvatarManager::retrieve(const Jid &bareJid, Callback callback)
{
    const Jid contact = bareJid.bare();
    const QPointer<AvatarManager> self(this);
    m_pubsub.retrieveItems(
        contact, avatar::metadataNode(),
        [self, contact, callback](const QList<PubSubItem> &items, const std::optional<PubSubError> &error) {
            if (!self) {
                return;
            }
            if (error
                && (error->kind == PubSubError::Kind::Disconnected || error->kind == PubSubError::Kind::Timeout)) {
                callback(Result { error->message, std::nullopt, QString() });
                return;
            }
            const Element metadata = items.isEmpty() ? Element() : items.constLast().payload;
            if (error || metadata.name() != u"metadata" || metadata.ns() != avatar::metadataNode()) {
                self->retrieveVCard(contact, callback); // no XEP-0084 avatar: XEP-0153
                return;
            }
            QString reason;
            const std::optional<Update> update = self->parseMetadata(contact, metadata, &reason);
            if (!update) {
                callback(Result { reason, std::nullopt, QString(), true });
                return;
            }
            self->applyUpdate(*update, [self, contact, callback, hash = update->hash](const QString &fetchError) {
                if (!self) {
                    return;
                }
                if (!fetchError.isEmpty()) {
                    callback(Result { fetchError, std::nullopt, QString(), self->m_refused.contains(hash) });
                    return;
                }
                callback(self->resultFor(contact));
            });
        },
        {}, 1);
}

void AvatarManager::retrieveVCard(const Jid &contact, Callback callback)
{
    Element iq(u"iq"_s, avatar::clientNs());
    iq.setAttribute(u"type"_s, u"get"_s);
    if (contact != ownJid()) {
        iq.setAttribute(u"to"_s, contact.toString());
    }
    iq.appendChild(Element(u"vCard"_s, avatar::vcardNs()));
    ++m_fetchRequests;
    const QPointer<AvatarManager> self(this);
    m_connection.sendIq(iq, [self, contact, callback](const IqResult &result) {
        if (!self) {
            return;
        }
        if (result.status == IqResult::Status::Timeout || result.status == IqResult::Status::Cancelled) {
            callback(Result { tr("the vCard request got no answer"), std::nullopt, QString() });
            return;
        }
        const Element photo = result.status == IqResult::Status::Result
            ? result.stanza.firstChild(u"vCard", avatar::vcardNs()).firstChild(u"PHOTO", avatar::vcardNs())
            : Element();
        const Element binval = photo.firstChild(u"BINVAL", avatar::vcardNs());
        const auto known = self->m_contacts.constFind(contact);
        const bool fromPep = known != self->m_contacts.constEnd() && known->source == AvatarSource::Pep;
        if (binval.isNull()) {
            if (!fromPep) {
                self->setContactHash(contact, ContactAvatar { QString(), AvatarSource::VCard });
            }
            callback(Result {});
            return;
        }
        const QString base64 = binval.text();
        const auto refused = [&](const QString &reason) {
            self->refuse(contact, QString(), reason);
            callback(Result { reason, std::nullopt, QString(), true });
        };
        if (base64.size() > avatar::maxBase64Chars(self->m_limits.maxBytes)) {
            refused(tr("it is larger than %1 KiB").arg(self->m_limits.maxBytes / 1024));
            return;
        }
        bool ok = false;
        const QByteArray data = avatar::decodeBase64(base64, &ok);
        if (!ok || data.isEmpty()) {
            refused(tr("its data is not valid base64"));
            return;
        }
        const QString hash = avatar::sha1Hex(data);
        const auto done = [self, contact, callback, hash](const QString &error) {
            if (self) {
                callback(error.isEmpty() ? self->resultFor(contact)
                                         : Result { error, std::nullopt, QString(), self->m_refused.contains(hash) });
            }
        };
        const Update update { contact, hash, AvatarSource::VCard };
        if (self->m_store->hasAvatar(hash) || self->m_refused.contains(hash) || self->m_fetches.contains(hash)) {
            self->applyUpdate(update, done);
            return;
        }
        // The image is here already: a fetch without a request.
        Fetch fetch;
        fetch.source = AvatarSource::VCard;
        fetch.from = contact;
        fetch.waiters.append(update);
        fetch.done.append(done);
        self->m_fetches.insert(hash, fetch);
        self->m_contactFetch.insert(contact, hash);
        self->verifyAndDecode(hash, base64, photo.childText(u"TYPE", avatar::vcardNs()).trimmed());
    });
}

// ---- own avatar

void AvatarManager::setAvatar(const QByteArray &imageFile, Callback callback)
{
    if (m_connection.state() != ConnectionState::Connected) {
        if (callback) {
            callback(Result { tr("not connected"), std::nullopt, QString() });
        }
        return;
    }
    const int side = m_limits.publishSide;
    const qint64 maxPng = m_limits.maxPublishBytes;
    const int display = m_limits.displaySize;
    runOffThread<avatar::PreparedImage>(
        this, [imageFile, side, maxPng, display] { return avatar::prepareOwnImage(imageFile, side, maxPng, display); },
        [this, callback](const avatar::PreparedImage &prepared) {
            if (!prepared.error.isEmpty()) {
                qCWarning(lcAvatar) << "the chosen avatar cannot be used:" << prepared.error;
                if (callback) {
                    callback(Result { prepared.error, std::nullopt, QString(), true });
                }
                return;
            }
            insertBounded(m_display, m_limits.displayCacheImages, prepared.hash, QVariant(prepared.display));
            publishPrepared(
                AvatarRecord { prepared.hash, u"image/png"_s, prepared.width, prepared.height, prepared.png },
                callback);
        });
}

void AvatarManager::publishPrepared(const AvatarRecord &record, Callback callback)
{
    // XEP-0084 §4.1: the data first, so that a contact told by the metadata finds it.
    PubSubItem dataItem;
    dataItem.id = record.hash;
    dataItem.payload = Element(u"data"_s, avatar::dataNode());
    dataItem.payload.setText(QString::fromLatin1(record.data.toBase64()));
    PublishOptions options;
    options.setAccessModel(NodeConfig::AccessModel::Open);
    const QPointer<AvatarManager> self(this);
    const auto fail = [callback](const QString &message) {
        qCWarning(lcAvatar) << "publishing the avatar failed:" << message;
        if (callback) {
            callback(Result { message, std::nullopt, QString() });
        }
    };
    m_pubsub.publish(Jid(), avatar::dataNode(), dataItem, options,
        [self, record, options, callback, fail](const PubSubManager::PublishResult &published) {
            if (!self) {
                return;
            }
            if (published.error) {
                fail(published.error->message);
                return;
            }
            PubSubItem metadataItem;
            metadataItem.id = record.hash;
            metadataItem.payload = Element(u"metadata"_s, avatar::metadataNode());
            Element info(u"info"_s, avatar::metadataNode());
            info.setAttribute(u"bytes"_s, QString::number(record.data.size()));
            info.setAttribute(u"id"_s, record.hash);
            info.setAttribute(u"height"_s, QString::number(record.height));
            info.setAttribute(u"width"_s, QString::number(record.width));
            info.setAttribute(u"type"_s, record.type);
            metadataItem.payload.appendChild(info);
            self->m_pubsub.publish(Jid(), avatar::metadataNode(), metadataItem, options,
                [self, record, callback, fail](const PubSubManager::PublishResult &metadataPublished) {
                    if (!self) {
                        return;
                    }
                    if (metadataPublished.error) {
                        fail(metadataPublished.error->message);
                        return;
                    }
                    self->m_store->storeAvatar(record);
                    self->setContactHash(self->ownJid(), ContactAvatar { record.hash, AvatarSource::Pep });
                    self->updateVCard(record, [callback, record](const QString &vcardError) {
                        if (callback) {
                            callback(Result { QString(), record, vcardError });
                        }
                    });
                });
        });
}

void AvatarManager::clearAvatar(Callback callback)
{
    if (m_connection.state() != ConnectionState::Connected) {
        if (callback) {
            callback(Result { tr("not connected"), std::nullopt, QString() });
        }
        return;
    }
    // XEP-0084 §4.5: empty metadata disables the avatar.
    PubSubItem item;
    item.payload = Element(u"metadata"_s, avatar::metadataNode());
    PublishOptions options;
    options.setAccessModel(NodeConfig::AccessModel::Open);
    const QPointer<AvatarManager> self(this);
    m_pubsub.publish(
        Jid(), avatar::metadataNode(), item, options, [self, callback](const PubSubManager::PublishResult &published) {
            if (!self) {
                return;
            }
            if (published.error) {
                qCWarning(lcAvatar) << "clearing the avatar failed:" << published.error->message;
                if (callback) {
                    callback(Result { published.error->message, std::nullopt, QString() });
                }
                return;
            }
            self->setContactHash(self->ownJid(), ContactAvatar { QString(), AvatarSource::Pep });
            self->updateVCard(std::nullopt, [callback](const QString &vcardError) {
                if (callback) {
                    callback(Result { QString(), std::nullopt, vcardError });
                }
            });
        });
}

void AvatarManager::updateVCard(const std::optional<AvatarRecord> &photo, std::function<void(const QString &)> done)
{
    // XEP-0054 has no partial update: get the vCard, replace PHOTO, set the whole vCard.
    Element get(u"iq"_s, avatar::clientNs());
    get.setAttribute(u"type"_s, u"get"_s);
    get.appendChild(Element(u"vCard"_s, avatar::vcardNs()));
    const QPointer<AvatarManager> self(this);
    m_connection.sendIq(get, [self, photo, done](const IqResult &result) {
        if (!self) {
            return;
        }
        Element vcard(u"vCard"_s, avatar::vcardNs());
        if (result.status == IqResult::Status::Result) {
            const Element current = result.stanza.firstChild(u"vCard", avatar::vcardNs());
            if (!current.isNull()) {
                vcard = current;
            }
        } else if (result.status != IqResult::Status::Error
            || result.error.condition != StanzaError::Condition::ItemNotFound) {
            // item-not-found: no vCard yet (an empty one is created); anything else keeps the vCard untouched.
            const QString error = result.status == IqResult::Status::Error
                ? tr("the vCard could not be read: %1").arg(result.error.describe())
                : tr("the vCard request got no answer");
            qCWarning(lcAvatar) << "not updating the vCard photo:" << error;
            done(error);
            return;
        }
        vcard.removeChildren(u"PHOTO", avatar::vcardNs());
        if (photo) {
            Element photoElement(u"PHOTO"_s, avatar::vcardNs());
            photoElement.appendTextChild(u"TYPE"_s, avatar::vcardNs(), photo->type);
            photoElement.appendTextChild(u"BINVAL"_s, avatar::vcardNs(), QString::fromLatin1(photo->data.toBase64()));
            vcard.appendChild(photoElement);
        }
        Element set(u"iq"_s, avatar::clientNs());
        set.setAttribute(u"type"_s, u"set"_s);
        set.appendChild(vcard);
        self->m_connection.sendIq(set, [done](const IqResult &setResult) {
            if (setResult.status == IqResult::Status::Result) {
                done(QString());
                return;
            }
            const QString error = setResult.status == IqResult::Status::Error
                ? tr("the vCard could not be saved: %1").arg(setResult.error.describe())
                : tr("the vCard request got no answer");
            qCWarning(lcAvatar) << "the vCard photo was not updated:" << error;
            done(error);
        });
    });
}

void AvatarManager::setPresencePhoto(const QString &hash)
{
    // XEP-0153 §3.2: the hash of the current photo, an empty <photo/> for none.
    Element x(u"x"_s, avatar::vcardUpdateNs());
    Element photo(u"photo"_s, avatar::vcardUpdateNs());
    if (!hash.isEmpty()) {
        photo.setText(hash);
    }
    x.appendChild(photo);
    m_presence.setExtension(presenceExtensionKey, x);
}

} // namespace balcony
