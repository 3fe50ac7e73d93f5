#include "Element.h"

#include "core/XmlWriter.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace balcony {

class ElementData : public QSharedData {
public:
    QString name;
    QString ns;
    QList<Attribute> attributes;
    QList<Element::Node> nodes;
};

namespace {

bool matches(const Element &e, QStringView name, QStringView ns)
{
    return (name.isEmpty() || e.name() == name) && (ns.isEmpty() || e.ns() == ns);
}

const QList<Attribute> &emptyAttributes()
{
    static const QList<Attribute> empty;
    return empty;
}

const QList<Element::Node> &emptyNodes()
{
    static const QList<Element::Node> empty;
    return empty;
}

// Up to this many attributes, comparing each with each is cheaper than hashing them.
constexpr qsizetype SmallAttributeCount = 16;

using AttributeKey = std::pair<QStringView, QStringView>; // namespace, name

bool attributeLess(const Attribute &a, const Attribute &b)
{
    if (a.ns != b.ns) {
        return a.ns < b.ns;
    }
    if (a.name != b.name) {
        return a.name < b.name;
    }
    return a.value < b.value;
}

} // namespace

Element::Element() = default;

Element::Element(const QString &name, const QString &ns)
    : d(new ElementData)
{
    d->name = name;
    d->ns = ns;
}

Element::Element(const Element &) = default;
Element::Element(Element &&) noexcept = default;
Element &Element::operator=(const Element &) = default;
Element &Element::operator=(Element &&) noexcept = default;
Element::~Element() = default;

QString Element::xmlNamespace()
{
    return QStringLiteral("http://www.w3.org/XML/1998/namespace");
}

bool Element::isNull() const
{
    return !d;
}

QString Element::name() const
{
    return d ? d->name : QString();
}

void Element::setName(const QString &name)
{
    if (!d) {
        d = new ElementData;
    }
    d->name = name;
}

QString Element::ns() const
{
    return d ? d->ns : QString();
}

void Element::setNs(const QString &ns)
{
    if (!d) {
        d = new ElementData;
    }
    d->ns = ns;
}

QString Element::attribute(QStringView name) const
{
    return attributeNS({}, name);
}

bool Element::hasAttribute(QStringView name) const
{
    if (!d) {
        return false;
    }
    for (const Attribute &a : d->attributes) {
        if (a.ns.isEmpty() && a.name == name) {
            return true;
        }
    }
    return false;
}

void Element::setAttribute(const QString &name, const QString &value)
{
    setAttributeNS(QString(), name, value);
}

QString Element::attributeNS(QStringView ns, QStringView name) const
{
    if (!d) {
        return QString();
    }
    for (const Attribute &a : d->attributes) {
        if (a.name == name && a.ns == ns) {
            return a.value;
        }
    }
    return QString();
}

void Element::setAttributeNS(const QString &ns, const QString &name, const QString &value)
{
    if (!d) {
        d = new ElementData;
    }
    for (Attribute &a : d->attributes) {
        if (a.name == name && a.ns == ns) {
            a.value = value;
            return;
        }
    }
    d->attributes.append(Attribute { ns, name, value });
}

void Element::setAttributes(QList<Attribute> attributes)
{
    if (!d) {
        d = new ElementData;
    }
    const qsizetype n = attributes.size();
    bool duplicates = false;
    if (n <= SmallAttributeCount) {
        for (qsizetype i = 0; i < n && !duplicates; ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                if (attributes[i].name == attributes[j].name && attributes[i].ns == attributes[j].ns) {
                    duplicates = true;
                    break;
                }
            }
        }
    } else {
        QHash<AttributeKey, qsizetype> seen;
        seen.reserve(n);
        for (const Attribute &a : std::as_const(attributes)) {
            if (seen.contains(AttributeKey(a.ns, a.name))) {
                duplicates = true;
                break;
            }
            seen.insert(AttributeKey(a.ns, a.name), 0);
        }
    }
    if (!duplicates) {
        d->attributes = std::move(attributes);
        return;
    }
    // Rare (the parser never has any): the first occurrence keeps its place, the last value wins.
    QList<Attribute> unique;
    QHash<AttributeKey, qsizetype> index;
    for (const Attribute &a : std::as_const(attributes)) {
        const auto it = index.constFind(AttributeKey(a.ns, a.name));
        if (it != index.cend()) {
            unique[*it].value = a.value;
        } else {
            index.insert(AttributeKey(a.ns, a.name), unique.size());
            unique.append(a);
        }
    }
    d->attributes = std::move(unique);
}

