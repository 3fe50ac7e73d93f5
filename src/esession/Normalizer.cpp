#include "esession/Normalizer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony {
namespace {

void appendEscapedText(QString &out, QStringView text)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += u"&amp;";
            break;
        case '<':
            out += u"&lt;";
            break;
        case '>':
            out += u"&gt;";
            break;
        case '\r':
            out += u"&#xD;";
            break;
        default:
            out += c;
        }
    }
}

void appendEscapedAttribute(QString &out, QStringView value)
{
    for (QChar c : value) {
        switch (c.unicode()) {
        case '&':
            out += u"&amp;";
            break;
        case '<':
            out += u"&lt;";
            break;
        case '"':
            out += u"&quot;";
            break;
        case '\t':
            out += u"&#x9;";
            break;
        case '\n':
            out += u"&#xA;";
            break;
        case '\r':
            out += u"&#xD;";
            break;
        default:
            out += c;
        }
    }
}

bool isWhitespace(QStringView text)
{
    return std::all_of(
        text.begin(), text.end(), [](QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'; });
}

void appendNormalized(QString &out, const Element &element)
{
    out += u'<';
    out += element.name();
    QList<Attribute> attributes = element.attributes();
    // C14N: namespace-less attributes first, then by namespace URI, then by local name.
    std::sort(attributes.begin(), attributes.end(), [](const Attribute &a, const Attribute &b) {
        if (a.ns.isEmpty() != b.ns.isEmpty()) {
            return a.ns.isEmpty();
        }
        if (a.ns != b.ns) {
            return a.ns < b.ns;
        }
        return a.name < b.name;
    });
    for (const Attribute &attribute : std::as_const(attributes)) {
        out += u' ';
        if (attribute.ns == Element::xmlNamespace()) {
            out += u"xml:";
        }
        out += attribute.name;
        out += u"=\"";
        appendEscapedAttribute(out, attribute.value);
        out += u'"';
    }
    out += u'>';
    const QList<Element::Node> &nodes = element.nodes();
    const bool hasChildElements
        = std::any_of(nodes.begin(), nodes.end(), [](const Element::Node &node) { return !node.isText(); });
    for (const Element::Node &node : nodes) {
        if (!node.isText()) {
            appendNormalized(out, node.element);
        } else if (!hasChildElements || !isWhitespace(node.text)) {
            appendEscapedText(out, node.text);
        }
    }
    out += u"</";
    out += element.name();
    out += u'>';
}

} // namespace

QByteArray Normalizer::normalize(const Element &element)
{
    QString out;
    appendNormalized(out, element);
    return out.toUtf8();
}

QByteArray Normalizer::formContent(const Element &x, const QStringList &excludedVars)
{
    QString out;
    for (const Element &child : x.childElements()) {
        if (child.name() == u"field" && excludedVars.contains(child.attribute(u"var"))) {
            continue;
        }
        appendNormalized(out, child);
    }
    return out.toUtf8();
}

} // namespace balcony
