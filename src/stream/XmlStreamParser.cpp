#include "XmlStreamParser.h"

#include "MarkupScanner.h"
#include "Utf8Validator.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <array>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

// Interns element/attribute names and namespaces: a stream repeats a few dozen of them, so reusing the
// implicitly shared QString saves an allocation per name.
class StringCache {
public:
    QString get(QStringView view)
    {
        if (view.isEmpty()) {
            return QString();
        }
        // A cheap mix of length and three characters: a collision only costs an allocation (qHash() over the
        // whole string showed up in profiles).
        const size_t n = size_t(view.size());
        const size_t hash = n * 31 + view.front().unicode() * 7 + view[n / 2].unicode() * 131 + view.back().unicode();
        QString &slot = m_slots[hash & (m_slots.size() - 1)];
        if (slot != view) {
            slot = view.toString();
        }
        return slot;
    }

private:
    std::array<QString, 512> m_slots;
};

// QXmlStreamReader reports an undeclared entity as a generic well-formedness error; asking a resolver first
// lets us tell "&foo;" (restricted-xml, RFC 6120 §11.1) from broken syntax without parsing error strings.
class EntityRecorder : public QXmlStreamEntityResolver {
public:
    QString resolveUndeclaredEntity(const QString &) override
    {
        seen = true;
        return QString();
    }
    bool seen = false;
};

// Compares a reader error with one of QXmlStreamReader's own messages, translated the way Qt translates it,
// so the match holds whatever Qt translation is installed.
bool isQtMessage(const QString &message, const char *sourceText)
{
    const QString pattern = QCoreApplication::translate("QXmlStream", sourceText);
    const qsizetype arg = pattern.indexOf(u"%1");
    if (arg < 0) {
        return message == pattern;
    }
    return message.size() >= pattern.size() - 2 && message.startsWith(QStringView(pattern).left(arg))
        && message.endsWith(QStringView(pattern).sliced(arg + 2));
}

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

constexpr auto streamNs = QStringView(ns::stream);

QString restrictedXmlText()
{
    return QCoreApplication::translate("balcony",
        "Comments, DTDs, processing instructions and entity "
        "declarations are not allowed (RFC 6120 §11.1).");
}

QString tooDeepText(int maxDepth)
{
    return QCoreApplication::translate("balcony", "Elements nested deeper than %1 levels.").arg(maxDepth);
}

} // namespace

class XmlStreamParser::Private {
public:
    explicit Private(Limits l)
        : limits(l)
    {
        startStream();
    }

    void applyScannerLimits()
    {
        scanner.setLimits(
            MarkupScanner::Limits { limits.maxAttributes, limits.maxNamespaceDeclarations, limits.maxDepth });
    }

    void startStream();
    bool feedMore();
    std::optional<StreamError> stuckError();
    StreamError scannerError() const;
    std::optional<ParserEvent> handleToken(QXmlStreamReader::TokenType token);
    std::optional<ParserEvent> openStream();
    ParserEvent fail(StreamErrorCondition condition, const QString &text);
    ParserEvent failFromReader();
    void markEventEnd();
    qint64 byteOffsetOf(qint64 utf16Offset);
    const char *byteAt(qint64 absolute) const { return buffer.constData() + (absolute - bufferStart); }

    Limits limits;
    std::unique_ptr<QXmlStreamReader> reader;
    EntityRecorder entities;
    Utf8Validator validator;
    MarkupScanner scanner;
    qint64 scanned = 0; // bytes the scanner has seen (it runs ahead of the reader)

    // Bytes added since the end of the last returned event (and possibly a little before it); absolute
    // offsets count from the start of the current stream.
    QByteArray buffer;
    qint64 bufferStart = 0;
    qint64 fed = 0; // bytes handed to the reader
    qint64 lastEventEnd = 0;

    // Where the next top-level item starts: whitespace after the last event is skipped (keepalives are not
    // part of a stanza) and bounded on its own.
    qint64 scanPos = 0;
    qint64 boundary = 0;
    bool boundaryFound = false;

    // UTF-16 -> byte mapping (QXmlStreamReader::characterOffset() counts UTF-16 units): a cursor that only
    // moves forward, so every byte is looked at once.
    qint64 mapBytes = 0;
    qint64 mapUnits = 0;
    bool bomChecked = false;

