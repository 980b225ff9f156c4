// tests/model/bounds_test.cpp - every numeric input has a plausible bound: accepted at it, refused just over it,
// with a message naming the field, the value and the bound (and the likely wrong unit).
#include "model/assumptions.hpp"
#include "model/engine.hpp"
#include "model/format.hpp"
#include "test_scenarios.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace est::model;

namespace {

std::string dump(const std::vector<ValidationError>& errors) {
    std::string out;
    for (const ValidationError& e : errors) out += e.toString() + "\n";
    return out;
}

/// The errors whose path is exactly `path`.
std::vector<std::string> errorsAt(const Scenario& s, const std::string& path) {
    std::vector<std::string> out;
    for (const ValidationError& e : validate(s))
        if (e.path == path) out.push_back(e.message);
    return out;
}

void setValue(const Assumption& a, Scenario& s, double v) {
    if (a.isRangeField)
        a.setRange(s, {v, v, v});
    else
        a.set(s, v);
}

/// The smallest value above the bound that the field can hold.
double justOver(const Assumption& a) { return a.integer ? a.maxValue + 1.0 : std::nextafter(a.maxValue, 1e308); }

} // namespace

TEST_CASE("every registry scalar has a finite upper bound", "[model][bounds]") {
    for (const Assumption& a : assumptions()) {
        INFO(a.key);
        CHECK(a.maxValue <= 1e9);
        CHECK(a.minValue < a.maxValue);
    }
}

TEST_CASE("each registry bound accepts its maximum and refuses just over it", "[model][bounds]") {
    for (const Assumption& a : assumptions()) {
        INFO(a.key);
        const std::string path = a.isRangeField ? std::string(a.key) + ".expected" : std::string(a.key);
        Scenario at = test::paasScenario();
        // Tranche 1 is part of the Mobilize cash cap (a cross-field check): raise the cap with it.
        if (a.key == "program.mobilizeTranche1MaxUsd") at.program.mobilizeCashCapUsd = a.maxValue;
        setValue(a, at, a.maxValue);
        CHECK(errorsAt(at, path).empty());

        Scenario over = test::paasScenario();
        if (a.key == "program.mobilizeTranche1MaxUsd") over.program.mobilizeCashCapUsd = justOver(a);
        setValue(a, over, justOver(a));
        if (a.get(over) != justOver(a)) continue; // enum setters clamp to their enumerators: nothing to refuse
        const std::vector<std::string> e = errorsAt(over, path);
        REQUIRE(e.size() == 1);
        // The message names the bound; the path names the field.
        CHECK(e[0].find(formatNumber(a.maxValue)) != std::string::npos);
    }
}

TEST_CASE("each registry bound accepts its minimum and refuses just under it", "[model][bounds]") {
    for (const Assumption& a : assumptions()) {
        INFO(a.key);
        const std::string path = a.isRangeField ? std::string(a.key) + ".expected" : std::string(a.key);
        const double under = a.integer ? a.minValue - 1.0 : std::nextafter(a.minValue, -1e308);
        if (!a.minExclusive) {
            Scenario at = test::paasScenario();
            setValue(a, at, a.minValue);
            CHECK(errorsAt(at, path).empty());
        }
        Scenario below = test::paasScenario();
        const double value = a.minExclusive ? a.minValue : under;
        setValue(a, below, value);
        if (a.get(below) != value) continue; // enum setters clamp to their enumerators: nothing to refuse
        REQUIRE(errorsAt(below, path).size() == 1);
    }
}

