// tests/model/funding_profiles_test.cpp - the two MAP funding profiles on small hand-computed estates: program
// mechanics (partner cash in milestones, credits per calendar quarter inside the credit period, the cap) and the
// published rules of thumb beside it; the borderline verdict; tag formats; the tagging plan.
#include "model/engine.hpp"
#include "model/map_tagging.hpp"
#include "model/trace_eval.hpp"
#include "test_scenarios.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace est::model;
using Catch::Detail::Approx;

namespace {

bool hasError(const Result& r, const std::string& path) {
    for (const ValidationError& e : r.errors)
        if (e.path == path) return true;
    return false;
}

void requireTracesMatch(const Result& r) {
    for (const TraceCheck& c : checkTraces(r)) {
        INFO(traceName(c.kind, c.index) << ": " << c.problem);
        CHECK(c.problem.empty());
    }
}

} // namespace

// The PaaS case (test_scenarios.hpp): 10 workloads of $1,100 a month, ARR $132,000, Assess ends month 1,
// Mobilize month 3, go-live month 6, horizon 60 months. One-time Rehost labour 10 x $5,500 = $55,000.
TEST_CASE("program mechanics on the PaaS case: tiered Assess, Mobilize at completion, credits per quarter",
          "[model][funding]") {
    const Scenario s = test::paasScenario();
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.eligibility.verdict == Verdict::MapLite);
    const FundingProfileFigures& pm = r.fundingProfiles.programMechanics;
    CHECK(r.fundingProfiles.headline == FundingProfile::ProgramMechanics);
    CHECK(r.funding.profile == FundingProfile::ProgramMechanics);
    // Assess: ARR 132,000 < 500,000 -> the lower tier $15,000 (no fee entered), at Assess sign-off (month 1).
    CHECK(pm.assessUsd == Approx(15000.0));
    CHECK(pm.assessMonth == 1);
    CHECK(r.monthly[1].fundingAssessUsd == Approx(15000.0));
    // Mobilize: min(20 % x 132,000 = 26,400, $2M, services 55,000) = 26,400, MAP Lite: one payment at Mobilize end (3).
    CHECK(pm.mobilizeUsd == Approx(26400.0));
    REQUIRE(pm.mobilizeTranches.size() == 1);
    CHECK(pm.mobilizeTranches[0].month == 3);
    // Paid as the migration services it offsets are costed: labour 55,000 over months 3-5 = 18,333.33 a month, so
    // 18,333.33 in month 3 and the other 8,066.67 in month 4.
    CHECK(r.monthly[3].fundingMobilizeUsd == Approx(55000.0 / 3.0));
    CHECK(r.monthly[4].fundingMobilizeUsd == Approx(26400.0 - 55000.0 / 3.0));
    // Credit period: agreement at the start of Mobilize (month 1) + 24 = months 1..24. Tagged from go-live 6:
    // 19 months x 11,000 = 209,000; 15 % = 31,350. Quarter 2 (months 6-8) 33,000 -> 4,950 issued month 9;
    // quarter 8 (months 24-26) only month 24: 11,000 -> 1,650 issued month 27.
    CHECK(pm.creditPeriodStartMonth == 1);
    CHECK(pm.creditPeriodEndMonth == 25);
    CHECK(r.funding.quarters[2].taggedSpendUsd == Approx(33000.0));
    CHECK(r.funding.quarters[2].receivedUsd == Approx(4950.0));
    CHECK(r.funding.quarters[2].releaseMonth == 9);
    CHECK(r.monthly[9].fundingCreditsUsd == Approx(4950.0));
    CHECK(r.funding.quarters[8].receivedUsd == Approx(1650.0));
    CHECK(r.monthly[27].fundingCreditsUsd == Approx(1650.0));
    CHECK(r.funding.quarters[9].receivedUsd == Approx(0.0).margin(1e-9));
    CHECK(pm.migrateCreditsUsd == Approx(31350.0));
    // Cap = 15 % x (11,000 x 24 = 264,000) = 39,600: not reached.
    CHECK(pm.creditCapUsd == Approx(39600.0));
    // Partner cash 15,000 + 26,400 = 41,400; customer credits 31,350; total 72,750, all in the cash flow.
    CHECK(r.funding.partnerCashUsd == Approx(41400.0));
    CHECK(r.funding.customerCreditsUsd == Approx(31350.0));
    CHECK(r.funding.totalUsd == Approx(72750.0));
    CHECK(r.tco.fundingUsd == Approx(72750.0));
    // Spend after the credit period: months 25..59 = 35 x 11,000 = 385,000 -> 57,750 of credits, all wave 1; but
    // the cap allowed only 39,600 - 31,350 = 8,250 more: 8,250 left on the table, 49,500 beyond the cap.
    CHECK(r.funding.leftOnTable.windowClosedUsd == Approx(8250.0));
    CHECK(r.funding.leftOnTable.capUsd == Approx(49500.0));
    REQUIRE(pm.lateWaves.size() == 1);
    CHECK(pm.lateWaves[0].creditsLostUsd == Approx(8250.0)); // wave 1's part of what was left
    CHECK_FALSE(pm.lateWaves[0].afterHorizon);
    // The rules of thumb beside it (estimate_test's ladder): 6,600 + 26,400 + 29,600 = 62,600.
    CHECK(r.fundingProfiles.publishedRules.totalUsd == Approx(62600.0));
    CHECK(r.fundingProfiles.publishedRules.partnerCashUsd == Approx(33000.0));
    // Every figure's trace names its profile and rule.
    CHECK(r.traces.assess.figureLabel == "Assess funding (program mechanics)");
    CHECK(r.traces.assess.notes.at(0) == "profile: program mechanics (AWS partner templates, 2024)");
    CHECK(r.traces.assess.notes.at(1).rfind("rule: ", 0) == 0);
    CHECK(r.fundingProfiles.publishedRules.assess.notes.back().rfind("rule: Assess ~5 %", 0) == 0);
    requireTracesMatch(r);
}

