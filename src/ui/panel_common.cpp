// ui/panel_common.cpp - helpers the panels share: headings, the invalid-scenario notice, period labels.
#include "ui/panels.hpp"

#include "model/format.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

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

std::string monthLabel(const model::Settings& s, int m) { return model::monthText(s, m); }

std::string quarterLabel(const model::Settings& s, int q) {
    const int first = s.startQuarter - 1 + q;
    return "Q" + std::to_string(first % 4 + 1) + " " + std::to_string(s.startYear + first / 4);
}

std::string yearLabel(const model::Settings& s, int y) { return "Y" + std::to_string(y + 1) + " (" + std::to_string(s.startYear + y) + ")"; }

} // namespace est::ui
