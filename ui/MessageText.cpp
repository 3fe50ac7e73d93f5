#include "MessageText.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

const QRegularExpression &linkPattern()
{
    // Schemes a chat link uses (RFC 3986 URIs of these schemes, RFC 5122 xmpp:), and bare www. addresses.
    // Trailing punctuation that usually ends a sentence is not part of the link.
    static const QRegularExpression pattern(
        u"\\b(?:(?:https?|ftp)://|www\\.|mailto:|xmpp:|geo:)[^\\s<>\"]*[^\\s<>\".,;:!?)\\]}'»]"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

struct Span {
    qsizetype start;
    qsizetype end;
};

} // namespace

QList<MessageText::Link> MessageText::links(const QString &text)
{
    QList<Link> found;
    QRegularExpressionMatchIterator it = linkPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString url = match.captured();
        if (url.startsWith(u"www."_s, Qt::CaseInsensitive)) {
            url.prepend(u"https://"_s);
        }
        found.append({ match.capturedStart(), match.capturedLength(), url });
    }
    return found;
}

QStringList MessageText::searchWords(const QString &query)
{
    QStringList words = query.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (QString &word : words) {
        // FTS5 syntax characters are not part of what the user looks for.
        word.remove(QRegularExpression(u"[\"*()^]"_s));
    }
    words.removeAll(QString());
    return words;
}

QString MessageText::clockTime(const QTime &time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(u"[:.]ss?"_s));
    return locale.toString(time, format);
}

QString MessageText::dateTime(const QDateTime &time)
{
    return QLocale().toString(time.date(), QLocale::ShortFormat) + u' ' + clockTime(time.time());
}

QString MessageText::toHtml(const QString &body, const QStringList &highlight, const QString &highlightColor,
    const QString &highlightText, bool withLinks)
{
    // Where the search words occur (merged spans), to wrap them in a marked <span>.
    QList<Span> marks;
    for (const QString &word : highlight) {
        if (word.isEmpty()) {
            continue;
        }
        qsizetype from = 0;
        while ((from = body.indexOf(word, from, Qt::CaseInsensitive)) >= 0) {
            marks.append({ from, from + word.size() });
            from += word.size();
        }
    }
    std::sort(marks.begin(), marks.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> merged;
    for (const Span &span : std::as_const(marks)) {
        if (!merged.isEmpty() && span.start <= merged.last().end) {
            merged.last().end = std::max(merged.last().end, span.end);
        } else {
            merged.append(span);
        }
    }
    const QList<Link> found = withLinks ? links(body) : QList<Link>();

    // Walks the body once, opening and closing links and marks at their boundaries.
    QString html;
    html.reserve(body.size() * 11 / 10 + 32);
    qsizetype linkIndex = 0;
    qsizetype markIndex = 0;
    bool inLink = false;
    bool inMark = false;
    const QString markOpen = u"<span style=\"background-color:%1;color:%2\">"_s.arg(highlightColor, highlightText);
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (inMark && i == merged[markIndex].end) {
            html += u"</span>"_s;
            inMark = false;
            ++markIndex;
        }
        if (inLink && i == found[linkIndex].start + found[linkIndex].length) {
            if (inMark) {
                html += u"</span>"_s;
            }
            html += u"</a>"_s;
            inLink = false;
            ++linkIndex;
            if (inMark) {
                html += markOpen;
            }
        }
        if (!inLink && linkIndex < found.size() && i == found[linkIndex].start) {
            if (inMark) {
                html += u"</span>"_s;
            }
            html += u"<a href=\""_s + found[linkIndex].url.toHtmlEscaped() + u"\">"_s;
            inLink = true;
            if (inMark) {
                html += markOpen;
            }
        }
        if (!inMark && markIndex < merged.size() && i == merged[markIndex].start) {
            html += markOpen;
            inMark = true;
        }
        const QChar c = body.at(i);
        switch (c.unicode()) {
        case '<':
            html += u"&lt;"_s;
            break;
        case '>':
            html += u"&gt;"_s;
            break;
        case '&':
            html += u"&amp;"_s;
            break;
        case '"':
            html += u"&quot;"_s;
            break;
        case '\n':
            html += u"<br/>"_s;
            break;
        default:
            html += c;
        }
    }
    if (inMark) {
        html += u"</span>"_s;
    }
    if (inLink) {
        html += u"</a>"_s;
    }
    return html;
}

} // namespace balcony::ui
