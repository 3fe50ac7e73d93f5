#include "MucRoom.h"

namespace balcony {

QString mucDisplayText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
            continue;
        }
        if (c.isSurrogate()) {
            continue;
        }
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t' || (u >= 0x20 && u < 0x7f) || u > 0x9f) {
            out.append(c);
        }
    }
    return out;
}

QString MucRoom::displaySubject() const
{
    return mucDisplayText(subject);
}

} // namespace balcony
