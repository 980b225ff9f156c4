// ui/workspace.cpp - lays out the estimator: menu bar, side bar of panels, the panel, notices and status line.
#include "ui/workspace.hpp"

#include "app/documents.hpp"
#include "model/names.hpp"
#include "ui/glossary.hpp"
#include "ui/partner_logo.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace est::ui {
namespace {
constexpr const char* kPanelKeys[kPanelCount] = {"overview", "quick",     "estate",      "dispositions", "assumptions",
                                                 "tco",      "funding",   "eligibility", "compare",      "uncertainty",
                                                 "goalseek", "snapshots", "waves",       "today",        "tracker"};

// The side bar tells the story first, numbered like Present's steps, then the data behind it and the tools.
struct NavEntry {
    PanelId id;
    const char* label;
    bool indented = false;
};
constexpr NavEntry kStory[] = {{PanelId::Overview, "1  Overview"},
                               {PanelId::Today, "2  Today"},
                               {PanelId::Tco, "3  On AWS"},
                               {PanelId::Funding, "4  Funding"},
                               {PanelId::Eligibility, "Eligibility", true},
                               {PanelId::Waves, "5  Plan"},
                               {PanelId::Tracker, "6  Tracker"}};
constexpr NavEntry kData[] = {
    {PanelId::Estate, "Estate"}, {PanelId::Dispositions, "Dispositions"}, {PanelId::Assumptions, "Assumptions"}};
constexpr NavEntry kTools[] = {{PanelId::Compare, "Compare"},
                               {PanelId::Uncertainty, "Uncertainty"},
                               {PanelId::GoalSeek, "Goal seek"},
                               {PanelId::Snapshots, "Snapshots"}};
} // namespace

const char* panelName(PanelId id) {
    static constexpr const char* kNames[kPanelCount] = {
        "Overview", "Quick size",  "Estate",    "Dispositions", "Assumptions", "On AWS", "Funding", "Eligibility",
        "Compare",  "Uncertainty", "Goal seek", "Snapshots",    "Plan",        "Today",  "Tracker"};
    return kNames[static_cast<int>(id)];
}

const char* panelKey(PanelId id) { return kPanelKeys[static_cast<int>(id)]; }

void Workspace::applyTo(const app::AppState& state, ThemeSettings& theme) const {
    theme.kind = present.active ? ThemeKind::Light : view.theme; // Present: the light projector theme
    theme.present = present.active;
    // The screen Present fills, in CSS pixels (the last frame's display: one frame late after a resize). Rounded to
    // 8 px so a window being dragged does not rebuild the font atlas at every pixel.
    const float cssHeight = ImGui::GetIO().DisplaySize.y / std::max(theme.pixelRatio, 0.5f);
    theme.presentScreenHeight = present.active && cssHeight > 0.0f ? std::round(cssHeight / 8.0f) * 8.0f : 0.0f;
    theme.accentRgb = state.partner.accentRgb;
}

namespace {

struct ExportItem {
    const char* label;
    const char* locatorName; ///< after the menu's prefix
    app::ExportKind kind;
};

template <std::size_t N>
void exportItems(const ExportItem (&items)[N], app::Requests& requests, const std::string& locatorPrefix) {
    for (const ExportItem& item : items) {
        if (ImGui::MenuItem(item.label)) {
            requests.exportReport = true;
            requests.exportKind = item.kind;
        }
        locateLastItem(locatorPrefix + item.locatorName);
    }
}

// What a CFO reads: the two-page summary first, then the appendix and the workbook behind it.
void shareItems(app::Requests& requests, const std::string& locatorPrefix) {
    const ExportItem items[] = {{"Executive summary (print to PDF)", "summary", app::ExportKind::ExecutiveSummary},
                                {"Detailed appendix (printable report)", "html", app::ExportKind::Html},
                                {"Business case (Excel)", "xlsx", app::ExportKind::Xlsx}};
    exportItems(items, requests, locatorPrefix);
}

} // namespace

