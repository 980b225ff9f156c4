// tests/io/business_case_summary_test.cpp - the overview's headline, figures, bridge, next steps and not-eligible path.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "embedded_assets.hpp"
#include "io/business_case_summary.hpp"
#include "io/defaults_json.hpp"
#include "io/scenario_json.hpp"
#include "model/engine.hpp"

using namespace est::io;
using namespace est::formats;
namespace m = est::model;

namespace {

m::WorkloadResult workload(m::Disposition d, bool mapEligible) {
    m::WorkloadResult w;
    w.effective = d;
    w.mapEligible = mapEligible;
    return w;
}

m::EligibilityCheck check(const char* id, m::CheckStatus status, double threshold = 0.0, double clearAmount = 0.0,
                          bool blocking = true) {
    m::EligibilityCheck c;
    c.id = id;
    for (int k = 0; k < m::kCheckIdCount; ++k) // the check its id names, as the engine sets both
        if (m::checkIdText(static_cast<m::CheckId>(k)) == c.id) c.check = static_cast<m::CheckId>(k);
    c.status = status;
    c.threshold = threshold;
    c.clearAmount = clearAmount;
    c.blocking = blocking;
    return c;
}

// A hand-made MAP Lite result over 5 years, starting Q1 2027: 3 workloads move, 1 retires.
m::Result fundedResult() {
    m::Result r;
    r.months = 60;
    r.workloads = {workload(m::Disposition::Rehost, true), workload(m::Disposition::Replatform, true),
                   workload(m::Disposition::Rehost, true), workload(m::Disposition::Retire, false)};
    r.projectedArrUsd = 150000.0;
    m::TcoSummary& t = r.tco;
    t.todayMonthlyUsd = 10000.0;
    t.targetMonthlyUsd = 6000.0;
    t.statusQuoTotalUsd = 600000.0;
    t.migrationTotalUsd = 420000.0;
    t.oneTimeUsd = 50000.0;
    t.dualRunningUsd = 10000.0;
    t.fundingUsd = 30000.0;
    t.netMigrationCostUsd = 30000.0; // 50,000 + 10,000 - 30,000
    t.horizonSavingsUsd = 210000.0;  // 600,000 - 420,000 + 30,000
    t.paybackMonth = 19;             // Jan 2027 + 19 months = Aug 2028
    m::FundingLadder& f = r.funding;
    f.totalUsd = 30000.0;
    f.partnerCashUsd = 18000.0;
    f.customerCreditsUsd = 12000.0;
    f.creditsUsd = 12000.0;
    f.assess.amountUsd = 3000.0;
    f.assess.releaseMonth = 3; // Apr 2027
    f.assess.releasedBy = "AWS approves the migration readiness assessment";
    f.mobilize.amountUsd = 15000.0;
    f.mobilize.releaseMonth = 6; // Jul 2027
    f.mobilize.releasedBy = "landing zone built";
    f.leftOnTable.untaggedUsd = 2000.0;
    r.eligibility.verdict = m::Verdict::MapLite;
    r.eligibility.checks = {check("arr.mapLite", m::CheckStatus::Pass, 100000.0),
                            check("partner.competency", m::CheckStatus::Unknown)};
    r.timeline.waveGoLiveMonth = {9, 15}; // Oct 2027, Apr 2028
    r.timeline.assessEndMonth = 3;        // Apr 2027
    r.timeline.mobilizeEndMonth = 6;      // Jul 2027
    return r;
}

// Not eligible: AWS spend $60,000 a year against the $100,000 MAP Lite minimum; the move costs $12,000 more.
m::Result notEligibleResult() {
    m::Result r;
    r.months = 60;
    for (int i = 0; i < 4; ++i) r.workloads.push_back(workload(m::Disposition::Rehost, true));
    for (int i = 0; i < 2; ++i) r.workloads.push_back(workload(m::Disposition::Retain, false));
    r.projectedArrUsd = 60000.0;
    r.tco.horizonSavingsUsd = -12000.0;
    r.tco.whyNoPayback = m::NoFigure::NeverInHorizon;
    r.eligibility.verdict = m::Verdict::NotEligible;
    r.eligibility.checks = {check("arr.mapLite", m::CheckStatus::Fail, 100000.0, 40000.0),
                            check("partner.competency", m::CheckStatus::Pass)};
    return r;
}

m::Scenario startingQ1of2027() {
    m::Scenario s;
    s.settings.startYear = 2027;
    s.settings.startQuarter = 1;
    return s;
}

} // namespace

