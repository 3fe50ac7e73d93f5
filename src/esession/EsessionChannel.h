#pragma once

#include "core/Element.h"
#include "crypto/DhGroup.h"
#include "crypto/DhKeyPair.h"
#include "crypto/Hash.h"
#include "crypto/SecretBytes.h"
#include "crypto/SigningKey.h"
#include "esession/NegotiatedSession.h"
#include "esession/ResponseForm.h"
#include "esession/StanzaCipher.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace balcony {

// Both directions of one established online ESession: XEP-0200 v0.2 §Encrypting / §Decrypting a Stanza with
// §Re-Key Exchange. "Initiator"/"Acceptor" in the re-key key labels
// mean whoever initiates THAT re-key, not who negotiated the session.
//
// State (the XEP's names from this side's point of view):
// - one outgoing KC/KM with its counter (a StanzaCipher); the counter runs on across re-keys;
// - the incoming counter, and the stored sets {own DH private value, incoming KC, incoming KM}, oldest first.
//   The first set holds the negotiated private value and the peer's session keys; each re-key this side
//   initiates adds one, and a <new>N</new> from the peer (how many of my <key/>s it had received) selects
//   set N and destroys the older ones;
// - the peer's current DH public value (the negotiated one, then the value of its latest <key/>).
//
// Initiating (§Re-Key Initiation): x' fresh in the agreed group, K = MPI(peer's current public ^ x' mod p)
// (NOT hashed, unlike XEP-0116 §Generating Session Keys; in practice this equals hashing it, since MPI(K) of every MODP
// group is longer than HASH's block and RFC 2104 §2 then keys HMAC with HASH(K) anyway), four labelled keys
// (SessionKeys::labelledKey). The stanza with <key>B64(MPI(e'))</key> goes out under the OLD keys; later ones
// use the initiator keys; {x', acceptor keys} becomes a new stored set.
// Accepting (§Re-Key Acceptance): after the MAC verified, K = e' ^ (private value of the selected set, the
// oldest one left) mod p (1 < e' < p-1 is checked); the peer's initiator keys replace the incoming keys of
// ALL sets; if exactly one set is stored the acceptor keys also replace the outgoing keys (with more, this
// side has a re-key of its own in flight and the peer will adopt that one); e' becomes the peer's value.
//
// rekey_freq (XEP-0116 "the minimum number of stanzas that MUST be exchanged before an entity MAY initiate a
// key re-exchange (1 - every stanza)"). Reading: the stanzas exchanged in BOTH directions after the last
// stanza that carried a <key/> (sent or received; the session start counts as one), up to and including the
// stanza that carries the new <key/>, must be at least rekey_freq. So 1 lets every stanza carry a key and 100
// allows one re-key per 100 stanzas. This side never initiates earlier (encrypt() refuses).
// Receiving, the peer's count cannot be known exactly (stanzas cross in flight, so a strict check would
// refuse the crossing re-keys the XEP explicitly allows). A peer <key/> is refused only when even the most
// the peer can have exchanged is too few: the peer's stanzas since its previous <key/> (this one included)
// plus every stanza of mine that it cannot be shown (through <new/>) to have had before its previous <key/>.
// An honest peer is never refused; a peer re-keying far too often is. The refusal is reported as Malformed
// (a protocol violation by an authenticated peer), with the state unchanged, so the caller terminates.
//
// <old/> (§Publishing Old MAC Values) is never sent (publishing is optional and needs tracking of which MAC
// keys every in-flight stanza may still use); received <old/>s are MAC'd and otherwise ignored, as the XEP
// says. Compression is "none".
//
// Failures leave ALL state unchanged (keys, sets, counters), including BadXml for an authentic stanza: the
// caller shows the stanza as undecryptable and terminates the session (XEP-0200 §Decrypting, steps 3 and 6).
class EsessionChannel {
public:
    // Monotonic milliseconds; injectable so the key-age rule of shouldRekey() can be tested without waiting.
    using Clock = std::function<qint64()>;

    // nullopt if the session lacks a part (own DH key, peer value, either cipher), or names a group, cipher or
    // hash this build does not have, or the peer value is out of range.
    static std::optional<EsessionChannel> open(NegotiatedSession session, Clock clock = {});

