// app/derived.hpp - figures the charts need that are sums over the Result's series (computed once per result).
#pragma once

#include "model/result.hpp"

#include <vector>

namespace est::app {

/// Chart-ready series derived from a Result. Empty when the result is empty.
struct Derived {
    std::vector<double> cumulativeTodayUsd; ///< per month: running sum of the status-quo cost
    std::vector<double>
        cumulativeMigrationUsd;             ///< per month: running sum of the migration scenario's cost net of funding
    std::vector<double> yearlyTodayUsd;     ///< per year: status-quo cost
    std::vector<double> yearlyMigrationUsd; ///< per year: migration scenario's cost net of funding
    std::vector<double> yearlyLegacyUsd;    ///< per year: today's cost still paid
    std::vector<double> yearlyAwsUsd;       ///< per year: AWS usage + support
    std::vector<double> yearlyOtherRunUsd;  ///< per year: subscriptions + ops labour
    std::vector<double> yearlyOneTimeUsd;   ///< per year: one-time migration cost
    std::vector<double> yearlyFundingInflowUsd; ///< per year: funding as a negative number (an inflow, drawn below 0)
    std::vector<double> cumulativeFundingUsd;   ///< per quarter: running sum of funding received
    int dispositionCounts[model::kDispositionCount] = {}; ///< chosen (effective) disposition counts
    int recommendedCounts[model::kDispositionCount] = {}; ///< recommender's proposal counts
    int differsFromRecommendation = 0;                    ///< workloads whose effective disposition is not the proposal
    bool operator==(const Derived&) const = default;
};

/// Fills `out` from `r` (clears it first).
void derive(const model::Result& r, Derived& out);

} // namespace est::app
