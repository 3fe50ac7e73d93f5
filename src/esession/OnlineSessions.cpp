#include "esession/OnlineSessions.h"

#include "core/DataForm.h"
#include "crypto/SigningKey.h"
#include "disco/DiscoManager.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/EsessionChannel.h"
#include "esession/EsessionStanzas.h"
#include "esession/OnlineInitiator.h"
#include "esession/OnlineResponder.h"
#include "esession/PublicKeyManager.h"
#include "im/PresenceManager.h"
#include "stream/Connection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace balcony {

Q_LOGGING_CATEGORY(lcOnline, "balcony.esession.online")

namespace {

const QString stanzasNs = u"urn:ietf:params:xml:ns:xmpp-stanzas"_s;
const QString requestIdPrefix = u"esession-"_s;

QString randomThread()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

// XEP-0155 §Terminating a Session: the acknowledgement (a result form with terminate), sent encrypted
// (XEP-0116 §ESession Termination).
Element terminationAck()
{
    DataForm form;
    form.setType(DataForm::Type::Result);
    form.addField({ u"FORM_TYPE"_s, {}, {}, {}, false, { esession::formType() }, {} });
    form.addField({ u"terminate"_s, {}, {}, {}, false, { u"1"_s }, {} });
    Element feature(u"feature"_s, esession::featureNegNs());
    feature.appendChild(form.toElement());
    return feature;
}

bool isTerminationRequest(const QList<Element> &content)
{
    for (const Element &element : content) {
        if (element.name() == u"feature" && element.ns() == esession::featureNegNs()) {
            return element.firstChild(u"x", DataForm::xmlns()).attribute(u"type") == u"submit"_s;
        }
    }
    return false;
}

} // namespace

struct OnlineSessions::Session {
    // Terminating: our termination is sent; stanzas the peer sent before reading it still decrypt until its
    // acknowledgement (XEP-0116 §ESession Termination) or a timeout; nothing is sent any more.
    enum class State { Requested, Responded, Established, Terminating };
    State state = State::Requested;
    Jid peer; // full JID
    QString thread;
    quint64 generation = 0;
    std::optional<OnlineInitiator> initiator;
    std::optional<OnlineResponder> responder;
    std::unique_ptr<EsessionChannel> channel;
    QList<OpenCallback> waiting; // callers waiting for this negotiation, in call order
};

