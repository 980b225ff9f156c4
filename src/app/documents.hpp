// app/documents.hpp - open / save / import / export over io: every action reports its problems and never loses
// the scenario being edited when a file is bad.
#pragma once

#include "app/app_state.hpp"
#include "app/autosave.hpp"
#include "app/pending_import.hpp"
#include "app/requests.hpp"
#include "io/inventory.hpp"
#include "io/scenario_json.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::app {

/// What an action did: `ok` false means nothing changed; `messages` are for the user either way.
struct ActionOutcome {
    bool ok = false;
    std::vector<std::string> messages;
};

/// The default scenario (assets/defaults.json + price table), or the engine's fallback when those are damaged.
model::Scenario defaultScenario();
/// A demo scenario by asset name ("demo_saas-off-paas.json") from the embedded assets; names come from
/// demoScenarios(). The web app does not embed them (it fetches the file and calls openScenario()): there this says
/// the demo is not in this build.
ActionOutcome openDemo(AppState& state, const std::string& assetName);
/// The demo scenarios, embedded or beside the web app (assets/demo_*.json): {asset name, display title}.
std::vector<std::pair<std::string, std::string>> demoScenarios();
/// Opens scenario JSON bytes as one undoable step. On any load error the current scenario stays. Snapshots in the
/// file join yours (a same-named one is replaced) and its partner theme, if any, is applied: neither is undoable.
ActionOutcome openScenario(AppState& state, std::string_view bytes, const std::string& fileName);
/// Imports an inventory (CSV of any known format, or an RVTools .xlsx) and merges it by id as one undoable step.
ActionOutcome importInventory(AppState& state, std::string_view bytes, const std::string& fileName);
/// Merges an already-read inventory into the scenario as one undoable step and reports it (label = format).
/// Nothing changes when it is unreadable or has no workloads.
ActionOutcome mergeInventoryImport(AppState& state, const io::InventoryImport& inventory, const std::string& fileName,
                                   const std::string& formatText);
/// Adds the snapshots of a loaded file to the store (results computed with state.estimator) and applies its
/// partner theme. Returns ", 2 snapshots, partner theme \"Acme\"" for the report; `notes` gets replacements.
std::string adoptExtras(AppState& state, io::ScenarioLoad& loaded, std::vector<std::string>& notes);
/// The scenario file: the scenario with its import settings, snapshots and partner theme (also the autosave's).
std::string scenarioJson(const AppState& state);
/// The scenario and its import settings only (the share link, which must stay short).
std::string scenarioOnlyJson(const AppState& state);
/// The quick size's scenario as a share link carries it (its answers, not the workspace's scenario).
std::string quickSizeShareJson(const AppState& state);
/// What the autosave keeps: the scenario file, the lean fallback and the file waiting for its mapping (may be null).
AutosaveWork autosaveWork(const AppState& state, const PendingImport* pending);

/// A file to download.
struct Download {
    std::string fileName;
    std::string mime;
    std::string bytes;
};
/// Builds an export of the current scenario / result. Empty bytes and messages when it cannot be made. `isoDate`
/// ("2026-12-02") is the date the executive summary says it was prepared on.
Download exportFile(const AppState& state, ExportKind kind, std::vector<std::string>& messages,
                    std::string_view isoDate = {});
/// The executive summary of the quick size's answers (its own scenario and result), leaving the workspace alone:
/// the quick size's way out must not replace what the user is working on.
Download exportQuickSizeSummary(const AppState& state, std::vector<std::string>& messages,
                                std::string_view isoDate = {});
/// The notice after a download: the file's name and what it is ("a web page: open it in your browser and print
/// it to PDF" for the HTML documents). Never a page count: the printed length depends on the estate and the paper.
std::string downloadNotice(const Download& d, ExportKind kind);
/// A file-name-safe version of the scenario name ("Acme move" -> "acme-move").
std::string fileStem(const std::string& name);

} // namespace est::app
