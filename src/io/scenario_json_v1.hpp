// io/scenario_json_v1.hpp - a version 1 scenario document moved forward to version 2 (loadScenario's first step
// for such files; migrateScenarioV1 in scenario_json.hpp is the text form for tests).
#pragma once

#include <vector>

#include "formats/json_value.hpp"
#include "formats/table.hpp"

namespace est::io {

/// The version 2 document for a version 1 one; each conversion is noted in `notes` (path, what changed).
/// Members it does not know are carried over for the version 2 reader to report.
formats::JsonValue migrateScenarioV1Document(const formats::JsonValue& v1, std::vector<formats::InputProblem>& notes);

} // namespace est::io
