// tests/bench/bench_support.hpp - what every benchmark shares: the native / wasm name suffix and a median timer.
#pragma once

#include <algorithm>
#include <chrono>
#include <vector>

namespace est::bench {

/// Figure names carry where they ran, so scripts/bench can pair them into wasm/native ratios.
#ifdef __EMSCRIPTEN__
inline constexpr const char* kSuffix = "wasm";
#else
inline constexpr const char* kSuffix = "native";
#endif

/// Milliseconds since `start` on the steady clock.
inline double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

/// Median wall time of `runs` calls of `f`, in milliseconds (the upper median for an even count).
template <typename F>
double medianMs(int runs, F&& f) {
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        const auto start = std::chrono::steady_clock::now();
        f();
        times.push_back(msSince(start));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace est::bench