TEST_CASE("the headline profile is a setting: published rules put their ladder in the cash flow", "[model][funding]") {
    Scenario s = test::paasScenario();
    s.program.headlineProfile = FundingProfile::PublishedRules;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.funding.profile == FundingProfile::PublishedRules);
    CHECK(r.funding.totalUsd == Approx(62600.0));
    CHECK(r.tco.fundingUsd == Approx(62600.0));
    // The other profile is still computed.
    CHECK(r.fundingProfiles.programMechanics.totalUsd == Approx(72750.0));
    requireTracesMatch(r);
}

TEST_CASE("full MAP pays Mobilize in tranches when cumulative tagged spend reaches each trigger", "[model][funding]") {
    Scenario s = test::paasScenario();
    s.program.projectedArrOverrideUsd = 2500000.0; // a partner's committed-spend projection
    s.program.migrationServicesUsd = 1000000.0;
    // The services Mobilize pays for are costed in the cash flow: 10 x $100,000 over months 3-5.
    s.rules[static_cast<std::size_t>(Disposition::Rehost)].oneTimeUsdPerWorkload = 100000.0;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.projectedArrUsd == Approx(2500000.0));
    CHECK(r.eligibility.verdict == Verdict::Map);
    const FundingProfileFigures& pm = r.fundingProfiles.programMechanics;
    // Assess: ARR >= 500,000 -> $60,000 tier.
    CHECK(pm.assessUsd == Approx(60000.0));
    // Mobilize: min(20 % x 2,500,000 = 500,000, $2M, 1,000,000) = 500,000: tranche 1 400,000, tranche 2 100,000.
    REQUIRE(pm.mobilizeTranches.size() == 2);
    // Tagged spend 11,000 a month from month 6: cumulative 55,000 >= 50,000 after month 10 -> paid month 11.
    CHECK(pm.mobilizeTranches[0].amountUsd == Approx(400000.0));
    CHECK(pm.mobilizeTranches[0].month == 11);
    // Tranche 2 at 20 % x 2,500,000 = 500,000: 11,000 x (k - 5) >= 500,000 -> k = 51 -> paid month 52.
    CHECK(pm.mobilizeTranches[1].amountUsd == Approx(100000.0));
    CHECK(pm.mobilizeTranches[1].triggerUsd == Approx(500000.0));
    CHECK(pm.mobilizeTranches[1].month == 52);
    CHECK(r.monthly[11].fundingMobilizeUsd == Approx(400000.0));
    CHECK(r.monthly[52].fundingMobilizeUsd == Approx(100000.0));
    CHECK(pm.mobilizeUsd == Approx(500000.0));
    requireTracesMatch(r);

    // Over a 3-year horizon (36 months) tranche 2's trigger is never reached: it pays nothing in the horizon.
    s.settings.horizonYears = 3;
    const Result shorter = estimate(s);
    REQUIRE(shorter.ok());
    CHECK(shorter.fundingProfiles.programMechanics.mobilizeTranches[1].month == -1);
    CHECK(shorter.fundingProfiles.programMechanics.mobilizeUsd == Approx(400000.0));
    requireTracesMatch(shorter);
}

