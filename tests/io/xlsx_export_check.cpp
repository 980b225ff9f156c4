// tests/io/xlsx_export_check.cpp - writes the business-case .xlsx and checks what LibreOffice read from it.
//
//   est_xlsx_export_check write OUT.xlsx    writes the workbook of a fixed synthetic scenario
//   est_xlsx_export_check write-stale OUT.xlsx   the same workbook with every formula's cached value set to 0, so
//                                          only a spreadsheet that recalculates shows the figures
//   est_xlsx_export_check check DIR BASE   checks DIR/BASE-{Summary,Estate,Series,Assumptions}.csv, as
//                                          `libreoffice --convert-to csv:...:-1` writes them, against the result
//   est_xlsx_export_check check-formulas DIR BASE   checks that every formula cell of DIR/BASE-Summary.csv holds the
//                                          figure we computed for it (to the cent; shares to 1e-9)
// Exit 0 when every check passes; messages on stderr otherwise (run by xlsx_libreoffice_test.sh).
#include "formats/csv.hpp"
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
int checkFormulas(const est::model::Scenario& s, const est::model::Result& r, const std::string& dir, const std::string& base) {
    const std::vector<est::formats::XlsxSheet> sheets = est::io::businessCaseSheets(s, r, {});
    const est::formats::Table summary = load(dir, base, "Summary");
    int formulas = 0;
    for (std::size_t row = 0; row < sheets[0].rows.size(); ++row) {
        for (std::size_t col = 0; col < sheets[0].rows[row].size(); ++col) {
            const est::formats::XlsxCell& cell = sheets[0].rows[row][col];
            if (cell.formula.empty()) continue;
            ++formulas;
            // Sheet row 1 is the CSV's header line; sheet row n >= 2 is rows[n - 2].
            const std::vector<std::string>& line = row == 0 ? summary.header : summary.rows.size() > row - 1 ? summary.rows[row - 1] : summary.header;
            const std::string where = "Summary!" + est::formats::columnName(static_cast<int>(col)) + std::to_string(row + 1) + " =" + cell.formula;
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

} // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
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
    if (const auto* row = labelled(summary, "Verdict"); !row || row->size() < 2 ||
                                                        (*row)[1] != est::model::verdictName(r.eligibility.verdict))
        fail("Summary: verdict");
    const std::pair<const char*, double> figures[] = {{"Your AWS spend per year (MAP funding is based on it)", r.projectedArrUsd},
                                                      {"Total funding", r.funding.totalUsd},
                                                      {"Left on the table", r.funding.leftOnTable.totalUsd},
                                                      {"Cost today, per month", r.tco.todayMonthlyUsd},
                                                      {"NPV", r.tco.npvUsd}};
    for (const auto& [label, value] : figures) {
        const auto* row = labelled(summary, label);
        if (!row || row->size() < 2) fail(std::string("Summary: no row ") + label);
        else expectNumber(std::string("Summary ") + label, (*row)[1], value);
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
    if (series.rows.size() != r.monthly.size()) fail("Series: row count");
    else expectNumber("Series last cumulative savings", series.rows.back()[static_cast<std::size_t>(column(series, "Cumulative savings"))],
                      r.monthly.back().cumulativeSavingsUsd);

    const est::formats::Table assumptions = load(dir, base, "Assumptions");
    std::size_t named = 0;
    for (const auto& row : assumptions.rows)
        if (!row.empty() && !est::formats::text::trim(row[0]).empty()) ++named;
    // Every assumption, the target region line and one line per catalogue table the estimate uses.
    if (named != est::model::assumptions().size() + 1 + est::model::priceTablesInUse(s, r).size()) fail("Assumptions: row count");

    if (failures == 0) std::cout << "LibreOffice read the business case: all checks passed\n";
    return failures == 0 ? 0 : 1;
}
