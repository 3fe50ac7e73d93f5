#include "esession/FragmentParser.h"

#include "stream/XmlStreamParser.h"

namespace balcony {

std::optional<QList<Element>> parseEncryptedFragment(QByteArrayView xml, const QString &defaultNs)
{
    XmlStreamParser parser;
    QByteArray document = "<stream:stream xmlns='" + defaultNs.toUtf8()
        + "' xmlns:stream='http://etherx.jabber.org/streams'><fragment>";
    document += xml;
    document += "</fragment></stream:stream>";
    const QList<ParserEvent> events = parser.feed(document);
    // Exactly: opened, one <fragment/>, closed. More elements mean the plaintext closed the wrapper itself.
    if (events.size() != 3 || events[0].type != ParserEvent::Type::StreamOpened
        || events[1].type != ParserEvent::Type::Element || events[2].type != ParserEvent::Type::StreamClosed) {
        return std::nullopt;
    }
    return events[1].element.childElements();
}

} // namespace balcony
