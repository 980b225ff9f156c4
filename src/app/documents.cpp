// app/documents.cpp - file actions: load into a copy, check, then swap in as one undoable step.
#include "app/documents.hpp"
#include "app/import_summary.hpp"
#include "app/wave_planning.hpp"

#include "io/defaults_json.hpp"
#include "io/executive_summary_html.hpp"
#include "io/inventory_import.hpp"
#include "io/report.hpp"
#include "io/rvtools_workbook.hpp"
#include "io/scenario_json.hpp"
#include "io/tagging_plan_csv.hpp"
#include "io/tracker_report.hpp"
#include "io/xlsx_business_case.hpp"
#include "formats/xlsx_reader.hpp"
#include "model/format.hpp"
#include "model/synthetic_estate.hpp"

#include <embedded_assets.hpp>

#include <algorithm>
#include <cctype>

namespace est::app {
namespace {
// Reports at most this many problem lines; the rest are counted (a 100,000-row file can have many).
constexpr std::size_t kMaxListed = 12;

void report(AppState& state, const ActionOutcome& outcome) {
    for (std::size_t i = 0; i < outcome.messages.size(); ++i)
        state.notify(outcome.ok ? (i == 0 ? Notice::Level::Info : Notice::Level::Warning) : Notice::Level::Error,
                     outcome.messages[i]);
}
} // namespace

model::Scenario defaultScenario() {
    const io::DefaultsLoad& loaded = io::embeddedDefaults();
    if (loaded.ok()) return loaded.scenario;
    // Damaged defaults must not leave the app without prices or rules: use the engine's sample instead.
    model::Scenario s = model::makeSyntheticScenario(0, 1);
    s.workloads.clear();
    return s;
}

std::vector<std::pair<std::string, std::string>> demoScenarios() {
    return {{"demo_saas-off-paas.json", "Small SaaS moving off a PaaS"},
            {"demo_onprem-400-vm.json", "400-VM on-premises estate"},
            {"demo_database-heavy.json", "Database-heavy estate"}};
}

ActionOutcome openDemo(AppState& state, const std::string& assetName) {
    const auto bytes = est::assets::find(assetName);
    if (!bytes) return {false, {"Demo scenario " + assetName + " is not in this build."}};
    return openScenario(state, *bytes, assetName);
}

ActionOutcome openScenario(AppState& state, std::string_view bytes, const std::string& fileName) {
    io::ScenarioLoad loaded = io::loadScenario(bytes, state.defaults);
    ActionOutcome out;
    if (!loaded.ok()) {
        out.messages.push_back(fileName + " was not opened; your current scenario is unchanged:");
        listProblems(loaded.errors, kMaxListed, "", out.messages, "problems");
        report(state, out);
        return out;
    }
    out.ok = true;
    const std::size_t workloads = loaded.scenario.workloads.size();
    // Replaced first, so the work it replaces is kept (beforeReplace) with its own mappings, snapshots and theme.
    state.replace(std::move(loaded.scenario), "Open " + fileName);
    state.importSettings = std::move(loaded.import);
    std::vector<std::string> extraNotes;
    const std::string extras = adoptExtras(state, loaded, extraNotes);
    out.messages.push_back("Opened " + fileName + " (" + std::to_string(workloads) + " workloads" + extras + ").");
    listProblems(loaded.warnings, kMaxListed, "note: ", out.messages, "notes");
    out.messages.insert(out.messages.end(), extraNotes.begin(), extraNotes.end());
    report(state, out);
    return out;
}

std::string adoptExtras(AppState& state, io::ScenarioLoad& loaded, std::vector<std::string>& notes) {
    std::string said;
    if (!loaded.snapshots.empty()) {
        for (io::SavedSnapshot& saved : loaded.snapshots) {
            if (state.snapshots.find(saved.name))
                notes.push_back("note: the file's snapshot \"" + saved.name + "\" replaced yours of the same name");
            else if (state.snapshots.list().size() >= SnapshotStore::kMaxSnapshots)
                notes.push_back("note: snapshot \"" + state.snapshots.list().front().name +
                                "\" (the oldest) was removed: at most " + std::to_string(SnapshotStore::kMaxSnapshots) +
                                " are kept");
            model::Result result;
            if (state.estimator) state.estimator(saved.scenario, result);
            state.snapshots.save(saved.name, saved.scenario, result);
        }
        const std::size_t n = loaded.snapshots.size();
        said += ", " + std::to_string(n) + (n == 1 ? " snapshot" : " snapshots");
    }
    if (loaded.partner) {
        PartnerTheme theme;
        static_cast<io::PartnerBrand&>(theme) = std::move(*loaded.partner);
        said += ", partner theme \"" + theme.name + "\"";
        state.setPartner(std::move(theme));
    }
    return said;
}

ActionOutcome mergeInventoryImport(AppState& state, const io::InventoryImport& inventory, const std::string& fileName,
                                   const std::string& formatText) {
    ActionOutcome out;
    if (!inventory.readable || inventory.workloads.empty()) {
        out.messages.push_back(fileName + " was not imported; your estate is unchanged:");
        listProblems(inventory.problems, kMaxListed, "", out.messages, "problems");
        if (inventory.problems.empty()) out.messages.push_back("no workload rows were found");
        report(state, out);
        return out;
    }
    io::MergeReport merged;
    state.edit("Import " + fileName, EditScope::Workloads, [&](model::Scenario& s) {
        // A first import names the scenario after its file; an import into an estate keeps its name.
        if (s.workloads.empty()) s.settings.name = scenarioNameFromFile(fileName);
        merged = io::mergeInventory(s, inventory);
        // Imported workloads name wave 1; a scenario without waves gets one so it stays valid.
        if (s.plan.waves.empty()) s.plan.waves = state.defaults.plan.waves;
        if (s.plan.waves.empty()) s.plan.waves.push_back(model::Wave{"Wave 1", 3, 6, 2});
    });
    out.ok = true;
    // The dialect only when it says more than the format ("Azure Migrate import, Azure Migrate import CSV" said it
    // twice).
    const bool dialectAddsSomething = !inventory.dialect.empty() &&
                                      !model::containsIgnoreCase(inventory.dialect, formatText) &&
                                      !model::containsIgnoreCase(formatText, inventory.dialect);
    const std::string source = formatText + (dialectAddsSomething ? ", " + inventory.dialect : "");
    out.messages.push_back("Imported " + fileName + " (" + source + "): " + io::summaryLine(merged) + ".");
    report(state, out); // one line: the skipped rows and notes are on the import card (the overview)
    state.lastImport = summarizeImport(fileName, source, inventory, merged);
    state.lastImport->undoDepth = state.history().undoDepth();
    state.lastImport->notice = out.messages.front();
    // An inventory has no waves: hundreds of servers in one wave is no plan to show a customer. A first plan is its
    // own step after the import (Ctrl+Z undoes the plan alone).
    planFirstWavesIfOneWave(state);
    return out;
}

ActionOutcome importInventory(AppState& state, std::string_view bytes, const std::string& fileName) {
    if (formats::looksLikeXlsx(bytes)) {
        io::RvToolsWorkbookImport book = io::importRvToolsWorkbook(bytes);
        return mergeInventoryImport(state, book.inventory, fileName, "RVTools workbook");
    }
    // A mapping the scenario remembers for this header layout is used before any guess.
    io::FileImport file = io::importInventoryBytes(bytes, fileName, state.importSettings);
    return mergeInventoryImport(state, file.inventory, fileName, io::formatLabel(file.inventory.format));
}

std::string scenarioJson(const AppState& state) {
    io::ScenarioExtras extras;
    extras.snapshots = state.snapshots.saved();
    extras.partner = &state.partner;
    return io::saveScenario(state.scenario, state.importSettings, extras);
}

std::string scenarioOnlyJson(const AppState& state) { return io::saveScenario(state.scenario, state.importSettings); }

std::string quickSizeShareJson(const AppState& state) {
    return io::saveScenario(state.quick.scenario, state.importSettings);
}

std::string downloadNotice(const Download& d, ExportKind kind) {
    switch (kind) {
    case ExportKind::ExecutiveSummary:
        return "Downloaded " + d.fileName + ": the summary as a web page; open it in your browser and print it to PDF.";
    case ExportKind::Html:
        return "Downloaded " + d.fileName +
               ": the detailed appendix as a web page; open it in your browser to read or print it.";
    default:
        return "Downloaded " + d.fileName + ".";
    }
}

AutosaveWork autosaveWork(const AppState& state, const PendingImport* pending) {
    AutosaveWork work;
    work.scenarioJson = scenarioJson(state);
    work.scenarioOnlyJson = [&state] { return scenarioOnlyJson(state); };
    const std::size_t n = state.snapshots.list().size();
    if (n > 0) work.leftOutWhenLean = std::to_string(n) + (n == 1 ? " snapshot" : " snapshots");
    if (!state.partner.name.empty()) work.leftOutWhenLean += (n > 0 ? " and " : "") + std::string("the partner theme");
    if (pending != nullptr) work.pending = pending->record();
    return work;
}

std::string fileStem(const std::string& name) {
    std::string out;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            out += static_cast<char>(std::tolower(u));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "scenario" : out;
}

Download exportFile(const AppState& state, ExportKind kind, std::vector<std::string>& messages,
                    std::string_view isoDate) {
    const std::string stem = fileStem(state.scenario.settings.name);
    if (kind == ExportKind::ScenarioJson) return {stem + ".json", "application/json", scenarioJson(state)};
    if (kind == ExportKind::UntaggedResourcesCsv) { // the tracker's, whatever the scenario
        if (state.tracker.empty()) {
            messages.push_back("Open a billing export first: the untagged resources come from it.");
            return {};
        }
        return {"untagged-resources.csv", "text/csv", io::untaggedResourcesCsv(state.tracker.result())};
    }
    if (!state.result.ok()) {
        messages.push_back("The report cannot be made until the scenario is valid.");
        return {};
    }
    switch (kind) {
    case ExportKind::ResultJson:
        return {stem + "-result.json", "application/json", io::resultJson(state.scenario, state.result)};
    case ExportKind::SeriesCsv:
        return {stem + "-monthly.csv", "text/csv",
                io::seriesCsv(state.scenario, state.result, io::SeriesPeriod::Monthly)};
    case ExportKind::Html:
        return {stem + "-report.html", "text/html",
                io::htmlReport(state.scenario, state.result, io::embeddedDefaults().ledger, &state.partner)};
    case ExportKind::Xlsx:
        return {stem + "-business-case.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                io::writeBusinessCaseXlsx(state.scenario, state.result, &state.partner)};
    case ExportKind::TaggingPlanCsv:
        return {stem + "-tagging-plan.csv", "text/csv", io::taggingPlanCsv(state.scenario, state.result)};
    case ExportKind::ExecutiveSummary:
        return {stem + "-executive-summary.html", "text/html",
                io::executiveSummaryHtml(state.scenario, state.result, io::embeddedDefaults().ledger, &state.partner,
                                         isoDate)};
    case ExportKind::ScenarioJson:
    case ExportKind::UntaggedResourcesCsv:
        break; // handled above: neither needs a valid scenario
    }
    return {};
}

Download exportQuickSizeSummary(const AppState& state, std::vector<std::string>& messages, std::string_view isoDate) {
    const QuickSizeState& quick = state.quick;
    if (!quick.result.ok() || quick.result.months == 0) {
        messages.push_back("The summary cannot be made until the quick-size answers can be estimated.");
        return {};
    }
    return {
        fileStem(quick.scenario.settings.name) + "-executive-summary.html", "text/html",
        io::executiveSummaryHtml(quick.scenario, quick.result, io::embeddedDefaults().ledger, &state.partner, isoDate)};
}

} // namespace est::app