OnlineSessions::OnlineSessions(Connection &connection, PresenceManager &presence, DiscoManager *disco,
    PublicKeyManager &keys, E2eKeyStore &store, MessageSink sink, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_presence(presence)
    , m_disco(disco)
    , m_keys(keys)
    , m_store(store)
    , m_sink(std::move(sink))
{
    connect(&m_presence, &PresenceManager::presenceChanged, this, &OnlineSessions::onPresenceChanged);
    // A new stream session (not a resumed one) means the peers may have lost theirs too, and ours are
    // unusable after a restart anyway; XEP-0198 resumption keeps them.
    m_connection.addSessionStep(this, SessionStep::Encryption,
        [this](bool) { dropAll(QCoreApplication::translate("balcony", "The connection was lost.")); });
}

OnlineSessions::~OnlineSessions()
{
    for (auto &[thread, session] : m_sessions) {
        if (session->channel) {
            session->channel->wipe();
        }
    }
}

QString OnlineSessions::feature()
{
    return esession::openNode(); // http://www.xmpp.org/extensions/xep-0116.html#ns, also the disco feature
}

bool OnlineSessions::contactOnline(const Jid &contact) const
{
    return m_presence.bestResource(contact.bare()).has_value();
}

int OnlineSessions::establishedCount() const
{
    int count = 0;
    for (const auto &[thread, session] : m_sessions) {
        count += session->state == Session::State::Established ? 1 : 0;
    }
    return count;
}

OnlineSessions::Session *OnlineSessions::findEstablished(const Jid &contact)
{
    const Jid bare = contact.bare();
    const std::optional<ResourcePresence> best = m_presence.bestResource(bare);
    Session *any = nullptr;
    for (auto &[thread, session] : m_sessions) {
        if (session->state != Session::State::Established || session->peer.bare() != bare) {
            continue;
        }
        if (best && session->peer == best->jid) {
            return session.get();
        }
        any = any ? any : session.get();
    }
    return any;
}

OnlineSessions::Session *OnlineSessions::findThread(const QString &thread, const Jid &from)
{
    const auto it = m_sessions.find(thread);
    // A negotiation request to a full JID may be answered by another resource of the same account (RFC 6121
    // §8.5.3.2.1 delivers to the bare JID when that resource left): the bare JID must match.
    return it != m_sessions.end() && it->second->peer.bare() == from.bare() ? it->second.get() : nullptr;
}

void OnlineSessions::openSession(const Jid &contact, OpenCallback callback)
{
    if (Session *established = findEstablished(contact)) {
        callback({ established->channel.get(), established->peer, EsessionError::None, QString(), false });
        return;
    }
    // A negotiation already running with this contact serves this caller too.
    for (auto &[thread, session] : m_sessions) {
        if (session->state == Session::State::Requested && session->initiator
            && session->peer.bare() == contact.bare()) {
            session->waiting.append(std::move(callback));
            return;
        }
    }
    const std::optional<ResourcePresence> best = m_presence.bestResource(contact.bare());
    if (!best) {
        callback({ nullptr, Jid(), EsessionError::None,
            QCoreApplication::translate("balcony", "The contact is not online."), true });
        return;
    }
    if (m_disco && m_disco->discoInfo(best->jid) && !m_disco->hasFeature(best->jid, feature())) {
        callback({ nullptr, best->jid, EsessionError::None,
            QCoreApplication::translate("balcony", "The contact's client does not support encrypted sessions."),
            true });
        return;
    }
    startNegotiation(best->jid, std::move(callback));
}

void OnlineSessions::startNegotiation(const Jid &peer, OpenCallback callback)
{
    QString keyError;
    const crypto::PrivateKey *ownKey = m_store.isUnlocked() ? m_keys.ownKey(&keyError) : nullptr;
    if (!ownKey) {
        callback({ nullptr, peer, EsessionError::None,
            keyError.isEmpty() ? QCoreApplication::translate("balcony", "The encryption keys are locked.") : keyError,
            false });
        return;
    }
    // One signature algorithm for both identities (XEP-0116 sign_algs): the one of our own key.
    OfferForm options = OnlineInitiator::defaultOptions();
    options.signAlgs = { esession::signatureName(ownKey->algorithm()) };
    EsessionError error = EsessionError::None;
    std::optional<OnlineInitiator> initiator = OnlineInitiator::create(options, &error);
    if (!initiator) {
        callback({ nullptr, peer, error, describeEsessionError(error), false });
        return;
    }
    auto session = std::make_unique<Session>();
    session->peer = peer;
    session->thread = randomThread();
    session->generation = QRandomGenerator::global()->generate64();
    session->waiting.append(std::move(callback));
    Element request = esession::onlineRequestMessage(peer.toString(), session->thread, initiator->request());
    // A server's bounce (RFC 6120 §8.3) keeps only the id: it names the thread.
    request.setAttribute(u"id"_s, requestIdPrefix + session->thread);
    session->initiator = std::move(initiator);
    const QString thread = session->thread;
    const quint64 generation = session->generation;
    m_sessions.emplace(thread, std::move(session));
    m_connection.send(request);
    QTimer::singleShot(m_timeoutMs, this, [this, thread, generation] {
        const auto it = m_sessions.find(thread);
        if (it != m_sessions.end() && it->second->generation == generation
            && it->second->state == Session::State::Requested) {
            failNegotiation(thread, EsessionError::None,
                QCoreApplication::translate(
                    "balcony", "The contact's client did not answer the encrypted session request."),
                true);
        }
    });
}

void OnlineSessions::failNegotiation(
    const QString &thread, EsessionError error, const QString &message, bool unsupported)
{
    const auto it = m_sessions.find(thread);
    if (it == m_sessions.end()) {
        return;
    }
    std::unique_ptr<Session> session = std::move(it->second);
    m_sessions.erase(it);
    qCInfo(lcOnline) << "negotiation with" << session->peer.toString() << "failed:" << message;
    for (const OpenCallback &callback : std::as_const(session->waiting)) {
        callback({ nullptr, session->peer, error, message, unsupported });
    }
}

std::optional<Element> OnlineSessions::encryptedStanza(
    const Opened &opened, const QList<Element> &content, QString *error)
{
    if (!opened.channel) {
        return std::nullopt;
    }
    const std::optional<Element> c = opened.channel->encrypt(content, opened.channel->shouldRekey(), error);
    if (!c) {
        return std::nullopt;
    }
    return esession::encryptedMessage(
        opened.peer.toString(), opened.channel->thread(), *c, esession::StorageHints::NoStoreNoCopies);
}

bool OnlineSessions::handleIncoming(const Element &message)
{
    const Jid from = Jid::parse(message.attribute(u"from")).value_or(Jid());
    QString thread = message.childText(u"thread");
    if (thread.isEmpty() && message.attribute(u"type") == u"error"_s
        && message.attribute(u"id").startsWith(requestIdPrefix)) {
        thread = message.attribute(u"id").mid(requestIdPrefix.size());
    }
    if (from.isNull() || thread.isEmpty()) {
        return false;
    }
    Session *session = findThread(thread, from);
    auto in = [session](Session::State state) { return session && session->state == state; };
    switch (esession::negotiationMessageKind(message)) {
    case esession::NegotiationMessage::Request:
        handleRequest(from, message);
        return true;
    case esession::NegotiationMessage::Response:
        if (in(Session::State::Requested)) {
            handleResponse(*session, message);
        }
        return true;
    case esession::NegotiationMessage::Result:
        if (in(Session::State::Responded)) {
            handleResult(*session, message);
        }
        return true;
    case esession::NegotiationMessage::Termination:
    case esession::NegotiationMessage::Rejection:
        break; // below, with the errors that carry no <feature/>
    case esession::NegotiationMessage::None:
        if (!message.firstChild(u"c", esession::stanzaNs()).isNull() && message.attribute(u"type") != u"error"_s) {
            if (!in(Session::State::Established) && !in(Session::State::Terminating)) {
                return false; // an offline session's stanza, or an unknown one: EsessionManager says which
            }
            handleEncrypted(*session, message, message.firstChild(u"c", esession::stanzaNs()));
            return true;
        }
        if (message.attribute(u"type") != u"error"_s) {
            return false;
        }
        break;
    }
    if (!session) {
        return false;
    }
    if (in(Session::State::Requested)) {
        // The contact's client refused or does not understand our request (XEP-0155 §Rejecting, XEP-0116
        // §ESession Rejection), declined it, or the server could not deliver it.
        const bool refused = message.attribute(u"type") != u"error"_s
            || !message.firstChild(u"error", u"jabber:client").firstChild(u"not-acceptable", stanzasNs).isNull();
        failNegotiation(thread, EsessionError::None,
            refused
                ? QCoreApplication::translate("balcony", "The contact declined the encrypted session.")
                : QCoreApplication::translate("balcony", "The contact's client does not support encrypted sessions."),
            !refused);
        return true;
    }
    // The peer could not read one of our stanzas (XEP-0200 §Decrypting: it terminated), or ended a negotiation
    // in the clear. An error carries the failed stanza's id: MessageManager marks that message failed.
    const bool error = message.attribute(u"type") == u"error"_s;
    endSession(thread,
        error ? QCoreApplication::translate("balcony", "The contact could not read an encrypted message.")
              : QCoreApplication::translate("balcony", "The contact ended the encrypted session."),
        false);
    return !error;
}

void OnlineSessions::handleRequest(const Jid &from, const Element &message)
{
    const Element feature = message.firstChild(u"feature", esession::featureNegNs());
    const QString thread = message.childText(u"thread");
    // Only resources whose presence we see: strangers get no answer (and cost no signature).
    bool visible = false;
    for (const ResourcePresence &resource : m_presence.resources(from.bare())) {
        visible = visible || resource.jid == from;
    }
    if (!visible || m_sessions.count(thread) != 0) {
        qCInfo(lcOnline) << "ignoring an ESession request from" << from.toString();
        return;
    }
    auto reject = [&](EsessionError error) { m_connection.send(esession::negotiationRejection(message, error)); };
    if (!m_store.isUnlocked() || m_store.effectivePolicy(from.bare()) == E2ePolicy::Never) {
        reject(EsessionError::Declined);
        return;
    }
    QString keyError;
    const crypto::PrivateKey *ownKey = m_keys.ownKey(&keyError);
    if (!ownKey) {
        qCWarning(lcOnline) << "cannot answer an ESession request:" << keyError;
        reject(EsessionError::Declined);
        return;
    }
    auto [response, responder] = OnlineResponder::respond(feature, *ownKey);
    if (!response.ok() || !responder) {
        qCInfo(lcOnline) << "refusing the ESession request of" << from.toString() << ":"
                         << describeEsessionError(response.error);
        reject(response.error);
        return;
    }
    // One pending answer per resource: a new request replaces an unfinished one (each costs a signature).
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        const bool stale = it->second->state == Session::State::Responded && it->second->peer == from;
        it = stale ? m_sessions.erase(it) : std::next(it);
    }
    auto session = std::make_unique<Session>();
    session->state = Session::State::Responded;
    session->peer = from;
    session->thread = thread;
    session->generation = QRandomGenerator::global()->generate64();
    session->responder = std::move(responder);
    const quint64 generation = session->generation;
    m_sessions.emplace(thread, std::move(session));
    m_connection.send(esession::onlineResponseMessage(from.toString(), thread, response.response));
    QTimer::singleShot(m_timeoutMs, this, [this, thread, generation] {
        const auto it = m_sessions.find(thread);
        if (it != m_sessions.end() && it->second->generation == generation
            && it->second->state == Session::State::Responded) {
            m_sessions.erase(it); // Alice never completed: nothing to tell anyone
        }
    });
}