TEST_CASE("money for reading keeps three significant figures in the display currency", "[io][overview]") {
    const m::Settings usd;
    CHECK(moneyForReading(1234567.0, usd) == "$1.23M");
    CHECK(moneyForReading(250000.0, usd) == "$250K");
    CHECK(moneyForReading(45600.0, usd) == "$45.6K");
    CHECK(moneyForReading(950.4, usd) == "$950");
    CHECK(moneyForReading(-2500.0, usd) == "-$2.5K");
    CHECK(moneyForReading(999999.0, usd) == "$1M"); // 999,999 rounds to 1.00M, not "1000K"
    CHECK(moneyForReading(0.0, usd) == "$0");
    m::Settings eur;
    eur.currencySymbol = "€";
    eur.usdToDisplayRate = 0.5;
    CHECK(moneyForReading(1000000.0, eur) == "€500K"); // 1,000,000 x 0.5
}

TEST_CASE("a funded result reads as one sentence, four figures, a bridge that adds up and numbered steps",
          "[io][overview]") {
    const BusinessCaseSummary s = summarizeBusinessCase(startingQ1of2027(), fundedResult());
    REQUIRE(s.ok);
    CHECK(s.headline ==
          "Moving 3 workloads to AWS and retiring 1 saves $210K over 5 years; AWS funds $30K; payback Aug 2028.");
    CHECK(s.badge == "MAP Lite");
    CHECK_FALSE(s.notEligible.shown);
    REQUIRE(s.figures.size() == 4);
    CHECK(s.figures[0].usd == 120000.0); // 10,000 x 12
    CHECK(s.figures[1].usd == 72000.0);  // 6,000 x 12
    CHECK(s.figures[1].note == "after the move; your AWS spend per year (MAP funding is based on it): $150K");
    CHECK(s.figures[2].usd == 30000.0); // 50,000 + 10,000 - 30,000
    CHECK(s.figures[2].note == "one-time $60K (running both sides included) less AWS funding $30K");
    CHECK(s.figures[3].usd == 30000.0);
    CHECK(s.figures[3].note == "within 5 years: $18K to your partner, $12K in credits on your AWS bill");
    // Bridge: 600,000 today; run cost on AWS = 420,000 - 60,000 = 360,000, a change of -240,000; + 60,000 one-time;
    // - 30,000 funding; = 390,000 with AWS. 600,000 - 390,000 = 210,000, the headline's savings.
    REQUIRE(s.bridge.size() == 5);
    CHECK(s.bridge[0].label == "Today, 5 years");
    CHECK(s.bridge[0].total);
    CHECK(s.bridge[0].usd == 600000.0);
    CHECK(s.bridge[1].label == "Lower run cost");
    CHECK(s.bridge[1].usd == -240000.0);
    CHECK(s.bridge[2].usd == 60000.0);
    CHECK(s.bridge[2].kind == BridgeKind::OneTime);
    CHECK(s.bridge[3].usd == -30000.0);
    CHECK(s.bridge[3].kind == BridgeKind::Funding);
    CHECK(s.bridge[4].total);
    CHECK(s.bridge[4].usd == 390000.0);
    // The customer's actions, each with an owner and a month; the payments (Assess in Apr, Mobilize in Jul 2027)
    // are the Funding step's, not steps for the customer.
    CHECK(s.nextSteps ==
          std::vector<std::string>{
              "Confirm that your AWS partner holds the Migration Competency: MAP funding needs it (you, Jan 2027)",
              "Confirm the numbers: check today's costs and the AWS sizing against your own bills and contracts "
              "(your finance lead, Jan 2027)",
              "Run the migration readiness assessment with your AWS partner (you and your partner, by Apr 2027)",
              "Pick the workloads of the first wave, live in Oct 2027; the last of 2 waves goes live in Apr 2028 "
              "(your IT lead, by Jul 2027)",
              "Tag every migrated resource map-migrated from its go-live: $2K of credits are lost without it "
              "(your cloud team, from Oct 2027)"});
    CHECK(s.fundingByPhase.size() == 3); // the payment schedule: Assess, Mobilize, credits
    CHECK(s.fundingByPhase[0].note == "in Apr 2027, released by: AWS approves the migration readiness assessment");
}

