#include "MessageDelegate.h"

#include "MessageText.h"
#include "files/FileMessage.h"
#include "models/MessageModel.h"
#include "muc/MucManager.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

// Consecutive messages of one sender are grouped under one name unless this far apart (Dino does the same).
constexpr qint64 groupGapSeconds = 5 * 60;
// Cached documents kept at most (a few screens of rows; a page is 50 messages).
constexpr qsizetype maxCachedDocuments = 600;

struct Metrics {
    QFontMetrics fm;
    QFont small;
    QFontMetrics smallFm;
    int margin;
    int avatar;
    int icon;
    int timeWidth;
    int left;
    int side;

    explicit Metrics(const QFont &font)
        : fm(font)
        , small(smallFont(font))
        , smallFm(small)
        , margin(std::max(4, fm.height() / 2))
        , avatar(fm.height() * 2)
        , icon(std::max(12, smallFm.height()))
        , timeWidth(smallFm.horizontalAdvance(MessageText::clockTime(QTime(23, 59))))
        , left(margin + avatar + margin)
        , side(margin / 2 + timeWidth + margin / 2 + icon + margin / 2 + icon + margin)
    {
    }
    static QFont smallFont(const QFont &font)
    {
        QFont f = font;
        if (f.pointSizeF() > 0) {
            f.setPointSizeF(std::max(7.0, f.pointSizeF() * 0.85));
        } else {
            f.setPixelSize(std::max(9, font.pixelSize() * 85 / 100));
        }
        return f;
    }
};

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

QColor dimColor(const QPalette &palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

QString initials(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    QString result;
    for (const QString &word : words) {
        if (result.size() == 2) {
            break;
        }
        result += word.at(0).toUpper();
    }
    return result.isEmpty() ? u"?"_s : result;
}

} // namespace

MessageDelegate::MessageDelegate(QAbstractItemView *view, const QString &ownName, const QString &contactName)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_ownName(ownName)
    , m_contactName(contactName)
{
}

MessageDelegate::~MessageDelegate() = default;

void MessageDelegate::setContactName(const QString &name)
{
    m_contactName = name;
}

void MessageDelegate::setGroupChat(bool groupChat, const QString &ownNick)
{
    m_groupChat = groupChat;
    m_ownNick = ownNick;
}

void MessageDelegate::setHighlight(const QStringList &words, qint64 currentId)
{
    m_highlight = words;
    m_currentHit = currentId;
}

void MessageDelegate::setTextSelection(qint64 id, int anchor, int position)
{
    m_selectionId = id;
    m_selectionAnchor = anchor;
    m_selectionPosition = position;
}

QString MessageDelegate::selectedText() const
{
    const auto it = m_documents.constFind(m_selectionId);
    if (!hasTextSelection() || it == m_documents.cend()) {
        return QString();
    }
    QTextCursor cursor(it->document.get());
    cursor.setPosition(m_selectionAnchor);
    cursor.setPosition(m_selectionPosition, QTextCursor::KeepAnchor);
    // QTextCursor separates paragraphs with U+2029; the clipboard wants new lines.
    return cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
}

bool MessageDelegate::canRetry(const QModelIndex &index)
{
    return index.data(MessageModel::DirectionRole).toInt() == int(MessageDirection::Outgoing)
        && index.data(MessageModel::StateRole).toInt() == int(MessageState::Failed)
        && index.data(MessageModel::EncryptionRole).toInt() == int(MessageE2eKind::None)
        && !(index.data(MessageModel::FlagsRole).toInt() & int(MessageFlag::Eventing));
}

QString MessageDelegate::stateText(MessageState state, const QString &errorText, const QString &contactName)
{
    switch (state) {
    case MessageState::Queued:
        return tr("Queued: it goes out as soon as you are online.");
    case MessageState::Sent:
        return tr("Sent; the server has not confirmed it yet.");
    case MessageState::AckedByServer:
        return tr("Acknowledged by the server.");
    case MessageState::Delivered:
        return tr("Delivered to %1.").arg(contactName);
    case MessageState::Read:
        return tr("Displayed by %1.").arg(contactName);
    case MessageState::Failed:
        return errorText.isEmpty() ? tr("Not delivered.") : tr("Not delivered: %1").arg(errorText);
    case MessageState::Received:
        break;
    }
    return QString();
}

QString MessageDelegate::encryptionText(MessageE2eKind kind)
{
    switch (kind) {
    case MessageE2eKind::OnlineEsession:
        return tr("Encrypted (online session)");
    case MessageE2eKind::OfflineEsession:
        return tr("Encrypted (offline session)");
    case MessageE2eKind::Omemo:
        return tr("Encrypted (OMEMO)");
    case MessageE2eKind::Omemo2:
        return tr("Encrypted (OMEMO 2)");
    case MessageE2eKind::None:
        break;
    }
    return tr("Not encrypted");
}

