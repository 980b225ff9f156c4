// tests/io/report_test.cpp - result JSON names, series CSV, HTML escaping and structure, period labels, currency,
// traces.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

#include "formats/csv.hpp"
#include "io/defaults_json.hpp"
#include "io/report.hpp"
#include "io/scenario_json.hpp"
#include "embedded_assets.hpp"
#include "model/engine.hpp"

using namespace est::io;
using namespace est::formats;
namespace m = est::model;

namespace {

// A small valid scenario over the shipped defaults, with hostile text in every user string.
m::Scenario hostileScenario() {
    m::Scenario s = embeddedDefaults().scenario;
    s.settings.name = "<script>alert('x')</script> & \"Co\"";
    s.plan.waves = {{"Wave <1>", 3, 2, 1}};
    for (int i = 0; i < 12; ++i) {
        m::Workload w;
        w.id = "w" + std::to_string(i);
        w.name = "<img src=x onerror=alert(" + std::to_string(i) + ")>";
        w.application = "R&D \"lab\"";
        w.vcpu = 4;
        w.ramGb = 16.0;
        s.workloads.push_back(w);
    }
    return s;
}

} // namespace

TEST_CASE("the result JSON has the documented top-level names", "[io][report]") {
    const m::Scenario s = hostileScenario();
    const m::Result r = m::estimate(s);
    REQUIRE(r.ok());
    const auto j = nlohmann::json::parse(resultJson(s, r));
    for (const char* key :
         {"schema", "schema_version", "ok", "scenario", "projected_arr", "eligibility", "funding", "funding_profiles",
          "tco", "timeline", "series", "series_quarterly", "series_yearly", "workloads", "traces"})
        CHECK(j.contains(key));
    const std::string verdict = j["eligibility"]["verdict"];
    CHECK((verdict == "not_eligible" || verdict == "borderline" || verdict == "map_lite" || verdict == "map"));
    for (const char* key :
         {"assess", "mobilize", "migrate_credits", "total", "left_on_table", "partner_cash", "customer_credits"})
        CHECK(j["funding"][key].is_number());
    // Partner cash and customer credits add up to the headline total (no training under program mechanics).
    CHECK(j["funding"]["partner_cash"].get<double>() + j["funding"]["customer_credits"].get<double>() ==
          Approx(j["funding"]["total"].get<double>()).margin(0.02));
    CHECK(j["funding"]["profile"] == "programMechanics");
    CHECK(j["funding_profiles"]["headline"] == "programMechanics");
    for (const char* profile : {"program_mechanics", "published_rules"}) {
        INFO(profile);
        const auto& p = j["funding_profiles"][profile];
        for (const char* key : {"assess", "mobilize", "migrate_credits", "total", "partner_cash", "customer_credits"})
            CHECK(p[key].is_number());
        CHECK(p["traces"]["assess"]["notes"][0].get<std::string>().rfind("profile: ", 0) == 0);
    }
    CHECK(j["funding_profiles"]["program_mechanics"]["total"] == j["funding"]["total"]);
    CHECK(j["tco"]["npv"].is_number());
    CHECK(j["tco"].contains("payback_month"));
    CHECK(j["tco"].contains("roi"));
    // 5-year default horizon: 60 months, 20 quarters, 5 years.
    CHECK(j["series"].size() == 60);
    CHECK(j["series_quarterly"].size() == 20);
    CHECK(j["series_yearly"].size() == 5);
    CHECK(j["series"][0]["label"] == "2027-01");
    CHECK(j["workloads"].size() == 12);
    CHECK(j["scenario"]["name"] == s.settings.name); // JSON escaping round-trips the text exactly
    // Money is in cents: projected ARR times 100 is a whole number.
    const double arr100 = j["projected_arr"].get<double>() * 100.0;
    CHECK(arr100 == Approx(std::round(arr100)).margin(1e-6));
    // The same inputs give the same bytes.
    CHECK(resultJson(s, r) == resultJson(s, m::estimate(s)));
}

TEST_CASE("an invalid scenario gives ok false with the errors", "[io][report]") {
    m::Scenario s = hostileScenario();
    s.workloads[0].vcpu = -4;
    const m::Result r = m::estimate(s);
    REQUIRE_FALSE(r.ok());
    const auto j = nlohmann::json::parse(resultJson(s, r));
    CHECK(j["ok"] == false);
    REQUIRE(j["errors"].size() >= 1);
    CHECK(j["errors"][0]["path"] == "workloads[0].vcpu");
}

