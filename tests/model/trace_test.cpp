// tests/model/trace_test.cpp - every headline trace recomputes its figure; one scenario in two currencies.
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
    v.push_back({"paas", test::paasScenario()});
    Scenario late = test::paasScenario();
    late.workloads[0].taggedFromMonth = 12;     // tagged late
    late.workloads[1].mapTagged = false;        // untagged
    late.workloads[2].fundedElsewhere = true;   // Activate: 9 eligible workloads, so lower the scope floor
    late.program.scopeFloorServers = {5.0, 5.0, 10.0};
    late.program.trainingAllowanceUsdPerPerson = 500.0;
    late.program.trainingPeople = 4;
    late.program.mobilizeBasis = MobilizeBasis::ServicesCost;
    late.program.migrationServicesUsd = 80000.0;
    late.settings.horizonYears = 3;
    v.push_back({"paas-late-tags-services-basis", late});
    v.push_back({"synthetic-onprem-300", makeSyntheticScenario(300, 7)});
    v.push_back({"synthetic-onprem-1000", makeSyntheticScenario(1000, 42)});
    v.push_back({"synthetic-othercloud-200", makeSyntheticScenario(200, 3, SourceKind::OtherCloud)});
    v.push_back({"synthetic-paas-150", makeSyntheticScenario(150, 11, SourceKind::Paas)});
    return v;
}

void requireAllTracesRecompute(const std::string& name, const Result& r) {
    for (const TraceCheck& c : checkTraces(r)) {
        INFO(name << " / " << traceKindName(c.kind) << ": " << c.problem << " | formula: " << traceOf(r, c.kind).formula);
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
    const Result r = estimate(test::paasScenario());
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
    Result r = estimate(test::paasScenario());
    REQUIRE(r.ok());
    r.funding.mobilize.amountUsd += 1.0;       // the figure no longer follows from 20 % x $132,000
    CHECK_FALSE(checkTrace(r, TraceKind::Mobilize).matches);
    r.traces.npv.terms.clear();
    const TraceCheck npv = checkTrace(r, TraceKind::Npv);
    CHECK_FALSE(npv.termsPresent);
    CHECK(npv.problem.find("missing terms") != std::string::npos);
}

// Assess / Mobilize / credits traces carry "eligible" and "cap available" (and credits "credits released after
// the horizon"), so the received figure follows from the terms even when the verdict or the cap cuts funding.
TEST_CASE("Traces recompute their figures when the verdict, the cap or the horizon cuts funding", "[model][trace]") {
    Scenario notEligible = test::paasScenario();
    notEligible.program.mapLiteMinArrUsd = 150000.0;
    const Result ne = estimate(notEligible);
    REQUIRE(ne.eligibility.verdict == Verdict::NotEligible);
    requireAllTracesRecompute("not eligible", ne);

    // Cap $20,000: Assess $6,600 fits, Mobilize gets the remaining $13,400.
    Scenario capped = test::paasScenario();
    capped.program.partnerFundingCapUsd = 20000.0;
    const Result cp = estimate(capped);
    CHECK(checkTrace(cp, TraceKind::Mobilize).recomputed == Approx(13400.0));
    requireAllTracesRecompute("capped", cp);

    // Cap $40,000 including credits: 40,000 - 6,600 - 26,400 = $7,000 of the $29,600 credits.
    Scenario capCredits = test::paasScenario();
    capCredits.program.partnerFundingCapUsd = 40000.0;
    capCredits.program.capIncludesCredits = true;
    const Result cc = estimate(capCredits);
    CHECK(checkTrace(cc, TraceKind::Credits).recomputed == Approx(7000.0));
    requireAllTracesRecompute("cap includes credits", cc);

    // Two-year horizon: spend of quarter 7 (months 21-23) is credited in quarter 8, month 24 = after the horizon.
    Scenario shortHorizon = test::paasScenario();
    shortHorizon.settings.horizonYears = 2;
    const Result sh = estimate(shortHorizon);
    CHECK(sh.funding.creditsAfterHorizonUsd > 0.0);
    requireAllTracesRecompute("two-year horizon", sh);
}

TEST_CASE("Payback and NPV traces follow the monthly series", "[model][trace]") {
    Scenario never = test::paasScenario();
    never.source.monthlyBillUsd = 5000.0;       // AWS at $11,000 a month never pays back a $5,000 bill
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
    Scenario s = test::paasScenario();
    s.program.mapLiteMinArrUsd = 150000.0;      // ARR $132,000: $18,000 short
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
        for (int k = 0; k < kTraceKindCount; ++k)
            CHECK(traceOf(a, static_cast<TraceKind>(k)).formula == traceOf(b, static_cast<TraceKind>(k)).formula);
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