QString MessageDelegate::shownText(const QModelIndex &index)
{
    const QVariant status = index.data(MessageModel::EncryptionStatusRole);
    const bool failed = status.isValid()
        && (status.toInt() == int(MessageE2eStatus::Undecryptable)
            || status.toInt() == int(MessageE2eStatus::Rejected));
    if (!failed) {
        return index.data(MessageModel::BodyRole).toString();
    }
    // The stored body of such a row is the engine's notice; the reason is the detail.
    const QString why = index.data(MessageModel::EncryptionDetailRole).toString();
    return why.isEmpty() ? tr("Could not be decrypted.") : tr("Could not be decrypted: %1").arg(why);
}

QColor MessageDelegate::nameColor(const QString &jid, const QPalette &palette)
{
    // XEP-0392 §5.1: the hue angle is the first 16 bits of SHA-1 of the identifier, little endian, over 65536.
    const QByteArray hash = QCryptographicHash::hash(jid.toUtf8(), QCryptographicHash::Sha1);
    const int bits = quint8(hash.at(0)) | (quint8(hash.at(1)) << 8);
    const qreal hue = qreal(bits) / 65536.0;
    // §5.4 leaves lightness to the client: readable on the view's background in light and dark palettes.
    return QColor::fromHslF(float(hue), 0.75f, isDark(palette) ? 0.72f : 0.36f);
}

bool MessageDelegate::startsGroup(const QModelIndex &index) const
{
    if (index.data(MessageModel::FirstOfGroupRole).toBool()) {
        return true;
    }
    const QModelIndex previous = index.siblingAtRow(index.row() - 1);
    if (!previous.isValid()) {
        return true;
    }
    if (previous.data(MessageModel::EncryptionRole).toInt() != index.data(MessageModel::EncryptionRole).toInt()) {
        return true; // one group, one kind of encryption: the header names it
    }
    if (m_groupChat
        && (previous.data(MessageModel::SenderRole) != index.data(MessageModel::SenderRole)
            || previous.data(MessageModel::TypeRole) != index.data(MessageModel::TypeRole)
            || (isPrivate(index)
                && previous.data(MessageModel::RecipientRole) != index.data(MessageModel::RecipientRole)))) {
        return true; // another occupant, a private message after room messages, or one to someone else
    }
    const QDateTime before = previous.data(MessageModel::TimeRole).toDateTime();
    const QDateTime now = index.data(MessageModel::TimeRole).toDateTime();
    return before.isValid() && now.isValid() && before.secsTo(now) > groupGapSeconds;
}

bool MessageDelegate::isPrivate(const QModelIndex &index) const
{
    return m_groupChat && index.data(MessageModel::TypeRole).toInt() != int(Message::Type::GroupChat);
}

QString MessageDelegate::privateText(const QModelIndex &index) const
{
    if (!isPrivate(index)) {
        return QString();
    }
    if (index.data(MessageModel::DirectionRole).toInt() == int(MessageDirection::Outgoing)) {
        const QString to = mucDisplayText(index.data(MessageModel::RecipientRole).toString().section(u'/', 1));
        if (!to.isEmpty()) {
            return tr("private message to %1").arg(to);
        }
    }
    return tr("private message");
}

QString MessageDelegate::accessibleText(const QModelIndex &index) const
{
    QStringList parts { senderName(index) };
    if (const QString text = privateText(index); !text.isEmpty()) {
        parts.append(text);
    }
    const auto kind = MessageE2eKind(index.data(MessageModel::EncryptionRole).toInt());
    if (kind != MessageE2eKind::None) {
        parts.append(encryptionText(kind));
    }
    const QString image = imageText(index);
    parts.append(image.isEmpty() ? shownText(index) : image);
    const QDateTime time = index.data(MessageModel::TimeRole).toDateTime().toLocalTime();
    if (time.isValid()) {
        parts.append(MessageText::dateTime(time));
    }
    if (const QString notes = notesText(index); !notes.isEmpty()) {
        parts.append(notes);
    }
    return parts.join(u", "_s);
}

QString MessageDelegate::senderName(const QModelIndex &index) const
{
    if (index.data(MessageModel::DirectionRole).toInt() == int(MessageDirection::Outgoing)) {
        return m_groupChat && !m_ownNick.isEmpty() ? m_ownNick : m_ownName;
    }
    if (m_groupChat) {
        // The occupant's nick; a message from the room itself (no nick) is the room's.
        const QString nick = index.data(MessageModel::SenderRole).toString().section(u'/', 1);
        return nick.isEmpty() ? m_contactName : nick;
    }
    return m_contactName;
}

QString MessageDelegate::colorId(const QModelIndex &index) const
{
    if (index.data(MessageModel::DirectionRole).toInt() == int(MessageDirection::Outgoing)) {
        return QString();
    }
    const QString sender = index.data(MessageModel::SenderRole).toString();
    // XEP-0392 §4: in a room the nick is what identifies an occupant to everyone (real JIDs may be hidden).
    return m_groupChat ? sender.section(u'/', 1) : sender.section(u'/', 0, 0);
}

