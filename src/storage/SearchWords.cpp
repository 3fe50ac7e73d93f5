#include "storage/SearchWords.h"

using namespace Qt::StringLiterals;

namespace balcony {

QStringList searchWords(const QString &text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QStringList result;
    QString current;
    for (const QChar c : decomposed) {
        if (c.isMark()) {
            continue;
        }
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        result.append(current);
    }
    return result;
}

QString ftsQuery(const QStringList &words)
{
    QStringList parts;
    parts.reserve(words.size());
    for (const QString &word : words) {
        // FTS5 string syntax: double quotes, an embedded quote doubled (searchWords() never yields one, but
        // this function must be safe for any input).
        QString escaped = word;
        escaped.replace(u'"', "\"\""_L1);
        parts.append(u'"' + escaped + u'"');
    }
    if (!parts.isEmpty()) {
        parts.last().append(u'*');
    }
    return parts.join(u' ');
}

} // namespace balcony
