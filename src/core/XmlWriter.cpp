#include "XmlWriter.h"

namespace balcony {

namespace {

bool isNameStartChar(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || (c >= 0xC0 && c <= 0xD6)
        || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D)
        || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF)
        || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

bool isNameChar(char32_t c)
{
    return isNameStartChar(c) || c == u'-' || c == u'.' || (c >= u'0' && c <= u'9') || c == 0xB7
        || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

// Printable ASCII that escape() writes as it is in both text and attribute values.
bool isPlainAscii(char16_t c)
{
    return c >= 0x20 && c < 0x80 && c != u'&' && c != u'<' && c != u'>' && c != u'"';
}

class Serializer {
public:
    explicit Serializer(bool lossy)
        : m_lossy(lossy)
    {
    }

    bool write(const Element &e, const QString &parentNs)
    {
        if (e.isNull()) {
            return fail(QStringLiteral("null element"));
        }
        if (!checkName(e.name())) {
            return false;
        }
        const bool streamPrefixed = e.ns() == ns::stream;
        QByteArray qname = streamPrefixed ? QByteArrayLiteral("stream:") + e.name().toUtf8() : e.name().toUtf8();
        m_out.append('<');
        m_out.append(qname);
        if (!streamPrefixed && e.ns() != parentNs) {
            m_out.append(" xmlns=\"");
            if (!escape(e.ns(), true)) {
                return false;
            }
            m_out.append('"');
        }
        int prefixCounter = 0;
        for (const Attribute &a : e.attributes()) {
            if (!checkName(a.name)) {
                return false;
            }
            if (a.ns.isEmpty() && a.name == u"xmlns") {
                // Namespace declarations are the writer's job; a plain "xmlns" attribute would duplicate or
                // contradict the one written above (Namespaces in XML 1.0 §3).
                if (m_lossy) {
                    continue;
                }
                return fail(QStringLiteral("an attribute may not be named xmlns"));
            }
            m_out.append(' ');
            if (a.ns == Element::xmlNamespace()) {
                m_out.append("xml:");
            } else if (!a.ns.isEmpty()) {
                // A foreign-namespace attribute gets a prefix declared on this element.
                const QByteArray prefix = "ns" + QByteArray::number(++prefixCounter);
                m_out.append("xmlns:" + prefix + "=\"");
                if (!escape(a.ns, true)) {
                    return false;
                }
                m_out.append("\" " + prefix + ':');
            }
            m_out.append(a.name.toUtf8());
            m_out.append("=\"");
            if (!escape(a.value, true)) {
                return false;
            }
            m_out.append('"');
        }
        const QString &childContext = streamPrefixed ? parentNs : e.ns();
        if (e.nodes().isEmpty()) {
            m_out.append("/>");
            return true;
        }
        m_out.append('>');
        for (const Element::Node &n : e.nodes()) {
            if (n.isText()) {
                if (!escape(n.text, false)) {
                    return false;
                }
            } else if (!write(n.element, childContext)) {
                return false;
            }
        }
        m_out.append("</");
        m_out.append(qname);
        m_out.append('>');
        return true;
    }

    QByteArray m_out;
    QString m_error;

private:
    bool fail(const QString &error)
    {
        if (m_error.isEmpty()) {
            m_error = error;
        }
        return false;
    }

    bool checkName(const QString &name)
    {
        if (m_lossy || XmlWriter::isValidName(name)) {
            return true;
        }
        return fail(QStringLiteral("invalid XML name: ") + name);
    }

    bool escape(const QString &text, bool attribute)
    {
        const qsizetype n = text.size();
        const QChar *s = text.constData();
        for (qsizetype i = 0; i < n; ++i) {
            // Runs of printable ASCII that need no escaping (most of any stanza) are copied in one step;
            // QByteArray::append(char) per character was most of the cost of serialising.
            qsizetype end = i;
            while (end < n && isPlainAscii(s[end].unicode())) {
                ++end;
            }
            if (end > i) {
                const qsizetype at = m_out.size();
                m_out.resize(at + (end - i));
                char *out = m_out.data() + at;
                for (qsizetype k = i; k < end; ++k) {
                    *out++ = char(s[k].unicode());
                }
                i = end;
                if (i == n) {
                    break;
                }
            }
            char32_t c = s[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < n && s[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(char16_t(c), s[i + 1].unicode());
                ++i;
            } else if (QChar::isSurrogate(c)) {
                c = 0xFFFF; // lone surrogate: not a character at all
            }
            if (!XmlWriter::isXmlChar(c)) {
                if (!m_lossy) {
                    return fail(QStringLiteral("character U+%1 is not allowed in XML")
                                    .arg(uint(c), 4, 16, QLatin1Char('0'))
                                    .toUpper());
                }
                c = 0xFFFD;
            }
            switch (c) {
            case u'&':
                m_out.append("&amp;");
                break;
            case u'<':
                m_out.append("&lt;");
                break;
            case u'>':
                m_out.append("&gt;");
                break;
            case u'"':
                m_out.append(attribute ? "&quot;" : "\"");
                break;
            case u'\r':
                m_out.append("&#13;"); // a literal CR would be normalised away by the reader
                break;
            case u'\n':
                m_out.append(attribute ? "&#10;" : "\n");
                break;
            case u'\t':
                m_out.append(attribute ? "&#9;" : "\t");
                break;
            default:
                appendUtf8(m_out, c);
            }
        }
        return true;
    }

    bool m_lossy;
};

QByteArray escapeAttribute(const QString &value)
{
    Serializer s(true);
    Element dummy(QStringLiteral("x"));
    dummy.setAttribute(QStringLiteral("v"), value);
    s.write(dummy, QString());
    // <x v="...."/>
    return s.m_out.mid(6, s.m_out.size() - 6 - 3);
}

} // namespace

QByteArray XmlWriter::streamOpening(const StreamHeader &header)
{
    QByteArray out = "<?xml version='1.0'?><stream:stream xmlns=\"" + escapeAttribute(header.defaultNs)
        + "\" xmlns:stream=\"http://etherx.jabber.org/streams\"";
    auto add = [&](const char *name, const QString &value) {
        if (!value.isEmpty()) {
            out += ' ';
            out += name;
            out += "=\"" + escapeAttribute(value) + '"';
        }
    };
    add("from", header.from);
    add("to", header.to);
    add("id", header.id);
    add("version", header.version);
    add("xml:lang", header.lang);
    out += '>';
    return out;
}

QByteArray XmlWriter::streamClosing()
{
    return QByteArrayLiteral("</stream:stream>");
}

std::optional<QByteArray> XmlWriter::serialize(const Element &element, const QString &contextNs, QString *error)
{
    Serializer s(false);
    if (!s.write(element, contextNs)) {
        if (error) {
            *error = s.m_error;
        }
        return std::nullopt;
    }
    return s.m_out;
}

QByteArray XmlWriter::serializeLossy(const Element &element, const QString &contextNs)
{
    Serializer s(true);
    s.write(element, contextNs);
    return s.m_out;
}

bool XmlWriter::isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

bool XmlWriter::isValidName(QStringView name)
{
    if (name.isEmpty()) {
        return false;
    }
    // Walk code points by hand: QStringView::toUcs4() turns a lone surrogate into U+FFFD, which is a
    // NameStartChar, so a name holding one would pass the check yet not be encodable as UTF-8.
    for (qsizetype i = 0; i < name.size(); ++i) {
        char32_t c = name[i].unicode();
        const bool first = i == 0;
        if (QChar::isHighSurrogate(c) && i + 1 < name.size() && name[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(char16_t(c), name[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            return false;
        }
        if (first ? !isNameStartChar(c) : !isNameChar(c)) {
            return false;
        }
    }
    return true;
}

bool XmlWriter::isValidText(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c) || !isXmlChar(c)) {
            return false;
        }
    }
    return true;
}

} // namespace balcony
