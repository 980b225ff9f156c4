// tests/model/trace_test.cpp - every trace (headline, year, credit quarter, left-on-table reason, eligibility
// check) recomputes its figure, on hand-computed cases; one scenario in two currencies.
#include "model/engine.hpp"
#include "model/format.hpp"
#include "model/synthetic_estate.hpp"
#include "model/trace_eval.hpp"
#include "test_scenarios.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <vector>

using namespace est::model;
using Catch::Detail::Approx;

namespace {

struct Named {
    std::string name;
    Scenario scenario;
};

// Hand-made and synthetic scenarios whose ladder is eligible and under the cap (the cases today's traces cover).
std::vector<Named> eligibleScenarios() {
    std::vector<Named> v;
    v.push_back({"paas", test::paasScenario()});            // program mechanics (the default headline)
    v.push_back({"paas-rules", test::rulesPaasScenario()}); // published rules of thumb
    Scenario late = test::rulesPaasScenario();
    late.workloads[0].taggedFromMonth = 12;   // tagged late
    late.workloads[1].mapTagged = false;      // untagged
    late.workloads[2].fundedElsewhere = true; // Activate: 9 eligible workloads, so lower the scope floor
    late.program.scopeFloorServers = {5.0, 5.0, 10.0};
    late.program.trainingAllowanceUsdPerPerson = 500.0;
    late.program.trainingPeople = 4;
    late.program.mobilizeBasis = MobilizeBasis::ServicesCost;
    late.program.migrationServicesUsd = 80000.0;
    late.settings.horizonYears = 3;
    v.push_back({"paas-late-tags-services-basis", late});
    late.program.headlineProfile = FundingProfile::ProgramMechanics;
    v.push_back({"paas-late-tags-program", late});
    v.push_back({"synthetic-onprem-300", makeSyntheticScenario(300, 7)});
    v.push_back({"synthetic-onprem-1000", makeSyntheticScenario(1000, 42)});
    v.push_back({"synthetic-othercloud-200", makeSyntheticScenario(200, 3, SourceKind::OtherCloud)});
    v.push_back({"synthetic-paas-150", makeSyntheticScenario(150, 11, SourceKind::Paas)});
    return v;
}

void requireAllTracesRecompute(const std::string& name, const Result& r) {
    const std::vector<TraceCheck> checks = checkTraces(r);
    // 9 headline traces + one per year, per credit quarter, per left-on-the-table reason (7) and per check.
    CHECK(checks.size() == 9 + r.yearly.size() + r.funding.quarters.size() + 7 + r.eligibility.checks.size());
    for (const TraceCheck& c : checks) {
        INFO(name << " / " << traceName(c.kind, c.index) << ": " << c.problem
                  << " | formula: " << traceOf(r, c.kind, c.index).formula);
        CHECK(c.termsPresent);
        CHECK(c.matches);
        CHECK(c.formulaShowsFigure);
    }
}

bool sameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

void checkSamePeriods(const std::vector<PeriodFigures>& a, const std::vector<PeriodFigures>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(sameBits(a[i].netCashFlowUsd, b[i].netCashFlowUsd));
        CHECK(sameBits(a[i].cumulativeSavingsUsd, b[i].cumulativeSavingsUsd));
        CHECK(sameBits(a[i].awsUsd, b[i].awsUsd));
        CHECK(sameBits(a[i].legacyUsd, b[i].legacyUsd));
        CHECK(sameBits(a[i].fundingTotalUsd, b[i].fundingTotalUsd));
    }
}

} // namespace

TEST_CASE("The PaaS scenario's traces show the issue's worked example", "[model][trace]") {
    // 10 workloads x $1,100 = $11,000 a month; ARR 12 x 11,000 = $132,000; Mobilize 20 % x 132,000 = $26,400.
    const Result r = estimate(test::rulesPaasScenario());
    REQUIRE(r.ok());
    CHECK(termValue(r.traces.projectedArr, "steady-state monthly AWS spend (eligible)") == Approx(11000.0));
    CHECK(r.traces.mobilize.formula.find("20 % x projected ARR $132,000 = $26,400") != std::string::npos);
    const TraceCheck arr = checkTrace(r, TraceKind::ProjectedArr);
    CHECK(arr.recomputed == Approx(132000.0));
    CHECK(arr.matches);
    const TraceCheck mob = checkTrace(r, TraceKind::Mobilize);
    CHECK(mob.recomputed == Approx(26400.0));
    CHECK(mob.matches);
    // Credits 20 % x (18 months x $11,000 - $50,000) = 20 % x 148,000 = $29,600.
    const TraceCheck cr = checkTrace(r, TraceKind::Credits);
    CHECK(cr.recomputed == Approx(29600.0));
    CHECK(cr.matches);
}

