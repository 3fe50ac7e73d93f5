#pragma once

#include <QStringList>

namespace balcony::cli {

// `balcony-cli local` and `local-send`: serverless chat on the local network (XEP-0174), with their own
// options (no account, no server). Returns the exit code (README-exit-codes.md). Needs a QCoreApplication.
int runLocal(const QStringList &arguments);

} // namespace balcony::cli
