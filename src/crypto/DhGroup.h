#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace balcony::crypto {

// The MODP Diffie-Hellman groups XEP-0116 offers by number: 1 and 2 (RFC 2409 §6.1/6.2), 5 and 14-18 (RFC
// 3526), all with generator 2. Groups 3 and 4 of RFC 2409 are elliptic-curve groups, not MODP, and are refused.
class DhGroup {
public:
    static std::optional<DhGroup> modp(int id);
    static QList<int> supportedIds(); // 1, 2, 5, 14, 15, 16, 17, 18

    int id() const { return m_id; }
    int bits() const;
    QByteArray prime() const { return m_prime; } // big-endian, no leading zero
    // 1 < value < p-1 for a received public value given as an MPI (XEP-0116: Bob checks e, Alice checks d).
    bool isValidPublicValue(QByteArrayView mpi) const;

private:
    DhGroup(int id, QByteArray prime)
        : m_id(id)
        , m_prime(std::move(prime))
    {
    }
    int m_id = 0;
    QByteArray m_prime;
};

} // namespace balcony::crypto
