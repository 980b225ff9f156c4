// ui/assumptions_panel.cpp - the assumption registry as an editable table with defaults, sources and reset.
#include "io/defaults_json.hpp"
#include "model/assumptions.hpp"
#include "model/format.hpp"
#include "ui/lever_format.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace est::ui {
namespace {
// Empty matches everything; else a case-insensitive part of the text.
bool matches(std::string_view text, const char* needle) { return !*needle || model::containsIgnoreCase(text, needle); }

std::string shown(const model::Assumption& a, double v, const NumberFormat& f) {
    return unitValueText(a.unit, a.integer, v, f);
}

// A signed money delta: "+$12,300", "-$4,000", "no change".
std::string signedMoney(double usd, const NumberFormat& f) {
    if (std::fabs(usd * f.rate) < 0.5) return "no change";
    return (usd > 0.0 ? "+" : "") + money(usd, f);
}
} // namespace

void AssumptionsPanel::draw(PanelContext& ctx) {
    app::AppState& state = ctx.state;
    heading("Assumptions");
    ImGui::TextWrapped("Every driver and program parameter, with its default and the document it comes from. "
                       "Edits are undoable (Ctrl+Z).");
    customerName.draw(state, "assumptions.customerName", ImGui::GetFontSize() * 16.0f);
    m_prices.draw(ctx);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    ImGui::InputTextWithHint("##afilter", "Filter assumptions", filter, sizeof filter);
    locateLastItem("assumptions.filter");
    const io::DefaultsLedger& ledger = io::embeddedDefaults().ledger;
    const NumberFormat& f = ctx.format;
    // Effects of changed assumptions: one extra estimate each, at most two per frame, cached by revision.
    if (state.hasResult())
        state.assumptionEffects.update(state.scenario, state.result, state.defaults, state.revision, state.estimator,
                                       2);
    int changedCount = 0;
    for (const model::Assumption& a : model::assumptions())
        if (app::assumptionChanged(a.key, state.scenario, state.defaults)) ++changedCount;
    ImGui::SameLine();
    ImGui::Checkbox("Only changed", &onlyChanged);
    ImGui::SameLine();
    ImGui::TextDisabled("%d changed from the defaults", changedCount);
    // The table takes the rest of the panel, and never less than a screenful of rows: with little room left the
    // panel scrolls instead of showing a one-row strip.
    const float rowsHeight = ImGui::GetTextLineHeightWithSpacing() * 14.0f;
    const ImVec2 tableSize(0.0f, std::max(ImGui::GetContentRegionAvail().y, rowsHeight));
    if (!ImGui::BeginTable("assumptions", 6,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersOuter |
                               ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp,
                           tableSize))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Assumption", 0, 2.4f);
    ImGui::TableSetupColumn("Value", 0, 1.5f);
    ImGui::TableSetupColumn("Default", 0, 1.0f);
    ImGui::TableSetupColumn("Effect of the change", 0, 1.6f);
    ImGui::TableSetupColumn("Source, date, confidence", 0, 3.0f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3.5f);
    ImGui::TableHeadersRow();
    const bool hasResult = state.hasResult();
    for (const model::Assumption& a : model::assumptions()) {
        if (!matches(a.label, filter) && !matches(a.key, filter)) continue;
        const bool isChanged = app::assumptionChanged(a.key, state.scenario, state.defaults);
        if (onlyChanged && !isChanged) continue;
        const std::string key(a.key);
        ImGui::TableNextRow();
        ImGui::PushID(key.c_str());
        ImGui::TableNextColumn();
        double value = a.get(state.scenario);
        const double defaultValue = a.get(state.defaults);
        if (isChanged) {
            // A coloured dot marks what the user changed, so a reviewer sees the non-default inputs at once.
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float r = ImGui::GetFontSize() * 0.22f;
            ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + r, p.y + ImGui::GetTextLineHeight() * 0.5f), r,
                                                        colourAws());
            ImGui::Dummy(ImVec2(r * 2.0f, ImGui::GetTextLineHeight()));
            ImGui::SameLine();
        }
        ImGui::TextUnformatted(std::string(a.label).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", key.c_str());
        if (isChanged) {
            ImGui::TextDisabled("changed from %s", shown(a, defaultValue, f).c_str());
            locateLastItem("assumptions." + key + ".changed");
        }
        ImGui::TableNextColumn();
        bool changed = false;
        ImGui::SetNextItemWidth(-1);
        if (a.unit == model::AssumptionUnit::Percent) {
            changed = inputPercent("##v", value, -1000.0, 1000.0);
        } else if (a.unit == model::AssumptionUnit::Usd) {
            // Hourly prices need cents; yearly and per-workload amounts are whole.
            const bool small = std::fabs(value * f.rate) < 100.0 && std::fabs(defaultValue * f.rate) < 100.0;
            changed = inputMoney("##v", value, f, small ? 2 : 0);
        } else if (a.unit == model::AssumptionUnit::UsdPerKwh || a.unit == model::AssumptionUnit::UsdPerGbMonth) {
            // Local power and storage prices are typed in the display currency and stored in USD.
            changed = inputMoney("##v", value, f, 3);
        } else if (a.integer) {
            int n = static_cast<int>(value);
            changed = ImGui::InputInt("##v", &n);
            value = n;
        } else {
            changed = ImGui::InputDouble("##v", &value, 0.0, 0.0, "%.3f");
        }
        locateLastItem("assumptions." + key);
        if (changed) {
            const model::Assumption* entry = &a;
            state.edit(
                "Set " + std::string(a.label), app::EditScope::Settings,
                [entry, value](model::Scenario& s) { entry->set(s, value); }, "assumption:" + key);
        }
        if (ImGui::IsItemDeactivatedAfterEdit()) state.endGesture();
        ImGui::TableNextColumn();
        copyableText("d", shown(a, defaultValue, f), number(defaultValue, f, 4));
        ImGui::TableNextColumn();
        if (isChanged && hasResult) {
            if (const app::AssumptionEffect* e = state.assumptionEffects.get(a.key, state.revision)) {
                if (e->ok) {
                    const std::string npv = "NPV " + signedMoney(e->npvDeltaUsd, f);
                    const std::string funding = "funding " + signedMoney(e->fundingDeltaUsd, f);
                    ImGui::TextUnformatted(npv.c_str());
                    if (ImGui::IsItemHovered())
                        ImGui::SetTooltip(
                            "The current scenario minus the same scenario with only this assumption at its "
                            "default (%s).\n5-year savings %s",
                            shown(a, defaultValue, f).c_str(), signedMoney(e->savingsDeltaUsd, f).c_str());
                    locateLastItem("assumptions." + key + ".effect");
                    ImGui::TextDisabled("%s", funding.c_str());
                } else {
                    ImGui::TextDisabled("the default cannot be estimated");
                }
            } else {
                ImGui::TextDisabled("computing...");
            }
        }
        ImGui::TableNextColumn();
        if (const io::DefaultEntry* entry = ledger.find(a.key)) {
            ImGui::TextWrapped("%s", entry->source.c_str());
            if (!entry->date.empty() || !entry->confidence.empty())
                ImGui::TextDisabled("%s%s%s", entry->date.c_str(),
                                    !entry->date.empty() && !entry->confidence.empty() ? ", confidence " : "",
                                    entry->confidence.empty() ? "" : entry->confidence.c_str());
        } else {
            ImGui::TextDisabled("engine fallback");
        }
        ImGui::TableNextColumn();
        if (isChanged && ImGui::SmallButton("Reset")) {
            const std::string k = key;
            const model::Scenario defaults = state.defaults;
            state.edit("Reset " + std::string(a.label), app::EditScope::Settings,
                       [k, defaults](model::Scenario& s) { s = app::withDefault(k, s, defaults); });
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

} // namespace est::ui
