// ui/uncertainty_panel.cpp - Monte Carlo percentiles, the pessimistic / optimistic band and the tornado.
#include "model/assumptions.hpp"
#include "ui/glossary.hpp"
#include "ui/charts.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace est::ui {
namespace {
std::string inputText(const std::string& key, double v, const NumberFormat& f) {
    const model::Assumption* a = model::findAssumption(key);
    if (a && a->unit == model::AssumptionUnit::Percent) return percent(v, f, 1);
    if (a && a->unit == model::AssumptionUnit::Usd) return money(v, f);
    return number(v, f, 2);
}
} // namespace

void UncertaintyPanel::draw(PanelContext& ctx) {
    app::AppState& state = ctx.state;
    app::UncertaintyState& u = state.uncertainty;
    heading("Uncertainty");
    if (drawInvalid(ctx) || drawNoEstate(ctx)) return;
    const NumberFormat& f = ctx.format;
    if (u.revision < 0 && !u.requested) u.requested = true; // first visit: run once
    if (ImGui::Button("Run again")) u.requested = true;
    ImGui::SameLine();
    ImGui::Checkbox("Follow every edit", &u.live);
    if (u.revision < 0) {
        ImGui::TextDisabled("Running...");
        return;
    }
    if (u.revision != state.revision)
        ImGui::TextDisabled("Figures are from before your last edit; run again to refresh.");
    const model::MonteCarloResult& mc = u.monteCarlo;
    if (!mc.errors.empty()) {
        for (const model::ValidationError& e : mc.errors) ImGui::BulletText("%s", e.toString().c_str());
        return;
    }
    // In the buyer's words: a low case, the middle and a high case of the runs (the glossary gives P10 / P50 / P90).
    termLabel("What the figures come to when the uncertain inputs vary", "P10 / P50 / P90");
    if (ImGui::BeginTable("pct", 4,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableSetupColumn("Figure");
        ImGui::TableSetupColumn("Low (1 run in 10 below)");
        ImGui::TableSetupColumn("Middle");
        ImGui::TableSetupColumn("High (1 run in 10 above)");
        tableHeaders(1u << 1 | 1u << 2 | 1u << 3);
        const struct {
            const char* label;
            const model::Percentiles* p;
        } rows[] = {{"Net migration cost", &mc.netMigrationCostUsd},
                    {"Total funding", &mc.totalFundingUsd},
                    {"Savings over the horizon", &mc.horizonSavingsUsd}};
        int id = 0;
        for (const auto& row : rows) {
            ImGui::TableNextRow();
            ImGui::PushID(id++);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.label);
            for (double v : {row.p->p10, row.p->p50, row.p->p90}) {
                ImGui::TableNextColumn();
                ImGui::PushID(static_cast<int>(ImGui::TableGetColumnIndex()));
                moneyCell("v", money(v, f), moneyPlain(v, f));
                ImGui::PopID();
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (ImGui::TreeNode("Details")) {
        ImGui::TextDisabled("%d trials drawn with seed %llu: the same seed repeats the same runs.", u.trials,
                            static_cast<unsigned long long>(u.seed));
        ImGui::TreePop();
    }
    locateLastItem("uncertainty.details");
    if (mc.sampledKeys.empty())
        ImGui::TextDisabled("No assumption has a range: give some a low and high value to see uncertainty.");

    const model::Settings settings = state.scenario.settings;
    charts::Axes axes;
    axes.xTitle = "Month";
    axes.yTitle = "Cumulative savings (" + f.symbol + ")";
    axes.xLabel = [settings](int m) { return monthLabel(settings, m); };
    axes.yTick = moneyShortFormatter(f);
    axes.yExact = moneyFormatter(f);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float height = std::max(ImGui::GetFontSize() * 14.0f, ImGui::GetContentRegionAvail().y);
    ImGui::BeginChild("band", ImVec2((ImGui::GetContentRegionAvail().x - spacing) * 0.5f, height), false);
    charts::band("uncertainty-band", {"Pessimistic", u.pessimisticSavingsUsd, colourToday(), false},
                 {"Expected", u.expectedSavingsUsd, colourAws(), false},
                 {"Optimistic", u.optimisticSavingsUsd, colourSavings(), false}, axes,
                 height - ImGui::GetStyle().ItemSpacing.y);
    locateLastItem("uncertainty.band");
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("tornado", ImVec2(0, height), false);
    std::vector<charts::TornadoBar> bars;
    constexpr std::size_t kMaxBars = 12;
    int noEffect = 0;
    for (const model::TornadoBar& b : u.tornado) {
        if (b.swing <= 0.0) {
            ++noEffect; // an assumption that moves nothing would only add an empty row
            continue;
        }
        if (bars.size() >= kMaxBars) break;
        bars.push_back(
            {b.label, b.lowMetric, b.highMetric, inputText(b.key, b.lowInput, f), inputText(b.key, b.highInput, f)});
    }
    if (noEffect > 0) ImGui::TextDisabled("%d ranged assumptions have no effect on this scenario.", noEffect);
    charts::tornado("uncertainty-tornado", bars, state.result.tco.horizonSavingsUsd, "savings over the horizon",
                    moneyShortFormatter(f), moneyFormatter(f));
    locateLastItem("uncertainty.tornado");
    ImGui::EndChild();
}

} // namespace est::ui
