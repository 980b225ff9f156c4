// model/estimator_traces.cpp - the estimator's traces: the formula of every headline figure with its values and the
// largest workloads behind it. Text and terms only: every figure is already final here (estimator.hpp).
#include "model/estimator.hpp"

#include "model/format.hpp"
#include "model/names.hpp"
#include "model/payback.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace est::model::estimator {
namespace {

TraceTerm term(std::string label, double value, std::string unit) {
    return TraceTerm{std::move(label), value, std::move(unit)};
}

Trace makeTrace(std::string figureLabel, std::string formula, std::vector<TraceTerm> terms) {
    Trace t;
    t.figureLabel = std::move(figureLabel);
    t.formula = std::move(formula);
    t.terms = std::move(terms);
    return t;
}

} // namespace

std::string Estimator::workloadName(std::size_t i) const {
    const Workload& w = s.workloads[i];
    return w.name.empty() ? w.id : w.name;
}

// "largest: <name>" terms (USD/month, informational: no recipe uses them) and the matching notes.
void Estimator::addLargest(Trace& t, const Largest& top) const {
    for (int k = 0; k < top.size; ++k) {
        const std::string name = workloadName(top.index[k]);
        t.terms.push_back(term("largest: " + name, top.value[k], "USD/month"));
        t.notes.push_back("largest: " + name + " " + formatUsd(top.value[k]) + "/month");
    }
}

