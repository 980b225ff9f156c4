// model/credit_forecast.hpp - what the credit tracker compares the bill with: the plan's forecast of tagged
// MAP-eligible AWS spend per calendar quarter, and its workloads with the tag value each should carry.
#pragma once

#include "model/credit_tracker.hpp"
#include "model/result.hpp"

#include <vector>

namespace est::model {

/// The plan's tagged MAP-eligible spend (Result::monthly[i].taggedSpendUsd, the spend inside the credit windows)
/// summed per calendar quarter. Month 0 is the first month of settings.startQuarter of settings.startYear, so the
/// engine's quarters are calendar quarters. Needs a valid Result; empty otherwise.
std::vector<QuarterForecast> forecastFromPlan(const Scenario& scenario, const Result& result);

/// The plan's MAP-eligible workloads (the tagging plan) with their names and tag values, for matching billed
/// resources by their Name tag.
std::vector<PlannedWorkload> plannedWorkloads(const Scenario& scenario, const Result& result);

} // namespace est::model