void OnlineSessions::handleResponse(Session &session, const Element &message)
{
    const Element feature = message.firstChild(u"feature", esession::featureNegNs());
    const Jid from = Jid::parse(message.attribute(u"from")).value_or(Jid());
    QString keyError;
    const crypto::PrivateKey *ownKey = m_keys.ownKey(&keyError);
    if (!ownKey) {
        failNegotiation(session.thread, EsessionError::None, keyError, false);
        return;
    }
    OnlineInitiator::Completion done = session.initiator->complete(
        feature, [this, from](const crypto::PublicKey &key) { return m_keys.acceptPeerKey(from, key); }, *ownKey,
        session.thread);
    std::unique_ptr<EsessionChannel> channel;
    if (done.ok() && done.session) {
        if (std::optional<EsessionChannel> opened = EsessionChannel::open(std::move(*done.session))) {
            channel = std::make_unique<EsessionChannel>(std::move(*opened));
        }
    }
    if (!channel) {
        const EsessionError error = done.ok() ? EsessionError::CryptoFailure : done.error;
        failNegotiation(session.thread, error, describeEsessionError(error), false);
        return;
    }
    session.peer = from;
    session.initiator.reset();
    session.channel = std::move(channel);
    // The result goes out alone; the waiting messages follow in their own stanzas, in order.
    m_connection.send(esession::onlineResultMessage(from.toString(), session.thread, done.result));
    establish(session);
}