void Estimator::traces() {
    // Text and terms only: every figure is already final here. trace_eval.cpp holds the recipe of each kind.
    Traces& tr = out.traces;
    {
        std::string largestText;
        for (int k = 0; k < largestEligible.size; ++k)
            largestText += (k == 0 ? "; largest: " : ", ") + workloadName(largestEligible.index[k]) + " " +
                           formatUsd(largestEligible.value[k]) + "/month";
        const std::string basis =
            prog.projectedArrOverrideUsd > 0.0
                ? " monthly committed spend entered (a partner's projection)"
                : " steady-state monthly AWS spend of " + std::to_string(eligibleCount) + " MAP-eligible workloads";
        const std::string net = eligibleSpendShare(prog) < 1.0 ? ", net of data transfer and Marketplace software" : "";
        // A committed spend says so, with the sized spend beside it (arr_differs_from_sized warns on a wide gap).
        const bool committed = prog.projectedArrOverrideUsd > 0.0;
        const std::string sized =
            committed ? "; the sizing gives " + formatUsd(12.0 * programSpend.sizedMonthly()) + " a year" : "";
        tr.projectedArr =
            makeTrace(committed ? "Committed ARR" : "Projected ARR",
                      (committed ? "Committed ARR = 12 x " : "Projected ARR = 12 x ") + formatUsd(projectedMonthly) +
                          basis + net + " = " + formatUsd(arr) + sized + largestText,
                      {term("steady-state monthly AWS spend (eligible)", projectedMonthly, "USD"),
                       term("MAP-eligible workloads", eligibleCount, "workloads"), term("projected ARR", arr, "USD")});
        addLargest(tr.projectedArr, largestEligible);
    }
    const bool notEligible = el.verdict == Verdict::NotEligible;
    const double eligible = notEligible ? 0.0 : 1.0; // multiplies the received amounts
    const std::string capNote = left.capUsd > 0.0 ? " (cap " + formatUsd(f.capUsd) + " applied)" : "";
    tr.assess = makeTrace(
        "Assess funding",
        "Assess = " + formatPct(f.assess.pct) + " x " + arrName(prog) + " " + formatUsd(arr) +
            (prog.assessmentFeeUsd > 0.0 ? ", at most the assessment fee " + formatUsd(prog.assessmentFeeUsd) : "") +
            " = " + formatUsd(f.assess.uncappedUsd) +
            (f.assess.amountUsd != f.assess.uncappedUsd ? "; received " + formatUsd(f.assess.amountUsd) : ""),
        {term("Assess share", f.assess.pct, "%"), term("projected ARR", arr, "USD"),
         term("Assess funding", f.assess.amountUsd, "USD"), term("eligible", eligible, ""),
         term("assessment fee", prog.assessmentFeeUsd, "USD"), term("cap available", capBeforeAssess, "USD")});
    const std::string basisName = prog.mobilizeBasis == MobilizeBasis::ProjectedArr ? arrName(prog)
                                  : prog.migrationServicesUsd > 0.0                 ? "eligible services cost"
                                                                    : "estimated one-time migration cost";
    tr.mobilize = makeTrace(
        "Mobilize funding",
        "Mobilize = " + formatPct(f.mobilize.pct) + " x " + basisName + " " + formatUsd(f.mobilize.basisUsd) + " = " +
            formatUsd(f.mobilize.uncappedUsd) +
            (f.mobilize.amountUsd != f.mobilize.uncappedUsd ? "; received " + formatUsd(f.mobilize.amountUsd) + capNote
                                                            : "") +
            (rulesMobilizeHeldUsd > 0.0 ? " (paid as the migration services are costed; " +
                                              formatUsd(rulesMobilizeHeldUsd) + " held: never costed in the horizon)"
                                        : std::string()),
        {term("Mobilize share", f.mobilize.pct, "%"), term(basisName, f.mobilize.basisUsd, "USD"),
         term("Mobilize funding", f.mobilize.amountUsd, "USD"), term("eligible", eligible, ""),
         term("held until the services are costed", rulesMobilizeHeldUsd, "USD"),
         term("cap available", capBeforeMobilize, "USD")});
    tr.credits = makeTrace(
        "Migrate & Modernize credits",
        "Credits = " + formatPct(f.creditPct) + " x tagged spend above the " + formatUsd(prog.minEligibleSpendUsd) +
            " minimum " + formatUsd(f.creditPct > 0.0 ? f.creditsEarnedUsd / f.creditPct : 0.0) + " = " +
            formatUsd(f.creditsEarnedUsd) + "; received within the horizon " + formatUsd(f.creditsUsd) +
            " (on tagged spend growth only, the articles' wording: " + formatUsd(creditsOnGrowthUsd) + " earned)",
        {term("credit share", f.creditPct, "%"), term("tagged spend in windows", f.taggedSpendUsd, "USD"),
         term("minimum eligible spend", prog.minEligibleSpendUsd, "USD"),
         term("credits on spend growth (other reading)", creditsOnGrowthUsd, "USD"),
         term("credits earned", f.creditsEarnedUsd, "USD"), term("credits received in horizon", f.creditsUsd, "USD"),
         term("eligible", eligible, ""), term("credits released after the horizon", f.creditsAfterHorizonUsd, "USD")});
    if (prog.capIncludesCredits) tr.credits.terms.push_back(term("cap available", capBeforeCredits, "USD"));
    // Only what is released within the horizon counts (a phase released after it is received later; found by
    // fuzz_engine with a 10-year Mobilize phase).
    const Money assessIn = f.assess.releasedInHorizon ? f.assess.amountUsd : 0.0;
    const Money mobilizeIn = f.mobilize.releasedInHorizon ? f.mobilize.amountUsd : 0.0;
    const Money trainingIn = f.mobilize.releasedInHorizon ? f.trainingUsd : 0.0;
    tr.totalFunding = makeTrace(
        "Total MAP funding in the horizon",
        "Funding = Assess " + formatUsd(assessIn) + " + Mobilize " + formatUsd(mobilizeIn) + " + credits " +
            formatUsd(f.creditsUsd) + " + training " + formatUsd(trainingIn) + " = " + formatUsd(f.totalUsd) +
            (notEligible ? " (not eligible: nothing received)" : ""),
        {term("Assess", assessIn, "USD"), term("Mobilize", mobilizeIn, "USD"), term("credits", f.creditsUsd, "USD"),
         term("training", trainingIn, "USD"), term("total", f.totalUsd, "USD")});
    if (assessIn != f.assess.amountUsd || mobilizeIn != f.mobilize.amountUsd)
        tr.totalFunding.notes.push_back("phases released after the horizon are not counted in it");
    tr.npv = makeTrace("NPV of savings",
                       "NPV = sum of monthly net cash flow / (1 + " + formatPct(s.settings.discountRatePct) +
                           ")^((month + 1) / 12) over " + std::to_string(n) + " months = " + formatUsd(tco.npvUsd),
                       {term("discount rate (effective annual)", s.settings.discountRatePct, "%"),
                        term("months", n, "months"), term("undiscounted net cash flow", tco.horizonSavingsUsd, "USD"),
                        term("NPV", tco.npvUsd, "USD")});
    tr.payback = makeTrace(
        "Payback month",
        tco.paybackMonth
            ? "Payback = first month from which cumulative savings stay >= 0, from the "
              "first month of the migration (month " +
                  std::to_string(firstActiveMonth(out.monthly)) + "): month " + std::to_string(*tco.paybackMonth)
        : tco.whyNoPayback == NoFigure::NothingMigrates
            ? std::string("Payback: nothing migrates (no workload goes live within the horizon)")
            : std::string("Payback: never within the horizon (cumulative savings are still negative at its end)"),
        {term("cumulative savings at horizon", tco.horizonSavingsUsd, "USD"),
         term("workloads live within the horizon", tco.liveInHorizon, "workloads")});
    if (tco.paybackMonth)
        tr.payback.terms.insert(tr.payback.terms.begin(), term("payback month", *tco.paybackMonth, "months"));
    tr.runRateSavings = makeTrace(
        "Run-rate savings",
        "Run-rate savings = 1 - after migration " + formatUsd(tco.targetMonthlyUsd) + " / today " +
            formatUsd(todayTotal) + " per month = " + formatPct(tco.runRateSavingsPct),
        {term("today per month", todayTotal, "USD"), term("after migration per month", tco.targetMonthlyUsd, "USD"),
         term("support per month", steadySupport, "USD")});
    tcoYearTraces();
    creditQuarterTraces();
    leftOnTableTraces();
    eligibilityTraces();
}

