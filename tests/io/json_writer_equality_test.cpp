// tests/io/json_writer_equality_test.cpp - the streaming scenario and result writers write byte for byte what
// the nlohmann-tree writers wrote (tests/io/legacy_json_writers.cpp): on the three shipped demos, the defaults,
// a result with errors, and scenarios perturbed through the assumptions registry with awkward strings
// (quotes, control characters, invalid UTF-8), unset and set optionals, snapshots, a partner brand and
// saved column mappings.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "embedded_assets.hpp"
#include "io/column_mapping.hpp"
#include "io/defaults_json.hpp"
#include "io/report.hpp"
#include "io/scenario_json.hpp"
#include "legacy_json_writers.hpp"
#include "model/assumptions.hpp"
#include "model/engine.hpp"

using namespace est::io;
namespace m = est::model;
namespace legacy = est::test::legacy;

namespace {

std::vector<std::pair<std::string, m::Scenario>> demos() {
    std::vector<std::pair<std::string, m::Scenario>> out;
    for (const est::assets::EmbeddedFile& f : est::assets::files()) {
        if (f.name.rfind("demo_", 0) != 0) continue;
        const ScenarioLoad load = loadScenario(f.bytes, embeddedDefaults().scenario);
        REQUIRE(load.ok());
        out.emplace_back(std::string(f.name), load.scenario);
    }
    return out;
}

// The first position where two texts differ, with some context, for a readable failure.
std::string firstDifference(const std::string& a, const std::string& b) {
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    const std::size_t from = i > 80 ? i - 80 : 0;
    return "at byte " + std::to_string(i) + ":\n new: " + a.substr(from, 160) + "\n old: " + b.substr(from, 160);
}

#define CHECK_SAME_BYTES(mine, theirs)                                                                                 \
    do {                                                                                                               \
        const std::string mineText = (mine);                                                                           \
        const std::string theirText = (theirs);                                                                        \
        INFO(firstDifference(mineText, theirText));                                                                    \
        CHECK(mineText == theirText);                                                                                  \
    } while (false)

// Strings that exercise escaping and repair: quotes, backslashes, controls, DEL, UTF-8, broken UTF-8.
std::string awkwardText(std::mt19937& rng) {
    static const char* const parts[] = {"a",
                                        "Acme \"Retail\"",
                                        "C:\\path",
                                        "line\nbreak\ttab",
                                        "\x01\x1f\x7f",
                                        "caf\xC3\xA9",
                                        "\xE2\x82\xAC",
                                        "\xF0\x9F\x98\x80",
                                        "\xFF",
                                        "\xC3",
                                        "\xE2\x82",
                                        "\xED\xA0\x80",
                                        "",
                                        " "};
    std::string out;
    for (unsigned n = rng() % 4; n > 0; --n) out += parts[rng() % (sizeof parts / sizeof parts[0])];
    return out;
}

// A value inside the assumption's domain, sometimes one of the numbers whose text is awkward (1e-05, 1e+15, ...).
double randomValue(const m::Assumption& a, std::mt19937& rng) {
    static const double awkward[] = {0.0, 1e-05, 0.1, 0.30000000000000004, 1.0 / 3.0, 1e15, 123456789.125, 2.5e-7};
    const double high = a.maxValue < 1e299 ? a.maxValue : a.minValue + 1e7;
    double v = rng() % 3 == 0
                   ? awkward[rng() % (sizeof awkward / sizeof awkward[0])]
                   : a.minValue + (high - a.minValue) * std::uniform_real_distribution<double>(0.0, 1.0)(rng);
    v = std::clamp(v, a.minValue, high);
    if (a.minExclusive && v <= a.minValue) v = a.minValue + (high - a.minValue) / 2.0;
    if (a.integer) v = std::floor(v);
    return v;
}

m::Scenario perturbed(const m::Scenario& base, std::mt19937& rng) {
    m::Scenario s = base;
    for (const m::Assumption& a : m::assumptions()) {
        if (rng() % 2 == 0) continue;
        if (a.isRangeField) {
            const double x = randomValue(a, rng), y = randomValue(a, rng);
            a.setRange(s, m::Range{std::min(x, y), (x + y) / 2.0, std::max(x, y)});
        } else {
            a.set(s, randomValue(a, rng));
        }
    }
    s.settings.name = awkwardText(rng);
    s.settings.customerName = rng() % 2 ? "" : "Acme";
    s.source.provider = awkwardText(rng);
    for (m::Workload& w : s.workloads) {
        if (rng() % 3 == 0) w.name = awkwardText(rng);
        if (rng() % 3 == 0) w.os = awkwardText(rng);
        w.cpuUtilP95Pct =
            rng() % 2 ? std::optional<double>() : std::optional<double>(std::ldexp(static_cast<double>(rng()), -32));
        w.users = rng() % 2 ? std::optional<int>() : std::optional<int>(static_cast<int>(rng() % 5000));
        w.multiAz = rng() % 3 == 0 ? std::optional<bool>() : std::optional<bool>(rng() % 2 == 0);
        w.monthlyCostOverrideUsd =
            rng() % 4 ? std::optional<double>() : std::optional<double>(static_cast<double>(rng() % 100000) / 100.0);
        w.taggedFromMonth = rng() % 2 ? std::optional<int>() : std::optional<int>(static_cast<int>(rng() % 36));
        if (rng() % 4 == 0) w.disposition.reset();
    }
    if (rng() % 2 && !s.ranges.empty()) s.ranges.pop_back();
    return s;
}

} // namespace

