// tests/io/legacy_json_writers.hpp - the nlohmann-tree scenario and result writers, frozen as the oracle for
// the streaming writers (see the .cpp).
#pragma once

#include <string>

#include "io/scenario_json.hpp"
#include "model/result.hpp"

namespace est::test::legacy {

/// io::saveScenario as it was written with nlohmann::ordered_json.
std::string saveScenario(const model::Scenario& scenario, const io::ImportSettings& import = {},
                         const io::ScenarioExtras& extras = {});
/// io::resultJson as it was written with nlohmann::ordered_json.
std::string resultJson(const model::Scenario& s, const model::Result& r);

} // namespace est::test::legacy
