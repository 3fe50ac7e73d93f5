#pragma once

#include "CliOptions.h"

namespace balcony::cli {

// `history JID [--search TEXT] [--limit N]`: the stored conversation from the profile's SQL history
// (HistoryStore; full-text search with FTS5), oldest first. Offline: no network, no password.
// Returns the exit code.
int printHistory(const CliOptions &options);

} // namespace balcony::cli
