#include "Utf8Validator.h"

#include <cstring>

namespace balcony {

namespace {

constexpr quint64 highBits = 0x8080808080808080ULL;
constexpr quint64 spaces = 0x2020202020202020ULL;

// True if the eight bytes are ASCII and none is below 0x20: the common case in XMPP traffic, checked a word at a
// time. (w - 0x20..) borrows into the high bit of each byte below 0x20 when no byte has its high bit set.
inline bool plainAsciiWord(quint64 w)
{
    return (w & highBits) == 0 && ((w - spaces) & ~w & highBits) == 0;
}

} // namespace

void Utf8Validator::reset()
{
    *this = Utf8Validator();
}

qsizetype Utf8Validator::validate(const char *data, qsizetype size)
{
    if (m_failed) {
        return 0;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        if (m_need == 0) {
            // Fast path: whole words of printable ASCII.
            while (size - i >= 8) {
                quint64 w;
                std::memcpy(&w, p + i, sizeof w);
                if (!plainAsciiWord(w)) {
                    break;
                }
                i += 8;
            }
            if (i >= size) {
                break;
            }
            const unsigned char b = p[i];
            if (b < 0x80) {
                // XML 1.0 §2.2: of the C0 controls only TAB, LF and CR are characters.
                if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) {
                    break;
                }
                ++i;
                continue;
            }
            m_allAscii = false;
            m_low = 0x80;
            m_high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                m_need = 1;
                m_codePoint = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                m_need = 2;
                m_codePoint = b & 0x0F;
                if (b == 0xE0) {
                    m_low = 0xA0; // overlong below U+0800
                } else if (b == 0xED) {
                    m_high = 0x9F; // surrogates U+D800..U+DFFF
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                m_need = 3;
                m_codePoint = b & 0x07;
                if (b == 0xF0) {
                    m_low = 0x90; // overlong below U+10000
                } else if (b == 0xF4) {
                    m_high = 0x8F; // above U+10FFFF
                }
            } else {
                break; // stray continuation byte, C0/C1 (overlong ASCII) or F5..FF
            }
            m_have = 1;
            ++i;
            continue;
        }
        const unsigned char b = p[i];
        if (b < m_low || b > m_high) {
            break;
        }
        const char32_t codePoint = (m_codePoint << 6) | (b & 0x3F);
        // XML 1.0 §2.2 excludes the noncharacters U+FFFE and U+FFFF; the final byte is the offending one, so
        // the incomplete sequence before it stays counted in m_have and completeBytes() points at its start.
        if (m_need == 1 && (codePoint == 0xFFFE || codePoint == 0xFFFF)) {
            break;
        }
        m_codePoint = codePoint;
        m_low = 0x80;
        m_high = 0xBF;
        ++i;
        if (--m_need == 0) {
            m_have = 0;
        } else {
            ++m_have;
        }
    }
    if (i < size) {
        m_failed = true;
    }
    m_accepted += i;
    return i;
}

} // namespace balcony
