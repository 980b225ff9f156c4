// io/tagging_plan_csv.hpp - the MAP tagging plan (model/map_tagging.hpp) as CSV, one line per MAP-eligible workload.
#pragma once

#include "model/result.hpp"

#include <string>

namespace est::io {

/// Header "resource,workload_id,wave,wave_name,go_live,tag_key,tag_value,tag_by,monthly_eligible_usd,note", then
/// one line per workload, most expensive first; months as calendar months ("2027-07"). CRLF line ends.
std::string taggingPlanCsv(const model::Scenario& scenario, const model::Result& result);

} // namespace est::io
