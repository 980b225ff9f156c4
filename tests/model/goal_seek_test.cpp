// tests/model/goal_seek_test.cpp - goal seek on hand-computed scenarios: payback, MAP Lite, tagging, break-even.
#include "model/engine.hpp"
#include "model/goal_seek.hpp"
#include "model/synthetic_estate.hpp"
#include "test_scenarios.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace est::model;
using Catch::Detail::Approx;

namespace {

// PaaS estate paying $14,000 a month today, 10 workloads landing at $1,100 a month each on AWS (A = $11,000 a
// month x (1 - enterprise discount)), no MAP funding at all so cash flow is plain arithmetic:
//   months 0-2  : net 0
//   months 3-5  : one-time 10 x $6,000 spread over the wave = -$20,000 a month  -> cumulative -$60,000
//   month 6     : go-live, one month of dual running: 14,000 - (14,000 + A)     -> cumulative -60,000 - A
//   month m >= 7: 14,000 - A a month
// cumulative(m) = -60,000 - A + (m - 6)(14,000 - A) for m >= 6.
Scenario paybackScenario() {
    Scenario s = test::rulesPaasScenario();
    s.source.monthlyBillUsd = 14000.0;
    s.rules[static_cast<int>(Disposition::Rehost)].oneTimeUsdPerWorkload = 6000.0;
    s.program.assessPctOfArr = 0.0;
    s.program.mobilizePctOfArr = 0.0;
    s.program.migrateCreditPct = {0.0, 0.0, 0.0};
    s.source.paasOperationsFte = 0.0; // no operations labour after the move: the arithmetic stays on AWS spend
    return s;
}

// 10 unsized managed services (no vCPU / RAM): each lands on AWS at its share of today's bill, so
// projected ARR = 12 x the monthly bill. $6,000 a month -> ARR $72,000, below the $100,000 MAP Lite floor.
Scenario managedServicesScenario() {
    Scenario s = test::rulesPaasScenario();
    s.source.monthlyBillUsd = 6000.0;
    for (Workload& w : s.workloads) {
        w.kind = WorkloadKind::ManagedService;
        w.vcpu = 0;
        w.ramGb = 0.0;
    }
    return s;
}

} // namespace

TEST_CASE("The payback scenario pays back in month 30 without an enterprise discount", "[model][goal_seek]") {
    // A = 11,000: cumulative(m) = -71,000 + 3,000 (m - 6) >= 0 from m - 6 >= 23.67, i.e. month 30.
    const Result r = estimate(paybackScenario());
    REQUIRE(r.ok());
    REQUIRE(r.tco.paybackMonth);
    CHECK(*r.tco.paybackMonth == 30);
    CHECK(seekOutputValue(r, SeekOutput::PaybackMonth) == 30.0);
}

TEST_CASE("Goal seek finds the enterprise discount that makes payback month 18", "[model][goal_seek]") {
    // cumulative(18) = -60,000 - A + 12 (14,000 - A) = 108,000 - 13 A >= 0  ->  A <= 8,307.69
    // A = 11,000 (1 - d)  ->  d >= 1 - 108,000 / 143,000 = 35,000 / 143,000 = 0.2447552
    // (cumulative(17) = 94,000 - 12 A < 0 there, so payback is exactly month 18.)
    const SeekResult sr = seekGoal(paybackScenario(), "aws.enterpriseDiscountPct",
                                   Goal{SeekOutput::PaybackMonth, GoalKind::AtMost, 18.0});
    REQUIRE(sr.status == SeekStatus::Found);
    CHECK(sr.value == Approx(35000.0 / 143000.0).margin(1e-6));
    CHECK(sr.value >= 35000.0 / 143000.0 - 1e-9); // on the side where the goal holds
    CHECK(sr.output == 18.0);
    CHECK(sr.metAbove);
    CHECK(sr.currentValue == 0.0);
    CHECK(sr.currentOutput == 30.0);
    CHECK_FALSE(sr.metAtCurrent);
    CHECK(sr.change == Approx(sr.value));
    CHECK(sr.lo == 0.0);
    CHECK(sr.hi == 0.99); // the registry's domain for the enterprise discount
    CHECK(sr.evaluations <= SeekOptions{}.maxEvaluations);
    CHECK(sr.message.find("month 18") != std::string::npos);

    // Just below the answer the payback slips to month 19.
    Scenario s = paybackScenario();
    s.aws.enterpriseDiscountPct = sr.value - 1e-4;
    CHECK(*estimate(s).tco.paybackMonth == 19);
}