QString MessageDelegate::notesText(const QModelIndex &index) const
{
    QStringList notes;
    if (index.data(MessageModel::FlagsRole).toInt() & int(MessageFlag::Corrected)) {
        notes.append(tr("edited"));
    }
    if (index.data(MessageModel::FlagsRole).toInt() & int(MessageFlag::Eventing)) {
        // XEP-0207 eventing mode: the message travelled as a publish-subscribe item, not as a <message/>.
        notes.append(tr("via PubSub"));
    }
    const auto state = MessageState(index.data(MessageModel::StateRole).toInt());
    if (state == MessageState::Failed) {
        notes.append(stateText(state, index.data(MessageModel::ErrorTextRole).toString(), m_contactName));
        if (!canRetry(index) && index.data(MessageModel::DirectionRole).toInt() == int(MessageDirection::Outgoing)) {
            // MessageManager::retry() refuses encrypted messages: they would need encrypting again.
            notes.append(tr("send it again to retry"));
        }
    } else if (state == MessageState::Queued) {
        notes.append(tr("queued"));
    }
    return notes.join(u" · "_s);
}

int MessageDelegate::rowWidth(const QStyleOptionViewItem &option) const
{
    if (m_view) {
        return m_view->viewport()->width();
    }
    return option.rect.width();
}

QTextDocument *MessageDelegate::document(const QModelIndex &index, int width) const
{
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    const QPalette palette = m_view ? m_view->palette() : QApplication::palette();
    const QString text = shownText(index);
    const QVariant status = index.data(MessageModel::EncryptionStatusRole);
    const bool failed = status.isValid() && text != index.data(MessageModel::BodyRole).toString();
    QString html;
    const QUrl image = m_thumbnails && !failed ? imageUrl(index) : QUrl();
    if (failed) {
        html = u"<i style=\"color:%1\">"_s.arg(errorColor(palette).name()) + text.toHtmlEscaped() + u"</i>"_s;
    } else if (!image.isEmpty()) {
        // The picture says what it is; the line above it names the file (a link to it, as the URL was).
        html = u"<a href=\"%1\">%2</a>"_s.arg(
            image.toString(QUrl::FullyEncoded).toHtmlEscaped(), FileMessage::fileName(image).toHtmlEscaped());
    } else {
        const QColor mark = isDark(palette) ? QColor(0x8a, 0x6d, 0x00) : QColor(0xff, 0xe0, 0x66);
        html = MessageText::toHtml(
            text, m_highlight, mark.name(), (isDark(palette) ? QColor(Qt::white) : QColor(Qt::black)).name());
    }
    html = u"<html><head><style>a { color: %1; }</style></head><body style=\"white-space: pre-wrap\">"_s.arg(
               palette.color(QPalette::Link).name())
        + html + u"</body></html>"_s;

    CachedDocument &cached = m_documents[id];
    if (cached.document && cached.width == width && cached.html == html) {
        return cached.document.get();
    }
    if (!cached.document) {
        if (m_documents.size() > maxCachedDocuments) {
            // Forget the others (not the one being filled, nor a selection's).
            for (auto it = m_documents.begin(); it != m_documents.end();) {
                it = (it.key() == id || it.key() == m_selectionId) ? std::next(it) : m_documents.erase(it);
            }
            return document(index, width);
        }
        cached.document = std::make_shared<QTextDocument>();
        cached.document->setDocumentMargin(0);
        QTextOption wrap;
        // Long words and addresses break anywhere rather than run out of the row.
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        cached.document->setDefaultTextOption(wrap);
    }
    cached.document->setDefaultFont(m_view ? m_view->font() : QApplication::font());
    if (cached.html != html) {
        cached.document->setHtml(html);
        cached.html = html;
    }
    cached.document->setTextWidth(width);
    cached.width = width;
    return cached.document.get();
}

