#include "XmlCompare.h"

#include "core/XmlWriter.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace balcony::test {

Element parseFragment(const QByteArray &xml, const QString &contextNs)
{
    // Wrap in a root that binds the context namespace and the stream prefix.
    QByteArray doc = "<root xmlns=\"" + contextNs.toUtf8() + "\" xmlns:stream=\"http://etherx.jabber.org/streams\">"
        + xml + "</root>";
    QXmlStreamReader reader(doc);
    QList<Element> stack;
    Element result;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            Element e(reader.name().toString(), reader.namespaceUri().toString());
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                e.setAttributeNS(a.namespaceUri().toString(), a.name().toString(), a.value().toString());
            }
            stack.append(e);
            break;
        }
        case QXmlStreamReader::EndElement: {
            Element e = stack.takeLast();
            if (stack.size() == 1) {
                result = e;
            } else if (!stack.isEmpty()) {
                stack.last().appendChild(e);
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (stack.size() > 1) {
                stack.last().appendText(reader.text().toString());
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        return Element();
    }
    return result;
}

namespace {

Element canonical(const Element &e)
{
    Element out(e.name(), e.ns());
    QList<Attribute> attrs = e.attributes();
    std::sort(attrs.begin(), attrs.end(),
        [](const Attribute &a, const Attribute &b) { return std::tie(a.ns, a.name) < std::tie(b.ns, b.name); });
    for (const Attribute &a : attrs) {
        out.setAttributeNS(a.ns, a.name, a.value);
    }
    const bool hasElements = !e.childElements().isEmpty();
    for (const Element::Node &n : e.nodes()) {
        if (n.isText()) {
            if (!hasElements || !n.text.trimmed().isEmpty()) {
                out.appendText(n.text);
            }
        } else {
            out.appendChild(canonical(n.element));
        }
    }
    return out;
}

} // namespace

QString normalize(const Element &element, const QString &contextNs)
{
    return QString::fromUtf8(XmlWriter::serializeLossy(canonical(element), contextNs));
}

QString normalize(const QByteArray &xml, const QString &contextNs)
{
    const Element e = parseFragment(xml, contextNs);
    if (e.isNull()) {
        return QStringLiteral("<!-- unparsable: ") + QString::fromUtf8(xml) + QStringLiteral(" -->");
    }
    return normalize(e, contextNs);
}

} // namespace balcony::test