TEST_CASE("a result that qualifies for nothing becomes a path with the gap in dollars a year", "[io][overview]") {
    const BusinessCaseSummary s = summarizeBusinessCase(startingQ1of2027(), notEligibleResult());
    REQUIRE(s.ok);
    CHECK(s.headline == "Moving 4 workloads to AWS costs $12K more over 5 years; not eligible for AWS funding yet "
                        "($40,000 a year more AWS spend would qualify); no payback within 5 years.");
    CHECK(s.badge == "Not eligible yet");
    REQUIRE(s.notEligible.shown);
    CHECK(s.notEligible.gapUsdPerYear == 40000.0);
    CHECK(s.notEligible.gapText ==
          "Your AWS spend would be $60K a year; MAP funding starts at $100K a year (MAP Lite): $40,000 a year short.");
    // Average AWS spend per eligible workload 60,000 / 4 = 15,000; 40,000 / 15,000 = 2.67 -> about 3 more.
    CHECK(
        s.notEligible.closers ==
        std::vector<std::string>{"Bring about 3 more workloads of this estate's average size into the move (each "
                                 "adds about $15K a year of AWS spend)",
                                 "Move some of the 2 retained workloads too, instead of keeping them where they are"});
    // The path first, then confirming the numbers; no assessment or tagging for funding that is not on offer.
    std::vector<std::string> expected = s.notEligible.closers;
    expected.push_back(
        "Confirm the numbers: check today's costs and the AWS sizing against your own bills and contracts "
        "(your finance lead, Jan 2027)");
    CHECK(s.nextSteps == expected);
    CHECK(s.figures[3].note == "not eligible yet: see what would close the gap");
}

TEST_CASE("a missing competency is named as what closes the path when spend is enough", "[io][overview]") {
    m::Result r = notEligibleResult();
    r.projectedArrUsd = 120000.0;
    r.eligibility.checks = {check("arr.mapLite", m::CheckStatus::Pass, 100000.0),
                            check("partner.competency", m::CheckStatus::Fail, 1.0, 1.0)};
    const BusinessCaseSummary s = summarizeBusinessCase(startingQ1of2027(), r);
    CHECK(s.notEligible.gapUsdPerYear == 0.0);
    CHECK(s.notEligible.gapText == "Your AWS spend of $120K a year is enough for MAP Lite; what is missing:");
    CHECK(s.notEligible.closers ==
          std::vector<std::string>{
              "Work with an AWS partner that holds the Migration Competency (MAP funding needs one)"});
    CHECK(s.headline == "Moving 4 workloads to AWS costs $12K more over 5 years; not eligible for AWS funding yet; "
                        "no payback within 5 years.");
}

TEST_CASE("an empty estate ($0 everywhere) offers the ways in, never a page of zeros", "[io][overview]") {
    m::Result r;
    r.months = 36;
    r.tco.whyNoPayback = m::NoFigure::NothingMigrates;
    r.eligibility.checks = {check("arr.mapLite", m::CheckStatus::Fail, 100000.0, 100000.0)};
    const BusinessCaseSummary s = summarizeBusinessCase(startingQ1of2027(), r);
    REQUIRE(s.ok);
    CHECK(s.headline.rfind("Add your estate", 0) == 0);
    REQUIRE(s.notEligible.shown);
    CHECK(s.notEligible.gapUsdPerYear == 100000.0);
    CHECK(s.notEligible.closers ==
          std::vector<std::string>{"Add your estate: drop an RVTools or CSV inventory, open a demo or quick size"});
    CHECK(s.nextSteps.size() == 3);
    CHECK(s.bridge.front().label == "Today, 3 years");
}

