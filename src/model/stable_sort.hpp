// model/stable_sort.hpp - one stable sort for the call sites off the engine's hot path (lists for reports, panels,
// diffs). std::stable_sort compiles a merge sort per element type and comparator (about 4 KB of wasm each, over
// 60 KB for the app's call sites); this one is compiled once and reaches the elements through a comparator of
// positions.
#pragma once

#include "model/function_ref.hpp"

#include <cstddef>
#include <utility>
#include <vector>

namespace est::model {

/// The positions 0..count-1 in stable sorted order: position a comes before b when less(a, b), and positions the
/// comparator does not order keep their first order (as std::stable_sort). `less` must be a strict weak order.
std::vector<std::size_t> stableOrder(std::size_t count, FunctionRef<bool(std::size_t, std::size_t)> less);

/// Sorts `items` as std::stable_sort(items.begin(), items.end(), less) would (the same order, ties included);
/// each item is moved once.
template <class T, class Less>
void stableSort(std::vector<T>& items, Less less) {
    const std::vector<std::size_t> order =
        stableOrder(items.size(), [&](std::size_t a, std::size_t b) { return less(items[a], items[b]); });
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (std::size_t from : order) sorted.push_back(std::move(items[from]));
    items = std::move(sorted);
}

} // namespace est::model
