#pragma once

#include "core/Jid.h"
#include "storage/StoredMessage.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace balcony::app {
class AccountController;
}

namespace balcony::ui {

// The results of a search across the whole history of every account (HistoryStore::search: SQLite FTS5 in the
// profile database), newest first: contact, time, and a snippet of the body around the first hit.
class HistorySearchModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        AccountRole = Qt::UserRole + 1, // balcony::Jid
        ContactRole, // balcony::Jid (the conversation)
        ContactNameRole, // QString
        HistoryIdRole, // qint64
        TimeRole, // QDateTime
        SnippetRole, // QString: the body around the first hit
        OutgoingRole, // bool
    };

    explicit HistorySearchModel(QObject *parent = nullptr);
    ~HistorySearchModel() override;

    void setAccounts(const QList<app::AccountController *> &accounts);
    // Searches every account (at most `limit` hits each) and shows the newest `limit` of all.
    void search(const QString &text, int limit = 200);
    QStringList words() const { return m_words; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The part of `body` to show: about `width` characters around the first of `words`.
    static QString snippet(const QString &body, const QStringList &words, int width = 120);

private:
    struct Hit {
        Jid account;
        QString contactName;
        StoredMessage message;
    };
    QList<QPointer<app::AccountController>> m_accounts;
    QList<Hit> m_hits;
    QStringList m_words;
};

} // namespace balcony::ui
