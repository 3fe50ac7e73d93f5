#include "models/MessageModel.h"

#include "MessageModuleWiring.h"
#include "files/FileMessage.h"
#include "im/ArchiveManager.h"
#include "im/MessageManager.h"

#include <QPointer>

#include <algorithm>

namespace balcony {

namespace {

// Consecutive messages of one sender further apart than this start a new visual group.
constexpr qint64 groupGapSeconds = 5 * 60;

} // namespace

MessageModel::MessageModel(HistoryStore &store, const Jid &conversation, int pageSize, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_conversation(conversation.bare())
    , m_pageSize(std::max(pageSize, 1))
{
    loadOlderFromStore();
}

MessageModel::~MessageModel() = default;

bool MessageModel::isBefore(const StoredMessage &a, const StoredMessage &b)
{
    const QDateTime ta = a.sortTime();
    const QDateTime tb = b.sortTime();
    if (ta != tb) {
        return ta < tb;
    }
    return a.id < b.id;
}

// ---- paging

void MessageModel::setArchiveFetcher(ArchiveFetcher fetcher)
{
    m_fetcher = std::move(fetcher);
    ++m_generation; // an answer to the previous fetcher's request no longer counts
    setArchiveState(m_fetcher ? ArchiveState::Idle : ArchiveState::Unavailable);
}

bool MessageModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid()) {
        return false;
    }
    // Not while rows are being inserted or removed: views (and QAbstractItemModelTester) may ask from
    // rowsAboutToBeInserted(), when the rows are not in place yet.
    return !m_changingRows && (!m_storeExhausted || m_archiveState == ArchiveState::Idle);
}

void MessageModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_changingRows) {
        return;
    }
    if (!m_storeExhausted) {
        const qsizetype before = m_messages.size();
        loadOlderFromStore();
        if (m_messages.size() > before) {
            return;
        }
    }
    if (m_archiveState == ArchiveState::Idle) {
        requestArchive();
    }
}

void MessageModel::loadOlderFromStore()
{
    const HistoryCursor cursor = m_messages.isEmpty() ? HistoryCursor() : m_messages.first().cursor();
    const QList<StoredMessage> page = m_store.page(m_conversation, m_pageSize, cursor);
    if (page.size() < m_pageSize) {
        m_storeExhausted = true;
    }
    QList<StoredMessage> olderFirst;
    olderFirst.reserve(page.size());
    for (auto it = page.crbegin(); it != page.crend(); ++it) {
        if (!m_positions.contains(it->id)) {
            olderFirst.append(*it);
        }
    }
    prepend(std::move(olderFirst));
}

void MessageModel::requestArchive()
{
    if (!m_fetcher) {
        return;
    }
    setArchiveState(ArchiveState::Loading);
    const quint64 generation = ++m_generation;
    std::optional<StoredMessage> oldest;
    if (!m_messages.isEmpty()) {
        const auto withStanzaId = std::find_if(m_messages.cbegin(), m_messages.cend(),
            [](const StoredMessage &message) { return !message.stanzaId.isEmpty(); });
        oldest = withStanzaId != m_messages.cend() ? *withStanzaId : m_messages.first();
    }
    QPointer<MessageModel> self(this);
    // The fetcher may outlive this model; the callback then does nothing.
    m_fetcher(m_conversation, oldest, [self, generation](bool ok, const QList<StoredMessage> &messages, bool complete) {
        if (self) {
            self->onArchivePage(generation, ok, messages, complete);
        }
    });
}