// One trace per horizon year: net cash flow = today's cost - migration-scenario costs + funding.
void Estimator::tcoYearTraces() {
    std::vector<Trace>& list = out.traces.tcoYears;
    list.clear();
    list.reserve(out.yearly.size());
    for (std::size_t y = 0; y < out.yearly.size(); ++y) {
        const PeriodFigures& p = out.yearly[y];
        const std::string year = "Year " + std::to_string(y + 1);
        const Money migration = p.migrationCostUsd();
        std::string text = year + " net = today's cost " + formatUsd(p.statusQuoUsd) + " - (today's cost still paid " +
                           formatUsd(p.legacyUsd);
        // Parts that round to $0 are left out of the text (they stay in the terms).
        if (formatUsd(p.dualRunningUsd) != "$0") text += " incl. dual running " + formatUsd(p.dualRunningUsd);
        text += " + AWS " + formatUsd(p.awsUsd);
        if (formatUsd(p.subscriptionUsd) != "$0") text += " + subscriptions " + formatUsd(p.subscriptionUsd);
        if (formatUsd(p.opsLabourUsd) != "$0") text += " + operations labour " + formatUsd(p.opsLabourUsd);
        if (formatUsd(p.licencesKeptUsd) != "$0") text += " + licences kept " + formatUsd(p.licencesKeptUsd);
        text += " + one-time migration " + formatUsd(p.oneTimeUsd) + ") + funding " + formatUsd(p.fundingTotalUsd) +
                " = " + formatUsd(p.netCashFlowUsd);
        Trace t = makeTrace(
            year + " net cash flow", std::move(text),
            {term("today's cost (status quo)", p.statusQuoUsd, "USD"),
             term("today's cost still paid", p.legacyUsd, "USD"),
             term("of which dual running", p.dualRunningUsd, "USD"), term("AWS usage", p.awsUsageUsd, "USD"),
             term("AWS support", p.awsSupportUsd, "USD"), term("subscriptions", p.subscriptionUsd, "USD"),
             term("operations labour", p.opsLabourUsd, "USD"), term("licences kept", p.licencesKeptUsd, "USD"),
             term("one-time migration", p.oneTimeUsd, "USD"), term("funding received", p.fundingTotalUsd, "USD"),
             term("migration cost before funding", migration, "USD"), term("net cash flow", p.netCashFlowUsd, "USD"),
             term("cumulative savings at year end", p.cumulativeSavingsUsd, "USD")});
        t.notes.push_back("months " + std::to_string(12 * y) + " to " + std::to_string(12 * y + 11) +
                          " of the plan; costs are outflows, funding inflows");
        list.push_back(std::move(t));
    }
}

