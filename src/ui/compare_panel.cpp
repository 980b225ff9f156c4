// ui/compare_panel.cpp - up to four pinned scenarios side by side on the headline figures.
#include "app/compare.hpp"
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
    if (!ImGui::BeginTable("compare", n + 1,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchSame))
        return;
    // The better scenario is marked in its header, and the rows below say how each differs from the first.
    const app::CompareReading reading = app::readComparison(state.compared);
    std::vector<std::string> headers;
    for (std::size_t i = 0; i < state.compared.size(); ++i)
        headers.push_back(state.compared[i].name + (static_cast<int>(i) == reading.better ? "  (better)" : "") + "##c" +
                          std::to_string(i));
    ImGui::TableSetupColumn("Figure");
    for (const std::string& h : headers) ImGui::TableSetupColumn(h.c_str());
    tableHeaders(~1u);
    using Getter = std::string (*)(const app::ComparedScenario&, const NumberFormat&);
    const struct {
        const char* label;
        Getter get;
    } rows[] = {
        {"MAP funding",
         [](const app::ComparedScenario& c, const NumberFormat&) {
             return std::string(model::verdictName(c.result.eligibility.verdict));
         }},
        {"AWS spend per year (MAP basis)",
         [](const app::ComparedScenario& c, const NumberFormat& g) { return money(c.result.projectedArrUsd, g); }},
        {"Today / month",
         [](const app::ComparedScenario& c, const NumberFormat& g) { return money(c.result.tco.todayMonthlyUsd, g); }},
        {"After migration / month",
         [](const app::ComparedScenario& c, const NumberFormat& g) { return money(c.result.tco.targetMonthlyUsd, g); }},
        {"One-time cost",
         [](const app::ComparedScenario& c, const NumberFormat& g) { return money(c.result.tco.oneTimeUsd, g); }},
        {"Total funding",
         [](const app::ComparedScenario& c, const NumberFormat& g) { return money(c.result.funding.totalUsd, g); }},
        {"Net migration cost", [](const app::ComparedScenario& c,
                                  const NumberFormat& g) { return money(c.result.tco.netMigrationCostUsd, g); }},
        {"Savings over the horizon", [](const app::ComparedScenario& c,
                                        const NumberFormat& g) { return money(c.result.tco.horizonSavingsUsd, g); }},
        {"NPV", [](const app::ComparedScenario& c, const NumberFormat& g) { return money(c.result.tco.npvUsd, g); }},
        {"Payback", [](const app::ComparedScenario& c,
                       const NumberFormat&) { return model::paybackText(c.result.tco, c.scenario.settings); }},
    };
    int id = 0;
    for (const auto& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.label);
        for (const app::ComparedScenario& c : state.compared) {
            ImGui::TableNextColumn();
            ImGui::PushID(id++);
            if (!c.result.ok())
                ImGui::TextDisabled("invalid");
            else if (c.result.months == 0)
                ImGui::TextDisabled("...");
            else
                moneyCell("c", row.get(c, f), ""); // figures right-aligned, money or not
            ImGui::PopID();
        }
    }
    // Against the first pinned scenario: green when better, red when worse.
    const struct {
        const char* label;
        const std::vector<double>* deltas;
    } deltaRows[] = {{"Savings against the first", &reading.savingsDeltaUsd},
                     {"NPV against the first", &reading.npvDeltaUsd},
                     {"Funding against the first", &reading.fundingDeltaUsd}};
    for (const auto& row : deltaRows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.label);
        for (std::size_t i = 0; i < state.compared.size(); ++i) {
            ImGui::TableNextColumn();
            const double d = (*row.deltas)[i];
            if (i == 0) {
                rightAlignedText("baseline");
                continue;
            }
            const std::string text = (d > 0.5 ? "+" : "") + money(d, f);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(d > 0.5    ? colourPass()
                                                                                : d < -0.5 ? colourFail()
                                                                                           : colourMuted()));
            rightAlignedText(text);
            ImGui::PopStyleColor();
            if (row.deltas == &reading.savingsDeltaUsd) locateLastItem("compare.delta" + std::to_string(i));
        }
    }
    ImGui::EndTable();
    if (reading.better >= 0)
        ImGui::TextWrapped("Better: %s (the largest savings over the horizon).",
                           state.compared[static_cast<std::size_t>(reading.better)].name.c_str());
    locateLastItem("compare.better");
}

} // namespace est::ui
