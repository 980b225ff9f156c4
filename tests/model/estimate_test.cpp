// tests/model/estimate_test.cpp - hand-computed cases: on-prem estate step by step, PaaS ladder, floors, tags, cap.
#include "model/aws_pricing.hpp"
#include "model/engine.hpp"
#include "model/synthetic_estate.hpp"
#include "test_scenarios.hpp"

#include <catch2/catch.hpp>

using namespace est::model;
using Catch::Detail::Approx;

namespace {

const EligibilityCheck& check(const Result& r, const std::string& id) {
    for (const EligibilityCheck& c : r.eligibility.checks)
        if (c.id == id) return c;
    FAIL("no check " << id);
    return r.eligibility.checks.front();
}

// Three servers with round-number drivers (see the arithmetic in the test below).
Scenario smallOnPremScenario() {
    Scenario s;
    test::pinFormerLabourAndManagement(s);
    s.settings.horizonYears = 3;
    s.program.headlineProfile = FundingProfile::PublishedRules; // the rules-of-thumb ladder these tests check
    OnPremDrivers& op = s.source.onPrem;
    op.hardwareUsdPerServer = 12000.0;
    op.serverRefreshYears = 4.0;
    op.maintenancePct = 0.10;
    op.powerKwPerHost = 0.5;
    op.pue = 2.0;
    op.powerUsdPerKwh = 0.10;
    op.spaceUsdPerHostMonth = 100.0;
    op.storageUsdPerGb = 24.0; // 24 / 48 + 24 x 10 % / 12 = 0.70 per GB-month
    op.storageRefreshYears = 4.0;
    op.storageMaintenancePct = 0.10;
    op.storageKwPerTb = 0.0;
    op.networkPct = 0.10;
    op.windowsDatacenterUsdPer16Cores = 6400.0; // 400 per core
    op.softwareAssurancePct = 0.25;
    op.licenceLifeYears = 5.0; // licence per month = price x (1/5 + 25 %) / 12 = price x 0.0375
    op.virtualisationUsdPerCoreYear = 300.0;
    op.coresPerHost = 20.0; // 20 cores x 1 thread x 2 = 40 vCPU, 320 GB: a 4 vCPU VM is 1/10
    op.threadsPerCore = 1.0;
    op.vcpuOversubscription = 2.0;
    op.hostRamGb = 320.0;
    op.socketsPerHost = 1.0;
    op.serversPerAdmin = 50.0;
    op.adminUsdPerYear = 120000.0;
    op.managementUsdPerServerYear = 1200.0;
    s.aws.catalogue = test::roundCatalogue();
    s.aws.region = "test-region";
    s.aws.rdsReservedPct = 0.40;
    s.aws.rdsMultiAzForProduction = false;
    s.aws.headroomPct = 0.25;
    s.aws.pricingModel = PricingModel::SavingsPlan1Year;
    s.aws.savingsPlan1YearPct = 0.25;
    s.aws.enterpriseDiscountPct = 0.0;
    s.aws.supportPlan = SupportPlan::Business;
    s.aws.opsLabourChangePct = -0.4;
    s.rules[static_cast<int>(Disposition::Retire)] = {Disposition::Retire, 600.0, 0.0, 1.0, 0.0};
    s.rules[static_cast<int>(Disposition::Rehost)] = {Disposition::Rehost, 6000.0, 1.0, 3.0, 1.0};
    s.rules[static_cast<int>(Disposition::Replatform)] = {Disposition::Replatform, 12000.0, 0.8, 8.0, 0.5};
    s.plan.assessWeeks = 4.0;
    s.plan.mobilizeWeeks = 8.0;
    s.plan.waves = {{"Wave 1", 3, 3, 2}};
    s.settings.discountRatePct = 0.0;

    Workload web;
    web.id = "web";
    web.os = "Ubuntu 22.04";
    web.vcpu = 4;
    web.ramGb = 16.0;
    web.storageGb = 100.0;
    web.cpuUtilP95Pct = 0.6;
    web.memUtilP95Pct = 0.4;
    Workload db = web;
    db.id = "db";
    db.os = "Microsoft Windows Server 2019";
    db.ramGb = 32.0;
    db.cpuUtilP95Pct.reset();
    db.memUtilP95Pct.reset();
    db.database = DatabaseEngine::SqlServer;
    db.databaseEdition = DatabaseEdition::Express; // free on both sides: the SQL licence rules have their own tests
    Workload old = web;
    old.id = "old";
    old.vcpu = 2;
    old.ramGb = 8.0;
    old.powerState = PowerState::Off;
    s.workloads = {web, db, old};
    return s;
}

} // namespace

