// model/credit_forecast.cpp - the plan's side of the tracker: tagged eligible spend per calendar quarter and the
// workloads with their tag values.
#include "model/credit_forecast.hpp"

#include "model/map_tagging.hpp"

#include <algorithm>
#include <map>

namespace est::model {

std::vector<QuarterForecast> forecastFromPlan(const Scenario& scenario, const Result& result) {
    std::vector<QuarterForecast> out;
    if (!result.ok()) return out;
    const MonthIndex first =
        scenario.settings.startYear * 12 + (std::clamp(scenario.settings.startQuarter, 1, 4) - 1) * 3;
    std::map<MonthIndex, Money> byQuarter; // keyed by the quarter's first month
    for (std::size_t i = 0; i < result.monthly.size(); ++i) {
        const MonthIndex month = first + static_cast<int>(i);
        byQuarter[month - month % 3] += result.monthly[i].taggedSpendUsd;
    }
    for (const auto& [month, usd] : byQuarter) out.push_back(QuarterForecast{quarterLabel(month), usd});
    return out;
}

std::vector<PlannedWorkload> plannedWorkloads(const Scenario& scenario, const Result& result) {
    std::vector<PlannedWorkload> out;
    if (!result.ok()) return out;
    for (const TaggingPlanRow& row : taggingPlan(scenario, result))
        out.push_back(PlannedWorkload{row.id, row.name, scenario.program.tagValue});
    return out;
}

} // namespace est::model
