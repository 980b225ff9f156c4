// tests/io/xlsx_writer_test.cpp - the .xlsx writer and the business-case export, read back with our reader.
#include "io/xlsx_business_case.hpp"
#include "formats/xlsx_reader.hpp"
#include "formats/xlsx_writer.hpp"
#include "formats/zip_reader.hpp"
#include "model/assumptions.hpp"
#include "model/aws_pricing.hpp"
#include "model/engine.hpp"
#include "model/synthetic_estate.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>

using Catch::Detail::Approx;
using est::formats::InputProblem;
using est::formats::Table;
using est::formats::XlsxCell;
using est::formats::XlsxSheet;
using est::formats::XlsxStyle;

namespace {

double num(const std::string& s) {
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    REQUIRE(end != s.c_str());
    REQUIRE(*end == '\0');
    return v;
}

const Table& sheetOf(const std::vector<Table>& tables, const std::string& name) {
    for (const Table& t : tables)
        if (t.name == name) return t;
    FAIL("no sheet " << name);
    return tables.front();
}

int col(const Table& t, const std::string& header) {
    for (std::size_t i = 0; i < t.header.size(); ++i)
        if (t.header[i] == header) return static_cast<int>(i);
    FAIL("no column " << header);
    return -1;
}

// Summary rows are "label, value": the value next to the first row whose label is `label`.
std::string summaryValue(const Table& summary, const std::string& label) {
    for (const auto& row : summary.rows)
        if (!row.empty() && row[0] == label && row.size() > 1) return row[1];
    FAIL("no summary row " << label);
    return {};
}

} // namespace

TEST_CASE("written cells read back as the same numbers, text and booleans", "[io][xlsx][writer]") {
    XlsxSheet a;
    a.name = "Numbers";
    a.frozenRows = 1;
    a.columnWidths = {10, 0, 20};
    a.rows = {
        {XlsxCell::str("text", XlsxStyle::Header), XlsxCell::str("number"), XlsxCell::str("flag")},
        {XlsxCell::str("R&D <lab> \"q\" caf\xC3\xA9"), XlsxCell::num(0.1, XlsxStyle::Usd), XlsxCell::boolean(true)},
        {XlsxCell::str("  padded  "), XlsxCell::num(1.0 / 3.0, XlsxStyle::Percent), XlsxCell::boolean(false)},
        {XlsxCell::str("two\nlines"), XlsxCell::num(-1234567.890123, XlsxStyle::Integer)},
        {XlsxCell::empty(), XlsxCell::num(45965.0, XlsxStyle::Decimal)}};
    XlsxSheet b;
    b.name = "bad/name:[x]";
    b.rows = {{XlsxCell::num(1)}};
    XlsxSheet c;
    c.name = "Numbers"; // duplicate
    c.rows = {{XlsxCell::num(2)}};
    const std::string bytes = est::formats::writeXlsx({a, b, c});
    CHECK(est::formats::writeXlsx({a, b, c}) == bytes); // deterministic

    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(bytes, problems);
    CHECK(problems.empty());
    REQUIRE(tables.size() == 3);
    CHECK(tables[1].name == "bad_name__x_");
    CHECK(tables[2].name == "Numbers (2)");
    const Table& t = tables[0];
    CHECK(t.header == std::vector<std::string>{"text", "number", "flag"});
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0][0] == "R&D <lab> \"q\" caf\xC3\xA9");
    CHECK(num(t.rows[0][1]) == 0.1);
    CHECK(t.rows[0][2] == "TRUE");
    CHECK(t.rows[1][0] == "  padded  ");
    CHECK(num(t.rows[1][1]) == 1.0 / 3.0); // round-trip exact, whatever the display format
    CHECK(t.rows[1][2] == "FALSE");
    CHECK(t.rows[2][0] == "two\nlines");
    CHECK(num(t.rows[2][1]) == -1234567.890123);
    CHECK(t.rows[3] == std::vector<std::string>{"", "45965"}); // a Decimal style is no date style
}

TEST_CASE("column names run A..Z, AA..", "[io][xlsx][writer]") {
    CHECK(est::formats::columnName(0) == "A");
    CHECK(est::formats::columnName(25) == "Z");
    CHECK(est::formats::columnName(26) == "AA");
    CHECK(est::formats::columnName(16383) == "XFD");
}