TEST_CASE("payback wording: a month, never within the horizon, or nothing goes live", "[io][overview]") {
    m::Result r = fundedResult();
    r.tco.paybackMonth.reset();
    r.tco.whyNoPayback = m::NoFigure::NeverInHorizon;
    CHECK(summarizeBusinessCase(startingQ1of2027(), r).headline ==
          "Moving 3 workloads to AWS and retiring 1 saves $210K over 5 years; AWS funds $30K; no payback within 5 "
          "years.");
    r.tco.whyNoPayback = m::NoFigure::NothingMigrates;
    CHECK(summarizeBusinessCase(startingQ1of2027(), r).headline ==
          "Moving 3 workloads to AWS and retiring 1 saves $210K over 5 years; AWS funds $30K; nothing goes live within "
          "5 years.");
    r.tco.paybackMonth = 0; // Q3 2028 start: month 0 = Jul 2028
    m::Scenario later = startingQ1of2027();
    later.settings.startYear = 2028;
    later.settings.startQuarter = 3;
    CHECK(summarizeBusinessCase(later, r).headline ==
          "Moving 3 workloads to AWS and retiring 1 saves $210K over 5 years; AWS funds $30K; payback Jul 2028.");
}

TEST_CASE("an invalid scenario gives no figures and says why", "[io][overview]") {
    m::Result r;
    r.errors.push_back({"workloads[0].vcpu", "must be > 0, got -4"});
    const BusinessCaseSummary s = summarizeBusinessCase(startingQ1of2027(), r);
    CHECK_FALSE(s.ok);
    CHECK(s.headline == "The scenario cannot be estimated yet: workloads[0].vcpu: must be > 0, got -4");
    CHECK(s.figures.empty());
    CHECK(s.bridge.empty());
}

TEST_CASE("each demo's bridge adds up to the headline's savings", "[io][overview][demo]") {
    for (const char* name : {"demo_saas-off-paas.json", "demo_onprem-400-vm.json", "demo_database-heavy.json"}) {
        INFO(name);
        const auto bytes = est::assets::find(name);
        REQUIRE(bytes.has_value());
        const ScenarioLoad load = loadScenario(*bytes, embeddedDefaults().scenario);
        REQUIRE(load.ok());
        const m::Result r = m::estimate(load.scenario);
        const BusinessCaseSummary s = summarizeBusinessCase(load.scenario, r);
        REQUIRE(s.ok);
        CHECK(s.headline.rfind("Moving ", 0) == 0);
        REQUIRE(s.bridge.size() == 5);
        double level = s.bridge.front().usd;
        for (std::size_t i = 1; i + 1 < s.bridge.size(); ++i) level += s.bridge[i].usd;
        CHECK(std::fabs(level - s.bridge.back().usd) < 1e-6 * std::max(1.0, std::fabs(level)));
        CHECK(std::fabs((s.bridge.front().usd - s.bridge.back().usd) - r.tco.horizonSavingsUsd) <
              1e-6 * std::max(1.0, std::fabs(r.tco.horizonSavingsUsd)));
        CHECK_FALSE(s.nextSteps.empty());
    }
}

