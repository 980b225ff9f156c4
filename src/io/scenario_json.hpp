// io/scenario_json.hpp - the scenario file: versioned JSON for a whole Scenario, loaded with every problem.
//
// Layout (schemaVersion 4; version 2 files load with warnings on the on-premises fields whose meaning changed;
// before version 4, rules and management tooling that kept the former defaults move to the current ones, with
// a warning; see docs/scenario-json.md): top-level objects "settings",
// "source", "aws", "rules", "plan", "program", "recommender", "workloads", "ranges" and "import" (io's own:
// saved column mappings). Version 3 adds two optional sections, so a version-2 file still loads: "snapshots"
// [{"name", "scenario": {the same layout without schemaVersion, import, snapshots or partner}}] and "partner"
// (io/partner_brand.hpp). A damaged snapshot or partner section is a warning that skips it, never an error
// that refuses the file. Field names are the C++ field names; enums are their stable names (enum_names.hpp);
// unset optionals are null. Version 1 files (the 0.0.x layout with "version": 1, "servers", percent numbers)
// are migrated forward on load.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/column_mapping.hpp"
#include "io/json_lines.hpp" // jsonPathLines, which the loader uses for its line numbers
#include "io/partner_brand.hpp"
#include "formats/table.hpp"
#include "model/scenario.hpp"

namespace est::io {

/// The schema version save() writes.
inline constexpr int kScenarioSchemaVersion = 4;

/// A named snapshot as the scenario file keeps it: the scenario only (its result is recomputed on load).
struct SavedSnapshot {
    std::string name;
    model::Scenario scenario;
};

/// What travels in the scenario file besides the scenario and its import settings. Pointers: the caller owns
/// the snapshots and the brand (saving a 20-snapshot workspace copies nothing).
struct ScenarioExtras {
    std::vector<const SavedSnapshot*> snapshots;
    const PartnerBrand* partner = nullptr; ///< nullptr = no "partner" section
};

/// What loading a scenario file gave.
struct ScenarioLoad {
    model::Scenario scenario;                    ///< the file's values over the given defaults (best effort on errors)
    ImportSettings import;                       ///< the "import" section (saved column mappings)
    std::vector<SavedSnapshot> snapshots;        ///< the "snapshots" section (damaged entries skipped with a warning)
    bool hasSnapshots = false;                   ///< the file has a "snapshots" section (even an empty one)
    std::optional<PartnerBrand> partner;         ///< the "partner" section, when present and readable
    std::vector<formats::InputProblem> errors;   ///< the file cannot be used as written: "workloads[3].vcpu (line 45)"
    std::vector<formats::InputProblem> warnings; ///< unknown fields, migration notes: the scenario is still usable
    int fileVersion = 0;                         ///< the schema version the file had (1 = migrated)
    /// True when there are no errors.
    bool ok() const { return errors.empty(); }
};

/// Largest scenario file loadScenario reads: 256 MiB (a 100,000-workload estate is about 78 MB, and each snapshot
/// carries its own copy); a larger file is refused before parsing, naming the limit.
inline constexpr std::size_t kMaxScenarioJsonBytes = std::size_t{256} << 20;

/// Loads a scenario file. Fields the file leaves out take their value from `defaults` (pass the scenario
/// built from assets/defaults.json). Every problem carries its JSON path and, where known, its line.
/// Never throws; any byte string gives a result.
ScenarioLoad loadScenario(std::string_view json, const model::Scenario& defaults = model::Scenario{});

/// Writes the scenario (with its import settings, snapshots and partner brand) as kScenarioSchemaVersion JSON:
/// 2-space indent, fields in a fixed order, shortest round-trip numbers, trailing newline. Deterministic: the same
/// input gives the same bytes.
std::string saveScenario(const model::Scenario& scenario, const ImportSettings& import = {},
                         const ScenarioExtras& extras = {});

/// Migrates a version-1 document to version 2 (exposed for tests). Notes each conversion in `notes`.
std::string migrateScenarioV1(std::string_view v1Json, std::vector<formats::InputProblem>& notes);

} // namespace est::io