TEST_CASE("calendar months count from the start quarter", "[io][xlsx][writer]") {
    est::model::Settings s;
    s.startYear = 2027;
    s.startQuarter = 3; // month 0 = July 2027
    CHECK(est::io::calendarMonth(s, 0) == "2027-07");
    CHECK(est::io::calendarMonth(s, 5) == "2027-12");
    CHECK(est::io::calendarMonth(s, 6) == "2028-01");
}

TEST_CASE("the business-case workbook holds the result's figures as numbers", "[io][xlsx][writer][export]") {
    const est::model::Scenario s = est::model::makeSyntheticScenario(40, 7);
    const est::model::Result r = est::model::estimate(s);
    REQUIRE(r.ok());
    const std::string bytes = est::io::writeBusinessCaseXlsx(s, r);
    std::vector<InputProblem> problems;
    est::formats::XlsxReadOptions raw;
    raw.datesAsIso = false;
    const auto tables = est::formats::readXlsx(bytes, problems, raw);
    CHECK(problems.empty());
    REQUIRE(tables.size() == 7);
    CHECK(tables[0].name == "Summary");
    CHECK(tables[1].name == "Estate");
    CHECK(tables[2].name == "Series");
    CHECK(tables[3].name == "Assumptions");
    CHECK(tables[4].name == "Waves");
    // One row per plan wave; its servers add up to the workloads not retained.
    const Table& waves = tables[4];
    REQUIRE(waves.rows.size() == s.plan.waves.size());
    int servers = 0, moving = 0;
    for (const auto& row : waves.rows) servers += std::stoi(row[3]);
    for (const auto& w : r.workloads) moving += w.effective != est::model::Disposition::Retain;
    CHECK(servers == moving);
    CHECK(tables[5].name == "Tagging plan");
    // One line per MAP-eligible workload under the header, most expensive first.
    int eligible = 0;
    for (const est::model::WorkloadResult& w : r.workloads) eligible += w.mapEligible ? 1 : 0;
    CHECK(tables[5].rows.size() == static_cast<std::size_t>(eligible));
    REQUIRE(tables[5].header.size() == 9);
    CHECK(tables[5].header[5] == "Tag key");
    if (eligible >= 2) CHECK(std::stod(tables[5].rows[0][8]) >= std::stod(tables[5].rows[1][8]));
    CHECK(tables[6].name == "Sources");
    CHECK(tables[6].rows.size() >= 20); // docs/sources.md, one row per numbered source

    const Table& summary = tables[0];
    CHECK(summaryValue(summary, "Verdict") == std::string(est::model::verdictName(r.eligibility.verdict)));
    CHECK(num(summaryValue(summary, "Total funding")) == r.funding.totalUsd);
    CHECK(num(summaryValue(summary, "Your AWS spend per year (MAP funding is based on it)")) == r.projectedArrUsd);
    CHECK(num(summaryValue(summary, "NPV")) == r.tco.npvUsd);
    CHECK(num(summaryValue(summary, "Run-rate savings")) == r.tco.runRateSavingsPct);

    const Table& estate = tables[1];
    REQUIRE(estate.rows.size() == 40);
    CHECK(estate.header.size() == 31);
    for (std::size_t i = 0; i < 40; ++i) {
        CHECK(estate.rows[i][0] == s.workloads[i].id);
        CHECK(num(estate.rows[i][static_cast<std::size_t>(col(estate, "vCPU"))]) == s.workloads[i].vcpu);
        CHECK(num(estate.rows[i][static_cast<std::size_t>(col(estate, "Today per month"))]) ==
              r.workloads[i].todayMonthlyUsd);
        CHECK(num(estate.rows[i][static_cast<std::size_t>(col(estate, "One-time"))]) == r.workloads[i].oneTimeUsd);
        CHECK(num(estate.rows[i][static_cast<std::size_t>(col(estate, "Licences today per month"))]) ==
              Approx(r.workloads[i].todayLicenceMonthlyUsd));
        CHECK(estate.rows[i][static_cast<std::size_t>(col(estate, "MAP eligible"))] ==
              (r.workloads[i].mapEligible ? "TRUE" : "FALSE"));
        CHECK(estate.rows[i][static_cast<std::size_t>(col(estate, "Disposition"))] ==
              std::string(est::model::dispositionName(r.workloads[i].effective)));
    }

    const Table& series = tables[2];
    REQUIRE(series.rows.size() == r.monthly.size());
    CHECK(series.rows.size() == 60); // 5-year horizon
    CHECK(num(series.rows.back()[static_cast<std::size_t>(col(series, "Cumulative savings"))]) ==
          r.monthly.back().cumulativeSavingsUsd);

    const Table& assumptions = tables[3];
    // + the target region line + one line per catalogue table the estimate uses (the blank separator is not a row).
    CHECK(assumptions.rows.size() == est::model::assumptions().size() + 1 + est::model::priceTablesInUse(s, r).size());
    const int source = col(assumptions, "Source");
    bool found = false;
    for (const auto& row : assumptions.rows)
        if (row[0] == est::model::findAssumption("settings.discountRatePct")->label) {
            found = true;
            CHECK(row[static_cast<std::size_t>(source)].find("[1]") != std::string::npos); // a docs/sources.md number
        }
    CHECK(found);

    // Numbers are numeric cells with a currency style, not text: look at the raw sheet XML of Estate,
    // column R ("Today per month", the 18th) of the first workload row.
    auto zip = est::formats::ZipReader::open(bytes, problems);
    REQUIRE(zip);
    std::string xmlPart;
    REQUIRE(zip->read("xl/worksheets/sheet2.xml", xmlPart).empty());
    const std::size_t at = xmlPart.find("<c r=\"R2\"");
    REQUIRE(at != std::string::npos);
    CHECK(xmlPart.substr(at, 19) == "<c r=\"R2\" s=\"5\"><v>"); // s=5: "$"#,##0 ; no t="s"
}

