// model/trace_eval.hpp - recomputes each headline figure from its Trace, to prove the "explain this number" view.
//
// A Trace (result.hpp) is a formula text plus named terms. Each TraceKind has a fixed recipe over its terms
// (a product, a sum, or for NPV and payback the monthly series the trace refers to); checkTrace() evaluates
// the recipe and compares it with the figure the Result reports. Terms applied when present: "eligible"
// (1 / 0) and "cap available" (USD) for Assess, Mobilize and credits, "credits released after the horizon"
// (USD, after the cap) for credits. Terms are found by label, so renaming a term in engine.cpp breaks the check
// (on purpose: trace_test.cpp then fails).
#pragma once

#include "model/result.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::model {

/// The traced headline figures, in Traces order.
enum class TraceKind { ProjectedArr, Assess, Mobilize, Credits, TotalFunding, Npv, Payback, RunRateSavings };
inline constexpr int kTraceKindCount = 8;

/// "projectedArr", "assess", ... (the Traces member name).
std::string_view traceKindName(TraceKind k);

/// The trace of one figure.
const Trace& traceOf(const Result& r, TraceKind k);

/// The figure a trace explains: projected ARR, Assess / Mobilize received, credits received in the horizon,
/// total funding, NPV, payback month (-1 = never, as in the trace's term), run-rate savings share.
double traceFigure(const Result& r, TraceKind k);

/// Value of the first term with this label, or unset.
std::optional<double> termValue(const Trace& t, std::string_view label);

/// Outcome of recomputing one figure from its trace.
struct TraceCheck {
    TraceKind kind = TraceKind::ProjectedArr;
    double figure = 0.0;                        ///< what the Result reports
    double recomputed = 0.0;                    ///< what the trace's terms give
    bool termsPresent = false;                  ///< every term the recipe needs is there
    bool matches = false;                       ///< recomputed == figure (1e-9 relative + 1e-6 absolute)
    bool formulaShowsFigure = false;            ///< the formula text contains the figure as displayed ("$26,400")
    std::string problem;                        ///< "" when matches and formulaShowsFigure; else what is wrong
};

/// Recompute figure `k` of a valid Result from its trace.
TraceCheck checkTrace(const Result& r, TraceKind k);

/// checkTrace for every kind, in TraceKind order.
std::vector<TraceCheck> checkTraces(const Result& r);

} // namespace est::model
