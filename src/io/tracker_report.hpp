// io/tracker_report.hpp - the credit tracker's summary as the CLI and the page export it: JSON (the fields of
// `estimator track`), the untagged-resources CSV a cloud team feeds to a tagging script, and a small HTML report.
#pragma once

#include "model/credit_tracker.hpp"

#include <string>

namespace est::io {

/// The JSON of `estimator track`: format, months[], quarters[] (forecastTaggedEligibleUsd with a forecast), totals,
/// untaggedResources[] (descending), tagValues[]; then excluded[], accounts[], nearMissKeys[], unknownLineTypes[],
/// otherCredits[], workloads[], notes[], rulesSource. Money rounded to cents.
std::string trackerJson(const model::TrackerResult& result);

/// "account_id,resource_id,service,product_code,name_tag,eligible_usd,tag_key,tag_value" then one line per
/// untagged resource, most expensive first; every text cell CSV-injection safe. CRLF line ends.
std::string untaggedResourcesCsv(const model::TrackerResult& result);

/// A self-contained HTML page (no script, strict CSP): quarters, totals, untagged resources, tag values, exclusions.
std::string trackerHtml(const model::TrackerResult& result);

} // namespace est::io