TEST_CASE("an invalid scenario exports its errors instead of figures", "[io][xlsx][writer][export]") {
    est::model::Scenario s = est::model::makeSyntheticScenario(3, 1);
    s.workloads[0].vcpu = -4;
    const est::model::Result r = est::model::estimate(s);
    REQUIRE_FALSE(r.ok());
    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(est::io::writeBusinessCaseXlsx(s, r), problems);
    REQUIRE(tables.size() == 7); // Summary, Estate, Series, Assumptions, Waves, Tagging plan, Sources
    bool listed = false;
    for (const auto& row : tables[0].rows)
        if (!row.empty() && row[0] == r.errors[0].path) listed = true;
    CHECK(listed);
    CHECK(tables[1].rows.empty());
    CHECK(tables[4].rows.empty()); // Waves: header only
}

namespace {

// The XML of one part of an .xlsx (an empty string when it is missing).
std::string partOf(const std::string& xlsx, const std::string& name) {
    std::vector<InputProblem> problems;
    auto zip = est::formats::ZipReader::open(xlsx, problems);
    std::string out;
    if (!zip || !zip->read(name, out).empty()) return {};
    return out;
}

// The sheet row (1-based) whose column A reads `label`; 0 when none.
int rowOf(const est::formats::XlsxSheet& sheet, const std::string& label) {
    for (std::size_t i = 0; i < sheet.rows.size(); ++i)
        if (!sheet.rows[i].empty() && sheet.rows[i][0].text == label) return static_cast<int>(i) + 1;
    return 0;
}

} // namespace

TEST_CASE("a formula cell is written with its cached value and asks for a recalculation on open",
          "[io][xlsx][writer]") {
    XlsxSheet sheet;
    sheet.name = "Sums";
    sheet.rows = {{XlsxCell::num(1.25)},
                  {XlsxCell::num(2.5)},
                  {XlsxCell::calc("SUM(A1:A2)", 3.75, XlsxStyle::Usd)},
                  {XlsxCell::calc("IF(A1<A2,\"less\",0)", 0.0)}};
    const std::string bytes = est::formats::writeXlsx({sheet});
    const std::string xml = partOf(bytes, "xl/worksheets/sheet1.xml");
    CHECK(xml.find("<c r=\"A3\" s=\"5\"><f>SUM(A1:A2)</f><v>3.75</v></c>") != std::string::npos);
    CHECK(xml.find("<f>IF(A1&lt;A2,&quot;less&quot;,0)</f>") != std::string::npos); // escaped as XML text
    CHECK(partOf(bytes, "xl/workbook.xml").find("fullCalcOnLoad=\"1\"") != std::string::npos);
    // Readers that do not calculate see the cached value.
    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(bytes, problems);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 3);
    CHECK(num(tables[0].rows[1][0]) == 3.75);
    // A workbook without formulas keeps its workbook part as before.
    CHECK(partOf(est::formats::writeXlsx({XlsxSheet{"Plain", {{XlsxCell::num(1)}}, {}, 0, {}}}), "xl/workbook.xml")
              .find("calcPr") == std::string::npos);
}

