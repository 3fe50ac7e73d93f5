#pragma once

#include "core/Element.h"
#include "core/Jid.h"

#include <QMetaType>
#include <QString>

namespace balcony {

// One item of a pubsub node (XEP-0060 §7.1.1 published, §6.5.2 retrieved, §7.1.2.1 notified):
// <item id='...' [publisher='...']>payload</item>. The payload is the single child element, kept verbatim;
// notifications of nodes without payloads carry none (§7.1.2.2).
struct PubSubItem {
    QString id;
    Element payload;
    Jid publisher; // §7.1.2.3 'publisher', when the service tells

    // `item` is an <item/> in the namespace of its parent (pubsub or pubsub#event).
    static PubSubItem fromElement(const Element &item);
    // <item/> in namespace `ns` (the pubsub namespace for publishing).
    Element toElement(const QString &ns) const;

    bool operator==(const PubSubItem &) const = default;
};

} // namespace balcony

Q_DECLARE_METATYPE(balcony::PubSubItem)
