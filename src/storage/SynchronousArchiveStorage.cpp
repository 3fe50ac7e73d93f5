#include "storage/SynchronousArchiveStorage.h"

namespace balcony {

SynchronousArchiveStorage::SynchronousArchiveStorage(HistoryStore &history)
    : m_history(history)
{
}

void SynchronousArchiveStorage::store(ArchivePage page, Done done)
{
    ArchivePageResult result;
    if (page.batch == 0 || page.batch != m_failedBatch) {
        result = storePage(m_history, page);
        if (!result.ok && page.batch != 0) {
            m_failedBatch = page.batch;
        }
    }
    if (done) {
        done(result);
    }
}

} // namespace balcony
