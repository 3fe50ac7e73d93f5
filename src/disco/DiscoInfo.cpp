#include "DiscoInfo.h"

using namespace Qt::StringLiterals;

namespace balcony {

QString DiscoInfo::xmlns()
{
    return u"http://jabber.org/protocol/disco#info"_s;
}

QString DiscoInfo::itemsXmlns()
{
    return u"http://jabber.org/protocol/disco#items"_s;
}

std::optional<DiscoInfo> DiscoInfo::fromElement(const Element &query)
{
    const QString ns = xmlns();
    if (query.isNull() || query.name() != u"query" || query.ns() != ns) {
        return std::nullopt;
    }
    DiscoInfo info;
    info.node = query.attribute(u"node");
    for (const Element &child : query.childElements()) {
        if (child.ns() == ns && child.name() == u"identity") {
            DiscoIdentity identity { child.attribute(u"category"), child.attribute(u"type"), child.lang(),
                child.attribute(u"name") };
            if (!identity.category.isEmpty() && !identity.type.isEmpty()) {
                info.identities.append(identity);
            }
        } else if (child.ns() == ns && child.name() == u"feature") {
            const QString var = child.attribute(u"var");
            if (!var.isEmpty()) {
                info.features.append(var);
            }
        } else if (const auto form = DataForm::fromElement(child)) {
            info.extensions.append(*form);
        }
    }
    return info;
}

Element DiscoInfo::toElement() const
{
    const QString ns = xmlns();
    Element query(u"query"_s, ns);
    if (!node.isEmpty()) {
        query.setAttribute(u"node"_s, node);
    }
    for (const DiscoIdentity &identity : identities) {
        Element element(u"identity"_s, ns);
        element.setAttribute(u"category"_s, identity.category);
        element.setAttribute(u"type"_s, identity.type);
        if (!identity.lang.isEmpty()) {
            element.setLang(identity.lang);
        }
        if (!identity.name.isEmpty()) {
            element.setAttribute(u"name"_s, identity.name);
        }
        query.appendChild(element);
    }
    for (const QString &feature : features) {
        Element element(u"feature"_s, ns);
        element.setAttribute(u"var"_s, feature);
        query.appendChild(element);
    }
    for (const DataForm &form : extensions) {
        query.appendChild(form.toElement());
    }
    return query;
}

const DataForm *DiscoInfo::extension(QStringView formType) const
{
    for (const DataForm &form : extensions) {
        if (form.formType() == formType) {
            return &form;
        }
    }
    return nullptr;
}

} // namespace balcony