TEST_CASE("a small on-premises estate is costed, sized, planned and funded step by step", "[model][estimate]") {
    const Scenario s = smallOnPremScenario();
    const Result r = estimate(s);
    REQUIRE(r.ok());
    REQUIRE(r.months == 36);

    // Today, per VM: web and db hold max(4 / 40 vCPU, 16 or 32 / 320 GB) = 1/10 of a host:
    //   hardware 12000 / (4 x 12) / 10 = 25; maintenance 12000 x 10 % / 12 / 10 = 10;
    //   power 0.5 kW x PUE 2 x 730 h x $0.10 / 10 = 7.3; space 100 / 10 = 10; storage 100 GB x 0.70 = 70;
    //   network 10 % x (25 + 10 + 70) = 10.5; hypervisor 300 x 20 cores / 12 / 10 = 50;
    //   labour 120000 / 50 / 12 = 200; management 1200 / 12 = 100.  Linux web: 482.8
    //   db adds Windows Datacenter 20 host cores / 10 = 2 core licences x 400 x 0.0375 = 30 (SQL Express: 0): 512.8
    //   old is powered off: no host share; storage 70 + network 7 + labour 200 + management 100 = 377
    CHECK(r.workloads[0].todayMonthlyUsd == Approx(482.8));
    CHECK(r.workloads[1].todayMonthlyUsd == Approx(512.8));
    CHECK(r.workloads[2].todayMonthlyUsd == Approx(377.0));
    CHECK(r.tco.todayMonthlyUsd == Approx(1372.6));

    // Recommender: web Rehost (default), db Replatform (database), old Retire (powered off).
    CHECK(r.workloads[0].effective == Disposition::Rehost);
    CHECK(r.workloads[0].reason == RecommendationReason::Default);
    CHECK(r.workloads[1].effective == Disposition::Replatform);
    CHECK(r.workloads[1].reason == RecommendationReason::Database);
    CHECK(r.workloads[2].effective == Disposition::Retire);
    CHECK(r.workloads[2].reason == RecommendationReason::PoweredOff);
    CHECK(recommendationText(s, r.workloads[1], 1).find("SQL Server") != std::string::npos);

    // Sizing: web needs 4 x 0.6 x 1.25 = 3 vCPU and 16 x 0.4 x 1.25 = 8 GB -> a.xlarge (a.large has 2 vCPU).
    //   0.20 x (1 - 25 % SP) x 730 = 109.5, storage 100 x 0.10 = 10: 119.5.
    CHECK(r.workloads[0].neededVcpu == Approx(3.0));
    CHECK(r.workloads[0].neededRamGb == Approx(8.0));
    CHECK(instanceTypeName(s, r.workloads[0]) == "a.xlarge");
    CHECK(r.workloads[0].awsMonthlyUsd == Approx(119.5));
    // db: unknown utilisation -> as provisioned 4 vCPU / 32 GB -> db.b.xlarge on RDS for SQL Server Express (its
    //   edition here; the round catalogue prices every RDS engine alike, Single-AZ here) = 2 x 0.25 = 0.50/h:
    //   0.50 x (1 - 40 % RDS reserved) x 730 = 219; storage 100 x 0.10 = 10: 229. (No savings plan on RDS; the
    //   rule's 0.8 run-rate factor is not applied to a catalogue price.)
    CHECK(instanceTypeName(s, r.workloads[1]) == "db.b.xlarge");
    CHECK(r.workloads[1].priceKey.rds);
    CHECK(r.workloads[1].priceKey.engine == RdsEngine::SqlServerExpress);
    CHECK(r.workloads[1].instanceUsdPerHour == Approx(0.50));
    CHECK(r.workloads[1].awsMonthlyUsd == Approx(229.0));
    CHECK(r.workloads[2].awsMonthlyUsd == 0.0);
    // Ops labour after migration: 200 x (1 - 40 %) x rule factor (rehost 1, replatform 0.5) = 120 and 60.
    CHECK(r.workloads[0].targetMonthlyUsd == Approx(239.5));
    CHECK(r.workloads[1].targetMonthlyUsd == Approx(289.0));

    // Timeline: Assess 4 wk -> month 1, Mobilize +8 wk = 12 wk -> 2.77 -> month 3. Wave 3 + 3 = go-live 6
    // (rule durations 1 and 2 months are shorter than the wave); dual running 2 months -> today's cost ends at 8;
    // Retire ends at go-live 6.
    CHECK(r.timeline.assessEndMonth == 1);
    CHECK(r.timeline.mobilizeEndMonth == 3);
    CHECK(r.workloads[0].goLiveMonth == 6);
    CHECK(r.workloads[0].legacyEndMonth == 8);
    CHECK(r.workloads[2].legacyEndMonth == 6);

    // Series: one-time (6000 + 12000 + 600) / 3 months = 6200 in months 3..5.
    CHECK(r.monthly[2].oneTimeUsd == Approx(0.0).margin(1e-9));
    CHECK(r.monthly[3].oneTimeUsd == Approx(6200.0));
    CHECK(r.monthly[5].oneTimeUsd == Approx(6200.0));
    CHECK(r.monthly[6].oneTimeUsd == Approx(0.0).margin(1e-9));
    // Months 6-7: legacy web + db = 995.6 (all dual running); AWS usage 348.5, support max($100, 10 %) = $100.
    CHECK(r.monthly[6].legacyUsd == Approx(995.6));
    CHECK(r.monthly[6].dualRunningUsd == Approx(995.6));
    CHECK(r.monthly[6].awsUsageUsd == Approx(348.5));
    CHECK(r.monthly[6].awsSupportUsd == Approx(100.0));
    CHECK(r.monthly[8].legacyUsd == Approx(0.0).margin(1e-9));
    // Net: months 3-5: -6200; 6-7: 1372.6 - (995.6 + 448.5 + 180) = -251.5; 8..35: 1372.6 - 628.5 = 744.1.
    CHECK(r.monthly[4].netCashFlowUsd == Approx(-6200.0));
    CHECK(r.monthly[7].netCashFlowUsd == Approx(-251.5));
    CHECK(r.monthly[9].netCashFlowUsd == Approx(744.1));
    // Horizon: -18600 - 503 + 28 x 744.1 = 1731.8; status quo 36 x 1372.6 = 49413.6.
    CHECK(r.tco.horizonSavingsUsd == Approx(1731.8));
    CHECK(r.tco.statusQuoTotalUsd == Approx(49413.6));
    CHECK(r.tco.oneTimeUsd == Approx(18600.0));
    CHECK(r.tco.dualRunningUsd == Approx(2 * 995.6));
    // Payback: cumulative -19103 after month 7; 25 x 744.1 = 18602.5 short, 26 months enough -> month 33.
    REQUIRE(r.tco.paybackMonth);
    CHECK(*r.tco.paybackMonth == 33);
    REQUIRE(r.tco.roiPct);
    CHECK(*r.tco.roiPct == Approx(1731.8 / 18600.0));
    // NPV at 0 % equals the undiscounted sum.
    CHECK(r.tco.npvUsd == Approx(1731.8));
    // Run rate after: 348.5 + 100 support + 180 labour = 628.5 -> savings 1 - 628.5 / 1372.6.
    CHECK(r.tco.targetMonthlyUsd == Approx(628.5));
    CHECK(r.tco.runRateSavingsPct == Approx(1.0 - 628.5 / 1372.6));

    // MAP: ARR 12 x 348.5 = 4182 -> below the $100K MAP Lite floor and 2 < 10 workloads: not eligible.
    CHECK(r.projectedArrUsd == Approx(4182.0));
    CHECK(r.eligibility.verdict == Verdict::NotEligible);
    CHECK(check(r, "arr.mapLite").status == CheckStatus::Fail);
    CHECK(check(r, "arr.mapLite").clearAmount == Approx(100000.0 - 4182.0));
    CHECK(check(r, "scope.workloads").clearAmount == Approx(8.0));
    CHECK(r.funding.totalUsd == 0.0);
    // Left on the table: the ladder it would have had: 5 % + 20 % of 4182 = 1045.5 (no credits: 18 months x
    // 348.5 = 6273 of tagged spend never passes the $50K minimum, 20 % x 6273 = 1254.6 below minimum).
    CHECK(r.funding.leftOnTable.notEligibleUsd == Approx(1045.5));
    CHECK(r.funding.leftOnTable.belowMinimumUsd == Approx(1254.6));
}

