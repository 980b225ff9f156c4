// tests/io/map_words_test.cpp - the MAP readings of issue 22 in the exports: money left on the table worded the same
// way in the HTML report and the workbook (model::leftOnTableLines), the committed ARR labelled, the result JSON's
// new names. The shipped demos are the cases.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>

#include "embedded_assets.hpp"
#include "io/defaults_json.hpp"
#include "io/report.hpp"
#include "io/scenario_json.hpp"
#include "io/xlsx_business_case.hpp"
#include "model/engine.hpp"
#include "model/funding_program.hpp"

using namespace est::io;
using namespace est::formats;
namespace m = est::model;

namespace {

m::Scenario demo(const char* name) {
    const auto bytes = est::assets::find(name);
    REQUIRE(bytes.has_value());
    const ScenarioLoad load = loadScenario(*bytes, embeddedDefaults().scenario);
    REQUIRE(load.ok());
    return load.scenario;
}

// Every text cell of the workbook's first sheet (Summary), one per line.
std::string summaryText(const m::Scenario& s, const m::Result& r) {
    std::string text;
    const std::vector<XlsxSheet> sheets = businessCaseSheets(s, r, {});
    REQUIRE_FALSE(sheets.empty());
    for (const auto& row : sheets.front().rows)
        for (const XlsxCell& c : row)
            if (c.kind == XlsxCell::Kind::Text) text += c.text + "\n";
    return text;
}

} // namespace

TEST_CASE("the reasons money is left on the table read the same in the HTML report and the workbook",
          "[io][report][map]") {
    const m::Scenario s = demo("demo_onprem-400-vm.json");
    const m::Result r = m::estimate(s);
    REQUIRE(r.ok());
    const std::vector<m::LeftOnTableLine> lines = m::leftOnTableLines(r.funding);
    REQUIRE_FALSE(lines.empty());
    const std::string html = htmlReport(s, r, embeddedDefaults().ledger);
    const std::string workbook = summaryText(s, r);
    for (const m::LeftOnTableLine& line : lines) {
        INFO(line.label);
        CHECK(html.find(line.label) != std::string::npos);
        CHECK(workbook.find(line.label) != std::string::npos);
    }
    // The old words of each screen are gone: one set of words.
    CHECK(workbook.find("tagged after the window") == std::string::npos);
    CHECK(html.find("<td>credit window closed</td>") == std::string::npos);
    // Left on the table within the credit cap: credits received + left <= cap.
    CHECK(r.funding.customerCreditsUsd + r.funding.leftOnTable.totalUsd <= r.funding.capUsd + 0.01);
}

TEST_CASE("a committed spend is labelled committed in the JSON, the HTML report and the workbook",
          "[io][report][map]") {
    const m::Scenario s = demo("demo_saas-off-paas.json");
    REQUIRE(s.program.projectedArrOverrideUsd > 0.0);
    const m::Result r = m::estimate(s);
    REQUIRE(r.ok());
    const auto j = nlohmann::json::parse(resultJson(s, r));
    CHECK(j["arr_basis"] == "committed");
    CHECK(j["sized_arr"].get<double>() == Approx(r.sizedArrUsd).margin(0.01));
    CHECK(j["sized_arr"].get<double>() < j["projected_arr"].get<double>() / 1.5);
    bool warned = false;
    for (const auto& w : j["warnings"]) warned |= w["id"] == "arr_differs_from_sized";
    CHECK(warned);
    CHECK(j["funding"]["assessment_fee"].is_number());
    CHECK(j["traces"]["projected_arr"]["formula"].get<std::string>().rfind("Committed ARR = ", 0) == 0);
    CHECK(htmlReport(s, r, embeddedDefaults().ledger).find("committed ARR") != std::string::npos);
    CHECK(summaryText(s, r).find("committed ARR: 12 x the committed monthly spend entered") != std::string::npos);
    // A sized scenario says sized.
    const m::Scenario sized = demo("demo_onprem-400-vm.json");
    const m::Result rs = m::estimate(sized);
    CHECK(nlohmann::json::parse(resultJson(sized, rs))["arr_basis"] == "sized");
}
