// tests/model/scenario_diff_test.cpp - snapshot diffs: inputs changed by key and workload id, outputs moved by size.
#include "model/engine.hpp"
#include "model/scenario_diff.hpp"
#include "test_scenarios.hpp"

#include <catch2/catch.hpp>

#include <cmath>

#include <algorithm>

using namespace est::model;
using Catch::Detail::Approx;

namespace {

const FigureMove* move(const ResultDiff& d, const std::string& id) {
    for (const FigureMove& m : d.moved)
        if (m.id == id) return &m;
    return nullptr;
}

const FieldChange* fieldChange(const std::vector<FieldChange>& v, const std::string& name) {
    for (const FieldChange& f : v)
        if (f.field == name) return &f;
    return nullptr;
}

} // namespace

TEST_CASE("Identical snapshots have no differences", "[model][diff]") {
    const Scenario s = test::rulesPaasScenario();
    CHECK(diffScenarios(s, s).empty());
    const Result r = estimate(s);
    const ResultDiff d = diffResults(r, r);
    CHECK(d.comparable);
    CHECK(d.moved.empty());
    // With includeUnchanged every headline figure is listed, with a zero delta.
    const ResultDiff all = diffResults(r, r, 3, true);
    CHECK(all.moved.size() == 13);
    for (const FigureMove& m : all.moved) {
        CHECK(m.delta == 0.0);
        CHECK_FALSE(m.hasTrace);
    }
}

TEST_CASE("A scenario diff lists changed assumptions by registry key", "[model][diff]") {
    const Scenario a = test::rulesPaasScenario();
    Scenario b = a;
    b.aws.enterpriseDiscountPct = 0.1;
    b.program.migrateCreditPct = {0.15, 0.25, 0.25};
    b.rules[static_cast<int>(Disposition::Rehost)].oneTimeUsdPerWorkload = 6000.0;
    const ScenarioDiff d = diffScenarios(a, b);
    REQUIRE(d.assumptions.size() == 3);
    // Registry order: aws.*, then rules.*, then program.*.
    CHECK(d.assumptions[0].key == "aws.enterpriseDiscountPct");
    CHECK(d.assumptions[0].before == 0.0);
    CHECK(d.assumptions[0].after == 0.1);
    CHECK(d.assumptions[1].key == "rules.rehost.oneTimeUsdPerWorkload");
    CHECK(d.assumptions[1].before == 5500.0);
    CHECK(d.assumptions[1].after == 6000.0);
    CHECK(d.assumptions[2].key == "program.migrateCreditPct");
    CHECK(d.assumptions[2].before == 0.20);
    CHECK(d.assumptions[2].after == 0.25);
    REQUIRE(d.assumptions[2].rangeAfter);
    CHECK(d.assumptions[2].rangeAfter->high == 0.25);
    CHECK(d.fields.empty());
    CHECK(d.workloadsChanged.empty());
}

TEST_CASE("A range change alone counts as a changed assumption", "[model][diff]") {
    const Scenario a = test::rulesPaasScenario();
    Scenario b = a;
    for (AssumptionRange& r : b.ranges)
        if (r.key == "settings.discountRatePct") r.range.high = 0.12;
    const ScenarioDiff d = diffScenarios(a, b);
    REQUIRE(d.assumptions.size() == 1);
    CHECK(d.assumptions[0].key == "settings.discountRatePct");
    CHECK(d.assumptions[0].before == d.assumptions[0].after);
    REQUIRE(d.assumptions[0].rangeBefore);
    CHECK(d.assumptions[0].rangeBefore->high == 0.10);
    CHECK(d.assumptions[0].rangeAfter->high == 0.12);
}

