// ui/widgets.cpp - copyable values, tiles and unit-aware inputs shared by the panels.
#include "ui/widgets.hpp"

#include "ui/charts.hpp"
#include "ui/glossary.hpp"
#include "ui/theme.hpp"
#include "ui/trace_view.hpp"
#include "ui/widget_locator.hpp"

#include "io/palette.hpp"
#include "formats/text.hpp"
#include "model/assumptions.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <optional>

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

namespace {

// One tile of tileRow, `height` tall so the row's tiles line up whatever each one says; its text wrapped at `inner`
// pixels, the width tileRow counted the lines at.
void drawTile(const Tile& t, float width, float inner, float height, const NumberFormat& format) {
    ImGui::PushID(t.id);
    ImFont* large = largeFont();
    ImGui::BeginChild("tile", ImVec2(width, height), true, ImGuiWindowFlags_NoScrollbar);
    const std::string name = t.locatorName ? t.locatorName : "";
    if (t.accent != 0) { // a colour key down the left edge
        const ImVec2 corner = ImGui::GetWindowPos();
        ImGui::GetWindowDrawList()->AddRectFilled(corner, ImVec2(corner.x + 4.0f, corner.y + height), t.accent);
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    wrappedText(t.caption, inner);
    ImGui::PopStyleColor();
    if (!name.empty()) locateLastItem(name + ".caption");
    defineLastItemIn(t.caption); // the caption's term, defined where it is read
    // Large type when it fits; the regular font rather than a clipped figure when the tile is narrow.
    const bool fits = large->CalcTextSizeA(large->FontSize, FLT_MAX, 0.0f, t.value.c_str()).x <= inner;
    const float lift = (large->FontSize - ImGui::GetFontSize()) * 0.5f;
    if (!fits) ImGui::Dummy(ImVec2(0.0f, lift));
    if (t.trace && !t.trace->formula.empty()) {
        traceValue("value", t.value, t.plain, *t.trace, format, t.locatorName, fits);
    } else {
        if (fits) ImGui::PushFont(large);
        ImGui::TextUnformatted(t.value.c_str());
        if (fits) ImGui::PopFont();
        if (t.locatorName) locateLastItem(t.locatorName);
        copyMenu("copy", t.value, t.plain);
    }
    if (!fits) ImGui::Dummy(ImVec2(0.0f, lift - ImGui::GetStyle().ItemSpacing.y));
    if (!t.note.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        wrappedText(t.note, inner);
        ImGui::PopStyleColor();
        if (!name.empty()) locateLastItem(name + ".note");
    }
    ImGui::EndChild();
    if (!name.empty()) locateLastItem(name + ".box");
    // No tooltip repeating the tile: its words are all on it (a figure's trace and the caption's term explain more).
    ImGui::PopID();
}

} // namespace

void tileRow(const std::vector<Tile>& tiles, const NumberFormat& format) {
    if (tiles.empty()) return;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float count = static_cast<float>(tiles.size());
    const float width = std::floor((ImGui::GetContentRegionAvail().x - style.ItemSpacing.x * (count - 1.0f)) / count);
    // Inside a bordered child the text runs between the window paddings.
    const float inner = width - style.WindowPadding.x * 2.0f;
    std::size_t lines = 2; // a one-line caption and a one-line note at the least, so short rows keep their shape
    for (const Tile& t : tiles)
        lines = std::max(lines,
                         wrapLines(t.caption, inner).size() + (t.note.empty() ? 1 : wrapLines(t.note, inner).size()));
    // Each text line and the value are items ItemSpacing.y apart; the value takes the large font's height.
    const float height = static_cast<float>(lines) * ImGui::GetTextLineHeightWithSpacing() + largeFont()->FontSize +
                         style.WindowPadding.y * 2.0f;
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        if (i > 0) ImGui::SameLine();
        drawTile(tiles[i], width, inner, height, format);
    }
}

void rightAlignNext(float width) {
    const float room = ImGui::GetContentRegionAvail().x - width;
    if (room > 0.0f) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room);
}

void tableHeaders(unsigned rightAligned) {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    const bool sortable = ImGui::TableGetSortSpecs() != nullptr;
    for (int c = 0; c < ImGui::TableGetColumnCount(); ++c) {
        if (!ImGui::TableSetColumnIndex(c)) continue;
        const char* name = ImGui::TableGetColumnName(c);
        if (c < 32 && (rightAligned & (1u << c)) != 0) {
            // Room for the sort arrow ImGui draws at the cell's right edge (its 0.65 em arrow and frame padding).
            const bool arrow = sortable && (ImGui::TableGetColumnFlags(c) & ImGuiTableColumnFlags_NoSort) == 0;
            const float reserved =
                arrow ? std::floor(ImGui::GetFontSize() * 0.65f + ImGui::GetStyle().FramePadding.x) : 0.0f;
            rightAlignNext(ImGui::CalcTextSize(name, nullptr, true).x + reserved);
        }
        ImGui::PushID(c);
        ImGui::TableHeader(name);
        ImGui::PopID();
    }
}

void rightAlignedText(const std::string& text) {
    rightAlignNext(ImGui::CalcTextSize(text.c_str()).x);
    ImGui::TextUnformatted(text.c_str());
}