TEST_CASE("a PaaS migration of $9K a month landing at $11K a month gets the MAP Lite ladder",
          "[model][estimate][map]") {
    const Scenario s = test::rulesPaasScenario();
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Today: the $9,000 bill spread over 10 equal workloads = $900 each.
    CHECK(r.workloads[3].todayMonthlyUsd == Approx(900.0));
    // AWS: 1.50 x 730 = 1095 + 50 GB x 0.10 = 5 -> 1100 each, 11,000 a month, projected ARR 132,000.
    CHECK(r.workloads[3].awsMonthlyUsd == Approx(1100.0));
    CHECK(r.projectedArrUsd == Approx(132000.0));
    // 132K >= MAP Lite 100K, < MAP 500K; 10 workloads meet the 10-server floor -> MAP Lite.
    CHECK(r.eligibility.verdict == Verdict::MapLite);
    // Assess 5 % x 132,000 = 6,600 at month 1; Mobilize 20 % x 132,000 = 26,400 at month 3.
    CHECK(r.funding.assess.amountUsd == Approx(6600.0));
    CHECK(r.funding.assess.releaseMonth == 1);
    CHECK(r.funding.mobilize.amountUsd == Approx(26400.0));
    CHECK(r.funding.mobilize.releaseMonth == 3);
    CHECK(r.monthly[1].fundingAssessUsd == Approx(6600.0));
    // Paid as the migration services it offsets are costed: 55,000 over months 3-5 = 18,333.33 a month, so
    // 18,333.33 in month 3 and the other 8,066.67 in month 4.
    CHECK(r.monthly[3].fundingMobilizeUsd == Approx(55000.0 / 3.0));
    CHECK(r.monthly[4].fundingMobilizeUsd == Approx(26400.0 - 55000.0 / 3.0));
    // Credits at 20 %: window months 6..23 (18 months); 33,000 of tagged spend per quarter.
    //   Q2 (months 6-8): cumulative 33K < 50K minimum -> 0.  Q3: 66K - 50K = 16K -> 3,200.
    //   Q4..Q7: 33K -> 6,600 each. Released one quarter later: Q4 (month 12) 3,200, months 15/18/21/24 6,600.
    REQUIRE(r.funding.quarters.size() == 20);
    CHECK(r.funding.quarters[2].taggedSpendUsd == Approx(33000.0));
    CHECK(r.funding.quarters[2].earnedUsd == Approx(0.0).margin(1e-9));
    CHECK(r.funding.quarters[3].earnedUsd == Approx(3200.0));
    CHECK(r.funding.quarters[3].releaseQuarter == 4);
    CHECK(r.funding.quarters[3].releaseMonth == 12);
    for (int q = 4; q <= 7; ++q) CHECK(r.funding.quarters[static_cast<std::size_t>(q)].earnedUsd == Approx(6600.0));
    CHECK(r.funding.quarters[8].earnedUsd == Approx(0.0).margin(1e-9));
    CHECK(r.monthly[12].fundingCreditsUsd == Approx(3200.0));
    CHECK(r.monthly[15].fundingCreditsUsd == Approx(6600.0));
    CHECK(r.monthly[24].fundingCreditsUsd == Approx(6600.0));
    // Total credits: 20 % x (18 x 11,000 - 50,000) = 29,600; below minimum 20 % x 50,000 = 10,000.
    CHECK(r.funding.creditsUsd == Approx(29600.0));
    CHECK(r.funding.leftOnTable.belowMinimumUsd == Approx(10000.0));
    CHECK(r.funding.totalUsd == Approx(6600.0 + 26400.0 + 29600.0));
    CHECK(r.traces.mobilize.formula == "Mobilize = 20 % x projected ARR $132,000 = $26,400");
}