TEST_CASE("Assess and Mobilize never exceed the partner services cost they offset", "[model][funding]") {
    Scenario s = test::paasScenario();
    s.program.projectedArrOverrideUsd = 2500000.0;
    s.program.migrationServicesUsd = 300000.0; // the partner's Mobilize fees
    s.program.assessmentFeeUsd = 40000.0;      // the partner's assessment fee
    s.rules[static_cast<std::size_t>(Disposition::Rehost)].oneTimeUsdPerWorkload = 30000.0; // 300,000 costed
    const Result r = estimate(s);
    REQUIRE(r.ok());
    const FundingProfileFigures& pm = r.fundingProfiles.programMechanics;
    // Assess: min($60,000 tier, 100 % x 40,000) = 40,000.
    CHECK(pm.assessUsd == Approx(40000.0));
    // Mobilize: min(500,000, $2M, 300,000) = 300,000, all in tranche 1 (<= 400,000) at month 11.
    REQUIRE(pm.mobilizeTranches.size() == 1);
    CHECK(pm.mobilizeTranches[0].amountUsd == Approx(300000.0));
    CHECK(pm.mobilizeUsd == Approx(300000.0));
    // Services entered above what the cash flow costs: Mobilize pays at most the 55,000 of labour costed (10 x
    // 5,500), so partner cash never shows as customer money.
    s.rules[static_cast<std::size_t>(Disposition::Rehost)].oneTimeUsdPerWorkload = 5500.0;
    const Result costed = estimate(s);
    REQUIRE(costed.ok());
    CHECK(costed.fundingProfiles.programMechanics.mobilizeTranches[0].amountUsd == Approx(300000.0));
    CHECK(costed.fundingProfiles.programMechanics.mobilizeUsd == Approx(55000.0));
    requireTracesMatch(costed);
    // With the estimated one-time cost as the services cost (10 x 5,500 = 55,000) Mobilize stops there.
    s.program.migrationServicesUsd = 0.0;
    const Result est = estimate(s);
    REQUIRE(est.ok());
    CHECK(est.fundingProfiles.programMechanics.mobilizeUsd == Approx(55000.0));
    CHECK(est.fundingProfiles.programMechanics.servicesCostUsd == Approx(55000.0));
    requireTracesMatch(est);
}

TEST_CASE("credits stop at the credit cap", "[model][funding]") {
    Scenario s = test::paasScenario();
    s.program.creditCapUsd = 10000.0;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Quarters 2 and 3 earn 4,950 each (9,900); quarter 4 earns 4,950 but only 100 of the cap is left.
    CHECK(r.funding.quarters[2].receivedUsd == Approx(4950.0));
    CHECK(r.funding.quarters[3].receivedUsd == Approx(4950.0));
    CHECK(r.funding.quarters[4].receivedUsd == Approx(100.0));
    CHECK(r.funding.quarters[5].receivedUsd == Approx(0.0).margin(1e-9));
    CHECK(r.funding.creditsUsd == Approx(10000.0));
    // Beyond the cap: 31,350 - 10,000 = 21,350 earned, and the 57,750 the spend after the credit period would have
    // earned (the cap has no room left): 79,100, never available; nothing left on the table.
    CHECK(r.funding.leftOnTable.capUsd == Approx(21350.0 + 57750.0));
    CHECK(r.funding.leftOnTable.totalUsd == Approx(0.0).margin(1e-9));
    requireTracesMatch(r);
}

TEST_CASE("spend outside the credit period earns nothing and is left on the table per late wave", "[model][funding]") {
    Scenario s = test::paasScenario();
    s.program.creditPeriodMonths = 12; // months 1..12
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Inside: months 6..12 = 7 x 11,000 = 77,000 -> 11,550 (quarter 4 holds month 12 only: 1,650).
    CHECK(r.funding.quarters[4].taggedSpendUsd == Approx(11000.0));
    CHECK(r.funding.quarters[4].receivedUsd == Approx(1650.0));
    CHECK(r.funding.creditsUsd == Approx(11550.0));
    // Outside: months 13..59 = 47 x 11,000 = 517,000 -> 77,550 of credits, all of it wave 1's; but the cap,
    // 15 % x 12 x 11,000 = 19,800, allowed only 19,800 - 11,550 = 8,250 more: 8,250 left on the table (wave 1's).
    CHECK(r.funding.leftOnTable.windowClosedUsd == Approx(8250.0));
    CHECK(r.funding.leftOnTable.capUsd == Approx(77550.0 - 8250.0));
    REQUIRE(r.fundingProfiles.programMechanics.lateWaves.size() == 1);
    CHECK(r.fundingProfiles.programMechanics.lateWaves[0].spendAfterPeriodUsd == Approx(517000.0));
    CHECK(r.fundingProfiles.programMechanics.lateWaves[0].creditsLostUsd == Approx(8250.0));
    requireTracesMatch(r);
}

