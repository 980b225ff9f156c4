// tests/model/payback_test.cpp - payback and ROI mean something (or say why not), shortfalls round up, and
// no figure of a valid scenario is non-finite or a negative cost.
#include "model/assumptions.hpp"
#include "model/checked_int.hpp"
#include "model/engine.hpp"
#include "model/format.hpp"
#include "model/payback.hpp"
#include "model/result_check.hpp"
#include "test_scenarios.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <functional>
#include <iterator>
#include <limits>

using namespace est::model;

namespace {

/// A monthly series with these cumulative savings; `active` months have a one-time cost (migration under way).
std::vector<PeriodFigures> series(const std::vector<double>& cumulative, int firstActive) {
    std::vector<PeriodFigures> out(cumulative.size());
    for (std::size_t m = 0; m < cumulative.size(); ++m) {
        out[m].cumulativeSavingsUsd = cumulative[m];
        if (static_cast<int>(m) >= firstActive) out[m].oneTimeUsd = 1.0;
    }
    return out;
}

/// The PaaS test scenario under the published rules of thumb (Assess 5 %, Mobilize 20 % of projected ARR), with
/// a $90,000 bill and free rehosting: savings from the start.
Scenario profitable() {
    Scenario s = test::rulesPaasScenario();
    s.source.monthlyBillUsd = 90000.0;
    s.rules[static_cast<std::size_t>(Disposition::Rehost)].oneTimeUsdPerWorkload = 0.0;
    s.plan.waves[0].dualRunningMonths = 0; // no month paying both sides
    return s;
}

} // namespace

TEST_CASE("payback of a series: first month from which cumulative savings stay >= 0", "[model][payback]") {
    // Negative again in month 3, so months 4 on: month 4.
    Payback p = paybackOf(series({-5, -3, 1, -1, 2, 3}, 0), 1);
    REQUIRE(p.month);
    CHECK(*p.month == 4);
    // Still negative at the end: never.
    p = paybackOf(series({-5, -3, 1, 2, -1}, 0), 1);
    CHECK_FALSE(p.month);
    CHECK(p.why == NoFigure::NeverInHorizon);
    CHECK(noFigureText(p.why) == "never within the horizon");
    // Nothing live: nothing migrates, whatever the series says.
    p = paybackOf(series({0, 0, 0}, 3), 0);
    CHECK_FALSE(p.month);
    CHECK(p.why == NoFigure::NothingMigrates);
    CHECK(noFigureText(p.why) == "nothing migrates");
    // Savings >= 0 throughout but the migration starts in month 2: month 2, not month 0.
    p = paybackOf(series({0, 0, 5, 7}, 2), 1);
    REQUIRE(p.month);
    CHECK(*p.month == 2);
    // Non-negative from the first month of a migration under way in month 0: month 0.
    p = paybackOf(series({1, 2, 3}, 0), 1);
    REQUIRE(p.month);
    CHECK(*p.month == 0);
}

TEST_CASE("ROI is savings / one-time cost, or says why there is none", "[model][payback]") {
    NoFigure why = NoFigure::None;
    // 110,000 / 55,000 = 2 (200 %).
    REQUIRE(roiOf(110000.0, 55000.0, 10, why));
    CHECK(*roiOf(110000.0, 55000.0, 10, why) == 2.0);
    CHECK(why == NoFigure::None);
    // A loss is a negative ROI, still a figure: -27,500 / 55,000 = -0.5.
    CHECK(*roiOf(-27500.0, 55000.0, 10, why) == -0.5);
    CHECK_FALSE(roiOf(110000.0, 0.0, 10, why));
    CHECK(why == NoFigure::NoOneTimeCost);
    CHECK_FALSE(roiOf(110000.0, 55000.0, 0, why));
    CHECK(why == NoFigure::NothingMigrates);
}

TEST_CASE("estimate: payback never within the horizon when AWS costs more than today", "[model][payback]") {
    // $11,000 a month on AWS against a $9,000 bill: every month after go-live loses $2,000.
    const Result r = estimate(test::paasScenario());
    REQUIRE(r.ok());
    CHECK(r.monthly.back().cumulativeSavingsUsd < 0.0);
    CHECK_FALSE(r.tco.paybackMonth);
    CHECK(r.tco.whyNoPayback == NoFigure::NeverInHorizon);
    CHECK(paybackText(r.tco, test::paasScenario().settings) == "never within the horizon");
    CHECK(r.traces.payback.formula.find("never within the horizon") != std::string::npos);
    // ROI still exists: horizon savings / (10 x $5,500 + the $15,000 assessment, costed at the Assess tier that pays
    // it: no fee quoted) one-time.
    REQUIRE(r.tco.roiPct);
    CHECK(*r.tco.roiPct == Approx(r.tco.horizonSavingsUsd / 70000.0));
    CHECK(*r.tco.roiPct < 0.0);
}

