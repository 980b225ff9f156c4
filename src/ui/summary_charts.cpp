// ui/summary_charts.cpp - the business case summary as chart bars and a badge (overview, Today, Present).
#include "ui/panels.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace est::ui {
namespace {

unsigned int bridgeColour(io::BridgeKind kind) {
    switch (kind) {
    case io::BridgeKind::Today:
        return colourToday();
    case io::BridgeKind::Aws:
        return colourAws();
    case io::BridgeKind::OneTime:
        return colourOneTime();
    case io::BridgeKind::Funding:
        return colourFunding();
    }
    return colourToday();
}

} // namespace

std::vector<charts::BridgeBar> summaryBridgeBars(const std::vector<io::BridgeStep>& steps) {
    std::vector<charts::BridgeBar> bars;
    for (const io::BridgeStep& step : steps)
        bars.push_back({step.label, step.usd, step.total, bridgeColour(step.kind)});
    return bars;
}

std::vector<charts::BridgeBar> summaryPartsBars(const std::vector<io::SummaryPart>& parts,
                                                const std::string& totalLabel, double total, unsigned int colour) {
    std::vector<charts::BridgeBar> bars;
    if (parts.size() > 1)                      // one part is its own total: a second, equal bar would say nothing
        for (const io::SummaryPart& p : parts) // a funding phase in its own palette colour
            bars.push_back(
                {p.label, p.usd, false,
                 p.rgb != 0 ? IM_COL32((p.rgb >> 16) & 0xFF, (p.rgb >> 8) & 0xFF, p.rgb & 0xFF, 255) : colour});
    bars.push_back({totalLabel, total, true, colour});
    return bars;
}

void verdictBadge(const io::BusinessCaseSummary& s, const char* locatorName) {
    const unsigned int colour =
        s.verdict == model::Verdict::MapLite || s.verdict == model::Verdict::Map ? colourPass() : colourWarning();
    const ImVec2 size = ImGui::CalcTextSize(s.badge.c_str());
    const ImVec2 pad(ImGui::GetFontSize() * 0.6f, ImGui::GetFontSize() * 0.25f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size.x + pad.x * 2.0f, size.y + pad.y * 2.0f));
    locateLastItem(locatorName);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, ImVec2(at.x + size.x + pad.x * 2.0f, at.y + size.y + pad.y * 2.0f), colour, size.y);
    dl->AddText(ImVec2(at.x + pad.x, at.y + pad.y), colourInk(), s.badge.c_str());
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "MAP (the AWS Migration Acceleration Program) eligibility. The Eligibility panel shows each check.");
}

} // namespace est::ui