    // The <c/> for a stanza carrying `content`, with <new/> when <key/>s arrived since this side last sent
    // and, if `rekey`, a fresh <key/>. nullopt (with *error) after wipe(), if rekey_freq does not allow a
    // re-key yet, or if the content cannot be serialized; nothing changes then. Meant to be called as
    // encrypt(content, channel.shouldRekey()).
    std::optional<Element> encrypt(const QList<Element> &content, bool rekey = false, QString *error = nullptr);
    // Failure::Malformed: not a <c/>, bad Base64, <new/> not a positive integer or beyond my sets, more than
    // one <new/>/<key/>, <key/> out of range or earlier than rekey_freq allows. BadMac: tampered, out of
    // order, wrong set. BadXml: authentic but not restricted XML. CipherFailure: after wipe().
    StanzaCipher::Decrypted decrypt(const Element &c);

    // rekey_freq allows a re-key now, and the outgoing key has carried 100 stanzas or 2^32 blocks (RFC 4344,
    // XEP-0200 §Maximum Key Life) or has been in use for an hour (§Maximum Key Life: re-key after inactivity).
    bool shouldRekey() const;
    bool rekeyAllowed() const;

    // Destroys every key, private value and counter (termination, XEP-0116 §Termination). Final.
    void wipe();
    bool isWiped() const { return m_wiped; }

    const QString &thread() const { return m_thread; }
    const crypto::PublicKey &peerKey() const { return m_peerKey; }
    const ResponseForm &agreed() const { return m_agreed; }
    bool initiator() const { return m_initiator; }

    // For tests and diagnostics.
    qsizetype storedKeySets() const { return qsizetype(m_sets.size()); }
    quint64 stanzasSent() const { return m_sent; }
    quint64 stanzasReceived() const { return m_received; }
    quint64 exchangedSinceRekey() const { return m_exchangedSinceRekey; }
    quint64 stanzasWithCurrentKey() const { return m_sentWithKey; }
    quint32 keysReceivedSinceSend() const { return m_keysSinceSend; }
    QByteArray outgoingCounter() const;
    QByteArray incomingCounter() const { return m_inCounter; }
    QByteArray peerPublicValue() const { return m_peerPublic; }

    EsessionChannel(EsessionChannel &&) = default;
    EsessionChannel &operator=(EsessionChannel &&) = default;

private:
    // One stored set of XEP-0200 §Re-Key Initiation: {x, KC_peer, KM_peer}.
    struct KeySet {
        crypto::DhKeyPair own;
        crypto::SecretBytes cipherKey; // incoming
        crypto::SecretBytes macKey; // incoming
        quint64 keyStanza = 0; // my stanza number that carried this set's <key/> (0: the negotiated set)
    };
    struct RekeyKeys {
        crypto::SecretBytes initiatorCipher;
        crypto::SecretBytes initiatorMac;
        crypto::SecretBytes acceptorCipher;
        crypto::SecretBytes acceptorMac;
    };

    EsessionChannel(
        NegotiatedSession session, crypto::HashAlgorithm hash, int cipherKeySize, crypto::DhGroup group, Clock clock);
    std::optional<RekeyKeys> deriveRekeyKeys(const crypto::SecretBytes &k) const;
    void keyInstalled();

    ResponseForm m_agreed;
    bool m_initiator = false;
    crypto::PublicKey m_peerKey;
    QString m_thread;
    crypto::HashAlgorithm m_hash;
    int m_cipherKeySize = 0;
    crypto::DhGroup m_group;
    Clock m_clock;

    std::optional<StanzaCipher> m_out;
    QByteArray m_inCounter;
    std::vector<KeySet> m_sets; // oldest first, never empty until wipe()
    QByteArray m_peerPublic;
    bool m_wiped = false;

    quint32 m_keysSinceSend = 0; // the <new/> value of my next stanza
    quint64 m_sent = 0;
    quint64 m_received = 0;
    quint64 m_exchangedSinceRekey = 0; // both directions, after the last <key/> stanza
    quint64 m_sentWithKey = 0;
    quint64 m_blocksWithKey = 0;
    qint64 m_keySince = 0;
    // Receiver side of rekey_freq (see above).
    quint64 m_peerSentSinceKey = 0; // peer stanzas after its last <key/> stanza
    quint64 m_peerHasAtLeast = 0; // my stanzas the peer is known to have received (through <new/>)
    quint64 m_peerHadAtKey = 0; // m_peerHasAtLeast when its last <key/> arrived
};

} // namespace balcony
