#include "storage/ThreadedArchiveStorage.h"

#include "storage/Database.h"
#include "storage/SqlHistoryStore.h"
#include "storage/StorageLog.h"

#include <QThread>

namespace balcony {

ThreadedArchiveStorage::ThreadedArchiveStorage(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(profileDir)
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("balcony-archive-storage"));
    m_thread->start();
}

ThreadedArchiveStorage::~ThreadedArchiveStorage()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    // run() returns once the queue is empty; every page takes at most the busy timeout to fail.
    m_thread->wait();
    delete m_thread;
}

void ThreadedArchiveStorage::store(ArchivePage page, Done done)
{
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back({ std::move(page), std::move(done) });
    }
    m_wake.notify_one();
}

void ThreadedArchiveStorage::run()
{
    // The connection belongs to this thread: opened, used and closed here.
    Database database(m_profileDir);
    const bool open = database.attach().isOpen();
    SqlHistoryStore history(database);
    quint64 failedBatch = 0;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty()) {
                break; // stopping, and every page handed in is done
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        ArchivePageResult result;
        if (open && (job.page.batch == 0 || job.page.batch != failedBatch)) {
            result = storePage(history, job.page);
            if (!result.ok && job.page.batch != 0) {
                failedBatch = job.page.batch;
            }
        }
        if (job.done) {
            // Queued to this object's thread; dropped by Qt if the object is gone by then.
            QMetaObject::invokeMethod(
                this, [done = std::move(job.done), result] { done(result); }, Qt::QueuedConnection);
        }
    }
}

} // namespace balcony
