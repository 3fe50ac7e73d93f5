#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>

namespace balcony {

// XEP-0187 §Security Considerations "Replay Attacks": Alice must refuse an <init/> whose d or N_B she has
// already accepted for the same offer (N_A). Implementations keep the seen values in memory (options for
// presence subscribers, rotated at every login) or sealed in storage next to the offer record (long-lived
// options for everyone, XEP-0187 §6.1).
class ReplayGuard {
public:
    virtual ~ReplayGuard() = default;
    // True if `dhKey` or `responderNonce` was already remembered for `offerNonce`.
    virtual bool wasSeen(QByteArrayView offerNonce, QByteArrayView dhKey, QByteArrayView responderNonce) const = 0;
    // Called only after an <init/> was fully verified, so forged stanzas cannot fill or poison the list.
    virtual void remember(QByteArrayView offerNonce, QByteArrayView dhKey, QByteArrayView responderNonce) = 0;
};

// The in-memory ReplayGuard (kept next to the interface it implements, being a few lines), for options rotated
// at every login (the presence-subscriber node) and for tests.
class MemoryReplayGuard : public ReplayGuard {
public:
    bool wasSeen(QByteArrayView offerNonce, QByteArrayView dhKey, QByteArrayView responderNonce) const override
    {
        return m_seen.contains(key(offerNonce, 'd', dhKey)) || m_seen.contains(key(offerNonce, 'n', responderNonce));
    }
    void remember(QByteArrayView offerNonce, QByteArrayView dhKey, QByteArrayView responderNonce) override
    {
        m_seen.insert(key(offerNonce, 'd', dhKey));
        m_seen.insert(key(offerNonce, 'n', responderNonce));
    }

private:
    static QByteArray key(QByteArrayView offerNonce, char kind, QByteArrayView value)
    {
        return offerNonce.toByteArray().toBase64() + kind + value.toByteArray().toBase64();
    }
    QSet<QByteArray> m_seen;
};

} // namespace balcony
