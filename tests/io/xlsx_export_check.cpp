// tests/io/xlsx_export_check.cpp - writes the business-case .xlsx and checks what LibreOffice read from it.
//
//   est_xlsx_export_check write OUT.xlsx    writes the workbook of a fixed synthetic scenario
//   est_xlsx_export_check write-stale OUT.xlsx   the same workbook with every formula's cached value set to 0, so
//                                          only a spreadsheet that recalculates shows the figures
//   est_xlsx_export_check check DIR BASE   checks DIR/BASE-{Summary,Estate,Series,Assumptions}.csv, as
//                                          `libreoffice --convert-to csv:...:-1` writes them, against the result
//   est_xlsx_export_check write-edited OUT.xlsx   an all-rehost workbook whose Assumptions sheet says the rehost
//                                          rate is $1,000 more than the estimate used (the sheet XML rewritten)
//   est_xlsx_export_check check-edited DIR BASE   the recalculated Summary moved by the hand-computed amount
//   est_xlsx_export_check check-formulas DIR BASE   checks that every formula cell of DIR/BASE-Summary.csv holds the
//                                          figure we computed for it (to the cent; shares to 1e-9)
// Exit 0 when every check passes; messages on stderr otherwise (run by xlsx_libreoffice_test.sh).
#include "formats/csv.hpp"
#include "formats/zip_reader.hpp"
#include "formats/zip_writer.hpp"
#include "formats/text.hpp"
#include "io/xlsx_business_case.hpp"
#include "formats/xlsx_writer.hpp"
#include "model/assumptions.hpp"
#include "model/aws_pricing.hpp"
#include "model/engine.hpp"
#include "model/synthetic_estate.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

int failures = 0;