void moneyCell(const char* id, const std::string& shown, const std::string& plain) {
    rightAlignNext(ImGui::CalcTextSize(shown.c_str()).x);
    copyableText(id, shown, plain);
}

std::vector<std::string> wrapLines(const std::string& text, float width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t end = text.find_first_of(" \n", at);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(at, end - at);
        const std::string longer = line.empty() ? word : line + " " + word;
        if (!line.empty() && ImGui::CalcTextSize(longer.c_str()).x > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = longer;
        }
        if (end < text.size() && text[end] == '\n') {
            lines.push_back(line);
            line.clear();
        }
        at = end + 1;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

void wrappedText(const std::string& text, float width) {
    if (width <= 0.0f) width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 4.0f);
    ImGui::BeginGroup();
    for (const std::string& line : wrapLines(text, width)) ImGui::TextUnformatted(line.c_str());
    ImGui::EndGroup();
}

void headlineText(const std::string& text, const char* locatorName) {
    ImGui::PushFont(largeFont());
    wrappedText(text);
    ImGui::PopFont();
    locateLastItem(locatorName);
}

bool wideButton(const char* label, const char* locatorName) {
    const bool clicked = ImGui::Button(label, ImVec2(-1.0f, 0.0f));
    locateLastItem(locatorName);
    // Where ImGui centres the label (ImGui::RenderTextClipped, align 0.5): wider than the button means clipped.
    const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    locateRect(std::string(locatorName) + ".label", (min.x + max.x - text.x) * 0.5f, (min.y + max.y - text.y) * 0.5f,
               text.x, text.y);
    return clicked;
}

void notEligiblePath(const io::NotEligiblePath& path, const std::string& locatorPrefix) {
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colourWarning()), "Not eligible yet");
    locateLastItem(locatorPrefix + ".path");
    wrappedText(path.gapText);
    locateLastItem(locatorPrefix + ".gapPath");
    if (!path.closers.empty()) ImGui::TextUnformatted("What would close the gap:");
    for (std::size_t i = 0; i < path.closers.size(); ++i) {
        ImGui::Bullet();
        wrappedText(path.closers[i]);
        locateLastItem(locatorPrefix + ".route" + std::to_string(i));
    }
}

bool inputSignedMoney(const char* label, double& usd, const NumberFormat& f, int decimals) {
    // Shown as the rest of the app shows money ("$1,250,000"); typed as people type it, with or without the
    // symbol and separators. ImGui keeps its own copy of the text while the field is being edited, so this
    // formatted text is only what the field shows at rest.
    std::string text = decimals > 0 ? moneyPrecise(usd, f, decimals) : money(usd, f);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s", text.c_str());
    if (!ImGui::InputText(label, buffer, sizeof buffer, ImGuiInputTextFlags_AutoSelectAll)) return false;
    std::string typed(buffer);
    if (!f.symbol.empty())
        for (std::size_t at = typed.find(f.symbol); at != std::string::npos; at = typed.find(f.symbol))
            typed.erase(at, f.symbol.size());
    const std::optional<double> shown =
        formats::text::parseNumber(typed, f.style == NumberStyle::CommaDot ? formats::text::NumberStyle::DecimalPoint
                                                                           : formats::text::NumberStyle::DecimalComma);
    if (!shown) return false; // half-typed ("1,2") or not a number: the amount stays until the text reads as one
    usd = *shown / f.rate;
    return true;
}

bool inputMoney(const char* label, double& usd, const NumberFormat& f, int decimals) {
    double typed = usd;
    if (!inputSignedMoney(label, typed, f, decimals)) return false;
    usd = std::max(typed, 0.0); // amounts typed here are costs and prices: never negative
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
        state.edit(
            "Set " + std::string(a->label), app::EditScope::Settings,
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

namespace {
unsigned int drawColour(io::palette::Rgb c) { return IM_COL32(c.r, c.g, c.b, 255); }
} // namespace

unsigned int colourToday() { return drawColour(io::palette::kToday); }
unsigned int colourAws() { return drawColour(io::palette::kAws); }
unsigned int colourFunding() { return drawColour(io::palette::kFunding); }
unsigned int colourOneTime() { return drawColour(io::palette::kOneTime); }
unsigned int colourSavings() { return drawColour(io::palette::kSavings); }
unsigned int colourOtherRun() { return drawColour(io::palette::kOtherRun); }
unsigned int colourFundingPhase(FundingPhase phase) {
    switch (phase) {
    case FundingPhase::Assess:
        return drawColour(io::palette::kAssess);
    case FundingPhase::Mobilize:
        return drawColour(io::palette::kMobilize);
    case FundingPhase::Credits:
        return drawColour(io::palette::kCredits);
    case FundingPhase::Training:
        return drawColour(io::palette::kTraining);
    }
    return drawColour(io::palette::kFunding);
}
unsigned int colourPass() { return drawColour(io::palette::kPass); }
unsigned int colourWarning() { return drawColour(io::palette::kWarning); }
unsigned int colourFail() { return drawColour(io::palette::kFail); }
unsigned int colourInk() { return drawColour(io::palette::kInk); }
unsigned int colourMuted() { return ImGui::GetColorU32(ImGuiCol_TextDisabled); }

} // namespace est::ui
