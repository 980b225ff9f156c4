// ui/today_panel.cpp - today's cost, the story's second step: per year, by category (io::summarizeBusinessCase).
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace est::ui {

void TodayPanel::draw(PanelContext& ctx) {
    const app::AppState& state = ctx.state;
    heading("Today: what the estate costs now");
    if (drawInvalid(ctx) || drawNoEstate(ctx)) return;
    const io::BusinessCaseSummary& s = state.summary;
    const NumberFormat& f = ctx.format;
    if (s.figures.empty()) return;
    const io::SummaryFigure& today = s.figures[0];
    tileRow({{"today", today.caption, money(today.usd, f), moneyPlain(today.usd, f), today.note, "today.perYear"}}, f);

    const float width = ImGui::GetContentRegionAvail().x;
    const float height = std::max(ImGui::GetFontSize() * 14.0f, ImGui::GetContentRegionAvail().y);
    ImGui::BeginChild("chart", ImVec2(width * 0.62f, height), false);
    ImGui::TextUnformatted("Today's cost per year, category by category");
    charts::Axes axes;
    axes.yTitle = "Per year (" + f.symbol + ")";
    axes.yTick = moneyShortFormatter(f);
    axes.yExact = moneyFormatter(f);
    charts::bridge("today-categories", summaryPartsBars(s.todayByCategory, "Today, per year", today.usd, colourToday()),
                   axes, ImGui::GetContentRegionAvail().y - ImGui::GetStyle().ItemSpacing.y);
    locateLastItem("today.chart");
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("table", ImVec2(0, height), false);
    if (ImGui::BeginTable("categories", 3,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Category");
        ImGui::TableSetupColumn("Per year");
        ImGui::TableSetupColumn("Share");
        tableHeaders(1u << 1);
        const std::vector<model::CategoryShare>& shares = state.result.tco.todayShares;
        for (std::size_t i = 0; i < s.todayByCategory.size() && i < shares.size(); ++i) {
            ImGui::TableNextRow();
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(s.todayByCategory[i].label.c_str());
            ImGui::TableNextColumn();
            moneyCell("y", money(s.todayByCategory[i].usd, f), moneyPlain(s.todayByCategory[i].usd, f));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(percent(shares[i].share, f, 0).c_str());
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    locateLastItem("today.table");
    ImGui::EndChild();
}

} // namespace est::ui