    std::vector<Element> stack; // open elements of the current stanza
    StringCache strings;
    bool streamOpen = false;
    bool streamClosed = false;
    bool strayText = false; // non-whitespace text between stanzas, an error at the next tag
    bool failed = false;
};

void XmlStreamParser::Private::startStream()
{
    reader = std::make_unique<QXmlStreamReader>();
    entities.seen = false;
    reader->setEntityResolver(&entities);
    validator.reset();
    scanner.reset();
    applyScannerLimits();
    scanned = 0;
    buffer.clear();
    bufferStart = fed = lastEventEnd = scanPos = boundary = 0;
    boundaryFound = false;
    mapBytes = mapUnits = 0;
    bomChecked = false;
    stack.clear();
    streamOpen = false;
    streamClosed = false;
    strayText = false;
    failed = false;
}

// Hands the reader the next bytes it may see: only complete, validated characters, and never more than
// maxStanzaBytes past the start of the current top-level item, so an oversized stanza is refused without
// buffering it. Returns false if there was nothing to give.
bool XmlStreamParser::Private::feedMore()
{
    const qint64 available = validator.completeBytes();
    if (!boundaryFound) {
        // Bounded so that the outcome does not depend on how much has arrived yet.
        const qint64 scanEnd = qMin(available, lastEventEnd + limits.maxStanzaBytes + 1);
        while (scanPos < scanEnd && isXmlSpace(*byteAt(scanPos))) {
            ++scanPos;
        }
        if (scanPos < scanEnd) {
            boundaryFound = true;
            boundary = scanPos;
        }
    }
    if (streamClosed) {
        // Only whitespace may follow </stream:stream>; the reader is not asked, since what QXmlStreamReader
        // reports about content after the root element depends on how that content was split.
        return false;
    }
    qint64 limit = available;
    if (boundaryFound) {
        limit = qMin(limit, boundary + limits.maxStanzaBytes);
    } else {
        limit = qMin(limit, scanPos);
    }
    // The reader never sees a start tag with too many attributes or declarations, nor a DTD: it stops in
    // front of them and stuckError() names the violation.
    if (limit > scanned) {
        scanner.scan(byteAt(scanned), limit - scanned);
        scanned = limit;
    }
    const bool scanStopped = scanner.violation() != MarkupScanner::Violation::None;
    if (scanStopped) {
        limit = qMin(limit, scanner.violationOffset());
    } else if (!validator.hasFailed() || limit < available
        || (boundaryFound && available >= boundary + limits.maxStanzaBytes)) {
        // Except right before invalid UTF-8 strictly inside the size limit (nothing more will come: the reader may
        // have what precedes it, tag or not), the reader waits in front of a start tag until the scanner has seen
        // all of it. A stanza that reached the limit is too large whatever byte follows (see stuckError()): fed in
        // pieces, the limit is reached before the invalid byte arrives.
        limit = qMin(limit, scanner.safeOffset());
    }
    if (limit == available && !validator.hasFailed() && !scanStopped) {
        // QXmlStreamReader only notices the forbidden "]]>" in content (XML 1.0 §2.4) when the run of ']' is
        // followed by another character in the data it has; keep such a run back until its successor arrives so
        // the check does not depend on where the input was cut.
        while (limit > fed && *byteAt(limit - 1) == ']') {
            --limit;
        }
    }
    if (limit <= fed) {
        return false;
    }
    reader->addData(buffer.mid(fed - bufferStart, limit - fed));
    fed = limit;
    return true;
}

