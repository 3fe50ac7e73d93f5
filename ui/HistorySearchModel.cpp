#include "HistorySearchModel.h"

#include "MessageDelegate.h"
#include "MessageText.h"
#include "app/AccountController.h"
#include "models/RosterModel.h"
#include "storage/HistoryStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony::ui {

HistorySearchModel::HistorySearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

HistorySearchModel::~HistorySearchModel() = default;

void HistorySearchModel::setAccounts(const QList<app::AccountController *> &accounts)
{
    m_accounts.clear();
    for (app::AccountController *account : accounts) {
        m_accounts.append(account);
    }
}

void HistorySearchModel::search(const QString &text, int limit)
{
    beginResetModel();
    m_hits.clear();
    m_words = MessageText::searchWords(text);
    if (!m_words.isEmpty()) {
        for (const QPointer<app::AccountController> &account : std::as_const(m_accounts)) {
            if (!account || !account->isOpen() || !account->account().historyStore()) {
                continue;
            }
            RosterModel *roster = account->roster();
            for (const StoredMessage &message : account->account().historyStore()->search(text, Jid(), limit)) {
                Hit hit { account->jid().bare(), QString(), message };
                const int row = roster ? roster->rowOf(message.conversation) : -1;
                hit.contactName = row >= 0 ? roster->displayNameAt(row) : message.conversation.bareString();
                m_hits.append(hit);
            }
        }
        // Each account's hits are newest first; together too.
        std::stable_sort(m_hits.begin(), m_hits.end(),
            [](const Hit &a, const Hit &b) { return a.message.sortTime() > b.message.sortTime(); });
        if (m_hits.size() > limit) {
            m_hits.resize(limit);
        }
    }
    endResetModel();
}

int HistorySearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant HistorySearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Hit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ContactNameRole:
        return hit.contactName;
    case Qt::ToolTipRole:
        return hit.message.conversation.bareString();
    case AccountRole:
        return QVariant::fromValue(hit.account);
    case ContactRole:
        return QVariant::fromValue(hit.message.conversation);
    case HistoryIdRole:
        return hit.message.id;
    case TimeRole:
        return hit.message.sortTime();
    case SnippetRole:
        return snippet(hit.message.e2e.failed() ? QString() : hit.message.body, m_words);
    case OutgoingRole:
        return hit.message.direction == MessageDirection::Outgoing;
    default:
        return {};
    }
}

QString HistorySearchModel::snippet(const QString &body, const QStringList &words, int width)
{
    QString flat = body;
    flat.replace(u'\n', u' ');
    qsizetype first = -1;
    for (const QString &word : words) {
        const qsizetype at = flat.indexOf(word, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first)) {
            first = at;
        }
    }
    if (flat.size() <= width || first < 0) {
        return flat.size() <= width ? flat : flat.left(width) + u'…';
    }
    // The hit about a third into the snippet, cut at word boundaries.
    qsizetype start = std::max<qsizetype>(0, first - width / 3);
    if (start > 0) {
        const qsizetype space = flat.indexOf(u' ', start);
        start = (space >= 0 && space < first) ? space + 1 : start;
    }
    QString part = flat.mid(start, width);
    if (start + width < flat.size()) {
        const qsizetype space = part.lastIndexOf(u' ');
        if (space > part.size() / 2) {
            part.truncate(space);
        }
        part += u'…';
    }
    return start > 0 ? u'…' + part : part;
}

} // namespace balcony::ui
