// model/tracker_outlook.hpp - what the credit tracker's summary means for the plan: the run rate of the latest months,
// the credits at stake on untagged spend each quarter, and the credits re-forecast for the credit period.
#pragma once

#include "model/credit_tracker.hpp"
#include "model/result.hpp"
#include "model/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace est::model {

/// Figures the Tracker step shows beside the summary. Every amount is in USD and never negative.
struct TrackerOutlook {
    double creditRate = 0.0;           ///< decimal: the plan's MAP credit rate, else the scenario's expected rate
    double taggedShare = 0.0;          ///< decimal: tagged eligible / eligible spend of every file (0 without)
    std::string runRateBasis;          ///< "the last 3 months billed (2026-07 to 2026-09)"; "" without months
    Money taggedUsdPerQuarter = 0.0;   ///< tagged eligible spend a quarter at the current run rate
    Money untaggedUsdPerQuarter = 0.0; ///< eligible spend without a valid tag, a quarter, at the current run rate
    Money creditsAtStakeUsdPerQuarter =
        0.0; ///< creditRate x untaggedUsdPerQuarter: lost each quarter it stays untagged
    Money creditsAtRunRateUsdPerQuarter = 0.0; ///< creditRate x taggedUsdPerQuarter
    bool planned = false;                      ///< a plan (a scenario with a valid result) to compare with
    std::string creditPeriodEnd;               ///< "YYYY-MM": the credit period's last month (planned only)
    int quartersLeft = 0;                      ///< whole quarters from the month after the last one billed to that end
    Money planCreditsUsd = 0.0;                ///< the plan's credits over its horizon (Funding)
    Money reforecastCreditsUsd = 0.0;          ///< rate x tagged eligible billed so far + credits at the run rate for
                                               ///< the quarters left, at most the plan's credit cap when it has one
    /// Per TrackerResult::quarters: the plan's credits released in that calendar quarter (planned only).
    std::vector<std::optional<Money>> forecastCreditsUsd;
};

/// The outlook of `summary` against `scenario` and its `result` (`planned` false: no plan, only run-rate figures).
/// The run rate is the tagged (untagged) eligible spend of the last three months billed, or of all of them scaled
/// to a quarter when fewer than three were billed.
TrackerOutlook trackerOutlook(const TrackerResult& summary, const Scenario& scenario, const Result& result,
                              bool planned);

} // namespace est::model
