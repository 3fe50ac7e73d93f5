#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace balcony::ui {

// The in-conversation search bar (Ctrl+F in a chat): a field, older/newer hit buttons, "3 of 12", close.
// Enter goes to the next older hit, Shift+Enter to the next newer one, Esc closes; ChatWidget runs the search
// (full-text, HistoryStore::search) and moves through the hits.
class ChatSearchBar : public QWidget {
    Q_OBJECT
public:
    explicit ChatSearchBar(QWidget *parent = nullptr);
    ~ChatSearchBar() override;

    QString text() const;
    void activate(); // shows the bar and selects its text
    // `current` is 1-based; total 0 with a non-empty text says "no results".
    void setResult(int current, int total);
    QLineEdit *field() const { return m_field; }

Q_SIGNALS:
    void searchChanged(const QString &text); // debounced while typing
    void older();
    void newer();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    QToolButton *m_older;
    QToolButton *m_newer;
    QLabel *m_result;
    QTimer *m_debounce;
};

} // namespace balcony::ui