TEST_CASE("the scenario writer writes the demos and the defaults byte for byte as before", "[io][json_writer]") {
    const auto list = demos();
    REQUIRE(list.size() >= 3);
    for (const auto& [name, s] : list) {
        INFO(name);
        CHECK_SAME_BYTES(saveScenario(s), legacy::saveScenario(s));
    }
    CHECK_SAME_BYTES(saveScenario(embeddedDefaults().scenario), legacy::saveScenario(embeddedDefaults().scenario));
    CHECK_SAME_BYTES(saveScenario(m::Scenario{}), legacy::saveScenario(m::Scenario{}));
}

TEST_CASE("the result writer (funding profiles and traces included) writes the demos byte for byte as before",
          "[io][json_writer]") {
    for (const auto& [name, s] : demos()) {
        INFO(name);
        const m::Result r = m::estimate(s);
        REQUIRE(r.ok());
        CHECK_SAME_BYTES(resultJson(s, r), legacy::resultJson(s, r));
    }
    const m::Scenario defaults = embeddedDefaults().scenario;
    CHECK_SAME_BYTES(resultJson(defaults, m::estimate(defaults)), legacy::resultJson(defaults, m::estimate(defaults)));
}

TEST_CASE("a result with errors is written as before", "[io][json_writer]") {
    m::Scenario s = embeddedDefaults().scenario;
    s.settings.horizonYears = -2;
    s.settings.discountRatePct = -5.0;
    const m::Result r = m::estimate(s);
    REQUIRE_FALSE(r.ok()); // the errors branch is what this case is for
    CHECK_SAME_BYTES(resultJson(s, r), legacy::resultJson(s, r));
}

TEST_CASE("perturbed scenarios, with snapshots, a partner and mappings, are written byte for byte as before",
          "[io][json_writer]") {
    std::mt19937 rng(20261206);
    const auto list = demos();
    REQUIRE_FALSE(list.empty());
    int results = 0;
    for (int round = 0; round < 60; ++round) {
        INFO("round " << round);
        const m::Scenario s = perturbed(list[static_cast<std::size_t>(round) % list.size()].second, rng);
        // Snapshots: one sharing the estate (written without workloads), one with its own.
        SavedSnapshot same{awkwardText(rng), perturbed(s, rng)};
        same.scenario.workloads = s.workloads;
        SavedSnapshot own{"own", perturbed(s, rng)};
        PartnerBrand brand{"Partner \"X\"", round % 2 ? "" : awkwardText(rng), round % 3 ? 0x0073BBu : 0u,
                           round % 2 ? "data:image/png;base64,AAAA" : "", round % 2 ? "image/png" : ""};
        ScenarioExtras extras;
        if (round % 2) extras.snapshots = {&same, &own};
        if (round % 3) extras.partner = &brand;
        ImportSettings import;
        if (round % 2 == 0) {
            SavedMapping saved;
            saved.headerSignature = awkwardText(rng);
            saved.mapping.name = "VM";
            saved.mapping.ramUnit = SizeUnit::Tib;
            saved.mapping.utilAsFraction = true;
            import.mappings.push_back(saved);
        }
        CHECK_SAME_BYTES(saveScenario(s, import, extras), legacy::saveScenario(s, import, extras));
        const m::Result r = m::estimate(s);
        if (r.ok()) ++results;
        CHECK_SAME_BYTES(resultJson(s, r), legacy::resultJson(s, r));
    }
    CHECK(results > 10); // most perturbations stay valid, so full results (not just error lists) are compared
}
