#pragma once

#include <QList>
#include <QSharedDataPointer>
#include <QString>

namespace balcony {

// One XML attribute. `ns` is empty for plain attributes; xml:lang has the XML namespace
// (Element::xmlNamespace()).
struct Attribute {
    QString ns;
    QString name;
    QString value;
    bool operator==(const Attribute &) const = default;
};

class Element;
class ElementData;

// A compact XML tree for one top-level stanza (or any payload inside it). Implicitly shared: copies are
// cheap and detach on write. Content is kept in document order as a list of nodes, so mixed content
// (XHTML-IM) and unknown payloads round-trip verbatim.
class Element {
public:
    struct Node;

    Element();
    explicit Element(const QString &name, const QString &ns = QString());
    Element(const Element &);
    Element(Element &&) noexcept;
    Element &operator=(const Element &);
    Element &operator=(Element &&) noexcept;
    ~Element();

    static QString xmlNamespace();

    bool isNull() const;
    QString name() const;
    void setName(const QString &name);
    QString ns() const;
    void setNs(const QString &ns);

    // Attributes without a namespace, the common case.
    QString attribute(QStringView name) const;
    bool hasAttribute(QStringView name) const;
    void setAttribute(const QString &name, const QString &value);
    // Namespaced attributes (xml:lang is attribute(u"lang", xmlNamespace())).
    QString attributeNS(QStringView ns, QStringView name) const;
    void setAttributeNS(const QString &ns, const QString &name, const QString &value);
    void removeAttribute(QStringView name, QStringView ns = {});
    const QList<Attribute> &attributes() const;
    // Replaces all attributes at once. A name (with its namespace) given twice keeps the first one's place and
    // the last one's value, as setAttributeNS() one after the other would; unlike that (a scan per call), this
    // is linear in the number of attributes, which is how the parser builds elements.
    void setAttributes(QList<Attribute> attributes);

    // The xml:lang of this element (not inherited).
    QString lang() const;
    void setLang(const QString &lang);

    const QList<Node> &nodes() const;
    QList<Element> childElements() const;
    // The first child with this name (any name if empty) and namespace (any namespace if empty).
    Element firstChild(QStringView name = {}, QStringView ns = {}) const;
    QList<Element> children(QStringView name, QStringView ns = {}) const;
    bool hasChild(QStringView name, QStringView ns = {}) const;
    // Text of the first matching child, empty if there is none.
    QString childText(QStringView name, QStringView ns = {}) const;

    Element &appendChild(const Element &child);
    // Appends a child <name xmlns=ns>text</name> and returns a reference to this element.
    Element &appendTextChild(const QString &name, const QString &ns, const QString &text);
    void appendText(const QString &text);
    // Removes every child element matching name/ns; returns how many were removed.
    int removeChildren(QStringView name, QStringView ns = {});
    void clearContent();

    // Concatenation of the direct text nodes.
    QString text() const;
    // Replaces all content with one text node.
    void setText(const QString &text);

    // Structural equality: names, namespaces, attributes in any order, and the content in order.
    bool operator==(const Element &other) const;
    bool operator!=(const Element &other) const { return !(*this == other); }

    // Debug/test convenience: the element serialized by XmlWriter with `contextNs` as the inherited default
    // namespace. Characters XML forbids are replaced by U+FFFD here; real output goes through XmlWriter.
    QString toString(const QString &contextNs = QString()) const;

private:
    QSharedDataPointer<ElementData> d;
};

struct Element::Node {
    // Exactly one of the two is used: an element node, or a text node when `element` is null.
    Element element;
    QString text;
    bool isText() const { return element.isNull(); }
    bool operator==(const Node &o) const { return text == o.text && element == o.element; }
};

} // namespace balcony