TEST_CASE("Goal seek reports a payback no enterprise discount can reach", "[model][goal_seek]") {
    // At the domain's bound d = 0.99, A = $110: cumulative(m) = -60,110 + 13,890 (m - 6):
    // month 10 = -4,550, month 11 = +9,340 -> payback month 11, never month 6 or earlier.
    const SeekResult sr =
        seekGoal(paybackScenario(), "aws.enterpriseDiscountPct", Goal{SeekOutput::PaybackMonth, GoalKind::AtMost, 6.0});
    CHECK(sr.status == SeekStatus::NotReachable);
    CHECK_FALSE(sr.reachable());
    CHECK(sr.boundValue == 0.99);
    CHECK(sr.boundOutput == 11.0);
    CHECK(sr.message.rfind("Not reachable", 0) == 0);
    CHECK(sr.message.find("99 %") != std::string::npos);
    CHECK(sr.message.find("month 11") != std::string::npos);
}

TEST_CASE("Goal seek says a goal that holds across the whole range is already met", "[model][goal_seek]") {
    // Payback month 30 at d = 0 is already <= 36; a larger discount only brings it earlier.
    const SeekResult sr = seekGoal(paybackScenario(), "aws.enterpriseDiscountPct",
                                   Goal{SeekOutput::PaybackMonth, GoalKind::AtMost, 36.0});
    CHECK(sr.status == SeekStatus::AlreadyMet);
    CHECK(sr.reachable());
    CHECK(sr.metAtCurrent);
    CHECK(sr.value == 0.0);
    CHECK(sr.output == 30.0);
}

TEST_CASE("Goal seek finds the monthly bill whose ARR clears MAP Lite and full MAP", "[model][goal_seek]") {
    Scenario s = managedServicesScenario();
    s.program.practicalFloorMonthlyUsd = 10000.0; // $6,000 a month stays below it: not eligible, not borderline
    const Result base = estimate(s);
    REQUIRE(base.ok());
    CHECK(base.projectedArrUsd == Approx(72000.0)); // 12 x $6,000
    CHECK(base.eligibility.verdict == Verdict::NotEligible);

    // MAP Lite: 12 x bill >= $100,000 -> bill >= $8,333.33, i.e. $2,333.33 more a month ($28,000 more ARR).
    const SeekResult lite =
        seekGoal(s, "source.monthlyBillUsd", Goal{SeekOutput::VerdictLevel, GoalKind::AtLeast, 1.0});
    REQUIRE(lite.status == SeekStatus::Found);
    CHECK(lite.hi == 60000.0); // unbounded domain: searched up to 10 x the current $6,000
    CHECK(lite.value == Approx(100000.0 / 12.0).margin(0.01));
    CHECK(lite.change == Approx(100000.0 / 12.0 - 6000.0).margin(0.01));
    CHECK(lite.output == 1.0);
    CHECK(lite.message.find("MAP Lite") != std::string::npos);

    // Full MAP: 12 x bill >= $500,000 -> bill >= $41,666.67.
    const SeekResult map = seekGoal(s, "source.monthlyBillUsd", Goal{SeekOutput::VerdictLevel, GoalKind::AtLeast, 2.0});
    REQUIRE(map.status == SeekStatus::Found);
    CHECK(map.value == Approx(500000.0 / 12.0).margin(0.01));

    // The same question on projected ARR itself: ARR >= $100,000 needs the same bill.
    const SeekResult arr =
        seekGoal(s, "source.monthlyBillUsd", Goal{SeekOutput::ProjectedArr, GoalKind::AtLeast, 100000.0});
    REQUIRE(arr.status == SeekStatus::Found);
    CHECK(arr.value == Approx(100000.0 / 12.0).margin(0.01));
    CHECK(arr.output >= 100000.0);
}