TEST_CASE("the Summary sheet's totals, sums and ratios are formulas an analyst can follow", "[io][xlsx][export]") {
    const est::model::Scenario s = est::model::makeSyntheticScenario(40, 7);
    const est::model::Result r = est::model::estimate(s);
    REQUIRE(r.ok());
    const std::vector<XlsxSheet> sheets = est::io::businessCaseSheets(s, r, {});
    const XlsxSheet& summary = sheets[0];
    auto valueCell = [&](const std::string& label) -> const est::formats::XlsxCell& {
        const int row = rowOf(summary, label);
        REQUIRE(row > 0);
        REQUIRE(summary.rows[static_cast<std::size_t>(row - 1)].size() > 1);
        return summary.rows[static_cast<std::size_t>(row - 1)][1];
    };
    const auto B = [&](const std::string& label) { return "B" + std::to_string(rowOf(summary, label)); };

    // A year's cost is today's monthly cost x 12.
    CHECK(valueCell("Cost today, per year").formula == B("Cost today, per month") + "*12");
    CHECK(valueCell("Cost today, per year").number == Approx(r.tco.todayMonthlyUsd * 12.0));
    // Savings = status quo - cost with the move + funding; net migration cost = one-time + dual running - funding.
    CHECK(valueCell("Savings over the horizon").formula ==
          B("Status quo over the horizon") + "-" + B("Migration scenario over the horizon (before funding)") + "+" +
              B("Funding received"));
    CHECK(valueCell("Savings over the horizon").number == r.tco.horizonSavingsUsd);
    CHECK(valueCell("Net migration cost").formula ==
          B("One-time migration cost") + "+" + B("Dual running") + "-" + B("Funding received"));
    CHECK(valueCell("Run-rate savings").formula == "IF(" + B("Cost today, per month") + "=0,0,1-" +
                                                       B("Cost after migration, per month") + "/" +
                                                       B("Cost today, per month") + ")");
    CHECK(valueCell("  partner cash (Assess + Mobilize, paid to the partner)").formula ==
          B("Assess") + "+" + B("Mobilize"));

    // Per year: each year's cost with the move sums its six categories, and every flow has a horizon total.
    const int years = static_cast<int>(r.yearly.size());
    const std::string total = est::formats::columnName(1 + years);
    const int costRow = rowOf(summary, "Cost with the move");
    const int legacyRow = rowOf(summary, "  today's cost still paid (running both sides included)");
    const int oneTimeRow = rowOf(summary, "  one-time migration cost");
    REQUIRE(costRow > 0);
    CHECK(oneTimeRow - legacyRow == 5); // six categories
    const auto& cost = summary.rows[static_cast<std::size_t>(costRow - 1)];
    REQUIRE(static_cast<int>(cost.size()) == 2 + years);
    CHECK(cost[1].formula == "SUM(B" + std::to_string(legacyRow) + ":B" + std::to_string(oneTimeRow) + ")");
    const est::model::PeriodFigures& y1 = r.yearly[0];
    CHECK(cost[1].number ==
          Approx(y1.legacyUsd + y1.awsUsd + y1.subscriptionUsd + y1.opsLabourUsd + y1.licencesKeptUsd + y1.oneTimeUsd));
    const int sqRow = rowOf(summary, "Today's cost if nothing moves");
    CHECK(summary.rows[static_cast<std::size_t>(sqRow - 1)][static_cast<std::size_t>(1 + years)].formula ==
          "SUM(B" + std::to_string(sqRow) + ":" + est::formats::columnName(years) + std::to_string(sqRow) + ")");
    CHECK(valueCell("Status quo over the horizon").formula == total + std::to_string(sqRow));
    const int netRow = rowOf(summary, "Net cash flow (savings)");
    CHECK(summary.rows[static_cast<std::size_t>(netRow - 1)][1].formula ==
          "B" + std::to_string(sqRow) + "-B" + std::to_string(costRow) + "+B" +
              std::to_string(rowOf(summary, "AWS funding received")));
    CHECK(summary.rows[static_cast<std::size_t>(netRow - 1)][1].number == y1.netCashFlowUsd);

    // And the written workbook carries them as <f> elements.
    const std::string xml = partOf(est::io::writeBusinessCaseXlsx(s, r), "xl/worksheets/sheet1.xml");
    std::size_t formulas = 0;
    for (std::size_t at = xml.find("<f>"); at != std::string::npos; at = xml.find("<f>", at + 1)) ++formulas;
    CHECK(formulas >= 40);
    CHECK(xml.find("<f>" + B("Status quo over the horizon") + "-") != std::string::npos);
}

