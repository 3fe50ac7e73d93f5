#pragma once

#include "crypto/SigningKey.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace balcony {

// Names and namespaces of Encrypted Sessions: XEP-0116 v0.16 §ESession Request (the option values), XEP-0187
// v0.5 (PEP nodes), XEP-0200 v0.2 (<c/>), XEP-0155 (FORM_TYPE, termination). Aliases of older revisions are
// accepted on input (XEP-0187 v0.5 still uses XEP-0116 v0.12's and XEP-0155 v0.13's); output always uses the first
// name.
namespace esession {

QString formType(); // urn:xmpp:ssn
bool isFormType(QStringView value); // also http://jabber.org/protocol/chatneg and urn:xmpp:chatneg
QString subscriberNode(); // http://www.xmpp.org/extensions/xep-0187.html#ns
QString openNode(); // http://www.xmpp.org/extensions/xep-0116.html#ns
QString initNs(); // http://www.xmpp.org/extensions/xep-0116.html#ns-init
QString stanzaNs(); // http://www.xmpp.org/extensions/xep-0200.html#ns
QString featureNegNs(); // http://jabber.org/protocol/feature-neg
QString shimNs(); // http://jabber.org/protocol/shim
QString clientNs(); // jabber:client, the namespace encrypted content is serialized in

// crypt_algs: only the AES counter-mode ciphers; OpenSSL 3 has no Twofish or Serpent and
// "none" would give an unencrypted "encrypted" session, which Balcony never negotiates.
enum class Cipher { Aes128Ctr, Aes192Ctr, Aes256Ctr };
std::optional<Cipher> cipherFromName(QStringView name);
QString cipherName(Cipher cipher);
int cipherKeySize(Cipher cipher); // bytes: 16, 24, 32
constexpr int cipherBlockBits = 128; // n of XEP-0116: the block size, 128 for every AES key size

// sign_algs: XEP-0187's "rsa"/"dsa" (XEP-0116 v0.12) and the xmldsig URIs of XEP-0116 v0.13+, both the
// non-standard ones the XEP prints and the standard RFC 4051 / xmldsig11 ones.
std::optional<crypto::SignatureAlgorithm> signatureFromName(QStringView name);
QString signatureName(crypto::SignatureAlgorithm algorithm); // "rsa" / "dsa", as in the XEP-0187 example

// C_B = C_A XOR 2^(n-1) (XEP-0116 §ESession Request): the 16-byte counter with its top bit flipped, so the two
// directions never share a counter value.
QByteArray responderCounter(QByteArrayView initiatorCounter);

// The version this implementation speaks (XEP-0116 v0.16 describes 1.0; never refused on `ver` alone).
QString protocolVersion();

} // namespace esession
} // namespace balcony