TEST_CASE("Goal seek scales AWS prices to clear a raised MAP Lite floor, and respects a user bracket",
          "[model][goal_seek]") {
    // paasScenario: ARR $132,000 x region multiplier. With a $150,000 floor: multiplier >= 150 / 132 = 1.136364.
    Scenario s = test::rulesPaasScenario();
    s.program.mapLiteMinArrUsd = 150000.0;
    s.program.practicalFloorMonthlyUsd = 20000.0; // below it the verdict is Not eligible, not borderline
    const Goal clearLite{SeekOutput::VerdictLevel, GoalKind::AtLeast, 1.0};
    const SeekResult sr = seekGoal(s, "aws.regionMultiplier", clearLite);
    REQUIRE(sr.status == SeekStatus::Found);
    CHECK(sr.value == Approx(150000.0 / 132000.0).margin(1e-5));
    CHECK(sr.metAbove);

    // Inside [0.5, 1.1] the ARR stays below $150,000: at the bound 1.1 it is $145,200, still not eligible.
    SeekOptions bracket;
    bracket.lo = 0.5;
    bracket.hi = 1.1;
    const SeekResult no = seekGoal(s, "aws.regionMultiplier", clearLite, bracket);
    CHECK(no.status == SeekStatus::NotReachable);
    CHECK(no.lo == 0.5);
    CHECK(no.hi == 1.1);
    CHECK(no.message.find("Not eligible") != std::string::npos);
    const SeekResult arr =
        seekGoal(s, "aws.regionMultiplier", Goal{SeekOutput::ProjectedArr, GoalKind::AtLeast, 150000.0}, bracket);
    CHECK(arr.status == SeekStatus::NotReachable);
    CHECK(arr.boundValue == 1.1);
    CHECK(arr.boundOutput == Approx(145200.0)); // 132,000 x 1.1
}

TEST_CASE("Goal seek finds the tagging coverage that loses at most $10K of credits", "[model][goal_seek]") {
    // paasScenario: each workload $1,100 a month on AWS from go-live month 6 through the 18-month window (months
    // 6..23): an untagged one loses 20 % x $1,100 x 18 = $3,960 of credits. Two big workloads (dyno-8, dyno-9,
    // 4 vCPU) need 2 x p.large: 2 x $1,095 + $5 = $2,195 a month, losing 20 % x 2,195 x 18 = $7,902 each.
    Scenario s = test::rulesPaasScenario();
    s.workloads[8].vcpu = 4;
    s.workloads[9].vcpu = 4;
    for (Workload& w : s.workloads) w.mapTagged = false;
    const Goal lose10k{SeekOutput::CreditsLostToTagging, GoalKind::AtMost, 10000.0};
    const Result base = estimate(s);
    REQUIRE(base.ok());
    CHECK(seekOutputValue(base, SeekOutput::CreditsLostToTagging) == Approx(8 * 3960.0 + 2 * 7902.0)); // $47,484

    // In scenario order dyno-0.. are tagged first. 8 tagged leaves dyno-8, dyno-9 untagged: $15,804 > $10K;
    // 9 tagged leaves dyno-9: $7,902 <= $10K -> 90 %.
    const SeekResult inOrder = seekGoal(s, "lever.taggedShare", lose10k);
    REQUIRE(inOrder.status == SeekStatus::Found);
    CHECK(inOrder.value == 0.9); // snapped to 9 of 10 workloads
    CHECK(inOrder.output == Approx(7902.0));
    CHECK(inOrder.currentValue == 0.0);

    // Largest spend first: dyno-8, dyno-9 then six small ones leaves two small untagged: $7,920 -> 80 %.
    const SeekResult bySpend = seekGoal(s, "lever.taggedShareBySpend", lose10k);
    REQUIRE(bySpend.status == SeekStatus::Found);
    CHECK(bySpend.value == 0.8);
    CHECK(bySpend.output == Approx(2 * 3960.0));

    // Losing nothing needs every workload tagged: the answer is 100 %.
    const SeekResult all =
        seekGoal(s, "lever.taggedShare", Goal{SeekOutput::CreditsLostToTagging, GoalKind::AtMost, 0.0});
    REQUIRE(all.status == SeekStatus::Found);
    CHECK(all.value == 1.0);
    CHECK(all.output == 0.0);
}