void OnlineSessions::handleResult(Session &session, const Element &message)
{
    const Element feature = message.firstChild(u"feature", esession::featureNegNs());
    const Jid from = Jid::parse(message.attribute(u"from")).value_or(Jid());
    const QString thread = session.thread;
    OnlineResponder::Completion done = session.responder->complete(
        feature, [this, from](const crypto::PublicKey &key) { return m_keys.acceptPeerKey(from, key); }, thread);
    std::optional<EsessionChannel> opened;
    if (done.ok() && done.session) {
        opened = EsessionChannel::open(std::move(*done.session));
    }
    if (!opened) {
        const EsessionError error = done.ok() ? EsessionError::CryptoFailure : done.error;
        qCInfo(lcOnline) << "the ESession of" << from.toString() << "failed:" << describeEsessionError(error);
        // XEP-0116 §ESession Accept (Bob): ignore any encrypted content of a stanza that failed; the user sees
        // that a message could not be read if one came with it.
        if (!message.firstChild(u"c", esession::stanzaNs()).isNull()) {
            m_sink(message, {},
                { MessageE2eKind::OnlineEsession, MessageE2eStatus::Rejected, {}, describeEsessionError(error) });
        }
        m_sessions.erase(thread);
        return;
    }
    session.responder.reset();
    session.channel = std::make_unique<EsessionChannel>(std::move(*opened));
    establish(session);
    const Element c = message.firstChild(u"c", esession::stanzaNs());
    if (!c.isNull()) {
        handleEncrypted(session, message, c);
    }
}

