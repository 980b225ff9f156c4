// model/map_tagging.cpp - MAP tag formats and the tagging plan (see map_tagging.hpp).
#include "model/map_tagging.hpp"

#include "model/funding_program.hpp"
#include "model/stable_sort.hpp"

#include <algorithm>

namespace est::model {
namespace {

bool allOf(std::string_view s, bool (*pred)(char)) { return std::all_of(s.begin(), s.end(), pred); }
bool digit(char c) { return c >= '0' && c <= '9'; }
bool upperAlnum(char c) { return digit(c) || (c >= 'A' && c <= 'Z'); }
bool lowerAlnum(char c) { return digit(c) || (c >= 'a' && c <= 'z'); }

// A short (5 digits) or long (10 upper-case letters or digits) MPE ID.
bool mpeId(std::string_view id) {
    return (id.size() == 5 && allOf(id, digit)) || (id.size() == 10 && allOf(id, upperAlnum));
}

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

} // namespace

std::string_view mapTagKeyName(MapTagKey key) { return key == MapTagKey::AwsApnId ? "aws-apn-id" : "map-migrated"; }

bool isLegacyTagValue(std::string_view v) {
    return v.size() == 23 && startsWith(v, "d-server-") && allOf(v.substr(9), lowerAlnum);
}

std::optional<std::string> tagValueProblem(MapTagKey key, std::string_view v) {
    if (key == MapTagKey::AwsApnId) {
        for (std::string_view prefix : {"mig", "sap", "oracle"})
            if (startsWith(v, prefix)) {
                const std::string_view rest = v.substr(prefix.size());
                if (rest.size() == 16 && startsWith(rest, "ra-") && allOf(rest.substr(3), lowerAlnum))
                    return std::nullopt;
            }
        return "must be mig, sap or oracle followed by a PRM revenue attribution ID (\"ra-\" and 13 lower-case letters "
               "or "
               "digits), e.g. migra-abcdefg123456 (MAP 2.0 Tagging Guide for AWS Transform), got \"" +
               std::string(v) + "\"";
    }
    for (std::string_view prefix : {"comm_ec2_", "mig_ec2_"})
        if (startsWith(v, prefix)) {
            if (mpeId(v.substr(prefix.size()))) return std::nullopt;
            return "must be " + std::string(prefix) +
                   " followed by a 5-digit or 10-character upper-case MPE ID, got \"" + std::string(v) + "\"";
        }
    for (std::string_view prefix : {"mig", "sap", "oracle", "comm"})
        if (startsWith(v, prefix) && mpeId(v.substr(prefix.size()))) return std::nullopt;
    if (isLegacyTagValue(v)) return std::nullopt;
    return "must be mig, sap, oracle or comm followed by a 5-digit MPE ID (mig12345) or a 10-character upper-case one "
           "(migABCDE12345), comm_ec2_ / mig_ec2_ + an MPE ID, or a legacy d-server- ID (MAP 2.0 Tagging Guide), got "
           "\"" +
           std::string(v) + "\"";
}

std::string_view tagValueCategory(std::string_view v) {
    if (startsWith(v, "sap")) return "SAP";
    if (startsWith(v, "oracle")) return "Oracle";
    if (startsWith(v, "comm")) return "commercial database";
    return "general";
}

std::vector<TaggingPlanRow> taggingPlan(const Scenario& s, const Result& r) {
    std::vector<TaggingPlanRow> rows;
    const int start = agreementStartMonth(s, r.timeline);
    const double share = eligibleSpendShare(s.program);
    const std::string key(mapTagKeyName(s.program.tagKey));
    const std::string value = s.program.tagValue.empty() ? "<MPE ID>" : s.program.tagValue;
    for (std::size_t i = 0; i < r.workloads.size() && i < s.workloads.size(); ++i) {
        const WorkloadResult& wr = r.workloads[i];
        if (!wr.mapEligible) continue;
        const Workload& w = s.workloads[i];
        TaggingPlanRow row;
        row.workload = i;
        row.id = w.id;
        row.name = w.name.empty() ? w.id : w.name;
        row.wave = w.wave;
        if (w.wave >= 1 && static_cast<std::size_t>(w.wave) <= s.plan.waves.size())
            row.waveName = s.plan.waves[static_cast<std::size_t>(w.wave - 1)].name;
        row.goLiveMonth = wr.goLiveMonth;
        row.tagByMonth = std::max(wr.goLiveMonth, start);
        row.tagKey = key;
        row.tagValue = value;
        row.monthlyEligibleUsd = wr.awsMonthlyUsd * share;
        row.afterHorizon = wr.goLiveMonth >= r.months;
        rows.push_back(std::move(row));
    }
    stableSort(rows, [](const TaggingPlanRow& a, const TaggingPlanRow& b) {
        return a.monthlyEligibleUsd > b.monthlyEligibleUsd;
    });
    return rows;
}

} // namespace est::model
