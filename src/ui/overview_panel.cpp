// ui/overview_panel.cpp - the business case at a glance, drawn from io::summarizeBusinessCase (no figures made here).
#include "ui/charts.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace est::ui {
namespace {

void numberedList(const std::vector<std::string>& items, const char* locatorPrefix) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        ImGui::Text("%d.", static_cast<int>(i + 1));
        ImGui::SameLine();
        wrappedText(items[i]);
        locateLastItem(std::string(locatorPrefix) + std::to_string(i));
    }
}

} // namespace

void OverviewPanel::draw(PanelContext& ctx) {
    const app::AppState& state = ctx.state;
    const io::BusinessCaseSummary& s = state.summary;
    heading("Business case");
    if (drawInvalid(ctx)) return;
    const NumberFormat& f = ctx.format;

    // An empty workspace has no verdict to show: "Not eligible yet" before anything is loaded reads as a judgement.
    if (!state.result.workloads.empty()) {
        verdictBadge(s, "overview.badge");
        ImGui::SameLine();
    }
    ImGui::TextDisabled("%s", state.scenario.settings.name.c_str());
    headlineText(s.headline, "overview.headline");
    ImGui::Spacing();
    importCard.draw(ctx);
    if (state.result.workloads.empty()) { // nothing to show yet but the ways in: no page of zeros
        numberedList(s.nextSteps, "overview.step");
        ImGui::Spacing();
        drawWaysIn(ctx);
        return;
    }

    // Four dominant figures, each keyed by its side's colour; captions and notes wrap, never cut.
    const unsigned int accents[] = {colourToday(), colourAws(), colourOneTime(), colourFunding()};
    static constexpr const char* kFigureNames[] = {"overview.figure0", "overview.figure1", "overview.figure2",
                                                   "overview.figure3"};
    std::vector<Tile> figures;
    for (std::size_t i = 0; i < s.figures.size() && i < 4; ++i) {
        const io::SummaryFigure& figure = s.figures[i];
        figures.push_back({kFigureNames[i], figure.caption, money(figure.usd, f), moneyPlain(figure.usd, f),
                           figure.note, kFigureNames[i], nullptr, accents[i]});
    }
    tileRow(figures, f);
    ImGui::Spacing();

    // The bridge on the left, the path and the next steps on the right.
    const float avail = ImGui::GetContentRegionAvail().x;
    const float height = std::max(ImGui::GetFontSize() * 14.0f, ImGui::GetContentRegionAvail().y);
    ImGui::BeginChild("bridge", ImVec2(avail * 0.58f, height), false);
    ImGui::TextUnformatted(s.bridgeTitle.c_str());
    const std::vector<charts::BridgeBar> bars = summaryBridgeBars(s.bridge);
    charts::Axes axes;
    axes.yTitle = "Cost over the horizon (" + f.symbol + ")";
    axes.yTick = moneyShortFormatter(f);
    axes.yExact = moneyFormatter(f);
    charts::bridge("overview-bridge", bars, axes, ImGui::GetContentRegionAvail().y - ImGui::GetStyle().ItemSpacing.y);
    locateLastItem("overview.bridge");
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("next", ImVec2(0, height), true);
    if (s.notEligible.shown) {
        ImGui::PushFont(largeFont());
        ImGui::TextUnformatted("Not eligible yet");
        ImGui::PopFont();
        locateLastItem("overview.path");
        wrappedText(s.notEligible.gapText);
        locateLastItem("overview.gap");
        ImGui::Spacing();
    }
    if (!s.turners.empty()) { // a loss is never a bare "no payback": name what would turn it
        ImGui::TextUnformatted("What would turn it");
        ImGui::Separator();
        numberedList(s.turners, "overview.turner");
        ImGui::Spacing();
    }
    ImGui::TextUnformatted("Next steps");
    ImGui::Separator();
    numberedList(s.nextSteps, "overview.step");
    ImGui::EndChild();
}

} // namespace est::ui