TEST_CASE("estimate: nothing migrates when every workload is retained", "[model][payback]") {
    Scenario s = test::paasScenario();
    for (Workload& w : s.workloads) w.disposition = Disposition::Retain;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.tco.liveInHorizon == 0);
    CHECK_FALSE(r.tco.paybackMonth);
    CHECK(r.tco.whyNoPayback == NoFigure::NothingMigrates);
    CHECK_FALSE(r.tco.roiPct);
    CHECK(roiNote(r.tco) == "nothing migrates");
    CHECK(r.traces.payback.formula.find("nothing migrates") != std::string::npos);
}

TEST_CASE("estimate: payback is the first month of the migration when savings never dip", "[model][payback]") {
    // Assess funding arrives in month 1 (3 weeks -> month 1): the first month the migration shows. Cumulative:
    // months 1-5 Assess 5 % x 132,000 = 6,600 less the assessment it pays for (no fee quoted) = 0; Mobilize (20 %
    // x 132,000) pays only for migration services, and none are costed here: nothing; from month 6 (go-live, no
    // dual running) 90,000 - (11,000 AWS + 750 admin labour) = +78,250 a month, the labour being 10 VMs x 120,000
    // / 80 VMs per admin / 12 x (1 - 40 %) = 750.
    Result r = estimate(profitable());
    REQUIRE(r.ok());
    CHECK(r.monthly[0].cumulativeSavingsUsd == 0.0);
    CHECK(r.monthly[1].cumulativeSavingsUsd == Approx(0.0).margin(1e-9));
    CHECK(r.monthly[5].cumulativeSavingsUsd == Approx(0.0).margin(1e-9));
    CHECK(r.monthly[6].cumulativeSavingsUsd == Approx(78250.0));
    CHECK(r.funding.mobilize.amountUsd == Approx(0.0).margin(1e-9));
    REQUIRE(r.tco.paybackMonth);
    CHECK(*r.tco.paybackMonth == 1);
    CHECK(paybackText(r.tco, profitable().settings) == "month 1 (Feb 2027)");
    // The assessment is the one one-time cost: ROI = horizon savings / 6,600.
    REQUIRE(r.tco.roiPct);
    CHECK(*r.tco.roiPct == Approx(r.tco.horizonSavingsUsd / 6600.0));
    // With no Assess funding either, nothing one-time is costed: no ROI.
    Scenario noAssess = profitable();
    noAssess.program.assessPctOfArr = 0.0;
    const Result na = estimate(noAssess);
    REQUIRE(na.ok());
    CHECK_FALSE(na.tco.roiPct);
    CHECK(na.tco.whyNoRoi == NoFigure::NoOneTimeCost);

    // With no Assess or Mobilize weeks the funding arrives in month 0, so month 0 is the payback.
    Scenario s = profitable();
    s.plan.assessWeeks = 0.0;
    s.plan.mobilizeWeeks = 0.0;
    r = estimate(s);
    REQUIRE(r.ok());
    REQUIRE(r.tco.paybackMonth);
    CHECK(*r.tco.paybackMonth == 0);
    CHECK(r.monthly[0].cumulativeSavingsUsd == Approx(0.0).margin(1e-9)); // Assess 6,600 - its assessment 6,600
}

TEST_CASE("shortfalls round up and show cents below one dollar", "[model][format]") {
    CHECK(formatUsdShortfall(0.45) == "$0.45");
    CHECK(formatUsdShortfall(0.001) == "$0.01");   // a tenth of a cent still shows as a cent
    CHECK(formatUsdShortfall(0.999) == "$1");      // 99.9 cents round up to $1
    CHECK(formatUsdShortfall(1500.2) == "$1,501"); // up, not to nearest
    CHECK(formatUsdShortfall(1500.0) == "$1,500");
    CHECK(formatUsdShortfall(132000.45 - 132000.0) == "$0.45"); // float noise does not add a cent
    CHECK(formatUsdShortfall(0.0) == "$0");
}

TEST_CASE("a failed ARR check short by 45 cents says $0.45, never $0", "[model][format]") {
    Scenario s = test::paasScenario();
    s.program.mapLiteMinArrUsd = 132000.45; // projected ARR is 12 x 11,000 = 132,000
    const Result r = estimate(s);
    REQUIRE(r.ok());
    const EligibilityCheck& c = r.eligibility.checks[0];
    REQUIRE(c.id == "arr.mapLite");
    CHECK(c.status == CheckStatus::Fail);
    CHECK(c.clearText.rfind("$0.45 more AWS spend a year", 0) == 0);
    for (const EligibilityCheck& check : r.eligibility.checks)
        if (check.status == CheckStatus::Fail) CHECK(check.clearText.find("$0 more") == std::string::npos);
}

