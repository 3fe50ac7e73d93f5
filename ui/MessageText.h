#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace balcony::ui {

// A message body as the chat shows it: plain text made into HTML for a QTextDocument with the text escaped
// (a body is never markup), web, mail and xmpp: addresses as links, and the words of a search marked.
struct MessageText {
    // `highlight`: words to mark (case-insensitive); `highlightColor` their background (#rrggbb),
    // `highlightText` their text colour.
    static QString toHtml(const QString &body, const QStringList &highlight = {},
        const QString &highlightColor = QString(), const QString &highlightText = QString(), bool withLinks = true);
    // The words of a search as the full-text search matches them (split on white space).
    static QStringList searchWords(const QString &query);

    // The locale's short clock time without seconds ("14:05", "2:05 PM"): the C locale's short format has them.
    static QString clockTime(const QTime &time);
    // The locale's short date and clockTime().
    static QString dateTime(const QDateTime &time);

    struct Link {
        qsizetype start = 0;
        qsizetype length = 0;
        QString url;
    };
    // The addresses in `text`, in order.
    static QList<Link> links(const QString &text);
};

} // namespace balcony::ui