void Workspace::menuBar(app::AppState& state, app::Requests& requests) {
    if (!ImGui::BeginMenuBar()) return;
    ImGui::TextUnformatted("Migration Funding Estimator");
    locateLastItem("title");
    if (!state.partner.name.empty()) {
        ImGui::TextDisabled("|");
        // The partner's logo at the menu bar's height on a light chip: a dark wordmark would vanish on the dark bar.
        partnerLogoOnChip(state.partner, ImGui::GetFontSize() + ImGui::GetStyle().FramePadding.y, "partner.logo");
        ImGui::TextUnformatted(state.partner.name.c_str());
        locateLastItem("partner.name");
    }
    ImGui::Spacing();
    const bool fileOpen = ImGui::BeginMenu("File");
    locateLastItem("menu.file");
    if (fileOpen) {
        if (ImGui::MenuItem("New scenario")) state.replace(state.defaults, "New scenario");
        if (ImGui::MenuItem("Open scenario or inventory...")) requests.openScenario = true;
        if (ImGui::MenuItem("Import inventory...")) requests.importInventory = true;
        if (ImGui::MenuItem("Save scenario", "Ctrl+S")) requests.saveScenario = true;
        if (ImGui::MenuItem("Your brand...")) brand.open = true;
        locateLastItem("menu.brand");
        if (ImGui::BeginMenu("Demo scenarios")) {
            for (const auto& [file, title] : app::demoScenarios()) {
                if (ImGui::MenuItem(title.c_str())) requests.demo = file;
                locateLastItem("menu.demo." + file);
            }
            ImGui::EndMenu();
        }
        ImGui::Separator();
        const bool exportOpen = ImGui::BeginMenu("Export");
        locateLastItem("menu.export");
        if (exportOpen) {
            shareItems(requests, "menu.export.");
            const bool advancedOpen = ImGui::BeginMenu("Advanced");
            locateLastItem("menu.export.advanced");
            if (advancedOpen) {
                const ExportItem items[] = {{"Scenario (JSON)", "scenario", app::ExportKind::ScenarioJson},
                                            {"Result (JSON)", "result", app::ExportKind::ResultJson},
                                            {"Monthly series (CSV)", "series", app::ExportKind::SeriesCsv},
                                            {"MAP tagging plan (CSV)", "tagging", app::ExportKind::TaggingPlanCsv}};
                exportItems(items, requests, "menu.export.");
                ImGui::EndMenu();
            }
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem("Copy share link")) requests.shareLink = true;
        locateLastItem("menu.share");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(
                "The scenario is compressed into the link itself (after #): nothing is sent to any server.");
        ImGui::Separator();
        // Work kept in this browser instead of lost: what an open, link, demo or quick size replaced, and
        // autosaves that could not be restored. Reopening one is itself a replacement, so nothing is lost either way.
        const bool recoverOpen = ImGui::BeginMenu("Recover kept work", !state.kept.empty());
        locateLastItem("menu.recover");
        if (recoverOpen) {
            for (std::size_t i = 0; i < state.kept.size(); ++i) {
                if (ImGui::MenuItem(app::keptWorkLabel(state.kept[i]).c_str())) requests.recoverKey = state.kept[i].key;
                locateLastItem("menu.recover." + std::to_string(i));
            }
            ImGui::EndMenu();
        }
        if (state.kept.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("Nothing is kept: work an open, a link, a demo or a quick size replaces is kept here.");
        ImGui::EndMenu();
    }
    // The business case for the person who signs: a top-level menu, not an item three levels down.
    const bool cfoOpen = ImGui::BeginMenu("Share with your CFO");
    locateLastItem("menu.cfo");
    if (cfoOpen) {
        shareItems(requests, "menu.cfo.");
        ImGui::Separator();
        // Who the documents are for and from, next to the documents themselves.
        if (ImGui::MenuItem("Your brand and customer...")) brand.open = true;
        locateLastItem("menu.cfo.brand");
        ImGui::EndMenu();
    }
    const bool editOpen = ImGui::BeginMenu("Edit");
    locateLastItem("menu.edit");
    if (editOpen) {
        const std::string undo = "Undo " + state.history().undoLabel();
        const std::string redo = "Redo " + state.history().redoLabel();
        if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, state.history().canUndo())) state.undo();
        locateLastItem("menu.undo");
        if (ImGui::MenuItem(redo.c_str(), "Ctrl+Y", false, state.history().canRedo())) state.redo();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Dark theme", nullptr, view.theme == ThemeKind::Dark)) view.theme = ThemeKind::Dark;
        if (ImGui::MenuItem("Light theme", nullptr, view.theme == ThemeKind::Light)) view.theme = ThemeKind::Light;
        ImGui::Separator();
        if (ImGui::BeginMenu("Number format")) {
            if (ImGui::MenuItem("1,234.56", nullptr, view.numberStyle == NumberStyle::CommaDot))
                view.numberStyle = NumberStyle::CommaDot;
            if (ImGui::MenuItem("1.234,56", nullptr, view.numberStyle == NumberStyle::DotComma))
                view.numberStyle = NumberStyle::DotComma;
            if (ImGui::MenuItem("1 234,56", nullptr, view.numberStyle == NumberStyle::SpaceComma))
                view.numberStyle = NumberStyle::SpaceComma;
            ImGui::MenuItem("Symbol after the amount", nullptr, &view.symbolAfter);
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu("Currency")) {
            model::Settings settings = state.scenario.settings;
            char symbol[8] = {};
            settings.currencySymbol.copy(symbol, sizeof symbol - 1);
            bool changed = false;
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
            if (ImGui::InputText("Symbol", symbol, sizeof symbol)) {
                settings.currencySymbol = symbol;
                changed = true;
            }
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
            char code[8] = {};
            settings.currencyCode.copy(code, sizeof code - 1);
            if (ImGui::InputText("Code", code, sizeof code)) {
                settings.currencyCode = code;
                changed = true;
            }
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
            if (ImGui::InputDouble("per USD", &settings.usdToDisplayRate, 0.01, 0.1, "%.4f") &&
                settings.usdToDisplayRate > 0.0)
                changed = true;
            if (changed)
                state.edit(
                    "Set currency", app::EditScope::Settings, [settings](model::Scenario& s) { s.settings = settings; },
                    "currency");
            if (ImGui::IsItemDeactivatedAfterEdit()) state.endGesture();
            ImGui::EndMenu();
        }
        ImGui::EndMenu();
    }
    const bool helpOpen = ImGui::BeginMenu("Help");
    locateLastItem("menu.help");
    if (helpOpen) {
        ImGui::MenuItem("Glossary", nullptr, &glossary.open);
        locateLastItem("menu.glossary");
        ImGui::MenuItem("About the estimator", nullptr, &showAbout);
        ImGui::Separator();
        ImGui::TextDisabled("Keys: Ctrl+Z undo, Ctrl+Y redo, Ctrl+S save, P present");
        ImGui::TextDisabled("Drop a file anywhere to import it");
        ImGui::EndMenu();
    }
    // Present, always in sight at the right end. The platform asks the browser for full screen from the mouse press
    // on this rectangle (a user gesture); the click itself enters Present here.
    const char* presentLabel = "Present";
    const float presentWidth = ImGui::CalcTextSize(presentLabel).x + ImGui::GetStyle().FramePadding.x * 2.0f;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - presentWidth));
    if (ImGui::Button(presentLabel)) present.enter();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Full-screen slides of this business case for a projector (key P)");
    locateLastItem("menu.present");
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    presentButton = {min.x, min.y, max.x - min.x, max.y - min.y};
    ImGui::EndMenuBar();
}