TEST_CASE("The tagged-share lever tags eligible workloads only, in a fixed order", "[model][goal_seek]") {
    Scenario s = test::rulesPaasScenario();
    s.workloads[3].disposition = Disposition::Retain; // not MAP-eligible: never touched
    s.workloads[3].mapTagged = true;
    const Lever l = taggedShareLever(s);
    CHECK(l.key == "lever.taggedShare");
    CHECK(l.get(s) == 1.0); // all 9 eligible are tagged
    l.set(s, 0.5);          // floor(0.5 x 9) = 4: dyno-0, 1, 2, 4
    int tagged = 0;
    for (std::size_t i = 0; i < s.workloads.size(); ++i)
        if (i != 3 && s.workloads[i].mapTagged) ++tagged;
    CHECK(tagged == 4);
    CHECK(s.workloads[4].mapTagged);
    CHECK_FALSE(s.workloads[5].mapTagged);
    CHECK(s.workloads[3].mapTagged);
    CHECK(l.get(s) == Approx(4.0 / 9.0));
    CHECK(l.snap(0.5) == Approx(4.0 / 9.0));
}

TEST_CASE("Goal seek finds the Mobilize share at which the net migration cost breaks even", "[model][goal_seek]") {
    // paasScenario: one-time 10 x $5,500 = $55,000 + the assessment, costed at the Assess funding it is paid with
    // ($6,600, no fee quoted), dual running one month of the $9,000 bill, so cost $70,600.
    // Funding: Assess 5 % x $132,000 = $6,600; credits 20 % x (18 x $11,000 - $50,000) = 20 % x 148,000 =
    // $29,600; Mobilize p x $132,000. Net = 70,600 - 36,200 - 132,000 p = 0 -> p = 34,400 / 132,000 = 0.2606061.
    const Scenario s = test::rulesPaasScenario();
    const Result base = estimate(s);
    REQUIRE(base.ok());
    CHECK(base.tco.netMigrationCostUsd == Approx(8000.0)); // p = 20 %: 34,400 - 26,400
    const SeekResult sr =
        seekGoal(s, "program.mobilizePctOfArr", Goal{SeekOutput::NetMigrationCost, GoalKind::Equal, 0.0});
    REQUIRE(sr.status == SeekStatus::Found);
    CHECK(sr.value == Approx(34400.0 / 132000.0).margin(1e-6));
    CHECK(sr.output == Approx(0.0).margin(0.05));
    CHECK_FALSE(sr.metAbove); // cost falls as the share rises
}

TEST_CASE("Goal seek on an integer assumption returns a whole number", "[model][goal_seek]") {
    // paasScenario funding $62,600 (6,600 + 26,400 + 29,600). With $1,000 of training per person, funding
    // >= $66,100 needs 4 people ($66,600); 3 give $65,600.
    Scenario s = test::rulesPaasScenario();
    s.program.trainingAllowanceUsdPerPerson = 1000.0;
    SeekOptions o;
    o.hi = 100.0;
    const SeekResult sr =
        seekGoal(s, "program.trainingPeople", Goal{SeekOutput::TotalFunding, GoalKind::AtLeast, 66100.0}, o);
    REQUIRE(sr.status == SeekStatus::Found);
    CHECK(sr.value == 4.0);
    CHECK(sr.output == Approx(66600.0));
    CHECK(sr.hi == 100.0); // a user bracket above the default search end is honoured
}

TEST_CASE("Goal seek reports unknown levers, invalid scenarios and empty brackets", "[model][goal_seek]") {
    const Goal g{SeekOutput::HorizonSavings, GoalKind::AtLeast, 0.0};
    const SeekResult unknown = seekGoal(test::rulesPaasScenario(), "aws.noSuchThing", g);
    CHECK(unknown.status == SeekStatus::UnknownLever);
    CHECK(unknown.message.find("aws.noSuchThing") != std::string::npos);

    Scenario bad = test::rulesPaasScenario();
    bad.workloads[0].vcpu = -1;
    CHECK(seekGoal(bad, "aws.enterpriseDiscountPct", g).status == SeekStatus::InvalidScenario);

    SeekOptions o;
    o.lo = 0.6;
    o.hi = 0.4;
    CHECK(seekGoal(test::rulesPaasScenario(), "aws.enterpriseDiscountPct", g, o).status == SeekStatus::BadBracket);
}

