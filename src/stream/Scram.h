#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace balcony {

// Client side of SCRAM (RFC 5802) with SHA-1 or SHA-256 (RFC 7677), as used by XMPP SASL (RFC 6120 §6).
// No channel binding: the GS2 header is always "n,," and the -PLUS variants are never offered, so a
// server that supports binding cannot mistake us for a downgraded client (RFC 5802 §6).
//
// Usage: clientFirst() → server-first to clientFinal() → server-final ("v=...") to verifyServerFinal().
// Any failure is final; error() says why (English, for logs; the caller shows its own translated text).
class Scram {
public:
    enum class Hash { Sha1, Sha256 };

    // Lowest iteration count accepted from a server (RFC 5802 §5.1 / RFC 7677 §4 recommend >= 4096);
    // fewer makes offline guessing of a captured exchange cheap.
    static constexpr int MinIterations = 4096;
    // Highest accepted, so that a hostile server cannot make us spin for minutes.
    static constexpr int MaxIterations = 10'000'000;

    Scram(Hash hash, const QString &username, const QString &password);

    // "SCRAM-SHA-1" / "SCRAM-SHA-256" → hash; nullopt for anything else (including -PLUS).
    static std::optional<Hash> hashForMechanism(QStringView mechanism);
    static QString mechanismName(Hash hash);
    QString mechanismName() const { return mechanismName(m_hash); }

    // RFC 5802 §5.1 "saslname": '=' → "=3D", ',' → "=2C", after the SASLprep-like normalisation below.
    static QString escapeUsername(const QString &username);
    // A reduced SASLprep (RFC 4013): NFKC, non-ASCII spaces mapped to U+0020, "commonly mapped to nothing"
    // characters removed. Enough for the passwords and usernames people actually type.
    static QString saslPrep(const QString &text);

    // Fixes the client nonce (known-answer tests). By default it is 24 bytes from OpenSSL's CSPRNG, base64.
    void setClientNonce(const QByteArray &nonce);
    // Process-wide nonce for every Scram created afterwards; tests of the whole login (scripted server)
    // use it to replay the RFC examples. Empty restores the CSPRNG. Never set outside tests.
    static void setTestNonce(const QByteArray &nonce);

    // "n,,n=user,r=nonce".
    QByteArray clientFirst();
    // Parses server-first and returns client-final, or nullopt (see error()).
    std::optional<QByteArray> clientFinal(const QByteArray &serverFirst);
    // Checks server-final: true only for a "v=" that matches the expected ServerSignature.
    bool verifyServerFinal(const QByteArray &serverFinal);
    bool isServerVerified() const { return m_state == State::Verified; }
    // clientFirst() was sent and the server-first-message is due.
    bool awaitingServerFirst() const { return m_state == State::FirstSent; }

    QString error() const { return m_error; }

private:
    enum class State { Initial, FirstSent, FinalSent, Verified, Failed };

    bool fail(const QString &error);
    QByteArray hash(const QByteArray &data) const;
    QByteArray hmac(const QByteArray &key, const QByteArray &data) const;
    std::optional<QByteArray> pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations) const;

    Hash m_hash;
    QString m_username;
    QString m_password;
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_expectedServerSignature;
    State m_state = State::Initial;
    QString m_error;
};

} // namespace balcony
