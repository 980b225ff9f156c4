// tests/io/explanations_test.cpp - each explanation worded once, and the exports saying it that one way.
#include <catch2/catch.hpp>

#include "embedded_assets.hpp"
#include "io/defaults_json.hpp"
#include "io/explanations.hpp"
#include "io/report.hpp"
#include "io/xlsx_business_case.hpp"
#include "model/assumptions.hpp"
#include "model/engine.hpp"
#include "model/synthetic_estate.hpp"

#include <string>

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