void MessageModel::onArchivePage(quint64 generation, bool ok, const QList<StoredMessage> &messages, bool complete)
{
    if (generation != m_generation || m_archiveState != ArchiveState::Loading) {
        return;
    }
    if (!ok) {
        setArchiveState(ArchiveState::Failed);
        return;
    }
    QList<StoredMessage> fresh;
    for (const StoredMessage &message : messages) {
        if (message.id != 0 && message.conversation.bare() == m_conversation && !m_positions.contains(message.id)) {
            fresh.append(message);
        }
    }
    std::sort(fresh.begin(), fresh.end(), &MessageModel::isBefore);
    fresh.erase(std::unique(fresh.begin(), fresh.end(),
                    [](const StoredMessage &a, const StoredMessage &b) { return a.id == b.id; }),
        fresh.end());

    // State first: inserting rows lets views (and QAbstractItemModelTester) call fetchMore() again at once,
    // which must see where paging stands. The archive module stored the page, and the store may hold more
    // around it than the page reported, so the store is asked again before the archive. A page that brings
    // nothing new ends the paging too: asking again would get the same answer.
    if (!fresh.isEmpty()) {
        m_storeExhausted = false;
    }
    setArchiveState(complete || fresh.isEmpty() ? ArchiveState::Complete : ArchiveState::Idle);

    // The page is older than everything shown (the request said so) and goes on top in one insertion;
    // whatever is not - a gap the archive filled in - goes to its place one by one, afterwards, skipping
    // what a nested fetchMore() may have brought from the store meanwhile.
    QList<StoredMessage> older;
    QList<StoredMessage> gaps;
    for (const StoredMessage &message : std::as_const(fresh)) {
        if (m_messages.isEmpty() || isBefore(message, m_messages.first())) {
            older.append(message);
        } else {
            gaps.append(message);
        }
    }
    prepend(older);
    for (const StoredMessage &message : std::as_const(gaps)) {
        if (!m_positions.contains(message.id)) {
            insertAt(insertionRow(message), message);
        }
    }
}

void MessageModel::retryArchive()
{
    if (m_archiveState == ArchiveState::Failed) {
        setArchiveState(ArchiveState::Idle);
    }
}

void MessageModel::setArchiveState(ArchiveState state)
{
    if (state != m_archiveState) {
        m_archiveState = state;
        Q_EMIT archiveStateChanged(state);
    }
}

// ---- row bookkeeping

void MessageModel::prepend(QList<StoredMessage> olderFirst)
{
    olderFirst.removeIf([this](const StoredMessage &message) { return m_positions.contains(message.id); });
    if (olderFirst.isEmpty()) {
        return;
    }
    const int count = int(olderFirst.size());
    // The old first row gets a predecessor: its day/group hints may change.
    const bool hadRows = !m_messages.isEmpty();
    const bool dayBefore = hadRows && firstOfDay(0);
    const bool groupBefore = hadRows && firstOfGroup(0);

    const ChangingRows changing(m_changingRows);
    beginInsertRows(QModelIndex(), 0, count - 1);
    m_base -= count;
    for (int i = 0; i < count; ++i) {
        m_positions.insert(olderFirst[i].id, m_base + i);
    }
    // In place, newest of the page first: after a prepend QList keeps free room at its front, so a page costs
    // O(page size). Building a new list of the page plus every loaded row made scrolling a 100,000-message
    // conversation to its top quadratic (tests/bench/bench_history.md).
    for (auto it = olderFirst.rbegin(); it != olderFirst.rend(); ++it) {
        m_messages.prepend(std::move(*it));
    }
    endInsertRows();

    if (hadRows && (firstOfDay(count) != dayBefore || firstOfGroup(count) != groupBefore)) {
        Q_EMIT dataChanged(index(count), index(count), { FirstOfDayRole, FirstOfGroupRole });
    }
}

int MessageModel::insertionRow(const StoredMessage &message) const
{
    const auto it = std::upper_bound(m_messages.cbegin(), m_messages.cend(), message, &MessageModel::isBefore);
    return int(it - m_messages.cbegin());
}