TEST_CASE("A scenario diff lists settings, waves and price changes outside the registry", "[model][diff]") {
    const Scenario a = test::rulesPaasScenario();
    Scenario b = a;
    b.settings.name = "After review";
    b.settings.currencyCode = "EUR";
    b.plan.waves[0].startMonth = 4;
    b.plan.waves.push_back({"Wave 2", 8, 2, 1});
    b.aws.region = "eu-west-1";
    b.program.partnerMigrationCompetency.reset();
    const ScenarioDiff d = diffScenarios(a, b);
    CHECK(d.assumptions.empty());
    const FieldChange* name = fieldChange(d.fields, "settings.name");
    REQUIRE(name);
    CHECK(name->before == "Untitled scenario");
    CHECK(name->after == "After review");
    REQUIRE(fieldChange(d.fields, "settings.currencyCode"));
    const FieldChange* start = fieldChange(d.fields, "plan.waves[0].startMonth");
    REQUIRE(start);
    CHECK(start->before == "3");
    CHECK(start->after == "4");
    const FieldChange* added = fieldChange(d.fields, "plan.waves[1]");
    REQUIRE(added);
    CHECK(added->before.empty());
    CHECK(added->after.find("Wave 2") != std::string::npos);
    const FieldChange* region = fieldChange(d.fields, "aws.region");
    REQUIRE(region);
    CHECK(region->before == "test-region");
    CHECK(region->after == "eu-west-1");
    const FieldChange* comp = fieldChange(d.fields, "program.partnerMigrationCompetency");
    REQUIRE(comp);
    CHECK(comp->before == "yes");
    CHECK(comp->after == "(unset)");
    CHECK(d.fields.size() == 6);
}

TEST_CASE("A scenario diff matches workloads by id", "[model][diff]") {
    const Scenario a = test::rulesPaasScenario();
    Scenario b = a;
    b.workloads.erase(b.workloads.begin() + 9); // dyno-9 removed
    b.workloads[2].vcpu = 4;                    // dyno-2 resized and untagged
    b.workloads[2].mapTagged = false;
    b.workloads[5].cpuUtilP95Pct = 0.125; // dyno-5 gains a measurement
    Workload extra = a.workloads[0];
    extra.id = "new-db";
    b.workloads.insert(b.workloads.begin(), extra); // added, at the front: order must not matter
    std::swap(b.workloads[3], b.workloads[4]);      // reordering alone is no change
    const ScenarioDiff d = diffScenarios(a, b);
    CHECK(d.assumptions.empty());
    CHECK(d.workloadsAdded == std::vector<std::string>{"new-db"});
    CHECK(d.workloadsRemoved == std::vector<std::string>{"dyno-9"});
    REQUIRE(d.workloadsChanged.size() == 2);
    const WorkloadChange* dyno2 = nullptr;
    const WorkloadChange* dyno5 = nullptr;
    for (const WorkloadChange& c : d.workloadsChanged) {
        if (c.id == "dyno-2") dyno2 = &c;
        if (c.id == "dyno-5") dyno5 = &c;
    }
    REQUIRE(dyno2);
    REQUIRE(dyno2->fields.size() == 2);
    CHECK(dyno2->fields[0].field == "vcpu");
    CHECK(dyno2->fields[0].before == "2");
    CHECK(dyno2->fields[0].after == "4");
    CHECK(dyno2->fields[1].field == "mapTagged");
    CHECK(dyno2->fields[1].before == "yes");
    CHECK(dyno2->fields[1].after == "no");
    REQUIRE(dyno5);
    REQUIRE(dyno5->fields.size() == 1);
    CHECK(dyno5->fields[0].before == "(unset)");
    CHECK(dyno5->fields[0].after == "0.125");
}