MessageDelegate::Geometry MessageDelegate::geometry(const QModelIndex &index, const QRect &rowRect) const
{
    const Metrics m(m_view ? m_view->font() : QApplication::font());
    Geometry g;
    const int width = rowRect.width();
    int y = rowRect.top();
    if (index.data(MessageModel::FirstOfDayRole).toBool()) {
        g.day = QRect(rowRect.left(), y, width, m.fm.height() + m.margin * 2);
        y += g.day.height();
    }
    const int textWidth = std::max(m.fm.averageCharWidth() * 4, width - m.left - m.side);
    const bool first = startsGroup(index);
    if (first) {
        y += m.margin / 2;
        g.avatar = QRect(rowRect.left() + m.margin, y + 2, m.avatar, m.avatar);
        g.header = QRect(rowRect.left() + m.left, y, textWidth, m.fm.height() + 2);
        y += g.header.height();
    } else {
        y += 2;
    }
    QTextDocument *doc = document(index, textWidth);
    const int bodyHeight = std::max(m.fm.height(), int(std::ceil(doc->size().height())));
    g.body = QRect(rowRect.left() + m.left, y, textWidth, bodyHeight);
    // The side column lines up with the body's first line.
    const int sideLeft = rowRect.left() + width - m.side + m.margin / 2;
    const int lineHeight = m.fm.height();
    g.side = QRect(sideLeft, y, m.side - m.margin / 2, lineHeight);
    g.time = QRect(sideLeft, y, m.timeWidth, lineHeight);
    g.lock = QRect(g.time.right() + m.margin / 2, y + (lineHeight - m.icon) / 2, m.icon, m.icon);
    g.state = QRect(g.lock.right() + 1 + m.margin / 2, g.lock.top(), m.icon, m.icon);
    y += bodyHeight;
    if (const QUrl image = m_thumbnails ? imageUrl(index) : QUrl(); !image.isEmpty()) {
        const int left = rowRect.left() + m.left;
        const ImageThumbnails::Status status = m_thumbnails->status(image);
        y += m.margin / 2;
        const QString line = imageLine(status);
        if (status.state == ImageThumbnails::State::Shown) {
            QSize size = status.image.deviceIndependentSize().toSize();
            if (size.width() > textWidth) {
                size = size.scaled(textWidth, size.height(), Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
            }
            g.image = QRect(QPoint(left, y), size);
            y += size.height();
        } else if (!line.isEmpty()) {
            // Why there is no picture (or that it is on its way), and Retry after it or below when it may help.
            const QRect text = m.smallFm.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, line);
            const QSize button = status.canRetry ? buttonSize(tr("Retry")) : QSize();
            const int height = std::max(text.height(), button.isValid() ? button.height() : 0);
            g.image = QRect(left, y, text.width(), height);
            y += height;
            if (button.isValid()) {
                if (text.width() + m.margin + button.width() <= textWidth && text.height() <= m.smallFm.height() + 1) {
                    g.imageButton = QRect(QPoint(left + text.width() + m.margin, g.image.top()), button);
                } else {
                    g.imageButton = QRect(QPoint(left, y + 2), button);
                    y += button.height() + 2;
                }
            }
        } else {
            // Not fetched: the button that fetches it. While the cache is looked at, the same room, empty.
            const QSize button = buttonSize(tr("Show Image"));
            g.image = QRect(QPoint(left, y), button);
            if (status.state == ImageThumbnails::State::NotShown) {
                g.imageButton = g.image;
            }
            y += button.height();
        }
        y += m.margin / 4;
    }
    const QString notes = notesText(index);
    if (!notes.isEmpty()) {
        // The notes wrap under the text; Retry goes right after them when they fit on one line, else below.
        const int left = rowRect.left() + m.left;
        const QRect text = m.smallFm.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, notes);
        QSize button;
        if (canRetry(index)) {
            button = buttonSize(tr("Retry"));
        }
        const bool oneLine = text.height() <= m.smallFm.height() + 1;
        if (button.isValid() && oneLine && text.width() + m.margin + button.width() <= textWidth) {
            const int height = std::max(text.height(), button.height());
            g.notes = QRect(left, y + 2, text.width(), height);
            g.retry = QRect(left + text.width() + m.margin, y + 2, button.width(), button.height());
            y += height + 2;
        } else {
            g.notes = QRect(left, y + 2, textWidth, text.height());
            y += text.height() + 2;
            if (button.isValid()) {
                g.retry = QRect(left, y + 2, button.width(), button.height());
                y += button.height() + 2;
            }
        }
    }
    if (first) {
        y = std::max(y, g.avatar.bottom() + 1);
    }
    y += std::max(2, m.margin / 4);
    g.height = y - rowRect.top();
    return g;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = rowWidth(option);
    return { width, geometry(index, QRect(0, 0, width, 0)).height };
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Geometry g = geometry(index, option.rect);
    const QPalette &palette = option.palette;
    const Metrics m(m_view ? m_view->font() : option.font);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    QRect messageArea = option.rect;
    messageArea.setTop(g.day.isEmpty() ? option.rect.top() : g.day.bottom() + 1);
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    if (id != 0 && id == m_currentHit) {
        QColor hit = palette.color(QPalette::Highlight);
        hit.setAlphaF(0.18f);
        painter->fillRect(messageArea, hit);
    } else if (option.state & QStyle::State_Selected) {
        QColor selected = palette.color(QPalette::Highlight);
        selected.setAlphaF(0.12f);
        painter->fillRect(messageArea, selected);
    } else if (m_groupChat && index.data(MessageModel::DirectionRole).toInt() == int(MessageDirection::Incoming)
        && MucManager::mentions(index.data(MessageModel::BodyRole).toString(), m_ownNick)) {
        // A room message that names us stands out, with a bar on the left (as Gajim and Dino mark mentions).
        QColor mention = isDark(palette) ? QColor(0xf5, 0xa6, 0x23) : QColor(0xe6, 0x8a, 0x00);
        painter->fillRect(QRect(messageArea.left(), messageArea.top(), 3, messageArea.height()), mention);
        mention.setAlphaF(0.10f);
        painter->fillRect(messageArea, mention);
    } else if (option.state & QStyle::State_MouseOver) {
        painter->fillRect(messageArea, blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.04));
    }
    if (!g.day.isEmpty()) {
        paintDay(painter, g.day, index.data(MessageModel::TimeRole).toDateTime().toLocalTime().date(), palette);
    }
    const bool outgoing = index.data(MessageModel::DirectionRole).toInt() == int(MessageDirection::Outgoing);
    const auto kind = MessageE2eKind(index.data(MessageModel::EncryptionRole).toInt());
    if (!g.header.isEmpty()) {
        const QString name = senderName(index);
        const QString jid = colorId(index);
        paintAvatar(painter, g.avatar, name, jid, palette);
        QFont bold = m_view ? m_view->font() : option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(outgoing ? palette.color(QPalette::Text) : nameColor(jid, palette));
        const QFontMetrics boldFm(bold);
        const QString shownName = boldFm.elidedText(name, Qt::ElideRight, g.header.width() * 2 / 3);
        painter->drawText(g.header, Qt::AlignLeft | Qt::AlignVCenter, shownName);
        QStringList extra;
        if (const QString text = privateText(index); !text.isEmpty()) {
            extra.append(text);
        }
        if (kind != MessageE2eKind::None) {
            extra.append(encryptionText(kind));
        }
        if (!extra.isEmpty()) {
            QRect rest = g.header;
            rest.setLeft(g.header.left() + boldFm.horizontalAdvance(shownName) + m.margin);
            painter->setFont(m.small);
            painter->setPen(dimColor(palette));
            painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                m.smallFm.elidedText(extra.join(u" · "_s), Qt::ElideRight, rest.width()));
        }
    }
    paintBody(painter, index, g, option);

    // Time, lock and delivery state beside the first line.
    painter->setFont(m.small);
    painter->setPen(dimColor(palette));
    const QDateTime time = index.data(MessageModel::TimeRole).toDateTime().toLocalTime();
    painter->drawText(g.time, Qt::AlignRight | Qt::AlignVCenter, MessageText::clockTime(time.time()));
    const QVariant status = index.data(MessageModel::EncryptionStatusRole);
    const bool failed = status.isValid()
        && (status.toInt() == int(MessageE2eStatus::Undecryptable)
            || status.toInt() == int(MessageE2eStatus::Rejected));
    if (kind != MessageE2eKind::None) {
        paintLock(painter, g.lock, kind, failed, palette);
    }
    if (outgoing) {
        paintState(painter, g.state, MessageState(index.data(MessageModel::StateRole).toInt()), palette);
    }

    if (!g.notes.isEmpty()) {
        const bool failedState = index.data(MessageModel::StateRole).toInt() == int(MessageState::Failed);
        painter->setFont(m.small);
        painter->setPen(failedState ? errorColor(palette) : dimColor(palette));
        painter->drawText(g.notes, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, notesText(index));
    }
    if (!g.retry.isEmpty()) {
        paintButton(painter, g.retry, tr("Retry"), palette);
    }
    if (!g.image.isEmpty()) {
        paintImage(painter, index, g, palette);
    }
    painter->restore();
}