void fail(const std::string& what) {
    std::cerr << "FAIL: " << what << "\n";
    ++failures;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// LibreOffice writes up to 15 significant digits (and percentages as "12.5%"): compare relatively.
void expectNumber(const std::string& where, const std::string& cell, double expected, bool percent = false) {
    auto v = est::formats::text::parseNumber(cell);
    if (!v) return fail(where + ": not a number: '" + cell + "'");
    const double got = percent ? *v / 100.0 : *v;
    if (std::fabs(got - expected) > 1e-9 * std::max(1.0, std::fabs(expected)))
        fail(where + ": got " + cell + ", expected " + std::to_string(expected));
}

est::formats::Table load(const std::string& dir, const std::string& base, const std::string& sheet) {
    const std::string bytes = readFile(dir + "/" + base + "-" + sheet + ".csv");
    if (bytes.empty()) fail("missing " + base + "-" + sheet + ".csv");
    return est::formats::readCsv(bytes, sheet).table;
}

const std::vector<std::string>* labelled(const est::formats::Table& t, const std::string& label) {
    for (const auto& row : t.rows)
        if (!row.empty() && row[0] == label) return &row;
    return nullptr;
}

int column(const est::formats::Table& t, const std::string& name) {
    for (std::size_t i = 0; i < t.header.size(); ++i)
        if (t.header[i] == name) return static_cast<int>(i);
    fail(t.name + ": no column " + name);
    return 0;
}

// Every formula cell of the Summary sheet, recalculated by the spreadsheet, against the value we computed for it.
int checkFormulas(const est::model::Scenario& s, const est::model::Result& r, const std::string& dir,
                  const std::string& base) {
    const std::vector<est::formats::XlsxSheet> sheets = est::io::businessCaseSheets(s, r, {});
    const est::formats::Table summary = load(dir, base, "Summary");
    int formulas = 0;
    for (std::size_t row = 0; row < sheets[0].rows.size(); ++row) {
        for (std::size_t col = 0; col < sheets[0].rows[row].size(); ++col) {
            const est::formats::XlsxCell& cell = sheets[0].rows[row][col];
            if (cell.formula.empty()) continue;
            ++formulas;
            // Sheet row 1 is the CSV's header line; sheet row n >= 2 is rows[n - 2].
            const std::vector<std::string>& line = row == 0                        ? summary.header
                                                   : summary.rows.size() > row - 1 ? summary.rows[row - 1]
                                                                                   : summary.header;
            const std::string where = "Summary!" + est::formats::columnName(static_cast<int>(col)) +
                                      std::to_string(row + 1) + " =" + cell.formula;
            if (row == 0 || summary.rows.size() <= row - 1 || line.size() <= col) {
                fail(where + ": no such cell in the CSV");
                continue;
            }
            const bool percent = cell.style == est::formats::XlsxStyle::Percent;
            auto v = est::formats::text::parseNumber(line[col]);
            if (!v) {
                fail(where + ": not a number: '" + line[col] + "'");
                continue;
            }
            const double got = percent ? *v / 100.0 : *v;
            const double tolerance = percent ? 1e-9 * std::max(1.0, std::fabs(cell.number)) : 0.005;
            if (std::fabs(got - cell.number) > tolerance)
                fail(where + ": recalculated " + line[col] + ", we computed " + std::to_string(cell.number));
        }
    }
    if (formulas < 30) fail("only " + std::to_string(formulas) + " formula cells on the Summary sheet");
    if (failures == 0)
        std::cout << "LibreOffice recalculated all " << formulas << " Summary formulas to our figures (to the cent)\n";
    return failures == 0 ? 0 : 1;
}

// The edit: every workload rehosted (25 servers), and the rehost rate raised on the Assumptions sheet only.
constexpr const char* kEditedKey = "rules.rehost.oneTimeUsdPerWorkload";
constexpr double kRateRaise = 1000.0;

// At $2,000 a server the one-time cost runs ahead of the partner cash paid as costed, so the rate moves nothing
// but the one-time cost (the workbook writes its formulas only then).
est::model::Scenario allRehost() {
    est::model::Scenario s = est::model::makeSyntheticScenario(25, 11);
    for (est::model::Workload& w : s.workloads) w.disposition = est::model::Disposition::Rehost;
    est::model::findAssumption(kEditedKey)->set(s, 2000.0);
    return s;
}

int assumptionIndex(const std::string& key) {
    const auto& registry = est::model::assumptions();
    for (std::size_t i = 0; i < registry.size(); ++i)
        if (registry[i].key == key) return static_cast<int>(i);
    fail("no assumption " + key);
    return 0;
}

// The column (letter) of the Assumptions sheet's "Value" header in the workbook of `s`.
std::string valueColumn(const est::model::Scenario& s, const est::model::Result& r) {
    for (const est::formats::XlsxSheet& sheet : est::io::businessCaseSheets(s, r, {}))
        if (sheet.name == "Assumptions" && !sheet.rows.empty())
            for (std::size_t c = 0; c < sheet.rows[0].size(); ++c)
                if (sheet.rows[0][c].text == "Value") return est::formats::columnName(static_cast<int>(c));
    fail("the Assumptions sheet has no Value column");
    return "B";
}

// The workbook of `s` with the value cell of `key` on the Assumptions sheet (xl/worksheets/sheet4.xml) set to
// `value`, as a person typing into the cell would leave it; every other part is copied unchanged.
std::string withAssumptionEdited(const std::string& xlsx, const std::string& column, const std::string& key,
                                 double value) {
    std::vector<est::formats::InputProblem> problems;
    const auto zip = est::formats::ZipReader::open(xlsx, problems);
    if (!zip) {
        fail("the written workbook does not open as a ZIP");
        return {};
    }
    const std::string ref = column + std::to_string(assumptionIndex(key) + 2);
    est::formats::ZipWriter out;
    for (const est::formats::ZipEntry& e : zip->entries()) {
        std::string data;
        if (const std::string why = zip->read(e, data); !why.empty()) fail(e.name + ": " + why);
        if (e.name == "xl/worksheets/sheet4.xml") {
            const std::size_t at = data.find("<c r=\"" + ref + "\"");
            const std::size_t end = at == std::string::npos ? at : data.find("</c>", at);
            if (end == std::string::npos)
                fail("Assumptions!" + ref + " not found in the sheet XML");
            else
                data.replace(at, end + 4 - at,
                             "<c r=\"" + ref + "\"><v>" + est::formats::text::formatShortest(value) + "</v></c>");
        }
        out.add(e.name, data);
    }
    return out.finish();
}

} // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "write-edited" || mode == "check-edited") {
        const est::model::Scenario s = allRehost();
        const est::model::Result r = est::model::estimate(s);
        const double rate = est::model::findAssumption(kEditedKey)->get(s);
        if (mode == "write-edited" && argc == 3) {
            std::ofstream(argv[2], std::ios::binary) << withAssumptionEdited(
                est::io::writeBusinessCaseXlsx(s, r), valueColumn(s, r), kEditedKey, rate + kRateRaise);
            return failures == 0 ? 0 : 1;
        }
        if (argc != 4) return 2;
        // By hand: 25 servers, all rehosted within the horizon, no services discount: the one-time cost over the
        // horizon rises by 25 x $1,000 = $25,000, so the cost with the move rises and the savings fall by $25,000.
        const double moved = 25 * kRateRaise;
        const est::formats::Table summary = load(argv[2], argv[3], "Summary");
        const std::pair<const char*, double> expected[] = {
            {"One-time migration cost", r.tco.oneTimeUsd + moved},
            {"Migration scenario over the horizon (before funding)", r.tco.migrationTotalUsd + moved},
            {"Savings over the horizon", r.tco.horizonSavingsUsd - moved}};
        for (const auto& [label, value] : expected) {
            const auto* row = labelled(summary, label);
            if (!row || row->size() < 2)
                fail(std::string("Summary: no row ") + label);
            else
                expectNumber(std::string("Summary ") + label + " after the edit", (*row)[1], value);
        }
        if (failures == 0)
            std::cout << "LibreOffice recalculated the edited rehost rate: the one-time cost rose by $25,000\n";
        return failures == 0 ? 0 : 1;
    }
    const est::model::Scenario s = est::model::makeSyntheticScenario(25, 11);
    const est::model::Result r = est::model::estimate(s);
    if (!r.ok()) {
        std::cerr << "the synthetic scenario is invalid\n";
        return 1;
    }
    if (mode == "write" && argc == 3) {
        std::ofstream(argv[2], std::ios::binary) << est::io::writeBusinessCaseXlsx(s, r);
        return 0;
    }
    if (mode == "write-stale" && argc == 3) {
        std::vector<est::formats::XlsxSheet> sheets = est::io::businessCaseSheets(s, r, {});
        for (auto& sheet : sheets)
            for (auto& row : sheet.rows)
                for (auto& cell : row)
                    if (!cell.formula.empty()) cell.number = 0.0;
        std::ofstream(argv[2], std::ios::binary) << est::formats::writeXlsx(sheets);
        return 0;
    }
    if ((mode != "check" && mode != "check-formulas") || argc != 4) {
        std::cerr << "usage: est_xlsx_export_check write|write-stale OUT.xlsx | check|check-formulas DIR BASENAME\n";
        return 2;
    }
    const std::string dir = argv[2], base = argv[3];
    if (mode == "check-formulas") return checkFormulas(s, r, dir, base);

    // The Summary sheet's first row is the title, so its "header" is the title line: look rows up by label.
    const est::formats::Table summary = load(dir, base, "Summary");
    if (const auto* row = labelled(summary, "Verdict");
        !row || row->size() < 2 || (*row)[1] != est::model::verdictName(r.eligibility.verdict))
        fail("Summary: verdict");
    const std::pair<const char*, double> figures[] = {
        {"Your AWS spend per year (MAP funding is based on it)", r.projectedArrUsd},
        {"Total funding", r.funding.totalUsd},
        {"Left on the table", r.funding.leftOnTable.totalUsd},
        {"Cost today, per month", r.tco.todayMonthlyUsd},
        {"NPV", r.tco.npvUsd}};
    for (const auto& [label, value] : figures) {
        const auto* row = labelled(summary, label);
        if (!row || row->size() < 2)
            fail(std::string("Summary: no row ") + label);
        else
            expectNumber(std::string("Summary ") + label, (*row)[1], value);
    }

    const est::formats::Table estate = load(dir, base, "Estate");
    if (estate.rows.size() != s.workloads.size())
        fail("Estate: " + std::to_string(estate.rows.size()) + " rows, expected " + std::to_string(s.workloads.size()));
    const int vcpu = column(estate, "vCPU"), today = column(estate, "Today per month"),
              eligible = column(estate, "MAP eligible"), cpu = column(estate, "CPU p95");
    for (std::size_t i = 0; i < estate.rows.size() && i < s.workloads.size(); ++i) {
        const auto& row = estate.rows[i];
        const std::string where = "Estate row " + std::to_string(i + 2);
        if (row.empty() || row[0] != s.workloads[i].id) fail(where + ": id");
        if (row.size() <= static_cast<std::size_t>(eligible)) {
            fail(where + ": short row");
            continue;
        }
        expectNumber(where + " vCPU", row[static_cast<std::size_t>(vcpu)], s.workloads[i].vcpu);
        expectNumber(where + " today", row[static_cast<std::size_t>(today)], r.workloads[i].todayMonthlyUsd);
        if (s.workloads[i].cpuUtilP95Pct)
            expectNumber(where + " CPU p95", row[static_cast<std::size_t>(cpu)], *s.workloads[i].cpuUtilP95Pct, true);
        if (row[static_cast<std::size_t>(eligible)] != (r.workloads[i].mapEligible ? "TRUE" : "FALSE"))
            fail(where + ": MAP eligible");
    }

    const est::formats::Table series = load(dir, base, "Series");
    if (series.rows.size() != r.monthly.size())
        fail("Series: row count");
    else
        expectNumber("Series last cumulative savings",
                     series.rows.back()[static_cast<std::size_t>(column(series, "Cumulative savings"))],
                     r.monthly.back().cumulativeSavingsUsd);

    const est::formats::Table assumptions = load(dir, base, "Assumptions");
    std::size_t named = 0;
    for (const auto& row : assumptions.rows)
        if (!row.empty() && !est::formats::text::trim(row[0]).empty()) ++named;
    // Every assumption, the target region line and one line per catalogue table the estimate uses.
    if (named != est::model::assumptions().size() + 1 + est::model::priceTablesInUse(s, r).size())
        fail("Assumptions: row count");

    if (failures == 0) std::cout << "LibreOffice read the business case: all checks passed\n";
    return failures == 0 ? 0 : 1;
}
