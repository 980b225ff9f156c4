// model/trace_eval.cpp - per-kind recipes that recompute a headline figure from its trace's terms.
#include "model/trace_eval.hpp"

#include "model/format.hpp"

#include <algorithm>
#include <cmath>

namespace est::model {
namespace {

bool close(double a, double b) {
    return std::fabs(a - b) <= 1e-6 + 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

// Received amount of a funding share: share x basis, limited by the cap, less what is released after the
// horizon (already after the cap) and zeroed when not eligible - each step only when the trace carries its term.
double received(const Trace& t, double uncapped, double afterHorizon = 0.0) {
    double v = uncapped;
    if (const std::optional<double> cap = termValue(t, "cap available")) v = std::min(v, std::max(*cap, 0.0));
    v -= afterHorizon;
    if (const std::optional<double> eligible = termValue(t, "eligible")) v *= *eligible;
    return v;
}

} // namespace

std::string_view traceKindName(TraceKind k) {
    switch (k) {
    case TraceKind::ProjectedArr: return "projectedArr";
    case TraceKind::Assess: return "assess";
    case TraceKind::Mobilize: return "mobilize";
    case TraceKind::Credits: return "credits";
    case TraceKind::TotalFunding: return "totalFunding";
    case TraceKind::Npv: return "npv";
    case TraceKind::Payback: return "payback";
    case TraceKind::RunRateSavings: return "runRateSavings";
    }
    return "";
}

const Trace& traceOf(const Result& r, TraceKind k) {
    switch (k) {
    case TraceKind::ProjectedArr: return r.traces.projectedArr;
    case TraceKind::Assess: return r.traces.assess;
    case TraceKind::Mobilize: return r.traces.mobilize;
    case TraceKind::Credits: return r.traces.credits;
    case TraceKind::TotalFunding: return r.traces.totalFunding;
    case TraceKind::Npv: return r.traces.npv;
    case TraceKind::Payback: return r.traces.payback;
    case TraceKind::RunRateSavings: return r.traces.runRateSavings;
    }
    return r.traces.projectedArr;
}

double traceFigure(const Result& r, TraceKind k) {
    switch (k) {
    case TraceKind::ProjectedArr: return r.projectedArrUsd;
    case TraceKind::Assess: return r.funding.assess.amountUsd;
    case TraceKind::Mobilize: return r.funding.mobilize.amountUsd;
    case TraceKind::Credits: return r.funding.creditsUsd;
    case TraceKind::TotalFunding: return r.funding.totalUsd;
    case TraceKind::Npv: return r.tco.npvUsd;
    case TraceKind::Payback: return r.tco.paybackMonth ? static_cast<double>(*r.tco.paybackMonth) : -1.0;
    case TraceKind::RunRateSavings: return r.tco.runRateSavingsPct;
    }
    return 0.0;
}

std::optional<double> termValue(const Trace& t, std::string_view label) {
    for (const TraceTerm& term : t.terms)
        if (term.label == label) return term.value;
    return std::nullopt;
}

TraceCheck checkTrace(const Result& r, TraceKind k) {
    TraceCheck c;
    c.kind = k;
    c.figure = traceFigure(r, k);
    const Trace& t = traceOf(r, k);
    std::string shown; // the figure as the formula should display it
    std::string missing;
    auto need = [&](std::string_view label) {
        const std::optional<double> v = termValue(t, label);
        if (!v) missing += (missing.empty() ? "" : ", ") + std::string(label);
        return v.value_or(0.0);
    };
    // A term that restates the figure must agree with it too.
    std::string restated;
    auto restates = [&](std::string_view label) {
        if (const std::optional<double> v = termValue(t, label); v && !close(*v, c.figure))
            restated = "term \"" + std::string(label) + "\" = " + formatNumber(*v) + " differs from the figure";
    };

    switch (k) {
    case TraceKind::ProjectedArr:
        c.recomputed = 12.0 * need("steady-state monthly AWS spend (eligible)");
        restates("projected ARR");
        shown = formatUsd(c.figure);
        break;
    case TraceKind::Assess:
        c.recomputed = received(t, need("Assess share") * need("projected ARR"));
        restates("Assess funding");
        shown = formatUsd(c.figure);
        break;
    case TraceKind::Mobilize:
        // The basis term's label names the basis ("projected ARR", "eligible services cost", ...): second term.
        if (t.terms.size() < 3) missing = "Mobilize share, basis, Mobilize funding";
        else c.recomputed = received(t, need("Mobilize share") * t.terms[1].value);
        restates("Mobilize funding");
        shown = formatUsd(c.figure);
        break;
    case TraceKind::Credits: {
        // Credits only count above the cumulative minimum, so the quarterly sum telescopes to one subtraction.
        const double earned = need("credit share") * std::max(0.0, need("tagged spend in windows") - need("minimum eligible spend"));
        if (const std::optional<double> stated = termValue(t, "credits earned"); stated && !close(*stated, earned))
            restated = "credits earned term " + formatNumber(*stated) + " differs from share x spend above minimum " +
                       formatNumber(earned);
        const double later = termValue(t, "credits released after the horizon").value_or(0.0);
        c.recomputed = received(t, earned, later);
        restates("credits received in horizon");
        shown = formatUsd(c.figure);
        break;
    }
    case TraceKind::TotalFunding:
        c.recomputed = need("Assess") + need("Mobilize") + need("credits") + need("training");
        restates("total");
        shown = formatUsd(c.figure);
        break;
    case TraceKind::Npv: {
        // The trace names the rate and the months; the cash flows are the monthly series it refers to.
        const double rate = need("discount rate (annual)");
        const double months = need("months");
        const double growth = 1.0 + rate / 12.0;
        double discount = 1.0, npv = 0.0, undiscounted = 0.0;
        const std::size_t n = std::min(r.monthly.size(), static_cast<std::size_t>(std::max(months, 0.0)));
        if (static_cast<double>(r.monthly.size()) != months) restated = "months term differs from the monthly series";
        for (std::size_t m = 0; m < n; ++m) {
            discount /= growth;
            npv += r.monthly[m].netCashFlowUsd * discount;
            undiscounted += r.monthly[m].netCashFlowUsd;
        }
        if (const std::optional<double> u = termValue(t, "undiscounted net cash flow"); u && !close(*u, undiscounted))
            restated = "undiscounted net cash flow term differs from the monthly series";
        c.recomputed = npv;
        restates("NPV");
        shown = formatUsd(c.figure);
        break;
    }
    case TraceKind::Payback: {
        // First month from which the cumulative savings of the monthly series stay >= 0; -1 = never.
        int from = static_cast<int>(r.monthly.size());
        for (int m = from - 1; m >= 0 && r.monthly[static_cast<std::size_t>(m)].cumulativeSavingsUsd >= 0.0; --m) from = m;
        c.recomputed = from < static_cast<int>(r.monthly.size()) ? from : -1.0;
        need("payback month");
        restates("payback month");
        if (const std::optional<double> cum = termValue(t, "cumulative savings at horizon");
            cum && !r.monthly.empty() && !close(*cum, r.monthly.back().cumulativeSavingsUsd))
            restated = "cumulative savings term differs from the monthly series";
        shown = c.figure >= 0.0 ? "month " + formatNumber(c.figure) : "still negative";
        break;
    }
    case TraceKind::RunRateSavings: {
        const double today = need("today per month");
        const double after = need("after migration per month");
        c.recomputed = today > 0.0 ? 1.0 - after / today : 0.0;
        shown = formatPct(c.figure);
        break;
    }
    }
    c.termsPresent = missing.empty();
    c.matches = c.termsPresent && restated.empty() && close(c.recomputed, c.figure);
    c.formulaShowsFigure = t.formula.find(shown) != std::string::npos;
    if (!c.termsPresent) c.problem = "missing terms: " + missing;
    else if (!restated.empty()) c.problem = restated;
    else if (!c.matches)
        c.problem = "terms give " + formatNumber(c.recomputed) + ", the result reports " + formatNumber(c.figure);
    else if (!c.formulaShowsFigure)
        c.problem = "formula \"" + t.formula + "\" does not show " + shown;
    return c;
}

std::vector<TraceCheck> checkTraces(const Result& r) {
    std::vector<TraceCheck> out;
    for (int k = 0; k < kTraceKindCount; ++k) out.push_back(checkTrace(r, static_cast<TraceKind>(k)));
    return out;
}

} // namespace est::model