// The reader has consumed everything it was given and wants more: decide whether waiting can help.
std::optional<StreamError> XmlStreamParser::Private::stuckError()
{
    if (!boundaryFound && scanPos - lastEventEnd > limits.maxStanzaBytes) {
        return StreamError { StreamErrorCondition::PolicyViolation,
            QCoreApplication::translate("balcony", "Too much whitespace between stanzas."), {} };
    }
    if (streamClosed) {
        if (boundaryFound || (validator.hasFailed() && scanPos >= validator.completeBytes())) {
            return StreamError { StreamErrorCondition::NotWellFormed,
                QCoreApplication::translate("balcony", "Data after the end of the stream."), {} };
        }
        return std::nullopt;
    }
    if (scanner.violation() != MarkupScanner::Violation::None && fed >= scanner.violationOffset()) {
        return scannerError();
    }
    // `scanned`, not `fed`: the reader waits in front of a start tag the scanner has not seen the end of, and
    // a tag that does not end within the limit makes the stanza too large. Checked before invalid UTF-8: a
    // stanza that reached the limit is too large whatever follows, and fed in pieces the limit is noticed before
    // a byte after it arrives.
    if (boundaryFound && scanned >= boundary + limits.maxStanzaBytes) {
        return StreamError { StreamErrorCondition::PolicyViolation,
            QCoreApplication::translate("balcony", "Stanza larger than %1 bytes.").arg(limits.maxStanzaBytes), {} };
    }
    if (validator.hasFailed() && fed >= validator.completeBytes()) {
        return StreamError { StreamErrorCondition::NotWellFormed,
            QCoreApplication::translate("balcony", "Invalid UTF-8 or a character XML forbids."), {} };
    }
    return std::nullopt;
}

StreamError XmlStreamParser::Private::scannerError() const
{
    switch (scanner.violation()) {
    case MarkupScanner::Violation::MarkupDeclaration:
        return StreamError { StreamErrorCondition::RestrictedXml, restrictedXmlText(), {} };
    case MarkupScanner::Violation::TooManyAttributes:
        return StreamError { StreamErrorCondition::PolicyViolation,
            QCoreApplication::translate("balcony", "An element with more than %1 attributes.")
                .arg(limits.maxAttributes),
            {} };
    case MarkupScanner::Violation::TooManyNamespaceDeclarations:
        return StreamError { StreamErrorCondition::PolicyViolation,
            QCoreApplication::translate("balcony", "More than %1 namespace declarations in scope.")
                .arg(limits.maxNamespaceDeclarations),
            {} };
    case MarkupScanner::Violation::TooDeep:
    case MarkupScanner::Violation::None:
        break;
    }
    return StreamError { StreamErrorCondition::PolicyViolation, tooDeepText(limits.maxDepth), {} };
}

