#pragma once

#include <QString>
#include <QStringList>

namespace balcony {

// The words full-text search looks for, split the way SQLite FTS5's unicode61 tokenizer with
// remove_diacritics 2 splits indexed text: runs of letters and digits, lower case, without combining marks.
// HistoryStore::search() requires every word of the query; both history stores use this one definition.
QStringList searchWords(const QString &text);

// `words` as an FTS5 MATCH expression: each word a quoted string (so no word is read as an operator), the
// last one a prefix query. Empty for no words.
QString ftsQuery(const QStringList &words);

} // namespace balcony
