// ui/assumptions_panel.cpp - the assumption registry as an editable table with defaults, sources and reset.
#include "io/defaults_json.hpp"
#include "model/assumptions.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>

namespace est::ui {
namespace {
bool matches(std::string_view text, const char* needle) {
    if (!*needle) return true;
    const std::string_view n(needle);
    return std::search(text.begin(), text.end(), n.begin(), n.end(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           }) != text.end();
}

std::string shown(const model::Assumption& a, double v, const NumberFormat& f) {
    switch (a.unit) {
    case model::AssumptionUnit::Usd: return money(v, f);
    case model::AssumptionUnit::Percent: return percent(v, f, 1);
    default: return number(v, f, a.integer ? 0 : 2) + " " + std::string(model::unitLabel(a.unit));
    }
}
} // namespace

void AssumptionsPanel::draw(PanelContext& ctx) {
    app::AppState& state = ctx.state;
    heading("Assumptions");
    ImGui::TextWrapped("Every driver and program parameter, with its default and the document it comes from. "
                       "Edits are undoable (Ctrl+Z).");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    ImGui::InputTextWithHint("##afilter", "Filter assumptions", filter, sizeof filter);
    const io::DefaultsLedger& ledger = io::embeddedDefaults().ledger;
    const NumberFormat& f = ctx.format;
    if (!ImGui::BeginTable("assumptions", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersOuter |
                                                 ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Assumption", 0, 2.2f);
    ImGui::TableSetupColumn("Value", 0, 1.6f);
    ImGui::TableSetupColumn("Default", 0, 1.0f);
    ImGui::TableSetupColumn("Source", 0, 3.0f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3.5f);
    ImGui::TableHeadersRow();
    for (const model::Assumption& a : model::assumptions()) {
        if (!matches(a.label, filter) && !matches(a.key, filter)) continue;
        const std::string key(a.key);
        ImGui::TableNextRow();
        ImGui::PushID(key.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(std::string(a.label).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", key.c_str());
        ImGui::TableNextColumn();
        double value = a.get(state.scenario);
        const double defaultValue = a.get(state.defaults);
        bool changed = false;
        ImGui::SetNextItemWidth(-1);
        if (ctx.presenter) {
            copyableText("v", shown(a, value, f), number(value, f, 4));
        } else if (a.unit == model::AssumptionUnit::Percent) {
            changed = inputPercent("##v", value, -1000.0, 1000.0);
        } else if (a.unit == model::AssumptionUnit::Usd) {
            changed = inputMoney("##v", value, f, 100.0);
        } else if (a.integer) {
            int n = static_cast<int>(value);
            changed = ImGui::InputInt("##v", &n);
            value = n;
        } else {
            changed = ImGui::InputDouble("##v", &value, 0.0, 0.0, "%.3f");
        }
        if (key == "program.assessPctOfArr") locateLastItem("assumptions.assessPct");
        if (changed) {
            const model::Assumption* entry = &a;
            state.edit("Set " + std::string(a.label), app::EditScope::Settings,
                       [entry, value](model::Scenario& s) { entry->set(s, value); }, "assumption:" + key);
        }
        if (ImGui::IsItemDeactivatedAfterEdit()) state.endGesture();
        ImGui::TableNextColumn();
        copyableText("d", shown(a, defaultValue, f), number(defaultValue, f, 4));
        ImGui::TableNextColumn();
        if (const io::DefaultEntry* entry = ledger.find(a.key)) {
            ImGui::TextWrapped("%s", entry->source.c_str());
            if (ImGui::IsItemHovered() && (!entry->date.empty() || !entry->confidence.empty()))
                ImGui::SetTooltip("Read %s; confidence %s", entry->date.c_str(), entry->confidence.c_str());
        } else {
            ImGui::TextDisabled("engine fallback");
        }
        ImGui::TableNextColumn();
        if (value != defaultValue && !ctx.presenter && ImGui::SmallButton("Reset")) {
            const model::Assumption* entry = &a;
            state.edit("Reset " + std::string(a.label), app::EditScope::Settings,
                       [entry, defaultValue](model::Scenario& s) { entry->set(s, defaultValue); });
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

} // namespace est::ui