void Workspace::sideBar(app::AppState& state, float bottomReserve) {
    const float width = ImGui::GetFontSize() * 10.0f;
    ImGui::BeginChild("sidebar", ImVec2(width, -bottomReserve), true);
    auto entry = [&](const NavEntry& e) {
        if (e.indented) ImGui::Indent();
        if (ImGui::Selectable(e.label, current == e.id, 0, ImVec2(0, ImGui::GetFontSize() * 1.6f))) current = e.id;
        locateLastItem(std::string("nav.") + panelKey(e.id));
        if (e.indented) ImGui::Unindent();
    };
    entry({PanelId::QuickSize, "Quick size"});
    ImGui::Spacing();
    ImGui::TextDisabled("Business case");
    for (const NavEntry& e : kStory) entry(e);
    ImGui::Spacing();
    ImGui::TextDisabled("Data");
    for (const NavEntry& e : kData) entry(e);
    ImGui::Spacing();
    ImGui::TextDisabled("Tools");
    for (const NavEntry& e : kTools) entry(e);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextWrapped("%s", state.scenario.settings.name.c_str());
    ImGui::TextDisabled("%d workloads", static_cast<int>(state.scenario.workloads.size()));
    // MAP funding of the workspace, once it holds an estate (an empty one has no verdict; the quick size shows its
    // own).
    if (state.hasResult() && !state.result.workloads.empty() && current != PanelId::QuickSize) {
        ImGui::TextDisabled("MAP funding:");
        ImGui::TextUnformatted(state.summary.badge.c_str());
        locateLastItem("sidebar.verdict");
    }
    ImGui::EndChild();
}