TEST_CASE("an estate just under the MAP Lite floor is not eligible and the gap is exact", "[model][estimate][map]") {
    Scenario s = test::rulesPaasScenario();
    // 1.00 x 730 = 730 + 73 GB x $1.00 = 803 a month each; 10 x 803 x 12 = 96,360 ARR.
    s.aws.catalogue =
        catalogueFromRows("test-region", {{"p.large", 2, 8.0, 1.00, 0.0}}, 1.0, 2.0, "2026-11-23", "tests");
    for (Workload& w : s.workloads) w.storageGb = 73.0;
    // 8,030 a month is above the default $5,000 practical floor (borderline: funding_profiles_test.cpp); with a
    // $10,000 floor only the MAP Lite reading is left.
    s.program.practicalFloorMonthlyUsd = 10000.0;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.projectedArrUsd == Approx(96360.0));
    CHECK(r.eligibility.verdict == Verdict::NotEligible);
    const EligibilityCheck& c = check(r, "arr.mapLite");
    CHECK(c.status == CheckStatus::Fail);
    CHECK(c.measured == Approx(96360.0));
    CHECK(c.threshold == Approx(100000.0));
    CHECK(c.clearAmount == Approx(3640.0));
    // One more workload of the average ARR (9,636) clears it.
    CHECK(c.clearText == "$3,640 more AWS spend a year (about 1 more workload of this estate's average size)");
    CHECK(r.funding.totalUsd == 0.0);
    CHECK(r.funding.leftOnTable.notEligibleUsd > 0.0);
}

TEST_CASE("a workload tagged three months late loses the credits of those three months", "[model][estimate][map]") {
    Scenario s = test::rulesPaasScenario();
    const Result onTime = estimate(s);
    for (Workload& w : s.workloads) w.taggedFromMonth = 9; // go-live is month 6
    const Result late = estimate(s);
    REQUIRE(late.ok());
    // Tagged spend months 9..23 = 15 x 11,000 = 165,000; 20 % x (165,000 - 50,000) = 23,000.
    CHECK(late.funding.creditsUsd == Approx(23000.0));
    // Lost: 29,600 - 23,000 = 6,600 = 20 % x the 33,000 spent in months 6-8 before the tag.
    CHECK(onTime.funding.creditsUsd - late.funding.creditsUsd == Approx(6600.0));
    CHECK(late.funding.leftOnTable.taggedLateUsd == Approx(6600.0));
    CHECK(late.workloads[0].creditFromMonth == 9);
    // ARR, Assess and Mobilize do not depend on tagging.
    CHECK(late.funding.assess.amountUsd == Approx(6600.0));
    CHECK(check(late, "tagging.timing").status == CheckStatus::Fail);
    CHECK(check(late, "tagging.timing").clearAmount == Approx(10.0));
}

