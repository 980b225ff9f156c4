// app/compare.hpp - which of the compared scenarios is better, and by how much each differs from the first.
#pragma once

#include "app/app_state.hpp"

#include <string>
#include <vector>

namespace est::app {

/// The comparison read off the pinned scenarios: the better one and each one's difference from the first (the
/// baseline, as pinned first).
struct CompareReading {
    int better = -1; ///< index of the largest savings over the horizon (ties: the larger NPV,
                     ///< then the first); -1 with fewer than two estimated scenarios
    std::vector<double>
        savingsDeltaUsd;             ///< per scenario: its savings minus the first's (0 for the first or not estimated)
    std::vector<double> npvDeltaUsd; ///< the same for NPV
    std::vector<double> fundingDeltaUsd; ///< the same for total funding
};
CompareReading readComparison(const std::vector<ComparedScenario>& compared);

} // namespace est::app
