// app/kept_work.hpp - work set aside in the browser's storage instead of lost: the workspace an open, a share
// link, a demo, a quick size or New replaced, and autosaves that could not be restored. File > Recover lists them.
#pragma once

#include "app/autosave.hpp"

#include <string>
#include <vector>

namespace est::app {

/// Where replaced workspaces are kept: kReplacedKey.1 .. kReplacedKey.<kMaxKeptReplaced>.
inline constexpr const char* kReplacedKey = "estimator.replaced";
/// Replaced workspaces kept at once: the oldest gives way to the newest (each can be MBs, and the browser's
/// storage of about 5 MB must still hold the autosave).
inline constexpr int kMaxKeptReplaced = 5;

/// One kept record, as File > Recover lists it.
struct KeptWork {
    std::string key;     ///< storage key of the record
    std::string savedAt; ///< when it was kept (ISO 8601 UTC), "" when unknown
    std::string name;    ///< the scenario's name, "" when unknown (a damaged record)
    std::string reason;  ///< "replaced by Open demo_x.json"; "" for an autosave kept aside
    bool operator==(const KeptWork&) const = default;
};

/// Every kept record in `store`: the replaced workspaces, newest first, then the autosaves kept aside
/// (kKeptAsideKey, .2, .3, ... up to the first missing one).
std::vector<KeptWork> listKeptWork(KeyValueStore& store);

/// Keeps `scenarioJson` (the scenario file of the workspace being replaced) in a free replaced slot, or in
/// the oldest one when all kMaxKeptReplaced are taken. Returns the key, or "" when the store refused it.
std::string keepReplacedWork(KeyValueStore& store, const std::string& scenarioJson, const KeptNote& note,
                             const std::string& savedAt);

/// The scenario text a kept record holds: the scenario of an autosave envelope, or the record itself when it
/// is not one (a damaged autosave is offered as it is, for the scenario loader to judge).
std::string keptScenarioText(const std::string& record);

/// One line for the Recover menu: "Acme move, kept 2026-12-06 01:10 UTC (replaced by Open demo.json)".
std::string keptWorkLabel(const KeptWork& kept);

} // namespace est::app