TEST_CASE("Present's breakdowns: today's cost per year by category and AWS funding by phase", "[io][overview]") {
    m::Result r = fundedResult();
    r.tco.todayShares = {{"hardware", 6000.0, 0.6}, {"licences", 4000.0, 0.4}}; // monthly, largest first
    r.funding.trainingUsd = 1000.0;                                             // released with Mobilize
    r.funding.mobilize.amountUsd = 14000.0; // 14,000 + 1,000 training = the fixture's 15,000
    const BusinessCaseSummary s = summarizeBusinessCase(startingQ1of2027(), r);
    REQUIRE(s.todayByCategory.size() == 2);
    CHECK(s.todayByCategory[0].label == "Hardware");
    CHECK(s.todayByCategory[0].usd == 72000.0); // 6,000 x 12
    CHECK(s.todayByCategory[1].usd == 48000.0); // 4,000 x 12; 72,000 + 48,000 = figures[0] (120,000)
    REQUIRE(s.fundingByPhase.size() == 3);
    CHECK(s.fundingByPhase[0].label == "Assess");
    CHECK(s.fundingByPhase[0].usd == 3000.0);
    CHECK(s.fundingByPhase[0].note == "in Apr 2027, released by: AWS approves the migration readiness assessment");
    CHECK(s.fundingByPhase[1].label == "Mobilize");
    CHECK(s.fundingByPhase[1].usd == 15000.0); // 14,000 + 1,000 training
    CHECK(s.fundingByPhase[2].label == "Migrate credits");
    CHECK(s.fundingByPhase[2].usd == 12000.0); // 3,000 + 15,000 + 12,000 = 30,000 = figures[3]

    // Mobilize released after the horizon does not count (FundingLadder::totalUsd leaves it out), nor does a $0 phase.
    r.funding.mobilize.releasedInHorizon = false;
    r.funding.assess.amountUsd = 0.0;
    const BusinessCaseSummary later = summarizeBusinessCase(startingQ1of2027(), r);
    REQUIRE(later.fundingByPhase.size() == 1);
    CHECK(later.fundingByPhase[0].label == "Migrate credits");
    CHECK(summarizeBusinessCase(startingQ1of2027(), notEligibleResult()).fundingByPhase.empty());
}

TEST_CASE("the not-eligible path bridges the AWS spend to MAP Lite's minimum", "[io][overview]") {
    const BusinessCaseSummary s = summarizeBusinessCase(startingQ1of2027(), notEligibleResult());
    REQUIRE(s.notEligible.gapBridge.size() == 3);
    CHECK(s.notEligible.gapBridge[0].usd == 60000.0); // the AWS spend a year
    CHECK(s.notEligible.gapBridge[0].total);
    CHECK(s.notEligible.gapBridge[1].usd == 40000.0); // the gap: 100,000 - 60,000
    CHECK_FALSE(s.notEligible.gapBridge[1].total);
    CHECK(s.notEligible.gapBridge[2].usd == 100000.0); // MAP Lite's minimum, where the steps arrive
    CHECK(summarizeBusinessCase(startingQ1of2027(), fundedResult()).notEligible.gapBridge.empty());
}

TEST_CASE("a case that loses money names what would turn it, each with its effect in dollars", "[io][overview]") {
    const auto bytes = est::assets::find("demo_onprem-400-vm.json");
    REQUIRE(bytes.has_value());
    ScenarioLoad load = loadScenario(*bytes, embeddedDefaults().scenario);
    REQUIRE(load.ok());
    m::Scenario s = load.scenario;
    // A loss made on purpose: every workload refactored at the high end of the per-application effort.
    for (m::Workload& w : s.workloads) w.disposition = m::Disposition::Refactor;
    s.rules[static_cast<std::size_t>(m::Disposition::Refactor)].oneTimeUsdPerApplication = 400000.0;
    const m::Result loss = m::estimate(s);
    REQUIRE(loss.ok());
    REQUIRE(loss.tco.horizonSavingsUsd < 0.0);
    const std::vector<std::string> turners = whatWouldTurnIt(s, loss);
    REQUIRE_FALSE(turners.empty());
    CHECK(turners.size() <= 3);
    for (const std::string& t : turners) {
        INFO(t);
        CHECK(t.find(" at ") != std::string::npos);
        CHECK(t.find("savings +") != std::string::npos);
    }
    // A case that already saves needs no turning; nor does an estate above the limit (the ranking costs estimates).
    const m::Result win = m::estimate(load.scenario);
    if (win.tco.horizonSavingsUsd > 0.0) CHECK(whatWouldTurnIt(load.scenario, win).empty());
    CHECK(whatWouldTurnIt(s, loss, 10).empty());
}
