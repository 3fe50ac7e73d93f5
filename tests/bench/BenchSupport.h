#pragma once

// Small helpers shared by the benchmarks under tests/bench (header-only: each benchmark is one executable).

#include <QList>
#include <QTextStream>

#include <algorithm>

namespace balcony::bench {

// Results go to stdout as text tables.
inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The median (mean of the middle two for an even count); 0 for no values.
inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

} // namespace balcony::bench
