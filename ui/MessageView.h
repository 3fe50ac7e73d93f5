#pragma once

#include "models/MessageModel.h"

#include <QListView>
#include <QPointer>

class QIdentityProxyModel;
class QToolButton;

namespace balcony::ui {

class MessageDelegate;

// The conversation as a list (MessageModel through MessageDelegate), newest at the bottom.
//
// Paging: the model pages itself backwards (fetchMore); this view asks for the next page when the user scrolls
// near the top, and keeps what they were looking at in place while rows appear above it (the distance from the
// bottom is kept). QAbstractItemView's own fetching (at the bottom, for lists that grow downwards) is kept away
// from the model by a proxy that reports nothing to fetch: here "more" is above.
//
// Following: the view opens at the newest message and stays at the bottom when messages arrive while it is there;
// scrolled up, it keeps its place and shows a "new messages" button that jumps down.
//
// Text: characters of one message are selected with the mouse (the delegate hit-tests its documents), links
// open with QDesktopServices, Ctrl+C copies the selected text or the selected messages; the context menu copies,
// retries a failed message and removes a message.
class MessageView : public QListView {
    Q_OBJECT
public:
    explicit MessageView(QWidget *parent = nullptr);
    ~MessageView() override;

    void setMessageModel(MessageModel *model, MessageDelegate *delegate);
    MessageModel *messageModel() const { return m_model; }
    MessageDelegate *messageDelegate() const { return m_delegate; }

    bool isAtBottom() const { return m_stick; }
    void jumpToBottom();
    // Loads pages from the store until the message is there, then centres it. False if it cannot be found.
    bool showMessage(qint64 historyId);
    // The model row of `historyId` as the view shows it.
    QModelIndex indexOfMessage(qint64 historyId) const;
    // The text Ctrl+C copies: the selected characters, else the selected messages (with sender and time when
    // there are several).
    QString copyText() const;
    // Messages that arrived below while the user was scrolled up.
    int newMessagesBelow() const { return m_newBelow; }
    // Asks the model for an older page if the top is near (and there is one). Returns whether it asked.
    bool fetchOlderIfNeeded();
    // The row of `historyId` changed in a way the model does not know (its thumbnail): laid out and announced
    // again.
    void refreshMessage(qint64 historyId);

Q_SIGNALS:
    void retryRequested(qint64 historyId);
    void removeRequested(qint64 historyId);
    // A file message's "Download File…" (XEP-0066: the row's MessageModel::FileUrlRole).
    void downloadRequested(const QUrl &url);
    // The full image of a file message whose name is an image's (a click on its thumbnail, Enter on it when it is
    // shown, "Open Image"; without thumbnails "Show Image"): fetched and shown only on this explicit request.
    void showImageRequested(const QUrl &url);
    // Its thumbnail ("Show Image" and Retry in the row, Enter or Space on the row, "Show Image" in the menu).
    void thumbnailRequested(const QUrl &url);
    // Rooms: "Reply Privately" on a message from another occupant (its nick).
    void replyPrivatelyRequested(const QString &nick);
    void newMessagesBelowChanged(int count);

protected:
    void verticalScrollbarValueChanged(int value) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void onRangeChanged(int minimum, int maximum);
    void onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void placeOverlays();
    // Lays the rows out again if the viewport is not as wide as they were laid out for.
    void layoutForWidth();
    void updateArchiveBanner();
    void setNewBelow(int count);
    qint64 idAt(const QModelIndex &index) const;
    void clearTextSelection();
    void copyToClipboard();

    QPointer<MessageModel> m_model;
    QIdentityProxyModel *m_proxy = nullptr;
    MessageDelegate *m_delegate = nullptr;
    QToolButton *m_jumpButton = nullptr;
    QToolButton *m_archiveBanner = nullptr;
    bool m_stick = true; // at the bottom: follow new messages
    bool m_adjusting = false; // the view moves the scroll bar itself
    bool m_prependPending = false;
    int m_distanceFromBottom = 0;
    int m_newBelow = 0;
    int m_layoutWidth = -1; // the viewport width the rows were last laid out for
    // Mouse text selection within one message.
    qint64 m_pressId = 0;
    int m_pressPosition = -1;
    QPoint m_pressPoint;
    bool m_selecting = false;
    QString m_pressLink;
};

} // namespace balcony::ui
