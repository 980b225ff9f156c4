// model/map_tagging.hpp - MAP tag key and value formats, and the tagging plan (which resource to tag, by when).
//
// Formats from the MAP 2.0 Tagging Guide (docs.aws.amazon.com/MAP/latest/userguide: setting-up, DBA-tags) and the
// MAP 2.0 Tagging Guide for AWS Transform (docs.aws.amazon.com/MAP/latest/transform-userguide): credits accrue only
// on spend after a resource carries the tag, so each MAP-eligible workload must be tagged by its go-live (and never
// before the agreement: spend before it earns nothing).
#pragma once

#include "model/result.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::model {

/// The key as written on the resource: "map-migrated" or "aws-apn-id".
std::string_view mapTagKeyName(MapTagKey key);

/// Why `value` is not a valid tag value under `key`, naming the expected formats; nothing when it is valid.
std::optional<std::string> tagValueProblem(MapTagKey key, std::string_view value);

/// True for a legacy Migration Hub server ID ("d-server-" + 14 lower-case letters or digits).
bool isLegacyTagValue(std::string_view value);

/// The credit category a valid value's prefix selects: "general", "SAP", "Oracle", "commercial database".
std::string_view tagValueCategory(std::string_view value);

/// One MAP-eligible workload of the tagging plan.
struct TaggingPlanRow {
    std::size_t workload = 0; ///< index into Scenario::workloads
    std::string id;
    std::string name;
    int wave = 0; ///< 1-based plan wave
    std::string waveName;
    int goLiveMonth = 0;
    int tagByMonth = 0; ///< go-live, or the agreement start when that is later
    std::string tagKey;
    std::string tagValue;           ///< the scenario's MPE tag value, or "<MPE ID>" when not issued yet
    Money monthlyEligibleUsd = 0.0; ///< AWS spend net of discounts and exclusions, per month
    bool afterHorizon = false;      ///< goes live after the horizon (earns nothing in it)
};

/// The plan: every MAP-eligible workload, most expensive first (ties in scenario order). Needs a valid Result.
std::vector<TaggingPlanRow> taggingPlan(const Scenario& s, const Result& r);

} // namespace est::model
