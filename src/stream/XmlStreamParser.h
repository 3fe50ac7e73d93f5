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
// RFC 6120 §11 restricted XML is enforced: a DTD/doctype (anywhere: before or after the stream header, with
// or without an internal subset), processing instruction, comment, or entity reference other than the five
// predefined ones ends the stream with restricted-xml; malformed XML and invalid UTF-8 with not-well-formed
// (bad-namespace-prefix / invalid-namespace / unsupported-encoding where those apply); a top-level element
// larger than Limits::maxStanzaBytes, nested deeper than Limits::maxDepth, a start tag with more than
// Limits::maxAttributes attributes or more than Limits::maxNamespaceDeclarations declarations in scope with
// policy-violation. DTDs and the attribute and declaration counts are checked on the raw bytes (MarkupScanner)
// before QXmlStreamReader sees them: its duplicate-attribute check and prefix lookup are quadratic.
class XmlStreamParser {
public:
    struct Limits {
        qsizetype maxStanzaBytes = 1024 * 1024;
        int maxDepth = 48; // element depth below <stream:stream>
        // Attributes of one start tag, namespace declarations included; the stream header's too. Real stanzas
        // carry a handful (the most in common use, a XEP-0176 <candidate/>, has 12). QXmlStreamReader's
        // pairwise duplicate check makes a start tag cost O(n^2): a stanza of 1 MiB built from 64-attribute
        // tags parses in about twice the time of one built from 8-attribute tags, 128 would be 2.6 times and
        // 35,000 in one tag took seconds (tests/bench/bench_flood.md).
        int maxAttributes = 64;
        // Namespace declarations in scope at once: the stream header's plus those of the open elements of a
        // stanza (real ones: under ten). The reader resolves each prefix by walking all of them.
        int maxNamespaceDeclarations = 64;
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
