// tests/model/map_readings_test.cpp - MAP readings that add up (issue 22, item 6): partner cash only offsets a
// costed services line, money left on the table within the credit cap and explained once, the funding change a
// wave plan causes, a committed spend labelled and warned about, funding read against ~25 % of first-year spend,
// and the published rules' credits on spend growth. Every case is the PaaS case of test_scenarios.hpp:
// 10 workloads of $1,100 a month on AWS (ARR $132,000, MAP Lite), Assess ends month 1, Mobilize month 3, one wave
// from month 3 for 3 months (go-live month 6), Rehost labour 10 x $5,500 = $55,000 spread over months 3-5.
#include "model/engine.hpp"
#include "model/funding_program.hpp"
#include "model/trace_eval.hpp"
#include "model/wave_planner.hpp"
#include "test_scenarios.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace est::model;
using Catch::Detail::Approx;

namespace {

void requireTracesMatch(const Result& r) {
    for (const TraceCheck& c : checkTraces(r)) {
        INFO(traceName(c.kind, c.index) << ": " << c.problem);
        CHECK(c.problem.empty());
    }
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("where nothing migrates inside the horizon, funding adds no money: NPV is zero, not positive",
          "[model][funding][map]") {
    Scenario s = test::paasScenario();
    s.plan.waves = {{"Wave 1", 70, 3, 1}}; // starts at month 70, after the 60-month horizon
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.eligibility.verdict == Verdict::MapLite); // ARR is the sized 132,000 whatever the plan
    // Assess: the $15,000 tier at month 1 pays for the assessment; no fee quoted, so the assessment is costed at
    // that amount in the same month: +15,000 - 15,000 = 0.
    CHECK(r.funding.assess.amountUsd == Approx(15000.0));
    CHECK(r.funding.assessmentFeeUsd == Approx(15000.0));
    CHECK(r.monthly[1].fundingAssessUsd == Approx(15000.0));
    CHECK(r.monthly[1].oneTimeUsd == Approx(15000.0));
    // Mobilize (MAP Lite, due at Mobilize completion, month 3): no migration services are costed in the horizon
    // (the wave's labour falls in months 70-72), so no partner cash is paid in it.
    CHECK(r.funding.mobilize.amountUsd == Approx(0.0).margin(1e-9));
    CHECK(r.funding.creditsUsd == Approx(0.0).margin(1e-9));
    // Today's cost is paid every month either way: the net cash flow is 0 each month, NPV 0 (it was +$40.3K:
    // Assess 15,000 + Mobilize 26,400 as customer money).
    CHECK(r.tco.npvUsd == Approx(0.0).margin(1e-6));
    CHECK(r.tco.npvUsd <= 1e-6);
    requireTracesMatch(r);
}

TEST_CASE("under the published rules too, partner cash never adds money to the customer", "[model][funding][map]") {
    Scenario s = test::rulesPaasScenario();
    s.plan.waves = {{"Wave 1", 70, 3, 1}}; // nothing migrates inside the 60-month horizon
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Assess 5 % x 132,000 = 6,600 at month 1 against the assessment costed at 6,600 (no fee quoted): 0 net.
    // Mobilize 20 % x 132,000 = 26,400 is due at month 3 but no migration services are costed in the horizon:
    // all of it held. NPV 0 (it was +$32.5K).
    CHECK(r.funding.assess.amountUsd == Approx(6600.0));
    CHECK(r.funding.assessmentFeeUsd == Approx(6600.0));
    CHECK(r.funding.mobilize.amountUsd == Approx(0.0).margin(1e-9));
    CHECK(termValue(r.traces.mobilize, "held until the services are costed").value_or(-1.0) == Approx(26400.0));
    CHECK(r.tco.npvUsd == Approx(0.0).margin(1e-6));
    requireTracesMatch(r);

    // A quoted fee below 5 % of ARR is what Assess pays at most: min(6,600, 4,000) = 4,000.
    Scenario fee = test::rulesPaasScenario();
    fee.program.assessmentFeeUsd = 4000.0;
    const Result rf = estimate(fee);
    REQUIRE(rf.ok());
    CHECK(rf.funding.assess.amountUsd == Approx(4000.0));
    CHECK(rf.monthly[1].oneTimeUsd == Approx(4000.0));
    requireTracesMatch(rf);
}

TEST_CASE("Mobilize partner cash never runs ahead of the migration services it pays for", "[model][funding][map]") {
    const Scenario s = test::paasScenario();
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // One-time labour 55,000 over months 3, 4, 5 = 18,333.33 a month. Mobilize 26,400 is due at month 3:
    // month 3 pays 18,333.33 (the cost booked by then), month 4 the remaining 26,400 - 18,333.33 = 8,066.67.
    CHECK(r.monthly[3].oneTimeUsd == Approx(55000.0 / 3.0));
    CHECK(r.monthly[3].fundingMobilizeUsd == Approx(55000.0 / 3.0));
    CHECK(r.monthly[4].fundingMobilizeUsd == Approx(26400.0 - 55000.0 / 3.0));
    CHECK(r.funding.mobilize.amountUsd == Approx(26400.0));
    CHECK(r.funding.mobilize.releaseMonth == 3);
    // Cumulative partner cash (Assess and Mobilize) never exceeds the cumulative one-time cost (fee included).
    double cash = 0.0, cost = 0.0;
    for (const PeriodFigures& p : r.monthly) {
        cash += p.fundingAssessUsd + p.fundingMobilizeUsd;
        cost += p.oneTimeUsd;
        CHECK(cash <= cost + 1e-6);
    }
    requireTracesMatch(r);
}

TEST_CASE("a quoted assessment fee is the services line Assess cash offsets", "[model][funding][map]") {
    Scenario s = test::paasScenario();
    s.program.assessmentFeeUsd = 40000.0;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Assess = min($15,000 tier, 100 % x 40,000) = 15,000; the whole 40,000 fee is costed at month 1 (no labour
    // then), so the customer pays 40,000 - 15,000 = 25,000 net for the assessment.
    CHECK(r.funding.assess.amountUsd == Approx(15000.0));
    CHECK(r.funding.assessmentFeeUsd == Approx(40000.0));
    CHECK(r.monthly[1].oneTimeUsd == Approx(40000.0));
    CHECK(r.monthly[1].oneTimeUsd - r.monthly[1].fundingAssessUsd == Approx(25000.0));
    // The fee is in the one-time cost the TCO and the categories add up.
    CHECK(r.tco.oneTimeUsd == Approx(55000.0 + 40000.0));
    CHECK(r.tco.migrationByCategory.oneTimeUsd == Approx(55000.0 + 40000.0));
}

TEST_CASE("money left on the table is at most what the credit cap still allowed, each dollar under one reason",
          "[model][funding][map]") {
    const Scenario s = test::paasScenario();
    const Result r = estimate(s);
    REQUIRE(r.ok());
    const LeftOnTable& l = r.funding.leftOnTable;
    // Cap 15 % x 264,000 = 39,600; credits received 31,350, none after the horizon: the cap still allowed 8,250.
    // Spend after the credit period, months 25-59: 35 x 11,000 x 15 % = 57,750 -> 8,250 left, 49,500 beyond the
    // cap (never available, not counted).
    CHECK(l.windowClosedUsd == Approx(8250.0));
    CHECK(l.capUsd == Approx(49500.0));
    CHECK(l.totalUsd == Approx(8250.0));
    CHECK(r.funding.creditsUsd + l.totalUsd <= r.funding.capUsd + 1e-6);
    // The reasons' words, shared by the funding panel, the reports and the workbook: the counted ones partition
    // the total; the cap is shown apart.
    const std::vector<LeftOnTableLine> lines = leftOnTableLines(r.funding);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].reason == LeftOnTableReason::WindowClosed);
    CHECK(lines[0].label == "Credit period closed");
    CHECK(lines[0].counted);
    CHECK(lines[1].reason == LeftOnTableReason::Cap);
    CHECK_FALSE(lines[1].counted);
    double counted = 0.0;
    for (const LeftOnTableLine& line : lines) counted += line.counted ? line.amountUsd : 0.0;
    CHECK(counted == Approx(l.totalUsd));
    requireTracesMatch(r);