TEST_CASE("an Activate-funded workload earns no MAP funding and is not funded twice", "[model][estimate][map]") {
    Scenario s = test::rulesPaasScenario();
    Workload extra = s.workloads.front();
    extra.id = "activate-app";
    extra.fundedElsewhere = true;
    extra.fundedElsewhereProgram = "Activate";
    s.workloads.push_back(extra);
    s.source.monthlyBillUsd = 9900.0; // 11 workloads at $900
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK_FALSE(r.workloads[10].mapEligible);
    CHECK(r.workloads[10].mapExclusion == MapExclusion::FundedElsewhere);
    CHECK(r.workloads[10].awsMonthlyUsd == Approx(1100.0)); // it still costs money on AWS
    // ARR and credits are those of the 10 MAP workloads only.
    CHECK(r.projectedArrUsd == Approx(132000.0));
    CHECK(r.funding.creditsUsd == Approx(29600.0));
    // Reported beside the ladder: 20 % x 18 months x 1,100 = 3,960.
    CHECK(r.funding.leftOnTable.fundedElsewhereUsd == Approx(3960.0));
}

TEST_CASE("the partner-funding cap cuts Assess plus Mobilize and reports the cut", "[model][estimate][map]") {
    Scenario s = test::rulesPaasScenario();
    s.program.partnerFundingCapUsd = 20000.0;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Uncapped 6,600 + 26,400 = 33,000 > 20,000: Assess 6,600 in full, Mobilize 13,400, 13,000 left on the table.
    CHECK(r.funding.assess.amountUsd == Approx(6600.0));
    CHECK(r.funding.mobilize.amountUsd == Approx(13400.0));
    CHECK(r.funding.mobilize.uncappedUsd == Approx(26400.0));
    CHECK(r.funding.capApplied);
    CHECK(r.funding.leftOnTable.capUsd == Approx(13000.0));
    CHECK(r.funding.creditsUsd == Approx(29600.0)); // credits are outside the partner cap by default

    s.program.capIncludesCredits = true;
    const Result all = estimate(s);
    // Everything shares the cap: 6,600 + 13,400 = 20,000 already, so no credits. Beyond the cap (never available):
    // 13,000 + the 29,600 of credits + the 10,000 below the minimum (20 % x 50,000), which the cap leaves no room for;
    // nothing is left on the table.
    CHECK(all.funding.totalUsd == Approx(20000.0));
    CHECK(all.funding.leftOnTable.capUsd == Approx(13000.0 + 29600.0 + 10000.0));
    CHECK(all.funding.leftOnTable.totalUsd == Approx(0.0).margin(1e-9));
}

TEST_CASE("Mobilize on the services-cost basis uses 25 % of the eligible services cost", "[model][estimate][map]") {
    Scenario s = test::rulesPaasScenario();
    s.program.mobilizeBasis = MobilizeBasis::ServicesCost;
    s.program.migrationServicesUsd = 80000.0;
    const Result r = estimate(s);
    CHECK(r.funding.mobilize.amountUsd == Approx(20000.0)); // 25 % x 80,000
    s.program.migrationServicesUsd = 0.0;                   // falls back to the one-time cost: 10 x 5,500
    const Result est = estimate(s);
    CHECK(est.funding.mobilize.basisUsd == Approx(55000.0));
    CHECK(est.funding.mobilize.amountUsd == Approx(13750.0));
}

TEST_CASE("support plans follow the public tiers", "[model][estimate]") {
    CHECK(supportPlanUsd(SupportPlan::Basic, 50000.0) == 0.0);
    CHECK(supportPlanUsd(SupportPlan::Business, 0.0) == 0.0);
    CHECK(supportPlanUsd(SupportPlan::Business, 500.0) == Approx(100.0)); // minimum
    // 10 % x 10,000 + 7 % x 70,000 + 5 % x 20,000 = 1,000 + 4,900 + 1,000 = 6,900
    CHECK(supportPlanUsd(SupportPlan::Business, 100000.0) == Approx(6900.0));
    CHECK(supportPlanUsd(SupportPlan::Enterprise, 100000.0) == Approx(15000.0)); // minimum
    CHECK(supportPlanUsd(SupportPlan::Developer, 10000.0) == Approx(300.0));
}