TEST_CASE("Every headline trace recomputes its figure in eligible scenarios", "[model][trace]") {
    for (const Named& n : eligibleScenarios()) {
        const Result r = estimate(n.scenario);
        INFO(n.name);
        REQUIRE(r.ok());
        REQUIRE(r.eligibility.verdict != Verdict::NotEligible);
        REQUIRE_FALSE(r.funding.capApplied);
        requireAllTracesRecompute(n.name, r);
    }
}

TEST_CASE("A trace whose terms disagree with its figure is caught", "[model][trace]") {
    Result r = estimate(test::rulesPaasScenario());
    REQUIRE(r.ok());
    r.funding.mobilize.amountUsd += 1.0; // the figure no longer follows from 20 % x $132,000
    CHECK_FALSE(checkTrace(r, TraceKind::Mobilize).matches);
    r.traces.npv.terms.clear();
    const TraceCheck npv = checkTrace(r, TraceKind::Npv);
    CHECK_FALSE(npv.termsPresent);
    CHECK(npv.problem.find("missing terms") != std::string::npos);
}

// Assess / Mobilize / credits traces carry "eligible" and "cap available" (and credits "credits released after
// the horizon"), so the received figure follows from the terms even when the verdict or the cap cuts funding.
TEST_CASE("Traces recompute their figures when the verdict, the cap or the horizon cuts funding", "[model][trace]") {
    Scenario notEligible = test::rulesPaasScenario();
    notEligible.program.mapLiteMinArrUsd = 150000.0;
    notEligible.program.practicalFloorMonthlyUsd = 20000.0; // not borderline either
    const Result ne = estimate(notEligible);
    REQUIRE(ne.eligibility.verdict == Verdict::NotEligible);
    requireAllTracesRecompute("not eligible", ne);

    // Cap $20,000: Assess $6,600 fits, Mobilize gets the remaining $13,400.
    Scenario capped = test::rulesPaasScenario();
    capped.program.partnerFundingCapUsd = 20000.0;
    const Result cp = estimate(capped);
    CHECK(checkTrace(cp, TraceKind::Mobilize).recomputed == Approx(13400.0));
    requireAllTracesRecompute("capped", cp);

    // Cap $40,000 including credits: 40,000 - 6,600 - 26,400 = $7,000 of the $29,600 credits.
    Scenario capCredits = test::rulesPaasScenario();
    capCredits.program.partnerFundingCapUsd = 40000.0;
    capCredits.program.capIncludesCredits = true;
    const Result cc = estimate(capCredits);
    CHECK(checkTrace(cc, TraceKind::Credits).recomputed == Approx(7000.0));
    requireAllTracesRecompute("cap includes credits", cc);

    // Three-year horizon, five-quarter lag: spend of quarter 7 (months 21-23) is credited in quarter 12, month 36
    // = after the horizon.
    Scenario shortHorizon = test::rulesPaasScenario();
    shortHorizon.settings.horizonYears = 3;
    shortHorizon.program.creditLagQuarters = 5;
    const Result sh = estimate(shortHorizon);
    CHECK(sh.funding.creditsAfterHorizonUsd > 0.0);
    requireAllTracesRecompute("two-year horizon", sh);
}

TEST_CASE("Payback and NPV traces follow the monthly series", "[model][trace]") {
    Scenario never = test::rulesPaasScenario();
    never.source.monthlyBillUsd = 5000.0; // AWS at $11,000 a month never pays back a $5,000 bill
    const Result r = estimate(never);
    REQUIRE(r.ok());
    CHECK_FALSE(r.tco.paybackMonth);
    const TraceCheck pb = checkTrace(r, TraceKind::Payback);
    CHECK(pb.figure == -1.0);
    CHECK(pb.recomputed == -1.0);
    CHECK(pb.matches);
    CHECK(pb.formulaShowsFigure);
    CHECK(checkTrace(r, TraceKind::Npv).matches);
}

