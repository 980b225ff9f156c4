// model/payback.hpp - payback month and ROI, and why either may have no figure.
//
// Payback is the first month from which cumulative savings stay >= 0, but never before the migration is under
// way (the first month whose figures differ from the status quo: a one-time cost, AWS spend, funding, ...),
// so an estate where nothing happens is not "paid back in month 0". When no workload goes live (or is retired)
// within the horizon there is nothing to pay back: "nothing migrates". ROI = horizon savings / one-time cost.
#pragma once

#include "model/result.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::model {

/// Payback month (unset when there is none) and why there is none.
struct Payback {
    std::optional<int> month;
    NoFigure why = NoFigure::None;
};

/// First month of the series in which the migration is under way (monthly.size() when never).
int firstActiveMonth(const std::vector<PeriodFigures>& monthly);

/// Payback of a monthly series; `liveInHorizon` = workloads that go live or retire within it.
Payback paybackOf(const std::vector<PeriodFigures>& monthly, int liveInHorizon);

/// ROI (horizon savings / one-time cost) and why there is none: nothing migrates, or no one-time cost.
std::optional<double> roiOf(double horizonSavingsUsd, double oneTimeUsd, int liveInHorizon, NoFigure& why);

/// "never within the horizon", "nothing migrates", "no one-time cost" ("" for None): the same words in the UI,
/// reports and workbook.
std::string_view noFigureText(NoFigure why);

/// The payback as users read it: "month 6 (Jul 2027)", or the reason there is none (noFigureText).
std::string paybackText(const TcoSummary& t, const Settings& s);

/// The ROI's reason for having no figure, or "" when it has one.
inline std::string_view roiNote(const TcoSummary& t) {
    return t.roiPct ? std::string_view() : noFigureText(t.whyNoRoi);
}

} // namespace est::model
