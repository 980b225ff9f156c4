// ui/trace_view.cpp - clickable figures and the trace popup: formula, terms in display currency, notes, copy.
#include "ui/trace_view.hpp"

#include "ui/theme.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <vector>

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
    if (showsUsdNote(f))
        out += "(amounts in the formula are USD; values below at " + number(f.rate, f, 4) + " per USD)\n";
    for (const model::TraceTerm& t : trace.terms) out += "  " + t.label + ": " + traceTermText(t, f) + "\n";
    for (const std::string& n : trace.notes) out += "  - " + n + "\n";
    return out;
}

std::vector<const model::TraceTerm*> distinctTerms(const model::Trace& trace) {
    std::vector<const model::TraceTerm*> out;
    for (const model::TraceTerm& t : trace.terms) {
        bool seen = false;
        for (const model::TraceTerm* kept : out) seen = seen || *kept == t;
        if (!seen) out.push_back(&t);
    }
    return out;
}

void drawTraceBody(const model::Trace& trace, const NumberFormat& f, const std::string& locatorPrefix, bool fixedWidth,
                   const std::string& shown) {
    // A popup sizes itself to its content, so it gets fixed widths; inline (a table cell) it fills what is there.
    ImGui::PushTextWrapPos(fixedWidth ? ImGui::GetCursorPosX() + ImGui::GetFontSize() * 32.0f : 0.0f);
    const float wrapWidth = fixedWidth ? ImGui::GetFontSize() * 32.0f : 0.0f; // wrappedText: never inside a number
    if (!trace.figureLabel.empty()) {
        // The answer as a sentence first, then how it is computed.
        if (shown.empty())
            ImGui::TextUnformatted(trace.figureLabel.c_str());
        else
            wrappedText(trace.figureLabel + " is " + shown + ".", wrapWidth);
        if (!locatorPrefix.empty()) locateLastItem(locatorPrefix + ".sentence");
        ImGui::Separator();
    }
    ImGui::TextDisabled("How it is computed:");
    wrappedText(trace.formula, wrapWidth);
    if (!locatorPrefix.empty()) locateLastItem(locatorPrefix + ".formula");
    if (showsUsdNote(f))
        ImGui::TextDisabled("Amounts in the formula are USD; the values below are at %s per USD.",
                            number(f.rate, f, 4).c_str());
    const std::vector<const model::TraceTerm*> terms = distinctTerms(trace);
    std::vector<std::string> values;
    values.reserve(terms.size());
    float valueWidth = 0.0f;
    for (const model::TraceTerm* t : terms) {
        values.push_back(traceTermText(*t, f));
        valueWidth = std::max(valueWidth, ImGui::CalcTextSize(values.back().c_str()).x);
    }
    if (!terms.empty() &&
        ImGui::BeginTable("terms", 3,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                              (fixedWidth ? ImGuiTableFlags_SizingFixedFit : ImGuiTableFlags_SizingStretchProp))) {
        const float em = ImGui::GetFontSize();
        // The value column is as wide as its widest value: a number is never broken across lines.
        ImGui::TableSetupColumn("From", fixedWidth ? ImGuiTableColumnFlags_WidthFixed : 0,
                                fixedWidth ? em * 16.0f : 3.0f);
        ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthFixed, std::max(valueWidth, em * 4.0f));
        ImGui::TableSetupColumn("Unit", fixedWidth ? ImGuiTableColumnFlags_WidthFixed : 0,
                                fixedWidth ? em * 4.0f : 1.0f);
        tableHeaders(1u << 1);
        for (std::size_t row = 0; row < terms.size(); ++row) {
            const model::TraceTerm& t = *terms[row];
            ImGui::PushID(static_cast<int>(row));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", t.label.c_str());
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(-1.0f); // no wrapping
            moneyCell("v", values[row], number(isMoneyUnit(t.unit) ? t.value * f.rate : t.value, f, 4));
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", unitText(t.unit, f).c_str());
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    for (const std::string& n : trace.notes) { // wrapped: a long source line must not run out of the popup
        ImGui::Bullet();
        ImGui::TextWrapped("%s", n.c_str());
    }
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Copy")) ImGui::SetClipboardText(traceText(trace, f).c_str());
    if (!locatorPrefix.empty()) locateLastItem(locatorPrefix + ".copy");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Copy the formula and its inputs as text");
}

namespace {
// A value drawn as a link (when `hasTrace`) whose click opens a popup with the trace `traceOf()` returns; `traceOf`
// is called only while the popup is open, so a trace made on demand is made on the click, not every frame.
template <typename TraceOf>
bool drawTraceValue(const char* id, const std::string& shown, const std::string& plain, bool hasTrace,
                    const TraceOf& traceOf, const NumberFormat& f, const char* locatorName, bool large) {
    ImGui::PushID(id);
    ImFont* font = large ? largeFont() : ImGui::GetFont();
    const float size = large ? font->FontSize : ImGui::GetFontSize();
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, shown.c_str());
    const ImVec2 pos = ImGui::GetCursorScreenPos();
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
    if (locatorName != nullptr && *locatorName != '\0') {
        const std::string name = locatorName;
        locateLastItem(name);
        locateLastItem(name + ".trace");
    }
    copyMenu("copy", shown, plain);
    if (opened) {
        // Beside the figure, on the side with more room, so the number stays in view while its trace is read.
        const ImVec2 screen = ImGui::GetMainViewport()->Size;
        const float gap = ImGui::GetStyle().ItemSpacing.x;
        const bool left = pos.x + extent.x * 0.5f > screen.x * 0.5f;
        const bool up = pos.y + extent.y * 0.5f > screen.y * 0.6f;
        ImGui::SetNextWindowPos(ImVec2(left ? pos.x - gap : pos.x + extent.x + gap, up ? pos.y + extent.y : pos.y),
                                ImGuiCond_Always, ImVec2(left ? 1.0f : 0.0f, up ? 1.0f : 0.0f));
    }
    ImGui::SetNextWindowSizeConstraints(ImVec2(ImGui::GetFontSize() * 20.0f, 0.0f),
                                        ImVec2(ImGui::GetFontSize() * 40.0f, FLT_MAX));
    if (ImGui::BeginPopup("trace")) {
        const bool named = locatorName != nullptr && *locatorName != '\0';
        drawTraceBody(traceOf(), f, named ? std::string(locatorName) + ".trace" : std::string(), true, shown);
        ImGui::EndPopup();
    }
    ImGui::PopID();
    return opened;
}
} // namespace

bool traceValue(const char* id, const std::string& shown, const std::string& plain, const model::Trace& trace,
                const NumberFormat& f, const char* locatorName, bool large) {
    return drawTraceValue(
        id, shown, plain, !trace.formula.empty(), [&trace]() -> const model::Trace& { return trace; }, f, locatorName,
        large);
}

bool traceValueOnDemand(const char* id, const std::string& shown, const std::string& plain,
                        const std::function<const model::Trace&()>& traceOf, const NumberFormat& f,
                        const char* locatorName) {
    return drawTraceValue(id, shown, plain, true, traceOf, f, locatorName, false);
}

const model::Trace& TraceOnDemand::get(std::size_t key, long resultRevision,
                                       const std::function<model::Trace()>& make) {
    if (key != m_key || resultRevision != m_resultRevision) {
        m_trace = make();
        m_key = key;
        m_resultRevision = resultRevision;
    }
    return m_trace;
}

} // namespace est::ui
