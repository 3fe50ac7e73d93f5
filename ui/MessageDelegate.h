#pragma once

#include "ImageThumbnails.h"
#include "storage/StoredMessage.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QTextDocument>

#include <memory>

class QAbstractItemView;

namespace balcony::ui {

// Paints one row of a MessageModel as a flat chat line (the way Dino and Gajim lay out a conversation, rather
// than bubbles: long texts keep the full width, and a conversation reads like a transcript):
//
//     ─────────────── Monday, 7 December 2026 ───────────────      (first message of a local day)
//     (JR) Juliet  · offline encrypted session                      (first of a group: same sender, same
//          Is it the east?                       10:42  🔒  ✓✓       encryption, less than 5 minutes apart)
//          A long text wraps here at any width                      (time, lock, delivery state on the right)
//          edited · Not delivered: <why>  [Retry]                   (notes under the text when there are any)
//
// The body is a QTextDocument (escaped text, links, search marks) laid out for the view's width; documents are
// cached per message and width, so painting and size hints do not lay text out again. Messages that could not
// be decrypted show why, never their ciphertext. The view (MessageView) asks the delegate where links, the
// Retry button and characters are, to handle clicks and text selection.
class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit MessageDelegate(QAbstractItemView *view, const QString &ownName, const QString &contactName);
    ~MessageDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    void setContactName(const QString &name);
    // A room (XEP-0045): each incoming message is headed by its sender's nick (the resource of its sender, in
    // the nick's XEP-0392 colour), our own by `ownNick`, and private messages are marked as such.
    void setGroupChat(bool groupChat, const QString &ownNick = QString());
    bool isGroupChat() const { return m_groupChat; }
    // The words of an in-chat search, marked in every body; `currentId` is the row shown as the current hit.
    void setHighlight(const QStringList &words, qint64 currentId);
    // A character range selected by the mouse in one message (document positions); id 0 clears it.
    void setTextSelection(qint64 id, int anchor, int position);
    // The selected text (empty when nothing is selected).
    QString selectedText() const;
    bool hasTextSelection() const { return m_selectionId != 0 && m_selectionAnchor != m_selectionPosition; }

    // Image file messages (XEP-0066 with an image's file name): with thumbnails set, the body is the file name
    // (a link to the file) and under it the thumbnail, or a "Show Image" button before it is fetched, the
    // progress while it loads, or why it could not be shown (with Retry where fetching again may help).
    void setThumbnails(ImageThumbnails *thumbnails) { m_thumbnails = thumbnails; }
    ImageThumbnails *thumbnails() const { return m_thumbnails; }
    // The row's file URL when it is an image file message (empty otherwise).
    static QUrl imageUrl(const QModelIndex &index);
    // The thumbnail's status of the row (Unknown for other rows or without thumbnails).
    ImageThumbnails::Status imageStatus(const QModelIndex &index) const;
    // What a screen reader hears instead of the body for an image: "Image NAME" and whether it is shown; empty
    // for other rows.
    QString imageText(const QModelIndex &index) const;
    enum class ImagePart { None, Thumbnail, Button };
    ImagePart imagePartAt(const QModelIndex &index, const QRect &rowRect, const QPoint &pos) const;

    // Hit tests in view coordinates (`rowRect` = the row's visualRect()).
    QString linkAt(const QModelIndex &index, const QRect &rowRect, const QPoint &pos) const;
    bool retryButtonAt(const QModelIndex &index, const QRect &rowRect, const QPoint &pos) const;
    // The document position under `pos`, -1 when `pos` is not on the body's text.
    int textPositionAt(const QModelIndex &index, const QRect &rowRect, const QPoint &pos, bool fuzzy = false) const;
    QString toolTipAt(const QModelIndex &index, const QRect &rowRect, const QPoint &pos) const;

