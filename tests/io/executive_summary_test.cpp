// tests/io/executive_summary_test.cpp - the two-page executive summary: who prepared it, the overview in the
// buyer's words, the assumptions that drive the result with their "replace with your figure" flags, the sources.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>

#include "embedded_assets.hpp"
#include "io/business_case_summary.hpp"
#include "io/defaults_json.hpp"
#include "io/executive_summary_html.hpp"
#include "io/key_assumptions.hpp"
#include "io/report.hpp"
#include "io/scenario_json.hpp"
#include "model/assumptions.hpp"
#include "model/engine.hpp"
#include "model/nudge_effects.hpp"
#include "model/synthetic_estate.hpp"

using namespace est::io;
using namespace est::formats;
namespace m = est::model;

namespace {

m::Scenario demo(const char* name) {
    const auto bytes = est::assets::find(name);
    REQUIRE(bytes);
    ScenarioLoad load = loadScenario(*bytes, embeddedDefaults().scenario);
    REQUIRE(load.ok());
    return load.scenario;
}

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
    return n;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

PartnerBrand acme() {
    PartnerBrand p;
    p.name = "Acme Cloud";
    p.accentRgb = 0xFF9900;
    // A 1 x 1 PNG, as a checked theme file carries it.
    p.logoDataUrl =
        "data:image/"
        "png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
    p.logoMime = "image/png";
    return p;
}

} // namespace

