#include "CliHistory.h"

#include "ExitCode.h"
#include "storage/Database.h"
#include "storage/SqlHistoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("balcony", text);
}

QString stateName(MessageState state)
{
    switch (state) {
    case MessageState::Queued:
        return u"queued"_s;
    case MessageState::Sent:
        return u"sent"_s;
    case MessageState::AckedByServer:
        return u"acked"_s;
    case MessageState::Delivered:
        return u"delivered"_s;
    case MessageState::Read:
        return u"read"_s;
    case MessageState::Failed:
        return u"failed"_s;
    case MessageState::Received:
        return u"received"_s;
    }
    return {};
}

} // namespace

int printHistory(const CliOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    // Reading only: a profile that does not exist has no history, and is not created for asking.
    if (!QFileInfo::exists(QDir(options.profileDir).filePath(Database::fileName()))) {
        err << u"balcony-cli: "_s << tr("No profile at %1.").arg(options.profileDir) << Qt::endl;
        return ExitNotFound;
    }
    Database database(options.profileDir);
    const Database::OpenResult opened = database.open();
    if (!opened.isOpen()) {
        err << u"balcony-cli: "_s
            << (opened.message.isEmpty() ? tr("Cannot open the profile database %1.").arg(database.filePath())
                                         : opened.message)
            << Qt::endl;
        return ExitOther;
    }
    if (opened.status == Database::Status::Recovered) {
        // The damaged file was kept aside (the notice says where) and this history is the new, empty one: say so,
        // as every other command does, instead of printing nothing as if there had never been a conversation.
        err << u"balcony-cli: "_s << opened.message << Qt::endl;
    }
    SqlHistoryStore history(database);
    // Both come newest first; printed oldest first, like a conversation.
    QList<StoredMessage> messages = options.search.isEmpty()
        ? history.page(options.to, options.limit)
        : history.search(options.search, options.to, options.limit);
    std::reverse(messages.begin(), messages.end());
    for (const StoredMessage &m : std::as_const(messages)) {
        const bool outgoing = m.direction == MessageDirection::Outgoing;
        const QString time = m.sortTime().toUTC().toString(Qt::ISODate);
        if (options.json) {
            const QJsonObject object {
                { u"id"_s, m.id },
                { u"direction"_s, outgoing ? u"out"_s : u"in"_s },
                { u"from"_s, m.from.toString() },
                { u"to"_s, m.to.toString() },
                { u"body"_s, m.body },
                { u"time"_s, time },
                { u"state"_s, stateName(m.state) },
                { u"originId"_s, m.originId },
                { u"stanzaId"_s, m.stanzaId },
            };
            out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            out << time << (outgoing ? u"  > "_s : u"  < "_s) << m.body
                << (outgoing ? u"  ("_s + stateName(m.state) + u")"_s : QString()) << '\n';
        }
    }
    out.flush();
    return ExitOk;
}

} // namespace balcony::cli
