#pragma once

#include "Connection.h"
#include "Transport.h"

#include <chrono>
#include <functional>

namespace balcony {

// Reconnect delays: exponential backoff with "full jitter" (the delay is uniformly random between zero
// and min(cap, base * 2^attempt)), so that many clients dropped at once by a server restart do not
// come back in lock step. Base 1 s, factor 2, cap 5 min.
class Backoff {
public:
    // Returns a uniformly distributed value in [0, upperInclusive]. Tests inject a fixed one.
    using RandomSource = std::function<qint64(qint64 upperInclusive)>;

    static constexpr std::chrono::milliseconds base { 1000 };
    static constexpr std::chrono::milliseconds cap { 5 * 60 * 1000 };
    static constexpr int factor = 2;

    // Without a random source, QRandomGenerator::global() is used.
    explicit Backoff(RandomSource random = {});

    // The delay before the next reconnect attempt; every call counts as one more attempt.
    std::chrono::milliseconds nextDelay();
    // The upper bound nextDelay() will draw from on its next call: min(cap, base * factor^attempts).
    std::chrono::milliseconds currentCeiling() const;
    // After a successful session: the next failure starts again from `base`.
    void reset();
    int attempts() const { return m_attempts; }

    // Whether reconnecting can help. No for failures that would repeat identically and, for
    // authentication, could lock the account or hammer the server (a reconnect storm on not-authorized):
    // authentication, certificate and configuration errors.
    static bool shouldRetry(ConnectionError::Kind kind);
    // As above, also looking at the stream error condition (RFC 6120 §4.9.3): conditions that say the
    // client itself is the problem (conflict, not-authorized, host-unknown, ...) are not retried.
    static bool shouldRetry(const ConnectionError &error);
    // At the transport level only an untrusted certificate needs the user before trying again.
    static bool shouldRetry(TransportError::Kind kind);

private:
    RandomSource m_random;
    int m_attempts = 0;
};

} // namespace balcony