TEST_CASE("a workload tagged late earns credits only from its tag date", "[model][funding]") {
    Scenario s = test::paasScenario();
    s.workloads[0].taggedFromMonth = 12; // live at month 6, tagged at month 12
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Quarter 2 (months 6-8): 9 x 1,100 x 3 = 29,700 -> 4,455.
    CHECK(r.funding.quarters[2].taggedSpendUsd == Approx(29700.0));
    CHECK(r.funding.quarters[2].receivedUsd == Approx(4455.0));
    // Lost: months 6..11 of one workload = 6 x 1,100 = 6,600 -> 990; credits 31,350 - 990 = 30,360. With the
    // 57,750 after the credit period, 58,740 is lost against 39,600 - 30,360 = 9,240 the cap still allowed: each
    // reason keeps 9,240 / 58,740 of itself, tagged late 990 x 9,240 / 58,740 = 155.73.
    CHECK(r.funding.leftOnTable.taggedLateUsd == Approx(990.0 * 9240.0 / 58740.0));
    CHECK(r.funding.leftOnTable.totalUsd == Approx(9240.0));
    CHECK(r.funding.creditsUsd == Approx(30360.0));
    requireTracesMatch(r);
}

TEST_CASE("a wave planned after the horizon receives nothing", "[model][funding]") {
    Scenario s = test::paasScenario();
    s.plan.waves.push_back({"Wave 2", 70, 3, 1}); // goes live at month 73, after the 60-month horizon
    for (int i = 5; i < 10; ++i) s.workloads[static_cast<std::size_t>(i)].wave = 2;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Projected ARR still counts all 10 (132,000 -> MAP Lite), but only wave 1 (5 x 1,100 = 5,500 a month, ARR
    // 66,000) goes live in the horizon: Mobilize 20 % x 66,000 = 13,200.
    CHECK(r.eligibility.verdict == Verdict::MapLite);
    const FundingProfileFigures& pm = r.fundingProfiles.programMechanics;
    CHECK(pm.mobilizeUsd == Approx(13200.0));
    // Credits: 5,500 x 19 months = 104,500 -> 15,675.
    CHECK(pm.migrateCreditsUsd == Approx(15675.0));
    REQUIRE(pm.lateWaves.size() == 2);
    CHECK(pm.lateWaves[1].wave == 2);
    CHECK(pm.lateWaves[1].afterHorizon);
    CHECK(pm.lateWaves[1].spendAfterPeriodUsd == Approx(0.0).margin(1e-9));
    // The tagging plan lists wave 2 as after the horizon.
    const std::vector<TaggingPlanRow> plan = taggingPlan(s, r);
    REQUIRE(plan.size() == 10);
    int after = 0;
    for (const TaggingPlanRow& row : plan) after += row.afterHorizon ? 1 : 0;
    CHECK(after == 5);
    requireTracesMatch(r);
}

TEST_CASE("below the MAP Lite minimum but above the practical floor the verdict is borderline with both readings",
          "[model][funding]") {
    Scenario s = test::paasScenario();
    // 1.00 x 730 + 73 GB x $1.00 = 803 a month each; 10 x 803 = 8,030 a month, ARR 96,360 < 100,000.
    s.aws.catalogue =
        catalogueFromRows("test-region", {{"p.large", 2, 8.0, 1.00, 0.0}}, 1.0, 2.0, "2026-11-23", "tests");
    for (Workload& w : s.workloads) w.storageGb = 73.0;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.projectedArrUsd == Approx(96360.0));
    // 8,030 a month >= the $5,000 floor: borderline, not "not eligible, $0".
    CHECK(r.eligibility.verdict == Verdict::Borderline);
    CHECK(verdictName(r.eligibility.verdict) == "Borderline");
    REQUIRE(r.eligibility.readings.size() == 2);
    CHECK_FALSE(r.eligibility.readings[0].eligible);
    CHECK(r.eligibility.readings[0].fundingUsd == 0.0);
    CHECK(r.eligibility.readings[1].eligible);
    // Under the second reading: Assess 15,000 + Mobilize 20 % x 96,360 = 19,272 + credits 15 % x 19 x 8,030 = 22,885.5.
    CHECK(r.eligibility.readings[1].fundingUsd == Approx(15000.0 + 19272.0 + 22885.5));
    CHECK(r.funding.totalUsd == Approx(15000.0 + 19272.0 + 22885.5));
    requireTracesMatch(r);

    // Below the floor (8,030 a month under a $9,000 floor) the verdict stays Not eligible and nothing is received.
    s.program.practicalFloorMonthlyUsd = 9000.0;
    const Result below = estimate(s);
    REQUIRE(below.ok());
    CHECK(below.eligibility.verdict == Verdict::NotEligible);
    CHECK(below.funding.totalUsd == 0.0);
    CHECK(below.eligibility.readings.empty());
    requireTracesMatch(below);
}

