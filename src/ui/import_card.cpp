// ui/import_card.cpp - what the last import did, on the overview: counts, skipped rows and why, proposed retirements.
#include "ui/panels.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace est::ui {
namespace {
// "3 workloads imported (2 new, 1 updated)": the parts that are not zero.
std::string importedLine(const app::ImportSummary& s) {
    std::string parts;
    const auto add = [&parts](int n, const char* what) {
        if (n <= 0) return;
        parts += (parts.empty() ? "" : ", ") + std::to_string(n) + " " + what;
    };
    add(s.added, "new");
    add(s.updated, "updated");
    add(s.unchanged, "already in the estate, unchanged");
    return app::countedText(s.imported(), "workload", "workloads") + " imported" +
           (parts.empty() ? "" : " (" + parts + ")") + ".";
}

void lines(const std::vector<std::string>& items) {
    for (const std::string& line : items) ImGui::BulletText("%s", line.c_str());
}
} // namespace

bool importCardShown(const app::AppState& state) {
    // Undone: the history is below the depth the import left.
    return state.lastImport && state.history().undoDepth() >= state.lastImport->undoDepth;
}

void ImportCard::draw(PanelContext& ctx) {
    app::AppState& state = ctx.state;
    if (!importCardShown(state)) return;
    const app::ImportSummary& s = *state.lastImport;
    if (countedRevision != state.resultRevision) {
        retirements = app::proposedRetirements(s, state.scenario, state.result);
        countedRevision = state.resultRevision;
    }
    ImGui::PushID("import-card");
    // A group with a frame drawn round it: the card takes the height of what it says.
    const ImVec2 pad = ImGui::GetStyle().WindowPadding;
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    ImGui::Dummy(ImVec2(0.0f, pad.y * 0.5f));
    ImGui::Indent(pad.x);
    ImGui::PushTextWrapPos(right - ImGui::GetWindowPos().x - pad.x);
    ImGui::BeginGroup();
    ImGui::Text("Imported %s", s.fileName.c_str());
    locateLastItem("importCard");
    ImGui::SameLine();
    ImGui::TextDisabled("(%s)", s.source.c_str());
    ImGui::SameLine();
    const float close = ImGui::CalcTextSize("Dismiss").x + ImGui::GetStyle().FramePadding.x * 2.0f;
    ImGui::SetCursorScreenPos(
        ImVec2(std::max(ImGui::GetCursorScreenPos().x, right - pad.x - close), ImGui::GetCursorScreenPos().y));
    const bool dismissed = ImGui::SmallButton("Dismiss");
    locateLastItem("importCard.dismiss");

    const std::string imported = importedLine(s);
    ImGui::TextWrapped("%s", imported.c_str());
    locateLastItem("importCard.imported");
    if (retirements.total() > 0) {
        std::string why;
        if (retirements.poweredOff > 0) why += std::to_string(retirements.poweredOff) + " powered off";
        if (retirements.idle > 0) why += (why.empty() ? "" : ", ") + std::to_string(retirements.idle) + " idle";
        ImGui::TextWrapped("Proposed for retirement: %s (%s). They cost nothing on AWS until you choose otherwise.",
                           app::countedText(retirements.total(), "workload", "workloads").c_str(), why.c_str());
        locateLastItem("importCard.retirements");
        ImGui::SameLine();
        if (ImGui::SmallButton("Review in Dispositions")) ctx.openPanel = "dispositions";
        locateLastItem("importCard.review");
    }
    if (s.skipped > 0) {
        // Skipped rows are what a user must see: open until closed.
        ImGui::SetNextItemOpen(true, ImGuiCond_Appearing);
        if (ImGui::TreeNode("skipped", "%s skipped, and why", app::countedText(s.skipped, "row", "rows").c_str())) {
            locateLastItem("importCard.skipped");
            lines(s.skippedReasons);
            ImGui::TreePop();
        }
    }
    if (!s.notes.empty()) {
        // Notes are caveats on rows that did import (units read, fields defaulted): closed until asked for.
        if (ImGui::TreeNode("notes", "Notes (%d)", static_cast<int>(s.notes.size()))) {
            lines(s.notes);
            ImGui::TreePop();
        }
        locateLastItem("importCard.notes");
    }
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    ImGui::Unindent(pad.x);
    const ImVec2 top = ImGui::GetItemRectMin();
    const ImVec2 bottom = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(ImVec2(top.x - pad.x, top.y - pad.y * 0.5f),
                                        ImVec2(right, bottom.y + pad.y * 0.5f), ImGui::GetColorU32(ImGuiCol_Border),
                                        ImGui::GetStyle().FrameRounding);
    ImGui::Dummy(ImVec2(0.0f, pad.y * 0.5f));
    ImGui::PopID();
    if (dismissed) state.lastImport.reset();
}

} // namespace est::ui
