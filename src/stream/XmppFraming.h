#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace balcony {

// The stream framing the HTTP bindings need (RFC 7395 §3.3, XEP-0206 §4): the Connection writes and reads one
// RFC 6120 stream, a WebSocket carries one top-level element per message with <open/> and <close/> in place of the
// stream's opening and closing tags. The binding transports translate in both directions so that everything above
// them, the Connection included, sees the same stream as on TCP.

// Splits XML into its top-level elements, keeping their bytes as they are. It only has to find where elements
// start and end (quoted attribute values, CDATA sections, empty-element tags); well-formedness is checked by the
// parser that reads them. Refuses (never skips) what an XMPP stream must not contain: "<!" other than CDATA
// (RFC 6120 §11.1), processing instructions other than a leading XML declaration, text outside elements, markup
// nested deeper than `maxDepth`.
class XmlElementSplitter {
public:
    struct Item {
        enum class Kind {
            Element, // a complete top-level element: `bytes`
            StreamOpen, // the RFC 6120 <stream:stream ...> start tag: `bytes` is the tag
            StreamClose, // </stream:stream>
        };
        Kind kind = Kind::Element;
        QByteArray bytes;
    };

    explicit XmlElementSplitter(bool streamTags, int maxDepth = 64);

    // Appends `bytes` and returns the items completed by them; nullopt once the input is malformed (and for
    // every later call), with errorString().
    std::optional<QList<Item>> feed(const QByteArray &bytes);
    // Bytes received that do not complete an item yet.
    qsizetype pendingBytes() const { return m_buffer.size(); }
    void reset();
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &error);

    bool m_streamTags; // <stream:stream> and </stream:stream> stand alone (the Connection's output)
    int m_maxDepth;
    QByteArray m_buffer; // the unfinished item
    qsizetype m_itemStart = 0;
    bool m_failed = false;
    QString m_error;
};

namespace framing {

inline constexpr char FramingNs[] = "urn:ietf:params:xml:ns:xmpp-framing";

// The attributes of a start tag written by XmlWriter (name="value" or name='value', values as escaped there), in
// order; the element name is skipped. Malformed input gives what could be read.
QList<std::pair<QByteArray, QByteArray>> startTagAttributes(const QByteArray &tag);

// RFC 7395 §3.3.1: the client's <open/> from the Connection's stream header (its to, from, version, xml:lang).
QByteArray openFromStreamHeader(const QByteArray &header);
// RFC 7395 §3.3.3: what goes into one message: a top-level element that declares no default namespace gets
// jabber:client, one with the stream: prefix gets the streams namespace declared on it.
QByteArray standaloneElement(const QByteArray &element);

// The server's <open/> or <close/>, read from one message (already split, so one element).
struct FramingElement {
    enum class Kind { None, Open, Close };
    Kind kind = Kind::None; // None: not a framing element (a stanza or other top-level element)
    QString from, id, version, lang, seeOtherUri;
    bool wrongNamespace = false; // named open/close but not in the framing namespace
};
FramingElement readFramingElement(const QByteArray &element);
// The RFC 6120 stream header the Connection's parser expects for the server's <open/>.
QByteArray streamHeaderFromOpen(const FramingElement &open);

} // namespace framing

} // namespace balcony
