#pragma once

#include <QtGlobal>

namespace balcony {

// Incremental validator for the bytes of an XMPP stream (RFC 6120 §11.6: UTF-8 only; XML 1.0 §2.2: the Char
// production). Rejects what Qt's decoder would silently turn into U+FFFD: overlong forms, surrogates, code
// points above U+10FFFF, stray continuation bytes, truncated sequences followed by something else, and the
// characters XML 1.0 forbids (C0 controls other than TAB/LF/CR, U+FFFE, U+FFFF). Input may be split anywhere,
// including inside a multi-byte sequence.
class Utf8Validator {
public:
    // Validates the next `size` bytes. Returns how many of them were accepted: all of them unless an invalid
    // sequence was found, in which case the count stops at the first offending byte and the validator stays
    // failed (further calls accept nothing).
    qsizetype validate(const char *data, qsizetype size);

    bool hasFailed() const { return m_failed; }
    // Bytes accepted so far that form complete characters: the end of the last complete character. After a
    // failure this is where the invalid sequence starts.
    qint64 completeBytes() const { return m_accepted - m_have; }
    // True if every byte accepted so far was ASCII (lets byte/UTF-16 offset mapping take a shortcut).
    bool allAscii() const { return m_allAscii; }

    void reset();

private:
    qint64 m_accepted = 0; // bytes accepted (including the leading bytes of an incomplete sequence)
    char32_t m_codePoint = 0; // code point accumulated from the current sequence
    int m_need = 0; // continuation bytes still expected
    int m_have = 0; // bytes of the current incomplete sequence already accepted
    unsigned char m_low = 0x80; // allowed range of the next continuation byte (rules out overlong forms,
    unsigned char m_high = 0xBF; // surrogates and > U+10FFFF at the second byte, as in Unicode Table 3-7)
    bool m_failed = false;
    bool m_allAscii = true;
};

} // namespace balcony
