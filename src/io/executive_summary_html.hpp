// io/executive_summary_html.hpp - the two-page executive summary a CFO prints to PDF.
//
// Page 1 is the business case overview (io::summarizeBusinessCase: headline, four figures, the bridge chart,
// eligibility badge, numbered next steps, or the "not eligible yet" path); page 2 the assumptions that drive it
// in plain language (io::keyAssumptions) and the public sources they cite. One self-contained HTML page: inline
// CSS with print rules, an inline SVG chart, the partner's logo as a data: URI; no scripts, no external resources.
#pragma once

#include "io/defaults_json.hpp"
#include "io/partner_brand.hpp"
#include "model/result.hpp"
#include "model/scenario.hpp"

#include <string>
#include <string_view>

namespace est::io {

/// The summary of `result` = estimate(`scenario`). `partner` (nullptr or an empty name = none) puts its name,
/// logo and colour on the page ("prepared ... by Acme Cloud"); `isoDate` ("2026-12-02") is the date it was
/// prepared, shown as "2 December 2026" (anything else is shown as given). Sources come from `ledger`.
std::string executiveSummaryHtml(const model::Scenario& scenario, const model::Result& result,
                                 const DefaultsLedger& ledger, const PartnerBrand* partner, std::string_view isoDate);

/// "2026-12-02" -> "2 December 2026"; text in any other shape comes back unchanged.
std::string longDate(std::string_view isoDate);

} // namespace est::io
