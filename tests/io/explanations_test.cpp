// tests/io/explanations_test.cpp - each explanation worded once, and the exports saying it that one way.
#include <catch2/catch.hpp>

#include "embedded_assets.hpp"
#include "io/defaults_json.hpp"
#include "io/explanations.hpp"
#include "io/report.hpp"
#include "io/scenario_json.hpp"
#include "io/xlsx_business_case.hpp"
#include "model/assumptions.hpp"
#include "model/engine.hpp"
#include "model/synthetic_estate.hpp"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace est::io;
namespace m = est::model;

TEST_CASE("a placeholder default says what it is and who replaces it, never \"not sourced\"", "[io][explanations]") {
    const std::string placeholder =
        "Our inference, not sourced: a placeholder to replace with the customer's figure (decommissioning effort)";
    CHECK(sourceForReader(placeholder, m::AssumptionUnit::Usd) ==
          "Our planning figure, not a published one: replace it with your rate card or quote (decommissioning effort)");
    CHECK(sourceForReader(placeholder, m::AssumptionUnit::Count) ==
          "Our planning figure, not a published one: replace it with your own figure (decommissioning effort)");
    CHECK(sourceForReader("Our inference: two-socket hosts", m::AssumptionUnit::Count) ==
          "Our estimate: two-socket hosts");
    CHECK(sourceForReader("[23]: up to 25 %", m::AssumptionUnit::Percent) == "[23]: up to 25 %"); // sourced: as it is
    CHECK(sourceForReader("[1] bounds it; the low end is our inference", m::AssumptionUnit::Percent) ==
          "[1] bounds it; the low end is our estimate");
    // The phrase at the end of a longer source is said the same way.
    CHECK(
        sourceForReader("AWS publishes no number (AWS blog): our inference, not sourced", m::AssumptionUnit::Months) ==
        "AWS publishes no number (AWS blog): our planning figure, not a published one");
}

TEST_CASE("a check's status, weight and clearing step have one wording", "[io][explanations]") {
    m::EligibilityCheck c;
    c.clearText = "tag 12 more workloads";
    c.status = m::CheckStatus::Fail;
    CHECK(checkStatusWord(c.status) == "Fail");
    CHECK(checkToClear(c) == "tag 12 more workloads");
    c.status = m::CheckStatus::Pass;
    CHECK(checkToClear(c) == "-");
    CHECK(checkWeightWord(false) == "guidance: does not block funding");
    m::SanityBand band;
    CHECK(savingsCheckText(band).empty());
    band.outside = true;
    band.warning = "Run-rate savings of 60.0 % are above the 47.0 % that top performers reach (Hackett Group)";
    CHECK(savingsCheckText(band) == "Check: " + band.warning + ".");
    // -0.20 and 0.47 -> "20 %" more costly to "47 %" less.
    CHECK(savingsRangeText(m::SanityBand{}).find("20 % more costly to 47 % less") != std::string::npos);
    // A warning about one assumption names it by its label, never its key.
    CHECK(warningText({"horizon_adjusted", "settings.horizonYears", "the horizon was cut to 5 years"}) ==
          "Check: the horizon was cut to 5 years (Analysis horizon)");
    CHECK(warningText({"x", "workloads[3].ramGb", "more than the host"}) == "Check: more than the host");
}

TEST_CASE("the appendix and the workbook word the checks, the band and the sources through the one place",
          "[io][explanations][report]") {
    const m::Scenario s = m::makeSyntheticScenario(40, 7);
    const m::Result r = m::estimate(s);
    REQUIRE(r.ok());
    const DefaultsLedger& ledger = embeddedDefaults().ledger;
    const std::string html = htmlReport(s, r, ledger);
    CHECK(html.find(htmlEscape(savingsRangeText(r.tco.sanity))) != std::string::npos);
    CHECK(html.find("Our inference, not sourced") == std::string::npos);
    CHECK(html.find("not sourced") == std::string::npos);
    CHECK(html.find("our inference") == std::string::npos);
    CHECK(html.find("Our inference") == std::string::npos);
    CHECK(html.find("replace it with your rate card or quote") != std::string::npos);
    CHECK(html.find("yes (1)") == std::string::npos);
    CHECK(html.find("(advisory)") == std::string::npos);
    // No registry key in the appendix's text: every assumption by its label.
    for (const m::Assumption& a : m::assumptions()) {
        INFO(a.key);
        CHECK(html.find(">" + std::string(a.key)) == std::string::npos);
        CHECK(html.find(std::string(a.key) + "<") == std::string::npos);
    }
    const auto sheets = businessCaseSheets(s, r, assumptionSources(*est::assets::find("defaults.json")));
    bool range = false, notSourced = false;
    for (const auto& sheet : sheets)
        for (const auto& row : sheet.rows)
            for (const auto& cell : row) {
                range = range || cell.text == savingsRangeText(r.tco.sanity);
                notSourced = notSourced || cell.text.find("not sourced") != std::string::npos ||
                             cell.text.find("our inference") != std::string::npos ||
                             cell.text.find("Our inference") != std::string::npos;
            }
    CHECK(range);
    CHECK_FALSE(notSourced);
}