void MessageModel::insertAt(int row, const StoredMessage &message)
{
    const bool hasNext = row < m_messages.size();
    const bool dayBefore = hasNext && firstOfDay(row);
    const bool groupBefore = hasNext && firstOfGroup(row);

    const ChangingRows changing(m_changingRows);
    beginInsertRows(QModelIndex(), row, row);
    if (row == m_messages.size()) {
        m_positions.insert(message.id, m_base + row);
        m_messages.append(message);
    } else {
        m_messages.insert(row, message);
        rebuildIndex();
    }
    endInsertRows();

    if (hasNext && (firstOfDay(row + 1) != dayBefore || firstOfGroup(row + 1) != groupBefore)) {
        Q_EMIT dataChanged(index(row + 1), index(row + 1), { FirstOfDayRole, FirstOfGroupRole });
    }
}

void MessageModel::rebuildIndex()
{
    m_base = 0;
    m_positions.clear();
    m_positions.reserve(m_messages.size());
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        m_positions.insert(m_messages[i].id, i);
    }
}

int MessageModel::rowOf(qint64 id) const
{
    const auto it = m_positions.constFind(id);
    return it == m_positions.cend() ? -1 : int(*it - m_base);
}

StoredMessage MessageModel::messageAt(int row) const
{
    return row >= 0 && row < m_messages.size() ? m_messages[row] : StoredMessage();
}

// ---- live changes

void MessageModel::messageAdded(const StoredMessage &message)
{
    if (message.id == 0 || message.conversation.bare() != m_conversation) {
        return;
    }
    if (rowOf(message.id) >= 0) {
        messageUpdated(message);
        return;
    }
    const int row = insertionRow(message);
    // Older than every row while the store has older pages: paging back brings it in its turn (its
    // cursor position is before the oldest row), inserting it now would leave a hole above it.
    if (row == 0 && !m_messages.isEmpty() && !m_storeExhausted) {
        return;
    }
    insertAt(row, message);
}

void MessageModel::messageIdsStored(const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        if (const std::optional<StoredMessage> message = m_store.message(id)) {
            messageAdded(*message);
        }
    }
}

void MessageModel::messageStateChanged(qint64 id, MessageState state, const QString &errorText)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    StoredMessage &message = m_messages[row];
    if (message.state == state && message.errorText == errorText) {
        return;
    }
    QList<int> roles { StateRole };
    if (message.errorText != errorText) {
        roles << ErrorTextRole;
    }
    message.state = state;
    message.errorText = errorText;
    Q_EMIT dataChanged(index(row), index(row), roles);
}

void MessageModel::messageUpdated(const StoredMessage &message)
{
    const int row = rowOf(message.id);
    if (row < 0 || m_messages[row] == message) {
        return;
    }
    if (message.conversation.bare() != m_conversation) {
        messageRemoved(message.id);
        return;
    }
    const bool staysInOrder = (row == 0 || isBefore(m_messages[row - 1], message))
        && (row + 1 == m_messages.size() || isBefore(message, m_messages[row + 1]));
    if (!staysInOrder) {
        // The archive taught us its time for this message: it moves to where that time puts it.
        messageRemoved(message.id);
        insertAt(insertionRow(message), message);
        return;
    }
    m_messages[row] = message;
    Q_EMIT dataChanged(index(row), index(row));
    if (row + 1 < m_messages.size()) {
        Q_EMIT dataChanged(index(row + 1), index(row + 1), { FirstOfDayRole, FirstOfGroupRole });
    }
}

void MessageModel::messageRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    const bool hasNext = row + 1 < m_messages.size();
    const bool dayBefore = hasNext && firstOfDay(row + 1);
    const bool groupBefore = hasNext && firstOfGroup(row + 1);

    {
        const ChangingRows changing(m_changingRows);
        beginRemoveRows(QModelIndex(), row, row);
        m_messages.remove(row);
        rebuildIndex();
        endRemoveRows();
    }

    if (hasNext && (firstOfDay(row) != dayBefore || firstOfGroup(row) != groupBefore)) {
        Q_EMIT dataChanged(index(row), index(row), { FirstOfDayRole, FirstOfGroupRole });
    }
}

// ---- presentation hints