TEST_CASE("the recommender proposes dispositions from plain rules", "[model][recommend]") {
    Scenario s;
    Workload w;
    RecommendationReason why = RecommendationReason::Default;
    w.cpuUtilP95Pct = 0.02;
    w.memUtilP95Pct = 0.03;
    CHECK(recommend(s, w, why) == Disposition::Retire);
    CHECK(why == RecommendationReason::Idle);
    w.cpuUtilP95Pct = 0.0; // 0 % and 0 % is a server whose tools report nothing, as the sizer reads it: not idle
    w.memUtilP95Pct = 0.0;
    CHECK(recommend(s, w, why) == Disposition::Rehost);
    CHECK(why == RecommendationReason::Default);
    w.memUtilP95Pct = 0.03;
    w.cpuUtilP95Pct = 0.5;
    w.os = "Microsoft Windows Server 2008 R2 Standard";
    CHECK(recommend(s, w, why) == Disposition::Rehost); // an old OS is a flag, not a reason to rebuild
    CHECK(why == RecommendationReason::UnsupportedOs);
    w.os = "Microsoft Windows Server 2022";
    CHECK(recommend(s, w, why) == Disposition::Rehost);
    w.kind = WorkloadKind::ManagedDatabase;
    CHECK(recommend(s, w, why) == Disposition::Replatform);
    CHECK(why == RecommendationReason::ManagedDatabase);
    CHECK(isWindowsOs("Microsoft WINDOWS Server 2019"));
    CHECK_FALSE(isWindowsOs("Red Hat Enterprise Linux 9"));
    CHECK(isUnsupportedOs("CentOS 7 (64-bit)"));
    CHECK_FALSE(isUnsupportedOs("Red Hat Enterprise Linux 9 (64-bit)"));
}

// The engine counts relocated VMs (for the host count) from the users' choices alone, before any workload is
// recommended: that holds only while no rule proposes Relocate.
TEST_CASE("the recommender never proposes Relocate", "[model][recommend]") {
    Scenario s;
    RecommendationReason why = RecommendationReason::Default;
    int tried = 0;
    for (PowerState power : {PowerState::On, PowerState::Off, PowerState::Suspended})
        for (WorkloadKind kind : {WorkloadKind::Server, WorkloadKind::ManagedDatabase})
            for (DatabaseEngine db : {DatabaseEngine::None, DatabaseEngine::MySql, DatabaseEngine::Oracle})
                for (const char* os : {"Microsoft Windows Server 2022", "CentOS 7 (64-bit)", ""})
                    for (double cpu : {0.01, 0.5}) {
                        Workload w;
                        w.powerState = power;
                        w.kind = kind;
                        w.database = db;
                        w.os = os;
                        w.cpuUtilP95Pct = cpu;
                        w.memUtilP95Pct = cpu;
                        CHECK(recommend(s, w, why) != Disposition::Relocate);
                        ++tried;
                    }
    CHECK(tried == 108);
}

TEST_CASE("a user's disposition overrides the recommendation and Retain keeps today's cost", "[model][estimate]") {
    Scenario s = smallOnPremScenario();
    s.workloads[1].disposition = Disposition::Retain;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.workloads[1].effective == Disposition::Retain);
    CHECK(r.workloads[1].recommended == Disposition::Replatform);
    CHECK(r.workloads[1].awsMonthlyUsd == 0.0);
    CHECK_FALSE(r.workloads[1].mapEligible);
    // Retained: today's cost is paid every month of the horizon.
    CHECK(r.monthly[35].legacyUsd == Approx(512.8));
    CHECK(r.tco.byDisposition[static_cast<int>(Disposition::Retain)].horizonLegacyUsd == Approx(36 * 512.8));
}

TEST_CASE("a per-workload cost override wins over the drivers", "[model][estimate]") {
    Scenario s = smallOnPremScenario();
    s.workloads[0].monthlyCostOverrideUsd = 1000.0;
    const Result r = estimate(s);
    CHECK(r.workloads[0].todayMonthlyUsd == Approx(1000.0));
    CHECK(r.tco.statusQuoByCategory.otherCloudBillUsd == Approx(36 * 1000.0));
}

TEST_CASE("Windows workloads are priced with the Windows rate and savings plans skip the licence",
          "[model][estimate]") {
    Scenario s = smallOnPremScenario();
    s.workloads[0].os = "Microsoft Windows Server 2022";
    const Result r = estimate(s);
    // a.xlarge: Linux 0.20 x 0.75 + licence (0.40 - 0.20) = 0.35 / h x 730 = 255.5 + storage 10 = 265.5
    CHECK(r.workloads[0].awsMonthlyUsd == Approx(265.5));
}