    // Tagging 4 of the 10 workloads only from month 30 (after the period): their 4 x 1,100 x 19 months inside it
    // (months 6-24) = 83,600 are late (12,540 of credits); received 15 % x 6 x 1,100 x 19 = 18,810; the cap allows
    // 39,600 - 18,810 = 20,790 of the 12,540 + 57,750 = 70,290 lost: one share 20,790 / 70,290 for both reasons.
    Scenario late = s;
    for (int i = 0; i < 4; ++i) late.workloads[static_cast<std::size_t>(i)].taggedFromMonth = 30;
    const Result rl = estimate(late);
    REQUIRE(rl.ok());
    const LeftOnTable& ll = rl.funding.leftOnTable;
    CHECK(rl.funding.creditsUsd == Approx(18810.0));
    CHECK(ll.totalUsd == Approx(20790.0));
    CHECK(ll.taggedLateUsd == Approx(12540.0 * 20790.0 / 70290.0));
    CHECK(ll.windowClosedUsd == Approx(57750.0 * 20790.0 / 70290.0));
    CHECK(ll.capUsd == Approx(70290.0 - 20790.0));
    // The tagging check names the same credits at stake: 12,540 x 20,790 / 70,290 = 3,709.
    for (const EligibilityCheck& c : rl.eligibility.checks)
        if (c.id == "tagging.timing") CHECK(c.clearText == "tag 4 workloads from go-live ($3,709 of credits)");
    requireTracesMatch(rl);
}

