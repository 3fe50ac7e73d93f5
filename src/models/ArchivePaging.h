#pragma once

#include "models/MessageModel.h"

namespace balcony {

class ArchiveManager;
class HistoryStore;

// MessageModel's archive fetcher over ArchiveManager (XEP-0313 §4.1.3 paging back with RSM <before/>,
// XEP-0059 §2.5): asks for up to `pageSize` messages older than the given message's stanza-id (the newest
// page when there is none), and when ArchiveManager has stored them, reads the page back from `store`
// (the messages older than that message) for the model. `archive` and `store` must outlive the fetcher's
// requests; an answer after the model is gone is dropped by the model.
MessageModel::ArchiveFetcher makeArchiveFetcher(ArchiveManager &archive, HistoryStore &store, int pageSize = 50);

} // namespace balcony
