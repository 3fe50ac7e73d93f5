#pragma once

#include <QImage>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QFrame;

namespace balcony::ui {

// The message input of a chat: a growing plain-text field (Enter sends, Shift+Enter starts a new line, Up in an
// empty field edits the last message, Esc cancels an edit or asks to close the chat), a Send button, a bar that
// says when the last message is being corrected (XEP-0308) and a notice line for what the last send said
// (queued while offline, not sent because it could not be encrypted, with an action such as "Send
// unencrypted"). It builds no stanzas: ChatWidget turns its signals into AccountController calls.
class Composer : public QWidget {
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);
    ~Composer() override;

    QString text() const;
    // Replaces the text (a draft, an xmpp: link's body); not a user edit: textEdited() is not emitted.
    void setText(const QString &text);
    QPlainTextEdit *editor() const { return m_edit; }
    void setPlaceholder(const QString &text);

    // XEP-0308: the field holds our last message for correction until endCorrection().
    void beginCorrection(qint64 historyId, const QString &body);
    void endCorrection();
    bool isCorrecting() const { return m_correcting != 0; }
    qint64 correctingId() const { return m_correcting; }

    // Rooms (XEP-0045 §7.5): the next messages go privately to the occupant `nick`, with a bar saying so, until
    // setPrivateRecipient({}) (the bar's button, or Esc). The text is kept either way.
    void setPrivateRecipient(const QString &nick);
    QString privateRecipient() const { return m_privateTo; }

    // A line under the field; `action` non-empty adds a button that emits noticeAction().
    void showNotice(const QString &text, bool error, const QString &action = QString());
    void clearNotice();
    bool hasNotice() const;
    QString noticeText() const;

    // Files (XEP-0363): the "Attach file…" button (Ctrl+Shift+A), and the transfer bar with a progress bar and
    // Cancel while a file is uploaded or downloaded.
    QToolButton *attachButton() const { return m_attach; }
    void showTransfer(const QString &text, qint64 done, qint64 total);
    void hideTransfer();
    bool isTransferShown() const;
    QProgressBar *transferProgress() const { return m_progress; }

Q_SIGNALS:
    void sendRequested(const QString &text);
    void correctionRequested(qint64 historyId, const QString &text);
    void editLastRequested();
    void escapePressed();
    // The user changed the text (typing, pasting, cutting); `text` is the whole text.
    void textEdited(const QString &text);
    // The text changed in any way (for the draft).
    void textChanged(const QString &text);
    void noticeAction();
    // The paperclip button or Ctrl+Shift+A.
    void attachRequested();
    // Local files dropped on the field, or an image pasted (saved as a PNG file first): to be uploaded.
    void filesDropped(const QStringList &paths);
    void imagePasted(const QImage &image);
    void transferCancelRequested();
    void privateRecipientChanged(const QString &nick);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void updateHeight();

    QPlainTextEdit *m_edit;
    QToolButton *m_send;
    QFrame *m_correctionBar;
    QLabel *m_correctionLabel;
    QFrame *m_privateBar;
    QLabel *m_privateLabel;
    QString m_privateTo;
    QLabel *m_notice;
    QPushButton *m_noticeAction;
    QToolButton *m_attach;
    QFrame *m_transferBar;
    QLabel *m_transferLabel;
    QProgressBar *m_progress;
    qint64 m_correcting = 0;
    bool m_programmatic = false;
};

} // namespace balcony::ui
