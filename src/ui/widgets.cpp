// ui/widgets.cpp - copyable values, tiles and unit-aware inputs shared by the panels.
#include "ui/widgets.hpp"

#include "ui/charts.hpp"
#include "ui/glossary.hpp"
#include "ui/theme.hpp"
#include "ui/trace_view.hpp"
#include "ui/widget_locator.hpp"

#include "model/assumptions.hpp"

#include <imgui.h>

#include <cfloat>

namespace est::ui {

void copyMenu(const char* id, const std::string& shown, const std::string& plain) {
    if (ImGui::BeginPopupContextItem(id)) {
        if (ImGui::MenuItem(("Copy \"" + shown + "\"").c_str())) ImGui::SetClipboardText(shown.c_str());
        if (!plain.empty() && plain != shown && ImGui::MenuItem(("Copy as number " + plain).c_str()))
            ImGui::SetClipboardText(plain.c_str());
        ImGui::EndPopup();
    }
}

void copyableText(const char* id, const std::string& shown, const std::string& plain) {
    ImGui::TextUnformatted(shown.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Right-click to copy");
    copyMenu(id, shown, plain);
}

void tile(const char* id, const char* caption, const std::string& value, const std::string& plain,
          const std::string& note, float width, const char* locatorName, const model::Trace* trace,
          const NumberFormat* format) {
    ImGui::PushID(id);
    const ImGuiStyle& style = ImGui::GetStyle();
    ImFont* large = largeFont();
    const float height = ImGui::GetTextLineHeight() * 2.0f + large->FontSize + style.WindowPadding.y * 2.0f +
                         style.ItemSpacing.y * 2.0f;
    ImGui::BeginChild("tile", ImVec2(width, height), true, ImGuiWindowFlags_NoScrollbar);
    const float inner = ImGui::GetContentRegionAvail().x;
    ImGui::TextDisabled("%s", charts::fitText(caption, inner).c_str());
    const bool defined = defineLastItemIn(caption); // the caption's term, defined where it is read
    // Large type when it fits; the regular font rather than a clipped figure when the tile is narrow.
    const bool fits = large->CalcTextSizeA(large->FontSize, FLT_MAX, 0.0f, value.c_str()).x <= inner;
    if (trace && !trace->formula.empty()) {
        if (!fits) ImGui::Dummy(ImVec2(0.0f, (large->FontSize - ImGui::GetFontSize()) * 0.5f));
        traceValue("value", value, plain, *trace, format ? *format : NumberFormat{}, locatorName, fits);
        if (!fits) ImGui::Dummy(ImVec2(0.0f, (large->FontSize - ImGui::GetFontSize()) * 0.5f - ImGui::GetStyle().ItemSpacing.y));
    } else {
        if (fits) ImGui::PushFont(large);
        else ImGui::Dummy(ImVec2(0.0f, (large->FontSize - ImGui::GetFontSize()) * 0.5f));
        ImGui::TextUnformatted(value.c_str());
        if (fits) ImGui::PopFont();
        else ImGui::Dummy(ImVec2(0.0f, (large->FontSize - ImGui::GetFontSize()) * 0.5f - ImGui::GetStyle().ItemSpacing.y));
        if (locatorName) locateLastItem(locatorName);
        copyMenu("copy", value, plain);
    }
    if (!note.empty()) ImGui::TextDisabled("%s", charts::fitText(note, inner).c_str());
    ImGui::EndChild();
    if (!defined && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s: %s\n%s\nRight-click the value to copy it", caption, value.c_str(), note.c_str());
    ImGui::PopID();
}

void headlineText(const std::string& text, const char* locatorName) {
    ImGui::PushFont(largeFont());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    locateLastItem(locatorName);
}

bool inputMoney(const char* label, double& usd, const NumberFormat& f, double stepDisplay, int decimals) {
    double shown = usd * f.rate;
    // '%' in a currency symbol would be read as a conversion by ImGui's printf-style format.
    std::string symbol;
    for (const char c : f.symbol) symbol += c == '%' ? std::string("%%") : std::string(1, c);
    const std::string format = symbol + "%." + std::to_string(decimals < 0 ? 0 : decimals) + "f";
    if (!ImGui::InputDouble(label, &shown, stepDisplay, stepDisplay * 10.0, format.c_str())) return false;
    if (shown < 0.0) shown = 0.0; // amounts typed here are costs and prices: never negative
    usd = shown / f.rate;
    return true;
}

bool inputPercent(const char* label, double& share, double minPct, double maxPct) {
    double pct = share * 100.0;
    if (!ImGui::InputDouble(label, &pct, 1.0, 5.0, "%.1f %%")) return false;
    if (pct < minPct) pct = minPct;
    if (pct > maxPct) pct = maxPct;
    share = pct / 100.0;
    return true;
}

bool assumptionSlider(app::AppState& state, const char* key, float minPct, float maxPct, const char* locatorName) {
    const model::Assumption* a = model::findAssumption(key);
    if (!a || !a->get || !a->set) return false;
    float pct = static_cast<float>(a->get(state.scenario) * 100.0);
    const std::string label = std::string(a->label) + "##" + key;
    const bool changed = ImGui::SliderFloat(label.c_str(), &pct, minPct, maxPct, "%.1f %%");
    locateLastItem(locatorName);
    if (changed) {
        const double share = static_cast<double>(pct) / 100.0;
        state.edit("Set " + std::string(a->label), app::EditScope::Settings,
                   [a, share](model::Scenario& s) { a->set(s, share); }, std::string("slider:") + key);
    }
    if (ImGui::IsItemDeactivated()) state.endGesture();
    return changed;
}

void helpMarker(const char* text) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

unsigned int colourToday() { return IM_COL32(120, 144, 170, 255); }
unsigned int colourAws() { return IM_COL32(255, 153, 0, 255); }
unsigned int colourFunding() { return IM_COL32(46, 170, 110, 255); }
unsigned int colourOneTime() { return IM_COL32(150, 110, 200, 255); }
unsigned int colourPass() { return IM_COL32(46, 170, 110, 255); }
unsigned int colourFail() { return IM_COL32(220, 70, 60, 255); }
unsigned int colourMuted() { return ImGui::GetColorU32(ImGuiCol_TextDisabled); }

} // namespace est::ui
