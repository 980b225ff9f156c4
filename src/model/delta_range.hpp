// model/delta_range.hpp - monthly series as delta arrays: a workload adds its monthly figure over a range of
// months in O(1) (two entries), and one prefix sum turns the deltas into the series.
#pragma once

namespace est::model {

/// Range add on a delta array of size n + 1: value v for months [from, to), clipped to [0, n).
inline void addRange(double* d, int n, int from, int to, double v) {
    if (from < 0) from = 0;
    if (to > n) to = n;
    if (from >= to) return;
    d[from] += v;
    d[to] -= v;
}

} // namespace est::model
