#pragma once

#include "core/Element.h"
#include "esession/EsessionError.h"

#include <QByteArray>

#include <optional>

namespace balcony {

// Alice's session negotiation completion form of XEP-0116 v0.16's 3-message exchange (§Sending Alice's
// Identity): <x xmlns='jabber:x:data' type='result'> with FORM_TYPE, accept, nonce (N_B), [terminate],
// identity (ID_A), mac (M_A), in the order and without type attributes, as the XEP's example.
struct ResultForm {
    bool accept = true;
    QByteArray nonce; // N_B
    bool terminate = false; // a single-shot session (covered by macA through formA2)
    QByteArray identity; // ID_A; empty = field absent
    QByteArray mac; // M_A; empty = field absent

    Element toElement() const;
    // formA2: the normalized content without identity and mac (§Hiding Alice's Identity).
    static QByteArray macContent(const Element &x);

    // A declining form (accept false) needs nothing else; an accepting one needs nonce, identity and mac.
    // nullopt with *error = MalformedForm otherwise.
    static std::optional<ResultForm> fromElement(const Element &x, EsessionError *error = nullptr);
};

} // namespace balcony