TEST_CASE("Failing eligibility checks say how much clears them", "[model][trace]") {
    Scenario s = test::rulesPaasScenario();
    s.program.mapLiteMinArrUsd = 150000.0; // ARR $132,000: $18,000 short
    s.workloads[1].mapTagged = false;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    bool sawArr = false;
    for (const EligibilityCheck& c : r.eligibility.checks) {
        INFO(c.id);
        if (c.status == CheckStatus::Fail) {
            CHECK(c.clearAmount > 0.0);
            CHECK_FALSE(c.clearText.empty());
        }
        if (c.status == CheckStatus::Pass) CHECK(c.clearAmount == 0.0);
        if (c.id == "arr.mapLite") {
            sawArr = true;
            CHECK(c.measured == Approx(132000.0));
            CHECK(c.clearAmount == Approx(c.threshold - c.measured));
            CHECK(c.clearAmount == Approx(18000.0));
        }
    }
    CHECK(sawArr);
}

TEST_CASE("The same scenario in EUR gives the same USD result, converted only for display", "[model][currency]") {
    for (const Named& n : eligibleScenarios()) {
        INFO(n.name);
        Scenario eur = n.scenario;
        eur.settings.currencyCode = "EUR";
        eur.settings.currencySymbol = "EUR ";
        eur.settings.usdToDisplayRate = 0.9;
        const Result a = estimate(n.scenario), b = estimate(eur);
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        // Stored amounts are USD: bit for bit the same.
        CHECK(sameBits(a.projectedArrUsd, b.projectedArrUsd));
        CHECK(sameBits(a.funding.assess.amountUsd, b.funding.assess.amountUsd));
        CHECK(sameBits(a.funding.mobilize.amountUsd, b.funding.mobilize.amountUsd));
        CHECK(sameBits(a.funding.creditsUsd, b.funding.creditsUsd));
        CHECK(sameBits(a.funding.totalUsd, b.funding.totalUsd));
        CHECK(sameBits(a.funding.leftOnTable.totalUsd, b.funding.leftOnTable.totalUsd));
        CHECK(sameBits(a.tco.npvUsd, b.tco.npvUsd));
        CHECK(sameBits(a.tco.horizonSavingsUsd, b.tco.horizonSavingsUsd));
        CHECK(sameBits(a.tco.netMigrationCostUsd, b.tco.netMigrationCostUsd));
        CHECK(a.tco.paybackMonth == b.tco.paybackMonth);
        CHECK(a.eligibility.verdict == b.eligibility.verdict);
        checkSamePeriods(a.monthly, b.monthly);
        REQUIRE(a.funding.quarters.size() == b.funding.quarters.size());
        for (std::size_t q = 0; q < a.funding.quarters.size(); ++q)
            CHECK(sameBits(a.funding.quarters[q].receivedUsd, b.funding.quarters[q].receivedUsd));
        // Every trace (formula, terms, notes) is the same: traces are in USD whatever the display currency.
        for (int k = 0; k < kAllTraceKindCount; ++k) {
            const TraceKind kind = static_cast<TraceKind>(k);
            REQUIRE(traceCount(a, kind) == traceCount(b, kind));
            for (std::size_t i = 0; i < traceCount(a, kind); ++i) CHECK(traceOf(a, kind, i) == traceOf(b, kind, i));
        }
        // Display: every headline figure x 0.9.
        for (int k = 0; k < kTraceKindCount; ++k) {
            const TraceKind kind = static_cast<TraceKind>(k);
            if (kind == TraceKind::Payback || kind == TraceKind::RunRateSavings) continue; // not money
            const double usd = traceFigure(b, kind);
            CHECK(toDisplay(usd, eur.settings) == Approx(usd * 0.9));
            CHECK(toDisplay(usd, n.scenario.settings) == usd);
        }
    }
    // $132,000 ARR shows as EUR 118,800; a non-positive rate counts as 1, like the UI.
    Settings s;
    s.usdToDisplayRate = 0.9;
    CHECK(toDisplay(132000.0, s) == Approx(118800.0));
    s.usdToDisplayRate = 0.0;
    CHECK(toDisplay(132000.0, s) == 132000.0);
}

