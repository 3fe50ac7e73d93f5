#pragma once

#include <QString>

namespace balcony {

// Why an ESession step failed (XEP-0116, XEP-0187, XEP-0200). Offline failures are silent on the wire (XEP-0187
// §Accepting: terminate without an error), so this is what the user gets to see instead; online failures are
// also what the XEP-0155 rejection sent back is chosen from (esession::negotiationRejection).
enum class EsessionError {
    None,
    MalformedForm, // a required field is missing, repeated where it must be single, or badly encoded
    UnsupportedGroup, // modp 3 or 4 (EC2N groups, XEP-0116 erratum) or a dhkeys/modp mismatch
    IqNotAllowed, // XEP-0187: offline options must not offer iq stanzas
    BadRekeyFrequency, // rekey_freq outside 1..2^32-1, or the responder's lower than the offer's
    NoCommonOptions, // nothing acceptable offered in some field
    OptionNotOffered, // the responder chose a value the offer did not contain
    Expired, // the offer's expires time has passed
    NoTrustedKey, // the caller trusts no key of the peer
    UntrustedSignature, // no 'signs' value verifies with a trusted key (or the options were altered)
    BadPublicValue, // e or d not in (1, p-1)
    UnknownNonce, // no stored offer for this nonce/modp (e.g. another client's, or already discarded)
    Replay, // this d or responder nonce was already used with this offer
    BadMac, // M_B does not match: tampered or wrong keys
    BadIdentity, // ID_B does not decrypt to <KeyValue/><SignatureValue/>
    UntrustedPeerKey, // the responder's public key is not one the caller accepts for this contact
    BadSignature, // signB does not verify over macB
    CryptoFailure, // OpenSSL failed (randomness, unavailable hash)
    FourMessageOnly, // an online request with dhhashes or sas_algs: XEP-0116's 4-message exchange, not implemented
    Declined, // the peer answered accept = 0 (XEP-0155: the session was refused)
    NonceMismatch, // an online reply echoes a nonce other than this negotiation's (stale or foreign)
    AlreadyCompleted, // a negotiation step was asked to run a second time (each side completes once)
};

// One translated sentence for the user.
QString describeEsessionError(EsessionError error);

} // namespace balcony
