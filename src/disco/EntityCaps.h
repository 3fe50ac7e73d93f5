#pragma once

#include "DiscoInfo.h"
#include "core/Element.h"
#include "storage/CapsStore.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <optional>

namespace balcony {

// XEP-0115 Entity Capabilities: the verification string (§5.1), its checking (§5.4), and the <c/> element
// (§4).
class EntityCaps {
public:
    // Why a disco#info result may not be cached under the announced hash (XEP-0115 §5.4 step 3).
    enum class Verification {
        Ok,
        UnknownHash, // a hash function Balcony does not implement: cannot verify (§5.4 step 2)
        Mismatch, // the recomputed verification string differs
        DuplicateIdentity, // two identities with the same category/type/lang/name
        DuplicateFeature,
        DuplicateFormType, // two extended information forms with the same FORM_TYPE
        FormTypeNotHidden, // an extended information form whose FORM_TYPE field is not type 'hidden'
    };

    static QString xmlns(); // http://jabber.org/protocol/caps

    // The QCryptographicHash algorithm for a hash name from the IANA Hash Function Textual Names registry
    // (§5.1 step 8): sha-1, sha-256, sha-512. nullopt for anything else.
    static std::optional<QCryptographicHash::Algorithm> algorithm(QStringView hashName);

    // §5.1 steps 1–7: the string S, as UTF-8 bytes, that the hash is computed over.
    static QByteArray verificationInput(const DiscoInfo &info);
    // §5.1 steps 8–9: base64(hash(S)).
    static QString verificationString(const DiscoInfo &info, QCryptographicHash::Algorithm algorithm);
    // The same for a hash name; nullopt if the hash function is unknown.
    static std::optional<QString> verificationString(const DiscoInfo &info, QStringView hashName);

    // §5.4 step 3: whether `info` (the answer to a disco#info query for node#ver) may be accepted as the
    // capabilities behind (hashName, ver).
    static Verification verify(const DiscoInfo &info, QStringView hashName, QStringView ver);
    // English, for logs.
    static QString describe(Verification verification);

    // §4: <c xmlns='http://jabber.org/protocol/caps' hash='' node='' ver=''/>; a null announcement if `c`
    // is not that element or lacks 'ver' or 'node'.
    static CapsAnnouncement parse(const Element &c);
    static Element toElement(const CapsAnnouncement &caps);
};

} // namespace balcony
