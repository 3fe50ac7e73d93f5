#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace balcony::crypto {

// XEP-0116 §Implementation Notes "Multiple-Precision Integers": an integer as big-endian bytes with the
// leading zero octets stripped. Zero is a single 0x00 octet (as the only deployed implementation did; the
// XEP does not say). Fixed-length values (hashes, HMACs, nonces) are never passed through this.
QByteArray mpiFromBytes(QByteArrayView bigEndian);
// Left-pads (or, if it has more leading zero octets than needed, strips) to exactly `size` bytes; empty if
// the value does not fit.
QByteArray mpiToFixed(QByteArrayView mpi, qsizetype size);

} // namespace balcony::crypto