// [SECTION] the per-year, per-quarter, per-reason and per-check traces -----------------------------------------
//
// The PaaS scenario (test_scenarios.hpp): 10 workloads x $1,100 a month on AWS from month 6 (wave 3..6), one month of
// dual running (today's $9,000 bill paid months 0-6), rehost one-time 10 x $5,500 = $55,000 spread over months 3-5,
// Assess $6,600 at month 1, Mobilize $26,400 at month 3, credits 20 % with an 18-month window (tagged months 6-23,
// $33,000 a quarter in quarters 2-7), lag 1 quarter, minimum $50,000, no support, no ops labour (PaaS source).

TEST_CASE("Projected ARR names the largest eligible workloads and the eligible count", "[model][trace]") {
    Scenario s = test::rulesPaasScenario();
    s.workloads[7].vcpu = 4; // needs 2 x p.large: 2 x 1.50 x 730 + $5 storage = $2,195 a month
    const Result r = estimate(s);
    REQUIRE(r.ok());
    const Trace& t = r.traces.projectedArr;
    // 9 x $1,100 + $2,195 = $12,095 a month; ARR 12 x 12,095 = $145,140.
    CHECK(r.projectedArrUsd == Approx(145140.0));
    CHECK(t.formula.find("12 x $12,095") != std::string::npos);
    CHECK(t.formula.find("10 MAP-eligible workloads") != std::string::npos);
    // Top 3 by monthly AWS spend, ties in scenario order: dyno-7, then dyno-0 and dyno-1.
    CHECK(t.formula.find("largest: dyno-7 $2,195/month, dyno-0 $1,100/month, dyno-1 $1,100/month") !=
          std::string::npos);
    REQUIRE(t.notes.size() == 3);
    CHECK(t.notes[0] == "largest: dyno-7 $2,195/month");
    CHECK(termValue(t, "largest: dyno-7") == Approx(2195.0));
    CHECK(termValue(t, "MAP-eligible workloads") == 10.0);
    CHECK_FALSE(termValue(t, "largest: dyno-2"));
    CHECK(t.figureLabel == "Projected ARR");
    CHECK(checkTrace(r, TraceKind::ProjectedArr).matches);
}

TEST_CASE("Each TCO year's trace recomputes its net cash flow", "[model][trace]") {
    const Result r = estimate(test::rulesPaasScenario());
    REQUIRE(r.ok());
    REQUIRE(r.traces.tcoYears.size() == 5);
    const Trace& y1 = r.traces.tcoYears[0];
    // Year 1: today 12 x 9,000 = 108,000; still paid months 0-6 = 63,000 (dual running month 6 = 9,000);
    // AWS months 6-11 = 6 x 11,000 = 66,000; one-time 55,000 + the assessment 6,600 (no fee quoted: costed at
    // the Assess funding that pays it) = 61,600; funding 6,600 + 26,400 = 33,000.
    CHECK(termValue(y1, "today's cost (status quo)") == Approx(108000.0));
    CHECK(termValue(y1, "today's cost still paid") == Approx(63000.0));
    CHECK(termValue(y1, "of which dual running") == Approx(9000.0));
    CHECK(termValue(y1, "AWS usage") == Approx(66000.0));
    CHECK(termValue(y1, "one-time migration") == Approx(61600.0));
    CHECK(termValue(y1, "funding received") == Approx(33000.0));
    // Operations labour the PaaS included: 10 dynos x 125 x (1 - 40 %) = 750 a month from month 6: 6 x 750 = 4,500.
    CHECK(termValue(y1, "operations labour") == Approx(4500.0));
    // Net 108,000 - (63,000 + 66,000 + 4,500 + 61,600) + 33,000 = -54,100.
    const TraceCheck c1 = checkTrace(r, TraceKind::TcoYear, 0);
    CHECK(c1.recomputed == Approx(-54100.0));
    CHECK(c1.matches);
    CHECK(y1.formula.find("incl. dual running $9,000") != std::string::npos);
    CHECK(y1.formula.find("= -$54,100") != std::string::npos);
    CHECK(y1.figureLabel == "Year 1 net cash flow");
    // Year 2: 108,000 - 12 x 11,000 - 12 x 750 + credits of quarters 3-6 released in months 12-21
    // (3,200 + 3 x 6,600 = 23,000) = -10,000.
    CHECK(checkTrace(r, TraceKind::TcoYear, 1).recomputed == Approx(-10000.0));
    // Year 3: 108,000 - 132,000 - 9,000 + quarter 7's 6,600 (month 24) = -26,400;
    // cumulative -54,100 - 10,000 - 26,400 = -90,500.
    const TraceCheck c3 = checkTrace(r, TraceKind::TcoYear, 2);
    CHECK(c3.recomputed == Approx(-26400.0));
    CHECK(termValue(r.traces.tcoYears[2], "cumulative savings at year end") == Approx(-90500.0));
    CHECK(c3.matches);
    CHECK(c3.formulaShowsFigure);
}

