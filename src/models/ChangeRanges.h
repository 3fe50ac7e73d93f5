#pragma once

#include <QList>

namespace balcony {

// A closed range of rows [first, last].
struct RowRange {
    int first = 0;
    int last = 0;

    bool operator==(const RowRange &) const = default;
};

// Turns the changed rows of a batch into as few dataChanged() ranges as the views need: contiguous rows
// merge, and when more than `maxRanges` runs remain, the smallest gaps between runs are bridged until only
// `maxRanges` are left. A bridged gap re-announces unchanged rows, which costs a view no more than a
// repaint of the rows it shows; thousands of tiny signals cost every view and proxy a full pass each.
// `rows` may be unsorted and hold duplicates. `maxRanges` < 1 counts as 1.
QList<RowRange> changeRanges(QList<int> rows, int maxRanges);

} // namespace balcony
