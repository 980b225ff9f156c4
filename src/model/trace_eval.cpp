// model/trace_eval.cpp - per-kind recipes that recompute a figure from its trace's terms.
#include "model/trace_eval.hpp"

#include "model/format.hpp"
#include "model/payback.hpp"

#include <algorithm>
#include <cmath>

namespace est::model {
namespace {

bool close(double a, double b, double scale = 0.0) {
    return std::fabs(a - b) <= 1e-6 + 1e-9 * std::max({std::fabs(a), std::fabs(b), scale});
}

// The largest term: a sum of terms can only be as exact as its largest addend (a net of -1,768 from two
// 10-billion terms carries their rounding; found by fuzz_engine).
double termScale(const Trace& t) {
    double scale = 0.0;
    for (const TraceTerm& term : t.terms)
        if (std::isfinite(term.value)) scale = std::max(scale, std::fabs(term.value));
    return scale;
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

double statusCode(CheckStatus s) { return s == CheckStatus::Pass ? 1.0 : s == CheckStatus::Fail ? 0.0 : -1.0; }

std::string statusWord(double code) { return code > 0.5 ? "pass" : code > -0.5 ? "fail" : "unknown"; }

const Trace& emptyTrace() {
    static const Trace kEmpty;
    return kEmpty;
}

} // namespace

bool isListKind(TraceKind k) { return static_cast<int>(k) >= kTraceKindCount; }

std::string_view traceKindName(TraceKind k) {
    switch (k) {
    case TraceKind::ProjectedArr:
        return "projectedArr";
    case TraceKind::Assess:
        return "assess";
    case TraceKind::Mobilize:
        return "mobilize";
    case TraceKind::Credits:
        return "credits";
    case TraceKind::TotalFunding:
        return "totalFunding";
    case TraceKind::Npv:
        return "npv";
    case TraceKind::Payback:
        return "payback";
    case TraceKind::RunRateSavings:
        return "runRateSavings";
    case TraceKind::LeftOnTable:
        return "leftOnTable";
    case TraceKind::TcoYear:
        return "tcoYears";
    case TraceKind::CreditQuarter:
        return "creditQuarters";
    case TraceKind::LeftOnTableReason:
        return "leftOnTableReasons";
    case TraceKind::EligibilityCheck:
        return "eligibilityChecks";
    }
    return "";
}

std::string traceName(TraceKind k, std::size_t index) {
    std::string name(traceKindName(k));
    if (isListKind(k)) name += "[" + std::to_string(index) + "]";
    return name;
}

std::size_t figureCount(const Result& r, TraceKind k) {
    switch (k) {
    case TraceKind::TcoYear:
        return r.yearly.size();
    case TraceKind::CreditQuarter:
        return r.funding.quarters.size();
    case TraceKind::LeftOnTableReason:
        return static_cast<std::size_t>(kLeftOnTableReasonCount);
    case TraceKind::EligibilityCheck:
        return r.eligibility.checks.size();
    default:
        return 1;
    }
}

std::size_t traceCount(const Result& r, TraceKind k) {
    switch (k) {
    case TraceKind::TcoYear:
        return r.traces.tcoYears.size();
    case TraceKind::CreditQuarter:
        return r.traces.creditQuarters.size();
    case TraceKind::LeftOnTableReason:
        return r.traces.leftOnTableReasons.size();
    case TraceKind::EligibilityCheck:
        return r.traces.eligibilityChecks.size();
    default:
        return 1;
    }
}

const Trace& traceOf(const Result& r, TraceKind k, std::size_t index) {
    auto at = [index](const std::vector<Trace>& list) -> const Trace& {
        return index < list.size() ? list[index] : emptyTrace();
    };
    switch (k) {
    case TraceKind::ProjectedArr:
        return r.traces.projectedArr;
    case TraceKind::Assess:
        return r.traces.assess;
    case TraceKind::Mobilize:
        return r.traces.mobilize;
    case TraceKind::Credits:
        return r.traces.credits;
    case TraceKind::TotalFunding:
        return r.traces.totalFunding;
    case TraceKind::Npv:
        return r.traces.npv;
    case TraceKind::Payback:
        return r.traces.payback;
    case TraceKind::RunRateSavings:
        return r.traces.runRateSavings;
    case TraceKind::LeftOnTable:
        return r.traces.leftOnTable;
    case TraceKind::TcoYear:
        return at(r.traces.tcoYears);
    case TraceKind::CreditQuarter:
        return at(r.traces.creditQuarters);
    case TraceKind::LeftOnTableReason:
        return at(r.traces.leftOnTableReasons);
    case TraceKind::EligibilityCheck:
        return at(r.traces.eligibilityChecks);
    }
    return emptyTrace();
}

double traceFigure(const Result& r, TraceKind k, std::size_t index) {
    switch (k) {
    case TraceKind::ProjectedArr:
        return r.projectedArrUsd;
    case TraceKind::Assess:
        return r.funding.assess.amountUsd;
    case TraceKind::Mobilize:
        return r.funding.mobilize.amountUsd;
    case TraceKind::Credits:
        return r.funding.creditsUsd;
    case TraceKind::TotalFunding:
        return r.funding.totalUsd;
    case TraceKind::Npv:
        return r.tco.npvUsd;
    case TraceKind::Payback:
        return r.tco.paybackMonth ? static_cast<double>(*r.tco.paybackMonth) : -1.0;
    case TraceKind::RunRateSavings:
        return r.tco.runRateSavingsPct;
    case TraceKind::LeftOnTable:
        return r.funding.leftOnTable.totalUsd;
    case TraceKind::TcoYear:
        return index < r.yearly.size() ? r.yearly[index].netCashFlowUsd : 0.0;
    case TraceKind::CreditQuarter:
        return index < r.funding.quarters.size() ? r.funding.quarters[index].receivedUsd : 0.0;
    case TraceKind::LeftOnTableReason:
        return index < static_cast<std::size_t>(kLeftOnTableReasonCount)
                   ? leftOnTableAmount(r.funding.leftOnTable, static_cast<LeftOnTableReason>(index))
                   : 0.0;
    case TraceKind::EligibilityCheck:
        return index < r.eligibility.checks.size() ? statusCode(r.eligibility.checks[index].status) : 0.0;
    }
    return 0.0;
}

std::optional<double> termValue(const Trace& t, std::string_view label) {
    for (const TraceTerm& term : t.terms)
        if (term.label == label) return term.value;
    return std::nullopt;
}

TraceCheck checkTrace(const Result& r, TraceKind k, std::size_t index) {
    TraceCheck c;
    c.kind = k;
    c.index = isListKind(k) ? index : 0;
    c.figure = traceFigure(r, k, c.index);
    const Trace& t = traceOf(r, k, c.index);
    std::string shown; // the figure as the formula should display it
    std::string missing;
    auto need = [&](std::string_view label) {
        const std::optional<double> v = termValue(t, label);
        if (!v) missing += (missing.empty() ? "" : ", ") + std::string(label);
        return v.value_or(0.0);
    };
    // A term that restates the figure (or an intermediate the Result also reports) must agree with it too.
    std::string restated;
    auto restates = [&](std::string_view label, double expected) {
        if (const std::optional<double> v = termValue(t, label);
            v && !close(*v, expected, termScale(t)) && restated.empty())
            restated =
                "term \"" + std::string(label) + "\" = " + formatNumber(*v) + " differs from " + formatNumber(expected);
    };

    if (isListKind(k) && c.index >= figureCount(r, k)) {
        c.problem = "no figure " + traceName(k, c.index) + " (" + std::to_string(figureCount(r, k)) + " figures)";
        return c;
    }
    switch (k) {
    case TraceKind::ProjectedArr:
        c.recomputed = 12.0 * need("steady-state monthly AWS spend (eligible)");
        restates("projected ARR", c.figure);
        shown = formatUsd(c.figure);
        break;
    case TraceKind::Assess:
        if (const std::optional<double> tier = termValue(t, "Assess tier amount")) {
            // Program mechanics: the tier amount, at most the fee share of the assessment fee, paid in the horizon.
            const double fee = need("assessment fee");
            const double limit = fee > 0.0 ? std::min(*tier, need("fee share") * fee) : *tier;
            c.recomputed = limit * need("paid in horizon") * need("eligible");
        } else {
            // Published rules: share x ARR, at most a quoted assessment fee (0 = not quoted).
            const double fee = termValue(t, "assessment fee").value_or(0.0);
            const double share = need("Assess share") * need("projected ARR");
            c.recomputed = received(t, fee > 0.0 ? std::min(share, fee) : share);
        }
        restates("Assess funding", c.figure);
        shown = formatUsd(c.figure);
        break;
    case TraceKind::Mobilize:
        // The basis term's label names the basis ("projected ARR", "eligible services cost", ...): second term.
        if (const std::optional<double> cashCap = termValue(t, "Mobilize cash cap")) {
            // Program mechanics: min(share x ARR live in the horizon up to the counted ceiling, cash cap, services
            // cost), less the tranches whose trigger falls after the horizon.
            const double byArr =
                need("Mobilize share") * std::min(need("projected ARR live in the horizon"), need("ARR counted up to"));
            c.recomputed =
                (std::min({byArr, *cashCap, need("Mobilize services cost")}) - need("paid after the horizon")) *
                need("eligible");
        } else if (t.terms.size() < 3) {
            missing = "Mobilize share, basis, Mobilize funding";
        } else {
            // Published rules: less what is held until the migration services are costed.
            c.recomputed = received(t, need("Mobilize share") * t.terms[1].value,
                                    termValue(t, "held until the services are costed").value_or(0.0));
        }
        restates("Mobilize funding", c.figure);
        shown = formatUsd(c.figure);
        break;
    case TraceKind::Credits: {
        // Credits only count above the cumulative minimum, so the quarterly sum telescopes to one subtraction.
        const double earned =
            need("credit share") * std::max(0.0, need("tagged spend in windows") - need("minimum eligible spend"));
        restates("credits earned", earned);
        const double later = termValue(t, "credits released after the horizon").value_or(0.0);
        c.recomputed = received(t, earned, later);
        restates("credits received in horizon", c.figure);
        shown = formatUsd(c.figure);
        break;
    }
    case TraceKind::TotalFunding:
        c.recomputed = need("Assess") + need("Mobilize") + need("credits") + need("training");
        restates("total", c.figure);
        shown = formatUsd(c.figure);
        break;
    case TraceKind::Npv: {
        // The trace names the rate and the months; the cash flows are the monthly series it refers to.
        const double rate = need("discount rate (effective annual)");
        const double months = need("months");
        const double growth = std::pow(1.0 + rate, 1.0 / 12.0);
        double discount = 1.0, npv = 0.0, undiscounted = 0.0;
        const std::size_t n = std::min(r.monthly.size(), static_cast<std::size_t>(std::max(months, 0.0)));
        if (static_cast<double>(r.monthly.size()) != months) restated = "months term differs from the monthly series";
        for (std::size_t m = 0; m < n; ++m) {
            discount /= growth;
            npv += r.monthly[m].netCashFlowUsd * discount;
            undiscounted += r.monthly[m].netCashFlowUsd;
        }
        restates("undiscounted net cash flow", undiscounted);
        c.recomputed = npv;
        restates("NPV", c.figure);
        shown = formatUsd(c.figure);
        break;
    }
    case TraceKind::Payback: {
        // First month from which the cumulative savings of the monthly series stay >= 0, not before the first
        // active month; -1 = none (never within the horizon, or nothing migrates).
        const Payback p = paybackOf(r.monthly, static_cast<int>(need("workloads live within the horizon")));
        c.recomputed = p.month ? *p.month : -1.0;
        // The term is there only when there is a payback month (a reader never sees "month -1").
        if (c.figure >= 0.0) need("payback month");
        restates("payback month", c.figure);
        if (!r.monthly.empty()) restates("cumulative savings at horizon", r.monthly.back().cumulativeSavingsUsd);
        shown = c.figure >= 0.0 ? "month " + formatNumber(c.figure) : std::string(noFigureText(p.why));
        break;
    }
    case TraceKind::RunRateSavings: {
        const double today = need("today per month");
        const double after = need("after migration per month");
        c.recomputed = today > 0.0 ? 1.0 - after / today : 0.0;
        shown = formatPct(c.figure);
        break;
    }
    case TraceKind::LeftOnTable:
        // Money beyond the cap (term "cap") was never available: shown, not counted.
        c.recomputed = need("untagged") + need("tagged late") + need("window closed") + need("below minimum") +
                       need("funded elsewhere") + need("not eligible");
        restates("total", c.figure);
        shown = formatUsd(c.figure);
        break;
    case TraceKind::TcoYear: {
        const PeriodFigures& y = r.yearly[c.index];
        c.recomputed =
            need("today's cost (status quo)") -
            (need("today's cost still paid") + need("AWS usage") + need("AWS support") + need("subscriptions") +
             need("operations labour") + need("licences kept") + need("one-time migration")) +
            need("funding received");
        restates("net cash flow", c.figure);
        // The year's cumulative savings is the running sum of the yearly net cash flow.
        double cumulative = 0.0;
        for (std::size_t i = 0; i <= c.index; ++i) cumulative += r.yearly[i].netCashFlowUsd;
        restates("cumulative savings at year end", cumulative);
        restates("cumulative savings at year end", y.cumulativeSavingsUsd);
        shown = formatUsd(c.figure);
        break;
    }
    case TraceKind::CreditQuarter: {
        const QuarterCredit& q = r.funding.quarters[c.index];
        const double before = need("tagged spend before the quarter");
        const double creditable = std::max(0.0, before + need("tagged spend in the quarter") -
                                                    std::max(before, need("minimum eligible spend")));
        const double earned = need("credit share") * creditable;
        restates("creditable spend", creditable);
        restates("creditable spend", q.creditableSpendUsd);
        restates("credits earned", earned);
        restates("credits earned", q.earnedUsd);
        double v = earned;
        if (const std::optional<double> cap = termValue(t, "cap available")) v = std::min(v, std::max(*cap, 0.0));
        c.recomputed = v * need("released in horizon") * need("eligible");
        shown = formatUsd(c.figure);
        break;
    }
    case TraceKind::LeftOnTableReason: {
        switch (static_cast<LeftOnTableReason>(c.index)) {
        case LeftOnTableReason::Untagged:
        case LeftOnTableReason::TaggedLate:
        case LeftOnTableReason::WindowClosed:
        case LeftOnTableReason::FundedElsewhere:
            // At most what a cap on credits still allowed: one share for every credit reason.
            c.recomputed = need("credit share") * need("spend in the credit windows") *
                           termValue(t, "share within the cap").value_or(1.0);
            break;
        case LeftOnTableReason::Cap: {
            const double subject = need("Assess before the cap") + need("Mobilize before the cap") +
                                   termValue(t, "credits earned subject to the cap").value_or(0.0);
            const std::optional<double> creditCap = termValue(t, "credit cap"); // program mechanics
            const double cap = creditCap ? *creditCap : need("partner-funding cap");
            // Beyond the cap: what the capped amounts exceed it by, and the credit reasons' part above what it still
            // allowed. Program mechanics caps credits whatever the verdict (no "eligible" term).
            c.recomputed = termValue(t, "eligible").value_or(1.0) * std::max(0.0, subject - std::max(cap, 0.0)) +
                           termValue(t, "reasons beyond the cap").value_or(0.0);
            break;
        }
        case LeftOnTableReason::BelowMinimum: {
            // Credits count above the cumulative minimum, so what stays below it is min(tagged spend, minimum).
            const double tagged = need("tagged spend in windows");
            c.recomputed = need("credit share") *
                           (tagged - std::max(0.0, tagged - std::max(need("minimum eligible spend"), 0.0))) *
                           termValue(t, "share within the cap").value_or(1.0);
            break;
        }
        case LeftOnTableReason::NotEligible:
            // Program mechanics counts credits up to the credit cap ("credits within the cap").
            c.recomputed = need("verdict is Not eligible") *
                           (need("Assess before the cap") + need("Mobilize before the cap") +
                            termValue(t, "credits within the cap").value_or(need("credits earned")) + need("training"));
            break;
        }
        shown = formatUsd(c.figure);
        break;
    }
    case TraceKind::EligibilityCheck: {
        const EligibilityCheck& ec = r.eligibility.checks[c.index];
        const double measured = need("measured");
        const std::optional<double> minimum = termValue(t, "minimum"), maximum = termValue(t, "maximum");
        if (!minimum && !maximum) missing += (missing.empty() ? "" : ", ") + std::string("minimum or maximum");
        const bool passes = minimum ? measured >= *minimum : maximum ? measured <= *maximum : false;
        c.recomputed = need("known") == 0.0 ? -1.0 : (passes ? 1.0 : 0.0);
        const double clear = need("clear amount");
        restates("measured", ec.measured);
        restates("clear amount", ec.clearAmount);
        if (c.recomputed == 1.0 && clear != 0.0)
            restated = "a passing check has a clear amount of " + formatNumber(clear);
        if (c.recomputed == 0.0 && !(clear > 0.0)) restated = "a failing check has no positive clear amount";
        if (c.recomputed == 0.0 && minimum && ec.unit == "USD" && !close(clear, *minimum - measured))
            restated =
                "clear amount " + formatNumber(clear) + " differs from the gap " + formatNumber(*minimum - measured);
        shown = statusWord(c.figure);
        break;
    }
    }
    c.termsPresent = missing.empty();
    c.matches = c.termsPresent && restated.empty() && close(c.recomputed, c.figure, termScale(t));
    c.formulaShowsFigure = !shown.empty() && t.formula.find(shown) != std::string::npos;
    if (!c.termsPresent)
        c.problem = "missing terms: " + missing;
    else if (!restated.empty())
        c.problem = restated;
    else if (!c.matches)
        c.problem = "terms give " + formatNumber(c.recomputed) + ", the result reports " + formatNumber(c.figure);
    else if (!c.formulaShowsFigure)
        c.problem = "formula \"" + t.formula + "\" does not show " + shown;
    return c;
}

std::vector<TraceCheck> checkTraces(const Result& r) {
    std::vector<TraceCheck> out;
    for (int i = 0; i < kAllTraceKindCount; ++i) {
        const TraceKind k = static_cast<TraceKind>(i);
        const std::size_t figures = figureCount(r, k);
        for (std::size_t j = 0; j < figures; ++j) out.push_back(checkTrace(r, k, j));
        if (const std::size_t traces = traceCount(r, k); traces > figures) {
            TraceCheck extra;
            extra.kind = k;
            extra.index = figures;
            extra.problem = std::to_string(traces) + " " + std::string(traceKindName(k)) + " traces for " +
                            std::to_string(figures) + " figures";
            out.push_back(std::move(extra));
        }
    }
    return out;
}

} // namespace est::model
