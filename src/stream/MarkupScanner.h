#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

namespace balcony {

// A byte-level look at the markup of an XMPP stream, run ahead of QXmlStreamReader, for what must be refused
// before the reader sees it (issue 11):
//  - attributes per start tag (namespace declarations included): QXmlStreamReader checks for duplicates
//    pairwise, so one start tag with 35,000 attributes cost seconds of CPU before any limit could apply;
//  - namespace declarations in scope at once: the reader resolves every prefix by walking all of them;
//  - element depth (as XmlStreamParser::Limits::maxDepth), which bounds this scanner's own state;
//  - markup declarations (RFC 6120 §11.1): "<!" that does not open a CDATA section is a DTD, a comment or a
//    conditional section, refused as restricted XML wherever it appears, before the reader parses a DTD
//    (a parameter-entity bomb in an internal subset made it report not-well-formed, and work for it).
//
// Only ASCII bytes carry structure, so UTF-8 text needs no decoding, and input may be split anywhere: the
// outcome depends on the bytes only. The scanner does not check well-formedness (the reader does that); it
// only has to agree with the reader about where tags, values, CDATA sections and processing instructions
// start and end in well-formed input.
class MarkupScanner {
public:
    struct Limits {
        int maxAttributes = 64;
        int maxNamespaceDeclarations = 64;
        int maxDepth = 48; // below the stream element
    };

    enum class Violation {
        None,
        MarkupDeclaration, // "<!" other than "<![CDATA[": DOCTYPE, comment, conditional section
        TooManyAttributes,
        TooManyNamespaceDeclarations,
        TooDeep,
    };

    void reset();
    void setLimits(const Limits &limits) { m_limits = limits; }

    // Scans the next `size` bytes of the stream. Returns false once a violation is found; violationOffset()
    // then tells where the offending construct starts (counted from the first byte since reset(), and maybe
    // in an earlier call), and every later call returns false at once.
    bool scan(const char *data, qsizetype size);

    Violation violation() const { return m_violation; }
    qint64 violationOffset() const { return m_violationOffset; }
    // How far the reader may be given the scanned bytes: not into a start tag (or "<!") whose end has not
    // been scanned yet. Otherwise the reader could meet an error inside a tag that the scanner refuses as a
    // whole once more of it arrives, and the outcome would depend on how the input was split.
    qint64 safeOffset() const;

private:
    enum class State {
        Text,
        Lt, // after '<'
        TagName, // a start tag's name
        InTag, // between attributes
        AttrName,
        AfterEq, // after '=': the value's quote follows
        Value, // inside a quoted value, m_quote is the quote
        EmptyEnd, // after '/' inside a start tag
        EndTag, // "</...", until '>'
        Bang, // after "<!": matching "[CDATA["
        CData, // until "]]>"
        Pi, // "<?...", until "?>"
    };

    bool fail(Violation violation, qint64 offset);
    void startTag(qint64 offset);
    bool countAttribute();
    void openElement();

    Limits m_limits;
    State m_state = State::Text;
    qint64 m_offset = 0; // absolute offset of the next byte
    qint64 m_tagStart = 0; // offset of the '<' of the current tag
    char m_quote = 0;
    int m_matched = 0; // Bang: characters of "[CDATA[" matched; CData: trailing ']' seen; Pi: '?' seen
    int m_attributes = 0; // in the current start tag
    int m_declarations = 0; // namespace declarations in the current start tag
    std::array<char, 6> m_name {}; // the first bytes of the current attribute name ("xmlns" or "xmlns:")
    int m_nameLength = 0;
    int m_inScope = 0; // namespace declarations of the open elements
    std::vector<int> m_open; // declarations made by each open element, the stream element first
    Violation m_violation = Violation::None;
    qint64 m_violationOffset = -1;
};

} // namespace balcony
