// model/stable_sort.cpp - a bottom-up merge sort of positions (see stable_sort.hpp).
#include "model/stable_sort.hpp"

#include <algorithm>

namespace est::model {

namespace {

// Runs this short are sorted by insertion first: fewer comparator calls than merging from single elements.
constexpr std::size_t kRun = 16;

} // namespace

std::vector<std::size_t> stableOrder(std::size_t count, FunctionRef<bool(std::size_t, std::size_t)> less) {
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i) order[i] = i;
    // Insertion sort of each run: an element moves left only past elements strictly greater, so ties keep order.
    for (std::size_t start = 0; start < count; start += kRun) {
        const std::size_t end = std::min(count, start + kRun);
        for (std::size_t i = start + 1; i < end; ++i) {
            const std::size_t moving = order[i];
            std::size_t j = i;
            for (; j > start && less(moving, order[j - 1]); --j) order[j] = order[j - 1];
            order[j] = moving;
        }
    }
    // Merge neighbouring runs, doubling their width; on a tie the left run's element goes first (stable).
    if (count <= kRun) return order; // one run: no merge buffer to allocate (the small lists of every estimate)
    std::vector<std::size_t> merged(count);
    for (std::size_t width = kRun; width < count; width *= 2) {
        for (std::size_t left = 0; left < count; left += 2 * width) {
            const std::size_t middle = std::min(count, left + width), right = std::min(count, left + 2 * width);
            std::size_t a = left, b = middle, out = left;
            while (a < middle && b < right) merged[out++] = less(order[b], order[a]) ? order[b++] : order[a++];
            while (a < middle) merged[out++] = order[a++];
            while (b < right) merged[out++] = order[b++];
        }
        order.swap(merged);
    }
    return order;
}

} // namespace est::model
