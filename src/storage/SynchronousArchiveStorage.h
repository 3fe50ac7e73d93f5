#pragma once

#include "storage/ArchiveStorage.h"

namespace balcony {

// ArchiveStorage on the caller's thread: each page is stored (and `done` called) before store() returns.
// For stores that cannot be reached from another thread (MemoryHistoryStore in tests) and as
// ArchiveManager's default. `history` must outlive this object.
class SynchronousArchiveStorage : public ArchiveStorage {
public:
    explicit SynchronousArchiveStorage(HistoryStore &history);

    void store(ArchivePage page, Done done) override;

private:
    HistoryStore &m_history;
    quint64 m_failedBatch = 0;
};

} // namespace balcony