// One trace per quarter of tagged spend: credit share x spend above the cumulative minimum, then the cap,
// the release lag and the verdict.
void Estimator::creditQuarterTraces() {
    std::vector<Trace>& list = out.traces.creditQuarters;
    list.clear();
    list.reserve(f.quarters.size());
    const bool notEligible = el.verdict == Verdict::NotEligible;
    double before = 0.0, previous = 0.0;
    for (std::size_t q = 0; q < f.quarters.size(); ++q) {
        const QuarterCredit& qc = f.quarters[q];
        const Money capAvailable = q < capBeforeQuarter.size() ? capBeforeQuarter[q] : prog.partnerFundingCapUsd;
        const std::string name = "quarter " + std::to_string(qc.quarter + 1) + " (months " +
                                 std::to_string(3 * qc.quarter) + " to " + std::to_string(3 * qc.quarter + 2) + ")";
        std::string text = "Credits for " + name + " = " + formatPct(f.creditPct) + " x creditable spend " +
                           formatUsd(qc.creditableSpendUsd) + " = " + formatUsd(qc.earnedUsd) +
                           " earned (tagged spend " + formatUsd(qc.taggedSpendUsd) + " this quarter, " +
                           formatUsd(before) + " before it, minimum " + formatUsd(prog.minEligibleSpendUsd) + "); ";
        const std::string release = "released in quarter " + std::to_string(qc.releaseQuarter + 1) + " (lag " +
                                    std::to_string(prog.creditLagQuarters) + ")";
        if (notEligible)
            text += "not eligible: received " + formatUsd(qc.receivedUsd);
        else if (!qc.releasedInHorizon)
            text += release + ", after the horizon: received in the horizon " + formatUsd(qc.receivedUsd);
        else if (prog.capIncludesCredits && qc.receivedUsd != qc.earnedUsd)
            text += release + ", cap left " + formatUsd(std::max(capAvailable, 0.0)) + ": received " +
                    formatUsd(qc.receivedUsd);
        else
            text += release + ": received " + formatUsd(qc.receivedUsd);
        Trace t = makeTrace(
            "Credits for " + name, std::move(text),
            {term("credit share", f.creditPct, "%"), term("tagged spend in the quarter", qc.taggedSpendUsd, "USD"),
             term("tagged spend before the quarter", before, "USD"),
             term("minimum eligible spend", prog.minEligibleSpendUsd, "USD"),
             term("creditable spend", qc.creditableSpendUsd, "USD"), term("credits earned", qc.earnedUsd, "USD"),
             term("change in tagged spend from the previous quarter", qc.taggedSpendUsd - previous, "USD"),
             term("credit lag", prog.creditLagQuarters, "quarters"), term("release month", qc.releaseMonth, "months"),
             term("released in horizon", qc.releasedInHorizon ? 1.0 : 0.0, ""),
             term("eligible", notEligible ? 0.0 : 1.0, "")});
        if (prog.capIncludesCredits) t.terms.push_back(term("cap available", capAvailable, "USD"));
        before += qc.taggedSpendUsd;
        previous = qc.taggedSpendUsd;
        list.push_back(std::move(t));
    }
}

