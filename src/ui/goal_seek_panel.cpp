// ui/goal_seek_panel.cpp - break-even and goal seek: pick an output, a target and a lever; Find; Apply as an edit.
#include "app/goal_seek_state.hpp"
#include "ui/lever_format.hpp"
#include "ui/panels.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace est::ui {
namespace {
constexpr model::SeekOutput kOutputs[] = {
    model::SeekOutput::PaybackMonth, model::SeekOutput::HorizonSavings, model::SeekOutput::NetMigrationCost,
    model::SeekOutput::Npv,          model::SeekOutput::ProjectedArr,   model::SeekOutput::VerdictLevel,
    model::SeekOutput::TotalFunding, model::SeekOutput::LeftOnTable,    model::SeekOutput::CreditsLostToTagging};

const char* kindName(model::GoalKind k) {
    switch (k) {
    case model::GoalKind::AtLeast:
        return "at least";
    case model::GoalKind::AtMost:
        return "at most";
    case model::GoalKind::Equal:
        return "equal to (break-even)";
    }
    return "";
}

bool containsCaseless(std::string_view text, const char* needle) {
    if (!*needle) return true;
    const std::string_view n(needle);
    return std::search(text.begin(), text.end(), n.begin(), n.end(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           }) != text.end();
}

std::string leverText(std::string_view key, double v, const NumberFormat& f) {
    const model::Assumption* a = model::findAssumption(key);
    return unitValueText(leverUnit(key), a && a->integer, v, f);
}
} // namespace

