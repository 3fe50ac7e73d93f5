#include "storage/ElementXml.h"

#include "core/StreamHeader.h"
#include "core/XmlWriter.h"
#include "storage/StorageLog.h"
#include "stream/XmlStreamParser.h"

namespace balcony {

std::optional<QString> elementToXml(const Element &element)
{
    QString error;
    const std::optional<QByteArray> bytes = XmlWriter::serialize(element, QString::fromUtf16(ns::client), &error);
    if (!bytes) {
        qCWarning(lcStorage) << "cannot serialise" << element.name() << ":" << error;
        return std::nullopt;
    }
    return QString::fromUtf8(*bytes);
}

Element elementFromXml(const QString &xml)
{
    if (xml.isEmpty()) {
        return {};
    }
    // The same header binds the default namespace and the "stream" prefix that elementToXml() assumed.
    XmlStreamParser parser;
    QList<ParserEvent> events = parser.feed(XmlWriter::streamOpening(StreamHeader()));
    events += parser.feed(xml.toUtf8());
    events += parser.feed(XmlWriter::streamClosing());
    const bool wellFormed = events.size() == 3 && events.at(0).type == ParserEvent::Type::StreamOpened
        && events.at(1).type == ParserEvent::Type::Element && events.at(2).type == ParserEvent::Type::StreamClosed;
    if (!wellFormed) {
        qCWarning(lcStorage) << "stored XML is not one element:" << xml.left(200);
        return {};
    }
    return events.at(1).element;
}

} // namespace balcony
