// model/uncertainty.hpp - low / expected / high cases, seeded Monte Carlo, tornado ranking and goal seek.
//
// None of these run inside estimate(): the UI calls them on demand. They vary the assumptions that have a
// range (assumptions.hpp: Range fields and Scenario::ranges) through the registry's get/set.
#pragma once

#include "model/assumptions.hpp"
#include "model/result.hpp"
#include "model/scenario.hpp"

#include <cstdint>
#include <string_view>
#include <string>
#include <vector>

namespace est::model {

/// The figures the uncertainty views compare.
struct KeyFigures {
    Money netMigrationCostUsd = 0.0; ///< one-time + dual running - funding (within the horizon)
    Money totalFundingUsd = 0.0;     ///< received within the horizon
    Money horizonSavingsUsd = 0.0;   ///< cumulative savings at the horizon (5-year savings by default)
    Money npvUsd = 0.0;
    Money projectedArrUsd = 0.0;
};

/// Which figure a tornado or goal seek looks at.
enum class Metric { HorizonSavings, NetMigrationCost, TotalFunding, Npv, ProjectedArr };

/// The key figures of a valid Result.
KeyFigures keyFigures(const Result& r);

/// One metric of a valid Result.
double metricValue(const Result& r, Metric m);

/// Pessimistic / expected / optimistic cases: each ranged assumption goes to whichever end of its range
/// gives the lower (low case) or higher (high case) horizon savings, judged one at a time.
struct Cases {
    std::vector<ValidationError> errors; ///< non-empty: invalid scenario, no figures
    KeyFigures low;
    KeyFigures expected;
    KeyFigures high;
};
Cases estimateCases(const Scenario& s);

/// P10 / P50 / P90 (linear interpolation between order statistics) and the mean.
struct Percentiles {
    double p10 = 0.0;
    double p50 = 0.0;
    double p90 = 0.0;
    double mean = 0.0;
};

/// Seeded Monte Carlo: every ranged assumption drawn from a triangular(low, expected, high) distribution
/// per trial (splitmix64, so the same seed gives the same numbers natively and in wasm).
struct MonteCarloResult {
    std::vector<ValidationError> errors;
    int trials = 0;
    std::uint64_t seed = 0;
    std::vector<std::string> sampledKeys;
    Percentiles netMigrationCostUsd;
    Percentiles totalFundingUsd;
    Percentiles horizonSavingsUsd;
};
/// reuseSizing: size each workload once for all trials when no sampled assumption feeds sizing
/// (sizingAssumption()); the figures are the same either way (false: for the test that says so).
MonteCarloResult monteCarlo(const Scenario& s, int trials, std::uint64_t seed, bool reuseSizing = true);
/// Whether an assumption feeds workload sizing (the instance picked): aws.headroomPct, and any key outside the
/// scenario-wide sections (a workload's own figures).
bool sizingAssumption(std::string_view key);

/// One tornado bar: the metric with the assumption at its low and its high end, everything else expected.
struct TornadoBar {
    std::string key;
    std::string label;
    double lowInput = 0.0;
    double highInput = 0.0;
    double lowMetric = 0.0;
    double highMetric = 0.0;
    double swing = 0.0; ///< |highMetric - lowMetric|
};

/// Ranged assumptions sorted by swing of `metric`, largest first (ties by key, so the order is stable).
std::vector<TornadoBar> tornado(const Scenario& s, Metric metric = Metric::HorizonSavings);

/// Goal seek by bisection: the value of assumption `key` in [lo, hi] that brings `metric` to `target`.
/// Unset when the key is unknown, the scenario invalid, or target is not bracketed by the ends.
std::optional<double> goalSeek(const Scenario& s, std::string_view key, Metric metric, double target, double lo,
                               double hi, int iterations = 60);

} // namespace est::model