// A notice's text width: the window's, less its dismiss button and the window's padding.
float Workspace::noticeWrapWidth() const {
    const ImGuiStyle& style = ImGui::GetStyle();
    return std::max(ImGui::GetFontSize() * 10.0f, ImGui::GetMainViewport()->WorkSize.x - style.WindowPadding.x * 2.0f -
                                                      ImGui::CalcTextSize("x").x - style.FramePadding.x * 2.0f -
                                                      style.ItemSpacing.x);
}

std::vector<std::size_t> Workspace::shownNotices(const app::AppState& state) const {
    // The import's own notice says what the card says: one of them is enough where the card is drawn.
    const bool cardSaysIt = current == PanelId::Overview && importCardShown(state);
    std::vector<std::size_t> shown;
    for (std::size_t i = state.notices.size(); i-- > 0 && shown.size() < 3;)
        if (!(cardSaysIt && state.notices[i].text == state.lastImport->notice)) shown.push_back(i);
    return shown;
}

void Workspace::statusLine(app::AppState& state) {
    // The newest notices, each dismissable; errors stay until dismissed.
    const std::vector<std::size_t> indices = shownNotices(state);
    for (std::size_t shown = 0; shown < indices.size(); ++shown) {
        const std::size_t i = indices[shown];
        const app::Notice& n = state.notices[i];
        const ImVec4 colour = n.level == app::Notice::Level::Error     ? ImGui::ColorConvertU32ToFloat4(colourFail())
                              : n.level == app::Notice::Level::Warning ? ImVec4(0.95f, 0.7f, 0.2f, 1.0f)
                                                                       : ImGui::GetStyle().Colors[ImGuiCol_Text];
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::SmallButton("x")) {
            state.notices.erase(state.notices.begin() + static_cast<std::ptrdiff_t>(i));
            ImGui::PopID();
            break;
        }
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + noticeWrapWidth());
        ImGui::TextUnformatted(n.text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        if (shown == 0) locateLastItem("notice.latest");
        locateLastItem("notice." + std::to_string(shown));
        ImGui::PopID();
    }
    const bool unsaved = state.revision != state.savedRevision;
    // Save state and the last edit; the shortcuts live in the Help menu and on hover, not on every screen.
    ImGui::TextDisabled("%s%s  |  %s", unsaved ? "unsaved changes" : "saved",
                        state.autosaveRefused                       ? " (not autosaved: the browser refused)"
                        : state.autosavedRevision == state.revision ? " (autosaved in this browser)"
                                                                    : "",
                        state.history().canUndo() ? ("last edit: " + state.history().undoLabel()).c_str()
                                                  : "no edits yet");
    locateLastItem("status.line");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Ctrl+Z undo, Ctrl+Y redo, Ctrl+S save, P present; drop a file anywhere to import");
}