TEST_CASE("a committed spend far from the sized spend is labelled committed and warned about",
          "[model][funding][map]") {
    Scenario s = test::paasScenario();
    CHECK(estimate(s).warning("arr_differs_from_sized") == nullptr); // no commitment entered
    // Committed 2,500,000 a year against 132,000 sized: 18.94x > 1.5x.
    s.program.projectedArrOverrideUsd = 2500000.0;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.sizedArrUsd == Approx(132000.0));
    const ResultWarning* w = r.warning("arr_differs_from_sized");
    REQUIRE(w != nullptr);
    CHECK(w->path == "program.projectedArrOverrideUsd");
    CHECK(contains(w->text, "committed ARR of $2,500,000"));
    CHECK(contains(w->text, "$132,000"));
    CHECK(arrName(s.program) == "committed ARR");
    // 150,000 is 1.14x the sizing: within 1.5x, no warning; 80,000 is 0.61x (below 1 / 1.5 = 0.67x): warned.
    s.program.projectedArrOverrideUsd = 150000.0;
    CHECK(estimate(s).warning("arr_differs_from_sized") == nullptr);
    s.program.projectedArrOverrideUsd = 80000.0;
    CHECK(estimate(s).warning("arr_differs_from_sized") != nullptr);
}

TEST_CASE("credits above the published 15-25 % of tagged spend are warned about, partner cash is not counted",
          "[model][funding][map]") {
    Scenario s = test::paasScenario();
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Assess 15,000 + Mobilize 26,400 + credits 31,350 = 72,750 is 55 % of the ARR 132,000, but the partner cash pays
    // the partner; the credits are the 15 % rate of the tagged spend they are earned on: no warning.
    CHECK(r.funding.totalUsd == Approx(72750.0));
    CHECK(r.funding.creditsEarnedUsd == Approx(0.15 * r.funding.taggedSpendUsd));
    CHECK(r.warning("funding_above_typical") == nullptr);
    // A 30 % credit rate (and no cap in the way): credits are 30 % of the tagged spend, above the published 25 %.
    s.program.creditRatePct.expected = 0.30;
    s.program.creditRatePct.high = 0.35; // the range must hold the expected rate
    s.program.creditCapUsd = 0.0;
    const Result high = estimate(s);
    REQUIRE(high.ok());
    const ResultWarning* w = high.warning("funding_above_typical");
    REQUIRE(w != nullptr);
    CHECK(w->path == "program.creditRatePct");
    CHECK(contains(w->text, "are 30 % of the"));
    CHECK(contains(w->text, "15-25 %"));
    CHECK(contains(w->text, "The Negotiation Experts"));
    // 25 % exactly is the top of the range, not above it.
    s.program.creditRatePct.expected = 0.25;
    CHECK(estimate(s).warning("funding_above_typical") == nullptr);
}

