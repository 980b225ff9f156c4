// io/tagging_plan_csv.cpp - the tagging plan as CSV (see tagging_plan_csv.hpp).
#include "io/tagging_plan_csv.hpp"

#include "formats/csv.hpp"
#include "io/xlsx_business_case.hpp"
#include "model/map_tagging.hpp"

namespace est::io {

std::string taggingPlanCsv(const model::Scenario& s, const model::Result& r) {
    std::string out =
        "resource,workload_id,wave,wave_name,go_live,tag_key,tag_value,tag_by,monthly_eligible_usd,note\r\n";
    if (!r.ok()) return out;
    for (const model::TaggingPlanRow& row : model::taggingPlan(s, r)) {
        formats::appendCsvField(out, row.name);
        out.push_back(',');
        formats::appendCsvField(out, row.id);
        out += "," + std::to_string(row.wave) + ",";
        formats::appendCsvField(out, row.waveName);
        out += "," + calendarMonth(s.settings, row.goLiveMonth) + ",";
        formats::appendCsvField(out, row.tagKey);
        out.push_back(',');
        formats::appendCsvField(out, row.tagValue);
        out += "," + calendarMonth(s.settings, row.tagByMonth) + ",";
        formats::appendCsvNumber(out, row.monthlyEligibleUsd);
        out.push_back(',');
        formats::appendCsvField(out, row.afterHorizon ? "goes live after the horizon"
                                                      : "tag at creation, no later than tag_by");
        out += "\r\n";
    }
    return out;
}

} // namespace est::io