TEST_CASE("an empty estate estimates to zeros without NaN", "[model][estimate]") {
    const Result r = estimate(Scenario{});
    REQUIRE(r.ok());
    CHECK(r.months == 60);
    CHECK(r.tco.horizonSavingsUsd == 0.0);
    CHECK(r.tco.runRateSavingsPct == 0.0);
    CHECK_FALSE(r.tco.roiPct);
    CHECK(r.tco.whyNoRoi == NoFigure::NothingMigrates);
    CHECK_FALSE(r.tco.paybackMonth); // not "month 0": there is nothing to pay back
    CHECK(r.tco.whyNoPayback == NoFigure::NothingMigrates);
    CHECK(r.eligibility.verdict == Verdict::NotEligible);
    for (const PeriodFigures& p : r.monthly) CHECK(p.netCashFlowUsd == 0.0);
}

TEST_CASE("another cloud's bill is spread by vCPU over the workloads without an override", "[model][estimate]") {
    Scenario s = test::rulesPaasScenario();
    s.source.kind = SourceKind::OtherCloud;
    s.source.monthlyBillUsd = 9000.0;
    s.workloads.resize(3);
    s.workloads[0].vcpu = 2;
    s.workloads[1].vcpu = 4;
    s.workloads[2].monthlyCostOverrideUsd = 500.0;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Weights 2 and 4 of 6: 9,000 x 2/6 = 3,000 and 9,000 x 4/6 = 6,000; the override keeps its 500.
    CHECK(r.workloads[0].todayMonthlyUsd == Approx(3000.0));
    CHECK(r.workloads[1].todayMonthlyUsd == Approx(6000.0));
    CHECK(r.workloads[2].todayMonthlyUsd == Approx(500.0));
}

TEST_CASE("Relocate pays whole bare-metal hosts for the VMs live each month", "[model][estimate]") {
    Scenario s = test::rulesPaasScenario();
    s.plan.waves.push_back({"Wave 2", 6, 3, 0});
    s.workloads.resize(31, s.workloads.front());
    for (std::size_t i = 0; i < s.workloads.size(); ++i) {
        s.workloads[i].id = "vm-" + std::to_string(i);
        s.workloads[i].disposition = Disposition::Relocate;
        s.workloads[i].wave = i < 30 ? 1 : 2; // 30 VMs live at month 6, the 31st at month 9
    }
    s.source.monthlyBillUsd = 31 * 900.0;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // One host: 10.982 x 730 = 8,016.86 a month (on-demand, no discount); 30 VMs fit one host, 31 need two.
    const double host = 10.982 * 730.0;
    CHECK(r.monthly[6].awsUsageUsd == Approx(host));
    CHECK(r.monthly[9].awsUsageUsd == Approx(2 * host));
    // Each VM's steady-state share: 2 hosts / 31 VMs.
    CHECK(r.workloads[0].awsMonthlyUsd == Approx(2 * host / 31));
    CHECK(r.projectedArrUsd == Approx(12 * 2 * host));
}

TEST_CASE("with no credit lag, credits arrive in the last month of the quarter they are earned",
          "[model][estimate][map]") {
    Scenario s = test::rulesPaasScenario();
    s.program.creditLagQuarters = 0;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Q3 (months 9-11) earns 3,200: released in month 11, not before the spend.
    CHECK(r.funding.quarters[3].releaseMonth == 11);
    CHECK(r.monthly[11].fundingCreditsUsd == Approx(3200.0));
}

TEST_CASE(
    "production databases with a standby today run Multi-AZ on RDS by default, Multi-AZ doubles instance and storage",
    "[model][estimate]") {
    Scenario s = smallOnPremScenario();
    s.aws.rdsMultiAzForProduction = true;
    s.workloads[1].standbyToday = true; // the default follows what today runs (prices_test.cpp)
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // db.b.xlarge Multi-AZ = 2 x 0.50 = 1.00/h at the catalogue rate (no rule-of-thumb factor), reserved for the
    // plan's 1-year term at 40 %: 1.00 x (1 - 0.40) x 730 = 438; storage 100 GB x 0.10 x 2 copies = 20; 458.
    CHECK(r.workloads[1].priceKey.deployment == RdsDeployment::MultiAz);
    CHECK(r.workloads[1].instanceUsdPerHour == Approx(1.00));
    CHECK(r.workloads[1].awsMonthlyUsd == Approx(458.0));
    // Single-AZ: 0.50 x 0.60 x 730 = 219; storage 100 x 0.10 = 10; 229.
    s.workloads[1].environment = Environment::NonProduction;
    CHECK(estimate(s).workloads[1].awsMonthlyUsd == Approx(229.0));
}