TEST_CASE("the yearly one-time cost reads the Assumptions sheet's per-server rates and services discount",
          "[io][xlsx][export][drivers]") {
    // 25 servers, every one rehosted at $2,000 (costs run ahead of the partner cash paid as costed): the rehost row
    // counts them, each in the years its migration spans.
    est::model::Scenario s = est::model::makeSyntheticScenario(25, 11);
    for (est::model::Workload& w : s.workloads) w.disposition = est::model::Disposition::Rehost;
    est::model::findAssumption("rules.rehost.oneTimeUsdPerWorkload")->set(s, 2000.0);
    const est::model::Result r = est::model::estimate(s);
    REQUIRE(r.ok());
    const std::vector<XlsxSheet> sheets = est::io::businessCaseSheets(s, r, {});
    const XlsxSheet& summary = sheets[0];
    const int rehostRow = rowOf(summary, "  Rehost: servers (each counted in the years its migration spans)");
    REQUIRE(rehostRow > 0);
    const auto& counts = summary.rows[static_cast<std::size_t>(rehostRow - 1)];
    double servers = 0.0;
    for (std::size_t c = 1; c < counts.size(); ++c) servers += counts[c].number;
    CHECK(servers == Approx(25.0)); // all 25 move within the horizon

    // Its row on the Assumptions sheet: header row 1, then the registry in order.
    const auto& registry = est::model::assumptions();
    int rateRow = 0, discountRow = 0;
    for (std::size_t i = 0; i < registry.size(); ++i) {
        if (registry[i].key == "rules.rehost.oneTimeUsdPerWorkload") rateRow = static_cast<int>(i) + 2;
        if (registry[i].key == "program.professionalServicesDiscountPct") discountRow = static_cast<int>(i) + 2;
    }
    REQUIRE(sheets[3].name == "Assumptions");
    REQUIRE(sheets[3].rows[static_cast<std::size_t>(rateRow - 1)][0].text ==
            est::model::findAssumption("rules.rehost.oneTimeUsdPerWorkload")->label);
    const int oneTimeRow = rowOf(summary, "  one-time migration cost");
    const XlsxCell& year1 = summary.rows[static_cast<std::size_t>(oneTimeRow - 1)][1];
    // The value column is B (column A is the label): the formulas read the cell the reader sees the rate in.
    REQUIRE(sheets[3].rows[0][1].text == "Value");
    CHECK(sheets[3].rows[static_cast<std::size_t>(rateRow - 1)][1].number == 2000.0);
    const std::string rate = "Assumptions!$B$" + std::to_string(rateRow);
    CHECK(year1.formula.find("B" + std::to_string(rehostRow) + "*" + rate) != std::string::npos);
    CHECK(year1.formula.find("*(1-Assumptions!$B$" + std::to_string(discountRow) + ")") != std::string::npos);
    CHECK(year1.number == r.yearly[0].oneTimeUsd); // the cached value is the engine's
}