// One trace per reason of LeftOnTable (LeftOnTableReason order) and one for the total.
void Estimator::leftOnTableTraces() {
    std::vector<Trace>& list = out.traces.leftOnTableReasons;
    list.clear();
    list.reserve(kLeftOnTableReasonCount);
    const bool notEligible = el.verdict == Verdict::NotEligible;
    Money untaggedSpend = 0.0, lateSpend = 0.0, closedSpend = 0.0, elsewhereSpend = 0.0;
    for (std::size_t m = 0; m < untagged.size(); ++m) {
        untaggedSpend += untagged[m];
        lateSpend += late[m];
        closedSpend += windowClosed[m];
        elsewhereSpend += fundedElsewhere[m];
    }
    // Credit share x spend of the workloads concerned inside their credit windows and the horizon, at most what a
    // cap on credits still allowed.
    const std::string capShare = leftWithinCap < 1.0 ? " x " + formatPct(leftWithinCap) + " the cap still allowed" : "";
    auto spendReason = [&](const std::string& label, const std::string& what, Money spend, Money amount,
                           MapCategory category) {
        const Largest& top = largestIn[category];
        const int count = top.count;
        Trace t =
            makeTrace(label,
                      label + " = " + formatPct(f.creditPct) + " x " + formatUsd(spend) +
                          " AWS spend inside the credit windows of " + std::to_string(count) +
                          (count == 1 ? " workload " : " workloads ") + what + capShare + " = " + formatUsd(amount),
                      {term("credit share", f.creditPct, "%"), term("spend in the credit windows", spend, "USD"),
                       term("workloads", count, "workloads"), term("share within the cap", leftWithinCap, "%")});
        addLargest(t, top);
        list.push_back(std::move(t));
    };
    spendReason("Untagged", "never tagged (MAP-eligible)", untaggedSpend, left.untaggedUsd, kNeverTagged);
    spendReason("Tagged late", "tagged after go-live (spend before the tag month)", lateSpend, left.taggedLateUsd,
                kLateTag);
    spendReason("Window closed", "tagged only after the credit window closed", closedSpend, left.windowClosedUsd,
                kClosedWindow);
    {
        const Money credits = prog.capIncludesCredits ? f.creditsEarnedUsd : 0.0;
        const Money subject = f.assess.uncappedUsd + f.mobilize.uncappedUsd + credits;
        const Money fromReasons = notEligible ? 0.0 : left.capUsd - std::max(0.0, subject - std::max(f.capUsd, 0.0));
        Trace t = makeTrace(
            "Beyond the partner-funding cap",
            notEligible
                ? "Beyond the cap: not eligible, nothing reached the cap = " + formatUsd(left.capUsd)
                : "Beyond the cap (never available, not left on the table) = Assess " +
                      formatUsd(f.assess.uncappedUsd) + " + Mobilize " + formatUsd(f.mobilize.uncappedUsd) +
                      (prog.capIncludesCredits ? " + credits earned " + formatUsd(credits) : "") + " before the cap " +
                      formatUsd(subject) + " - cap " + formatUsd(f.capUsd) + " (never below 0)" +
                      (fromReasons > 0.0 ? " + credits the reasons would have earned above it " + formatUsd(fromReasons)
                                         : std::string()) +
                      " = " + formatUsd(left.capUsd),
            {term("eligible", notEligible ? 0.0 : 1.0, ""), term("Assess before the cap", f.assess.uncappedUsd, "USD"),
             term("Mobilize before the cap", f.mobilize.uncappedUsd, "USD"),
             term("partner-funding cap", f.capUsd, "USD"), term("reasons beyond the cap", fromReasons, "USD")});
        if (prog.capIncludesCredits) t.terms.push_back(term("credits earned subject to the cap", credits, "USD"));
        t.notes.push_back(prog.capIncludesCredits ? "the cap covers Assess, Mobilize and credits"
                                                  : "the cap covers Assess and Mobilize; credits are outside it");
        list.push_back(std::move(t));
    }
    {
        const Money below = f.taggedSpendUsd - std::max(0.0, f.taggedSpendUsd - prog.minEligibleSpendUsd);
        list.push_back(
            makeTrace("Below the minimum eligible spend",
                      "Below minimum = " + formatPct(f.creditPct) + " x tagged spend under the " +
                          formatUsd(prog.minEligibleSpendUsd) + " minimum " + formatUsd(below) + capShare + " = " +
                          formatUsd(left.belowMinimumUsd),
                      {term("credit share", f.creditPct, "%"), term("tagged spend in windows", f.taggedSpendUsd, "USD"),
                       term("minimum eligible spend", prog.minEligibleSpendUsd, "USD"),
                       term("share within the cap", leftWithinCap, "%")}));
    }
    spendReason("Funded elsewhere", "funded by another program", elsewhereSpend, left.fundedElsewhereUsd, kElsewhere);
    {
        const Money training = prog.trainingAllowanceUsdPerPerson * prog.trainingPeople;
        list.push_back(makeTrace(
            "Not eligible",
            notEligible ? "Not eligible = the whole ladder before the cap: Assess " + formatUsd(f.assess.uncappedUsd) +
                              " + Mobilize " + formatUsd(f.mobilize.uncappedUsd) + " + credits " +
                              formatUsd(f.creditsEarnedUsd) + " + training " + formatUsd(training) + " = " +
                              formatUsd(left.notEligibleUsd)
                        : "Not eligible: the verdict is " + std::string(verdictName(el.verdict)) + ", so " +
                              formatUsd(left.notEligibleUsd) + " is lost to it",
            {term("verdict is Not eligible", notEligible ? 1.0 : 0.0, ""),
             term("Assess before the cap", f.assess.uncappedUsd, "USD"),
             term("Mobilize before the cap", f.mobilize.uncappedUsd, "USD"),
             term("credits earned", f.creditsEarnedUsd, "USD"), term("training", training, "USD")}));
    }
    out.traces.leftOnTable = makeTrace(
        "Money left on the table",
        "Left on the table = untagged " + formatUsd(left.untaggedUsd) + " + tagged late " +
            formatUsd(left.taggedLateUsd) + " + window closed " + formatUsd(left.windowClosedUsd) +
            " + below minimum " + formatUsd(left.belowMinimumUsd) + " + funded elsewhere " +
            formatUsd(left.fundedElsewhereUsd) + " + not eligible " + formatUsd(left.notEligibleUsd) + " = " +
            formatUsd(left.totalUsd) + " (beyond the cap, never available: " + formatUsd(left.capUsd) + ")",
        {term("untagged", left.untaggedUsd, "USD"), term("tagged late", left.taggedLateUsd, "USD"),
         term("window closed", left.windowClosedUsd, "USD"), term("cap", left.capUsd, "USD"),
         term("below minimum", left.belowMinimumUsd, "USD"), term("funded elsewhere", left.fundedElsewhereUsd, "USD"),
         term("not eligible", left.notEligibleUsd, "USD"), term("total", left.totalUsd, "USD")});
}