qint64 XmlStreamParser::Private::byteOffsetOf(qint64 utf16Offset)
{
    if (!bomChecked) {
        // Qt's decoder drops a leading byte order mark without counting it (XML 1.0 §4.3.3).
        bomChecked = true;
        if (mapBytes == 0 && buffer.startsWith("\xEF\xBB\xBF")) {
            mapBytes = 3;
        }
    }
    if (validator.allAscii()) {
        mapBytes += utf16Offset - mapUnits;
        mapUnits = utf16Offset;
        return mapBytes;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(byteAt(0));
    qint64 bytes = mapBytes;
    qint64 units = mapUnits;
    while (units < utf16Offset) {
        if (utf16Offset - units >= 8) {
            quint64 w;
            std::memcpy(&w, p + bytes, sizeof w);
            if ((w & 0x8080808080808080ULL) == 0) {
                bytes += 8;
                units += 8;
                continue;
            }
        }
        const unsigned char b = p[bytes];
        // A 4-byte sequence is a surrogate pair (2 units); 2- and 3-byte sequences are one unit.
        if (b < 0x80) {
            bytes += 1;
            units += 1;
        } else if (b < 0xE0) {
            bytes += 2;
            units += 1;
        } else if (b < 0xF0) {
            bytes += 3;
            units += 1;
        } else {
            bytes += 4;
            units += 2;
        }
    }
    mapBytes = bytes;
    mapUnits = units;
    return bytes;
}

void XmlStreamParser::Private::markEventEnd()
{
    lastEventEnd = byteOffsetOf(reader->characterOffset());
    scanPos = lastEventEnd;
    boundaryFound = false;
    // Drop consumed bytes once they dominate the buffer; what stays is at most the unparsed tail.
    const qint64 consumed = lastEventEnd - bufferStart;
    if (consumed >= 16384 && consumed * 2 >= buffer.size()) {
        buffer.remove(0, consumed);
        bufferStart = lastEventEnd;
    }
}

ParserEvent XmlStreamParser::Private::fail(StreamErrorCondition condition, const QString &text)
{
    failed = true;
    stack.clear();
    ParserEvent event;
    event.type = ParserEvent::Type::Error;
    event.error.condition = condition;
    event.error.text = text;
    return event;
}

ParserEvent XmlStreamParser::Private::failFromReader()
{
    const QString message = reader->errorString();
    if (entities.seen) {
        return fail(StreamErrorCondition::RestrictedXml,
            QCoreApplication::translate("balcony",
                "Entity references other than the predefined ones are "
                "not allowed (RFC 6120 §11.1)."));
    }
    if (isQtMessage(message, "Namespace prefix '%1' not declared")) {
        return fail(StreamErrorCondition::BadNamespacePrefix, message);
    }
    if (isQtMessage(message, "Encoding %1 is unsupported")) {
        return fail(StreamErrorCondition::UnsupportedEncoding, message);
    }
    return fail(
        StreamErrorCondition::NotWellFormed, QCoreApplication::translate("balcony", "Malformed XML: %1").arg(message));
}

std::optional<ParserEvent> XmlStreamParser::Private::openStream()
{
    // RFC 6120 §4.8.1/§4.9.3.10: the root must be <stream/> qualified by the streams namespace.
    if (reader->namespaceUri() != streamNs || reader->name() != u"stream") {
        return fail(StreamErrorCondition::InvalidNamespace,
            QCoreApplication::translate("balcony", "The stream element is not in the streams namespace."));
    }
    // RFC 6120 §11.2.1: entities MAY accept only the "stream:" prefix; anything else is bad-namespace-prefix.
    if (reader->prefix() != u"stream") {
        return fail(StreamErrorCondition::BadNamespacePrefix,
            QCoreApplication::translate("balcony", "The streams namespace must use the prefix 'stream'."));
    }
    ParserEvent event;
    event.type = ParserEvent::Type::StreamOpened;
    const QXmlStreamAttributes attributes = reader->attributes();
    StreamHeader &header = event.header;
    header.from = attributes.value(QLatin1StringView("from")).toString();
    header.to = attributes.value(QLatin1StringView("to")).toString();
    header.id = attributes.value(QLatin1StringView("id")).toString();
    header.version = attributes.value(QLatin1StringView("version")).toString();
    header.lang = attributes.value(Element::xmlNamespace(), QLatin1StringView("lang")).toString();
    header.defaultNs.clear();
    for (const QXmlStreamNamespaceDeclaration &decl : reader->namespaceDeclarations()) {
        if (decl.prefix().isEmpty()) {
            header.defaultNs = decl.namespaceUri().toString();
        }
    }
    streamOpen = true;
    markEventEnd();
    return event;
}

std::optional<ParserEvent> XmlStreamParser::Private::handleToken(QXmlStreamReader::TokenType token)
{
    if (strayText && (token == QXmlStreamReader::StartElement || token == QXmlStreamReader::EndElement)) {
        return fail(
            StreamErrorCondition::BadFormat, QCoreApplication::translate("balcony", "Text outside of any stanza."));
    }
    switch (token) {
    case QXmlStreamReader::StartElement: {
        if (!streamOpen) {
            return openStream();
        }
        if (stack.size() >= size_t(qMax(0, limits.maxDepth))) {
            // MarkupScanner stops the reader in front of such a tag; kept as the reader's own guard.
            return fail(StreamErrorCondition::PolicyViolation, tooDeepText(limits.maxDepth));
        }
        Element element(strings.get(reader->name()), strings.get(reader->namespaceUri()));
        const QXmlStreamAttributes attributes = reader->attributes();
        if (!attributes.isEmpty()) {
            // The reader has refused duplicates already; setAttributes() takes them in one linear step.
            QList<Attribute> list;
            list.reserve(attributes.size());
            for (const QXmlStreamAttribute &a : attributes) {
                list.append(Attribute { strings.get(a.namespaceUri()), strings.get(a.name()), a.value().toString() });
            }
            element.setAttributes(std::move(list));
        }
        stack.push_back(std::move(element));
        return std::nullopt;
    }
    case QXmlStreamReader::EndElement: {
        if (stack.empty()) {
            ParserEvent event;
            event.type = ParserEvent::Type::StreamClosed;
            streamClosed = true;
            markEventEnd();
            return event;
        }
        Element done = std::move(stack.back());
        stack.pop_back();
        if (!stack.empty()) {
            stack.back().appendChild(done);
            return std::nullopt;
        }
        ParserEvent event;
        event.type = ParserEvent::Type::Element;
        event.element = std::move(done);
        markEventEnd();
        return event;
    }
    case QXmlStreamReader::Characters:
        if (!stack.empty()) {
            stack.back().appendText(reader->text().toString());
        } else if (!reader->isWhitespace()) {
            // Reported at the next tag rather than here: how QXmlStreamReader splits a text run depends on how
            // the bytes arrived, and a syntax error inside the run (e.g. "]]>") must win in every case.
            strayText = true;
        }
        return std::nullopt;
    case QXmlStreamReader::StartDocument: {
        // RFC 6120 §11.6: UTF-8 is the only encoding.
        const QStringView encoding = reader->documentEncoding();
        if (!encoding.isEmpty() && encoding.compare(u"UTF-8", Qt::CaseInsensitive) != 0) {
            return fail(StreamErrorCondition::UnsupportedEncoding,
                QCoreApplication::translate("balcony", "Unsupported encoding %1; only UTF-8 is allowed.")
                    .arg(encoding));
        }
        return std::nullopt;
    }
    case QXmlStreamReader::Comment:
    case QXmlStreamReader::DTD:
    case QXmlStreamReader::ProcessingInstruction:
    case QXmlStreamReader::EntityReference:
        // RFC 6120 §11.1: no comments, DTDs, processing instructions or non-predefined entity references.
        return fail(StreamErrorCondition::RestrictedXml, restrictedXmlText());
    case QXmlStreamReader::EndDocument:
    case QXmlStreamReader::NoToken:
    case QXmlStreamReader::Invalid:
        return std::nullopt;
    }
    return std::nullopt;
}

XmlStreamParser::XmlStreamParser()
    : XmlStreamParser(Limits {})
{
}

XmlStreamParser::XmlStreamParser(Limits limits)
    : d(std::make_unique<Private>(limits))
{
}

XmlStreamParser::~XmlStreamParser() = default;

XmlStreamParser::Limits XmlStreamParser::limits() const
{
    return d->limits;
}

void XmlStreamParser::setLimits(Limits limits)
{
    d->limits = limits;
    d->applyScannerLimits();
}

void XmlStreamParser::addData(QByteArrayView bytes)
{
    if (d->failed || bytes.isEmpty()) {
        return;
    }
    d->buffer.append(bytes);
    d->validator.validate(bytes.data(), bytes.size());
}

std::optional<ParserEvent> XmlStreamParser::next()
{
    if (d->failed) {
        return std::nullopt;
    }
    if (d->streamClosed) {
        d->feedMore();
        if (std::optional<StreamError> error = d->stuckError()) {
            return d->fail(error->condition, error->text);
        }
        return std::nullopt;
    }
    for (;;) {
        const QXmlStreamReader::TokenType token = d->reader->readNext();
        if (d->reader->hasError()) {
            if (d->reader->error() != QXmlStreamReader::PrematureEndOfDocumentError) {
                return d->failFromReader();
            }
            if (d->feedMore()) {
                continue;
            }
            if (std::optional<StreamError> error = d->stuckError()) {
                return d->fail(error->condition, error->text);
            }
            return std::nullopt;
        }
        if (std::optional<ParserEvent> event = d->handleToken(token)) {
            return event;
        }
    }
}

QList<ParserEvent> XmlStreamParser::feed(QByteArrayView bytes)
{
    addData(bytes);
    QList<ParserEvent> events;
    while (std::optional<ParserEvent> event = next()) {
        events.append(std::move(*event));
    }
    return events;
}

QByteArray XmlStreamParser::reset()
{
    const QByteArray rest = d->buffer.sliced(d->lastEventEnd - d->bufferStart);
    d->startStream();
    return rest;
}

bool XmlStreamParser::hasFailed() const
{
    return d->failed;
}

} // namespace balcony
