#include "PubSubItem.h"

using namespace Qt::StringLiterals;

namespace balcony {

PubSubItem PubSubItem::fromElement(const Element &item)
{
    PubSubItem result;
    result.id = item.attribute(u"id");
    result.payload = item.firstChild();
    if (item.hasAttribute(u"publisher")) {
        result.publisher = Jid::parse(item.attribute(u"publisher")).value_or(Jid());
    }
    return result;
}

Element PubSubItem::toElement(const QString &ns) const
{
    Element item(u"item"_s, ns);
    if (!id.isEmpty()) {
        item.setAttribute(u"id"_s, id);
    }
    if (!payload.isNull()) {
        item.appendChild(payload);
    }
    return item;
}

} // namespace balcony