TEST_CASE("the series CSV has one line per period and reads back with the same figures", "[io][report]") {
    const m::Scenario s = hostileScenario();
    const m::Result r = m::estimate(s);
    const CsvResult q = readCsv(seriesCsv(s, r, SeriesPeriod::Quarterly));
    REQUIRE(q.table.rows.size() == r.quarterly.size());
    CHECK(q.table.header[0] == "quarter");
    CHECK(q.table.header[2] == "status_quo_usd");
    CHECK(q.table.rows[1][1] == "2027-Q2");
    CHECK(std::stod(q.table.rows[1][2]) == Approx(r.quarterly[1].statusQuoUsd).margin(0.005));
    const CsvResult y = readCsv(seriesCsv(s, r, SeriesPeriod::Yearly));
    CHECK(y.table.rows.size() == 5);
    // The yearly cumulative savings of the last year equals the horizon savings.
    CHECK(std::stod(y.table.rows[4].back()) == Approx(r.tco.horizonSavingsUsd).margin(0.01));
}

TEST_CASE("the HTML report escapes every user string and holds every section", "[io][report]") {
    const m::Scenario s = hostileScenario();
    const m::Result r = m::estimate(s);
    const std::string html = htmlReport(s, r, embeddedDefaults().ledger);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;") != std::string::npos);
    CHECK(html.find("R&amp;D &quot;lab&quot;") != std::string::npos);
    for (const char* section : {"Summary", "Eligibility checklist", "Funding ladder", "Total cost of ownership",
                                "Migration waves", "Assumptions and sources", "<svg"})
        CHECK(html.find(section) != std::string::npos);
    // Self-contained: no external resources (the Sources table prints addresses as text, never as links or sources).
    for (const char* resource : {"src=\"http", "href=\"http", "url(http", "@import"})
        CHECK(html.find(resource) == std::string::npos);
    CHECK(html.find("<h2>Sources</h2>") != std::string::npos);
}

