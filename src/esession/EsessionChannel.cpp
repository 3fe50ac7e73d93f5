#include "esession/EsessionChannel.h"

#include "esession/EsessionAlgorithms.h"
#include "esession/SessionKeys.h"

#include <QCoreApplication>

#include <chrono>

using namespace Qt::StringLiterals;

namespace balcony {
namespace {

// shouldRekey() thresholds: stanzas per key (a small Perfect Forward Secrecy window at one DH computation per
// hundred stanzas), RFC 4344's 2^32 blocks per key, and an hour of use.
constexpr quint64 stanzasPerKey = 100;
constexpr quint64 blocksPerKey = quint64(1) << 32;
constexpr qint64 keyLifetimeMs = 60 * 60 * 1000;

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The number of counter values between two 16-byte counters (after - before, modulo 2^64: a single stanza never
// spans 2^64 blocks).
quint64 blocksBetween(const QByteArray &before, const QByteArray &after)
{
    auto low = [](const QByteArray &counter) {
        quint64 value = 0;
        for (qsizetype i = counter.size() - 8; i < counter.size(); ++i) {
            value = (value << 8) | quint8(counter[i]);
        }
        return value;
    };
    return low(after) - low(before);
}

void setError(QString *error, const char *text)
{
    if (error) {
        *error = QCoreApplication::translate("balcony", text);
    }
}

// XEP-0200 schema: <new/> is an xs:positiveInteger. nullopt for anything else (0 too: "included only if
// positive, non-zero").
std::optional<quint64> parseNew(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 9) {
        return std::nullopt;
    }
    for (const QChar ch : trimmed) {
        if (ch < u'0' || ch > u'9') {
            return std::nullopt;
        }
    }
    const quint64 value = trimmed.toULongLong();
    return value > 0 ? std::optional<quint64>(value) : std::nullopt;
}

} // namespace

EsessionChannel::EsessionChannel(
    NegotiatedSession session, crypto::HashAlgorithm hash, int cipherKeySize, crypto::DhGroup group, Clock clock)
    : m_agreed(std::move(session.agreed))
    , m_initiator(session.initiator)
    , m_peerKey(std::move(session.peerKey))
    , m_thread(std::move(session.thread))
    , m_hash(hash)
    , m_cipherKeySize(cipherKeySize)
    , m_group(std::move(group))
    , m_clock(clock ? std::move(clock) : Clock(steadyMs))
    , m_out(std::move(session.outgoing))
    , m_inCounter(session.incoming->counter())
    , m_peerPublic(std::move(session.peerPublicValue))
{
    m_sets.push_back(KeySet {
        std::move(*session.ownKey), session.incoming->cipherKey().clone(), session.incoming->macKey().clone(), 0 });
    session.ownKey.reset();
    session.incoming.reset(); // wipes the keys we cloned
    keyInstalled();
}

std::optional<EsessionChannel> EsessionChannel::open(NegotiatedSession session, Clock clock)
{
    if (!session.ownKey || !session.outgoing || !session.incoming || session.peerPublicValue.isEmpty()) {
        return std::nullopt;
    }
    const std::optional<crypto::DhGroup> group = crypto::DhGroup::modp(session.agreed.modp);
    const std::optional<esession::Cipher> cipher = esession::cipherFromName(session.agreed.cryptAlg);
    const std::optional<crypto::HashAlgorithm> hash = crypto::hashFromName(session.agreed.hashAlg);
    if (!group || !cipher || !hash || !crypto::isHashAvailable(*hash)
        || esession::cipherKeySize(*cipher) > crypto::hashSize(*hash) || session.ownKey->group().id() != group->id()
        || !group->isValidPublicValue(session.peerPublicValue) || session.outgoing->hash() != *hash
        || session.incoming->hash() != *hash || session.outgoing->counter().size() != 16
        || session.incoming->counter().size() != 16) {
        return std::nullopt;
    }
    const int keySize = esession::cipherKeySize(*cipher);
    return EsessionChannel(std::move(session), *hash, keySize, *group, std::move(clock));
}

QByteArray EsessionChannel::outgoingCounter() const
{
    return m_out ? m_out->counter() : QByteArray();
}

void EsessionChannel::keyInstalled()
{
    m_sentWithKey = 0;
    m_blocksWithKey = 0;
    m_keySince = m_clock();
}

bool EsessionChannel::rekeyAllowed() const
{
    // The stanza about to carry the <key/> is one of the exchanged stanzas (so rekey_freq 1 = every stanza).
    return !m_wiped && m_exchangedSinceRekey + 1 >= quint64(qMax<quint32>(1, m_agreed.rekeyFreq));
}

bool EsessionChannel::shouldRekey() const
{
    if (!rekeyAllowed()) {
        return false;
    }
    return m_sentWithKey >= stanzasPerKey || m_blocksWithKey >= blocksPerKey || m_clock() - m_keySince >= keyLifetimeMs;
}

std::optional<EsessionChannel::RekeyKeys> EsessionChannel::deriveRekeyKeys(const crypto::SecretBytes &k) const
{
    RekeyKeys keys {
        SessionKeys::labelledKey(m_hash, k.view(), "Rekey Initiator Crypt", m_cipherKeySize),
        SessionKeys::labelledKey(m_hash, k.view(), "Rekey Initiator MAC"),
        SessionKeys::labelledKey(m_hash, k.view(), "Rekey Acceptor Crypt", m_cipherKeySize),
        SessionKeys::labelledKey(m_hash, k.view(), "Rekey Acceptor MAC"),
    };
    if (keys.initiatorCipher.isEmpty() || keys.initiatorMac.isEmpty() || keys.acceptorCipher.isEmpty()
        || keys.acceptorMac.isEmpty()) {
        return std::nullopt;
    }
    return keys;
}

std::optional<Element> EsessionChannel::encrypt(const QList<Element> &content, bool rekey, QString *error)
{
    if (m_wiped || !m_out) {
        setError(error, QT_TRANSLATE_NOOP("balcony", "The encrypted session has ended."));
        return std::nullopt;
    }
    if (rekey && !rekeyAllowed()) {
        setError(error, QT_TRANSLATE_NOOP("balcony", "The encrypted session may not change its keys yet."));
        return std::nullopt;
    }
    QList<Element> controls;
    if (m_keysSinceSend > 0) {
        controls.append(Element(u"new"_s, esession::stanzaNs()));
        controls.last().setText(QString::number(m_keysSinceSend));
    }
    std::optional<crypto::DhKeyPair> fresh;
    std::optional<RekeyKeys> keys;
    if (rekey) {
        fresh = crypto::DhKeyPair::generate(m_group, esession::cipherBlockBits);
        if (fresh) {
            // K is wiped when it goes out of scope, as soon as the four keys exist (§Re-Key Initiation).
            const std::optional<crypto::SecretBytes> k = fresh->agree(m_peerPublic);
            keys = k ? deriveRekeyKeys(*k) : std::nullopt;
        }
        if (!keys) {
            setError(error, QT_TRANSLATE_NOOP("balcony", "New keys for the encrypted session could not be computed."));
            return std::nullopt;
        }
        controls.append(Element(u"key"_s, esession::stanzaNs()));
        controls.last().setText(QString::fromLatin1(fresh->publicValue().toBase64()));
    }

    const QByteArray before = m_out->counter();
    std::optional<Element> c = m_out->encrypt(content, controls, error);
    if (!c) {
        return std::nullopt;
    }
    ++m_sent;
    ++m_exchangedSinceRekey;
    ++m_sentWithKey;
    m_blocksWithKey += blocksBetween(before, m_out->counter());
    m_keysSinceSend = 0;
    if (rekey) {
        // This stanza went out under the old keys; every later one uses the initiator keys. The acceptor keys
        // are what the peer will send with once it has my <key/>.
        m_out->replaceKeys(std::move(keys->initiatorCipher), std::move(keys->initiatorMac));
        m_sets.push_back(
            KeySet { std::move(*fresh), std::move(keys->acceptorCipher), std::move(keys->acceptorMac), m_sent });
        m_exchangedSinceRekey = 0;
        keyInstalled();
    }
    return c;
}

StanzaCipher::Decrypted EsessionChannel::decrypt(const Element &c)
{
    StanzaCipher::Decrypted result;
    if (m_wiped || m_sets.empty()) {
        result.failure = StanzaCipher::Failure::CipherFailure;
        return result;
    }
    const QList<Element> news = c.children(u"new", esession::stanzaNs());
    const QList<Element> keyElements = c.children(u"key", esession::stanzaNs());
    if (news.size() > 1 || keyElements.size() > 1) {
        result.failure = StanzaCipher::Failure::Malformed;
        return result;
    }
    // §Decrypting step 1: <new>N</new> = how many of my <key/>s the peer had received, i.e. which set it used.
    quint64 selected = 0;
    if (!news.isEmpty()) {
        const std::optional<quint64> n = parseNew(news.first().text());
        if (!n || *n >= m_sets.size()) {
            result.failure = StanzaCipher::Failure::Malformed;
            return result;
        }
        selected = *n;
    }
    QByteArray peerValue;
    if (!keyElements.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            keyElements.first().text().trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty()) {
            result.failure = StanzaCipher::Failure::Malformed;
            return result;
        }
        peerValue = decoded.decoded;
    }

