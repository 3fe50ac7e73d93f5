#include "esession/EsessionManager.h"

#include "disco/DiscoManager.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/EsessionChannel.h"
#include "esession/EsessionStanzas.h"
#include "esession/OfflineAcceptor.h"
#include "esession/OfflineInitiator.h"
#include "esession/OfflineOffer.h"
#include "esession/OnlineSessions.h"
#include "esession/ReplayGuard.h"
#include "esession/StanzaCipher.h"
#include "im/MessageManager.h"
#include "im/Outbox.h"
#include "im/PresenceManager.h"
#include "im/RosterManager.h"
#include "pubsub/NodeConfig.h"
#include "pubsub/PubSubManager.h"
#include "stream/Connection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace balcony {

Q_LOGGING_CATEGORY(lcEsession, "balcony.esession")

namespace {

const QString itemId = u"current"_s;
// How long after the server answered the barrier ping a contact whose presence has not come counts as offline:
// ejabberd 23.01 answers probes 1-25 ms after that ping; this leaves a wide margin on a loaded server.
constexpr int PresenceGraceMs = 1000;
const QString delayNs = u"urn:xmpp:delay"_s;
const QString sidNs = u"urn:xmpp:sid:0"_s;

QString randomId()
{
    quint32 words[3];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The replay set of XEP-0187 §Security Considerations kept in the key store, per option set.
class StoreReplayGuard : public ReplayGuard {
public:
    StoreReplayGuard(E2eKeyStore &store, qint64 optionsId)
        : m_store(store)
        , m_optionsId(optionsId)
    {
    }
    bool wasSeen(QByteArrayView, QByteArrayView dhKey, QByteArrayView responderNonce) const override
    {
        return m_store.wasUsed(m_optionsId, dhKey, responderNonce);
    }
    void remember(QByteArrayView, QByteArrayView dhKey, QByteArrayView responderNonce) override
    {
        m_store.recordUse(m_optionsId, dhKey, responderNonce);
    }

private:
    E2eKeyStore &m_store;
    qint64 m_optionsId;
};

} // namespace

struct EsessionManager::PendingRecord {
    qint64 storeId = 0;
    OfflineOfferRecord record;
};

EsessionManager::EsessionManager(Connection &connection, PubSubManager &pubsub, MessageManager &messages,
    PresenceManager &presence, Outbox &outbox, E2eKeyStore &store, DiscoManager *disco, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_pubsub(pubsub)
    , m_messages(messages)
    , m_presence(presence)
    , m_outbox(outbox)
    , m_store(store)
    , m_keys(pubsub, store)
{
    m_online = std::make_unique<OnlineSessions>(
        m_connection, m_presence, disco, m_keys, m_store,
        [this](const Element &original, const QList<Element> &content, const MessageE2e &e2e) {
            storeIncoming(original, content, e2e);
        },
        this);
    if (disco) {
        disco->addFeature(OnlineSessions::feature());
    }
    m_messages.addIncomingFilter(this, [this](const Element &message, MessageFlags flags) {
        // Carbon copies belong to sessions of the account's other resources: never to ours.
        const bool carbon = flags.testFlag(MessageFlag::CarbonReceived) || flags.testFlag(MessageFlag::CarbonSent);
        return (!carbon && m_online->handleIncoming(message)) || handleIncoming(message);
    });
    m_connection.addSessionStep(this, SessionStep::Encryption, [this](bool) { onSessionStarting(); });
    connect(&m_presence, &PresenceManager::presenceChanged, this, [this](const Jid &contact) {
        // Offline sending sessions end when the contact comes online: once per transition, not per presence
        // (a contact's resource flood would otherwise cost a store query each, issue 11). The set is bounded by
        // what PresenceManager keeps.
        const Jid bare = contact.bare();
        if (!m_presence.bestResource(bare)) {
            m_onlineContacts.remove(bare);
        } else if (!m_onlineContacts.contains(bare)) {
            m_onlineContacts.insert(bare);
            terminateSendingSessions(bare);
        }
    });
    // The contact's presence is known now (see the class comment): its sends may go. Only needed until the
    // grace period ends, and only for contacts whose presence a send can wait for: nothing is kept for strangers.
    connect(&m_presence, &PresenceManager::presenceReceived, this, [this](const Jid &contact) {
        const Jid bare = contact.bare();
        if (!m_graceOver && m_presence.isContact(bare)) {
            m_presenceSeen.insert(bare);
        }
        releaseWaiting(bare);
    });
    m_presenceGrace.setSingleShot(true);
    m_presenceGrace.setInterval(PresenceGraceMs);
    connect(&m_presenceGrace, &QTimer::timeout, this, &EsessionManager::endPresenceGrace);
}

EsessionManager::~EsessionManager()
{
    m_messages.removeIncomingFilters(this);
}

void EsessionManager::terminateOnlineSessions()
{
    m_online->terminateAll();
}

Jid EsessionManager::ownJid() const
{
    const Jid bound = m_connection.boundJid();
    return bound.isNull() ? m_connection.settings().jid : bound;
}

// --- Alice: publishing and retracting

void EsessionManager::publishOfflineOptions(const QDateTime &expires, DoneCallback callback)
{
    QPointer<EsessionManager> self(this);
    auto done = [callback](const QString &error) {
        if (callback) {
            callback(error);
        }
    };
    if (!m_store.isUnlocked()) {
        done(QCoreApplication::translate("balcony", "The encryption keys are locked."));
        return;
    }
    // Bob needs the key to check 'signs' (XEP-0187 §Requesting), so it goes first.
    m_keys.publishOwnKey([self, expires, done](const QString &error) {
        if (!self || !error.isEmpty()) {
            done(error);
            return;
        }
        self->publishOptionSet(esession::subscriberNode(), expires, [self, expires, done](const QString &e) {
            if (!self || !e.isEmpty()) {
                done(e);
                return;
            }
            self->publishOptionSet(esession::openNode(), expires, done);
        });
    });
}

void EsessionManager::publishOptionSet(
    const QString &node, const QDateTime &expires, std::function<void(const QString &)> next)
{
    QString error;
    const crypto::PrivateKey *key = m_keys.ownKey(&error);
    if (!key) {
        next(error);
        return;
    }
    EsessionError esError = EsessionError::None;
    std::optional<OfflineOffer> offer = OfflineOffer::create(OfflineOffer::defaultOptions(expires), { key }, &esError);
    if (!offer) {
        next(describeEsessionError(esError));
        return;
    }
    // §8.1 step 6: store before publishing, so a Bob who is fast never finds options we cannot answer.
    OfflineOptionRecord stored;
    stored.node = node;
    stored.nonce = offer->record().nonce();
    stored.secret = offer->record().serialize();
    stored.expires = expires;
    stored.published = now();
    if (!m_store.addOfflineOptions(stored)) {
        next(QCoreApplication::translate("balcony", "The offline encryption options could not be stored."));
        return;
    }
    PubSubItem item;
    item.id = itemId;
    item.payload = offer->form();
    PublishOptions options;
    options.setAccessModel(
        node == esession::subscriberNode() ? NodeConfig::AccessModel::Presence : NodeConfig::AccessModel::Open);
    options.setSendLastPublishedItem(NodeConfig::SendLastPublishedItem::Never);
    options.setDeliverNotifications(false);
    m_pubsub.publish(Jid(), node, item, options,
        [next](const PubSubManager::PublishResult &result) { next(result.error ? result.error->message : QString()); });
}

void EsessionManager::retractOfflineOptions(DoneCallback callback)
{
    QPointer<EsessionManager> self(this);
    // §8.2: retract rather than publish an empty item (many services refuse an item without payload).
    m_pubsub.retractItem(
        Jid(), esession::subscriberNode(), itemId, false, [self, callback](const std::optional<PubSubError> &first) {
            if (!self) {
                return;
            }
            self->m_pubsub.retractItem(Jid(), esession::openNode(), itemId, false,
                [first, callback](const std::optional<PubSubError> &second) {
                    // item-not-found: nothing was published there, which is what we want.
                    auto failed = [](const std::optional<PubSubError> &e) {
                        return e && !e->isStanzaError(StanzaError::Condition::ItemNotFound);
                    };
                    if (callback) {
                        callback(failed(first) ? first->message : failed(second) ? second->message : QString());
                    }
                });
        });
}

void EsessionManager::onSessionStarting()
{
    // The presence barrier. Our initial presence (RFC 6121 §4.2, sent before this slot runs) makes the server
    // probe our contacts (§4.3); their presence arrives as the answers come, which nothing orders with respect to
    // our other stanzas (§4.3.2: a server may answer a probe for an offline contact with unavailable presence or
    // not at all; ejabberd answers after a ping written behind the presence; remote contacts answer over s2s).
    // So a contact is online or offline once its presence arrived, or once the server has answered a ping
    // written after our presence (it has done what it does synchronously: Prosody sends its users' presence
    // before that answer) and a short grace period has passed for the answers it sends asynchronously. Until
    // then send() waits, so the first message of a session does not take the offline way to a contact who is
    // online.
    m_pingAnswered = false;
    m_graceOver = false;
    m_presenceGrace.stop();
    m_presenceSeen.clear();
    m_onlineContacts.clear(); // presence starts over with the new session
    Element ping(u"iq"_s, u"jabber:client"_s);
    ping.setAttribute(u"type"_s, u"get"_s);
    ping.setAttribute(u"to"_s, ownJid().domain());
    ping.appendChild(Element(u"ping"_s, u"urn:xmpp:ping"_s));
    QPointer<EsessionManager> self(this);
    const QString id = m_connection.sendIq(ping, [self](const IqResult &result) {
        if (!self) {
            return;
        }
        self->m_pingAnswered = true;
        if (result.status == IqResult::Status::Cancelled) {
            self->endPresenceGrace(); // the stream is gone: no presence will come on it
            return;
        }
        self->m_presenceGrace.start();
        self->releaseWaiting(Jid());
    });
    if (id.isEmpty()) {
        m_pingAnswered = true;
        endPresenceGrace();
    }
    // Expired records can no longer open anything (XEP-0187 §Accepting discards them): delete them.
    m_store.removeExpiredOfflineOptions(now());
    for (auto it = m_records.begin(); it != m_records.end();) {
        it = it->second->record.expires() <= now() ? m_records.erase(it) : std::next(it);
    }
    if (!m_store.offlineOptionIds().isEmpty()) {
        retractOfflineOptions([](const QString &error) {
            if (!error.isEmpty()) {
                qCWarning(lcEsession) << "retracting offline options failed:" << error;
            }
        });
    }
}

bool EsessionManager::presenceSettled(const Jid &contact) const
{
    const Jid bare = contact.bare();
    if (m_graceOver || m_presenceSeen.contains(bare) || m_online->contactOnline(bare)) {
        return true;
    }
    // RFC 6121 §4.3.1: the server probes only the contacts whose presence we are subscribed to; no other
    // contact's presence comes. Their state is known once the server has done what it does at once (the roster
    // changes it had for us included).
    if (m_roster && m_pingAnswered) {
        const std::optional<RosterItem> item = m_roster->item(bare);
        return !item || (item->subscription != u"to" && item->subscription != u"both");
    }
    return false;
}

void EsessionManager::releaseWaiting(const Jid &contact)
{
    // In order, and only those whose contact is settled now (all of them if `contact` is null).
    QList<WaitingSend> ready;
    for (qsizetype i = 0; i < m_afterPresence.size();) {
        const WaitingSend &waiting = m_afterPresence.at(i);
        if ((contact.isNull() || waiting.contact == contact) && presenceSettled(waiting.contact)) {
            ready.append(m_afterPresence.takeAt(i));
        } else {
            ++i;
        }
    }
    for (const WaitingSend &waiting : std::as_const(ready)) {
        waiting.next();
    }
}

void EsessionManager::endPresenceGrace()
{
    m_presenceGrace.stop();
    m_graceOver = true;
    m_presenceSeen.clear(); // every contact counts as settled from now on
    releaseWaiting(Jid());
}

// --- Alice: receiving

const OfflineOfferRecord *EsessionManager::lookupRecord(QByteArrayView nonce)
{
    const QByteArray key = nonce.toByteArray();
    if (const auto it = m_records.find(key); it != m_records.end()) {
        return &it->second->record;
    }
    std::optional<OfflineOptionRecord> stored = m_store.offlineOptions(nonce);
    if (!stored) {
        return nullptr;
    }
    std::optional<OfflineOfferRecord> record = OfflineOfferRecord::deserialize(stored->secret);
    if (!record) {
        return nullptr;
    }
    auto pending = std::make_unique<PendingRecord>();
    pending->storeId = stored->id;
    pending->record = std::move(*record);
    const OfflineOfferRecord *result = &pending->record;
    m_records.emplace(key, std::move(pending));
    return result;
}

bool EsessionManager::handleIncoming(const Element &message)
{
    const Element init = message.firstChild(u"init", esession::initNs());
    const Element c = message.firstChild(u"c", esession::stanzaNs());
    if (init.isNull() && c.isNull()) {
        return false;
    }
    const Jid from = Jid::parse(message.attribute(u"from")).value_or(Jid());
    if (from.isNull() || message.attribute(u"type") == u"error"_s) {
        return false; // errors about our own encrypted messages are MessageManager's
    }
    if (!m_store.isUnlocked()) {
        storeFailure(message, MessageE2eKind::OfflineEsession, MessageE2eStatus::Undecryptable,
            QCoreApplication::translate("balcony", "The encryption keys are locked."));
        return true;
    }
    const QString thread = message.childText(u"thread");
    std::optional<StanzaCipher> cipher;
    if (!init.isNull()) {
        // The record's store id is needed for the replay set: look the offer up first.
        const QByteArray nonce = [&] {
            const Element x = init.firstChild(u"x", u"jabber:x:data");
            for (const Element &field : x.children(u"field", u"jabber:x:data")) {
                if (field.attribute(u"var") == u"nonce"_s) {
                    return QByteArray::fromBase64(field.childText(u"value", u"jabber:x:data").toLatin1());
                }
            }
            return QByteArray();
        }();
        const OfflineOfferRecord *record = lookupRecord(nonce);
        const qint64 storeId = record ? m_records.at(nonce)->storeId : 0;
        StoreReplayGuard guard(m_store, storeId);
        OfflineAcceptor::Result accepted = OfflineAcceptor::accept(
            message, [this](QByteArrayView n) { return lookupRecord(n); }, guard,
            [this, from](const crypto::PublicKey &key) { return m_keys.acceptPeerKey(from, key); }, now());
        if (!accepted.ok()) {
            const bool undecryptable
                = accepted.error == EsessionError::UnknownNonce || accepted.error == EsessionError::Expired;
            storeFailure(message, MessageE2eKind::OfflineEsession,
                undecryptable ? MessageE2eStatus::Undecryptable : MessageE2eStatus::Rejected,
                describeEsessionError(accepted.error));
            return true;
        }
        cipher = std::move(accepted.cipher);
    } else if (const std::optional<StoredSession> session
        = m_store.session(from.bare(), E2eDirection::Receiving, thread)) {
        cipher = StanzaCipher::deserialize(session->state);
    }
    if (!cipher) {
        storeFailure(message, MessageE2eKind::OfflineEsession, MessageE2eStatus::Undecryptable,
            QCoreApplication::translate(
                "balcony", "No encrypted session with this contact is known for this message."));
        return true;
    }
    if (c.isNull()) {
        m_store.saveSession({ from.bare(), E2eDirection::Receiving, thread, cipher->serialize(), now(), QString() });
        return true; // an <init/> alone opens the session
    }
    StanzaCipher::Decrypted decrypted = cipher->decrypt(c);
    if (decrypted.failure != StanzaCipher::Failure::None) {
        // XEP-0200 §Decryption: a bad MAC terminates the session; keep it so that a later stanza fails too
        // rather than being read with a counter out of step.
        storeFailure(message, MessageE2eKind::OfflineEsession, MessageE2eStatus::Rejected,
            describeEsessionError(decrypted.failure == StanzaCipher::Failure::BadMac ? EsessionError::BadMac
                                                                                     : EsessionError::MalformedForm));
        return true;
    }
    if (esession::isTermination(decrypted.content)) {
        m_store.removeSession(from.bare(), E2eDirection::Receiving, thread);
        return true;
    }
    m_store.saveSession({ from.bare(), E2eDirection::Receiving, thread, cipher->serialize(), now(), QString() });
    storeIncoming(message, decrypted.content,
        { MessageE2eKind::OfflineEsession, MessageE2eStatus::Decrypted, StanzaCipher::createdTime(decrypted.content),
            QString() });
    return true;
}

void EsessionManager::storeIncoming(const Element &original, QList<Element> content, const MessageE2e &e2e)
{
    if (e2e.failed()) {
        // Never the ciphertext, never nothing: a row that says the message could not be read, and why.
        Element body(u"body"_s, original.ns());
        body.setText(
            QCoreApplication::translate("balcony", "[Encrypted message that could not be read: %1]").arg(e2e.detail));
        qCInfo(lcEsession) << "encrypted message from" << original.attribute(u"from") << "not read:" << e2e.detail;
        content = { body };
    }
    Element plain(original.name(), original.ns());
    for (const Attribute &attribute : original.attributes()) {
        plain.setAttributeNS(attribute.ns, attribute.name, attribute.value);
    }
    for (const Element &child : original.childElements()) {
        const bool encryption = child.ns() == esession::initNs() || child.ns() == esession::stanzaNs();
        // Never show a cleartext body beside <c/>: only what <c/> decrypts to is the content (XEP-0200 §Decrypting
        // a Stanza).
        const bool plaintextBody = child.name() == u"body"_s;
        const bool serverDelay = child.name() == u"delay"_s && child.ns() == delayNs && e2e.created.isValid();
        if (!encryption && !plaintextBody && !serverDelay) {
            plain.appendChild(child);
        }
    }
    for (const Element &child : content) {
        plain.appendChild(child);
    }
    if (e2e.created.isValid()) {
        // XEP-0187 §3.3: Alice trusts the encrypted Created header over the server's delay stamp.
        Element delay(u"delay"_s, delayNs);
        delay.setAttribute(u"stamp"_s, e2e.created.toUTC().toString(Qt::ISODateWithMs));
        plain.appendChild(delay);
    }
    // Stored with its mark in one row (StoredMessage::e2e); a duplicate of a stored message keeps its mark.
    const qint64 stored = m_messages.storeDecrypted(plain, e2e);
    if (stored != 0) {
        Q_EMIT encryptedMessageStored(stored, MessageE2eMark::of(stored, e2e));
    }
}

void EsessionManager::storeFailure(
    const Element &original, MessageE2eKind kind, MessageE2eStatus status, const QString &reason)
{
    storeIncoming(original, {}, { kind, status, QDateTime(), reason });
}

// --- Bob: sending

void EsessionManager::send(const Jid &to, const QString &body, bool requireEncryption, SendCallback callback)
{
    if (!presenceSettled(to)) {
        m_afterPresence.append({ to.bare(),
            [this, to, body, requireEncryption, callback] { send(to, body, requireEncryption, callback); } });
        return;
    }
    const E2ePolicy policy = requireEncryption ? E2ePolicy::Always : m_store.effectivePolicy(to);
    const bool required = policy == E2ePolicy::Always;
    if (policy == E2ePolicy::Never) {
        callback(fallback(to, body, false, SendFailure::None, EsessionError::None, QString()));
        return;
    }
    if (!m_store.isUnlocked()) {
        callback(fallback(to, body, required, SendFailure::Locked, EsessionError::None,
            QCoreApplication::translate("balcony", "The encryption keys are locked.")));
        return;
    }
    if (m_online->contactOnline(to)) {
        sendOnline(to, body, required, std::move(callback));
        return;
    }
    // A session already running continues (XEP-0187: Bob MUST NOT start a new one while he has one).
    const QStringList threads = m_store.sessionThreads(to.bare(), E2eDirection::Sending);
    if (!threads.isEmpty()) {
        if (const std::optional<StoredSession> stored
            = m_store.session(to.bare(), E2eDirection::Sending, threads.constFirst())) {
            if (std::optional<StanzaCipher> cipher = StanzaCipher::deserialize(stored->state)) {
                callback(submitOffline(to, body, threads.constFirst(), *cipher, Element(), stored->resource));
                return;
            }
        }
    }
    startSession(to, body, required, std::move(callback));
}

void EsessionManager::startSession(const Jid &to, const QString &body, bool required, SendCallback callback)
{
    QPointer<EsessionManager> self(this);
    const Jid bare = to.bare();
    auto withOptions = [self, to, body, required, callback](const Element &options) {
        if (!self) {
            return;
        }
        // The contact's presence came while its key and options were fetched (after the barrier: a late probe
        // answer, or it just signed in): the online way, rather than options it is about to retract or, with
        // none, the clear.
        if (self->m_online->contactOnline(to)) {
            self->sendOnline(to, body, required, callback);
            return;
        }
        if (options.isNull()) {
            callback(self->fallback(to, body, required, SendFailure::NoOptions, EsessionError::None,
                QCoreApplication::translate("balcony", "The contact has published no offline encryption options.")));
            return;
        }
        QString error;
        const crypto::PrivateKey *ownKey = self->m_keys.ownKey(&error);
        const QList<crypto::PublicKey> trusted = self->m_keys.trustedKeys(to.bare());
        if (!ownKey || trusted.isEmpty()) {
            callback(self->fallback(to, body, required, SendFailure::KeyUnavailable,
                ownKey ? EsessionError::NoTrustedKey : EsessionError::None,
                ownKey ? describeEsessionError(EsessionError::NoTrustedKey) : error));
            return;
        }
        OfflineInitiator::Result started = OfflineInitiator::start(options, trusted, *ownKey, self->now());
        if (!started.ok() || !started.cipher) {
            callback(self->fallback(
                to, body, required, SendFailure::Protocol, started.error, describeEsessionError(started.error)));
            return;
        }
        callback(self->submitOffline(to, body, started.thread, *started.cipher, started.init, started.matchResource));
    };
    // Alice's key first (pinned on first use), then her options: the subscriber node, else the open one.
    m_keys.fetchKeys(bare, [self, bare, withOptions](const PublicKeyManager::FetchResult &) {
        if (!self) {
            return;
        }
        self->fetchOptions(bare, esession::subscriberNode(), [self, bare, withOptions](const Element &options) {
            if (!self) {
                return;
            }
            if (!options.isNull()) {
                withOptions(options);
                return;
            }
            self->fetchOptions(bare, esession::openNode(), withOptions);
        });
    });
}

void EsessionManager::fetchOptions(const Jid &to, const QString &node, std::function<void(const Element &)> next)
{
    m_pubsub.retrieveItems(to, node, [next](const QList<PubSubItem> &items, const std::optional<PubSubError> &error) {
        if (error) {
            next(Element());
            return;
        }
        for (const PubSubItem &item : items) {
            if (item.payload.name() == u"x"_s && item.payload.ns() == u"jabber:x:data"_s) {
                next(item.payload);
                return;
            }
        }
        next(Element());
    });
}

void EsessionManager::sendOnline(const Jid &to, const QString &body, bool required, SendCallback callback)
{
    QPointer<EsessionManager> self(this);
    m_online->openSession(to, [self, to, body, required, callback](const OnlineSessions::Opened &opened) {
        if (!self) {
            return;
        }
        if (!opened.channel) {
            const SendFailure failure = opened.unsupported ? SendFailure::ContactUnsupported : SendFailure::Protocol;
            callback(self->fallback(to, body, required, failure, opened.error, opened.message));
            return;
        }
        OnlineSessions &online = *self->m_online;
        callback(self->submitEncrypted(to, body, opened.channel->thread(), MessageE2eKind::OnlineEsession,
            [&online, &opened](const QList<Element> &content, QString *error) {
                return online.encryptedStanza(opened, content, error);
            }));
    });
}

EsessionManager::SendResult EsessionManager::submitOffline(const Jid &to, const QString &body, const QString &thread,
    StanzaCipher &cipher, const Element &init, const QString &resource)
{
    const Jid bare = to.bare();
    // XEP-0187 §3.3: "Bob MUST address all stanzas (within the ESession) to that resource" when Alice's options
    // carried match_resource (OfferForm checked it is a valid resourcepart); the history stays per bare JID.
    const QString addressee = resource.isEmpty() ? bare.toString() : bare.withResource(resource).toString();
    const std::optional<StoredSession> before = m_store.session(bare, E2eDirection::Sending, thread);
    bool saved = false;
    const SendResult result = submitEncrypted(to, body, thread, MessageE2eKind::OfflineEsession,
        [&](const QList<Element> &content, QString *error) -> std::optional<Element> {
            const std::optional<Element> c = cipher.encrypt(content, error);
            if (!c) {
                return std::nullopt;
            }
            // The advanced counter is stored BEFORE the stanza is committed to the outbox: a crash between the
            // two leaves a gap in the counter (the contact cannot read the rest of this session and sees that)
            // instead of a counter value used twice by the next message, which would reuse AES-CTR keystream.
            if (!m_store.saveSession({ bare, E2eDirection::Sending, thread, cipher.serialize(), now(), resource })) {
                if (error) {
                    *error = QCoreApplication::translate("balcony", "The encrypted session could not be stored.");
                }
                return std::nullopt;
            }
            saved = true;
            Element stanza = init.isNull() ? esession::encryptedMessage(addressee, thread, *c)
                                           : esession::offlineInitMessage(addressee, thread, init, *c);
            // XEP-0334: keep a message without <body/> in offline storage.
            stanza.appendChild(Element(u"store"_s, u"urn:xmpp:hints"_s));
            return stanza;
        });
    if (!result.ok() && saved) {
        // Nothing was committed: the session continues from where it was (or never started).
        if (before) {
            m_store.saveSession(*before);
        } else {
            m_store.removeSession(bare, E2eDirection::Sending, thread);
        }
    }
    return result;
}

EsessionManager::SendResult EsessionManager::submitEncrypted(
    const Jid &to, const QString &body, const QString &thread, MessageE2eKind kind, const Sealer &seal)
{
    SendResult result;
    const QDateTime created = now();
    Element bodyElement(u"body"_s, esession::clientNs());
    bodyElement.setText(body);
    QString error;
    std::optional<Element> sealed = seal({ bodyElement, StanzaCipher::createdHeader(created) }, &error);
    if (!sealed) {
        result.failure = SendFailure::Protocol;
        result.esessionError = EsessionError::CryptoFailure;
        result.message = error.isEmpty() ? describeEsessionError(EsessionError::CryptoFailure) : error;
        return result;
    }
    Element &stanza = *sealed;
    const QString id = randomId();
    stanza.setAttribute(u"id"_s, id);
    // Outside <c/>: the outbox and receipts key on the XEP-0359 origin-id.
    Element originId(u"origin-id"_s, sidNs);
    originId.setAttribute(u"id"_s, id);
    stanza.appendChild(originId);

    StoredMessage message
        = StoredMessage::outgoing(ownJid(), to.bare(), Message::Type::Chat, id, thread, body, created);
    message.e2e = { kind, MessageE2eStatus::Encrypted, created, QString() };
    const std::optional<OutboxEntry> entry = m_outbox.submit(message, stanza);
    if (!entry) {
        result.failure = SendFailure::Storage;
        result.message = QCoreApplication::translate("balcony", "The message could not be stored.");
        return result;
    }
    result.historyId = entry->historyId;
    result.encrypted = true;
    return result;
}

EsessionManager::SendResult EsessionManager::fallback(
    const Jid &to, const QString &body, bool required, SendFailure failure, EsessionError error, const QString &why)
{
    SendResult result;
    result.failure = failure;
    result.esessionError = error;
    result.message = why;
    if (required) {
        return result; // nothing sent: the caller decides (e.g. asks the user)
    }
    result.historyId = m_messages.sendChat(to, body);
    if (result.historyId == 0) {
        result.failure = SendFailure::Storage;
        result.message = m_messages.lastError();
    }
    return result;
}

void EsessionManager::terminateSendingSessions(const Jid &contact)
{
    const Jid bare = contact.bare();
    for (const QString &thread : m_store.sessionThreads(bare, E2eDirection::Sending)) {
        std::optional<StoredSession> stored = m_store.session(bare, E2eDirection::Sending, thread);
        std::optional<StanzaCipher> cipher = stored ? StanzaCipher::deserialize(stored->state) : std::nullopt;
        if (cipher) {
            // XEP-0116 §Termination: an encrypted termination form; best effort, Alice does not answer.
            if (const std::optional<Element> c = cipher->encrypt({ esession::terminationContent() })) {
                const QString addressee
                    = stored->resource.isEmpty() ? bare.toString() : bare.withResource(stored->resource).toString();
                m_connection.send(esession::encryptedMessage(addressee, thread, *c));
            }
        }
        m_store.removeSession(bare, E2eDirection::Sending, thread);
    }
}

} // namespace balcony