void GoalSeekPanel::draw(PanelContext& ctx) {
    app::AppState& state = ctx.state;
    app::GoalSeekState& gs = state.goalSeek;
    const NumberFormat& f = ctx.format;
    heading("Goal seek");
    ImGui::TextWrapped(
        "Which value of one assumption reaches a target? For example: what enterprise discount makes "
        "payback month 18, how much more ARR clears MAP Lite, what tagging loses less than $10K of credits.");
    if (drawInvalid(ctx) || drawNoEstate(ctx)) return;
    const float labelWidth = ImGui::GetFontSize() * 7.0f;

    // Output and goal kind.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Output");
    ImGui::SameLine(labelWidth);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    if (ImGui::BeginCombo("##output", std::string(model::seekOutputName(gs.goal.output)).c_str())) {
        for (const model::SeekOutput o : kOutputs) {
            if (ImGui::Selectable(std::string(model::seekOutputName(o)).c_str(), o == gs.goal.output) &&
                o != gs.goal.output) {
                gs.goal.output = o;
                gs.goal.kind = app::defaultGoalKind(o);
                // A sensible first target: today's value of the output (the user then types the one they want).
                const double now = model::seekOutputValue(state.result, o);
                gs.goal.target = std::isfinite(now) ? now : 0.0;
                if (o == model::SeekOutput::VerdictLevel) gs.goal.target = 1.0;
            }
            locateLastItem("goalseek.output." + std::to_string(static_cast<int>(o)));
        }
        ImGui::EndCombo();
    }
    locateLastItem("goalseek.output");
    ImGui::SameLine();
    ImGui::TextDisabled(
        "now: %s", seekOutputText(gs.goal.output, model::seekOutputValue(state.result, gs.goal.output), f).c_str());

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Should be");
    ImGui::SameLine(labelWidth);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11.0f);
    if (ImGui::BeginCombo("##kind", kindName(gs.goal.kind))) {
        for (const model::GoalKind k : {model::GoalKind::AtLeast, model::GoalKind::AtMost, model::GoalKind::Equal})
            if (ImGui::Selectable(kindName(k), k == gs.goal.kind)) gs.goal.kind = k;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
    if (gs.goal.output == model::SeekOutput::PaybackMonth) {
        int month = static_cast<int>(gs.goal.target);
        if (ImGui::InputInt("##target", &month)) gs.goal.target = std::max(0, month);
        ImGui::SameLine();
        ImGui::TextDisabled("(month %d = %s)", static_cast<int>(gs.goal.target),
                            monthLabel(state.scenario.settings, static_cast<int>(gs.goal.target)).c_str());
    } else if (gs.goal.output == model::SeekOutput::VerdictLevel) {
        int level = std::clamp(static_cast<int>(gs.goal.target), 0, 2);
        const char* levels[] = {"not eligible", "MAP Lite", "MAP"};
        if (ImGui::Combo("##target", &level, levels, 3)) gs.goal.target = level;
    } else {
        // Money targets in display currency; negative allowed (a net cost below zero is a net gain).
        inputSignedMoney("##target", gs.goal.target, f);
    }
    locateLastItem("goalseek.target");

    // Lever.
    const auto& levers = app::leverChoices();
    const auto chosen =
        std::find_if(levers.begin(), levers.end(), [&](const app::LeverChoice& c) { return c.key == gs.leverKey; });
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("By changing");
    ImGui::SameLine(labelWidth);
    const float leverWidth = ImGui::GetFontSize() * 24.0f;
    ImGui::SetNextItemWidth(leverWidth);
    if (ImGui::BeginCombo("##lever", chosen != levers.end() ? chosen->label.c_str() : gs.leverKey.c_str(),
                          ImGuiComboFlags_HeightLarge)) {
        // A fixed width: a filter as wide as the popup fed the popup's own fit, and the list shrank by a pixel a frame.
        ImGui::SetNextItemWidth(leverWidth - 2.0f * ImGui::GetStyle().WindowPadding.x);
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::InputTextWithHint("##lfilter", "Filter", leverFilter, sizeof leverFilter);
        for (const app::LeverChoice& c : levers) {
            if (!containsCaseless(c.label, leverFilter) && !containsCaseless(c.key, leverFilter)) continue;
            if (ImGui::Selectable(c.label.c_str(), c.key == gs.leverKey) && c.key != gs.leverKey) {
                gs.leverKey = c.key;
                useBracket = false;
            }
            locateLastItem("goalseek.lever." + c.key);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.key.c_str());
        }
        ImGui::EndCombo();
    }
    locateLastItem("goalseek.lever");
    const model::AssumptionUnit unit = leverUnit(gs.leverKey);
    if (const model::Assumption* a = model::findAssumption(gs.leverKey); a && a->get) {
        ImGui::SameLine();
        ImGui::TextDisabled("now: %s", leverText(gs.leverKey, a->get(state.scenario), f).c_str());
    }

    // Optional bracket, in the lever's display unit.
    ImGui::Checkbox("Search only between", &useBracket);
    if (useBracket) {
        double lo = toDisplayUnit(unit, bracketLo, f), hi = toDisplayUnit(unit, bracketHi, f);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
        if (ImGui::InputDouble("##lo", &lo, 0.0, 0.0, "%.4g")) bracketLo = fromDisplayUnit(unit, lo, f);
        ImGui::SameLine();
        ImGui::TextUnformatted("and");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
        if (ImGui::InputDouble("##hi", &hi, 0.0, 0.0, "%.4g")) bracketHi = fromDisplayUnit(unit, hi, f);
        ImGui::SameLine();
        ImGui::TextDisabled("%s",
                            unit == model::AssumptionUnit::Percent ? "%" : std::string(model::unitLabel(unit)).c_str());
    }

    // The search runs only here, on the press (dozens of estimates: never per frame).
    if (ImGui::Button("Find the value")) {
        gs.lo = useBracket ? std::optional<double>(bracketLo) : std::nullopt;
        gs.hi = useBracket ? std::optional<double>(bracketHi) : std::nullopt;
        app::runGoalSeek(state, gs);
    }
    locateLastItem("goalseek.find");

    if (!gs.last) return;
    ImGui::Separator();
    const model::SeekResult& r = *gs.last;
    const bool current = gs.current(state.revision);
    if (!current) ImGui::TextDisabled("The scenario changed since this answer: press Find again for a fresh one.");
    const std::string outputName(model::seekOutputName(r.goal.output));
    std::string answer;
    switch (r.status) {
    case model::SeekStatus::Found:
        answer = r.leverLabel + " " + leverText(r.leverKey, r.value, f) + " makes " + outputName + " " +
                 seekOutputText(r.goal.output, r.output, f) + " (now " + leverText(r.leverKey, r.currentValue, f) +
                 " gives " + seekOutputText(r.goal.output, r.currentOutput, f) + ").";
        break;
    case model::SeekStatus::AlreadyMet:
        answer = "Already met: every " + r.leverLabel + " between " + leverText(r.leverKey, r.lo, f) + " and " +
                 leverText(r.leverKey, r.hi, f) + " reaches the target (now " + outputName + " " +
                 seekOutputText(r.goal.output, r.currentOutput, f) + ").";
        break;
    case model::SeekStatus::NotReachable:
        answer = "Not reachable in range [" + leverText(r.leverKey, r.lo, f) + ", " + leverText(r.leverKey, r.hi, f) +
                 "]: the best is " + r.leverLabel + " " + leverText(r.leverKey, r.boundValue, f) + ", giving " +
                 outputName + " " + seekOutputText(r.goal.output, r.boundOutput, f) + ".";
        break;
    default:
        answer = r.message;
        break;
    }
    const ImVec4 colour =
        r.reachable() ? ImGui::ColorConvertU32ToFloat4(colourPass()) : ImGui::ColorConvertU32ToFloat4(colourFail());
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextWrapped("%s", answer.c_str());
    ImGui::PopStyleColor();
    locateLastItem("goalseek.answer");
    copyMenu("copyanswer", answer, r.status == model::SeekStatus::Found ? number(r.value, f, 6) : "");
    if (!r.message.empty() && r.message != answer) ImGui::TextDisabled("%s", r.message.c_str());
    ImGui::TextDisabled("%d estimates run.", r.evaluations);
    if (r.status == model::SeekStatus::Found) {
        const bool can = current && !gs.applied;
        if (!can) ImGui::BeginDisabled();
        if (ImGui::Button("Apply")) app::applyGoalSeek(state, gs);
        locateLastItem("goalseek.apply");
        if (!can) ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::TextDisabled(gs.applied ? "Applied: Ctrl+Z undoes it." : "Sets the value as one undoable edit.");
    }
}

} // namespace est::ui