TEST_CASE("the server count is informational: three workloads of $11K a month are MAP Lite", "[model][funding]") {
    Scenario s = test::paasScenario();
    s.workloads.resize(3);
    s.program.projectedArrOverrideUsd = 132000.0; // committed spend $11,000 a month
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.eligibility.verdict == Verdict::MapLite);
    for (const EligibilityCheck& c : r.eligibility.checks)
        if (c.id == "scope.workloads") {
            CHECK(c.status == CheckStatus::Fail);
            CHECK_FALSE(c.blocking);
        }
    CHECK(r.funding.totalUsd > 0.0);
}

TEST_CASE("MAP tag values follow the Tagging Guide's formats", "[model][funding][tagging]") {
    for (const char* ok : {"mig12345", "migABCDE12345", "sap12345", "oracle12345", "comm12345", "comm_ec2_12345",
                           "mig_ec2_ABCDE12345", "d-server-017zxazumgiycz"})
        CHECK_FALSE(tagValueProblem(MapTagKey::MapMigrated, ok));
    for (const char* bad :
         {"", "mig1234", "mig123456", "migabcde12345", "MIG12345", "xyz12345", "comm_ec2_1234", "d-server-017"})
        CHECK(tagValueProblem(MapTagKey::MapMigrated, bad));
    CHECK_FALSE(tagValueProblem(MapTagKey::AwsApnId, "migra-abcdefg123456"));
    CHECK(tagValueProblem(MapTagKey::AwsApnId, "mig12345"));
    CHECK(isLegacyTagValue("d-server-03vkic1y0uzm11"));
    CHECK(tagValueCategory("sap12345") == "SAP");
    CHECK(tagValueCategory("comm_ec2_12345") == "commercial database");
}

TEST_CASE("funding inputs that cannot hold are validation errors naming the field", "[model][funding][validate]") {
    Scenario s = test::paasScenario();
    s.program.tagValue = "MIG-123";
    s.program.creditCapUsd = 500000.0;
    s.program.migrationSpendTargetUsd = 100000.0; // a cap above the spend it is a share of
    s.program.mobilizeTranche1MaxUsd = 3000000.0; // above the $2M Mobilize cap
    s.program.creditPeriodMonths = 0;
    s.program.dataTransferSharePct = 0.7;
    s.program.marketplaceSharePct = 0.5;
    const Result r = estimate(s);
    REQUIRE_FALSE(r.ok());
    CHECK(hasError(r, "program.tagValue"));
    CHECK(hasError(r, "program.creditCapUsd"));
    CHECK(hasError(r, "program.mobilizeTranche1MaxUsd"));
    CHECK(hasError(r, "program.creditPeriodMonths"));
    CHECK(hasError(r, "program.marketplaceSharePct"));
    for (const ValidationError& e : r.errors)
        if (e.path == "program.tagValue") CHECK(e.message.find("mig12345") != std::string::npos);
    CHECK(r.funding.totalUsd == 0.0); // nothing computed on them
}

TEST_CASE("the tagging plan lists MAP-eligible workloads most expensive first with their tag-by month",
          "[model][funding][tagging]") {
    Scenario s = test::paasScenario();
    s.program.tagValue = "mig12345";
    s.workloads[7].storageGb = 1050.0;                // 1,095 + 105 = 1,200 a month: the most expensive
    s.workloads[2].disposition = Disposition::Retain; // not migrating: not in the plan
    const Result r = estimate(s);
    REQUIRE(r.ok());
    const std::vector<TaggingPlanRow> plan = taggingPlan(s, r);
    REQUIRE(plan.size() == 9);
    CHECK(plan[0].id == "dyno-7");
    CHECK(plan[0].monthlyEligibleUsd == Approx(1200.0));
    CHECK(plan[0].tagKey == "map-migrated");
    CHECK(plan[0].tagValue == "mig12345");
    CHECK(plan[0].goLiveMonth == 6);
    CHECK(plan[0].tagByMonth == 6);
    CHECK(plan[1].id == "dyno-0");
}
