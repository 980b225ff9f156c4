// ui/tco_panel.cpp - cost of ownership: headline tiles, cumulative lines, yearly stacked breakdown, categories.
#include "io/explanations.hpp"
#include "model/payback.hpp"
#include "ui/charts.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/trace_view.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace est::ui {

void TcoPanel::draw(PanelContext& ctx) {
    const app::AppState& state = ctx.state; // edits go through ctx.state (the sliders)
    heading("On AWS: the cost of ownership against today");
    if (drawInvalid(ctx) || drawNoEstate(ctx)) return;
    const model::TcoSummary& t = state.result.tco;
    const NumberFormat& f = ctx.format;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    tileRow({{"npv", "NPV of savings", money(t.npvUsd, f), moneyPlain(t.npvUsd, f),
              "at " + percent(state.scenario.settings.discountRatePct, f, 1) + " a year", "tco.npv",
              &state.result.traces.npv},
             {"payback", "Payback",
              t.paybackMonth ? monthLabel(state.scenario.settings, *t.paybackMonth)
                             : std::string(model::noFigureText(t.whyNoPayback)),
              t.paybackMonth ? std::to_string(*t.paybackMonth) : "",
              t.paybackMonth ? "month " + std::to_string(*t.paybackMonth) : "", "tco.payback",
              &state.result.traces.payback},
             {"roi", "ROI", t.roiPct ? percent(*t.roiPct, f, 0) : std::string(model::roiNote(t)),
              t.roiPct ? number(*t.roiPct, f, 4) : "", "savings / one-time cost", "tco.roi"},
             {"savings", "Savings over the horizon", money(t.horizonSavingsUsd, f), moneyPlain(t.horizonSavingsUsd, f),
              percent(t.horizonSavingsPct, f, 1) + " of today's cost", "tco.savings"}},
            f);

    ImGui::TextDisabled("Run-rate savings:");
    ImGui::SameLine();
    traceValue("runrate", percent(t.runRateSavingsPct, f, 1), number(t.runRateSavingsPct, f, 4),
               state.result.traces.runRateSavings, f, "tco.runRate");
    ImGui::SameLine();
    ImGui::TextDisabled("(%s a month today, %s after migration; click a figure to see how it is computed)",
                        money(t.todayMonthlyUsd, f).c_str(), money(t.targetMonthlyUsd, f).c_str());
    // Sanity band: each category's share of today's cost, and a plain warning outside the sourced range.
    ImGui::TextDisabled("Today's cost:");
    for (std::size_t k = 0; k < t.todayShares.size() && k < 5; ++k) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s %s%s", t.todayShares[k].category.c_str(), percent(t.todayShares[k].share, f, 0).c_str(),
                            k + 1 < std::min<std::size_t>(t.todayShares.size(), 5) ? "," : "");
    }
    locateLastItem("tco.shares");
    if (t.sanity.outside) {
        ImGui::PushStyleColor(ImGuiCol_Text, colourFail());
        ImGui::TextWrapped("%s", io::savingsCheckText(t.sanity).c_str()); // as the workbook and appendix say it
        ImGui::PopStyleColor();
        locateLastItem("tco.sanity");
    }
    // Each year's net cash flow, one click from its formula (today's cost minus every cost of the move plus funding).
    ImGui::TextDisabled("Net cash flow by year:");
    const std::vector<model::Trace>& yearTraces = state.result.traces.tcoYears;
    for (std::size_t y = 0; y < state.result.yearly.size() && y < yearTraces.size(); ++y) {
        ImGui::SameLine();
        ImGui::PushID(static_cast<int>(y));
        ImGui::TextDisabled("Y%zu", y + 1);
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
        const double net = state.result.yearly[y].netCashFlowUsd;
        const std::string locator = "tco.year" + std::to_string(y + 1);
        traceValue("net", moneyShort(net, f), moneyPlain(net, f), yearTraces[y], f, locator.c_str());
        ImGui::PopID();
    }
    // What-if sliders: drag and every figure follows (one undo step per drag).
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    assumptionSlider(ctx.state, "aws.enterpriseDiscountPct", 0.0f, 30.0f, "tco.slider.edp");
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    assumptionSlider(ctx.state, "aws.headroomPct", 0.0f, 100.0f, "tco.slider.headroom");
    charts::Axes axes;
    axes.yTick = moneyShortFormatter(f);
    axes.yExact = moneyFormatter(f);
    const float chartHeight =
        std::max(ImGui::GetFontSize() * 13.0f, (ImGui::GetContentRegionAvail().y - ImGui::GetFontSize() * 2.0f) * 0.5f);
    const float half = (ImGui::GetContentRegionAvail().x - spacing) * 0.5f;
    ImGui::BeginChild("cumulative", ImVec2(half, chartHeight), false);
    axes.xTitle = "Month";
    axes.yTitle = "Cumulative cost (" + f.symbol + ")";
    const model::Settings settings = state.scenario.settings;
    axes.xLabel = [settings](int m) { return monthLabel(settings, m); };
    if (t.paybackMonth) { // where the two lines cross
        axes.markerX = *t.paybackMonth;
        axes.markerLabel = "Payback " + monthLabel(settings, *t.paybackMonth);
    }
    charts::line("tco-cumulative",
                 {{"Today (status quo)", state.derived.cumulativeTodayUsd, colourToday(), true},
                  {"Moving to AWS, net of funding", state.derived.cumulativeMigrationUsd, colourAws(), false}},
                 axes, chartHeight - ImGui::GetStyle().ItemSpacing.y);
    locateLastItem("tco.cumulative");
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("yearly", ImVec2(0, chartHeight), false);
    axes.markerX = -1;
    axes.xTitle = "Year";
    axes.yTitle = "Yearly cost of the migration path (" + f.symbol + ")";
    axes.xLabel = [settings](int y) { return yearLabel(settings, y); };
    const app::Derived& d = state.derived;
    const std::vector<charts::Series> stacks = {
        {"Today's cost still paid", d.yearlyLegacyUsd, colourToday(), false},
        {"AWS", d.yearlyAwsUsd, colourAws(), false},
        {"Subscriptions, ops labour, licences kept", d.yearlyOtherRunUsd, colourOtherRun(), false},
        {"One-time migration", d.yearlyOneTimeUsd, colourOneTime(), false},
        {"Funding (inflow)", d.yearlyFundingInflowUsd, colourFunding(), false}};
    charts::stackedBars("tco-yearly", stacks, axes, chartHeight - ImGui::GetStyle().ItemSpacing.y);
    locateLastItem("tco.yearly");
    ImGui::EndChild();

    if (ImGui::BeginTable("categories", 3,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                              ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Cost category (horizon total)");
        ImGui::TableSetupColumn("Today (status quo)");
        ImGui::TableSetupColumn("Migration path");
        tableHeaders(1u << 1 | 1u << 2);
        const model::CostBreakdown& a = t.statusQuoByCategory;
        const model::CostBreakdown& b = t.migrationByCategory;
        const struct {
            const char* label;
            double today, migration;
        } rows[] = {{"Hardware", a.hardwareUsd, b.hardwareUsd},
                    {"Maintenance", a.maintenanceUsd, b.maintenanceUsd},
                    {"Power (incl. PUE)", a.powerUsd, b.powerUsd},
                    {"Space", a.spaceUsd, b.spaceUsd},
                    {"Storage", a.storageUsd, b.storageUsd},
                    {"Network", a.networkUsd, b.networkUsd},
                    {"OS licences", a.osLicenceUsd, b.osLicenceUsd},
                    {"Database licences", a.dbLicenceUsd, b.dbLicenceUsd},
                    {"Virtualisation", a.virtualisationUsd, b.virtualisationUsd},
                    {"Admin labour", a.adminLabourUsd, b.adminLabourUsd},
                    {"Management", a.managementUsd, b.managementUsd},
                    {"Cloud / PaaS bill", a.otherCloudBillUsd, b.otherCloudBillUsd},
                    {"AWS compute", a.awsComputeUsd, b.awsComputeUsd},
                    {"AWS databases", a.awsDatabaseUsd, b.awsDatabaseUsd},
                    {"AWS storage", a.awsStorageUsd, b.awsStorageUsd},
                    {"AWS relocate hosts", a.awsRelocateHostsUsd, b.awsRelocateHostsUsd},
                    {"AWS backup, monitoring, security", a.awsManagementUsd, b.awsManagementUsd},
                    {"AWS support", a.awsSupportUsd, b.awsSupportUsd},
                    {"Subscriptions", a.subscriptionUsd, b.subscriptionUsd},
                    {"Ops labour on AWS", a.opsLabourUsd, b.opsLabourUsd},
                    {"Licences kept (BYOL, Relocate)", a.licencesKeptUsd, b.licencesKeptUsd},
                    {"One-time migration", a.oneTimeUsd, b.oneTimeUsd},
                    {"Total", a.totalUsd(), b.totalUsd()}};
        int id = 0;
        for (const auto& row : rows) {
            if (row.today == 0.0 && row.migration == 0.0) continue;
            ImGui::TableNextRow();
            ImGui::PushID(id++);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.label);
            ImGui::TableNextColumn();
            moneyCell("t", money(row.today, f), moneyPlain(row.today, f));
            ImGui::TableNextColumn();
            moneyCell("m", money(row.migration, f), moneyPlain(row.migration, f));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
}

} // namespace est::ui