QSize MessageDelegate::buttonSize(const QString &text) const
{
    const Metrics m(m_view ? m_view->font() : QApplication::font());
    QStyleOptionButton option;
    option.text = text;
    option.fontMetrics = m.smallFm;
    return QApplication::style()->sizeFromContents(
        QStyle::CT_PushButton, &option, QSize(m.smallFm.horizontalAdvance(text), m.smallFm.height()));
}

void MessageDelegate::paintButton(
    QPainter *painter, const QRect &rect, const QString &text, const QPalette &palette) const
{
    const Metrics m(m_view ? m_view->font() : QApplication::font());
    QStyleOptionButton button;
    button.initFrom(m_view ? static_cast<QWidget *>(m_view->viewport()) : nullptr);
    button.rect = rect;
    button.text = text;
    button.palette = palette;
    button.fontMetrics = m.smallFm;
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    painter->setFont(m.small);
    QApplication::style()->drawControl(QStyle::CE_PushButton, &button, painter, m_view);
}

QString MessageDelegate::imageLine(const ImageThumbnails::Status &status)
{
    switch (status.state) {
    case ImageThumbnails::State::Queued:
        return tr("Waiting to load the image…");
    case ImageThumbnails::State::Loading:
        if (status.total > 0) {
            return tr("Loading the image… %1%").arg(std::clamp<qint64>(status.received * 100 / status.total, 0, 100));
        }
        return tr("Loading the image…");
    case ImageThumbnails::State::Failed:
        return status.error.isEmpty() ? tr("The image could not be shown.") : status.error;
    default:
        return QString();
    }
}

