// model/result_check.hpp - the final check on a Result: no figure may be non-finite, no cost negative.
//
// Validation bounds every input, so a valid scenario should never fail this check; it is the engine's promise
// that an arithmetic surprise becomes an error naming the figure, never "$nan", "$inf" or a negative bill.
#pragma once

#include "model/checked_int.hpp"
#include "model/result.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace est::model {

/// What checkResult() asks of each workload's figures, gathered as the estimator makes them (add(), every workload of
/// the result) so that the check does not read the whole estate again: every count in range, every figure finite, and
/// the lowest cost.
struct WorkloadFiguresTally {
    bool inRange = true; // instance counts in range, needs and costs finite
    double lowestUsd = 0.0;
    void add(const WorkloadResult& w) {
        inRange = inRange && w.instanceCount >= 0 && w.instanceCount < kCountLimit && std::isfinite(w.neededVcpu) &&
                  std::isfinite(w.neededRamGb) && std::isfinite(w.todayMonthlyUsd) && std::isfinite(w.awsMonthlyUsd) &&
                  std::isfinite(w.targetMonthlyUsd) && std::isfinite(w.oneTimeUsd);
        lowestUsd = std::min({lowestUsd, w.todayMonthlyUsd, w.awsMonthlyUsd, w.targetMonthlyUsd, w.oneTimeUsd});
    }
};

/// One error per bad figure ("result.monthly[12].awsUsd: is not finite (inf)"), at most a few dozen; empty
/// when every figure is finite, every cost, price and funding amount is >= 0 and every count is in range.
/// `workloads`: the tally of every workload of `r` (the workloads are then read only when it finds one failing).
std::vector<ValidationError> checkResult(const Result& r, const WorkloadFiguresTally* workloads = nullptr);

} // namespace est::model
