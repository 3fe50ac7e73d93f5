#include "XmppFraming.h"

#include "core/StreamHeader.h"
#include "core/XmlWriter.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The name of the tag starting at `tag` ('<' first; for an end tag "</" first).
QByteArray tagName(const QByteArray &bytes, qsizetype tag)
{
    qsizetype start = tag + 1;
    if (start < bytes.size() && bytes.at(start) == '/') {
        ++start;
    }
    qsizetype end = start;
    while (end < bytes.size() && !isSpace(bytes.at(end)) && bytes.at(end) != '/' && bytes.at(end) != '>') {
        ++end;
    }
    return bytes.mid(start, end - start);
}

constexpr QByteArrayView StreamTag = "stream:stream";
constexpr QByteArrayView CdataOpen = "[CDATA[";

} // namespace

XmlElementSplitter::XmlElementSplitter(bool streamTags, int maxDepth)
    : m_streamTags(streamTags)
    , m_maxDepth(maxDepth)
{
}

void XmlElementSplitter::reset()
{
    m_buffer.clear();
    m_itemStart = 0;
    m_failed = false;
    m_error.clear();
}

bool XmlElementSplitter::fail(const QString &error)
{
    m_failed = true;
    m_error = error;
    m_buffer.clear();
    m_itemStart = 0;
    return false;
}

std::optional<QList<XmlElementSplitter::Item>> XmlElementSplitter::feed(const QByteArray &bytes)
{
    if (m_failed) {
        return std::nullopt;
    }
    m_buffer += bytes;
    QList<Item> items;
    // The scan restarts from the start of the unfinished item: the state below is rebuilt from its bytes, so
    // nothing but the buffer survives between calls (items are small; the Connection writes whole stanzas).
    enum class State { Text, Lt, InTag, Value, EmptyEnd, EndTag, Bang, CData, Pi };
    State state = State::Text;
    int depth = 0;
    char quote = 0;
    int matched = 0;
    qsizetype tagStart = 0;
    qsizetype elementStart = -1;
    const qsizetype size = m_buffer.size();
    for (qsizetype pos = m_itemStart; pos < size; ++pos) {
        const char c = m_buffer.at(pos);
        switch (state) {
        case State::Text:
            if (c == '<') {
                tagStart = pos;
                state = State::Lt;
            } else if (depth == 0 && !isSpace(c)) {
                fail(QCoreApplication::translate("balcony::XmlElementSplitter", "Text outside of an element."));
                return std::nullopt;
            }
            break;
        case State::Lt:
            if (c == '/') {
                state = State::EndTag;
            } else if (c == '!') {
                state = State::Bang;
                matched = 0;
            } else if (c == '?') {
                // Only the XML declaration before our own stream header.
                if (!m_streamTags || depth != 0) {
                    fail(QCoreApplication::translate(
                        "balcony::XmlElementSplitter", "Processing instructions are not allowed."));
                    return std::nullopt;
                }
                state = State::Pi;
                matched = 0;
            } else {
                if (depth == 0) {
                    elementStart = tagStart;
                }
                state = State::InTag;
            }
            break;
        case State::InTag:
            if (c == '"' || c == '\'') {
                quote = c;
                state = State::Value;
            } else if (c == '/') {
                state = State::EmptyEnd;
            } else if (c == '>') {
                state = State::Text;
                if (m_streamTags && depth == 0 && tagName(m_buffer, tagStart) == StreamTag) {
                    items.append({ Item::Kind::StreamOpen, m_buffer.mid(tagStart, pos + 1 - tagStart) });
                    m_itemStart = pos + 1;
                    elementStart = -1;
                    break;
                }
                if (++depth > m_maxDepth) {
                    fail(QCoreApplication::translate("balcony::XmlElementSplitter", "Elements are nested too deeply."));
                    return std::nullopt;
                }
            }
            break;
        case State::Value:
            if (c == quote) {
                state = State::InTag;
            }
            break;
        case State::EmptyEnd:
            if (c != '>') {
                fail(QCoreApplication::translate("balcony::XmlElementSplitter", "A start tag is malformed."));
                return std::nullopt;
            }
            state = State::Text;
            if (depth == 0) {
                items.append({ Item::Kind::Element, m_buffer.mid(elementStart, pos + 1 - elementStart) });
                m_itemStart = pos + 1;
                elementStart = -1;
            }
            break;
        case State::EndTag:
            if (c != '>') {
                break;
            }
            state = State::Text;
            if (depth == 0) {
                if (m_streamTags && tagName(m_buffer, tagStart) == StreamTag) {
                    items.append({ Item::Kind::StreamClose, {} });
                    m_itemStart = pos + 1;
                    break;
                }
                fail(QCoreApplication::translate("balcony::XmlElementSplitter", "An end tag has no start tag."));
                return std::nullopt;
            }
            if (--depth == 0) {
                items.append({ Item::Kind::Element, m_buffer.mid(elementStart, pos + 1 - elementStart) });
                m_itemStart = pos + 1;
                elementStart = -1;
            }
            break;
        case State::Bang:
            if (depth == 0 || c != CdataOpen.at(matched)) {
                fail(QCoreApplication::translate(
                    "balcony::XmlElementSplitter", "Comments, DTDs and markup declarations are not allowed."));
                return std::nullopt;
            }
            if (++matched == CdataOpen.size()) {
                state = State::CData;
                matched = 0;
            }
            break;
        case State::CData:
            if (c == ']') {
                matched = std::min(matched + 1, 2);
            } else if (c == '>' && matched == 2) {
                state = State::Text;
            } else {
                matched = 0;
            }
            break;
        case State::Pi:
            if (c == '?') {
                matched = 1;
            } else if (c == '>' && matched == 1) {
                state = State::Text;
                m_itemStart = pos + 1;
            } else {
                matched = 0;
            }
            break;
        }
    }
    if (state == State::Text && depth == 0) {
        m_itemStart = size; // only whitespace since the last item
    }
    m_buffer.remove(0, m_itemStart);
    m_itemStart = 0;
    return items;
}

