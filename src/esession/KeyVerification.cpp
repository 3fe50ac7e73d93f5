#include "KeyVerification.h"

#include "PublicKeyManager.h"
#include "crypto/SigningKey.h"

#include <QStringList>

namespace balcony {

QString KeyVerification::fingerprintText(const QByteArray &fingerprint)
{
    const QString hex = QString::fromLatin1(fingerprint.toHex().toUpper());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        groups.append(hex.mid(i, 4));
    }
    return groups.join(QLatin1Char(' '));
}

QString KeyVerification::keyId(const QByteArray &der)
{
    const std::optional<crypto::PublicKey> key = crypto::PublicKey::fromDer(der);
    return key ? PublicKeyManager::keyId(*key) : QString();
}

KeyVerification KeyVerification::verify(
    PublicKeyManager &keys, E2eKeyStore &store, const Jid &contact, const QString &typedHex)
{
    QString digits;
    for (const QChar c : typedHex) {
        if (c != QLatin1Char(' ') && c != QLatin1Char(':')) {
            digits.append(c);
        }
    }
    const QByteArray typed = QByteArray::fromHex(digits.toLatin1());
    const QString typedLower = QString::fromLatin1(typed.toHex());
    KeyVerification result;
    result.known = store.contactKeys(contact.bare());
    if (result.known.isEmpty()) {
        result.status = Status::NoKeys;
        return result;
    }
    for (const ContactKey &key : std::as_const(result.known)) {
        if (!typed.isEmpty() && key.fingerprint == typed) {
            result.fingerprint = key.fingerprint;
            break;
        }
        if (!typed.isEmpty() && keyId(key.der) == typedLower) {
            result.fingerprint = key.fingerprint;
            result.matchedByKeyId = true;
            break;
        }
    }
    if (result.fingerprint.isEmpty()) {
        // Never mark anything on a mismatch: the user compared against a key we do not have.
        result.status = Status::Mismatch;
        return result;
    }
    result.status = keys.markVerified(contact.bare(), result.fingerprint) ? Status::Verified : Status::Failed;
    return result;
}

} // namespace balcony