TEST_CASE("an absurd value names the field, the value, the bound and the likely unit", "[model][bounds]") {
    Scenario s = test::paasScenario();
    s.workloads[3].ramGb = 549755813888.0; // 512 GiB in bytes: 512 x 1024^3
    s.workloads[4].ramGb = 524288.0;       // 512 GiB in MB: 512 x 1024
    s.workloads[5].storageGb = 1e308;
    s.workloads[6].vcpu = 897;
    s.workloads[7].monthlyCostOverrideUsd = 1e7 + 1.0;
    s.source.onPrem.powerUsdPerKwh = 12.0; // cents: 12 / 100 = 0.12 <= 2
    s.source.onPrem.maintenancePct = 15.0; // percentage points: 15 / 100 = 0.15 <= 1
    s.source.onPrem.hardwareUsdPerServer = 1e308;
    const std::vector<ValidationError> e = validate(s);
    INFO(dump(e));
    auto has = [&](const std::string& text) {
        return std::any_of(e.begin(), e.end(), [&](const ValidationError& x) { return x.toString() == text; });
    };
    CHECK(has("workloads[3].ramGb: 549755813888 is more than the 32768 GB of the largest AWS instance: was it entered "
              "in bytes?"));
    CHECK(
        has("workloads[4].ramGb: 524288 is more than the 32768 GB of the largest AWS instance: was it entered in MB?"));
    CHECK(has("workloads[5].storageGb: 1e+308 is more than the 1048576 GB (a petabyte) for one workload"));
    CHECK(has("workloads[6].vcpu: 897 is more than the 896 vCPU of the largest AWS instance"));
    CHECK(has("workloads[7].monthlyCostOverrideUsd: 10000001 is more than the 10000000 USD a month for one workload: "
              "was it entered in cents?"));
    CHECK(has("source.onPrem.powerUsdPerKwh: 12 is more than the 2 USD/kWh (several times the dearest retail "
              "electricity): was it entered in cents?"));
    CHECK(
        has("source.onPrem.maintenancePct: 15 is more than the 1 (100 %) of the hardware price a year: was it entered "
            "as a percentage? 15 % is 0.15"));
    CHECK(has(
        "source.onPrem.hardwareUsdPerServer: 1e+308 is more than the 1000000 USD of a fully equipped 8-socket server"));
    CHECK(e.size() == 8);
}

TEST_CASE("per-workload and wave bounds: at the bound and just over", "[model][bounds]") {
    Scenario s = test::paasScenario();
    s.workloads[0].vcpu = 896;
    s.workloads[0].ramGb = 32768.0;
    s.workloads[0].storageGb = 1048576.0;
    s.workloads[0].monthlyCostOverrideUsd = 1e7;
    s.workloads[0].taggedFromMonth = 120;
    s.plan.waves[0] = {"Wave 1", 120, 120, 120};
    s.settings.startYear = 2100;
    INFO(dump(validate(s)));
    CHECK(validate(s).empty());

    s.workloads[0].vcpu = 897;
    s.workloads[0].ramGb = 32768.001;
    s.workloads[0].storageGb = 1048576.5;
    s.workloads[0].monthlyCostOverrideUsd = 1e7 + 0.01;
    s.workloads[0].taggedFromMonth = 121;
    s.plan.waves[0] = {"Wave 1", 121, 121, 121};
    s.settings.startYear = 2101;
    for (const char* path :
         {"workloads[0].vcpu", "workloads[0].ramGb", "workloads[0].storageGb", "workloads[0].monthlyCostOverrideUsd",
          "workloads[0].taggedFromMonth", "plan.waves[0].startMonth", "plan.waves[0].lengthMonths",
          "plan.waves[0].dualRunningMonths", "settings.startYear"}) {
        INFO(path);
        CHECK(errorsAt(s, path).size() == 1);
    }
}

TEST_CASE("plan waves: at most 120, so wave numbers stay small", "[model][bounds]") {
    Scenario s = test::paasScenario();
    s.plan.waves.resize(120, s.plan.waves.front());
    CHECK(errorsAt(s, "plan.waves").empty());
    s.plan.waves.resize(121, s.plan.waves.front());
    const std::vector<std::string> e = errorsAt(s, "plan.waves");
    REQUIRE(e.size() == 1);
    CHECK(e[0] == "121 is more than the 120 waves (one a month for ten years)");
}

TEST_CASE("the horizon is 3 or 5 years", "[model][bounds]") {
    Scenario s = test::paasScenario();
    for (int years : {3, 5}) {
        s.settings.horizonYears = years;
        CHECK(errorsAt(s, "settings.horizonYears").empty());
    }
    s.settings.horizonYears = 4;
    CHECK(errorsAt(s, "settings.horizonYears") == std::vector<std::string>{"must be 3 or 5, got 4"});
    s.settings.horizonYears = 10;
    CHECK(errorsAt(s, "settings.horizonYears") == std::vector<std::string>{"must be between 3 and 5, got 10"});
    s.settings.horizonYears = 2;
    CHECK(errorsAt(s, "settings.horizonYears") == std::vector<std::string>{"must be between 3 and 5, got 2"});
}

TEST_CASE("huge numbers print in scientific notation, not 300 digits", "[model][bounds]") {
    CHECK(formatNumber(1e308) == "1e+308");
    CHECK(formatNumber(-2.5e20) == "-2.5e+20");
    CHECK(formatNumber(999999999999999.0) == "999999999999999");
    CHECK(formatNumber(549755813888.0) == "549755813888");
}
