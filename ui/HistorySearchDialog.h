#pragma once

#include "core/Jid.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class HistorySearchDialog;
}

class QTimer;

namespace balcony::app {
class AccountController;
}

namespace balcony::ui {

class HistorySearchModel;

// Search across the whole history of every account (full-text, HistoryStore::search): results newest first with
// the contact, the time and the text around the hit, the hit marked. Activating a result (Enter, double-click)
// emits openResult() for the window to open that chat and scroll to the message (ChatWidget::scrollToMessage).
class HistorySearchDialog : public QDialog {
    Q_OBJECT
public:
    explicit HistorySearchDialog(const QList<app::AccountController *> &accounts, QWidget *parent = nullptr);
    ~HistorySearchDialog() override;

    void setAccounts(const QList<app::AccountController *> &accounts);
    // Searches now (the field's text is set too); for the window's "search for…" and tests.
    void search(const QString &text);
    HistorySearchModel *results() const { return m_model; }

Q_SIGNALS:
    void openResult(const balcony::Jid &account, const balcony::Jid &contact, qint64 historyId);

private:
    void runSearch();
    void activate(const QModelIndex &index);

    std::unique_ptr<Ui::HistorySearchDialog> m_ui;
    HistorySearchModel *m_model;
    QTimer *m_debounce;
};

} // namespace balcony::ui
