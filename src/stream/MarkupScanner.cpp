#include "MarkupScanner.h"

#include <cstring>

namespace balcony {

namespace {

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

constexpr char cdataOpening[] = "[CDATA["; // after "<!"
constexpr int cdataOpeningLength = 7;

} // namespace

void MarkupScanner::reset()
{
    m_state = State::Text;
    m_offset = 0;
    m_tagStart = 0;
    m_quote = 0;
    m_matched = 0;
    m_attributes = 0;
    m_declarations = 0;
    m_nameLength = 0;
    m_inScope = 0;
    m_open.clear();
    m_violation = Violation::None;
    m_violationOffset = -1;
}

qint64 MarkupScanner::safeOffset() const
{
    switch (m_state) {
    case State::Lt:
    case State::TagName:
    case State::InTag:
    case State::AttrName:
    case State::AfterEq:
    case State::Value:
    case State::EmptyEnd:
    case State::Bang:
        return m_tagStart;
    case State::Text:
    case State::EndTag:
    case State::CData:
    case State::Pi:
        break;
    }
    return m_offset;
}

bool MarkupScanner::fail(Violation violation, qint64 offset)
{
    m_violation = violation;
    m_violationOffset = offset;
    return false;
}

void MarkupScanner::startTag(qint64 offset)
{
    m_tagStart = offset;
    m_attributes = 0;
    m_declarations = 0;
    m_nameLength = 0;
}

bool MarkupScanner::countAttribute()
{
    ++m_attributes;
    // Namespaces in XML 1.0 §3: a declaration is an attribute named "xmlns" or "xmlns:prefix".
    const bool declaration = (m_nameLength == 5 && std::memcmp(m_name.data(), "xmlns", 5) == 0)
        || (m_nameLength > 5 && std::memcmp(m_name.data(), "xmlns:", 6) == 0);
    if (declaration) {
        ++m_declarations;
    }
    m_nameLength = 0;
    if (m_attributes > m_limits.maxAttributes) {
        return fail(Violation::TooManyAttributes, m_tagStart);
    }
    if (m_inScope + m_declarations > m_limits.maxNamespaceDeclarations) {
        return fail(Violation::TooManyNamespaceDeclarations, m_tagStart);
    }
    return true;
}

void MarkupScanner::openElement()
{
    m_open.push_back(m_declarations);
    m_inScope += m_declarations;
}

bool MarkupScanner::scan(const char *data, qsizetype size)
{
    if (m_violation != Violation::None) {
        return false;
    }
    const char *p = data;
    const char *const end = data + size;
    const auto offsetOf = [&](const char *at) { return m_offset + (at - data); };
    while (p < end) {
        switch (m_state) {
        case State::Text: {
            // Most bytes are text: jump to the next tag.
            const void *lt = std::memchr(p, '<', size_t(end - p));
            if (!lt) {
                p = end;
                break;
            }
            p = static_cast<const char *>(lt);
            m_tagStart = offsetOf(p);
            m_state = State::Lt;
            ++p;
            break;
        }
        case State::Lt:
            if (*p == '/') {
                m_state = State::EndTag;
                ++p;
            } else if (*p == '!') {
                m_state = State::Bang;
                m_matched = 0;
                ++p;
            } else if (*p == '?') {
                m_state = State::Pi;
                m_matched = 0;
                ++p;
            } else {
                // A start tag; the element it opens sits at depth m_open.size() below the stream element.
                if (!m_open.empty() && qsizetype(m_open.size()) > m_limits.maxDepth) {
                    return fail(Violation::TooDeep, m_tagStart);
                }
                startTag(m_tagStart);
                m_state = State::TagName;
            }
            break;
        case State::TagName:
            if (isXmlSpace(*p)) {
                m_state = State::InTag;
            } else if (*p == '>') {
                openElement();
                m_state = State::Text;
            } else if (*p == '/') {
                m_state = State::EmptyEnd;
            }
            ++p;
            break;
        case State::InTag:
            if (isXmlSpace(*p)) {
                ++p;
            } else if (*p == '>') {
                openElement();
                m_state = State::Text;
                ++p;
            } else if (*p == '/') {
                m_state = State::EmptyEnd;
                ++p;
            } else if (*p == '=') {
                // "name = 'value'": the name was read before the blanks (XML 1.0 §2.3 Eq).
                if (!countAttribute()) {
                    return false;
                }
                m_state = State::AfterEq;
                ++p;
            } else if (*p == '\'' || *p == '"') {
                m_quote = *p;
                m_state = State::Value;
                ++p;
            } else {
                m_nameLength = 0;
                m_state = State::AttrName;
            }
            break;
        case State::AttrName:
            if (*p == '=' || *p == '>' || *p == '/' || isXmlSpace(*p)) {
                m_state = State::InTag; // the name stays recorded for an '=' after blanks
                break;
            }
            if (m_nameLength < int(m_name.size())) {
                m_name[size_t(m_nameLength)] = *p;
            }
            m_nameLength = qMin(m_nameLength + 1, int(m_name.size()) + 1);
            ++p;
            break;
        case State::AfterEq:
            if (isXmlSpace(*p)) {
                ++p;
            } else if (*p == '\'' || *p == '"') {
                m_quote = *p;
                m_state = State::Value;
                ++p;
            } else {
                m_state = State::InTag; // not well-formed: the reader says so
            }
            break;
        case State::Value: {
            const void *quote = std::memchr(p, m_quote, size_t(end - p));
            if (!quote) {
                p = end;
                break;
            }
            p = static_cast<const char *>(quote) + 1;
            m_state = State::InTag;
            break;
        }
        case State::EmptyEnd:
            if (*p == '>') {
                // <a/>: its declarations end with it.
                m_state = State::Text;
                ++p;
            } else {
                m_state = State::InTag;
            }
            break;
        case State::EndTag: {
            const void *gt = std::memchr(p, '>', size_t(end - p));
            if (!gt) {
                p = end;
                break;
            }
            p = static_cast<const char *>(gt) + 1;
            if (!m_open.empty()) {
                m_inScope -= m_open.back();
                m_open.pop_back();
            }
            m_state = State::Text;
            break;
        }
        case State::Bang:
            // RFC 6120 §11.1: no DTD (internal subset or not), no comments; only CDATA sections remain.
            if (*p != cdataOpening[m_matched]) {
                return fail(Violation::MarkupDeclaration, m_tagStart);
            }
            ++p;
            if (++m_matched == cdataOpeningLength) {
                m_state = State::CData;
                m_matched = 0;
            }
            break;
        case State::CData:
            if (*p == '>' && m_matched >= 2) {
                m_state = State::Text;
            } else {
                m_matched = *p == ']' ? qMin(m_matched + 1, 2) : 0;
            }
            ++p;
            break;
        case State::Pi:
            // The XML declaration, or a processing instruction the reader refuses.
            if (*p == '>' && m_matched == 1) {
                m_state = State::Text;
            } else {
                m_matched = *p == '?' ? 1 : 0;
            }
            ++p;
            break;
        }
    }
    m_offset += size;
    return true;
}

} // namespace balcony
