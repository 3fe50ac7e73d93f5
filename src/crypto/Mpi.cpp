#include "crypto/Mpi.h"

namespace balcony::crypto {

namespace {

QByteArrayView stripLeadingZeros(QByteArrayView value)
{
    qsizetype first = 0;
    while (first < value.size() && value.at(first) == '\0')
        ++first;
    return value.sliced(first);
}

} // namespace

QByteArray mpiFromBytes(QByteArrayView bigEndian)
{
    const QByteArrayView stripped = stripLeadingZeros(bigEndian);
    if (stripped.isEmpty())
        return QByteArray(1, '\0');
    return stripped.toByteArray();
}

QByteArray mpiToFixed(QByteArrayView mpi, qsizetype size)
{
    const QByteArrayView stripped = stripLeadingZeros(mpi);
    if (size <= 0 || stripped.size() > size)
        return {};
    QByteArray result(size - stripped.size(), '\0');
    result.append(stripped);
    return result;
}

} // namespace balcony::crypto
