#pragma once

#include "core/Element.h"
#include "crypto/Hash.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace balcony {

// XEP-0200 v0.2 Stanza Encryption for ONE direction of an ESession (KC, KM and the counter C of the sender).
// The sender and the receiver each hold one built from the same keys and initial counter.
//
// Sending (§Encrypting a Stanza): m = the content elements serialized as in a jabber:client stanza;
// m_final = AES-CTR(KC, C, m) with the first keystream block E(KC, C) (standard CTR); C advances by
// ceil(len/16) (by 1 for empty content); <c xmlns='…xep-0200.html#ns'><data>B64(m_final)</data>
// <mac>B64(HMAC(HASH, KM, m_content | MPI(C before)))</mac></c>, m_content being the normalized children of
// <c/> other than <mac/>. Compression is always "none" (XEP-0116: MUST support none; zlib/lzw NOT RECOMMENDED).
//
// Receiving (§Decrypting a Stanza): the MAC is checked first (constant time) against MPI(C), and also the
// 16-byte padded counter, which an earlier implementation used (Gajim's XEP-0217 code); only a good MAC advances C.
// Because counters are implicit, stanzas must be decrypted in the order they were encrypted.
//
// Re-keying (§Re-Key Exchange) is EsessionChannel's job. For it this class can put extra elements (<new/>,
// <key/>) into the MAC'd content, accept them on receipt (RekeyElements::Accept), and swap its keys while the
// counter continues. By default a <c/> carrying <key/> is refused as Malformed, since a lone StanzaCipher (the
// offline session) cannot honour a re-key.
class StanzaCipher {
public:
    enum class Failure {
        None,
        Malformed, // not a <c/>, no <data/>/<mac/>, bad Base64, or re-key elements
        BadMac, // tampered, wrong key, or out of order
        BadXml, // authentic but the plaintext is not well-formed restricted XML
        CipherFailure, // OpenSSL refused (never expected with valid keys)
    };
    struct Decrypted {
        Failure failure = Failure::None;
        QList<Element> content; // the decrypted children, in jabber:client
    };
    enum class RekeyElements { Refuse, Accept };

    // `counter` is the 16-byte big-endian initial C; `cipherKey` 16/24/32 bytes.
    StanzaCipher(
        crypto::HashAlgorithm hash, crypto::SecretBytes cipherKey, crypto::SecretBytes macKey, QByteArray counter);

    // Encrypts the stanza content (e.g. <body/> and a SHIM header). nullopt if an element cannot be
    // serialized as XML (forbidden characters) or the cipher fails; the counter is then unchanged.
    std::optional<Element> encrypt(const QList<Element> &content, QString *error = nullptr);
    // The same, with `controls` (e.g. <new/>, <key/> in the XEP-0200 namespace) placed after <data/> and
    // before <mac/>, so they are part of m_content and covered by the MAC.
    std::optional<Element> encrypt(
        const QList<Element> &content, const QList<Element> &controls, QString *error = nullptr);
    // With RekeyElements::Accept, <key/> is left to the caller (it is MAC'd like every other child).
    Decrypted decrypt(const Element &c, RekeyElements rekey = RekeyElements::Refuse);

    // CIPHER(KC, C, bytes) and C += ceil(len/16): XEP-0116's ID_B shares the counter stream with the stanzas
    // (XEP-0116 §Hiding Bob's Identity). Empty on cipher failure (C unchanged).
    QByteArray cryptBytes(QByteArrayView bytes);

    crypto::HashAlgorithm hash() const { return m_hash; }
    QByteArray counter() const { return m_counter; }
    const crypto::SecretBytes &cipherKey() const { return m_kc; }
    const crypto::SecretBytes &macKey() const { return m_km; }
    // XEP-0200 §Re-Key: new KC and KM for this direction; the old ones are wiped, the counter continues (one
    // counter stream per direction).
    void replaceKeys(crypto::SecretBytes cipherKey, crypto::SecretBytes macKey);

    // The complete state (hash, KC, KM, C) so a session can be persisted sealed (crypto::seal) and resumed.
    crypto::SecretBytes serialize() const;
    static std::optional<StanzaCipher> deserialize(const crypto::SecretBytes &state);

    // XEP-0131 SHIM <headers><header name='Created'>UTC XEP-0082 DateTime</header></headers>, which XEP-0187
    // §Starting asks to put inside the encrypted content so the receiver knows when it was written.
    static Element createdHeader(const QDateTime &created);
    // The Created time from decrypted content; invalid if there is none or it does not parse.
    static QDateTime createdTime(const QList<Element> &content);

private:
    crypto::HashAlgorithm m_hash;
    crypto::SecretBytes m_kc;
    crypto::SecretBytes m_km;
    QByteArray m_counter;
};

} // namespace balcony
