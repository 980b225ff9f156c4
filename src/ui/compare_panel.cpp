// ui/compare_panel.cpp - up to four pinned scenarios side by side on the headline figures.
#include "model/names.hpp"
#include "model/payback.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace est::ui {

void ComparePanel::draw(PanelContext& ctx) {
    app::AppState& state = ctx.state;
    heading("Compare scenarios");
    if (ImGui::Button("Pin the current scenario")) state.pinForCompare(state.scenario.settings.name, state.scenario);
    locateLastItem("compare.pin");
    ImGui::SameLine();
    if (ImGui::Button("Add rehost-heavy and replatform-heavy variants")) state.compareVariants();
    locateLastItem("compare.variants");
    ImGui::SameLine();
    if (ImGui::Button("Clear")) state.compared.clear();
    if (state.compared.empty()) {
        ImGui::TextDisabled("Pin two to four scenarios to compare them side by side.");
        return;
    }
    const NumberFormat& f = ctx.format;
    const int n = static_cast<int>(state.compared.size());
    if (!ImGui::BeginTable("compare", n + 1, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                                 ImGuiTableFlags_SizingStretchSame))
        return;
    ImGui::TableSetupColumn("Figure");
    for (const app::ComparedScenario& c : state.compared) ImGui::TableSetupColumn(c.name.c_str());
    tableHeaders(~1u);
    using Getter = std::string (*)(const app::ComparedScenario&, const NumberFormat&);
    const struct {
        const char* label;
        Getter get;
    } rows[] = {
        {"Verdict", [](const app::ComparedScenario& c, const NumberFormat&) { return std::string(model::verdictName(c.result.eligibility.verdict)); }},
        {"AWS spend per year (MAP basis)", [](const app::ComparedScenario& c, const NumberFormat& g) { return money(c.result.projectedArrUsd, g); }},
        {"Today / month", [](const app::ComparedScenario& c, const NumberFormat& g) { return money(c.result.tco.todayMonthlyUsd, g); }},
        {"After migration / month", [](const app::ComparedScenario& c, const NumberFormat& g) { return money(c.result.tco.targetMonthlyUsd, g); }},
        {"One-time cost", [](const app::ComparedScenario& c, const NumberFormat& g) { return money(c.result.tco.oneTimeUsd, g); }},
        {"Total funding", [](const app::ComparedScenario& c, const NumberFormat& g) { return money(c.result.funding.totalUsd, g); }},
        {"Net migration cost", [](const app::ComparedScenario& c, const NumberFormat& g) { return money(c.result.tco.netMigrationCostUsd, g); }},
        {"Savings over the horizon", [](const app::ComparedScenario& c, const NumberFormat& g) { return money(c.result.tco.horizonSavingsUsd, g); }},
        {"NPV", [](const app::ComparedScenario& c, const NumberFormat& g) { return money(c.result.tco.npvUsd, g); }},
        {"Payback", [](const app::ComparedScenario& c, const NumberFormat&) { return model::paybackText(c.result.tco, c.scenario.settings); }},
    };
    int id = 0;
    for (const auto& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.label);
        for (const app::ComparedScenario& c : state.compared) {
            ImGui::TableNextColumn();
            ImGui::PushID(id++);
            if (!c.result.ok()) ImGui::TextDisabled("invalid");
            else if (c.result.months == 0) ImGui::TextDisabled("...");
            else moneyCell("c", row.get(c, f), ""); // figures right-aligned, money or not
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

} // namespace est::ui