bool MessageModel::firstOfDay(int row) const
{
    if (row <= 0) {
        return true;
    }
    return m_messages[row - 1].sortTime().toLocalTime().date() != m_messages[row].sortTime().toLocalTime().date();
}

bool MessageModel::firstOfGroup(int row) const
{
    if (firstOfDay(row)) {
        return true;
    }
    const StoredMessage &previous = m_messages[row - 1];
    const StoredMessage &current = m_messages[row];
    // In a room every occupant shares the room's bare JID: there the sender is the occupant (room@service/nick).
    const bool room = previous.type == Message::Type::GroupChat || current.type == Message::Type::GroupChat;
    const bool sameSender = room ? previous.type == current.type && previous.from == current.from
                                 : previous.from.bare() == current.from.bare();
    return previous.direction != current.direction || !sameSender
        || previous.sortTime().secsTo(current.sortTime()) > groupGapSeconds;
}

// ---- wiring

void MessageModel::followMessageModules(MessageManager *messages, ArchiveManager *archive, MucManager *muc)
{
    balcony::followMessageModules(this, m_store, messages, archive, &MessageModel::messageAdded, muc);
}

// ---- QAbstractItemModel

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const StoredMessage &message = m_messages[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return message.body;
    case IdRole:
        return message.id;
    case DirectionRole:
        return int(message.direction);
    case SenderRole:
        return message.from.isNull() ? QString() : message.from.toString();
    case RecipientRole:
        return message.to.isNull() ? QString() : message.to.toString();
    case SentTimeRole:
        return message.sentTime;
    case ServerTimeRole:
        return message.serverTime;
    case TimeRole:
        return message.sortTime();
    case StateRole:
        return int(message.state);
    case ErrorTextRole:
        return message.errorText;
    case FlagsRole:
        return int(message.flags.toInt());
    case CarbonRole:
        return message.flags.testAnyFlags(MessageFlag::CarbonSent | MessageFlag::CarbonReceived);
    case FromArchiveRole:
        return message.flags.testFlag(MessageFlag::FromArchive);
    case DelayedRole:
        return message.flags.testFlag(MessageFlag::Delayed);
    case MessageIdRole:
        return message.messageId;
    case FirstOfDayRole:
        return firstOfDay(index.row());
    case FirstOfGroupRole:
        return firstOfGroup(index.row());
    case EncryptionRole:
        return int(message.e2e.kind);
    case EncryptionStatusRole:
        return message.e2e.isEncrypted() ? QVariant(int(message.e2e.status)) : QVariant();
    case EncryptionDetailRole:
        return message.e2e.detail;
    case TypeRole:
        return int(message.type);
    case FileUrlRole:
        return FileMessage::urlOf(message);
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        { IdRole, "messageRowId" },
        { BodyRole, "body" },
        { DirectionRole, "direction" },
        { SenderRole, "sender" },
        { RecipientRole, "recipient" },
        { SentTimeRole, "sentTime" },
        { ServerTimeRole, "serverTime" },
        { TimeRole, "time" },
        { StateRole, "state" },
        { ErrorTextRole, "errorText" },
        { FlagsRole, "flags" },
        { CarbonRole, "carbon" },
        { FromArchiveRole, "fromArchive" },
        { DelayedRole, "delayed" },
        { MessageIdRole, "messageId" },
        { FirstOfDayRole, "firstOfDay" },
        { FirstOfGroupRole, "firstOfGroup" },
        { EncryptionRole, "encryption" },
        { EncryptionStatusRole, "encryptionStatus" },
        { EncryptionDetailRole, "encryptionDetail" },
        { TypeRole, "type" },
        { FileUrlRole, "fileUrl" },
    });
    return names;
}

bool MessageModel::hasIncoming(int first, int last) const
{
    for (int row = std::max(first, 0); row <= last && row < rowCount(); ++row) {
        if (data(index(row), DirectionRole).toInt() == int(MessageDirection::Incoming)) {
            return true;
        }
    }
    return false;
}

} // namespace balcony