void MessageDelegate::paintImage(
    QPainter *painter, const QModelIndex &index, const Geometry &g, const QPalette &palette) const
{
    const Metrics m(m_view ? m_view->font() : QApplication::font());
    const ImageThumbnails::Status status = imageStatus(index);
    if (status.state == ImageThumbnails::State::Unknown && m_thumbnails) {
        // On screen: its thumbnail is looked for in the cache (and fetched if the chat allows it).
        m_thumbnails->prepare(imageUrl(index));
    }
    if (status.state == ImageThumbnails::State::Shown) {
        // Rounded like the avatars' circles are round: the picture, clipped, with a hairline for light images.
        const qreal radius = std::max(4, m.margin * 3 / 4);
        QPainterPath path;
        path.addRoundedRect(QRectF(g.image), radius, radius);
        painter->save();
        painter->setClipPath(path);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(QRectF(g.image), status.image);
        painter->restore();
        painter->setPen(QPen(blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.18), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(g.image).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        return;
    }
    const QString line = imageLine(status);
    if (!line.isEmpty()) {
        painter->setFont(m.small);
        painter->setPen(status.state == ImageThumbnails::State::Failed ? errorColor(palette) : dimColor(palette));
        painter->drawText(g.image, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, line);
        if (!g.imageButton.isEmpty()) {
            paintButton(painter, g.imageButton, tr("Retry"), palette);
        }
        return;
    }
    if (!g.imageButton.isEmpty()) {
        paintButton(painter, g.imageButton, tr("Show Image"), palette);
    }
}

QUrl MessageDelegate::imageUrl(const QModelIndex &index)
{
    // Cheap tests first: most rows are not files (FileUrlRole parses the stanza).
    const QString body = index.data(MessageModel::BodyRole).toString();
    if (!body.startsWith(u"https://"_s) || body.contains(u' ')) {
        return {};
    }
    const QUrl url = index.data(MessageModel::FileUrlRole).toUrl();
    return ImageThumbnails::isImageUrl(url) ? url : QUrl();
}

ImageThumbnails::Status MessageDelegate::imageStatus(const QModelIndex &index) const
{
    const QUrl url = m_thumbnails ? imageUrl(index) : QUrl();
    return url.isEmpty() ? ImageThumbnails::Status() : m_thumbnails->status(url);
}

QString MessageDelegate::imageText(const QModelIndex &index) const
{
    const QUrl url = m_thumbnails ? imageUrl(index) : QUrl();
    if (url.isEmpty()) {
        return QString();
    }
    const QString name = FileMessage::fileName(url);
    const ImageThumbnails::Status status = m_thumbnails->status(url);
    switch (status.state) {
    case ImageThumbnails::State::Shown:
        return tr("Image %1, shown; press Enter to open it").arg(name);
    case ImageThumbnails::State::Queued:
    case ImageThumbnails::State::Loading:
        return tr("Image %1, loading").arg(name);
    case ImageThumbnails::State::Failed:
        return tr("Image %1, not shown: %2").arg(name, imageLine(status));
    default:
        return tr("Image %1, not shown; press Enter to show it").arg(name);
    }
}

MessageDelegate::ImagePart MessageDelegate::imagePartAt(
    const QModelIndex &index, const QRect &rowRect, const QPoint &pos) const
{
    if (!m_thumbnails || imageUrl(index).isEmpty()) {
        return ImagePart::None;
    }
    const Geometry g = geometry(index, rowRect);
    if (!g.imageButton.isEmpty() && g.imageButton.contains(pos)) {
        return ImagePart::Button;
    }
    if (!g.image.isEmpty() && g.image.contains(pos) && imageStatus(index).state == ImageThumbnails::State::Shown) {
        return ImagePart::Thumbnail;
    }
    return ImagePart::None;
}

void MessageDelegate::paintBody(
    QPainter *painter, const QModelIndex &index, const Geometry &g, const QStyleOptionViewItem &option) const
{
    QTextDocument *doc = document(index, g.body.width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, option.palette.color(QPalette::Text));
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    if (id == m_selectionId && m_selectionAnchor != m_selectionPosition) {
        QAbstractTextDocumentLayout::Selection selection;
        selection.cursor = QTextCursor(doc);
        selection.cursor.setPosition(std::clamp(m_selectionAnchor, 0, doc->characterCount() - 1));
        selection.cursor.setPosition(
            std::clamp(m_selectionPosition, 0, doc->characterCount() - 1), QTextCursor::KeepAnchor);
        selection.format.setBackground(option.palette.brush(QPalette::Highlight));
        selection.format.setForeground(option.palette.brush(QPalette::HighlightedText));
        context.selections.append(selection);
    }
    painter->save();
    painter->translate(g.body.topLeft());
    context.clip = QRectF(0, 0, g.body.width(), g.body.height());
    painter->setClipRect(context.clip);
    doc->documentLayout()->draw(painter, context);
    painter->restore();
}

void MessageDelegate::paintDay(QPainter *painter, const QRect &rect, const QDate &day, const QPalette &palette) const
{
    const QDate today = QDate::currentDate();
    QString text;
    if (day == today) {
        text = tr("Today");
    } else if (day == today.addDays(-1)) {
        text = tr("Yesterday");
    } else {
        text = QLocale().toString(day, QLocale::LongFormat);
    }
    const Metrics m(m_view ? m_view->font() : QApplication::font());
    QFont font = m.small;
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const int textWidth = fm.horizontalAdvance(text) + m.margin * 2;
    const QRect label(rect.center().x() - textWidth / 2, rect.top(), textWidth, rect.height());
    painter->setPen(QPen(blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.2), 1));
    const int lineY = rect.center().y();
    painter->drawLine(rect.left() + m.margin, lineY, label.left(), lineY);
    painter->drawLine(label.right(), lineY, rect.right() - m.margin, lineY);
    painter->setPen(dimColor(palette));
    painter->drawText(label, Qt::AlignCenter, text);
}

