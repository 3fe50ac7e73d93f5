#include "PubSubEvent.h"

using namespace Qt::StringLiterals;

namespace balcony {

QString PubSubEvent::xmlns()
{
    return u"http://jabber.org/protocol/pubsub#event"_s;
}

std::optional<PubSubEvent> PubSubEvent::fromElement(const Jid &service, const Element &event)
{
    const QString ns = xmlns();
    if (event.name() != u"event" || event.ns() != ns) {
        return std::nullopt;
    }
    PubSubEvent result;
    result.service = service;
    // §7.1.2: one <items/> (or <purge/>, <delete/>, <configuration/>) per notification; the node attribute
    // is REQUIRED on each.
    for (const Element &child : event.childElements()) {
        if (child.ns() != ns) {
            continue;
        }
        const QString node = child.attribute(u"node");
        if (node.isEmpty()) {
            continue;
        }
        if (child.name() == u"items") {
            for (const Element &entry : child.childElements()) {
                if (entry.ns() != ns) {
                    continue;
                }
                if (entry.name() == u"item") {
                    result.items.append(PubSubItem::fromElement(entry));
                } else if (entry.name() == u"retract" && !entry.attribute(u"id").isEmpty()) {
                    result.retractedIds.append(entry.attribute(u"id"));
                }
            }
        } else if (child.name() == u"purge") {
            result.purged = true;
        } else if (child.name() == u"delete") {
            result.deleted = true;
            result.redirectUri = child.firstChild(u"redirect", ns).attribute(u"uri");
        } else if (child.name() == u"configuration") {
            result.configurationChanged = true;
            result.configuration = DataForm::fromElement(child.firstChild(u"x", DataForm::xmlns()));
        } else {
            continue;
        }
        result.node = node;
        return result;
    }
    return std::nullopt;
}

} // namespace balcony
