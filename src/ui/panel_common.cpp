// ui/panel_common.cpp - helpers the panels share: headings, the invalid-scenario notice, period labels.
#include "ui/panels.hpp"

#include "app/documents.hpp"
#include "model/format.hpp"
#include "ui/theme.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace est::ui {

void heading(const char* text) {
    ImGui::PushFont(largeFont());
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

bool drawInvalid(const PanelContext& ctx) {
    const app::AppState& state = ctx.state;
    if (state.result.ok() && state.result.months > 0) return false;
    if (state.result.ok()) {
        ImGui::TextDisabled("Nothing to show yet: open a demo scenario (File > Demo scenarios), import an inventory, "
                            "or use Quick size.");
        return true;
    }
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colourFail()),
                       "The scenario cannot be estimated until these are fixed:");
    for (const model::ValidationError& e : state.result.errors) ImGui::BulletText("%s", e.toString().c_str());
    return true;
}

void drawWaysIn(PanelContext& ctx) {
    const float width = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30.0f);
    const ImVec2 size(width, ImGui::GetFrameHeight() * 1.6f);
    const std::vector<std::pair<std::string, std::string>> demos = app::demoScenarios();
    if (ImGui::Button("Import your inventory (RVTools .xlsx or a CSV of servers)...", size))
        ctx.requests.importInventory = true;
    locateLastItem("waysin.import");
    ImGui::TextDisabled("Or drop the file anywhere on this page. It stays in this browser.");
    ImGui::Spacing();
    if (!demos.empty()) {
        const auto& [file, title] = demos.size() > 1 ? demos[1] : demos.front();
        if (ImGui::Button(("Open a demo: " + title).c_str(), size)) ctx.requests.demo = file;
        locateLastItem("waysin.demo");
        ImGui::TextDisabled("A finished business case to explore; File > Demo scenarios has the others.");
        ImGui::Spacing();
    }
    if (ImGui::Button("Quick size: five questions, one answer", size)) ctx.openPanel = "quick";
    locateLastItem("waysin.quick");
    ImGui::TextDisabled("Servers, storage and today's spend, without an inventory.");
}

bool drawNoEstate(PanelContext& ctx) {
    if (!ctx.state.scenario.workloads.empty()) return false;
    ImGui::TextUnformatted("No estate yet. Three ways in:");
    ImGui::Spacing();
    drawWaysIn(ctx);
    return true;
}

std::string monthLabel(const model::Settings& s, int m) { return model::monthText(s, m); }

std::string quarterLabel(const model::Settings& s, int q) {
    const int first = s.startQuarter - 1 + q;
    return "Q" + std::to_string(first % 4 + 1) + " " + std::to_string(s.startYear + first / 4);
}

std::string yearLabel(const model::Settings& s, int y) {
    return "Y" + std::to_string(y + 1) + " (" + std::to_string(s.startYear + y) + ")";
}

} // namespace est::ui