namespace {

// Every shipped demo scenario (assets/demo_*.json), with its result.
std::vector<std::pair<std::string, m::Scenario>> demos() {
    std::vector<std::pair<std::string, m::Scenario>> out;
    for (const est::assets::EmbeddedFile& f : est::assets::files())
        if (f.name.rfind("demo_", 0) == 0) {
            const ScenarioLoad load = loadScenario(f.bytes, embeddedDefaults().scenario);
            if (load.ok()) out.emplace_back(std::string(f.name), load.scenario);
        }
    return out;
}

std::string sourceOf(const std::string& file) {
    std::ifstream in(std::string(EST_UI_SOURCE_DIR) + "/" + file);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("every check of every demo reads the same, check by check, in the workbook and the appendix",
          "[io][explanations][report]") {
    const auto scenarios = demos();
    REQUIRE(scenarios.size() >= 3);
    const auto sources = assumptionSources(*est::assets::find("defaults.json"));
    for (const auto& [name, s] : scenarios) {
        INFO(name);
        const m::Result r = m::estimate(s);
        REQUIRE(r.ok());
        REQUIRE_FALSE(r.eligibility.checks.empty());
        const auto sheets = businessCaseSheets(s, r, sources);
        const auto& rows = sheets[0].rows;
        std::size_t header = 0;
        while (header < rows.size() && (rows[header].empty() || rows[header][0].text != "Eligibility check")) ++header;
        REQUIRE(header + r.eligibility.checks.size() < rows.size());
        const std::string html = htmlReport(s, r, embeddedDefaults().ledger);
        for (std::size_t i = 0; i < r.eligibility.checks.size(); ++i) {
            const CheckWords words = checkWords(r.eligibility.checks[i]);
            INFO(words.id);
            // The workbook's row i under its header: label, measured, threshold, status, weight, to clear.
            const auto& row = rows[header + 1 + i];
            REQUIRE(row.size() >= 6);
            CHECK(row[0].text == words.label);
            CHECK(row[3].text == words.status);
            CHECK(row[4].text == words.weight);
            CHECK(row[5].text == words.toClear);
            // The appendix's row: the same label, status and clearing step.
            CHECK(html.find("<td>" + htmlEscape(words.label)) != std::string::npos);
            CHECK(html.find(std::string(words.status) + "</td>") != std::string::npos);
            CHECK(html.find("<td>" + htmlEscape(words.toClear) + "</td></tr>") != std::string::npos);
        }
        for (const char* id : kFundingWarningIds)
            if (const m::ResultWarning* w = r.warning(id)) {
                INFO(id);
                CHECK(html.find(htmlEscape(warningText(*w))) != std::string::npos);
            }
    }
}

TEST_CASE("the app's Eligibility, On AWS and Funding panels word checks through io/explanations, not their own",
          "[io][explanations]") {
    // The panels are drawn in the browser only; what they may say is fixed here, in their source: the words come
    // from checkWords / savingsCheckText / warningText (checked against the exports above), never a literal.
    const std::string eligibility = sourceOf("eligibility_panel.cpp");
    const std::string tco = sourceOf("tco_panel.cpp");
    const std::string funding = sourceOf("funding_panel.cpp");
    REQUIRE_FALSE(eligibility.empty());
    CHECK(eligibility.find("io::checkWords(") != std::string::npos);
    CHECK(tco.find("io::savingsCheckText(") != std::string::npos);
    CHECK(funding.find("io::warningText(") != std::string::npos);
    for (const std::string* panel : {&eligibility, &tco, &funding})
        for (const char* literal :
             {"\"Pass\"", "\"Fail\"", "\"Unknown\"", "does not block", "\"Check: ", "clearText", "sanity.warning"}) {
            INFO(literal);
            CHECK(panel->find(literal) == std::string::npos);
        }
}
