#pragma once

#include "storage/E2eKeyStore.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace balcony {

class PublicKeyManager;

// The user compares a contact's key out of band and types (or pastes) what the contact's client shows:
// either Balcony's fingerprint (SHA-256 of the DER SubjectPublicKeyInfo) or the XEP-0189 §2 key id (the pubkey
// item id, SHA-256 of the normalised <KeyValue/>) that other clients show. Both name one key. Shared by the
// desktop's verification dialog and `balcony-cli keys --verify`.
struct KeyVerification {
    enum class Status {
        Verified, // the key that matched is now marked verified
        NoKeys, // no key of the contact is known: fetch it first
        Mismatch, // nothing matched: nothing was marked
        Failed, // the mark could not be stored
    };
    Status status = Status::Failed;
    QByteArray fingerprint; // the key that matched (DER SHA-256)
    bool matchedByKeyId = false; // what the user typed was the XEP-0189 key id
    QList<ContactKey> known; // the contact's keys (for a mismatch message)

    // `typedHex`: hex digits, any case, spaces and colons allowed.
    static KeyVerification verify(
        PublicKeyManager &keys, E2eKeyStore &store, const Jid &contact, const QString &typedHex);
    // Upper-case hex in groups of 4, as crypto::PublicKey::fingerprintText().
    static QString fingerprintText(const QByteArray &fingerprint);
    // The XEP-0189 key id of a stored DER key (lower-case hex); empty if it does not parse.
    static QString keyId(const QByteArray &der);
};

} // namespace balcony