void Workspace::draw(app::AppState& state, app::Requests& requests) {
    PanelContext ctx{state, requests, formatFor(state.scenario.settings, view.numberStyle, view.symbolAfter)};
    if (present.active) {
        present.draw(ctx);
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    // No background: the platform clears the canvas to the window colour (a second full-screen fill cost every frame).
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoBackground;
    ImGui::Begin("Migration Funding Estimator", nullptr, flags);
    menuBar(state, requests);

    // Room for the status line and up to three notices, each wrapped to the window's width (a long one is never cut
    // at the screen's edge), no more than what is shown.
    float noticesHeight = 0.0f;
    const float wrapWidth = noticeWrapWidth();
    for (std::size_t i : shownNotices(state))
        noticesHeight += std::max(ImGui::GetFrameHeight(),
                                  ImGui::CalcTextSize(state.notices[i].text.c_str(), nullptr, false, wrapWidth).y) +
                         ImGui::GetStyle().ItemSpacing.y;
    const float statusHeight = ImGui::GetFrameHeightWithSpacing() * 1.2f + noticesHeight;
    sideBar(state, statusHeight);
    ImGui::SameLine();
    ImGui::BeginChild("panel", ImVec2(0, -statusHeight), false);
    switch (current) {
    case PanelId::Overview:
        overview.draw(ctx);
        break;
    case PanelId::Today:
        today.draw(ctx);
        break;
    case PanelId::QuickSize:
        if (quickSize.draw(ctx)) {
            state.adoptQuickSize();
            current = PanelId::Overview;
        }
        break;
    case PanelId::Estate:
        estate.draw(ctx);
        break;
    case PanelId::Dispositions:
        dispositions.draw(ctx);
        break;
    case PanelId::Assumptions:
        assumptions.draw(ctx);
        break;
    case PanelId::Tco:
        tco.draw(ctx);
        break;
    case PanelId::Funding:
        funding.draw(ctx);
        break;
    case PanelId::Eligibility:
        eligibility.draw(ctx);
        break;
    case PanelId::Compare:
        compare.draw(ctx);
        break;
    case PanelId::Uncertainty:
        uncertainty.draw(ctx);
        break;
    case PanelId::GoalSeek:
        goalSeek.draw(ctx);
        break;
    case PanelId::Snapshots:
        snapshots.draw(ctx);
        break;
    case PanelId::Waves:
        waves.draw(ctx);
        break;
    case PanelId::Tracker:
        tracker.draw(ctx);
        break;
    }
    ImGui::EndChild();
    if (ctx.openPanel != nullptr)
        for (int i = 0; i < kPanelCount; ++i)
            if (std::string_view(kPanelKeys[i]) == ctx.openPanel) current = static_cast<PanelId>(i);
    statusLine(state);
    ImGui::End();

    glossary.draw();
    brand.draw(state, requests);
    if (showAbout) {
        ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30.0f, 0), ImGuiCond_Appearing);
        if (ImGui::Begin("About", &showAbout, ImGuiWindowFlags_NoCollapse)) {
            ImGui::TextWrapped("Sizes a move to AWS before anyone signs anything: total cost of ownership, a 7-Rs "
                               "disposition per application, and the MAP funding ladder with its eligibility checks. "
                               "Everything runs in this browser tab; nothing is sent to any server. Figures are "
                               "estimates from public list prices and program documents; check the Assumptions panel "
                               "for each source.");
        }
        ImGui::End();
    }
}

} // namespace est::ui