void Element::removeAttribute(QStringView name, QStringView ns)
{
    if (!d) {
        return;
    }
    d->attributes.removeIf([&](const Attribute &a) { return a.name == name && a.ns == ns; });
}

const QList<Attribute> &Element::attributes() const
{
    return d ? d->attributes : emptyAttributes();
}

QString Element::lang() const
{
    return attributeNS(xmlNamespace(), u"lang");
}

void Element::setLang(const QString &lang)
{
    if (lang.isEmpty()) {
        removeAttribute(u"lang", xmlNamespace());
    } else {
        setAttributeNS(xmlNamespace(), QStringLiteral("lang"), lang);
    }
}

const QList<Element::Node> &Element::nodes() const
{
    return d ? d->nodes : emptyNodes();
}

QList<Element> Element::childElements() const
{
    QList<Element> out;
    for (const Node &n : nodes()) {
        if (!n.isText()) {
            out.append(n.element);
        }
    }
    return out;
}

Element Element::firstChild(QStringView name, QStringView ns) const
{
    for (const Node &n : nodes()) {
        if (!n.isText() && matches(n.element, name, ns)) {
            return n.element;
        }
    }
    return Element();
}

QList<Element> Element::children(QStringView name, QStringView ns) const
{
    QList<Element> out;
    for (const Node &n : nodes()) {
        if (!n.isText() && matches(n.element, name, ns)) {
            out.append(n.element);
        }
    }
    return out;
}

bool Element::hasChild(QStringView name, QStringView ns) const
{
    return !firstChild(name, ns).isNull();
}

QString Element::childText(QStringView name, QStringView ns) const
{
    return firstChild(name, ns).text();
}

Element &Element::appendChild(const Element &child)
{
    if (!d) {
        d = new ElementData;
    }
    if (!child.isNull()) {
        d->nodes.append(Node { child, QString() });
    }
    return *this;
}

Element &Element::appendTextChild(const QString &name, const QString &ns, const QString &text)
{
    Element child(name, ns);
    child.appendText(text);
    return appendChild(child);
}

void Element::appendText(const QString &text)
{
    if (text.isEmpty()) {
        return;
    }
    if (!d) {
        d = new ElementData;
    }
    // Merge adjacent text so that parsing split input yields one node, as the whole input would.
    if (!d->nodes.isEmpty() && d->nodes.last().isText()) {
        d->nodes.last().text += text;
    } else {
        d->nodes.append(Node { Element(), text });
    }
}

int Element::removeChildren(QStringView name, QStringView ns)
{
    if (!d) {
        return 0;
    }
    return int(d->nodes.removeIf([&](const Node &n) { return !n.isText() && matches(n.element, name, ns); }));
}

void Element::clearContent()
{
    if (d) {
        d->nodes.clear();
    }
}

QString Element::text() const
{
    QString out;
    for (const Node &n : nodes()) {
        if (n.isText()) {
            out += n.text;
        }
    }
    return out;
}

void Element::setText(const QString &text)
{
    if (!d) {
        d = new ElementData;
    }
    d->nodes.clear();
    appendText(text);
}

bool Element::operator==(const Element &other) const
{
    if (d == other.d) {
        return true;
    }
    if (isNull() || other.isNull()) {
        return false;
    }
    if (d->name != other.d->name || d->ns != other.d->ns || d->attributes.size() != other.d->attributes.size()
        || d->nodes != other.d->nodes) {
        return false;
    }
    const qsizetype n = d->attributes.size();
    if (n <= SmallAttributeCount) {
        for (const Attribute &a : d->attributes) {
            if (!other.d->attributes.contains(a)) {
                return false;
            }
        }
        return true;
    }
    // Attributes in any order, without comparing each with each (names are unique within an element).
    QList<Attribute> mine = d->attributes;
    QList<Attribute> theirs = other.d->attributes;
    std::sort(mine.begin(), mine.end(), attributeLess);
    std::sort(theirs.begin(), theirs.end(), attributeLess);
    return mine == theirs;
}

QString Element::toString(const QString &contextNs) const
{
    return QString::fromUtf8(XmlWriter::serializeLossy(*this, contextNs));
}

} // namespace balcony
