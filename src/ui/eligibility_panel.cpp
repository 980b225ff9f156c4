// ui/eligibility_panel.cpp - the verdict and every check: measured value, threshold, status, what would clear it.
#include "io/explanations.hpp"
#include "model/names.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/trace_view.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace est::ui {
namespace {
std::string valueText(double v, const std::string& unit, const NumberFormat& f) {
    if (unit == "USD") return money(v, f);
    if (unit == "%") return percent(v, f, 1);
    return number(v, f, 0) + (unit.empty() ? "" : " " + unit);
}
} // namespace

void EligibilityPanel::draw(PanelContext& ctx) {
    const app::AppState& state = ctx.state;
    heading("Eligibility");
    if (drawInvalid(ctx) || drawNoEstate(ctx)) return;
    const model::Eligibility& e = state.result.eligibility;
    const NumberFormat& f = ctx.format;
    ImGui::PushFont(largeFont());
    ImGui::TextColored(
        ImGui::ColorConvertU32ToFloat4(e.verdict == model::Verdict::NotEligible ? colourFail() : colourPass()),
        "MAP funding: %s", state.summary.badge.c_str());
    ImGui::PopFont();
    locateLastItem("eligibility.verdict");
    if (!ImGui::BeginTable("checks", 5,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                               ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Check", 0, 2.0f);
    ImGui::TableSetupColumn("Measured", 0, 1.0f);
    ImGui::TableSetupColumn("Threshold", 0, 1.0f);
    ImGui::TableSetupColumn("Status", 0, 0.7f);
    ImGui::TableSetupColumn("What would clear it", 0, 3.0f);
    ImGui::TableHeadersRow();
    const std::vector<model::Trace>& traces = state.result.traces.eligibilityChecks;
    const model::Trace noTrace;
    for (std::size_t i = 0; i < e.checks.size(); ++i) {
        const model::EligibilityCheck& c = e.checks[i];
        // Worded as the workbook and the appendix word it (io/explanations), so the three never differ.
        const io::CheckWords words = io::checkWords(c);
        ImGui::TableNextRow();
        ImGui::PushID(c.id.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", words.label.c_str());
        if (!c.blocking) ImGui::TextDisabled("%.*s", static_cast<int>(words.weight.size()), words.weight.data());
        ImGui::TableNextColumn();
        // A click on the measured value opens the check's trace: value, threshold, and what clears it.
        const std::string locator = "eligibility.check" + std::to_string(i);
        traceValue("m", valueText(c.measured, c.unit, f), number(c.measured, f, 2),
                   i < traces.size() ? traces[i] : noTrace, f, locator.c_str());
        ImGui::TableNextColumn();
        copyableText("t", valueText(c.threshold, c.unit, f), number(c.threshold, f, 2));
        ImGui::TableNextColumn();
        const unsigned int colour = c.status == model::CheckStatus::Pass   ? colourPass()
                                    : c.status == model::CheckStatus::Fail ? colourFail()
                                                                           : colourMuted();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colour), "%.*s", static_cast<int>(words.status.size()),
                           words.status.data());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", words.toClear.c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
}

} // namespace est::ui
