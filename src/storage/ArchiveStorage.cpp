#include "storage/ArchiveStorage.h"

#include "storage/StorageLog.h"

namespace balcony {

ArchivePageResult ArchiveStorage::storePage(HistoryStore &history, const ArchivePage &page)
{
    ArchivePageResult result;
    const bool movesPosition
        = !page.archive.isNull() && (!page.position.stanzaId.isEmpty() || page.position.time.isValid());
    if (!page.messages.isEmpty()) {
        result.ids = history.insertBatch(page.messages, page.archive, page.position);
        result.ok = !result.ids.isEmpty();
    } else {
        result.ok = true;
        // A position alone that cannot be written stays where it was: the next catch-up repeats the page,
        // which de-duplication absorbs. Not a reason to fail the catch-up.
        if (movesPosition && !history.setArchivePosition(page.archive, page.position)) {
            qCWarning(lcStorage) << "could not store the archive position";
        }
    }
    for (const auto &[conversation, messageId] : page.receipts) {
        history.updateStateByMessageId(conversation, messageId, MessageState::Delivered);
    }
    return result;
}

} // namespace balcony
