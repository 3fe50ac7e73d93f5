#include "esession/EsessionError.h"

#include <QCoreApplication>

namespace balcony {

QString describeEsessionError(EsessionError error)
{
    const char *text = "";
    switch (error) {
    case EsessionError::None:
        text = QT_TRANSLATE_NOOP("balcony", "No error.");
        break;
    case EsessionError::MalformedForm:
        text = QT_TRANSLATE_NOOP("balcony", "The encrypted-session form is malformed.");
        break;
    case EsessionError::UnsupportedGroup:
        text = QT_TRANSLATE_NOOP("balcony", "The encrypted-session form offers an unsupported key-exchange group.");
        break;
    case EsessionError::IqNotAllowed:
        text = QT_TRANSLATE_NOOP("balcony", "Offline encrypted-session options must not include iq stanzas.");
        break;
    case EsessionError::BadRekeyFrequency:
        text = QT_TRANSLATE_NOOP("balcony", "The re-key frequency of the encrypted session is out of range.");
        break;
    case EsessionError::NoCommonOptions:
        text = QT_TRANSLATE_NOOP("balcony", "The contact offers no encryption options Balcony supports.");
        break;
    case EsessionError::OptionNotOffered:
        text = QT_TRANSLATE_NOOP("balcony", "The contact chose encryption options that were never offered.");
        break;
    case EsessionError::Expired:
        text = QT_TRANSLATE_NOOP("balcony", "The offline encryption options have expired.");
        break;
    case EsessionError::NoTrustedKey:
        text = QT_TRANSLATE_NOOP("balcony", "No trusted public key is known for this contact.");
        break;
    case EsessionError::UntrustedSignature:
        text = QT_TRANSLATE_NOOP(
            "balcony", "The offline encryption options are not signed by a trusted key of the contact.");
        break;
    case EsessionError::BadPublicValue:
        text = QT_TRANSLATE_NOOP("balcony", "The key-exchange value is out of range.");
        break;
    case EsessionError::UnknownNonce:
        text = QT_TRANSLATE_NOOP("balcony", "The message belongs to offline options this client did not publish.");
        break;
    case EsessionError::Replay:
        text = QT_TRANSLATE_NOOP("balcony", "The encrypted session was already started once: this is a replay.");
        break;
    case EsessionError::BadMac:
        text = QT_TRANSLATE_NOOP("balcony", "The encrypted message was tampered with (bad MAC).");
        break;
    case EsessionError::BadIdentity:
        text = QT_TRANSLATE_NOOP("balcony", "The sender's encrypted identity is unreadable.");
        break;
    case EsessionError::UntrustedPeerKey:
        text = QT_TRANSLATE_NOOP("balcony", "The sender's public key is not trusted for this contact.");
        break;
    case EsessionError::BadSignature:
        text = QT_TRANSLATE_NOOP("balcony", "The sender's signature does not verify.");
        break;
    case EsessionError::CryptoFailure:
        text = QT_TRANSLATE_NOOP("balcony", "A cryptographic operation failed.");
        break;
    case EsessionError::FourMessageOnly:
        text = QT_TRANSLATE_NOOP("balcony",
            "The contact asked for a four-message encrypted-session negotiation (hash commitment or short "
            "authentication string), which Balcony does not support.");
        break;
    case EsessionError::Declined:
        text = QT_TRANSLATE_NOOP("balcony", "The contact declined the encrypted session.");
        break;
    case EsessionError::NonceMismatch:
        text = QT_TRANSLATE_NOOP("balcony", "The reply does not belong to this encrypted-session negotiation.");
        break;
    case EsessionError::AlreadyCompleted:
        text = QT_TRANSLATE_NOOP("balcony", "This encrypted-session negotiation was already completed.");
        break;
    }
    return QCoreApplication::translate("balcony", text);
}

} // namespace balcony