    // Steps 2-6 on a scratch cipher with the selected set's keys: nothing is committed unless all succeed.
    KeySet &set = m_sets[selected];
    StanzaCipher scratch(m_hash, set.cipherKey.clone(), set.macKey.clone(), m_inCounter);
    result = scratch.decrypt(c, StanzaCipher::RekeyElements::Accept);
    if (result.failure != StanzaCipher::Failure::None) {
        result.content.clear();
        return result;
    }

    const quint64 peerHasAtLeast = qMax(m_peerHasAtLeast, set.keyStanza);
    std::optional<RekeyKeys> keys;
    if (!peerValue.isEmpty()) {
        // The most stanzas the peer can have exchanged since its previous <key/> (see the header).
        const quint64 peerMost = m_peerSentSinceKey + 1 + (m_sent - m_peerHadAtKey);
        std::optional<crypto::SecretBytes> k;
        if (peerMost >= quint64(qMax<quint32>(1, m_agreed.rekeyFreq))) {
            // §Re-Key Acceptance: the private value of the oldest set left, i.e. the selected one. agree()
            // checks 1 < e' < p-1.
            k = set.own.agree(peerValue);
        }
        keys = k ? deriveRekeyKeys(*k) : std::nullopt;
        if (!keys) {
            result.content.clear();
            result.failure = k ? StanzaCipher::Failure::CipherFailure : StanzaCipher::Failure::Malformed;
            return result;
        }
    }

    // Commit.
    m_sets.erase(m_sets.begin(), m_sets.begin() + qsizetype(selected));
    m_inCounter = scratch.counter();
    ++m_received;
    ++m_exchangedSinceRekey;
    m_peerHasAtLeast = peerHasAtLeast;
    if (!keys) {
        ++m_peerSentSinceKey;
        return result;
    }
    for (KeySet &stored : m_sets) {
        stored.cipherKey = keys->initiatorCipher.clone();
        stored.macKey = keys->initiatorMac.clone();
    }
    if (m_sets.size() == 1) {
        m_out->replaceKeys(std::move(keys->acceptorCipher), std::move(keys->acceptorMac));
        keyInstalled();
    }
    m_peerPublic = peerValue;
    ++m_keysSinceSend;
    m_exchangedSinceRekey = 0;
    m_peerSentSinceKey = 0;
    m_peerHadAtKey = m_peerHasAtLeast;
    return result;
}

void EsessionChannel::wipe()
{
    m_wiped = true;
    m_out.reset();
    m_sets.clear();
    m_inCounter.fill('\0');
    m_inCounter.clear();
    m_peerPublic.clear();
    m_keysSinceSend = 0;
}

} // namespace balcony