TEST_CASE("Each credit quarter's trace shows spend, minimum, lag and cap", "[model][trace]") {
    const Result r = estimate(test::rulesPaasScenario());
    REQUIRE(r.ok());
    REQUIRE(r.traces.creditQuarters.size() == r.funding.quarters.size());
    REQUIRE(r.traces.creditQuarters.size() == 20);
    // Quarter index 2 (months 6-8): $33,000 tagged, nothing before, all under the $50,000 minimum -> $0.
    CHECK(termValue(r.traces.creditQuarters[2], "tagged spend in the quarter") == Approx(33000.0));
    CHECK(checkTrace(r, TraceKind::CreditQuarter, 2).recomputed == Approx(0.0));
    // Index 3: 33,000 + 33,000 - max(33,000, 50,000) = 16,000 creditable, 20 % = $3,200, released in quarter 4.
    const Trace& q3 = r.traces.creditQuarters[3];
    CHECK(termValue(q3, "tagged spend before the quarter") == Approx(33000.0));
    CHECK(termValue(q3, "creditable spend") == Approx(16000.0));
    CHECK(termValue(q3, "change in tagged spend from the previous quarter") == Approx(0.0));
    CHECK(termValue(q3, "credit lag") == 1.0);
    CHECK(checkTrace(r, TraceKind::CreditQuarter, 3).recomputed == Approx(3200.0));
    CHECK(q3.formula.find("received $3,200") != std::string::npos);
    // Index 4: everything above the minimum already: 20 % x 33,000 = $6,600.
    CHECK(checkTrace(r, TraceKind::CreditQuarter, 4).recomputed == Approx(6600.0));
    // The quarters add up to the credits figure: 3,200 + 4 x 6,600 = 29,600.
    double sum = 0.0;
    for (std::size_t q = 0; q < r.traces.creditQuarters.size(); ++q)
        sum += checkTrace(r, TraceKind::CreditQuarter, q).recomputed;
    CHECK(sum == Approx(29600.0));

    // Cap $40,000 including credits: 40,000 - 6,600 - 26,400 = 7,000 left; index 3 takes 3,200, index 4 the last 3,800.
    Scenario capped = test::rulesPaasScenario();
    capped.program.partnerFundingCapUsd = 40000.0;
    capped.program.capIncludesCredits = true;
    const Result cp = estimate(capped);
    CHECK(termValue(cp.traces.creditQuarters[4], "cap available") == Approx(3800.0));
    CHECK(checkTrace(cp, TraceKind::CreditQuarter, 4).recomputed == Approx(3800.0));
    CHECK(checkTrace(cp, TraceKind::CreditQuarter, 5).recomputed == Approx(0.0));
    CHECK(checkTrace(cp, TraceKind::CreditQuarter, 4).matches);

    // Three-year horizon, five-quarter lag: index 7 (months 21-23) is credited in quarter 12 = month 36, after the
    // horizon: received $0.
    Scenario three = test::rulesPaasScenario();
    three.settings.horizonYears = 3;
    three.program.creditLagQuarters = 5;
    const Result sh = estimate(three);
    REQUIRE(sh.traces.creditQuarters.size() == 12);
    const Trace& last = sh.traces.creditQuarters[7];
    CHECK(termValue(last, "credits earned") == Approx(6600.0));
    CHECK(termValue(last, "released in horizon") == 0.0);
    CHECK(last.formula.find("after the horizon") != std::string::npos);
    CHECK(checkTrace(sh, TraceKind::CreditQuarter, 7).recomputed == 0.0);
    CHECK(checkTrace(sh, TraceKind::CreditQuarter, 7).matches);
}

