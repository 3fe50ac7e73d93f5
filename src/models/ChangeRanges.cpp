#include "models/ChangeRanges.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace balcony {

QList<RowRange> changeRanges(QList<int> rows, int maxRanges)
{
    QList<RowRange> runs;
    if (rows.isEmpty()) {
        return runs;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    runs.append({ rows.first(), rows.first() });
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (rows[i] == runs.last().last + 1) {
            runs.last().last = rows[i];
        } else {
            runs.append({ rows[i], rows[i] });
        }
    }
    maxRanges = std::max(maxRanges, 1);
    if (runs.size() <= maxRanges) {
        return runs;
    }
    // Keep the (maxRanges - 1) widest gaps as boundaries and bridge all others: of all ways to cut the rows
    // into maxRanges ranges, this one re-announces the fewest unchanged rows.
    std::vector<qsizetype> gaps(size_t(runs.size() - 1)); // gap i lies between runs[i] and runs[i + 1]
    std::iota(gaps.begin(), gaps.end(), qsizetype(0));
    const auto width = [&runs](qsizetype gap) { return runs[gap + 1].first - runs[gap].last; };
    const auto keep = gaps.begin() + (maxRanges - 1);
    std::nth_element(gaps.begin(), keep, gaps.end(),
        [&width](qsizetype a, qsizetype b) { return width(a) != width(b) ? width(a) > width(b) : a < b; });
    std::vector<qsizetype> boundaries(gaps.begin(), keep);
    std::sort(boundaries.begin(), boundaries.end());

    QList<RowRange> merged;
    merged.reserve(maxRanges);
    qsizetype start = 0;
    for (const qsizetype boundary : boundaries) {
        merged.append({ runs[start].first, runs[boundary].last });
        start = boundary + 1;
    }
    merged.append({ runs[start].first, runs.last().last });
    return merged;
}

} // namespace balcony
