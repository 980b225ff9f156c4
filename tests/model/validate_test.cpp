// tests/model/validate_test.cpp - every invalid field yields its own error with its path; estimate refuses; a
// goal-seek probe is validated as the whole scenario would be.
#include "model/engine.hpp"
#include "model/validate.hpp"
#include "test_scenarios.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace est::model;

namespace {

bool has(const std::vector<ValidationError>& errors, const std::string& text) {
    return std::any_of(errors.begin(), errors.end(), [&](const ValidationError& e) { return e.toString() == text; });
}

std::string dump(const std::vector<ValidationError>& errors) {
    std::string out;
    for (const ValidationError& e : errors) out += e.toString() + "\n";
    return out;
}

} // namespace

TEST_CASE("a valid scenario has no validation errors", "[model][validate]") {
    CHECK(validate(test::paasScenario()).empty());
    CHECK(validate(Scenario{}).empty()); // no workloads, default rules and ranges
}

TEST_CASE("each invalid field yields its own error with its path", "[model][validate]") {
    Scenario s = test::paasScenario();
    s.workloads.resize(13, s.workloads.front());
    for (std::size_t i = 10; i < 13; ++i) s.workloads[i].id = "extra-" + std::to_string(i);
    s.workloads[12].vcpu = -4;
    s.workloads[12].ramGb = 0.0;
    s.workloads[3].cpuUtilP95Pct = 1.5;
    s.workloads[4].wave = 7;
    s.workloads[5].id = "dyno-1";
    s.workloads[6].storageGb = -1.0;
    s.workloads[7].taggedFromMonth = -2;
    s.program.assessPctOfArr = 1.5;
    s.program.migrateCreditPct = {0.25, 0.20, 0.15};
    s.settings.horizonYears = 0;
    s.aws.regionMultiplier = 0.0;
    s.source.onPrem.pue = 0.5;
    s.plan.waves[0].lengthMonths = -1;
    s.ranges.push_back({"no.such.key", {1, 2, 3}});
    s.ranges.push_back({"aws.headroomPct", {0.3, 0.2, 0.1}});

    const std::vector<ValidationError> e = validate(s);
    INFO(dump(e));
    CHECK(has(e, "workloads[12].vcpu: must be > 0, got -4"));
    CHECK(has(e, "workloads[12].ramGb: must be > 0, got 0"));
    CHECK(has(e, "workloads[3].cpuUtilP95Pct: must be between 0 and 1, got 1.5"));
    CHECK(has(e, "workloads[4].wave: must name a plan wave (1..1), got 7"));
    CHECK(has(e, "workloads[5].id: duplicate of workloads[1].id \"dyno-1\""));
    CHECK(has(e, "workloads[6].storageGb: must be >= 0, got -1"));
    CHECK(has(e, "workloads[7].taggedFromMonth: must be >= 0, got -2"));
    CHECK(has(e, "program.assessPctOfArr: must be between 0 and 1, got 1.5"));
    CHECK(has(e, "program.migrateCreditPct: must have low <= expected <= high, got 0.25 / 0.2 / 0.15"));
    CHECK(has(e, "settings.horizonYears: must be between 3 and 5, got 0"));
    CHECK(has(e, "aws.regionMultiplier: must be > 0, got 0"));
    CHECK(has(e, "source.onPrem.pue: must be >= 1, got 0.5"));
    CHECK(has(e, "plan.waves[0].lengthMonths: must be >= 0, got -1"));
    // The two bad ranges follow the default ones (defaultRanges()).
    const std::string firstAdded = std::to_string(defaultRanges().size());
    const std::string secondAdded = std::to_string(defaultRanges().size() + 1);
    CHECK(has(e, "ranges[" + firstAdded + "].key: unknown assumption key \"no.such.key\""));
    CHECK(has(e, "ranges[" + secondAdded + "].range: must have low <= expected <= high, got 0.3 / 0.2 / 0.1"));
    CHECK(e.size() == 15);
}

TEST_CASE("estimate refuses an invalid scenario and returns only the errors", "[model][validate]") {
    Scenario s = test::paasScenario();
    s.workloads[2].vcpu = 0;
    const Result r = estimate(s);
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].toString() == "workloads[2].vcpu: must be > 0, got 0");
    CHECK(r.monthly.empty());
    CHECK(r.workloads.empty());
    CHECK(r.projectedArrUsd == 0.0);
}

TEST_CASE("NaN and a short rules table are invalid, not clamped", "[model][validate]") {
    Scenario s = test::paasScenario();
    s.aws.headroomPct = std::nan("");
    s.rules.pop_back();
    const std::vector<ValidationError> e = validate(s);
    INFO(dump(e));
    CHECK(has(e, "aws.headroomPct: must be a finite number, got nan"));
    CHECK(has(e, "rules: must have 7 rows (one per disposition), got 6"));
}

TEST_CASE("servers need the target region's prices", "[model][validate]") {
    Scenario s = test::paasScenario();
    s.aws.region = "eu-west-1";
    std::vector<ValidationError> e = validate(s);
    REQUIRE(e.size() == 1);
    CHECK(e[0].path == "aws.region");
    CHECK(e[0].message.find("no tables for eu-west-1") != std::string::npos);
    s.aws.catalogue = nullptr;
    e = validate(s);
    REQUIRE(e.size() == 1);
    CHECK(e[0].message.find("no AWS price catalogue") != std::string::npos);
}

TEST_CASE("a probe that keeps a valid scenario's workloads is validated as the whole of it would be",
          "[model][validate]") {
    // validateProbe() leaves out the workloads' checks only while what they read (wave count, catalogue, region) holds.
    const Scenario valid = test::paasScenario();
    REQUIRE(validate(valid).empty());
    Scenario probe = valid;
    probe.aws.enterpriseDiscountPct = 1.5; // out of its domain: a settings error, found by both
    CHECK(!validate(probe).empty());
    CHECK(validateProbe(probe, valid) == validate(probe));
    probe.aws.enterpriseDiscountPct = 0.1;
    CHECK(validateProbe(probe, valid).empty());
    // No waves any more: every workload's wave is unknown, so the workloads are checked again.
    Scenario noWaves = probe;
    noWaves.plan.waves.clear();
    CHECK(!validate(noWaves).empty());
    CHECK(validateProbe(noWaves, valid) == validate(noWaves));
    // A region without prices: the servers need them.
    Scenario elsewhere = probe;
    elsewhere.aws.region = "xx-nowhere-1";
    CHECK(!validate(elsewhere).empty());
    CHECK(validateProbe(elsewhere, valid) == validate(elsewhere));
}
