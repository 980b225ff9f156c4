// tests/io/scenario_fields_test.cpp - every number a user can edit survives a save and a load: the assumptions
// registry names each one, so a field the file forgets to write (or to read) fails here, not in a customer's file.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "io/scenario_json.hpp"
#include "model/assumptions.hpp"

namespace m = est::model;

namespace {

// A valid value other than `current` for the assumption `a`: a third of the way to its maximum (or 1.37 times
// plus a little when unbounded; halfway to the minimum when already at the maximum), a whole number for integer fields,
// inside [min, max] and never equal to `current`.
double otherValue(const m::Assumption& a, double current) {
    const bool bounded = a.maxValue < 1e299;
    double v = bounded ? current + (a.maxValue - current) / 3.0 : current * 1.37 + 0.125;
    if (a.integer) v = std::floor(v) == current ? current + 1.0 : std::floor(v);
    if (v > a.maxValue || v == current)
        v = a.integer ? current - 1.0 : (current + a.minValue) / 2.0; // at its max: go down
    if (v < a.minValue || (a.minExclusive && v <= a.minValue)) v = a.integer ? a.minValue + 1.0 : a.minValue + 0.125;
    return v;
}

} // namespace

TEST_CASE("every assumption in the registry survives a save and a load, one field changed at a time",
          "[io][scenario]") {
    REQUIRE(m::assumptions().size() > 50); // the registry is there: an empty one would pass the loop below
    for (const m::Assumption& a : m::assumptions()) {
        INFO(std::string(a.key));
        m::Scenario s;
        if (a.isRangeField) {
            REQUIRE(a.getRange != nullptr);
            const m::Range before = a.getRange(s);
            const double mid = otherValue(a, before.expected);
            // low < expected < high, each unlike the default, all inside the domain.
            const m::Range changed{(mid + std::max(a.minValue, 0.0)) / 2.0 + (a.minExclusive ? 1e-3 : 0.0), mid,
                                   a.maxValue < 1e299 ? (mid + a.maxValue) / 2.0 : mid * 2.0 + 1.0};
            a.setRange(s, changed);
            REQUIRE(a.getRange(s) == changed);
            const est::io::ScenarioLoad loaded = est::io::loadScenario(est::io::saveScenario(s));
            REQUIRE(loaded.ok());
            CHECK(a.getRange(loaded.scenario) == changed);
            CHECK(loaded.scenario == s);
        } else {
            const double before = a.get(s);
            const double value = otherValue(a, before);
            REQUIRE(value != before);
            a.set(s, value);
            REQUIRE(a.get(s) == value); // the registry's own get and set agree
            const est::io::ScenarioLoad loaded = est::io::loadScenario(est::io::saveScenario(s));
            INFO((loaded.errors.empty() ? std::string() : loaded.errors[0].where + ": " + loaded.errors[0].message));
            REQUIRE(loaded.ok());
            CHECK(a.get(loaded.scenario) == value);
            CHECK(loaded.scenario == s);
        }
    }
}
