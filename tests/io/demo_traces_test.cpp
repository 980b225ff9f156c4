// tests/io/demo_traces_test.cpp - every trace of every shipped demo scenario (and of the defaults) recomputes its
// figure, and every trace reaches the JSON and HTML reports.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "embedded_assets.hpp"
#include "io/defaults_json.hpp"
#include "io/report.hpp"
#include "io/scenario_json.hpp"
#include "model/engine.hpp"
#include "model/trace_eval.hpp"

using namespace est::io;
using namespace est::formats;
namespace m = est::model;

namespace {

struct Named {
    std::string name;
    m::Scenario scenario;
};

// Every embedded demo_*.json (so a new demo is covered without editing this test), then the defaults scenario.
std::vector<Named> shippedScenarios() {
    std::vector<Named> out;
    for (const est::assets::EmbeddedFile& f : est::assets::files()) {
        if (f.name.rfind("demo_", 0) != 0 || f.name.size() < 5 || f.name.substr(f.name.size() - 5) != ".json") continue;
        const ScenarioLoad load = loadScenario(f.bytes, embeddedDefaults().scenario);
        INFO(f.name);
        REQUIRE(load.ok());
        out.push_back({std::string(f.name), load.scenario});
    }
    out.push_back({"defaults", embeddedDefaults().scenario});
    return out;
}

} // namespace

TEST_CASE("Every trace of every demo scenario and of the defaults recomputes its figure", "[io][trace][demo]") {
    const std::vector<Named> scenarios = shippedScenarios();
    REQUIRE(scenarios.size() >= 4); // the three demos shipped today + defaults
    for (const Named& n : scenarios) {
        const m::Result r = m::estimate(n.scenario);
        INFO(n.name);
        REQUIRE(r.ok());
        const std::vector<m::TraceCheck> checks = m::checkTraces(r);
        // 9 headline traces + one per year, per credit quarter, per reason (7) and per eligibility check.
        CHECK(checks.size() == 9 + r.yearly.size() + r.funding.quarters.size() + 7 + r.eligibility.checks.size());
        for (const m::TraceCheck& c : checks) {
            INFO(m::traceName(c.kind, c.index) << ": " << c.problem << " | " << m::traceOf(r, c.kind, c.index).formula);
            CHECK(c.termsPresent);
            CHECK(c.matches);
            CHECK(c.formulaShowsFigure);
            CHECK_FALSE(m::traceOf(r, c.kind, c.index).figureLabel.empty());
        }
    }
}

TEST_CASE("Every trace of the demo scenarios reaches the JSON and HTML reports", "[io][trace][demo][report]") {
    for (const Named& n : shippedScenarios()) {
        INFO(n.name);
        const m::Result r = m::estimate(n.scenario);
        REQUIRE(r.ok());
        const auto j = nlohmann::json::parse(resultJson(n.scenario, r));
        const auto& t = j["traces"];
        for (const char* key : {"projected_arr", "assess", "mobilize", "credits", "total_funding", "npv", "payback",
                                "run_rate_savings", "left_on_table"}) {
            INFO(key);
            REQUIRE(t.contains(key));
            CHECK(t[key]["formula"].is_string());
            CHECK(t[key]["terms"].is_array());
            CHECK(t[key]["notes"].is_array());
            CHECK(t[key]["figure_label"].is_string());
        }
        CHECK(t["tco_years"].size() == r.yearly.size());
        CHECK(t["credit_quarters"].size() == r.funding.quarters.size());
        CHECK(t["left_on_table_reasons"].size() == 7);
        CHECK(t["eligibility_checks"].size() == r.eligibility.checks.size());
        CHECK(t["tco_years"][0]["label"] == "Y1");
        CHECK(t["left_on_table_reasons"][3]["reason"] == "cap");
        for (std::size_t i = 0; i < r.eligibility.checks.size(); ++i)
            CHECK(t["eligibility_checks"][i]["id"] == r.eligibility.checks[i].id);
        CHECK(t["credit_quarters"][1]["formula"] == r.traces.creditQuarters[1].formula);
        CHECK(t["projected_arr"]["notes"].size() == r.traces.projectedArr.notes.size());

        // The HTML report shows every formula, escaped.
        const std::string html = htmlReport(n.scenario, r, embeddedDefaults().ledger);
        CHECK(html.find("How each figure was computed") != std::string::npos);
        for (int k = 0; k < m::kAllTraceKindCount; ++k) {
            const m::TraceKind kind = static_cast<m::TraceKind>(k);
            for (std::size_t i = 0; i < m::traceCount(r, kind); ++i) {
                INFO(m::traceName(kind, i));
                CHECK(html.find(htmlEscape(m::traceOf(r, kind, i).formula)) != std::string::npos);
            }
        }
    }
}
