// tests/io/defaults_json_test.cpp - the shipped defaults.json and price table agree with the C++ defaults.
#include <catch2/catch.hpp>

#include "io/defaults_json.hpp"
#include "model/assumptions.hpp"

using namespace est::io;
using namespace est::formats;
namespace m = est::model;

TEST_CASE("the shipped defaults and price table load without problems", "[io][defaults]") {
    const DefaultsLoad& d = embeddedDefaults();
    for (const auto& p : d.problems) UNSCOPED_INFO(p.where << ": " << p.message);
    CHECK(d.ok());
    CHECK_FALSE(d.ledger.entries.empty());
    REQUIRE(d.scenario.aws.catalogue);
    CHECK(d.scenario.aws.catalogue->region(d.scenario.aws.region) != nullptr);
    CHECK_FALSE(d.ledger.pricesSource.empty());
}

TEST_CASE("every value in defaults.json equals the C++ struct default", "[io][defaults]") {
    const DefaultsLoad& d = embeddedDefaults();
    const m::Scenario cpp;
    for (const DefaultEntry& e : d.ledger.entries) {
        const m::Assumption* a = m::findAssumption(e.key);
        INFO(e.key);
        REQUIRE(a != nullptr);
        CHECK(a->get(cpp) == Approx(e.value).margin(1e-12));
        if (e.low && e.high) {
            const auto r = m::rangeOf(cpp, *a);
            REQUIRE(r.has_value());
            CHECK(r->low == Approx(*e.low).margin(1e-12));
            CHECK(r->high == Approx(*e.high).margin(1e-12));
        }
        CHECK_FALSE(e.source.empty());
        CHECK_FALSE(e.confidence.empty());
    }
    // The whole scenario built from the data equals Scenario{} once the price catalogue (data only) is set.
    m::Scenario expected;
    expected.aws.catalogue = d.scenario.aws.catalogue;
    expected.aws.relocateHostUsdPerHour = d.scenario.aws.relocateHostUsdPerHour;
    CHECK(d.scenario == expected);
}

TEST_CASE("every registry key has an entry with a source in defaults.json", "[io][defaults]") {
    const DefaultsLoad& d = embeddedDefaults();
    for (const m::Assumption& a : m::assumptions()) {
        INFO(a.key);
        CHECK(d.ledger.find(a.key) != nullptr);
    }
}

TEST_CASE("the default region's tables ship inside the binary", "[io][defaults]") {
    const DefaultsLoad& d = embeddedDefaults();
    const m::Scenario cpp;
    CHECK(d.scenario.aws.region == cpp.aws.region);
    REQUIRE(d.scenario.aws.catalogue);
    CHECK(d.scenario.aws.catalogue->region(cpp.aws.region) != nullptr);
    CHECK(d.ledger.pricesDate == d.scenario.aws.catalogue->generated);
}

TEST_CASE("broken defaults or price files are reported, not thrown", "[io][defaults]") {
    const DefaultsLoad bad = loadDefaults("{", nullptr);
    CHECK_FALSE(bad.ok());
    const DefaultsLoad unknown = loadDefaults(
        R"({"assumptions": {"no.such.key": {"value": 1}, "program.assessPctOfArr": {"value": "x"}}})", nullptr);
    CHECK(unknown.problems.size() == 3);
}