TEST_CASE("Each left-on-the-table reason's trace recomputes its amount", "[model][trace]") {
    // Workload 0 tagged from month 12 (late), 1 untagged, 2 funded elsewhere, 3 tagged at month 30 (window months
    // 6-23 already closed); 3-year horizon holds every window.
    Scenario s = test::rulesPaasScenario();
    s.settings.horizonYears = 3;
    s.workloads[0].taggedFromMonth = 12;
    s.workloads[1].mapTagged = false;
    s.workloads[2].fundedElsewhere = true;
    s.workloads[3].taggedFromMonth = 30;
    s.program.scopeFloorServers = {5.0, 5.0, 10.0};
    const Result r = estimate(s);
    REQUIRE(r.ok());
    REQUIRE(r.traces.leftOnTableReasons.size() == 7);
    auto recomputed = [&](LeftOnTableReason reason) {
        return checkTrace(r, TraceKind::LeftOnTableReason, static_cast<std::size_t>(reason)).recomputed;
    };
    // Untagged: 20 % x 18 x 1,100 = 20 % x 19,800 = 3,960.
    CHECK(recomputed(LeftOnTableReason::Untagged) == Approx(3960.0));
    CHECK(termValue(r.traces.leftOnTableReasons[0], "workloads") == 1.0);
    CHECK(r.traces.leftOnTableReasons[0].notes.at(0) == "largest: dyno-1 $1,100/month");
    // Tagged late: months 6-11 = 6,600 x 20 % = 1,320.
    CHECK(recomputed(LeftOnTableReason::TaggedLate) == Approx(1320.0));
    // Window closed: the whole window 19,800 x 20 % = 3,960.
    CHECK(recomputed(LeftOnTableReason::WindowClosed) == Approx(3960.0));
    CHECK(r.traces.leftOnTableReasons[2].formula.find("1 workload tagged only after") != std::string::npos);
    // Funded elsewhere: 19,800 x 20 % = 3,960.
    CHECK(recomputed(LeftOnTableReason::FundedElsewhere) == Approx(3960.0));
    // Below minimum: 20 % x min(tagged spend, 50,000) = 10,000.
    CHECK(recomputed(LeftOnTableReason::BelowMinimum) == Approx(10000.0));
    CHECK(recomputed(LeftOnTableReason::Cap) == 0.0);
    CHECK(recomputed(LeftOnTableReason::NotEligible) == 0.0);
    // Total 3,960 + 1,320 + 3,960 + 3,960 + 10,000 = 23,200.
    CHECK(checkTrace(r, TraceKind::LeftOnTable).recomputed == Approx(23200.0));
    requireAllTracesRecompute("left on the table", r);

    // Cap $20,000 (credits outside): 6,600 + 26,400 - 20,000 = 13,000 cut.
    Scenario capped = test::rulesPaasScenario();
    capped.program.partnerFundingCapUsd = 20000.0;
    const Result cp = estimate(capped);
    CHECK(checkTrace(cp, TraceKind::LeftOnTableReason, static_cast<std::size_t>(LeftOnTableReason::Cap)).recomputed ==
          Approx(13000.0));
    // Cap $40,000 including credits: 6,600 + 26,400 + 29,600 - 40,000 = 22,600 cut; the cap leaves nothing for the
    // 10,000 below the minimum (20 % x 50,000), also beyond it: 32,600, never available.
    capped.program.partnerFundingCapUsd = 40000.0;
    capped.program.capIncludesCredits = true;
    const Result cc = estimate(capped);
    CHECK(checkTrace(cc, TraceKind::LeftOnTableReason, static_cast<std::size_t>(LeftOnTableReason::Cap)).recomputed ==
          Approx(32600.0));
    CHECK(checkTrace(cc, TraceKind::LeftOnTableReason, static_cast<std::size_t>(LeftOnTableReason::BelowMinimum))
              .recomputed == Approx(0.0).margin(1e-9));
    requireAllTracesRecompute("cap includes credits", cc);

    // Not eligible (ARR $132,000 under a $150,000 minimum): the whole ladder 6,600 + 26,400 + 29,600 = 62,600.
    Scenario ne = test::rulesPaasScenario();
    ne.program.mapLiteMinArrUsd = 150000.0;
    ne.program.practicalFloorMonthlyUsd = 20000.0; // not borderline either
    const Result nr = estimate(ne);
    CHECK(checkTrace(nr, TraceKind::LeftOnTableReason, static_cast<std::size_t>(LeftOnTableReason::NotEligible))
              .recomputed == Approx(62600.0));
    requireAllTracesRecompute("not eligible", nr);
}

