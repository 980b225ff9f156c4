// model/trace_eval.hpp - recomputes each figure from its Trace, to prove the "explain this number" view.
//
// A Trace (result.hpp) is a formula text plus named terms. Each TraceKind has a fixed recipe over its terms
// (a product, a sum, a comparison, or for NPV and payback the monthly series the trace refers to); checkTrace()
// evaluates the recipe and compares it with the figure the Result reports. Terms applied when present:
// "eligible" (1 / 0) and "cap available" (USD) for Assess, Mobilize and credits, "credits released after the
// horizon" (USD, after the cap) for credits. Terms are found by label, so renaming a term in engine.cpp breaks
// the check (on purpose: trace_test.cpp then fails). Terms a recipe does not name are informational.
//
// Recipes of the list kinds (one trace per element, same index as the figures):
// - TcoYear (Result::yearly[i].netCashFlowUsd): today's cost - (still paid + AWS usage + AWS support +
//   subscriptions + operations labour + one-time) + funding received.
// - CreditQuarter (FundingLadder::quarters[i].receivedUsd): credit share x max(0, before + spend -
//   max(before, minimum)), limited by "cap available" when present, x "released in horizon" x "eligible".
// - LeftOnTableReason (leftOnTableAmount(reason i)): credit share x spend in the credit windows (untagged,
//   tagged late, window closed, funded elsewhere); eligible x max(0, Assess + Mobilize [+ credits] - cap)
//   (cap); share x min(tagged, minimum) (below minimum); not eligible x the whole uncapped ladder.
// - EligibilityCheck (status: 1 pass, 0 fail, -1 unknown): unknown when "known" is 0, else measured >=
//   "minimum" (or <= "maximum"); "clear amount" must be 0 on a pass, > 0 on a fail, and the gap for USD checks.
#pragma once

#include "model/result.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::model {

/// The traced figures: first the single headline traces, in Traces order, then the lists.
enum class TraceKind {
    ProjectedArr,
    Assess,
    Mobilize,
    Credits,
    TotalFunding,
    Npv,
    Payback,
    RunRateSavings,
    LeftOnTable,
    TcoYear,
    CreditQuarter,
    LeftOnTableReason,
    EligibilityCheck
};
/// The single (headline) kinds: TraceKind values 0 .. kTraceKindCount - 1 have exactly one trace each.
inline constexpr int kTraceKindCount = 9;
/// Every kind, single and list: the list kinds are kTraceKindCount .. kAllTraceKindCount - 1.
inline constexpr int kAllTraceKindCount = 13;

/// True for the kinds with one trace per year / quarter / reason / check.
bool isListKind(TraceKind k);

/// "projectedArr", "assess", ..., "tcoYears", "creditQuarters", "leftOnTableReasons", "eligibilityChecks"
/// (the Traces member name).
std::string_view traceKindName(TraceKind k);

/// "projectedArr" for single kinds, "creditQuarters[3]" for list kinds (for messages).
std::string traceName(TraceKind k, std::size_t index);

/// How many figures of this kind the Result reports (1 for single kinds; years, quarters, 7 reasons, checks).
std::size_t figureCount(const Result& r, TraceKind k);

/// How many traces of this kind the Result carries (1 for single kinds, the list's size otherwise).
std::size_t traceCount(const Result& r, TraceKind k);

/// The trace of one figure; `index` selects the element of a list kind (ignored for single kinds). An index
/// past the list gives an empty trace.
const Trace& traceOf(const Result& r, TraceKind k, std::size_t index = 0);

/// The figure a trace explains: projected ARR, Assess / Mobilize received, credits received in the horizon,
/// total funding, NPV, payback month (-1 = never, as in the trace's term), run-rate savings share, left on the
/// table; for lists the year's net cash flow, the quarter's credits received, the reason's amount, the check's
/// status (1 pass, 0 fail, -1 unknown). 0 for an index past the figures.
double traceFigure(const Result& r, TraceKind k, std::size_t index = 0);

/// Value of the first term with this label, or unset.
std::optional<double> termValue(const Trace& t, std::string_view label);

/// Outcome of recomputing one figure from its trace.
struct TraceCheck {
    TraceKind kind = TraceKind::ProjectedArr;
    std::size_t index = 0;           ///< element of a list kind (0 for single kinds)
    double figure = 0.0;             ///< what the Result reports
    double recomputed = 0.0;         ///< what the trace's terms give
    bool termsPresent = false;       ///< every term the recipe needs is there
    bool matches = false;            ///< recomputed == figure (1e-9 relative + 1e-6 absolute)
    bool formulaShowsFigure = false; ///< the formula text contains the figure as displayed ("$26,400")
    std::string problem;             ///< "" when matches and formulaShowsFigure; else what is wrong
};

/// Recompute figure `k` (element `index` of a list kind) of a valid Result from its trace.
TraceCheck checkTrace(const Result& r, TraceKind k, std::size_t index = 0);

/// checkTrace for every trace: the single kinds, then each element of each list kind, in TraceKind order. A list
/// with fewer traces than figures gives failing checks for the missing ones; one with more gives a failing
/// check whose problem says so.
std::vector<TraceCheck> checkTraces(const Result& r);

} // namespace est::model
