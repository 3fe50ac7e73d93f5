#pragma once

#include "storage/ArchiveStorage.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>

class QThread;

namespace balcony {

// ArchiveStorage on a thread of its own, with its own connection to the profile database
// (Database::attach(): the same per-connection settings; the file must already be open and migrated by
// the profile's main Database). SQLite in WAL mode allows this writer next to the main connection's
// readers; the two connections' writers take turns (BEGIN IMMEDIATE, busy timeout), and every write
// transaction reads the latest committed rows, so de-duplication against messages the main connection
// stored live stays exact.
//
// One worker, first in first out: pages are committed in the order store() was called, and `done` is
// queued back to the thread that owns this object (it must have an event loop), in that order. Pages of a
// batch after a failed one are dropped. Destruction finishes the pages already handed in (each bounded by
// the busy timeout), then stops the thread; `done` of pages finished after that point is not called.
class ThreadedArchiveStorage : public QObject, public ArchiveStorage {
    Q_OBJECT
public:
    explicit ThreadedArchiveStorage(const QString &profileDir, QObject *parent = nullptr);
    ~ThreadedArchiveStorage() override;

    void store(ArchivePage page, Done done) override;

private:
    struct Job {
        ArchivePage page;
        Done done;
    };

    void run();

    const QString m_profileDir;
    QThread *m_thread = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs; // guarded by m_mutex
    bool m_stopping = false; // guarded by m_mutex
};

} // namespace balcony