TEST_CASE("Each eligibility check's trace shows measured value, threshold, status and what clears it",
          "[model][trace]") {
    Scenario s = test::rulesPaasScenario();
    s.program.mapLiteMinArrUsd = 150000.0; // ARR $132,000: $18,000 short
    s.workloads[1].mapTagged = false;      // coverage 9 / 10
    s.program.partnerMigrationCompetency.reset();
    const Result r = estimate(s);
    REQUIRE(r.ok());
    REQUIRE(r.traces.eligibilityChecks.size() == r.eligibility.checks.size());
    for (std::size_t i = 0; i < r.eligibility.checks.size(); ++i) {
        const EligibilityCheck& c = r.eligibility.checks[i];
        const Trace& t = r.traces.eligibilityChecks[i];
        INFO(c.id << ": " << t.formula);
        CHECK(t.figureLabel == c.label);
        const TraceCheck tc = checkTrace(r, TraceKind::EligibilityCheck, i);
        CHECK(tc.matches);
        CHECK(tc.formulaShowsFigure);
        if (c.id == "arr.mapLite") {
            CHECK(tc.figure == 0.0); // fail
            CHECK(termValue(t, "minimum") == Approx(150000.0));
            CHECK(termValue(t, "clear amount") == Approx(18000.0)); // 150,000 - 132,000
            CHECK(t.formula.find("measured $132,000 >= minimum $150,000 -> fail") != std::string::npos);
            CHECK(t.notes.at(0).find("blocking") == 0);
        }
        if (c.id == "partner.competency") {
            CHECK(tc.figure == -1.0); // not stated: unknown
            CHECK(termValue(t, "known") == 0.0);
            CHECK(t.formula.find("unknown") != std::string::npos);
        }
        if (c.id == "tagging.coverage") {
            CHECK(termValue(t, "measured") == Approx(0.9)); // 9 / 10 tagged
            CHECK(termValue(t, "tagged workloads") == 9.0);
            CHECK(termValue(t, "clear amount") == 1.0);
        }
        if (c.id == "tagging.timing") {
            CHECK(tc.figure == 1.0); // nobody tagged late: 0 <= maximum 0
            CHECK(termValue(t, "maximum") == 0.0);
        }
    }
}

TEST_CASE("Missing, extra or wrong list traces are caught", "[model][trace]") {
    const Result good = estimate(test::rulesPaasScenario());
    REQUIRE(good.ok());
    Result r = good;
    r.yearly[1].netCashFlowUsd += 1.0; // the year's figure no longer follows from its terms
    CHECK_FALSE(checkTrace(r, TraceKind::TcoYear, 1).matches);

    r = good;
    r.traces.creditQuarters.pop_back(); // 19 traces for 20 quarters
    const std::vector<TraceCheck> missing = checkTraces(r);
    bool sawMissing = false;
    for (const TraceCheck& c : missing)
        if (c.kind == TraceKind::CreditQuarter && c.index == 19) sawMissing = !c.termsPresent && !c.problem.empty();
    CHECK(sawMissing);

    r = good;
    r.traces.leftOnTableReasons.push_back(r.traces.leftOnTableReasons.back()); // 8 traces for 7 reasons
    bool sawExtra = false;
    for (const TraceCheck& c : checkTraces(r))
        if (c.kind == TraceKind::LeftOnTableReason && c.problem.find("8 leftOnTableReasons traces for 7 figures") == 0)
            sawExtra = true;
    CHECK(sawExtra);

    r = good;
    r.eligibility.checks[0].status = CheckStatus::Fail; // ARR $132,000 >= $50,000 passes: a stated fail is wrong
    CHECK_FALSE(checkTrace(r, TraceKind::EligibilityCheck, 0).matches);

    r = good;
    r.funding.leftOnTable.belowMinimumUsd = 0.0; // was 20 % x 50,000 = 10,000
    CHECK(checkTrace(r, TraceKind::LeftOnTableReason, static_cast<std::size_t>(LeftOnTableReason::BelowMinimum))
              .recomputed == Approx(10000.0));
    CHECK_FALSE(
        checkTrace(r, TraceKind::LeftOnTableReason, static_cast<std::size_t>(LeftOnTableReason::BelowMinimum)).matches);
}