void MessageDelegate::paintAvatar(
    QPainter *painter, const QRect &rect, const QString &name, const QString &jid, const QPalette &palette) const
{
    const QColor fill = jid.isEmpty() ? blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.55)
                                      : QColor::fromHslF(nameColor(jid, palette).hslHueF(), 0.55f, 0.45f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawEllipse(rect);
    QFont font = m_view ? m_view->font() : QApplication::font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, initials(name));
}

void MessageDelegate::paintLock(
    QPainter *painter, const QRect &rect, MessageE2eKind kind, bool failed, const QPalette &palette) const
{
    const QColor colour
        = failed ? errorColor(palette) : (isDark(palette) ? QColor(0x57, 0xd9, 0x8a) : QColor(0x1a, 0x7f, 0x37));
    const QRectF r = QRectF(rect).adjusted(1.5, 0.5, -1.5, -0.5);
    const qreal bodyTop = r.top() + r.height() * 0.45;
    QPainterPath shackle;
    const qreal inset = r.width() * 0.22;
    shackle.moveTo(r.left() + inset, bodyTop);
    shackle.lineTo(r.left() + inset, r.top() + r.height() * 0.25);
    shackle.arcTo(QRectF(r.left() + inset, r.top(), r.width() - 2 * inset, r.height() * 0.5), 180, -180);
    shackle.lineTo(r.right() - inset, bodyTop);
    painter->setPen(QPen(colour, std::max(1.2, r.width() / 8)));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(shackle);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(QRectF(r.left(), bodyTop, r.width(), r.bottom() - bodyTop), 1.5, 1.5);
    if (kind == MessageE2eKind::OfflineEsession || failed) {
        // Offline sessions (XEP-0187) get a small mark in the lock's body, failures a bar.
        painter->setBrush(palette.color(QPalette::Base));
        const qreal d = r.width() * 0.3;
        painter->drawEllipse(QPointF(r.center().x(), (bodyTop + r.bottom()) / 2), d / 2, d / 2);
    }
}