// One trace per eligibility check: measured value against its minimum (or maximum), the status, what clears it.
void Estimator::eligibilityTraces() {
    std::vector<Trace>& list = out.traces.eligibilityChecks;
    list.clear();
    list.reserve(el.checks.size());
    for (const EligibilityCheck& c : el.checks) {
        // Checks pass at or above their threshold, except the count of late tags, which must stay at or below it.
        const bool atMost = c.check == CheckId::TaggingTiming;
        const bool known = c.check == CheckId::PartnerCompetency ? prog.partnerMigrationCompetency.has_value()
                           : c.check == CheckId::TaggingCoverage ? eligibleCount > 0
                                                                 : c.status != CheckStatus::Unknown;
        auto shown = [&](double v) {
            if (c.unit == "USD") return formatUsd(v);
            if (c.unit == "%") return formatPct(v);
            if (c.unit.empty()) return std::string(v != 0.0 ? "yes" : "no");
            return formatNumber(v) + " " + c.unit;
        };
        const char* word = c.status == CheckStatus::Pass ? "pass" : c.status == CheckStatus::Fail ? "fail" : "unknown";
        std::string text = c.label + ": ";
        if (known && c.unit.empty())
            text += "measured " + shown(c.measured) + ", required " + shown(c.threshold);
        else if (known)
            text += "measured " + shown(c.measured) + (atMost ? " <= maximum " : " >= minimum ") + shown(c.threshold);
        else
            text += "not known";
        text += std::string(" -> ") + word;
        if (c.status != CheckStatus::Pass && !c.clearText.empty()) text += "; clears with: " + c.clearText;
        const std::string clearUnit = c.unit == "%" || c.unit == "workloads tagged late" ? "workloads" : c.unit;
        Trace t =
            makeTrace(c.label, std::move(text),
                      {term("measured", c.measured, c.unit), term(atMost ? "maximum" : "minimum", c.threshold, c.unit),
                       term("known", known ? 1.0 : 0.0, ""), term("clear amount", c.clearAmount, clearUnit),
                       term("blocking", c.blocking ? 1.0 : 0.0, "")});
        if (c.check == CheckId::TaggingCoverage) {
            t.terms.push_back(term("MAP-eligible workloads", eligibleCount, "workloads"));
            t.terms.push_back(term("tagged workloads", taggedEligibleCount, "workloads"));
        }
        t.notes.push_back(c.blocking ? "blocking: a failure makes the verdict Not eligible"
                                     : "advisory: a failure does not change the verdict");
        list.push_back(std::move(t));
    }
}

} // namespace est::model::estimator
