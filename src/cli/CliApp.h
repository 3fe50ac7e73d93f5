#pragma once

namespace balcony::cli {

// The balcony-cli program: parses the command line, runs one command and returns the exit code
// (see README-exit-codes.md). Needs a QCoreApplication.
class CliApp {
public:
    int run();
};

} // namespace balcony::cli