TEST_CASE("the published rules show both readings of their credits: total tagged spend and its growth",
          "[model][funding][map]") {
    const Scenario s = test::rulesPaasScenario();
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // 20 % credit share, window months 6-23, 33,000 of tagged spend a quarter, $50,000 cumulative minimum.
    // On the total (the figure): 20 % x (18 x 11,000 - 50,000) = 29,600.
    CHECK(r.funding.creditsUsd == Approx(29600.0));
    // On growth (seed 001's wording): Q2 (months 6-8) cumulative 33,000 < 50,000, nothing yet; Q3 cumulative 66,000,
    // growth above the highest quarter credited before (none) 33,000 -> 6,600; Q4-Q7 flat 33,000 -> 0. Total 6,600.
    CHECK(termValue(r.traces.credits, "credits on spend growth (other reading)").value_or(-1.0) == Approx(6600.0));
    CHECK(r.traces.credits.formula.find("growth only, the articles' wording: $6,600") != std::string::npos);
    // The same on the profile's own trace (shown beside the headline).
    CHECK(
        termValue(r.fundingProfiles.publishedRules.credits, "credits on spend growth (other reading)").value_or(-1.0) ==
        Approx(6600.0));
    requireTracesMatch(r);

    // A second wave landing later is growth: 5 workloads move in wave 2 (go-live month 12). Tagged spend a quarter:
    // Q2 16,500, Q3 16,500 (cumulative 33,000 < 50,000), Q4 (months 12-14) 33,000 (cumulative 66,000): growth
    // 33,000 -> 6,600, flat after it. One run rate, credited once, however it ramps.
    Scenario two = s;
    two.plan.waves.push_back({"Wave 2", 9, 3, 1});
    for (int i = 5; i < 10; ++i) two.workloads[static_cast<std::size_t>(i)].wave = 2;
    const Result r2 = estimate(two);
    REQUIRE(r2.ok());
    CHECK(termValue(r2.traces.credits, "credits on spend growth (other reading)").value_or(-1.0) == Approx(6600.0));
    CHECK(r2.funding.creditsEarnedUsd > 6600.0); // the total reading credits every quarter's spend
}

TEST_CASE("the funding change a plan causes reads the total first, credits and partner cash beside it",
          "[model][funding][map]") {
    Result before, after;
    before.funding.totalUsd = 514000.0;
    before.funding.customerCreditsUsd = 200000.0;
    before.funding.partnerCashUsd = 314000.0;
    after.funding.totalUsd = 497000.0;
    after.funding.customerCreditsUsd = 246000.0;
    after.funding.partnerCashUsd = 251000.0;
    // 497,000 - 514,000 = -17,000; credits 246,000 - 200,000 = +46,000; partner cash 251,000 - 314,000 = -63,000.
    CHECK(fundingChangeText(before, after) ==
          "total MAP funding $514,000 -> $497,000 (-$17,000): credits +$46,000, partner cash -$63,000");
}
