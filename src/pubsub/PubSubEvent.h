#pragma once

#include "PubSubItem.h"
#include "core/DataForm.h"
#include "core/Jid.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace balcony {

// One pubsub event notification (XEP-0060 §7.1.2, §7.2.2.1, §8.2.5.1, §8.4.3, §8.5.3): the content of
// <event xmlns='http://jabber.org/protocol/pubsub#event'/> in a message from `service`.
struct PubSubEvent {
    Jid service; // the sender: the pubsub service, for PEP the publishing account's bare JID
    QString node;
    QList<PubSubItem> items; // §7.1.2: published (with or without payload)
    QStringList retractedIds; // §7.2.2.1
    bool purged = false; // §8.5.3: every item is gone
    bool deleted = false; // §8.4.3: the node is gone
    QString redirectUri; // §8.4.3: where a deleted node's subscribers should go
    std::optional<DataForm> configuration; // §8.2.5.1: the new configuration (if the service includes it)
    bool configurationChanged = false;

    static QString xmlns(); // http://jabber.org/protocol/pubsub#event

    // nullopt if `event` (the <event/> element) carries no node-level notification this type understands.
    static std::optional<PubSubEvent> fromElement(const Jid &service, const Element &event);
};

} // namespace balcony

Q_DECLARE_METATYPE(balcony::PubSubEvent)