TEST_CASE("A result diff ranks money movers by size and carries the biggest movers' traces", "[model][diff]") {
    // paasScenario with Mobilize 20 % -> 25 % of projected ARR $132,000: Mobilize +$6,600, due in month 3 and paid
    // as the migration services are costed (55,000 / 3 = 18,333 a month from month 3): the extra 6,600 lands in
    // month 4, so total funding, horizon savings +$6,600, net migration cost -$6,600 and NPV +6,600 / (1 + 8 % / 12)^5.
    const Scenario a = test::rulesPaasScenario();
    Scenario b = a;
    b.program.mobilizePctOfArr = 0.25;
    const Result ra = estimate(a), rb = estimate(b);
    REQUIRE(ra.ok());
    REQUIRE(rb.ok());
    const ResultDiff d = diffResults(ra, rb);
    REQUIRE(d.comparable);
    REQUIRE(d.moved.size() >= 5);
    // Ties on |delta| keep the fixed figure order: total, Mobilize, horizon savings, net cost.
    CHECK(d.moved[0].id == "funding.total");
    CHECK(d.moved[1].id == "funding.mobilize");
    CHECK(d.moved[2].id == "horizonSavings");
    CHECK(d.moved[3].id == "netMigrationCost");
    CHECK(d.moved[4].id == "npv");
    CHECK(d.moved[0].delta == Approx(6600.0));
    CHECK(d.moved[1].delta == Approx(6600.0));
    CHECK(d.moved[1].beforeText == "$26,400");
    CHECK(d.moved[1].afterText == "$33,000");
    CHECK(moveText(d.moved[1]) == "Mobilize funding: $26,400 -> $33,000 (+$6,600)");
    // Net migration cost includes the $6,600 assessment the Assess funding pays for (no fee quoted).
    CHECK(moveText(d.moved[3]) == "Net migration cost: $8,000 -> $1,400 (-$6,600)");
    CHECK(d.moved[2].delta == Approx(6600.0));
    CHECK(d.moved[3].delta == Approx(-6600.0));
    const double g = std::pow(1.08, 1.0 / 12.0); // the monthly rate that compounds to 8 % a year
    CHECK(d.moved[4].delta == Approx(6600.0 / (g * g * g * g * g)));
    CHECK(move(d, "projectedArr") == nullptr); // unchanged figures are left out
    CHECK(move(d, "funding.assess") == nullptr);
    // Money figures come before the others.
    bool seenOther = false;
    for (const FigureMove& m : d.moved) {
        if (!m.money)
            seenOther = true;
        else
            CHECK_FALSE(seenOther);
    }
    // Traces: the three biggest movers that have one (total, Mobilize, NPV); horizon savings has none.
    CHECK(d.moved[0].hasTrace);
    CHECK(d.moved[1].hasTrace);
    CHECK_FALSE(d.moved[2].hasTrace);
    CHECK(d.moved[4].hasTrace);
    CHECK(d.moved[1].traceBefore.formula.find("20 %") != std::string::npos);
    CHECK(d.moved[1].traceAfter.formula.find("25 %") != std::string::npos);
    CHECK(d.moved[1].traceAfter.formula.find("$33,000") != std::string::npos);
}

TEST_CASE("A result diff reports a verdict change and refuses invalid results", "[model][diff]") {
    const Scenario a = test::rulesPaasScenario();
    Scenario b = a;
    b.program.mapLiteMinArrUsd = 150000.0;        // ARR $132,000 no longer clears MAP Lite: funding drops to 0
    b.program.practicalFloorMonthlyUsd = 20000.0; // and $11,000 a month is below the practical floor (not borderline)
    const ResultDiff d = diffResults(estimate(a), estimate(b));
    REQUIRE(d.comparable);
    CHECK(d.verdictBefore == Verdict::MapLite);
    CHECK(d.verdictAfter == Verdict::NotEligible);
    const FigureMove* v = move(d, "verdict");
    REQUIRE(v);
    CHECK(v->beforeText == "MAP Lite");
    CHECK(v->afterText == "Not eligible");
    CHECK(v->delta == -1.0);
    const FigureMove* total = move(d, "funding.total");
    REQUIRE(total);
    CHECK(total->after == 0.0);
    CHECK(total->delta == Approx(-62600.0)); // 6,600 + 26,400 + 29,600 lost

    Scenario bad = a;
    bad.workloads[0].vcpu = 0;
    CHECK_FALSE(diffResults(estimate(a), estimate(bad)).comparable);
}