TEST_CASE("the executive summary names the partner, the customer and the date, and tells the overview",
          "[io][executive-summary]") {
    const m::Scenario s = demo("demo_onprem-400-vm.json");
    const m::Result r = m::estimate(s);
    REQUIRE(r.ok());
    const PartnerBrand partner = acme();
    const std::string html = executiveSummaryHtml(s, r, embeddedDefaults().ledger, &partner, "2026-12-02");

    // No customer named: who prepared it and when, never "Prepared for" and a blank (or the scenario's name).
    CHECK(html.find("Prepared by Acme Cloud on 2 December 2026") != std::string::npos);
    CHECK(html.find("Prepared for") == std::string::npos);
    CHECK(count(html, "Acme Cloud") >= 4); // the title, both pages' header and "prepared by"
    CHECK(html.find("executive summary, prepared by Acme Cloud</title>") != std::string::npos); // the PDF's title
    CHECK(html.find("<img src=\"" + partner.logoDataUrl + "\"") != std::string::npos);
    CHECK(html.find("--accent:#FF9900") != std::string::npos);
    const BusinessCaseSummary sum = summarizeBusinessCase(s, r);
    CHECK(html.find(htmlEscape(sum.headline)) != std::string::npos);
    for (const SummaryFigure& f : sum.figures) CHECK(html.find(htmlEscape(f.caption)) != std::string::npos);
    CHECK(html.find("your AWS spend per year (MAP funding is based on it)") != std::string::npos);
    CHECK(html.find("<ol><li>" + htmlEscape(sum.nextSteps.front()) + "</li>") != std::string::npos);
    CHECK(html.find(htmlEscape(sum.badge)) != std::string::npos);
    CHECK(html.find("<svg class=\"bridge\"") != std::string::npos);
    CHECK(count(html, "<rect ") == sum.bridge.size()); // one bar per bridge step

    // Two printed pages, nothing fetched, no engine jargon, no design notes.
    CHECK(count(html, "<section class=\"page\"") == 2);
    CHECK(html.find("@page") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("src=\"http") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    CHECK(lower(html).find("projected arr") == std::string::npos);
    CHECK(lower(html).find("as recalled") == std::string::npos);
    CHECK(html.find("/work/shared") == std::string::npos);
    CHECK(html.find("defaults.md") == std::string::npos);

    // Page 2: the assumptions that drive the result, the low-confidence defaults flagged, and their sources.
    CHECK(html.find("The assumptions behind these figures") != std::string::npos);
    CHECK(count(html, "<span class=\"replace\">replace with your figure</span>") >= 2); // the legend + at least one row
    // Replatform's effort per application ($16.5K) is a low-confidence default of this demo; migrationcost.com
    // (the repository's source 19) gives its range, under the summary's own number.
    CHECK(html.find("Replatform: one-time effort per application") != std::string::npos);
    CHECK(html.find("https://migrationcost.com/strategies") != std::string::npos);
    CHECK(html.find("<td>[19]</td>") == std::string::npos);
}

namespace {

// The summary's source rows: number -> the row's text, read from "<tr><td>[n]</td>..." of the Sources table.
std::map<int, std::string> sourceRows(const std::string& html) {
    std::map<int, std::string> rows;
    const std::size_t table = html.find("<table class=\"sources\">");
    for (std::size_t at = html.find("<tr><td>[", table); table != std::string::npos && at != std::string::npos;
         at = html.find("<tr><td>[", at + 1))
        rows[std::stoi(html.substr(at + 9))] = html.substr(at, html.find("</tr>", at) - at);
    return rows;
}

// The source numbers a text cites: "... [2], [5]" -> {2, 5}.
std::vector<int> marksIn(const std::string& text) { return citedSources(text); }

} // namespace

TEST_CASE("the summary's sources are numbered 1..n, the AWS Price List first, and the figures carry them",
          "[io][executive-summary][sources]") {
    const m::Scenario s = demo("demo_onprem-400-vm.json");
    const m::Result r = m::estimate(s);
    REQUIRE(r.ok());
    const std::string html = executiveSummaryHtml(s, r, embeddedDefaults().ledger, nullptr, "2026-12-02");
    const std::map<int, std::string> rows = sourceRows(html);
    REQUIRE(rows.size() >= 3);
    // 1..n without a gap (a map's keys are sorted: the last is n exactly when none is missing).
    CHECK(rows.begin()->first == 1);
    CHECK(rows.rbegin()->first == static_cast<int>(rows.size()));
    CHECK(rows.size() <= 9); // page 2 stays one page
    CHECK(rows.at(1).find("<td>AWS Price List, us-east-1, on-demand, as of 20") != std::string::npos);
    CHECK(rows.at(1).find("<td>Amazon Web Services</td>") != std::string::npos);

    // Page 1's figures carry the numbers: "On AWS, per year" cites the price list, "AWS funding" the funding rules
    // (Assess 5 % / Mobilize 20 % of the yearly AWS spend: AWS's MAP page, the repository's source 23).
    const std::string page1 = html.substr(0, html.find("id=\"assumptions\""));
    const std::size_t aws = page1.find("On AWS, per year");
    REQUIRE(aws != std::string::npos);
    const std::string awsFigure = page1.substr(aws, page1.find("</div></div>", aws) - aws);
    CHECK(awsFigure.find("<span class=\"cite\">[1]") != std::string::npos);
    const std::size_t funding = page1.rfind("<div class=\"figure\">");
    const std::string fundingFigure = page1.substr(funding, page1.find("</div></div>", funding) - funding);
    const std::vector<int> fundingMarks = marksIn(fundingFigure);
    REQUIRE_FALSE(fundingMarks.empty());
    std::string ledger23;
    for (const SourceEntry& e : embeddedDefaults().ledger.sources)
        if (e.number == 23) ledger23 = e.address;
    REQUIRE_FALSE(ledger23.empty());
    bool fundingRulesCited = false;
    for (int n : fundingMarks) {
        REQUIRE(rows.count(n) == 1); // every mark is a row of the list
        fundingRulesCited = fundingRulesCited || rows.at(n).find(htmlEscape(ledger23)) != std::string::npos;
    }
    CHECK(fundingRulesCited);
    // No figure or assumption cites a number the list does not have.
    for (int n : marksIn(html.substr(0, html.find("<table class=\"sources\">")))) CHECK(rows.count(n) == 1);
    // The repository's provenance stays in the appendix (the credit period's terms are known by a GitHub
    // repository's name: the summary points to the appendix).
    CHECK(html.find("aws-samples") == std::string::npos);
    CHECK(html.find("Defaults of") == std::string::npos);
    CHECK(html.find("assets/") == std::string::npos);
    CHECK(html.find("sources.md") == std::string::npos);
}

TEST_CASE("the summary prints without splitting a figure, a row or the chart, in the palette's colours",
          "[io][executive-summary][print]") {
    const m::Scenario s = demo("demo_onprem-400-vm.json");
    const m::Result r = m::estimate(s);
    const std::string html = executiveSummaryHtml(s, r, embeddedDefaults().ledger, nullptr, "2026-12-02");
    CHECK(html.find(".figure,.path,svg.bridge,tr{break-inside:avoid}") != std::string::npos);
    CHECK(html.find("thead{display:table-header-group}") != std::string::npos); // a long table repeats its header
    CHECK(html.find(".page+.page{break-before:page}") != std::string::npos);
    // The bridge's bars in the app's colours (io/palette.hpp), through the page's custom properties.
    CHECK(html.find("--today:#64748B;--aws:#FF9900;--one-time:#7C3AED;--savings:#4DA028;--funding:#2563EB") !=
          std::string::npos);
    CHECK(html.find("style=\"fill:var(--aws)\"") != std::string::npos);
    CHECK(html.find("style=\"fill:var(--funding)\"") != std::string::npos);
    CHECK(html.find("#16a34a") == std::string::npos); // no colour of its own
}

TEST_CASE("without a partner theme or a customer the summary says only when it was prepared, in the default colour",
          "[io][executive-summary]") {
    const m::Scenario s = demo("demo_saas-off-paas.json");
    const m::Result r = m::estimate(s);
    REQUIRE(r.ok());
    const PartnerBrand unnamed; // a brand without a name counts as none
    for (const PartnerBrand* p : {static_cast<const PartnerBrand*>(nullptr), &unnamed}) {
        const std::string html = executiveSummaryHtml(s, r, embeddedDefaults().ledger, p, "2027-03-09");
        CHECK(html.find(">Prepared on 9 March 2027") != std::string::npos);
        CHECK(html.find("Prepared for") == std::string::npos);
        CHECK(html.find("<img") == std::string::npos);
        CHECK(html.find("--accent:#2563eb") != std::string::npos);
    }
}

TEST_CASE("a result that qualifies for nothing shows the not-eligible path, not a page of zeros",
          "[io][executive-summary]") {
    m::Scenario s = m::makeSyntheticScenario(3, 1);
    const m::Result r = m::estimate(s);
    REQUIRE(r.ok());
    REQUIRE(r.eligibility.verdict == m::Verdict::NotEligible);
    const BusinessCaseSummary sum = summarizeBusinessCase(s, r);
    const std::string html = executiveSummaryHtml(s, r, embeddedDefaults().ledger, nullptr, "2026-12-02");
    CHECK(html.find(">Not eligible yet</span>") != std::string::npos);
    CHECK(html.find("<div class=\"path\"><b>Not eligible yet.</b> " + htmlEscape(sum.notEligible.gapText)) !=
          std::string::npos);
    CHECK(html.find(">+$0<") == std::string::npos); // no funding step is "$0", not "+$0"
    CHECK(html.find(">$0</text>") != std::string::npos);
    REQUIRE_FALSE(sum.notEligible.closers.empty());
    CHECK(html.find(htmlEscape(sum.notEligible.closers.front())) != std::string::npos);
}

TEST_CASE("an empty estate gets the ways in, and user text is escaped", "[io][executive-summary]") {
    m::Scenario s = embeddedDefaults().scenario;
    s.settings.name = "<b>Acme & Co</b>";
    const m::Result r = m::estimate(s);
    const std::string html = executiveSummaryHtml(s, r, embeddedDefaults().ledger, nullptr, "2026-12-02");
    CHECK(html.find("<b>Acme") == std::string::npos);
    CHECK(html.find("&lt;b&gt;Acme &amp; Co&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("Drop an RVTools or CSV inventory") != std::string::npos);
    CHECK(html.find("class=\"figures\"") == std::string::npos); // no four $0 figures
    CHECK(count(html, "<section class=\"page\"") == 1);
}

TEST_CASE("dates read as a person writes them", "[io][executive-summary]") {
    CHECK(longDate("2026-12-02") == "2 December 2026");
    CHECK(longDate("2027-01-31") == "31 January 2027");
    CHECK(longDate("2027-13-01") == "2027-13-01"); // not a date: shown as given
    CHECK(longDate("today") == "today");
}

TEST_CASE("key assumptions: ranked by effect on the savings, flags only on unchanged low-confidence defaults",
          "[io][executive-summary]") {
    m::Scenario s = demo("demo_onprem-400-vm.json");
    const DefaultsLedger& ledger = embeddedDefaults().ledger;
    const m::Result r = m::estimate(s);
    const std::vector<KeyAssumption> keys = keyAssumptions(s, r, ledger, 8);
    REQUIRE(keys.size() == 8);
    for (std::size_t i = 1; i < keys.size(); ++i) CHECK(keys[i - 1].effectUsd >= keys[i].effectUsd);
    const auto replatform = std::find_if(keys.begin(), keys.end(), [](const KeyAssumption& k) {
        return k.key == "rules.replatform.oneTimeUsdPerApplication";
    });
    REQUIRE(replatform != keys.end());
    CHECK(replatform->replaceWithYourFigure); // default $16,500 per application, confidence low
    CHECK(replatform->confidence == "low");
    CHECK(replatform->valueText == "$16.5K");
    CHECK(replatform->effectText.rfind("From $8K to $25K, your 5-year savings go from ", 0) == 0);
    for (const KeyAssumption& k : keys) {
        CHECK(k.key != "aws.regionMultiplier"); // a switch, not a belief about the world
        CHECK(k.key.rfind("settings.", 0) != 0);
    }

    // The customer's own figure: no flag, and it says so.
    m::findAssumption("rules.replatform.oneTimeUsdPerApplication")->set(s, 12000.0);
    const m::Result mine = m::estimate(s);
    for (const KeyAssumption& k : keyAssumptions(s, mine, ledger, 8))
        if (k.key == "rules.replatform.oneTimeUsdPerApplication") {
            CHECK_FALSE(k.replaceWithYourFigure);
            CHECK(k.confidence == "your figure");
        }
    CHECK(citedSources("[1] Azure Migrate; also [4] and [1]; not [x] or [12345]") == std::vector<int>{1, 4});
}

TEST_CASE("a 10 % nudge reports the metric before and after, one assumption at a time", "[model][nudge]") {
    const m::Scenario s = m::makeSyntheticScenario(20, 3);
    const m::Result base = m::estimate(s);
    REQUIRE(base.ok());
    const std::vector<m::NudgeEffect> effects =
        m::nudgeEffects(s, {"source.onPrem.adminUsdPerYear", "no.such.key", "aws.enterpriseDiscountPct"}, 0.10,
                        m::Metric::HorizonSavings);
    // The unknown key and the discount at 0 (a nudge of nothing) are skipped.
    REQUIRE(effects.size() == 1);
    const m::NudgeEffect& e = effects[0];
    CHECK(e.key == "source.onPrem.adminUsdPerYear");
    CHECK(e.nudgedValue == Approx(e.value * 1.1));
    CHECK(e.baseMetric == Approx(base.tco.horizonSavingsUsd));
    m::Scenario nudged = s;
    m::findAssumption("source.onPrem.adminUsdPerYear")->set(nudged, e.nudgedValue);
    CHECK(e.nudgedMetric == Approx(m::estimate(nudged).tco.horizonSavingsUsd));
    CHECK(e.change == Approx(e.nudgedMetric - e.baseMetric));
}