void OnlineSessions::establish(Session &session)
{
    session.state = Session::State::Established;
    qCInfo(lcOnline) << "online ESession established with" << session.peer.toString();
    const QList<OpenCallback> waiting = std::exchange(session.waiting, {});
    const QString thread = session.thread;
    const Jid peer = session.peer;
    Q_EMIT sessionEstablished(peer, thread);
    for (const OpenCallback &callback : waiting) {
        // A callback may end the session (e.g. a failed encryption): look it up again for each.
        const auto it = m_sessions.find(thread);
        EsessionChannel *channel = it != m_sessions.end() ? it->second->channel.get() : nullptr;
        callback({ channel, peer, channel ? EsessionError::None : EsessionError::CryptoFailure,
            channel ? QString() : QCoreApplication::translate("balcony", "The encrypted session ended."), false });
    }
}

void OnlineSessions::handleEncrypted(Session &session, const Element &message, const Element &c)
{
    const QString thread = session.thread;
    const auto decrypted = session.channel->decrypt(c);
    if (decrypted.failure != StanzaCipher::Failure::None) {
        const QString reason = describeEsessionError(
            decrypted.failure == StanzaCipher::Failure::BadMac ? EsessionError::BadMac : EsessionError::MalformedForm);
        m_sink(message, {}, { MessageE2eKind::OnlineEsession, MessageE2eStatus::Rejected, {}, reason });
        // XEP-0200 §Decrypting: terminate, and MAY tell the sender with not-acceptable. Not with an encrypted
        // termination: the counters are out of step, so its acknowledgement could not be read either.
        if (session.state == Session::State::Established) {
            m_connection.send(esession::negotiationRejection(message, EsessionError::BadMac));
        }
        endSession(thread, reason, false);
        return;
    }
    if (esession::isTermination(decrypted.content)) {
        if (session.state == Session::State::Terminating) {
            endSession(thread, QString(), false); // the acknowledgement (or both ended at once)
            return;
        }
        if (isTerminationRequest(decrypted.content)) {
            // XEP-0116 §ESession Termination: acknowledge, encrypted, then forget everything.
            Opened opened { session.channel.get(), session.peer, EsessionError::None, QString(), false };
            if (const std::optional<Element> ack = encryptedStanza(opened, { terminationAck() }, nullptr)) {
                m_connection.send(*ack);
            }
        }
        endSession(thread, QCoreApplication::translate("balcony", "The contact ended the encrypted session."), false);
        return;
    }
    m_sink(message, decrypted.content,
        { MessageE2eKind::OnlineEsession, MessageE2eStatus::Decrypted, StanzaCipher::createdTime(decrypted.content),
            QString() });
}

