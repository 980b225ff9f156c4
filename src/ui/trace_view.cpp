// ui/trace_view.cpp - clickable figures and the trace popup: formula, terms in display currency, notes, copy.
#include "ui/trace_view.hpp"

#include "ui/theme.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <cfloat>
#include <cmath>

namespace est::ui {
namespace {
bool isMoneyUnit(const std::string& unit) { return unit.rfind("USD", 0) == 0; }

// The unit as the user reads it: money in the display currency, the rest as the engine wrote it.
std::string unitText(const std::string& unit, const NumberFormat& f) {
    if (isMoneyUnit(unit)) return f.symbol + unit.substr(3);
    if (unit.empty()) return "yes / no";
    return unit;
}

bool showsUsdNote(const NumberFormat& f) { return f.rate != 1.0 || f.symbol != "$"; }
} // namespace

std::string traceTermText(const model::TraceTerm& term, const NumberFormat& f) {
    if (isMoneyUnit(term.unit)) {
        // Small rates (per kWh, per hour) keep their cents; amounts are whole. "USD/month" keeps "/month".
        const double shown = term.value * f.rate;
        const bool cents = std::fabs(shown) < 100.0 && shown != std::round(shown);
        return (cents ? moneyPrecise(term.value, f, 2) : money(term.value, f)) + term.unit.substr(3);
    }
    if (term.unit == "%") return percent(term.value, f, 1);
    if (term.unit.empty()) return term.value != 0.0 ? "yes" : "no";
    const bool whole = term.value == static_cast<double>(static_cast<long long>(term.value));
    return number(term.value, f, whole ? 0 : 2) + " " + term.unit;
}

std::string traceText(const model::Trace& trace, const NumberFormat& f) {
    std::string out;
    if (!trace.figureLabel.empty()) out += trace.figureLabel + "\n";
    out += trace.formula + "\n";
    if (showsUsdNote(f)) out += "(amounts in the formula are USD; values below at " + number(f.rate, f, 4) + " per USD)\n";
    for (const model::TraceTerm& t : trace.terms) out += "  " + t.label + ": " + traceTermText(t, f) + "\n";
    for (const std::string& n : trace.notes) out += "  - " + n + "\n";
    return out;
}

void drawTraceBody(const model::Trace& trace, const NumberFormat& f, const std::string& locatorPrefix, bool fixedWidth) {
    // A popup sizes itself to its content, so it gets fixed widths; inline (a table cell) it fills what is there.
    ImGui::PushTextWrapPos(fixedWidth ? ImGui::GetCursorPosX() + ImGui::GetFontSize() * 32.0f : 0.0f);
    if (!trace.figureLabel.empty()) {
        ImGui::TextUnformatted(trace.figureLabel.c_str());
        ImGui::Separator();
    }
    ImGui::TextWrapped("%s", trace.formula.c_str());
    if (!locatorPrefix.empty()) locateLastItem(locatorPrefix + ".formula");
    if (showsUsdNote(f))
        ImGui::TextDisabled("Amounts in the formula are USD; the values below are at %s per USD.", number(f.rate, f, 4).c_str());
    if (!trace.terms.empty() &&
        ImGui::BeginTable("terms", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                          (fixedWidth ? ImGuiTableFlags_SizingFixedFit : ImGuiTableFlags_SizingStretchProp))) {
        const float em = ImGui::GetFontSize();
        ImGui::TableSetupColumn("From", fixedWidth ? ImGuiTableColumnFlags_WidthFixed : 0, fixedWidth ? em * 16.0f : 3.0f);
        ImGui::TableSetupColumn("Value", fixedWidth ? ImGuiTableColumnFlags_WidthFixed : 0, fixedWidth ? em * 9.0f : 1.8f);
        ImGui::TableSetupColumn("Unit", fixedWidth ? ImGuiTableColumnFlags_WidthFixed : 0, fixedWidth ? em * 4.0f : 1.0f);
        ImGui::TableHeadersRow();
        int row = 0;
        for (const model::TraceTerm& t : trace.terms) {
            ImGui::PushID(row++);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", t.label.c_str());
            ImGui::TableNextColumn();
            const std::string value = traceTermText(t, f);
            copyableText("v", value, number(isMoneyUnit(t.unit) ? t.value * f.rate : t.value, f, 4));
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", unitText(t.unit, f).c_str());
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    for (const std::string& n : trace.notes) ImGui::BulletText("%s", n.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Copy")) ImGui::SetClipboardText(traceText(trace, f).c_str());
    if (!locatorPrefix.empty()) locateLastItem(locatorPrefix + ".copy");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Copy the formula and its inputs as text");
}

bool traceValue(const char* id, const std::string& shown, const std::string& plain, const model::Trace& trace,
                const NumberFormat& f, const char* locatorName, bool large) {
    ImGui::PushID(id);
    ImFont* font = large ? largeFont() : ImGui::GetFont();
    const float size = large ? font->FontSize : ImGui::GetFontSize();
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, shown.c_str());
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool hasTrace = !trace.formula.empty();
    bool opened = false;
    if (hasTrace) {
        if (ImGui::InvisibleButton("value", ImVec2(extent.x > 1.0f ? extent.x : 1.0f, extent.y))) {
            ImGui::OpenPopup("trace");
            opened = true;
        }
    } else {
        ImGui::Dummy(extent);
    }
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddText(font, size, pos, ImGui::GetColorU32(ImGuiCol_Text), shown.c_str());
    if (hasTrace) {
        // A faint underline says "there is more behind this number"; a solid one while hovered.
        const float y = pos.y + extent.y - 1.0f;
        draw->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + extent.x, y),
                      hovered ? ImGui::GetColorU32(ImGuiCol_Text) : colourMuted(), hovered ? 1.5f : 1.0f);
        if (hovered) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            ImGui::SetTooltip("Click to see how this is computed; right-click to copy");
        }
    } else if (hovered) {
        ImGui::SetTooltip("Right-click to copy");
    }
    const std::string name = locatorName ? locatorName : "";
    if (!name.empty()) {
        locateLastItem(name);
        locateLastItem(name + ".trace");
    }
    copyMenu("copy", shown, plain);
    ImGui::SetNextWindowSizeConstraints(ImVec2(ImGui::GetFontSize() * 20.0f, 0.0f), ImVec2(ImGui::GetFontSize() * 40.0f, FLT_MAX));
    if (ImGui::BeginPopup("trace")) {
        drawTraceBody(trace, f, name.empty() ? std::string() : name + ".trace", true);
        ImGui::EndPopup();
    }
    ImGui::PopID();
    return opened;
}

} // namespace est::ui
