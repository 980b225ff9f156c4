// io/scenario_json.hpp - the scenario file: versioned JSON for a whole Scenario, loaded with every problem.
//
// Layout (schemaVersion 2): top-level objects "settings",
// "source", "aws", "rules", "plan", "program", "recommender", "workloads", "ranges" and "import" (io's own:
// saved column mappings). Field names are the C++ field names; enums are their stable names (enum_names.hpp);
// unset optionals are null. Version 1 files (the 0.0.x layout with "version": 1, "servers", percent numbers)
// are migrated forward on load.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "io/column_mapping.hpp"
#include "io/table.hpp"
#include "model/scenario.hpp"

namespace est::io {

/// The schema version save() writes.
inline constexpr int kScenarioSchemaVersion = 3;

/// What loading a scenario file gave.
struct ScenarioLoad {
    model::Scenario scenario;              ///< the file's values over the given defaults (best effort on errors)
    ImportSettings import;                 ///< the "import" section (saved column mappings)
    std::vector<InputProblem> errors;      ///< the file cannot be used as written: "workloads[3].vcpu (line 45)"
    std::vector<InputProblem> warnings;    ///< unknown fields, migration notes: the scenario is still usable
    int fileVersion = 0;                   ///< the schema version the file had (1 = migrated)
    /// True when there are no errors.
    bool ok() const { return errors.empty(); }
};

/// Loads a scenario file. Fields the file leaves out take their value from `defaults` (pass the scenario
/// built from assets/defaults.json). Every problem carries its JSON path and, where known, its line.
/// Never throws; any byte string gives a result.
ScenarioLoad loadScenario(std::string_view json, const model::Scenario& defaults = model::Scenario{});

/// Writes the scenario (and io's import settings) as schemaVersion 3 JSON: 2-space indent, fields in a fixed
/// order, shortest round-trip numbers, trailing newline. Deterministic: the same input gives the same bytes.
std::string saveScenario(const model::Scenario& scenario, const ImportSettings& import = {});

/// Migrates a version-1 document to version 2 (exposed for tests). Notes each conversion in `notes`.
std::string migrateScenarioV1(std::string_view v1Json, std::vector<InputProblem>& notes);

/// The 1-based line of each JSON path in a document ("workloads[3].vcpu" -> 45); empty on malformed text.
std::vector<std::pair<std::string, int>> jsonPathLines(std::string_view json);

} // namespace est::io