TEST_CASE("Goal seek is deterministic", "[model][goal_seek]") {
    const Goal g{SeekOutput::PaybackMonth, GoalKind::AtMost, 18.0};
    const SeekResult a = seekGoal(paybackScenario(), "aws.enterpriseDiscountPct", g);
    const SeekResult b = seekGoal(paybackScenario(), "aws.enterpriseDiscountPct", g);
    CHECK(a.value == b.value);
    CHECK(a.evaluations == b.evaluations);
    CHECK(a.message == b.message);
}

TEST_CASE("Seek outputs have names and display texts", "[model][goal_seek]") {
    CHECK(formatSeekOutput(SeekOutput::PaybackMonth, 18.0) == "month 18");
    CHECK(formatSeekOutput(SeekOutput::PaybackMonth, std::numeric_limits<double>::infinity()) == "never");
    CHECK(formatSeekOutput(SeekOutput::VerdictLevel, 1.0) == "MAP Lite");
    CHECK(formatSeekOutput(SeekOutput::VerdictLevel, 0.0) == "Not eligible");
    CHECK(formatSeekOutput(SeekOutput::NetMigrationCost, 1400.0) == "$1,400");
    CHECK(seekOutputName(SeekOutput::HorizonSavings) == "horizon savings");
    const std::optional<Lever> l = assumptionLever("aws.enterpriseDiscountPct", test::rulesPaasScenario());
    REQUIRE(l);
    CHECK(formatLeverValue(*l, 0.2) == "20 %");
}

TEST_CASE("Goal seek moves a Range assumption beyond its uncertainty range", "[model][goal_seek]") {
    // paasScenario funding: 6,600 + 26,400 + credit share p x $148,000 of creditable spend. Funding >= $77,000
    // needs p >= 44,000 / 148,000 = 0.297297, above the range's high end 25 %: the range widens to allow it.
    const SeekResult sr = seekGoal(test::rulesPaasScenario(), "program.migrateCreditPct",
                                   Goal{SeekOutput::TotalFunding, GoalKind::AtLeast, 77000.0});
    REQUIRE(sr.status == SeekStatus::Found);
    CHECK(sr.value == Approx(44000.0 / 148000.0).margin(1e-6));
    CHECK(sr.currentValue == 0.20);
    CHECK(sr.output >= 77000.0);
}

TEST_CASE("Goal seek answers on a synthetic estate are tight", "[model][goal_seek]") {
    // No hand answer here: the found value must reach the goal and a value a little below it must not.
    // Goal: $1M more horizon savings than today, through the enterprise discount.
    const Scenario s = makeSyntheticScenario(300, 7);
    const Result base = estimate(s);
    REQUIRE(base.ok());
    const double target = base.tco.horizonSavingsUsd + 1000000.0;
    const SeekResult sr =
        seekGoal(s, "aws.enterpriseDiscountPct", Goal{SeekOutput::HorizonSavings, GoalKind::AtLeast, target});
    REQUIRE(sr.status == SeekStatus::Found);
    CHECK(sr.output >= target);
    // Licence counts round up (Oracle processors, SQL Server 4-core minimum): the output moves in small steps, so
    // tight means within two bisection steps of the lever (1e-7 of its 0..0.99 range) at the output's slope
    // (about the horizon AWS spend the discount applies to).
    const double slope = (sr.output - base.tco.horizonSavingsUsd) / sr.value;
    CHECK(sr.output - target <= 2.0 * 0.99e-7 * slope);
    CHECK(sr.metAbove);
    CHECK(sr.value > 0.0);
    Scenario below = s;
    below.aws.enterpriseDiscountPct = sr.value - 1e-5;
    CHECK(estimate(below).tco.horizonSavingsUsd < target);
    CHECK(sr.evaluations < 80); // 25 scan probes + about 24 bisection steps

    // Payback barely moves with the discount here (month 14 at 0 %, 13 from 20 % on): month 8 is out of reach.
    const SeekResult no =
        seekGoal(s, "aws.enterpriseDiscountPct", Goal{SeekOutput::PaybackMonth, GoalKind::AtMost, 8.0});
    CHECK(no.status == SeekStatus::NotReachable);
    CHECK(no.boundOutput > 8.0);
}