TEST_CASE("the Summary sheet carries the bridge and the yearly costs as native charts in the palette's colours",
          "[io][xlsx][export][charts]") {
    const est::model::Scenario s = est::model::makeSyntheticScenario(40, 7);
    const est::model::Result r = est::model::estimate(s);
    REQUIRE(r.ok());
    const std::string bytes = est::io::writeBusinessCaseXlsx(s, r);
    // The sheet points at its drawing, the drawing at two charts, and the content types name all three.
    CHECK(partOf(bytes, "xl/worksheets/sheet1.xml").find("<drawing r:id=\"rId1\"/></worksheet>") != std::string::npos);
    CHECK(partOf(bytes, "xl/worksheets/_rels/sheet1.xml.rels").find("Target=\"../drawings/drawing1.xml\"") !=
          std::string::npos);
    const std::string drawingRels = partOf(bytes, "xl/drawings/_rels/drawing1.xml.rels");
    CHECK(drawingRels.find("Target=\"../charts/chart1.xml\"") != std::string::npos);
    CHECK(drawingRels.find("Target=\"../charts/chart2.xml\"") != std::string::npos);
    const std::string types = partOf(bytes, "[Content_Types].xml");
    CHECK(types.find("/xl/charts/chart2.xml\" "
                     "ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"") !=
          std::string::npos);
    CHECK(
        types.find(
            "/xl/drawings/drawing1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"") !=
        std::string::npos);

    // The bridge: a stacked waterfall, its base invisible, each step in the app's colour (today slate, AWS orange,
    // one-time violet, funding blue: io/palette.hpp), reading the data rows written under the tables.
    const std::string bridge = partOf(bytes, "xl/charts/chart1.xml");
    CHECK(bridge.find("<c:grouping val=\"stacked\"/>") != std::string::npos);
    CHECK(bridge.find("<a:noFill/>") != std::string::npos);
    for (const char* rgb : {"64748B", "FF9900", "7C3AED", "2563EB"})
        CHECK(bridge.find(std::string("<a:srgbClr val=\"") + rgb + "\"/>") != std::string::npos);
    CHECK(bridge.find("<c:f>'Summary'!$C$") != std::string::npos);
    // The yearly chart reads the live per-year rows: its categories are the year headers.
    const std::vector<XlsxSheet> sheets = est::io::businessCaseSheets(s, r, {});
    const int sqRow = rowOf(sheets[0], "Today's cost if nothing moves");
    const std::string yearly = partOf(bytes, "xl/charts/chart2.xml");
    CHECK(yearly.find("<c:f>'Summary'!$B$" + std::to_string(sqRow) + ":$" +
                      est::formats::columnName(static_cast<int>(r.yearly.size())) + "$" + std::to_string(sqRow) +
                      "</c:f>") != std::string::npos);
    CHECK(yearly.find("<c:v>Cost with the move</c:v>") != std::string::npos);
}

TEST_CASE("the Assumptions sheet names each assumption by its label, never by the program's internal key",
          "[io][xlsx][export]") {
    const est::model::Scenario s = est::model::makeSyntheticScenario(40, 7);
    const est::model::Result r = est::model::estimate(s);
    REQUIRE(r.ok());
    const std::vector<XlsxSheet> sheets = est::io::businessCaseSheets(s, r, {});
    REQUIRE(sheets[3].name == "Assumptions");
    CHECK(sheets[3].rows[0][0].text == "Assumption");
    for (const auto& row : sheets[3].rows)
        for (const XlsxCell& cell : row)
            for (const est::model::Assumption& a : est::model::assumptions()) {
                INFO(a.key);
                CHECK(cell.text != a.key);
            }
    // Nor any cell of the other sheets, nor the region and price lines ("aws.region", "aws.prices").
    for (const XlsxSheet& sheet : sheets)
        for (const auto& row : sheet.rows)
            for (const XlsxCell& cell : row) {
                INFO(sheet.name << ": " << cell.text);
                CHECK(cell.text.rfind("aws.", 0) != 0);
                CHECK(cell.text.rfind("settings.", 0) != 0);
            }
}

TEST_CASE("the Summary's charts sit under its last row, where no cell or note lies under them",
          "[io][xlsx][export][charts]") {
    const est::model::Scenario s = est::model::makeSyntheticScenario(40, 7);
    const est::model::Result r = est::model::estimate(s);
    REQUIRE(r.ok());
    const std::vector<XlsxSheet> sheets = est::io::businessCaseSheets(s, r, {});
    const XlsxSheet& summary = sheets[0];
    REQUIRE(summary.charts.size() == 2);
    // The last row with anything in it: a note in any column of a row the chart spans would run under it.
    int lastFilled = -1;
    for (std::size_t i = 0; i < summary.rows.size(); ++i)
        for (const XlsxCell& cell : summary.rows[i])
            if (cell.kind != XlsxCell::Kind::Empty) lastFilled = static_cast<int>(i);
    REQUIRE(lastFilled > 40);
    for (const auto& chart : summary.charts) {
        INFO(chart.title);
        CHECK(chart.fromRow > lastFilled);
        CHECK(chart.toRow - chart.fromRow >= 15);      // tall enough to read
        CHECK(chart.toColumn - chart.fromColumn >= 3); // wide enough to read (column A is 50 characters)
    }
    // Side by side, not over each other.
    CHECK(summary.charts[0].toColumn <= summary.charts[1].fromColumn);
    // The drawing part places them there: the bridge from A<last + 2>, the yearly chart beside it.
    const std::string drawing = partOf(est::io::writeBusinessCaseXlsx(s, r), "xl/drawings/drawing1.xml");
    const std::string top = std::to_string(summary.charts[0].fromRow);
    CHECK(drawing.find("<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" + top + "</xdr:row>") !=
          std::string::npos);
    CHECK(drawing.find("<xdr:from><xdr:col>" + std::to_string(summary.charts[1].fromColumn) +
                       "</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" + top + "</xdr:row>") != std::string::npos);
    CHECK(drawing.find("<xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>") == std::string::npos);
}
