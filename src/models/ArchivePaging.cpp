#include "models/ArchivePaging.h"

#include "im/ArchiveManager.h"
#include "storage/HistoryStore.h"

#include <QPointer>

namespace balcony {

MessageModel::ArchiveFetcher makeArchiveFetcher(ArchiveManager &archive, HistoryStore &store, int pageSize)
{
    QPointer<ArchiveManager> manager(&archive);
    HistoryStore *history = &store;
    return [manager, history, pageSize](const Jid &conversation, const std::optional<StoredMessage> &oldest,
               MessageModel::ArchiveCallback callback) {
        if (!manager) {
            callback(false, {}, false);
            return;
        }
        const QString beforeId = oldest ? oldest->stanzaId : QString();
        const HistoryCursor cursor = oldest ? oldest->cursor() : HistoryCursor();
        manager->fetchBefore(conversation, beforeId, pageSize,
            [history, conversation, cursor, pageSize, callback](int stored, bool complete, const QString &error) {
                if (!error.isEmpty()) {
                    callback(false, {}, false);
                    return;
                }
                // The page is in the store now: what it holds older than the reference message is what the
                // model does not show yet (it skips rows it already has).
                const QList<StoredMessage> page = stored > 0
                    ? history->page(conversation, std::max(stored, pageSize), cursor)
                    : QList<StoredMessage>();
                callback(true, page, complete);
            });
    };
}

} // namespace balcony
