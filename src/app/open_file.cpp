// app/open_file.cpp - routes a dropped or picked file to its reader after one io::sniff.
#include "app/open_file.hpp"

#include "app/brand_commands.hpp"
#include "app/catalogue_file.hpp"
#include "app/partner_theme.hpp"
#include "app/wave_planning.hpp"
#include "formats/text.hpp"

#include <utility>
#include <vector>

namespace est::app {
namespace {

ActionOutcome applyPartnerTheme(AppState& state, std::string_view bytes, const std::string& fileName) {
    ActionOutcome out;
    std::vector<std::string> errors;
    if (std::optional<PartnerTheme> theme = parsePartnerTheme(bytes, errors)) {
        state.notify(Notice::Level::Info, "Partner theme \"" + theme->name + "\" applied.");
        state.setPartner(std::move(*theme));
        out.ok = true;
        return out;
    }
    for (const std::string& e : errors) state.notify(Notice::Level::Error, fileName + ": " + e);
    return out;
}

// A CSV in no known layout waits for its column mapping; preparePendingImport declines the few the importer
// explains better itself (another RVTools tab, binary data).
ActionOutcome inventoryCsvToMap(AppState& state, std::string_view bytes, const std::string& fileName,
                                std::optional<PendingImport>& pending) {
    if (std::optional<PendingImport> held = preparePendingImport(bytes, fileName, state.importSettings)) {
        pending = std::move(held);
        return {true, {}};
    }
    return importInventory(state, bytes, fileName);
}

} // namespace

void reportBillingFile(AppState& state, const TrackerFileOutcome& outcome) {
    if (!outcome.added) {
        if (!outcome.error.empty())
            state.notify(Notice::Level::Error, outcome.error + ". The tracker keeps the files it had.");
        return;
    }
    std::string rows = std::to_string(outcome.rows);
    for (int at = static_cast<int>(rows.size()) - 3; at > 0; at -= 3) rows.insert(static_cast<std::size_t>(at), ",");
    state.notify(Notice::Level::Info, outcome.fileName + ": " + rows + " billing lines read into the credit tracker.");
    for (const std::string& line : outcome.info) state.notify(Notice::Level::Info, outcome.fileName + ": " + line);
}

OpenedFile openFile(AppState& state, std::string_view bytes, const std::string& fileName,
                    std::optional<PendingImport>& pending, const std::string& today) {
    OpenedFile opened;
    opened.sniffed = io::sniff(bytes, fileName);
    ActionOutcome& out = opened.outcome;
    const std::size_t workloadsBefore = state.scenario.workloads.size();
    const std::string nameBefore = state.scenario.settings.name;
    switch (opened.sniffed.kind) {
    case io::FileKind::LogoImage: { // picked in Your brand, or dropped on the page
        opened.touched = OpenedFile::Touched::Brand;
        const std::string error = setPartnerLogo(state, bytes, fileName);
        if (error.empty())
            state.notify(Notice::Level::Info, "Logo " + fileName + " added to your brand.");
        else
            state.notify(Notice::Level::Error, error);
        out.ok = error.empty();
        break;
    }
    case io::FileKind::PartnerThemeJson:
        opened.touched = OpenedFile::Touched::Brand;
        out = applyPartnerTheme(state, bytes, fileName);
        break;
    case io::FileKind::PriceCatalogueJson:
    case io::FileKind::AwsPriceListCsv:
        opened.touched = OpenedFile::Touched::Prices;
        out.ok = useCatalogueFile(state, bytes, fileName, today);
        break;
    case io::FileKind::ScenarioJson:
    case io::FileKind::DefaultsJson: // read as a scenario, as before the sniff: its reader says what does not fit
        out = openScenario(state, bytes, fileName);
        break;
    case io::FileKind::DependencyWorkbook:
    case io::FileKind::DependencyCsv:
        out = importDependencies(state, bytes, fileName);
        break;
    case io::FileKind::RvToolsWorkbook:
    case io::FileKind::InventoryCsv:
        out = importInventory(state, bytes, fileName);
        break;
    case io::FileKind::InventoryCsvToMap:
        out = inventoryCsvToMap(state, bytes, fileName, pending);
        break;
    case io::FileKind::BillingCur:
    case io::FileKind::BillingCur2:
    case io::FileKind::BillingFocus:
    case io::FileKind::BillingCostExplorer:
    case io::FileKind::BillingSummary: {
        opened.touched = OpenedFile::Touched::Tracker;
        const TrackerFileOutcome read = state.tracker.readWhole(fileName, bytes);
        reportBillingFile(state, read);
        out.ok = read.added;
        break;
    }
    case io::FileKind::Unknown:
        // The readers name what is wrong better than "unknown": a .json goes to the scenario reader (its JSON
        // error has a line number), anything else to the inventory importer.
        out = opened.sniffed.container == io::Container::Plain && formats::text::endsWithIgnoreCase(fileName, ".json")
                  ? openScenario(state, bytes, fileName)
                  : importInventory(state, bytes, fileName);
        break;
    }
    opened.estateReplaced =
        out.ok && opened.touched == OpenedFile::Touched::Estate &&
        (state.scenario.workloads.size() != workloadsBefore || state.scenario.settings.name != nameBefore);
    return opened;
}

} // namespace est::app
