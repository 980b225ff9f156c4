// io/xlsx_business_case.cpp - lays the engine's Result out as Summary / Estate / Series / Assumptions sheets.
#include "io/xlsx_business_case.hpp"

#include "embedded_assets.hpp"
#include "io/business_case_summary.hpp"
#include "io/enum_names.hpp"
#include "io/explanations.hpp"
#include "io/palette.hpp"
#include "io/prepared_for.hpp"
#include "io/report.hpp"
#include "io/wave_plan_out.hpp"
#include "io/xlsx_one_time_drivers.hpp"
#include "model/assumptions.hpp"
#include "model/aws_pricing.hpp"
#include "model/names.hpp"
#include "model/recommender.hpp"
#include "model/funding_program.hpp"
#include "io/defaults_json.hpp"
#include "model/format.hpp"
#include "model/workload_trace.hpp"
#include "model/map_tagging.hpp"
#include "model/payback.hpp"

#include "formats/json_value.hpp"
#include "io/json_values.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

namespace est::io {
namespace {

using model::Money;
using Row = std::vector<formats::XlsxCell>;
using S = formats::XlsxStyle;

formats::XlsxCell usd(Money v) { return formats::XlsxCell::num(v, S::Usd); }
formats::XlsxCell pct(double v) { return formats::XlsxCell::num(v, S::Percent); }
formats::XlsxCell integer(double v) { return formats::XlsxCell::num(v, S::Integer); }
formats::XlsxCell dec(double v) { return formats::XlsxCell::num(v, S::Decimal); }
formats::XlsxCell txt(std::string_view t) { return formats::XlsxCell::str(std::string(t)); }
formats::XlsxCell head(std::string_view t) { return formats::XlsxCell::str(std::string(t), S::Header); }

Row headers(std::initializer_list<std::string_view> names) {
    Row r;
    for (std::string_view n : names) r.push_back(head(n));
    return r;
}

std::string monthText(int month) { return "month " + std::to_string(month); }

// A value in the unit an eligibility check or assumption uses.
formats::XlsxCell inUnit(double v, std::string_view unit) {
    if (unit == "USD") return usd(v);
    if (unit == "%") return pct(v);
    return dec(v);
}

formats::XlsxCell assumptionValue(double v, model::AssumptionUnit unit, bool isInteger) {
    switch (unit) {
    case model::AssumptionUnit::Usd:
        return formats::XlsxCell::num(v, S::UsdCents);
    case model::AssumptionUnit::UsdPerKwh:
    case model::AssumptionUnit::UsdPerGbMonth:
        return formats::XlsxCell::num(v, S::UsdCents);
    case model::AssumptionUnit::Percent:
        return pct(v);
    default:
        return isInteger ? integer(v) : dec(v);
    }
}

// Cell references and guarded formulas for the Summary sheet. A formula is written only when it reproduces the
// engine's figure (to the cent for amounts, 1e-9 for shares), with that figure as its cached value: the workbook
// then never disagrees with the estimate, and an analyst can follow every total. Otherwise the plain value.
std::string cell(int column, int row) { return formats::columnName(column) + std::to_string(row); }
std::string colB(int row) { return cell(1, row); }

formats::XlsxCell liveUsd(std::string formula, double evaluated, double engine) {
    if (std::fabs(evaluated - engine) <= 0.005) return formats::XlsxCell::calc(std::move(formula), engine, S::Usd);
    return usd(engine);
}

formats::XlsxCell livePct(std::string formula, double evaluated, double engine) {
    if (std::fabs(evaluated - engine) <= 1e-9 * std::max(1.0, std::fabs(engine)))
        return formats::XlsxCell::calc(std::move(formula), engine, S::Percent);
    return pct(engine);
}

// What a sheet is about to number its next row (rows count from 1).
int nextRow(const std::vector<Row>& rows) { return static_cast<int>(rows.size()) + 1; }

// An assumption's value cell on the Assumptions sheet (its header is row 1, then one row per registry entry; the
// label in column A, the value in B: a reader never meets the registry's internal keys).
std::string assumptionCell(int registryIndex) { return "Assumptions!$B$" + std::to_string(registryIndex + 2); }

// Where the one-time cost's drivers sit on the Summary sheet: one row per rate, one for the rest.
struct DriverRows {
    std::vector<int> serverRows; ///< parallel to OneTimeDrivers::drivers
    int otherRow = 0, undiscountedRow = 0;
};

// "Servers moving each year" per disposition and the per-application rest, under the year columns: the yearly
// one-time cost multiplies them by the Assumptions sheet's rates. Nothing is written when the drivers are not live.
DriverRows driversBlock(const model::Scenario& s, const model::Result& r, const OneTimeDrivers& d,
                        std::vector<Row>& rows) {
    DriverRows out;
    if (!d.live) return out;
    const int years = static_cast<int>(r.yearly.size());
    Row header{head("One-time cost drivers (the one-time cost below = these x the Assumptions sheet's rates)")};
    for (int y = 0; y < years; ++y) header.push_back(head(periodLabel(s, SeriesPeriod::Yearly, y)));
    rows.push_back(std::move(header));
    for (const OneTimeDriver& driver : d.drivers) {
        out.serverRows.push_back(nextRow(rows));
        const std::string disposition = driver.label.substr(0, driver.label.find(':'));
        Row cells{txt("  " + disposition + ": servers (each counted in the years its migration spans)")};
        for (double v : driver.serversPerYear) cells.push_back(dec(v));
        rows.push_back(std::move(cells));
    }
    out.otherRow = nextRow(rows);
    Row other{txt("  per-application effort, before the services discount (USD)")};
    for (double v : d.otherPerYear) other.push_back(usd(v));
    rows.push_back(std::move(other));
    out.undiscountedRow = nextRow(rows);
    Row fee{txt("  assessment fee and other one-time cost the discount does not cover (USD)")};
    for (double v : d.undiscountedPerYear) fee.push_back(usd(v));
    rows.push_back(std::move(fee));
    rows.push_back({});
    return out;
}

// Year y's one-time cost as a formula of the drivers and the Assumptions sheet, and its value at today's inputs.
std::pair<std::string, double> oneTimeFormula(const model::Scenario& s, const OneTimeDrivers& d, const DriverRows& at,
                                              int y) {
    const std::vector<model::Assumption>& registry = model::assumptions();
    std::string f = "(";
    double value = 0.0;
    for (std::size_t k = 0; k < d.drivers.size(); ++k) {
        const OneTimeDriver& driver = d.drivers[k];
        f += cell(1 + y, at.serverRows[k]) + "*" + assumptionCell(driver.assumptionIndex) + "+";
        value += driver.serversPerYear[static_cast<std::size_t>(y)] *
                 registry[static_cast<std::size_t>(driver.assumptionIndex)].get(s);
    }
    f += cell(1 + y, at.otherRow) + ")*(1-" + assumptionCell(d.discountIndex) + ")+" + cell(1 + y, at.undiscountedRow);
    value += d.otherPerYear[static_cast<std::size_t>(y)];
    value *= 1.0 - registry[static_cast<std::size_t>(d.discountIndex)].get(s);
    value += d.undiscountedPerYear[static_cast<std::size_t>(y)];
    return {std::move(f), value};
}

// The year-by-year cash flows, each year's cost with the move a SUM of its categories and each flow summed over
// the horizon. Returns the row numbers the TCO section refers to.
struct YearRows {
    int header = 0, statusQuo = 0, costWithMove = 0, oneTime = 0, funding = 0, netCashFlow = 0;
    int totalColumn = 0;
};

YearRows perYearBlock(const model::Scenario& s, const model::Result& r, const OneTimeDrivers& drivers,
                      const DriverRows& driverRows, std::vector<Row>& rows) {
    YearRows out;
    const int years = static_cast<int>(r.yearly.size());
    out.totalColumn = 1 + years;
    out.header = nextRow(rows);
    Row header{head("Per year (amounts in USD)")};
    for (int y = 0; y < years; ++y) header.push_back(head(periodLabel(s, SeriesPeriod::Yearly, y)));
    header.push_back(head("Total"));
    rows.push_back(std::move(header));
    auto flowRow = [&](std::string_view label, auto value, bool fromDrivers = false) {
        const int row = nextRow(rows);
        Row cells{txt(label)};
        double total = 0.0;
        for (int y = 0; y < years; ++y) {
            const double v = value(r.yearly[static_cast<std::size_t>(y)]);
            total += v;
            if (fromDrivers && drivers.live) {
                auto [formula, evaluated] = oneTimeFormula(s, drivers, driverRows, y);
                cells.push_back(liveUsd(std::move(formula), evaluated, v));
            } else {
                cells.push_back(usd(v));
            }
        }
        cells.push_back(formats::XlsxCell::calc("SUM(" + cell(1, row) + ":" + cell(years, row) + ")", total, S::Usd));
        rows.push_back(std::move(cells));
        return row;
    };
    using P = model::PeriodFigures;
    out.statusQuo = flowRow("Today's cost if nothing moves", [](const P& p) { return p.statusQuoUsd; });
    const int first =
        flowRow("  today's cost still paid (running both sides included)", [](const P& p) { return p.legacyUsd; });
    flowRow("  AWS usage and support", [](const P& p) { return p.awsUsd; });
    flowRow("  SaaS subscriptions", [](const P& p) { return p.subscriptionUsd; });
    flowRow("  operations labour", [](const P& p) { return p.opsLabourUsd; });
    flowRow("  licences kept", [](const P& p) { return p.licencesKeptUsd; });
    out.oneTime = flowRow(
        "  one-time migration cost", [](const P& p) { return p.oneTimeUsd; }, true);
    // Cost with the move = the categories above; the total column sums the years.
    out.costWithMove = nextRow(rows);
    {
        Row cells{formats::XlsxCell::str("Cost with the move", S::Bold)};
        double total = 0.0;
        for (int y = 0; y <= years; ++y) {
            double v = 0.0;
            if (y < years) {
                const P& p = r.yearly[static_cast<std::size_t>(y)];
                v = p.migrationCostUsd();
                total += v;
            } else {
                v = total;
            }
            cells.push_back(
                formats::XlsxCell::calc("SUM(" + cell(1 + y, first) + ":" + cell(1 + y, out.oneTime) + ")", v, S::Usd));
        }
        rows.push_back(std::move(cells));
    }
    out.funding = flowRow("AWS funding received", [](const P& p) { return p.fundingTotalUsd; });
    // Net cash flow = today's cost - cost with the move + funding; the engine's own figure is the check.
    out.netCashFlow = nextRow(rows);
    {
        Row cells{formats::XlsxCell::str("Net cash flow (savings)", S::Bold)};
        double total = 0.0;
        for (int y = 0; y <= years; ++y) {
            const std::string f =
                cell(1 + y, out.statusQuo) + "-" + cell(1 + y, out.costWithMove) + "+" + cell(1 + y, out.funding);
            if (y < years) {
                const P& p = r.yearly[static_cast<std::size_t>(y)];
                const double evaluated = p.statusQuoUsd - p.migrationCostUsd() + p.fundingTotalUsd;
                total += p.netCashFlowUsd;
                cells.push_back(liveUsd(f, evaluated, p.netCashFlowUsd));
            } else {
                cells.push_back(formats::XlsxCell::calc(
                    "SUM(" + cell(1, out.netCashFlow) + ":" + cell(years, out.netCashFlow) + ")", total, S::Usd));
            }
        }
        rows.push_back(std::move(cells));
    }
    // Cumulative savings: the previous year's plus this year's net cash flow.
    {
        const int row = nextRow(rows);
        Row cells{txt("Cumulative savings")};
        double running = 0.0;
        for (int y = 0; y < years; ++y) {
            const P& p = r.yearly[static_cast<std::size_t>(y)];
            const std::string f = y == 0 ? cell(1, out.netCashFlow) : cell(y, row) + "+" + cell(1 + y, out.netCashFlow);
            running += p.netCashFlowUsd;
            cells.push_back(liveUsd(f, running, p.cumulativeSavingsUsd));
        }
        rows.push_back(std::move(cells));
    }
    return out;
}

std::uint32_t bridgeRgb(BridgeKind k) {
    switch (k) {
    case BridgeKind::Today:
        return palette::packed(palette::kToday);
    case BridgeKind::Aws:
        return palette::packed(palette::kAws);
    case BridgeKind::OneTime:
        return palette::packed(palette::kOneTime);
    case BridgeKind::Funding:
        return palette::packed(palette::kFunding);
    }
    return palette::packed(palette::kToday);
}

// The bridge as a native waterfall: its data under the Summary's tables (an invisible base and the visible step
// per bar), the chart placed by placeChartsBelow. Left out when a level goes below zero (stacked bars cannot float
// there).
void bridgeChart(const model::Scenario& s, const model::Result& r, std::vector<Row>& rows, formats::XlsxSheet& sheet) {
    const BusinessCaseSummary sum = summarizeBusinessCase(s, r);
    if (!sum.ok || sum.bridge.empty()) return;
    std::vector<double> bases, steps;
    double level = 0.0;
    for (const BridgeStep& b : sum.bridge) {
        const double from = b.total ? 0.0 : level, to = b.total ? b.usd : level + b.usd;
        if (from < 0.0 || to < 0.0) return;
        bases.push_back(std::min(from, to));
        steps.push_back(std::fabs(to - from));
        level = to;
    }
    rows.push_back({});
    rows.push_back(headers({sum.bridgeTitle + " (the bridge chart's data)", "Below the bar", "Bar"}));
    const int first = nextRow(rows);
    formats::XlsxChart chart;
    chart.grouping = formats::XlsxChart::Grouping::Stacked;
    chart.title = sum.bridgeTitle;
    formats::XlsxChartSeries base{"Below the bar", {}, {}, 0, {}, true};
    formats::XlsxChartSeries bar{"Amount", {}, {}, palette::packed(palette::kToday), {}, false};
    for (std::size_t i = 0; i < sum.bridge.size(); ++i) {
        rows.push_back({txt(sum.bridge[i].label), usd(bases[i]), usd(steps[i])});
        chart.categories.push_back(sum.bridge[i].label);
        base.values.push_back(bases[i]);
        bar.values.push_back(steps[i]);
        bar.pointRgb.push_back(bridgeRgb(sum.bridge[i].kind));
    }
    const int last = nextRow(rows) - 1;
    const std::string sheetRef = formats::quotedSheetName(sheet.name) + "!";
    auto range = [&](int column) {
        return sheetRef + "$" + formats::columnName(column) + "$" + std::to_string(first) + ":$" +
               formats::columnName(column) + "$" + std::to_string(last);
    };
    chart.categoriesRef = range(0);
    base.valuesRef = range(1);
    bar.valuesRef = range(2);
    chart.series = {std::move(base), std::move(bar)};
    sheet.charts.push_back(std::move(chart));
}

// Each year's cost today and with the move, and the funding, read from the per-year rows (live: an edited
// assumption moves the bars).
void yearlyChart(const model::Scenario& s, const model::Result& r, const YearRows& at, formats::XlsxSheet& sheet) {
    const int years = static_cast<int>(r.yearly.size());
    if (years == 0) return;
    formats::XlsxChart chart;
    chart.title = "Cost per year, today and with the move";
    const std::string sheetRef = formats::quotedSheetName(sheet.name) + "!";
    auto range = [&](int row) {
        return sheetRef + "$B$" + std::to_string(row) + ":$" + formats::columnName(years) + "$" + std::to_string(row);
    };
    chart.categoriesRef = range(at.header);
    formats::XlsxChartSeries today{
        "Today's cost if nothing moves", range(at.statusQuo), {}, palette::packed(palette::kToday), {}, false};
    formats::XlsxChartSeries moved{
        "Cost with the move", range(at.costWithMove), {}, palette::packed(palette::kAws), {}, false};
    formats::XlsxChartSeries funding{
        "AWS funding received", range(at.funding), {}, palette::packed(palette::kFunding), {}, false};
    for (int y = 0; y < years; ++y) {
        const model::PeriodFigures& p = r.yearly[static_cast<std::size_t>(y)];
        chart.categories.push_back(periodLabel(s, SeriesPeriod::Yearly, y));
        today.values.push_back(p.statusQuoUsd);
        moved.values.push_back(p.migrationCostUsd());
        funding.values.push_back(p.fundingTotalUsd);
    }
    chart.series = {std::move(today), std::move(moved), std::move(funding)};
    sheet.charts.push_back(std::move(chart));
}

// The sheet's charts side by side under its last row, where no cell (and no long note spilling to the right) lies
// under them: beside the tables, the notes of column F ran under a chart. Each chart spans `kChartColumns[k]`
// columns (at the Summary's widths about 600 px) and 20 rows.
void placeChartsBelow(formats::XlsxSheet& sheet) {
    constexpr int kChartColumns[] = {3, 5};
    constexpr int kChartRows = 20;
    const int top = static_cast<int>(sheet.rows.size()) + 1; // zero-based: one empty row under the last one
    int column = 0;
    for (std::size_t k = 0; k < sheet.charts.size(); ++k) {
        formats::XlsxChart& chart = sheet.charts[k];
        const int span = kChartColumns[std::min<std::size_t>(k, std::size(kChartColumns) - 1)];
        chart.fromColumn = column, chart.fromRow = top, chart.toColumn = column + span, chart.toRow = top + kChartRows;
        column += span;
    }
}

formats::XlsxSheet summarySheet(const model::Scenario& s, const model::Result& r, const PartnerBrand* partner) {
    formats::XlsxSheet sh;
    sh.name = "Summary";
    sh.columnWidths = {50, 16, 16, 16, 16, 16, 16, 16};
    auto& rows = sh.rows;
    rows.push_back({formats::XlsxCell::str("Business case: " + s.settings.name, S::Title)});
    // Who it is for and from, right under the title (the sheet a CFO opens first); no row when neither is known.
    if (std::string forWhom = preparedForLine(s.settings.customerName, partner); !forWhom.empty())
        rows.push_back({formats::XlsxCell::str(std::move(forWhom), S::Bold)});
    rows.push_back({txt("Migration funding estimate; amounts in USD, " + std::to_string(s.settings.horizonYears) +
                        "-year horizon from " + calendarMonth(s.settings, 0) +
                        ". Totals, sums and ratios are live "
                        "formulas, and the one-time cost follows the Assumptions sheet's per-server rates and services "
                        "discount; the other figures come from the estimate. The charts are under the tables.")});
    rows.push_back({});
    if (!r.ok()) {
        rows.push_back({head("The scenario is invalid"), head("")});
        for (const auto& e : r.errors) rows.push_back({txt(e.path), txt(e.message)});
        return sh;
    }
    rows.push_back({formats::XlsxCell::str("Verdict", S::Bold),
                    formats::XlsxCell::str(std::string(model::verdictName(r.eligibility.verdict)), S::Bold)});
    if (s.program.projectedArrOverrideUsd > 0.0)
        rows.push_back({txt("Your committed AWS spend per year (MAP funding is based on it)"), usd(r.projectedArrUsd),
                        txt("committed ARR: 12 x the committed monthly spend entered; the sizing gives " +
                            model::formatUsd(r.sizedArrUsd) + " a year")});
    else
        rows.push_back({txt("Your AWS spend per year (MAP funding is based on it)"), usd(r.projectedArrUsd),
                        txt("projected ARR: 12 x steady-state AWS usage of MAP-eligible workloads")});
    rows.push_back({txt("Workloads"), integer(static_cast<double>(s.workloads.size()))});
    rows.push_back({});

    const model::FundingLadder& f = r.funding;
    rows.push_back(headers({"MAP funding ladder", "USD", "Released", "", "", "Note"}));
    const int assessRow = nextRow(rows);
    rows.push_back({txt("Assess"),
                    usd(f.assess.amountUsd),
                    txt(monthText(f.assess.releaseMonth)),
                    {},
                    {},
                    txt(f.assess.releasedBy)});
    const int mobilizeRow = nextRow(rows);
    rows.push_back({txt("Mobilize"),
                    usd(f.mobilize.amountUsd),
                    txt(monthText(f.mobilize.releaseMonth)),
                    {},
                    {},
                    txt(f.mobilize.releasedBy)});
    const int creditsRow = nextRow(rows);
    rows.push_back({txt("Migrate credits (received in horizon)"),
                    usd(f.creditsUsd),
                    {},
                    {},
                    {},
                    txt("credit share " + model::formatPct(f.creditPct) + " of tagged spend")});
    rows.push_back({txt("Migrate credits released after the horizon"), usd(f.creditsAfterHorizonUsd)});
    const int trainingRow = nextRow(rows);
    rows.push_back({txt("Training"), usd(f.trainingUsd)});
    rows.push_back({formats::XlsxCell::str("Total funding", S::Bold),
                    liveUsd("SUM(" + colB(assessRow) + "," + colB(mobilizeRow) + "," + colB(creditsRow) + "," +
                                colB(trainingRow) + ")",
                            f.assess.amountUsd + f.mobilize.amountUsd + f.creditsUsd + f.trainingUsd, f.totalUsd),
                    {},
                    {},
                    {},
                    txt(f.capApplied ? "cap applied" : "")});
    rows.push_back({txt("  partner cash (Assess + Mobilize, paid to the partner)"),
                    liveUsd(colB(assessRow) + "+" + colB(mobilizeRow), f.assess.amountUsd + f.mobilize.amountUsd,
                            f.partnerCashUsd)});
    rows.push_back(
        {txt("  customer credits (on the AWS bill)"), liveUsd(colB(creditsRow), f.creditsUsd, f.customerCreditsUsd)});
    const model::FundingProfiles& fp = r.fundingProfiles;
    const bool programHeadline = fp.headline == model::FundingProfile::ProgramMechanics;
    const model::FundingProfileFigures& other = programHeadline ? fp.publishedRules : fp.programMechanics;
    rows.push_back({txt("Funding profile (headline)"),
                    {},
                    {},
                    {},
                    {},
                    txt(programHeadline ? fp.programMechanics.name : fp.publishedRules.name)});
    rows.push_back({txt("Other profile: " + other.name), usd(other.totalUsd)});
    const model::LeftOnTable& l = f.leftOnTable;
    // The reasons in the words of every screen (model::leftOnTableLines); the one beyond the cap is not counted.
    const std::vector<model::LeftOnTableLine> reasons = model::leftOnTableLines(f);
    int shownReasons = 0;
    double reasonsSum = 0.0;
    for (const model::LeftOnTableLine& line : reasons)
        if (line.counted) {
            ++shownReasons;
            reasonsSum += line.amountUsd;
        }
    const int leftRow = nextRow(rows);
    rows.push_back({txt("Left on the table"),
                    shownReasons == 0 ? usd(l.totalUsd)
                                      : liveUsd("SUM(" + colB(leftRow + 1) + ":" + colB(leftRow + shownReasons) + ")",
                                                reasonsSum, l.totalUsd)});
    for (const model::LeftOnTableLine& line : reasons)
        if (line.counted) rows.push_back({txt("  " + line.label), usd(line.amountUsd)});
    for (const model::LeftOnTableLine& line : reasons)
        if (!line.counted) rows.push_back({txt(line.label), usd(line.amountUsd)});
    rows.push_back({});

    const OneTimeDrivers drivers = oneTimeDrivers(s, r);
    const DriverRows driverRows = driversBlock(s, r, drivers, rows);
    const YearRows years = perYearBlock(s, r, drivers, driverRows, rows);
    const auto yearTotal = [&](int row) { return cell(years.totalColumn, row); };
    rows.push_back({});

    const model::TcoSummary& t = r.tco;
    rows.push_back(headers({"Total cost of ownership", "Value"}));
    const int todayRow = nextRow(rows);
    rows.push_back({txt("Cost today, per month"), usd(t.todayMonthlyUsd)});
    rows.push_back({txt("Cost today, per year"),
                    formats::XlsxCell::calc(colB(todayRow) + "*12", t.todayMonthlyUsd * 12.0, S::Usd)});
    const int targetRow = nextRow(rows);
    rows.push_back({txt("Cost after migration, per month"), usd(t.targetMonthlyUsd)});
    rows.push_back({txt("Cost after migration, per year"),
                    formats::XlsxCell::calc(colB(targetRow) + "*12", t.targetMonthlyUsd * 12.0, S::Usd)});
    rows.push_back(
        {txt("Run-rate savings"),
         livePct("IF(" + colB(todayRow) + "=0,0,1-" + colB(targetRow) + "/" + colB(todayRow) + ")",
                 t.todayMonthlyUsd == 0.0 ? 0.0 : 1.0 - t.targetMonthlyUsd / t.todayMonthlyUsd, t.runRateSavingsPct)});
    double sqSum = 0.0, costSum = 0.0, oneTimeSum = 0.0, fundingSum = 0.0;
    for (const model::PeriodFigures& p : r.yearly) {
        sqSum += p.statusQuoUsd;
        costSum += p.migrationCostUsd();
        oneTimeSum += p.oneTimeUsd;
        fundingSum += p.fundingTotalUsd;
    }
    const int statusQuoRow = nextRow(rows);
    rows.push_back(
        {txt("Status quo over the horizon"), liveUsd(yearTotal(years.statusQuo), sqSum, t.statusQuoTotalUsd)});
    const int migrationRow = nextRow(rows);
    rows.push_back({txt("Migration scenario over the horizon (before funding)"),
                    liveUsd(yearTotal(years.costWithMove), costSum, t.migrationTotalUsd)});
    const int oneTimeRow = nextRow(rows);
    rows.push_back({txt("One-time migration cost"), liveUsd(yearTotal(years.oneTime), oneTimeSum, t.oneTimeUsd)});
    const int dualRow = nextRow(rows);
    rows.push_back({txt("Dual running"), usd(t.dualRunningUsd)});
    const int fundingRow = nextRow(rows);
    rows.push_back({txt("Funding received"), liveUsd(yearTotal(years.funding), fundingSum, t.fundingUsd)});
    rows.push_back(
        {txt("Net migration cost"), liveUsd(colB(oneTimeRow) + "+" + colB(dualRow) + "-" + colB(fundingRow),
                                            t.oneTimeUsd + t.dualRunningUsd - t.fundingUsd, t.netMigrationCostUsd)});
    const int savingsRow = nextRow(rows);
    const double savings = t.statusQuoTotalUsd - t.migrationTotalUsd + t.fundingUsd;
    rows.push_back({txt("Savings over the horizon"),
                    liveUsd(colB(statusQuoRow) + "-" + colB(migrationRow) + "+" + colB(fundingRow), savings,
                            t.horizonSavingsUsd)});
    rows.push_back(
        {txt("Savings over the horizon, share of status quo"),
         livePct("IF(" + colB(statusQuoRow) + "=0,0," + colB(savingsRow) + "/" + colB(statusQuoRow) + ")",
                 t.statusQuoTotalUsd == 0.0 ? 0.0 : t.horizonSavingsUsd / t.statusQuoTotalUsd, t.horizonSavingsPct)});
    rows.push_back(
        {txt("NPV"), usd(t.npvUsd), txt("discount rate " + model::formatPct(s.settings.discountRatePct) + " a year")});
    rows.push_back({txt("Payback"), txt(model::paybackText(t, s.settings))});
    rows.push_back({txt("ROI (savings / one-time cost)"),
                    t.roiPct ? livePct(colB(savingsRow) + "/" + colB(oneTimeRow),
                                       t.oneTimeUsd == 0.0 ? 0.0 : t.horizonSavingsUsd / t.oneTimeUsd, *t.roiPct)
                             : txt(std::string(model::roiNote(t)))});
    rows.push_back({});

    // Sanity band: where today's cost sits, and a warning when run-rate savings leave the sourced range.
    rows.push_back(headers({"Today's cost by category", "Per month", "Share"}));
    const int firstCategory = nextRow(rows);
    const int categoryTotal = firstCategory + static_cast<int>(t.todayShares.size());
    double categorySum = 0.0;
    for (const model::CategoryShare& c : t.todayShares) categorySum += c.monthlyUsd;
    for (const model::CategoryShare& c : t.todayShares) {
        const int row = nextRow(rows);
        rows.push_back({txt(c.category), usd(c.monthlyUsd),
                        livePct("IF(" + colB(categoryTotal) + "=0,0," + colB(row) + "/" + colB(categoryTotal) + ")",
                                categorySum == 0.0 ? 0.0 : c.monthlyUsd / categorySum, c.share)});
    }
    if (!t.todayShares.empty())
        rows.push_back({formats::XlsxCell::str("All categories", S::Bold),
                        formats::XlsxCell::calc("SUM(" + colB(firstCategory) + ":" + colB(categoryTotal - 1) + ")",
                                                categorySum, S::Usd)});
    rows.push_back({txt("Sourced run-rate savings range"),
                    pct(-t.sanity.lowPct),
                    pct(t.sanity.highPct),
                    {},
                    {},
                    txt(savingsRangeText(t.sanity))});
    if (t.sanity.outside) rows.push_back({formats::XlsxCell::str("Check", S::Bold), txt(savingsCheckText(t.sanity))});
    // The estimate's other warnings, in the words of the app's panels.
    for (const model::ResultWarning& w : r.warnings)
        rows.push_back({formats::XlsxCell::str("Check", S::Bold), txt(warningText(w))});
    rows.push_back({});

    rows.push_back(headers({"Eligibility check", "Measured", "Threshold", "Status", "Weight", "To clear"}));
    for (const model::EligibilityCheck& c : r.eligibility.checks) {
        const CheckWords words = checkWords(c);
        rows.push_back({txt(words.label), inUnit(c.measured, c.unit), inUnit(c.threshold, c.unit), txt(words.status),
                        txt(words.weight), txt(words.toClear)});
    }
    rows.push_back({});

    rows.push_back(headers({"Disposition", "Workloads", "Today per month", "Target per month", "One-time", ""}));
    const int firstDisposition = nextRow(rows);
    double sums[4] = {0.0, 0.0, 0.0, 0.0};
    for (int d = 0; d < model::kDispositionCount; ++d) {
        const model::DispositionTotals& dt = t.byDisposition[static_cast<std::size_t>(d)];
        rows.push_back({txt(model::dispositionName(static_cast<model::Disposition>(d))), integer(dt.workloads),
                        usd(dt.todayMonthlyUsd), usd(dt.targetMonthlyUsd), usd(dt.oneTimeUsd)});
        sums[0] += dt.workloads;
        sums[1] += dt.todayMonthlyUsd;
        sums[2] += dt.targetMonthlyUsd;
        sums[3] += dt.oneTimeUsd;
    }
    const int lastDisposition = nextRow(rows) - 1;
    Row total{formats::XlsxCell::str("All dispositions", S::Bold)};
    for (int c = 0; c < 4; ++c)
        total.push_back(
            formats::XlsxCell::calc("SUM(" + cell(1 + c, firstDisposition) + ":" + cell(1 + c, lastDisposition) + ")",
                                    sums[c], c == 0 ? S::Integer : S::Usd));
    rows.push_back(std::move(total));
    bridgeChart(s, r, rows, sh);
    yearlyChart(s, r, years, sh);
    placeChartsBelow(sh);
    return sh;
}

// The "today: ..." / "after: ..." licence lines of a workload's cost trace, one cell.
std::string licenceLinesText(const model::Scenario& s, const model::Result& r, std::size_t i) {
    std::string text;
    for (const std::string& note : model::workloadCostTrace(s, r, i).notes)
        if (note.rfind("today: ", 0) == 0 || note.rfind("after: ", 0) == 0) text += (text.empty() ? "" : "; ") + note;
    return text;
}

formats::XlsxSheet estateSheet(const model::Scenario& s, const model::Result& r) {
    formats::XlsxSheet sh;
    sh.name = "Estate";
    sh.frozenRows = 1;
    sh.columnWidths = {18, 24, 16, 14, 36, 7, 9,  11, 9,  10, 12, 12, 40, 14, 7, 9,
                       10, 14, 14, 14, 14, 6, 10, 10, 22, 8,  10, 14, 14, 14, 80};
    sh.rows.push_back(headers({"ID",
                               "Name",
                               "Application",
                               "Environment",
                               "OS",
                               "vCPU",
                               "RAM GB",
                               "Storage GB",
                               "CPU p95",
                               "Power",
                               "Disposition",
                               "Recommended",
                               "Why",
                               "Target size",
                               "Count",
                               "Needed vCPU",
                               "Needed RAM GB",
                               "Today per month",
                               "AWS per month",
                               "Target per month",
                               "One-time",
                               "Wave",
                               "Go-live month",
                               "MAP eligible",
                               "Not funded because",
                               "Tagged",
                               "Host share",
                               "Licences today per month",
                               "Licence included per month",
                               "Licences kept per month",
                               "Licence lines"}));
    if (!r.ok()) return sh;
    for (std::size_t i = 0; i < s.workloads.size() && i < r.workloads.size(); ++i) {
        const model::Workload& w = s.workloads[i];
        const model::WorkloadResult& wr = r.workloads[i];
        std::string target;
        target = model::instanceTypeName(s, wr);
        sh.rows.push_back({txt(w.id),
                           txt(w.name),
                           txt(w.application),
                           txt(toName(w.environment)),
                           txt(w.os),
                           integer(w.vcpu),
                           dec(w.ramGb),
                           dec(w.storageGb),
                           w.cpuUtilP95Pct ? pct(*w.cpuUtilP95Pct) : formats::XlsxCell::empty(),
                           txt(toName(w.powerState)),
                           txt(model::dispositionName(wr.effective)),
                           txt(model::dispositionName(wr.recommended)),
                           txt(model::recommendationText(s, wr, i)),
                           txt(target),
                           target.empty() ? formats::XlsxCell::empty() : integer(wr.instanceCount),
                           dec(wr.neededVcpu),
                           dec(wr.neededRamGb),
                           usd(wr.todayMonthlyUsd),
                           usd(wr.awsMonthlyUsd),
                           usd(wr.targetMonthlyUsd),
                           usd(wr.oneTimeUsd),
                           integer(w.wave),
                           integer(wr.goLiveMonth),
                           formats::XlsxCell::boolean(wr.mapEligible),
                           txt(wr.mapEligible ? std::string_view() : model::mapExclusionName(wr.mapExclusion)),
                           formats::XlsxCell::boolean(w.mapTagged),
                           pct(wr.hostShare),
                           usd(wr.todayLicenceMonthlyUsd),
                           usd(wr.licenceIncludedMonthlyUsd),
                           usd(wr.licencesKeptMonthlyUsd),
                           txt(licenceLinesText(s, r, i))});
    }
    return sh;
}

formats::XlsxSheet wavesSheet(const model::Scenario& s, const model::Result& r) {
    formats::XlsxSheet sh;
    sh.name = "Waves";
    sh.frozenRows = 1;
    sh.columnWidths = {14, 10, 10, 9, 9, 12, 14, 60};
    sh.rows.push_back(
        headers({"Wave", "Starts", "Goes live", "Servers", "vCPU", "Storage GB", "AWS per month", "Applications"}));
    if (!r.ok()) return sh;
    for (const WaveSummary& w : summarizeWaves(s, r)) {
        std::string apps;
        for (const std::string& a : w.applications) apps += (apps.empty() ? "" : ", ") + a;
        sh.rows.push_back({txt(w.name), txt(calendarMonth(s.settings, w.startMonth)),
                           txt(calendarMonth(s.settings, w.goLiveMonth)), integer(w.servers), integer(w.vcpu),
                           dec(w.storageGb), usd(w.awsMonthlyUsd), txt(apps)});
    }
    return sh;
}

formats::XlsxSheet seriesSheet(const model::Scenario& s, const model::Result& r) {
    formats::XlsxSheet sh;
    sh.name = "Series";
    sh.frozenRows = 1;
    sh.columnWidths = {7, 10, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 16, 14};
    sh.rows.push_back(
        headers({"Month", "Calendar", "Status quo", "Legacy", "Dual running", "AWS usage", "AWS support",
                 "Subscriptions", "Ops labour", "One-time", "Assess funding", "Mobilize funding", "MAP credits",
                 "Training", "Funding total", "Tagged spend", "Net cash flow", "Cumulative savings", "Licences kept"}));
    if (!r.ok()) return sh;
    for (std::size_t m = 0; m < r.monthly.size(); ++m) {
        const model::PeriodFigures& p = r.monthly[m];
        sh.rows.push_back({integer(static_cast<double>(m)), txt(calendarMonth(s.settings, static_cast<int>(m))),
                           usd(p.statusQuoUsd), usd(p.legacyUsd), usd(p.dualRunningUsd), usd(p.awsUsageUsd),
                           usd(p.awsSupportUsd), usd(p.subscriptionUsd), usd(p.opsLabourUsd), usd(p.oneTimeUsd),
                           usd(p.fundingAssessUsd), usd(p.fundingMobilizeUsd), usd(p.fundingCreditsUsd),
                           usd(p.fundingTrainingUsd), usd(p.fundingTotalUsd), usd(p.taggedSpendUsd),
                           usd(p.netCashFlowUsd), usd(p.cumulativeSavingsUsd), usd(p.licencesKeptUsd)});
    }
    return sh;
}

formats::XlsxSheet assumptionsSheet(const model::Scenario& s, const model::Result& r,
                                    const std::map<std::string, AssumptionSource>& sources) {
    formats::XlsxSheet sh;
    sh.name = "Assumptions";
    sh.frozenRows = 1;
    sh.columnWidths = {44, 14, 10, 12, 12, 14, 80, 12, 11};
    // Labels only: the registry keys (settings.horizonYears) are the program's names, not a reader's. The formulas
    // find a value by its row (assumptionCell).
    sh.rows.push_back(
        headers({"Assumption", "Value", "Unit", "Low", "High", "Default", "Source", "Source date", "Confidence"}));
    for (const model::Assumption& a : model::assumptions()) {
        const double v = a.get != nullptr ? a.get(s) : 0.0;
        Row row{txt(a.label), assumptionValue(v, a.unit, a.integer), txt(model::unitLabel(a.unit))};
        if (const auto range = model::rangeOf(s, a); range && range->low < range->high) {
            row.push_back(assumptionValue(range->low, a.unit, a.integer));
            row.push_back(assumptionValue(range->high, a.unit, a.integer));
        } else {
            row.push_back(formats::XlsxCell::empty());
            row.push_back(formats::XlsxCell::empty());
        }
        if (const auto it = sources.find(std::string(a.key)); it != sources.end()) {
            row.push_back(it->second.hasDefault ? assumptionValue(it->second.defaultValue, a.unit, a.integer)
                                                : formats::XlsxCell::empty());
            const bool changed = it->second.hasDefault && it->second.defaultValue != v;
            const std::string source = sourceForReader(it->second.source, a.unit);
            row.push_back(txt(changed ? "Changed for this scenario (default: " + source + ")" : source));
            row.push_back(txt(it->second.date));
            row.push_back(txt(it->second.confidence));
        } else {
            row.push_back(formats::XlsxCell::empty());
            row.push_back(txt("no recorded source"));
        }
        sh.rows.push_back(std::move(row));
    }
    // The price tables are assumptions too: say where each one's numbers come from and how old they are.
    sh.rows.push_back({});
    sh.rows.push_back({txt("AWS target region"),
                       txt(s.aws.region),
                       {},
                       {},
                       {},
                       {},
                       txt(s.aws.catalogue ? s.aws.catalogue->regionName(s.aws.region) : s.aws.region),
                       {}});
    for (const model::PriceTableUse& table : model::priceTablesInUse(s, r))
        sh.rows.push_back(
            {txt(table.name),
             integer(table.workloads),
             {},
             {},
             {},
             {},
             txt(sourceForReader(table.provenance.source + (table.provenance.derivation.empty()
                                                                ? ""
                                                                : "; derived: " + table.provenance.derivation),
                                 model::AssumptionUnit::Usd)),
             txt(table.provenance.asOf + (table.provenance.olderTable ? " (older table)" : ""))});
    return sh;
}

// One line per MAP-eligible workload: what to tag, with which key and value, by when (most expensive first).
formats::XlsxSheet taggingPlanSheet(const model::Scenario& s, const model::Result& r) {
    formats::XlsxSheet sh;
    sh.name = "Tagging plan";
    sh.columnWidths = {40, 18, 8, 30, 10, 14, 18, 10, 16};
    sh.frozenRows = 1;
    sh.rows.push_back(headers({"Resource", "Workload id", "Wave", "Wave name", "Go-live", "Tag key", "Tag value",
                               "Tag by", "Eligible per month"}));
    if (!r.ok()) return sh;
    for (const model::TaggingPlanRow& row : model::taggingPlan(s, r))
        sh.rows.push_back({txt(row.name), txt(row.id), integer(row.wave), txt(row.waveName),
                           txt(calendarMonth(s.settings, row.goLiveMonth)), txt(row.tagKey), txt(row.tagValue),
                           txt(calendarMonth(s.settings, row.tagByMonth)), usd(row.monthlyEligibleUsd)});
    return sh;
}

formats::XlsxSheet sourcesSheet() {
    formats::XlsxSheet sh;
    sh.name = "Sources";
    sh.frozenRows = 1;
    sh.columnWidths = {5, 70, 30, 16, 60, 10};
    sh.rows.push_back(headers({"#", "Title", "Publisher", "Date", "Address", "Authority"}));
    if (const auto md = assets::find("sources.md"))
        for (const SourceEntry& e : parseSourcesMarkdown(*md))
            sh.rows.push_back({integer(e.number), txt(sourceForReader(e.title, model::AssumptionUnit::Usd)),
                               txt(e.publisher), txt(e.date), txt(e.address), txt(e.authority)});
    return sh;
}

} // namespace

std::string calendarMonth(const model::Settings& settings, int month) {
    const int index = (settings.startQuarter - 1) * 3 + month;
    const int year = settings.startYear + (index >= 0 ? index / 12 : (index - 11) / 12);
    const int mon = ((index % 12) + 12) % 12 + 1;
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, mon);
    return buf;
}