    // Where the parts of a row are, in view coordinates (`rowRect` = the row's visualRect()); the view and the
    // tests use it.
    struct Geometry {
        QRect day; // the day separator (empty if none)
        QRect avatar; // the sender's initials (first of a group)
        QRect header; // name and encryption kind (first of a group)
        QRect body; // the text document's box
        QRect side; // time, lock and state, beside the body's first line
        QRect time;
        QRect lock;
        QRect state;
        QRect image; // an image file message's thumbnail, or the line saying why there is none
        QRect imageButton; // "Show Image" or "Retry" for the thumbnail (empty if none)
        QRect notes; // "edited", the failure and the Retry button
        QRect retry;
        int height = 0;
    };
    Geometry geometry(const QModelIndex &index, const QRect &rowRect) const;
    // The laid-out body of a message at `width` (cached).
    QTextDocument *document(const QModelIndex &index, int width) const;

    // Whether AccountController::retryMessage() would take this message (outgoing, failed, sent in the clear).
    static bool canRetry(const QModelIndex &index);
    // What the user reads for a delivery state (the tooltip of its icon).
    static QString stateText(MessageState state, const QString &errorText, const QString &contactName);
    // What the body area shows: the text, or why an encrypted message could not be read (never ciphertext).
    static QString shownText(const QModelIndex &index);
    static QString encryptionText(MessageE2eKind kind);
    // XEP-0392 §5: the colour of a name, derived from the JID (the same in every client that implements it).
    static QColor nameColor(const QString &jid, const QPalette &palette);
    // The name heading a message: ours, the contact's, or in a room the occupant's nick.
    QString senderName(const QModelIndex &index) const;
    // Rooms: whether the message is a private one (XEP-0045 §7.5), and the header's words for it ("private
    // message", "private message to nick"); empty for room messages and outside rooms.
    bool isPrivate(const QModelIndex &index) const;
    QString privateText(const QModelIndex &index) const;
    // What a screen reader announces for the message: sender, what kind, text, time and delivery state.
    QString accessibleText(const QModelIndex &index) const;

private:
    bool startsGroup(const QModelIndex &index) const;
    QString notesText(const QModelIndex &index) const;
    // What the sender's colour is derived from (XEP-0392): the contact's bare JID, an occupant's nick; empty for
    // our own messages.
    QString colorId(const QModelIndex &index) const;
    int rowWidth(const QStyleOptionViewItem &option) const;
    void paintDay(QPainter *painter, const QRect &rect, const QDate &day, const QPalette &palette) const;
    void paintAvatar(
        QPainter *painter, const QRect &rect, const QString &name, const QString &jid, const QPalette &palette) const;
    void paintState(QPainter *painter, const QRect &rect, MessageState state, const QPalette &palette) const;
    void paintLock(
        QPainter *painter, const QRect &rect, MessageE2eKind kind, bool failed, const QPalette &palette) const;
    void paintBody(QPainter *painter, const QModelIndex &index, const Geometry &geometry,
        const QStyleOptionViewItem &option) const;
    void paintImage(
        QPainter *painter, const QModelIndex &index, const Geometry &geometry, const QPalette &palette) const;
    void paintButton(QPainter *painter, const QRect &rect, const QString &text, const QPalette &palette) const;
    QSize buttonSize(const QString &text) const;
    // The line shown instead of a thumbnail (loading, failed); empty when there is none.
    static QString imageLine(const ImageThumbnails::Status &status);

    QPointer<QAbstractItemView> m_view;
    QPointer<ImageThumbnails> m_thumbnails;
    QString m_ownName;
    QString m_contactName;
    bool m_groupChat = false;
    QString m_ownNick;
    QStringList m_highlight;
    qint64 m_currentHit = 0;
    qint64 m_selectionId = 0;
    int m_selectionAnchor = 0;
    int m_selectionPosition = 0;

    struct CachedDocument {
        QString html;
        int width = 0;
        std::shared_ptr<QTextDocument> document; // shared: QHash values are copyable
    };
    mutable QHash<qint64, CachedDocument> m_documents;
};

} // namespace balcony::ui