TEST_CASE("Windows is priced at the Windows rate, with the savings plan on its Linux part only", "[model][estimate]") {
    Scenario s = smallOnPremScenario();
    s.workloads[0].os = "Microsoft Windows Server 2022";
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // a.xlarge Windows 0.40 = Linux 0.20 + licence 0.20: (0.20 x 0.75 + 0.20) x 730 = 255.5; storage 10: 265.5.
    CHECK(r.workloads[0].priceKey.os == Ec2Os::Windows);
    CHECK(r.workloads[0].instanceUsdPerHour == Approx(0.40));
    CHECK(r.workloads[0].awsMonthlyUsd == Approx(265.5));
}

TEST_CASE("an OS the region has no table for is priced at Linux with a warning, never silently", "[model][estimate]") {
    Scenario s = smallOnPremScenario();
    s.workloads[0].os = "Red Hat Enterprise Linux 9"; // the test catalogue has no RHEL table
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.workloads[0].sizingWarning == SizingWarning::NoOsPrice);
    CHECK(r.workloads[0].awsMonthlyUsd == Approx(119.5));
    CHECK(sizingWarningText(s, r.workloads[0]) ==
          "No Red Hat Enterprise Linux price in test-region: priced at the Linux rate, so its licence is not counted.");
    CHECK(sizingTrace(s, r.workloads[0], 0)
              .find("a.xlarge at USD 0.2/h, the cheapest of 2 types with at least 3 vCPU and 8 GiB in test-region, "
                    "Linux, prices of 2026-11-23") == 0);
}

TEST_CASE("a workload nothing fits lands on several of the largest type, with a warning", "[model][estimate]") {
    Scenario s = smallOnPremScenario();
    s.workloads[0].cpuUtilP95Pct.reset();
    s.workloads[0].memUtilP95Pct.reset();
    s.workloads[0].vcpu = 16;
    s.workloads[0].ramGb = 64.0;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Like-for-like 16 vCPU / 64 GB; the largest type is b.xlarge (4 vCPU, 32 GB): max(16 / 4, 64 / 32) = 4.
    CHECK(r.workloads[0].sizingWarning == SizingWarning::NothingFits);
    CHECK(r.workloads[0].instanceCount == 4);
    CHECK(instanceTypeName(s, r.workloads[0]) == "b.xlarge");
    // 4 x 0.25 x 0.75 x 730 = 547.5; storage 10: 557.5.
    CHECK(r.workloads[0].awsMonthlyUsd == Approx(557.5));
}

TEST_CASE("the MPA fallback peaks size a workload with unknown utilisation, labelled in its need",
          "[model][estimate]") {
    Scenario s = smallOnPremScenario();
    s.workloads[0].cpuUtilP95Pct.reset();
    s.workloads[0].memUtilP95Pct.reset();
    s.workloads[0].ramGb = 8.0;
    // Like-for-like: 4 vCPU / 8 GB -> a.xlarge (a.large has 2 vCPU).
    CHECK(instanceTypeName(s, estimate(s).workloads[0]) == "a.xlarge");
    // MPA fallback: 4 x 24 % x 1.25 = 1.2 -> 2 vCPU; 8 x 59 % x 1.25 = 5.9 -> 6 GB: a.large (0.10).
    s.aws.mpaFallbackPeaks = true;
    const Result r = estimate(s);
    CHECK(r.workloads[0].neededVcpu == Approx(1.2));
    CHECK(r.workloads[0].neededRamGb == Approx(5.9));
    CHECK(instanceTypeName(s, r.workloads[0]) == "a.large");
    CHECK(sizingTrace(s, r.workloads[0], 0).find("MPA fallback") != std::string::npos);
}

TEST_CASE("the target region is chosen, not multiplied", "[model][estimate]") {
    Scenario s = test::paasScenario();
    s.aws.region = "eu-nowhere-1";
    CHECK_FALSE(estimate(s).ok()); // no tables for the region: an error naming aws.region
    s.aws.region = "test-region";
    const Result base = estimate(s);
    s.aws.regionMultiplier = 1.1; // the explicit override multiplies every AWS price
    CHECK(estimate(s).projectedArrUsd == Approx(base.projectedArrUsd * 1.1));
}

TEST_CASE("every eligibility check carries its CheckId and the id text that names it", "[model][eligibility]") {
    const Result r = estimate(makeSyntheticScenario(30, 2));
    REQUIRE(r.ok());
    // The engine lists the seven checks once each, in CheckId order.
    REQUIRE(r.eligibility.checks.size() == static_cast<std::size_t>(kCheckIdCount));
    for (int k = 0; k < kCheckIdCount; ++k) {
        const EligibilityCheck& c = r.eligibility.checks[static_cast<std::size_t>(k)];
        CHECK(c.check == static_cast<CheckId>(k));
        CHECK(c.id == checkIdText(c.check));
    }
    CHECK(checkIdText(CheckId::TaggingTiming) == "tagging.timing");
}
