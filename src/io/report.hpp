// io/report.hpp - a Result out: JSON with stable documented names, series CSV, printable HTML report.
//
// Field names of the JSON are documented in docs/result-json.md; they are snake_case and never renamed
// (add new ones instead). Money is USD rounded to cents, shares are decimals (0.2 = 20 %).
#pragma once

#include "io/partner_brand.hpp"

#include <string>
#include <string_view>

#include "io/defaults_json.hpp"
#include "model/result.hpp"
#include "model/scenario.hpp"

namespace est::io {

/// Which series a CSV export holds.
enum class SeriesPeriod { Monthly, Quarterly, Yearly };

/// The result as JSON (schema "estimator-result" version 1): projected_arr, eligibility{verdict, checks},
/// funding{assess, mobilize, migrate_credits, total, left_on_table, ...}, tco{npv, payback_month, roi, ...},
/// series (monthly), series_quarterly, series_yearly, timeline, workloads, traces (every model::Traces member:
/// the headline figures, tco_years, credit_quarters, left_on_table_reasons, eligibility_checks). An invalid scenario
/// gives
/// {"ok": false, "errors": [...]}. Deterministic, 2-space indent, trailing newline.
std::string resultJson(const model::Scenario& scenario, const model::Result& result);

/// One series as CSV: a header line, then one line per period ("2027-01", "2027-Q1", "2027").
std::string seriesCsv(const model::Scenario& scenario, const model::Result& result, SeriesPeriod period);

/// A self-contained printable HTML page: summary, eligibility checklist, funding ladder, TCO table, inline
/// SVG charts, workloads, "How each figure was computed" (every trace: formula, terms, notes), and every
/// assumption with its value, default and source (from `ledger`; pass embeddedDefaults().ledger). Amounts are in
/// the display currency, stated with its rate (currencyStatement); formulas stay in USD. No scripts, no external
/// resources; every user string is escaped. `partner` (nullptr or an empty name = none) puts its logo and name above
/// the title and "by <partner>" after "Prepared for <settings.customerName>".
std::string htmlReport(const model::Scenario& scenario, const model::Result& result, const DefaultsLedger& ledger,
                       const PartnerBrand* partner = nullptr);

/// HTML text escaping of & < > " ' (for element text and attribute values).
std::string htmlEscape(std::string_view text);

/// Label of period `index` counted from the scenario's start quarter: "2027-01", "2027-Q1" or "2027".
/// (Yearly periods are horizon years: "Y1 (2027)" style labels are left to the UI.)
std::string periodLabel(const model::Scenario& scenario, SeriesPeriod period, int index);

/// An exchange rate as text: at most 6 decimals, no trailing zeros (0.92 -> "0.92"); <= 0 or not finite -> "1".
std::string rateText(double usdToDisplayRate);

/// The display currency and rate a report uses: "Amounts in EUR at 0.92 per USD", or "Amounts in USD" for
/// USD at rate 1. The code is the user's text: escape it for HTML.
std::string currencyStatement(const model::Settings& settings);

/// Stable verdict key: "not_eligible", "map_lite", "map".
std::string_view verdictKey(model::Verdict v);

} // namespace est::io
