#pragma once

#include "core/Jid.h"

#include <QAbstractListModel>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace balcony {

class ConversationListModel;

// The conversations of several accounts in one list, for the desktop window's "Chats" view: the rows of each
// account's ConversationListModel one after the other (account order), with every change of a source
// (insertions, removals, moves to the top, data changes, resets) passed on at the shifted rows, and the
// account of each row as AccountRole. The newest-first order across accounts and the search filter are
// ConversationFilterProxyModel's (below).
//
// QConcatenateTablesProxyModel would do the concatenation but does not pass on rowsMoved() (Qt 6.4), and a
// ConversationListModel moves a conversation to the top with beginMoveRows() on every new message.
class MergedConversationModel : public QAbstractListModel {
    Q_OBJECT
public:
    // Follows ConversationListModel's roles; this one is added.
    static constexpr int AccountRole = Qt::UserRole + 100; // balcony::Jid

    explicit MergedConversationModel(QObject *parent = nullptr);
    ~MergedConversationModel() override;

    // `conversations` must outlive its removal or this model.
    void addAccount(const Jid &account, ConversationListModel *conversations);
    void removeAccount(const Jid &account);
    int totalUnread() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The sum over the accounts changed.
    void totalUnreadChanged(int totalUnread);

private:
    struct Source {
        Jid account;
        QPointer<ConversationListModel> model;
        QList<QMetaObject::Connection> connections;
    };
    int offsetOf(const ConversationListModel *model) const;
    void connectSource(Source &source);

    QList<Source> m_sources;
};

// Newest conversation first across accounts (ConversationListModel::LastTimeRole), and a search text that
// must occur in the name or the JID (case-insensitive).
class ConversationFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ConversationFilterProxyModel(QObject *parent = nullptr);
    ~ConversationFilterProxyModel() override;
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
};

} // namespace balcony
