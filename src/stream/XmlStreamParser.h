#pragma once

#include "core/Element.h"
#include "core/StreamError.h"
#include "core/StreamHeader.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace balcony {

struct ParserEvent {
    enum class Type {
        StreamOpened, // `header` is set
        Element, // a complete top-level child of <stream:stream>, `element` is set
        StreamClosed, // </stream:stream>
        Error, // `error` is set; the parser has failed and ignores input until reset()
    };
    Type type = Type::Error;
    StreamHeader header;
    balcony::Element element;
    StreamError error;
};

// Incremental XMPP stream parser: one QXmlStreamReader per stream, fed with whatever bytes the socket
// delivers; top-level elements come out whole (depth returns to 1). Any split of the input, down to single
// bytes and inside multi-byte UTF-8 sequences, gives the same events.
//
// RFC 6120 §11 restricted XML is enforced: a DTD/doctype, processing instruction, comment, or entity
// reference other than the five predefined ones ends the stream with restricted-xml; malformed XML and
// invalid UTF-8 with not-well-formed (bad-namespace-prefix / invalid-namespace / unsupported-encoding
// where those apply); a top-level element larger than Limits::maxStanzaBytes or nested deeper than
// Limits::maxDepth with policy-violation.
class XmlStreamParser {
public:
    struct Limits {
        qsizetype maxStanzaBytes = 1024 * 1024;
        int maxDepth = 48; // element depth below <stream:stream>
    };

    XmlStreamParser();
    explicit XmlStreamParser(Limits limits);
    ~XmlStreamParser();
    XmlStreamParser(const XmlStreamParser &) = delete;
    XmlStreamParser &operator=(const XmlStreamParser &) = delete;

    Limits limits() const;
    void setLimits(Limits limits);

    // Appends bytes received from the peer.
    void addData(QByteArrayView bytes);
    // The next complete event, or nullopt when more input is needed. After an Error event it keeps
    // returning nullopt until reset().
    std::optional<ParserEvent> next();
    // Convenience: addData() then drain next() into a list.
    QList<ParserEvent> feed(QByteArrayView bytes);

    // Starts a new stream (after STARTTLS or SASL success). Returns the bytes that were added but lie
    // after the last event returned by next(), so a caller can feed them to the new stream.
    QByteArray reset();

    bool hasFailed() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace balcony
