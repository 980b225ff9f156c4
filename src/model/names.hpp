// model/names.hpp - display names of the result's enums (verdict, funding profile, MAP exclusion), apart from the
// engine so that a view or a report can name a figure without including engine.hpp.
#pragma once

#include "model/result.hpp"

#include <string_view>

namespace est::model {

/// "Not eligible", "MAP Lite", "MAP", "Borderline".
std::string_view verdictName(Verdict v);

/// The verdict as an ordered level for goal seek and diffs: Not eligible 0, Borderline 0.5, MAP Lite 1, MAP 2.
double verdictLevel(Verdict v);

/// "program mechanics (AWS partner templates, 2024)" / "published rules of thumb (domain articles)".
std::string_view fundingProfileName(FundingProfile p);

/// Display name of a left-on-table or exclusion reason for a workload.
std::string_view mapExclusionName(MapExclusion e);

/// An eligibility check's stable id, as files and reports carry it: "arr.mapLite", "tagging.timing", ...
std::string_view checkIdText(CheckId c);

} // namespace est::model