TEST_CASE("double to int conversions saturate instead of overflowing", "[model][checked]") {
    CHECK(ceilToCount(2.1) == 3);
    CHECK(ceilToCount(2.0) == 2);
    CHECK(ceilToCount(-5.0) == 0);
    CHECK(ceilToCount(1e308) == kCountLimit);
    CHECK(ceilToCount(std::numeric_limits<double>::quiet_NaN()) == kCountLimit);
    CHECK(roundToCount(17.5) == 18);
    CHECK(roundToCount(17.4) == 17);
    CHECK(truncToInt(4.9) == 4);
    CHECK(truncToInt(-1e308) == -kCountLimit);
    CHECK(truncToInt(1e308) == kCountLimit);
    CHECK(truncToInt(std::numeric_limits<double>::quiet_NaN()) == 0);
    // Registry setters go through them: a huge horizon is saturated, then refused by validation.
    Scenario s = test::paasScenario();
    findAssumption("settings.horizonYears")->set(s, 1e308);
    CHECK(s.settings.horizonYears == kCountLimit);
    CHECK_FALSE(validate(s).empty());
}

TEST_CASE("the result check turns a non-finite or negative figure into an error", "[model][checked]") {
    Result r = estimate(test::paasScenario());
    REQUIRE(r.ok());
    CHECK(checkResult(r).empty());
    r.monthly[7].awsUsd = std::numeric_limits<double>::infinity();
    r.tco.oneTimeUsd = -1.0;
    r.workloads[2].instanceCount = kCountLimit;
    const std::vector<ValidationError> e = checkResult(r);
    REQUIRE(e.size() == 3);
    CHECK(e[0].path == "result.workloads[2].instanceCount");
    CHECK(e[1].path == "result.monthly[7].awsUsd");
    CHECK(e[1].message.rfind("is not a finite number (inf)", 0) == 0);
    CHECK(e[2].path == "result.tco.oneTimeUsd");
    CHECK(e[2].message.rfind("is negative (-1)", 0) == 0);
}

TEST_CASE("the result check given the workloads' tally names the same failing workload figures", "[model][checked]") {
    // The estimator tallies each workload's figures as it costs them (WorkloadFiguresTally); the check then reads the
    // workloads only when the tally finds one failing, and must report what it reports reading them all.
    Result r = estimate(test::paasScenario());
    REQUIRE(r.ok());
    REQUIRE(r.workloads.size() > 2);
    auto tallied = [](const Result& result) {
        WorkloadFiguresTally tally;
        for (const WorkloadResult& w : result.workloads) tally.add(w);
        return checkResult(result, &tally);
    };
    CHECK(tallied(r).empty());
    const std::function<void(WorkloadResult&)> breaks[] = {
        [](WorkloadResult& w) { w.instanceCount = -1; },
        [](WorkloadResult& w) { w.neededRamGb = std::numeric_limits<double>::quiet_NaN(); },
        [](WorkloadResult& w) { w.awsMonthlyUsd = std::numeric_limits<double>::infinity(); },
        [](WorkloadResult& w) { w.oneTimeUsd = -5.0; },         // below the noise of a cent
        [](WorkloadResult& w) { w.targetMonthlyUsd = -0.001; }, // within it: rounding, not a cost
    };
    for (std::size_t k = 0; k < std::size(breaks); ++k) {
        INFO("break " << k);
        Result broken = r;
        breaks[k](broken.workloads[2]);
        CHECK(tallied(broken) == checkResult(broken));
        CHECK(checkResult(broken).empty() == (k == 4));
    }
}

TEST_CASE("every registry scalar at its bound estimates to finite, non-negative costs", "[model][checked]") {
    for (const Assumption& a : assumptions()) {
        INFO(a.key);
        for (double v : {a.minValue, a.maxValue}) {
            Scenario s = test::paasScenario();
            s.source.kind = SourceKind::OnPremises; // on-premises drivers count too
            if (a.isRangeField)
                a.setRange(s, {v, v, v});
            else
                a.set(s, a.minExclusive && v == a.minValue ? v + 1e-6 : v);
            if (!validate(s).empty()) continue; // e.g. the horizon's 3..5 with 4 between
            const Result r = estimate(s);
            INFO(v);
            CHECK(r.ok());
        }
    }
}