std::map<std::string, AssumptionSource> assumptionSources(std::string_view defaultsJson) {
    std::map<std::string, AssumptionSource> out;
    const formats::JsonParseResult parsed = formats::parseJson(defaultsJson);
    if (!parsed.ok || !parsed.value.isObject()) return out;
    const formats::JsonValue* assumptions = parsed.value.find("assumptions");
    if (assumptions == nullptr || !assumptions->isObject()) return out;
    for (const formats::JsonMember& m : assumptions->members()) {
        const formats::JsonValue& entry = m.value;
        if (!entry.isObject()) continue;
        AssumptionSource src;
        src.source = jsonString(entry, "source");
        src.date = jsonString(entry, "date");
        src.confidence = jsonString(entry, "confidence");
        if (const formats::JsonValue* f = entry.find("value"); f != nullptr && f->isNumber()) {
            src.defaultValue = f->asDouble();
            src.hasDefault = true;
        }
        out.emplace(m.key, std::move(src));
    }
    return out;
}

std::vector<formats::XlsxSheet> businessCaseSheets(const model::Scenario& scenario, const model::Result& result,
                                                   const std::map<std::string, AssumptionSource>& sources,
                                                   const PartnerBrand* partner) {
    if (partner != nullptr && partner->name.empty()) partner = nullptr;
    return {summarySheet(scenario, result, partner),
            estateSheet(scenario, result),
            seriesSheet(scenario, result),
            assumptionsSheet(scenario, result, sources),
            wavesSheet(scenario, result),
            taggingPlanSheet(scenario, result),
            sourcesSheet()};
}

std::string writeBusinessCaseXlsx(const model::Scenario& scenario, const model::Result& result,
                                  const PartnerBrand* partner) {
    std::map<std::string, AssumptionSource> sources;
    if (const auto defaults = assets::find("defaults.json")) sources = assumptionSources(*defaults);
    return formats::writeXlsx(businessCaseSheets(scenario, result, sources, partner));
}

} // namespace est::io
