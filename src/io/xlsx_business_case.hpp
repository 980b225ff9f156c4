// io/xlsx_business_case.hpp - the business case as an .xlsx workbook for finance: Summary, Estate, Series,
// Assumptions, Tagging plan. Amounts are numbers in USD with currency formats, shares are decimals with % formats.
#pragma once

#include "formats/xlsx_writer.hpp"
#include "io/partner_brand.hpp"
#include "model/result.hpp"
#include "model/scenario.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace est::io {

/// Where a default comes from (assets/defaults.json, by assumption registry key).
struct AssumptionSource {
    std::string source;     ///< "defaults.md 2.A: ..." or "User input"
    std::string date;       ///< when the source was read ("2026-11-23")
    std::string confidence; ///< "high" / "medium" / "low"
    double defaultValue = 0.0;
    bool hasDefault = false; ///< defaultValue is set
};

/// Sources by assumption key parsed from defaults.json text; empty on malformed input (never throws).
std::map<std::string, AssumptionSource> assumptionSources(std::string_view defaultsJson);

/// The five sheets (Summary, Estate, Series, Assumptions, Tagging plan) for `result` = estimate(`scenario`).
/// An invalid result (errors) gives a Summary listing the errors and empty other sheets. The Summary's second row
/// says who it is for and from ("Prepared for Acme Retail by Northwind Cloud", settings.customerName and `partner`,
/// nullptr = none) when either is known; otherwise it is left out.
std::vector<formats::XlsxSheet> businessCaseSheets(const model::Scenario& scenario, const model::Result& result,
                                                   const std::map<std::string, AssumptionSource>& sources,
                                                   const PartnerBrand* partner = nullptr);

/// The business-case workbook as .xlsx bytes, with sources from the embedded assets/defaults.json.
std::string writeBusinessCaseXlsx(const model::Scenario& scenario, const model::Result& result,
                                  const PartnerBrand* partner = nullptr);

/// Calendar label "2027-01" of scenario month `month` (month 0 = first month of the start quarter).
std::string calendarMonth(const model::Settings& settings, int month);

} // namespace est::io