namespace framing {

QList<std::pair<QByteArray, QByteArray>> startTagAttributes(const QByteArray &tag)
{
    QList<std::pair<QByteArray, QByteArray>> attributes;
    qsizetype pos = tag.indexOf('<');
    if (pos < 0) {
        return attributes;
    }
    ++pos;
    while (pos < tag.size() && !isSpace(tag.at(pos)) && tag.at(pos) != '>' && tag.at(pos) != '/') {
        ++pos;
    }
    for (;;) {
        while (pos < tag.size() && isSpace(tag.at(pos))) {
            ++pos;
        }
        const qsizetype nameStart = pos;
        while (pos < tag.size() && tag.at(pos) != '=' && !isSpace(tag.at(pos)) && tag.at(pos) != '>'
            && tag.at(pos) != '/') {
            ++pos;
        }
        if (pos == nameStart || pos >= tag.size() || tag.at(pos) != '=') {
            return attributes;
        }
        const QByteArray name = tag.mid(nameStart, pos - nameStart);
        ++pos;
        if (pos >= tag.size() || (tag.at(pos) != '"' && tag.at(pos) != '\'')) {
            return attributes;
        }
        const char quote = tag.at(pos);
        const qsizetype valueEnd = tag.indexOf(quote, pos + 1);
        if (valueEnd < 0) {
            return attributes;
        }
        attributes.append({ name, tag.mid(pos + 1, valueEnd - pos - 1) });
        pos = valueEnd + 1;
    }
}

QByteArray openFromStreamHeader(const QByteArray &header)
{
    QByteArray out = QByteArray("<open xmlns=\"") + FramingNs + '"';
    const auto attributes = startTagAttributes(header);
    for (const auto &[name, value] : attributes) {
        if (name == "xmlns" || name.startsWith("xmlns:")) {
            continue;
        }
        out += ' ' + name + "=\"" + value + '"';
    }
    out += "/>";
    return out;
}

QByteArray standaloneElement(const QByteArray &element)
{
    const QByteArray name = tagName(element, 0);
    const qsizetype tagEnd = [&] {
        // The end of the start tag (values may hold '>' only escaped as written by XmlWriter, but stay safe).
        char quote = 0;
        for (qsizetype i = 1; i < element.size(); ++i) {
            const char c = element.at(i);
            if (quote) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return element.size();
    }();
    const auto attributes = startTagAttributes(element.left(tagEnd + 1));
    const qsizetype colon = name.indexOf(':');
    QByteArray declaration;
    if (colon > 0) {
        const QByteArray prefixDeclaration = "xmlns:" + name.left(colon);
        const bool declared = std::any_of(attributes.cbegin(), attributes.cend(),
            [&](const auto &attribute) { return attribute.first == prefixDeclaration; });
        if (!declared && name.left(colon) == "stream") {
            declaration = " xmlns:stream=\"http://etherx.jabber.org/streams\"";
        }
    } else {
        const bool declared = std::any_of(
            attributes.cbegin(), attributes.cend(), [](const auto &attribute) { return attribute.first == "xmlns"; });
        if (!declared) {
            declaration = " xmlns=\"jabber:client\"";
        }
    }
    if (declaration.isEmpty()) {
        return element;
    }
    QByteArray out = element;
    out.insert(1 + name.size(), declaration);
    return out;
}

FramingElement readFramingElement(const QByteArray &element)
{
    FramingElement result;
    qsizetype start = 0;
    while (start < element.size() && isSpace(element.at(start))) {
        ++start;
    }
    const QByteArray name = tagName(element, start);
    const QByteArray local = name.mid(name.indexOf(':') + 1);
    if (local != "open" && local != "close") {
        return result;
    }
    QXmlStreamReader reader(element);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            break;
        }
    }
    if (reader.tokenType() != QXmlStreamReader::StartElement || reader.hasError()) {
        result.wrongNamespace = true;
        return result;
    }
    if (reader.namespaceUri() != QLatin1StringView(FramingNs)) {
        result.wrongNamespace = true;
        return result;
    }
    result.kind = reader.name() == u"open" ? FramingElement::Kind::Open : FramingElement::Kind::Close;
    const QXmlStreamAttributes attributes = reader.attributes();
    result.from = attributes.value(u"from"_s).toString();
    result.id = attributes.value(u"id"_s).toString();
    result.version = attributes.value(u"version"_s).toString();
    result.lang = attributes.value(u"http://www.w3.org/XML/1998/namespace"_s, u"lang"_s).toString();
    result.seeOtherUri = attributes.value(u"see-other-uri"_s).toString();
    return result;
}

QByteArray streamHeaderFromOpen(const FramingElement &open)
{
    StreamHeader header;
    header.from = open.from;
    header.id = open.id;
    header.version = open.version;
    header.lang = open.lang;
    return XmlWriter::streamOpening(header);
}

} // namespace framing

} // namespace balcony