void MessageDelegate::paintState(
    QPainter *painter, const QRect &rect, MessageState state, const QPalette &palette) const
{
    const QRectF r = QRectF(rect).adjusted(1, 1, -1, -1);
    const qreal w = std::max(1.3, r.width() / 9);
    const QColor dim = dimColor(palette);
    // A check mark `scale` of the icon wide, `dx` from its left.
    auto check = [&](qreal dx, const QColor &colour, qreal scale = 1.0) {
        QPainterPath path;
        path.moveTo(r.left() + dx, r.top() + r.height() * 0.55);
        path.lineTo(r.left() + dx + r.width() * 0.28 * scale, r.top() + r.height() * 0.82);
        path.lineTo(r.left() + dx + r.width() * 0.72 * scale, r.top() + r.height() * 0.2);
        painter->setPen(QPen(colour, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    };
    switch (state) {
    case MessageState::Queued: {
        painter->setPen(QPen(dim, w));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(r);
        const QPointF c = r.center();
        painter->drawLine(c, QPointF(c.x(), r.top() + r.height() * 0.25));
        painter->drawLine(c, QPointF(r.left() + r.width() * 0.72, c.y()));
        break;
    }
    case MessageState::Sent: {
        QColor faint = dim;
        faint.setAlphaF(0.5f);
        check(0, faint);
        break;
    }
    case MessageState::AckedByServer:
        check(0, dim);
        break;
    case MessageState::Delivered:
        check(0, dim, 0.8);
        check(r.width() * 0.38, dim, 0.8);
        break;
    case MessageState::Read: {
        const QColor accent = palette.color(QPalette::Link);
        check(0, accent, 0.8);
        check(r.width() * 0.38, accent, 0.8);
        break;
    }
    case MessageState::Failed: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(errorColor(palette));
        painter->drawEllipse(r);
        painter->setPen(QPen(palette.color(QPalette::Base), w, Qt::SolidLine, Qt::RoundCap));
        const QPointF c = r.center();
        painter->drawLine(QPointF(c.x(), r.top() + r.height() * 0.25), QPointF(c.x(), c.y() + r.height() * 0.05));
        painter->drawPoint(QPointF(c.x(), r.top() + r.height() * 0.75));
        break;
    }
    case MessageState::Received:
        break;
    }
}

QString MessageDelegate::linkAt(const QModelIndex &index, const QRect &rowRect, const QPoint &pos) const
{
    const Geometry g = geometry(index, rowRect);
    if (!g.body.contains(pos)) {
        return QString();
    }
    QTextDocument *doc = document(index, g.body.width());
    return doc->documentLayout()->anchorAt(pos - g.body.topLeft());
}

bool MessageDelegate::retryButtonAt(const QModelIndex &index, const QRect &rowRect, const QPoint &pos) const
{
    const Geometry g = geometry(index, rowRect);
    return !g.retry.isEmpty() && g.retry.contains(pos);
}

int MessageDelegate::textPositionAt(const QModelIndex &index, const QRect &rowRect, const QPoint &pos, bool fuzzy) const
{
    const Geometry g = geometry(index, rowRect);
    if (!fuzzy && !g.body.contains(pos)) {
        return -1;
    }
    QTextDocument *doc = document(index, g.body.width());
    QPointF local = pos - g.body.topLeft();
    if (fuzzy) {
        // Dragging past the text selects to its start or end.
        if (local.y() < 0) {
            return 0;
        }
        if (local.y() >= g.body.height()) {
            return doc->characterCount() - 1;
        }
    }
    return doc->documentLayout()->hitTest(local, Qt::FuzzyHit);
}

QString MessageDelegate::toolTipAt(const QModelIndex &index, const QRect &rowRect, const QPoint &pos) const
{
    const Geometry g = geometry(index, rowRect);
    if (g.time.contains(pos)) {
        const QLocale locale;
        const QDateTime sent = index.data(MessageModel::SentTimeRole).toDateTime().toLocalTime();
        const QDateTime server = index.data(MessageModel::ServerTimeRole).toDateTime().toLocalTime();
        QStringList lines;
        lines.append(
            locale.toString(index.data(MessageModel::TimeRole).toDateTime().toLocalTime(), QLocale::LongFormat));
        if (index.data(MessageModel::DelayedRole).toBool() && sent.isValid()) {
            lines.append(tr("Delayed: written %1").arg(locale.toString(sent, QLocale::ShortFormat)));
        }
        if (server.isValid() && sent.isValid() && std::abs(server.secsTo(sent)) > 60) {
            lines.append(tr("Sender's clock: %1").arg(locale.toString(sent, QLocale::ShortFormat)));
        }
        return lines.join(u'\n');
    }
    const auto kind = MessageE2eKind(index.data(MessageModel::EncryptionRole).toInt());
    if (kind != MessageE2eKind::None && g.lock.contains(pos)) {
        const QString detail = index.data(MessageModel::EncryptionDetailRole).toString();
        QString text = kind == MessageE2eKind::OnlineEsession
            ? tr("End-to-end encrypted in an online session (XEP-0116).")
            : kind == MessageE2eKind::Omemo  ? tr("End-to-end encrypted with OMEMO (XEP-0384, version 0.3).")
            : kind == MessageE2eKind::Omemo2 ? tr("End-to-end encrypted with OMEMO 2 (XEP-0384).")
                                             : tr("End-to-end encrypted in an offline session (XEP-0187).");
        if (!detail.isEmpty() && (kind == MessageE2eKind::Omemo || kind == MessageE2eKind::Omemo2)
            && detail.startsWith(u"unverified device"_s)) {
            text += u'\n' + tr("From a device you have not verified.");
        }
        const QVariant status = index.data(MessageModel::EncryptionStatusRole);
        if (status.toInt() == int(MessageE2eStatus::Undecryptable)
            || status.toInt() == int(MessageE2eStatus::Rejected)) {
            text = detail.isEmpty() ? tr("Could not be decrypted.") : tr("Could not be decrypted: %1").arg(detail);
        }
        return text;
    }
    if (g.state.contains(pos) && index.data(MessageModel::DirectionRole).toInt() == int(MessageDirection::Outgoing)) {
        return stateText(MessageState(index.data(MessageModel::StateRole).toInt()),
            index.data(MessageModel::ErrorTextRole).toString(), m_contactName);
    }
    if (!g.notes.isEmpty() && g.notes.contains(pos) && !g.retry.contains(pos)) {
        if (index.data(MessageModel::FlagsRole).toInt() & int(MessageFlag::Eventing)) {
            return notesText(index) + u'\n'
                + tr("Carried by publish-subscribe (XEP-0207 eventing mode), not as an ordinary message.");
        }
        return notesText(index);
    }
    if (!g.header.isEmpty() && g.header.contains(pos)) {
        return index.data(MessageModel::SenderRole).toString();
    }
    if (!g.image.isEmpty() && g.image.contains(pos) && imageStatus(index).state == ImageThumbnails::State::Shown) {
        return tr("%1: click to open the image").arg(FileMessage::fileName(imageUrl(index)));
    }
    const QString link = linkAt(index, rowRect, pos);
    return link;
}

} // namespace balcony::ui
