#pragma once

// OpenSSL keeps a per-thread error queue that every failing call appends to and nothing empties by itself.
// Qt's TLS backend (QSslSocket on OpenSSL) runs on the same thread as the protocol code and reads that queue
// after its own SSL_read/SSL_write: an error left behind by a failed signature check is then taken for a TLS
// failure and the connection is dropped ("Error while reading: rsa routines::invalid padding"), so any
// contact who can make a check fail could disconnect the user, again at every login while the server
// re-delivers the stanza. Every function in Balcony that calls OpenSSL therefore leaves the queue empty,
// on success and on failure alike, by holding an ErrorQueueGuard for its whole body.

#include <QByteArray>

namespace balcony::crypto {

class ErrorQueueGuard {
public:
    ErrorQueueGuard() = default;
    ~ErrorQueueGuard(); // ERR_clear_error()
    ErrorQueueGuard(const ErrorQueueGuard &) = delete;
    ErrorQueueGuard &operator=(const ErrorQueueGuard &) = delete;
};

// Empties this thread's error queue (what the guard's destructor does).
void clearErrorQueue();

// True when this thread's OpenSSL error queue holds no error (tests assert it after every call).
bool errorQueueIsEmpty();

// The oldest queued error as OpenSSL's one-line text ("error:...:rsa routines::invalid padding"), empty
// when there is none; for diagnostics, before a guard clears it.
QByteArray firstQueuedError();

} // namespace balcony::crypto
