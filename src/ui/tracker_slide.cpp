// ui/tracker_slide.cpp - Present's Tracker slide, drawn from app::TrackerState (no figures made here).
#include "ui/tracker_slide.hpp"

#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/tracker_panel.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace est::ui {
namespace {

void wrapped(PresentFont font, const std::string& text, const char* locatorName) {
    ImGui::PushFont(presentFont(font));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    locateLastItem(locatorName);
}

// One figure: its caption over the amount in the figure font, a note under it.
void slideFigure(const std::string& caption, const std::string& amount, const std::string& note, float width,
                 const char* locatorName) {
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - ImGui::GetFontSize());
    ImGui::PushFont(presentFont(PresentFont::Body));
    ImGui::TextDisabled("%s", caption.c_str());
    ImGui::PopFont();
    ImGui::PushFont(presentFont(PresentFont::Figure));
    ImGui::TextUnformatted(amount.c_str());
    ImGui::PopFont();
    locateLastItem(locatorName);
    ImGui::PushFont(presentFont(PresentFont::Body));
    ImGui::TextDisabled("%s", note.c_str());
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

} // namespace

void trackerSlide(PanelContext& ctx) {
    const app::TrackerState& tracker = ctx.state.tracker;
    const NumberFormat& f = ctx.format;
    if (tracker.empty()) {
        wrapped(PresentFont::Title, "After the move: MAP credits on your bill", "present.headline");
        ImGui::Spacing();
        wrapped(PresentFont::Body, trackerEmptyText(), "present.trackerEmpty");
        return;
    }
    const model::TrackerTotals& t = tracker.result().totals;
    const app::TrackerOutlook& o = tracker.outlook();
    wrapped(PresentFont::Title, percent(o.taggedShare, f, 0) + " of your MAP-eligible spend is tagged",
            "present.headline");
    ImGui::Spacing();
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 2.0f;
    const float width = (ImGui::GetContentRegionAvail().x - spacing * 3.0f) / 4.0f;
    const float left = ImGui::GetCursorPosX();
    slideFigure("Tagged eligible spend", moneyShort(t.taggedEligibleUsd, f),
                "of " + moneyShort(t.eligibleUsd, f) + " eligible", width, "present.figure0");
    ImGui::SameLine(left + width + spacing);
    slideFigure("MAP credits applied", moneyShort(t.mapCreditsUsd, f), "on the bills read", width, "present.figure1");
    ImGui::SameLine(left + (width + spacing) * 2.0f);
    slideFigure("Credits at stake a quarter", moneyShort(o.creditsAtStakeUsdPerQuarter, f), "tag these resources now",
                width, "present.figure2");
    ImGui::SameLine(left + (width + spacing) * 3.0f);
    if (o.planned)
        slideFigure("Credits re-forecast", moneyShort(o.reforecastCreditsUsd, f),
                    "plan: " + moneyShort(o.planCreditsUsd, f), width, "present.figure3");
    else
        slideFigure("Credits at this run rate", moneyShort(o.creditsAtRunRateUsdPerQuarter, f), "a quarter", width,
                    "present.figure3");
    ImGui::Spacing();
    ImGui::PushFont(presentFont(PresentFont::Body));
    const float height =
        std::max(ImGui::GetFontSize() * 8.0f, ImGui::GetContentRegionAvail().y - ImGui::GetStyle().ItemSpacing.y);
    trackerSpendChart(ctx, height, "present.chart");
    ImGui::PopFont();
}

void trackerSlideDetails(PanelContext& ctx) {
    const app::TrackerState& tracker = ctx.state.tracker;
    const NumberFormat& f = ctx.format;
    const model::TrackerResult& r = tracker.result();
    const app::TrackerOutlook& o = tracker.outlook();
    if (r.quarters.empty()) {
        ImGui::TextWrapped("No billing file read yet.");
        return;
    }
    const int columns = o.planned ? 5 : 3;
    if (!ImGui::BeginTable("tracker-quarters", columns,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("Quarter");
    ImGui::TableSetupColumn("Tagged eligible spend");
    if (o.planned) ImGui::TableSetupColumn("Plan's forecast");
    ImGui::TableSetupColumn("MAP credits applied");
    if (o.planned) ImGui::TableSetupColumn("Plan's credits");
    tableHeaders(o.planned ? 0x1Eu : 0x6u);
    for (std::size_t i = 0; i < r.quarters.size(); ++i) {
        const model::TrackerQuarter& q = r.quarters[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(q.quarter.c_str());
        ImGui::TableNextColumn();
        rightAlignedText(money(q.taggedEligibleUsd, f));
        if (o.planned) {
            ImGui::TableNextColumn();
            rightAlignedText(money(q.forecastTaggedEligibleUsd.value_or(0.0), f));
        }
        ImGui::TableNextColumn();
        rightAlignedText(money(q.mapCreditsUsd, f));
        if (o.planned) {
            ImGui::TableNextColumn();
            rightAlignedText(money(i < o.forecastCreditsUsd.size() ? o.forecastCreditsUsd[i].value_or(0.0) : 0.0, f));
        }
    }
    ImGui::EndTable();
}

} // namespace est::ui
