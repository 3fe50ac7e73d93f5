#pragma once

#include "core/Jid.h"
#include "storage/HistoryStore.h"

#include <QList>
#include <QPair>

#include <functional>

namespace balcony {

// One page of XEP-0313 results to store (ArchiveManager): its messages, the XEP-0184 receipts found in it,
// and for a catch-up page the archive position it moves to (committed with the messages, see
// HistoryStore::insertBatch()).
struct ArchivePage {
    QList<StoredMessage> messages;
    QList<QPair<Jid, QString>> receipts; // (conversation, message id) that became Delivered
    Jid archive; // null: the position does not move (paging back)
    ArchivePosition position;
    // Pages of one batch (one catch-up) are stored in order and stop at the first failure: no later page of
    // the batch (and so no later position) is committed. 0: a page of its own.
    quint64 batch = 0;
};

struct ArchivePageResult {
    bool ok = false; // false: the page could not be stored, or was dropped after an earlier failure
    QList<qint64> ids; // HistoryStore::insertBatch()'s ids, in the order of the page's messages
};

// Where ArchiveManager stores archive pages: strictly in the order they are handed in, each as one
// transaction; `done` runs on the thread that called store(), after the page is committed (or failed),
// in the same order. SynchronousArchiveStorage runs it before store() returns; ThreadedArchiveStorage
// stores on a thread of its own so that the next page can be received and parsed meanwhile.
class ArchiveStorage {
public:
    using Done = std::function<void(const ArchivePageResult &)>;

    virtual ~ArchiveStorage() = default;
    virtual void store(ArchivePage page, Done done) = 0;

    // The one implementation of storing a page, on any HistoryStore (both storages run it): the messages
    // and the position in one insertBatch() (only the position, setArchivePosition(), for a page without
    // messages), then the receipts.
    static ArchivePageResult storePage(HistoryStore &history, const ArchivePage &page);
};

} // namespace balcony