TEST_CASE("HTML escaping covers the five special characters and repairs bad UTF-8", "[io][report]") {
    CHECK(htmlEscape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;");
    CHECK(htmlEscape("caf\xC3\xA9") == "caf\xC3\xA9");
    CHECK(htmlEscape("\xFF") == "\xEF\xBF\xBD");
}

TEST_CASE("period labels count from the start quarter", "[io][report]") {
    m::Scenario s;
    s.settings.startYear = 2027;
    s.settings.startQuarter = 3;
    CHECK(periodLabel(s, SeriesPeriod::Monthly, 0) == "2027-07");
    CHECK(periodLabel(s, SeriesPeriod::Monthly, 6) == "2028-01"); // July + 6 months
    CHECK(periodLabel(s, SeriesPeriod::Quarterly, 2) == "2028-Q1");
    CHECK(periodLabel(s, SeriesPeriod::Yearly, 0) == "Y1");
    CHECK(verdictKey(m::Verdict::MapLite) == "map_lite");
}

TEST_CASE("the demo scenarios ship embedded, load cleanly and round-trip", "[io][report][demo]") {
    for (const char* name : {"demo_saas-off-paas.json", "demo_onprem-400-vm.json", "demo_database-heavy.json"}) {
        INFO(name);
        const auto bytes = est::assets::find(name);
        REQUIRE(bytes.has_value());
        const ScenarioLoad load = loadScenario(*bytes, embeddedDefaults().scenario);
        CHECK(load.ok());
        CHECK(load.warnings.empty());
        CHECK(m::validate(load.scenario).empty());
        // The price catalogue is data, never saved: it comes from the defaults on every load.
        CHECK(loadScenario(saveScenario(load.scenario), embeddedDefaults().scenario).scenario == load.scenario);
    }
}

TEST_CASE("the reports state the display currency and rate, and the USD figures do not depend on them",
          "[io][report][currency]") {
    const m::Scenario usd = hostileScenario();
    m::Scenario eur = usd;
    eur.settings.currencyCode = "EUR";
    eur.settings.currencySymbol = "EUR ";
    eur.settings.usdToDisplayRate = 0.92;
    const m::Result a = m::estimate(usd), b = m::estimate(eur);
    REQUIRE(a.ok());
    REQUIRE(b.ok());

    // JSON: money stays USD, so everything but the scenario's currency fields is the same, traces included.
    auto ja = nlohmann::json::parse(resultJson(usd, a)), jb = nlohmann::json::parse(resultJson(eur, b));
    CHECK(ja["scenario"]["currency_statement"] == "Amounts in USD");
    CHECK(jb["scenario"]["currency_statement"] == "Amounts in EUR at 0.92 per USD");
    CHECK(jb["scenario"]["display_currency"] == "EUR");
    CHECK(jb["scenario"]["usd_to_display_rate"] == 0.92);
    CHECK(jb["scenario"]["currency"] == "USD");
    ja.erase("scenario");
    jb.erase("scenario");
    CHECK(ja == jb);
    CHECK(ja["traces"]["tco_years"].size() == 5);

    // HTML: amounts converted at the stated rate. Projected ARR card: round(ARR x 0.92) with the EUR symbol.
    const std::string ha = htmlReport(usd, a, embeddedDefaults().ledger),
                      hb = htmlReport(eur, b, embeddedDefaults().ledger);
    CHECK(ha.find("Amounts in USD") != std::string::npos);
    CHECK(hb.find("Amounts in EUR at 0.92 per USD") != std::string::npos);
    auto grouped = [](double v) {
        std::string d = std::to_string(static_cast<long long>(std::llround(v))), out;
        for (std::size_t i = 0; i < d.size(); ++i) {
            if (i > 0 && (d.size() - i) % 3 == 0) out.push_back(',');
            out.push_back(d[i]);
        }
        return out;
    };
    REQUIRE(a.projectedArrUsd > 0.0);
    CHECK(ha.find("<b>$" + grouped(a.projectedArrUsd) + "</b><span>projected ARR") != std::string::npos);
    CHECK(hb.find("<b>EUR " + grouped(a.projectedArrUsd * 0.92) + "</b><span>projected ARR") != std::string::npos);
    // Formulas stay in USD in both; the EUR report adds the converted value next to USD terms.
    CHECK(hb.find(htmlEscape(b.traces.projectedArr.formula)) != std::string::npos);
    CHECK(hb.find(htmlEscape(a.traces.projectedArr.formula)) != std::string::npos);
    CHECK(hb.find("(EUR ") != std::string::npos);
    CHECK(ha.find("(EUR ") == std::string::npos);

    // The rate's text: up to 6 decimals without trailing zeros; a non-positive rate counts as 1 (like the engine).
    CHECK(rateText(0.92) == "0.92");
    CHECK(rateText(1.0) == "1");
    CHECK(rateText(151.123456789) == "151.123457");
    CHECK(rateText(0.0) == "1");
    // A user's currency code is escaped in the HTML.
    m::Scenario odd = usd;
    odd.settings.currencyCode = "<b>X";
    const std::string ho = htmlReport(odd, a, embeddedDefaults().ledger);
    CHECK(ho.find("Amounts in &lt;b&gt;X at 1 per USD") != std::string::npos);
    CHECK(ho.find("<b>X") == std::string::npos);
}

TEST_CASE("the HTML report explains every figure with its formula and terms", "[io][report][trace]") {
    const m::Scenario s = hostileScenario();
    const m::Result r = m::estimate(s);
    REQUIRE(r.ok());
    const std::string html = htmlReport(s, r, embeddedDefaults().ledger);
    const std::size_t at = html.find("<h2>How each figure was computed</h2>");
    REQUIRE(at != std::string::npos);
    for (const char* group : {"Headline figures", "Eligibility checks", "Money left on the table, by reason",
                              "Each year", "Migrate &amp; Modernize credits per quarter"})
        CHECK(html.find(group, at) != std::string::npos);
    // Workload names reach the projected ARR terms ("largest: <name>") only escaped.
    CHECK(html.find("largest: &lt;img src=x onerror=alert(", at) != std::string::npos);
    CHECK(html.find("Year 1 net cash flow (Y1)", at) != std::string::npos);
    CHECK(html.find("<table class=\"terms\">", at) != std::string::npos);
}