void OnlineSessions::endSession(const QString &thread, const QString &reason, bool notifyPeer)
{
    const auto it = m_sessions.find(thread);
    if (it == m_sessions.end()) {
        return;
    }
    Session &session = *it->second;
    const bool wasTerminating = session.state == Session::State::Terminating;
    if (notifyPeer && session.channel && session.state == Session::State::Established) {
        Opened opened { session.channel.get(), session.peer, EsessionError::None, QString(), false };
        if (const std::optional<Element> stanza
            = encryptedStanza(opened, { esession::terminationContent() }, nullptr)) {
            m_connection.send(*stanza);
            session.state = Session::State::Terminating;
            const quint64 generation = session.generation;
            QTimer::singleShot(m_timeoutMs, this, [this, thread, generation] {
                const auto again = m_sessions.find(thread);
                if (again != m_sessions.end() && again->second->generation == generation) {
                    endSession(thread, QString(), false); // no acknowledgement: forget it anyway
                }
            });
            Q_EMIT sessionEnded(session.peer, thread, reason);
            return;
        }
    }
    std::unique_ptr<Session> ended = std::move(it->second);
    m_sessions.erase(it);
    if (ended->channel) {
        ended->channel->wipe();
    }
    for (const OpenCallback &callback : std::as_const(ended->waiting)) {
        callback({ nullptr, ended->peer, EsessionError::None, reason, false });
    }
    if (!wasTerminating) {
        Q_EMIT sessionEnded(ended->peer, thread, reason);
    }
}

void OnlineSessions::onPresenceChanged(const Jid &contact)
{
    QStringList gone;
    for (const auto &[thread, session] : m_sessions) {
        if (session->peer.bare() != contact.bare()) {
            continue;
        }
        bool available = false;
        for (const ResourcePresence &resource : m_presence.resources(contact.bare())) {
            available = available || resource.jid == session->peer;
        }
        if (!available) {
            gone.append(thread);
        }
    }
    for (const QString &thread : std::as_const(gone)) {
        const auto it = m_sessions.find(thread);
        if (it->second->state == Session::State::Requested) {
            failNegotiation(
                thread, EsessionError::None, QCoreApplication::translate("balcony", "The contact went offline."), true);
        } else {
            endSession(thread, QCoreApplication::translate("balcony", "The contact went offline."), false);
        }
    }
}

void OnlineSessions::dropAll(const QString &reason)
{
    QStringList threads;
    for (const auto &[thread, session] : m_sessions) {
        threads.append(thread);
    }
    for (const QString &thread : std::as_const(threads)) {
        const auto it = m_sessions.find(thread);
        if (it != m_sessions.end() && it->second->state == Session::State::Requested) {
            failNegotiation(thread, EsessionError::None, reason, false);
        } else {
            endSession(thread, reason, false);
        }
    }
}

void OnlineSessions::terminateAll()
{
    QStringList threads;
    for (const auto &[thread, session] : m_sessions) {
        threads.append(thread);
    }
    const QString reason = QCoreApplication::translate("balcony", "The encrypted session was ended.");
    for (const QString &thread : std::as_const(threads)) {
        const auto it = m_sessions.find(thread);
        if (it == m_sessions.end()) {
            continue;
        }
        switch (it->second->state) {
        case Session::State::Established:
            endSession(thread, reason, true); // XEP-0116: terminate all open ESessions before going offline
            break;
        case Session::State::Requested:
            failNegotiation(thread, EsessionError::None, reason, false);
            break;
        case Session::State::Responded:
            m_sessions.erase(it);
            break;
        case Session::State::Terminating:
            break; // waiting for the acknowledgement
        }
    }
}

} // namespace balcony
