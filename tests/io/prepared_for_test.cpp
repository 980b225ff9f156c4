// tests/io/prepared_for_test.cpp - every document a customer reads says who it is prepared for and by whom: the
// executive summary, the detailed appendix and the workbook's first sheet (read back with the project's reader).
#include <catch2/catch.hpp>

#include "embedded_assets.hpp"
#include "io/defaults_json.hpp"
#include "io/executive_summary_html.hpp"
#include "io/prepared_for.hpp"
#include "io/report.hpp"
#include "io/scenario_json.hpp"
#include "formats/text.hpp"
#include "io/xlsx_business_case.hpp"
#include "formats/xlsx_reader.hpp"
#include "model/engine.hpp"

#include <string>

using namespace est::io;
using est::formats::InputProblem;
using est::formats::readXlsx;
using est::formats::Table;
namespace m = est::model;

namespace {

m::Scenario saasDemo(const std::string& customer) {
    const auto bytes = est::assets::find("demo_saas-off-paas.json");
    REQUIRE(bytes);
    ScenarioLoad load = loadScenario(*bytes, embeddedDefaults().scenario);
    REQUIRE(load.ok());
    load.scenario.settings.customerName = customer;
    return load.scenario;
}

PartnerBrand northwind() {
    PartnerBrand p;
    p.name = "Northwind Cloud";
    p.accentRgb = 0x0073BB;
    p.logoDataUrl =
        "data:image/"
        "png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
    p.logoMime = "image/png";
    return p;
}

// The first sheet of the workbook as the project's reader sees it: its first row, then the rest.
Table firstSheet(const std::string& xlsx) {
    std::vector<InputProblem> problems;
    const std::vector<Table> tables = readXlsx(xlsx, problems);
    REQUIRE(problems.empty());
    REQUIRE_FALSE(tables.empty());
    return tables.front();
}

} // namespace

TEST_CASE("the words: prepared for the customer, by the partner when there is one, and never a blank",
          "[io][prepared-for]") {
    const PartnerBrand partner = northwind();
    const PartnerBrand unnamed;
    CHECK(preparedForLine("Acme Retail", &partner) == "Prepared for Acme Retail by Northwind Cloud");
    CHECK(preparedForLine("Acme Retail", nullptr) == "Prepared for Acme Retail");
    CHECK(preparedForLine("Acme Retail", &unnamed) == "Prepared for Acme Retail");
    CHECK(preparedForLine("", &partner) == "Prepared by Northwind Cloud");
    CHECK(preparedForLine("", nullptr).empty());
    CHECK(pageTitle("Acme Retail", &partner) ==
          "Prepared for Acme Retail by Northwind Cloud - Migration Funding Estimator");
    CHECK(pageTitle("", nullptr) == "Migration Funding Estimator");
}

TEST_CASE("the executive summary says Prepared for Acme Retail by the partner, in its header and on page 1",
          "[io][prepared-for]") {
    const m::Scenario s = saasDemo("Acme Retail");
    const m::Result r = m::estimate(s);
    REQUIRE(r.ok());
    const PartnerBrand partner = northwind();
    const std::string html = executiveSummaryHtml(s, r, embeddedDefaults().ledger, &partner, "2026-12-06");
    CHECK(html.find("<p class=\"prepared\">Prepared for Acme Retail by Northwind Cloud on 6 December 2026") !=
          std::string::npos);
    CHECK(html.find("<span class=\"for\">Prepared for Acme Retail</span>") != std::string::npos);
    CHECK(html.find("executive summary for Acme Retail, prepared by Northwind Cloud</title>") != std::string::npos);
    CHECK(html.find("<img src=\"data:image/png;base64,") != std::string::npos);
    // Without a partner: for the customer alone.
    const std::string plain = executiveSummaryHtml(s, r, embeddedDefaults().ledger, nullptr, "2026-12-06");
    CHECK(plain.find(">Prepared for Acme Retail on 6 December 2026") != std::string::npos);
}

TEST_CASE("the detailed appendix carries the partner's logo and name and Prepared for Acme Retail",
          "[io][prepared-for]") {
    const m::Scenario s = saasDemo("Acme Retail");
    const m::Result r = m::estimate(s);
    REQUIRE(r.ok());
    const PartnerBrand partner = northwind();
    const std::string html = htmlReport(s, r, embeddedDefaults().ledger, &partner);
    CHECK(html.find("<p class=\"prepared\">Prepared for Acme Retail by Northwind Cloud</p>") != std::string::npos);
    CHECK(html.find("<div class=\"brand\"><img src=\"data:image/png;base64,") != std::string::npos);
    CHECK(html.find("<span>Northwind Cloud</span>") != std::string::npos);
    CHECK(html.find(" - Prepared for Acme Retail by Northwind Cloud</title>") != std::string::npos);
    // A name from a stranger is escaped like every other.
    const m::Scenario hostile = saasDemo("<script>alert(1)</script> & Co");
    const std::string escaped = htmlReport(hostile, m::estimate(hostile), embeddedDefaults().ledger, nullptr);
    CHECK(escaped.find("<script>alert(1)") == std::string::npos);
    CHECK(escaped.find("Prepared for &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co") != std::string::npos);
}

TEST_CASE("the workbook's first sheet says Prepared for Acme Retail by the partner under its title",
          "[io][prepared-for]") {
    const m::Scenario s = saasDemo("Acme Retail");
    const m::Result r = m::estimate(s);
    REQUIRE(r.ok());
    const PartnerBrand partner = northwind();
    const Table summary = firstSheet(writeBusinessCaseXlsx(s, r, &partner));
    CHECK(summary.name == "Summary");
    REQUIRE_FALSE(summary.header.empty());
    CHECK(summary.header[0] == "Business case: " + s.settings.name);
    REQUIRE_FALSE(summary.rows.empty());
    REQUIRE_FALSE(summary.rows[0].empty());
    CHECK(summary.rows[0][0] == "Prepared for Acme Retail by Northwind Cloud");
    // With neither a customer nor a partner there is no such row: the sheet starts as before.
    const m::Scenario unnamed = saasDemo("");
    const Table before = firstSheet(writeBusinessCaseXlsx(unnamed, m::estimate(unnamed), nullptr));
    REQUIRE_FALSE(before.rows.empty());
    REQUIRE_FALSE(before.rows[0].empty());
    CHECK(before.rows[0][0].rfind("Migration funding estimate", 0) == 0);
}
