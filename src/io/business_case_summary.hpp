// io/business_case_summary.hpp - the business case in the buyer's words: headline, four figures, bridge, next steps.
//
// One pure function turns a Scenario and its Result into the overview's content, so the overview panel, Present
// mode and the exports tell the same story in the same words. Amounts are kept in USD (callers format them in
// their own number style); texts are in the display currency (Settings: symbol and usdToDisplayRate), rounded
// for reading ("$1.23M", "$250K"). The buyer reads "your AWS spend per year (MAP funding is based on it)",
// never "projected ARR".
#pragma once

#include "model/result.hpp"
#include "model/scenario.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace est::io {

/// One of the overview's four dominant figures.
struct SummaryFigure {
    std::string caption; ///< "Today, per year"
    double usd = 0.0;    ///< the amount in USD (may be negative: the move pays for itself)
    std::string note;    ///< one line under the figure, display currency
    bool operator==(const SummaryFigure&) const = default;
};

/// What a bridge step stands for: it picks the step's colour (one palette: never red).
enum class BridgeKind { Today, Aws, OneTime, Funding };

/// One bar of the bridge (waterfall) from today's cost to the cost with AWS over the horizon.
struct BridgeStep {
    std::string label;  ///< "Today, 5 years"
    double usd = 0.0;   ///< a total's level, or a step's signed change (negative = lower)
    bool total = false; ///< true: a bar from zero; false: a step from the running level
    BridgeKind kind = BridgeKind::Today;
    bool operator==(const BridgeStep&) const = default;
};

/// The path shown instead of funding figures when the result qualifies for nothing.
struct NotEligiblePath {
    bool shown = false;                ///< the verdict is "not eligible"
    double gapUsdPerYear = 0.0;        ///< more AWS spend a year MAP Lite needs (0 when spend is not the gap)
    std::string gapText;               ///< "Your AWS spend would be $60K a year; MAP funding starts at ..."
    std::vector<std::string> closers;  ///< what would close the gap, in the customer's terms
    std::vector<BridgeStep> gapBridge; ///< AWS spend a year, the gap, MAP Lite's minimum (empty: spend is no gap)
    bool operator==(const NotEligiblePath&) const = default;
};

/// One labelled amount of a breakdown (today's cost by category, AWS funding by phase).
struct SummaryPart {
    std::string label; ///< "Storage", "Mobilize"
    double usd = 0.0;
    std::string note;      ///< "in Jun 2027, released by: landing zone built"; may be empty
    std::uint32_t rgb = 0; ///< its palette colour 0xRRGGBB (a funding phase); 0 = the chart's own
    bool operator==(const SummaryPart&) const = default;
};

/// The overview's content. With an invalid scenario only `ok` (false) and `headline` (its first error) are set.
struct BusinessCaseSummary {
    bool ok = false;
    std::string headline;               ///< one sentence: "Moving 400 workloads to AWS saves $1.2M over 5 years; ..."
    std::vector<SummaryFigure> figures; ///< four: today per year, AWS per year, the move net of funding, AWS funding
    std::string badge;                  ///< the eligibility verdict as the badge reads: "MAP Lite", "Not eligible yet"
    model::Verdict verdict = model::Verdict::NotEligible;
    std::string bridgeTitle;            ///< "From today's cost to the cost with AWS, over 5 years"
    std::vector<BridgeStep> bridge;     ///< totals and steps; the steps add up from the first total to the last
    std::vector<std::string> nextSteps; ///< the customer's actions, each "(owner, month)", in order; no payments
    NotEligiblePath notEligible;
    int movingWorkloads = 0; ///< workloads going to AWS (not retained, not retired)
    int retiringWorkloads = 0;
    std::vector<SummaryPart> todayByCategory; ///< today's cost per year by category, largest first (Present: Today)
    std::vector<SummaryPart> fundingByPhase;  ///< what AWS funds within the horizon, by phase; adds up to figures[3]
    std::vector<std::string> turners;         ///< a loss: what would turn it (whatWouldTurnIt); empty otherwise
    bool operator==(const BusinessCaseSummary&) const = default;
};

/// The overview's content for `scenario` and its `result` (estimate(scenario)). Deterministic; never throws.
BusinessCaseSummary summarizeBusinessCase(const model::Scenario& scenario, const model::Result& result);

/// When the move costs more than staying over the horizon: the (up to) three assumptions whose other end of the
/// sources' range moves the savings most towards the black, each with its effect in dollars ("Admin cost per year
/// at $150K (the sources' high end): savings +$420K, to -$310K"; "..., to $1.2M saved" when it turns the case). Empty
/// when the case is not a loss or the estate is larger than `maxWorkloads` (the ranking costs two estimates per ranged
/// assumption).
std::vector<std::string> whatWouldTurnIt(const model::Scenario& scenario, const model::Result& result,
                                         std::size_t maxWorkloads = 20000);

/// An amount in the display currency rounded for reading: 1234567 -> "$1.23M", 250000 -> "$250K", 45600 ->
/// "$45.6K", 950.4 -> "$950", -2500 -> "-$2.5K" (USD x settings.usdToDisplayRate, settings.currencySymbol).
std::string moneyForReading(double usd, const model::Settings& settings);

} // namespace est::io
