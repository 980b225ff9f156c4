// ui/present_view.cpp - Present's slides, drawn from io::summarizeBusinessCase and the Result (no figures made here).
#include "ui/present_view.hpp"
#include "io/prepared_for.hpp"
#include "ui/partner_logo.hpp"

#include "ui/charts.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/tracker_slide.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>

namespace est::ui {
namespace {

// Keyboard navigation stays off in Present's windows: arrows and Space turn the slides, never move a focus ring
// or press the button the mouse clicked last.
constexpr ImGuiWindowFlags kNoNavKeys = ImGuiWindowFlags_NoNavInputs;

bool pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }

// `text` in one of Present's fonts, wrapped at the region's right edge, named `locatorName` when not empty.
void textIn(PresentFont font, const std::string& text, const char* locatorName = nullptr) {
    ImGui::PushFont(presentFont(font));
    wrappedText(text);
    ImGui::PopFont();
    if (locatorName) locateLastItem(locatorName);
}

// `items` numbered, in the body font (or, with `bodyFont` false, in the font already pushed).
void numbered(const std::vector<std::string>& items, const char* locatorPrefix, bool bodyFont = true) {
    ImGui::PushFont(bodyFont ? presentFont(PresentFont::Body) : ImGui::GetFont());
    for (std::size_t i = 0; i < items.size(); ++i) {
        ImGui::Text("%d.", static_cast<int>(i + 1));
        ImGui::SameLine();
        wrappedText(items[i]);
        locateLastItem(std::string(locatorPrefix) + std::to_string(i));
    }
    ImGui::PopFont();
}

// One headline figure: caption, the amount at 64 px (short, so four fit a projector's width), its note.
void figure(const io::SummaryFigure& f, unsigned int accent, float width, const NumberFormat& format,
            const std::string& locatorName) {
    ImGui::PushID(locatorName.c_str());
    ImGui::BeginGroup();
    const ImVec2 corner = ImGui::GetCursorScreenPos();
    ImGui::Indent(ImGui::GetFontSize() * 0.5f);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - ImGui::GetFontSize());
    ImGui::PushFont(presentFont(PresentFont::Body));
    ImGui::TextDisabled("%s", f.caption.c_str());
    ImGui::PopFont();
    ImGui::PushFont(presentFont(PresentFont::Figure));
    ImGui::TextUnformatted(moneyShort(f.usd, format).c_str());
    ImGui::PopFont();
    locateLastItem(locatorName);
    ImGui::PushFont(presentFont(PresentFont::Body));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    wrappedText(f.note, width - ImGui::GetFontSize() * 1.5f); // never inside "$1.17M"
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::Unindent(ImGui::GetFontSize() * 0.5f);
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y;
    ImGui::GetWindowDrawList()->AddRectFilled(corner, ImVec2(corner.x + ImGui::GetFontSize() * 0.25f, bottom), accent);
    ImGui::PopID();
}

// `count` of the summary's figures from `first`, in a row; two rows of two when the widest amount would not fit a
// quarter of the width in the figure font.
void figures(const std::vector<io::SummaryFigure>& list, const NumberFormat& f, std::size_t first, std::size_t count) {
    const unsigned int accents[] = {colourToday(), colourAws(), colourOneTime(), colourFunding()};
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 2.0f;
    const float avail = ImGui::GetContentRegionAvail().x;
    ImFont* figureFont = presentFont(PresentFont::Figure);
    float widest = 0.0f;
    for (std::size_t k = 0; k < count && first + k < list.size(); ++k)
        widest = std::max(
            widest,
            figureFont->CalcTextSizeA(figureFont->FontSize, FLT_MAX, 0.0f, moneyShort(list[first + k].usd, f).c_str())
                .x);
    auto widthFor = [&](std::size_t columns) {
        return (avail - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    };
    // The figure, its accent bar and indent (half a body line each side) must fit its column.
    const float margin = presentFont(PresentFont::Body)->FontSize * 1.5f;
    const std::size_t columns = count > 2 && widthFor(count) < widest + margin ? 2 : count;
    const float width = widthFor(columns);
    const float left = ImGui::GetCursorPosX();
    for (std::size_t k = 0; k < count && first + k < list.size(); ++k) {
        if (k % columns != 0)
            ImGui::SameLine(left + static_cast<float>(k % columns) * (width + spacing)); // even columns
        const std::size_t i = first + k;
        figure(list[i], accents[i % 4], width, f, "present.figure" + std::to_string(i));
    }
}

// The step's one chart, filling the rest of the slide, its labels and legend in the body font. A chart that would
// be shorter than six body lines is left out rather than squeezed (a small screen keeps the words).
void chart(const char* id, const std::vector<charts::BridgeBar>& bars, const std::string& yTitle, const NumberFormat& f,
           const char* locatorName = "present.chart") {
    ImGui::PushFont(presentFont(PresentFont::Body));
    const float height = ImGui::GetContentRegionAvail().y - ImGui::GetStyle().ItemSpacing.y;
    if (height >= ImGui::GetFontSize() * 6.0f) {
        charts::Axes axes;
        axes.yTitle = yTitle + " (" + f.symbol + ")";
        axes.yTick = moneyShortFormatter(f);
        axes.yExact = moneyFormatter(f);
        charts::bridge(id, bars, axes, height);
        locateLastItem(locatorName);
    }
    ImGui::PopFont();
}

// A table in the body font: header row, then rows of cells.
// `moneyColumns`: the bits of the columns whose header and cells are right-aligned (see cells()).
bool beginTable(const char* id, std::initializer_list<const char*> headers, unsigned moneyColumns = 1u << 1) {
    if (!ImGui::BeginTable(id, static_cast<int>(headers.size()),
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
        return false;
    for (const char* h : headers) ImGui::TableSetupColumn(h);
    tableHeaders(moneyColumns);
    return true;
}

// One row; the columns whose bits are set in `moneyColumns` are right-aligned, so their digits line up.
void cells(std::initializer_list<std::string> values, unsigned moneyColumns = 1u << 1) {
    ImGui::TableNextRow();
    unsigned column = 0;
    for (const std::string& v : values) {
        ImGui::TableNextColumn();
        if (moneyColumns & (1u << column++))
            rightAlignedText(v);
        else
            ImGui::TextUnformatted(v.c_str());
    }
}

} // namespace

const char* presentStepName(PresentStep step) {
    static constexpr const char* kNames[kPresentStepCount] = {"Overview", "Today", "On AWS",
                                                              "Funding",  "Plan",  "Tracker"};
    return kNames[static_cast<int>(step)];
}

void PresentView::enter() {
    active = true;
    details = false;
    m_stepsFit = true; // measured again on this screen
}

void PresentView::leave() {
    active = false;
    details = false;
}

void PresentView::go(int delta) {
    const int next = std::clamp(static_cast<int>(step) + delta, 0, kPresentStepCount - 1);
    if (next != static_cast<int>(step)) details = false;
    step = static_cast<PresentStep>(next);
}

void PresentView::topBar(const app::AppState& state) {
    ImGui::PushFont(presentFont(PresentFont::Body));
    for (int i = 0; i < kPresentStepCount; ++i) {
        const auto s = static_cast<PresentStep>(i);
        const std::string label = std::to_string(i + 1) + " " + presentStepName(s);
        if (i > 0) ImGui::SameLine(0.0f, ImGui::GetFontSize());
        ImGui::PushStyleColor(ImGuiCol_Text, s == step ? ImGui::GetStyle().Colors[ImGuiCol_Text]
                                                       : ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        if (ImGui::Selectable(label.c_str(), s == step, 0, ImGui::CalcTextSize(label.c_str()))) {
            details = false;
            step = s;
        }
        ImGui::PopStyleColor();
        locateLastItem("present.step" + std::to_string(i));
    }
    const char* leaveLabel = "Leave (Esc)";
    const float leaveWidth = ImGui::CalcTextSize(leaveLabel).x + ImGui::GetStyle().FramePadding.x * 2.0f;
    ImGui::SameLine(
        std::max(ImGui::GetCursorPosX() + ImGui::GetFontSize(), ImGui::GetWindowContentRegionMax().x - leaveWidth));
    if (ImGui::Button(leaveLabel)) leave();
    locateLastItem("present.leave");
    // Every slide's header: the partner's logo and "Prepared for <customer> by <partner>" (the room sees who is
    // presenting to whom), then the scenario's name.
    shownLogo = partnerLogoOnChip(state.partner, ImGui::GetFontSize() * 1.6f, "present.logo");
    if (shownLogo) ImGui::SameLine();
    shownHeader = io::preparedForLine(state.scenario.settings.customerName, &state.partner);
    if (!shownHeader.empty()) {
        if (shownLogo)
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetFontSize() * 0.3f); // centred on the chip
        ImGui::TextUnformatted(shownHeader.c_str());
        locateLastItem("present.preparedFor");
        ImGui::SameLine(0.0f, ImGui::GetFontSize());
    }
    ImGui::TextDisabled("%s", state.scenario.settings.name.c_str());
    ImGui::PopFont();
    ImGui::Separator();
}

void PresentView::bottomBar() {
    ImGui::Separator();
    ImGui::PushFont(presentFont(PresentFont::Body));
    ImGui::BeginDisabled(step == PresentStep::Overview);
    if (ImGui::Button("\u2190 Previous")) go(-1);
    ImGui::EndDisabled();
    locateLastItem("present.prev");
    ImGui::SameLine();
    ImGui::Text("%d / %d", static_cast<int>(step) + 1, kPresentStepCount);
    locateLastItem("present.indicator");
    ImGui::SameLine();
    ImGui::BeginDisabled(step == PresentStep::Tracker);
    if (ImGui::Button("Next \u2192")) go(+1);
    ImGui::EndDisabled();
    locateLastItem("present.next");
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
    if (ImGui::Button(details ? "Hide details" : "Details")) details = !details;
    locateLastItem("present.details");
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
    ImGui::TextDisabled("\u2192 Space: next   \u2190: previous   Esc: leave");
    ImGui::PopFont();
}

void PresentView::slide(PanelContext& ctx) {
    const app::AppState& state = ctx.state;
    const io::BusinessCaseSummary& s = state.summary;
    const NumberFormat& f = ctx.format;
    if (step == PresentStep::Tracker) { // the bill after the move: it needs no estate
        trackerSlide(ctx);
        return;
    }
    // No estate or an invalid scenario: the headline says what is missing and the steps are the ways in.
    if (!s.ok || state.result.workloads.empty()) {
        textIn(PresentFont::Title, s.headline, "present.headline");
        ImGui::Spacing();
        numbered(s.nextSteps, "present.item");
        return;
    }
    switch (step) {
    case PresentStep::Overview:
        // The story on one slide: the verdict, the sentence, the figures and the bridge from today's cost to AWS.
        ImGui::PushFont(presentFont(PresentFont::Body));
        verdictBadge(s, "present.badge");
        ImGui::PopFont();
        textIn(PresentFont::Title, s.headline, "present.headline");
        ImGui::Spacing();
        // Not eligible yet: three figures and the path instead of a $0 of funding.
        figures(s.figures, f, 0, s.notEligible.shown ? 3 : 4);
        if (s.notEligible.shown) {
            textIn(PresentFont::Body, "Not eligible yet", "present.path");
            textIn(PresentFont::Body, s.notEligible.gapText, "present.gap");
        }
        ImGui::Spacing();
        chart("present-bridge", summaryBridgeBars(s.bridge), s.bridgeTitle, f);
        break;
    case PresentStep::Today:
        textIn(PresentFont::Title, "What you pay today", "present.headline");
        figures(s.figures, f, 0, 1);
        chart("present-today", summaryPartsBars(s.todayByCategory, "Today, per year", s.figures[0].usd, colourToday()),
              "Today's cost per year by category", f);
        break;
    case PresentStep::OnAws: {
        textIn(PresentFont::Title, "What you would pay on AWS", "present.headline");
        figures(s.figures, f, 1, 2);
        // Year by year, today against the move (slide 1 already shows the bridge over the horizon).
        ImGui::PushFont(presentFont(PresentFont::Body));
        const float height = ImGui::GetContentRegionAvail().y - ImGui::GetStyle().ItemSpacing.y;
        if (height >= ImGui::GetFontSize() * 6.0f) {
            charts::Axes axes;
            axes.xTitle = "Year";
            axes.yTitle = "Cost per year (" + f.symbol + ")";
            axes.xLabel = [&](int y) { return yearLabel(state.scenario.settings, y); };
            axes.yTick = moneyShortFormatter(f);
            axes.yExact = moneyFormatter(f);
            charts::groupedBars("present-years",
                                {{"Today (status quo)", state.derived.yearlyTodayUsd, colourToday(), true},
                                 {"With AWS, net of funding", state.derived.yearlyMigrationUsd, colourAws(), false}},
                                axes, height);
            locateLastItem("present.chart");
        }
        ImGui::PopFont();
        break;
    }
    case PresentStep::Funding:
        if (s.notEligible.shown) {
            textIn(PresentFont::Title, "Not eligible yet", "present.headline");
            textIn(PresentFont::Body, s.notEligible.gapText, "present.gap");
            ImGui::Spacing();
            textIn(PresentFont::Body, "What would close the gap:");
            numbered(s.notEligible.closers, "present.item");
            if (!s.notEligible.gapBridge.empty()) {
                ImGui::Spacing();
                chart("present-gap", summaryBridgeBars(s.notEligible.gapBridge), "AWS spend per year", f,
                      "present.gapChart");
            }
            break;
        }
        textIn(PresentFont::Title, "What AWS funds (" + s.badge + ")", "present.headline");
        figures(s.figures, f, 3, 1);
        // The payment schedule: when each phase arrives and what releases it (the customer's steps are on the Plan).
        {
            std::vector<std::string> schedule;
            for (const io::SummaryPart& p : s.fundingByPhase)
                schedule.push_back(p.label + ": " + moneyShort(p.usd, f) + ", " + p.note);
            numbered(schedule, "present.payment");
        }
        chart("present-funding", summaryPartsBars(s.fundingByPhase, "AWS funding", s.figures[3].usd, colourFunding()),
              "AWS funding by phase", f);
        break;
    case PresentStep::Plan: {
        textIn(PresentFont::Title, "The plan", "present.headline");
        // The waves' timeline down the slide's left, the customer's next steps beside it. The steps take the body font
        // when they fit their column (as measured last frame), the workspace's font when not: small, but not clipped.
        const std::vector<charts::GanttBar>& bars = m_waveTimeline.bars(state, f);
        const float height = ImGui::GetContentRegionAvail().y - ImGui::GetStyle().ItemSpacing.y;
        const float stepsWidth = bars.empty() ? 0.0f : ImGui::GetContentRegionAvail().x * 0.5f;
        if (!bars.empty()) {
            ImGui::BeginChild("plan-timeline", ImVec2(ImGui::GetContentRegionAvail().x - stepsWidth, height), false,
                              kNoNavKeys | ImGuiWindowFlags_NoScrollbar);
            ImGui::PushFont(presentFont(PresentFont::Body));
            charts::gantt(
                "present-plan", bars, state.result.months,
                [&](int m) { return monthLabel(state.scenario.settings, m); },
                planTimelineView(state, bars, ImGui::GetContentRegionAvail().y));
            locateLastItem("present.chart");
            ImGui::PopFont();
            ImGui::EndChild();
            ImGui::SameLine();
        }
        ImGui::BeginChild("plan-steps", ImVec2(0.0f, height), false, kNoNavKeys | ImGuiWindowFlags_NoScrollbar);
        ImGui::PushFont(m_stepsFit ? presentFont(PresentFont::Body) : ImGui::GetIO().Fonts->Fonts[0]);
        textIn(PresentFont::Body, "Next steps");
        numbered(s.nextSteps, "present.item", m_stepsFit);
        ImGui::PopFont();
        const bool overflows = ImGui::GetCursorPosY() > ImGui::GetWindowHeight();
        if (overflows && m_stepsFit) m_stepsFit = false;
        ImGui::EndChild();
        break;
    }
    case PresentStep::Tracker:
        break; // drawn above
    }
}

void PresentView::detailsWindow(PanelContext& ctx) {
    const app::AppState& state = ctx.state;
    const io::BusinessCaseSummary& s = state.summary;
    const NumberFormat& f = ctx.format;
    // Over the whole slide, between the step strip and the bottom bar: a table the room can read, not a popup
    // over the chart's labels.
    ImGui::SetNextWindowPos(ImVec2(m_slideRect.x, m_slideRect.y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(m_slideRect.width, m_slideRect.height), ImGuiCond_Always);
    ImGui::PushFont(presentFont(PresentFont::Body));
    const std::string title = std::string("Details: ") + presentStepName(step) + " (Esc closes)###present-details";
    if (ImGui::Begin(title.c_str(), &details,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoResize | kNoNavKeys)) {
        const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
        locateRect("present.detailsWindow", at.x, at.y, size.x, size.y);
        switch (step) {
        case PresentStep::Overview:
            if (beginTable("figures", {"Figure", "Amount", "What it means"})) {
                for (const io::SummaryFigure& x : s.figures) cells({x.caption, money(x.usd, f), x.note});
                ImGui::EndTable();
            }
            break;
        case PresentStep::Today:
            if (beginTable("today", {"Category", "Per year", "Share of today's cost"})) {
                for (std::size_t i = 0; i < s.todayByCategory.size() && i < state.result.tco.todayShares.size(); ++i)
                    cells({s.todayByCategory[i].label, money(s.todayByCategory[i].usd, f),
                           percent(state.result.tco.todayShares[i].share, f, 0)});
                ImGui::EndTable();
            }
            break;
        case PresentStep::OnAws: {
            const app::Derived& d = state.derived;
            if (beginTable("years", {"Year", "Today (status quo)", "With AWS, net of funding"}, 1u << 1 | 1u << 2)) {
                for (std::size_t y = 0; y < d.yearlyTodayUsd.size() && y < d.yearlyMigrationUsd.size(); ++y)
                    cells({yearLabel(state.scenario.settings, static_cast<int>(y)), money(d.yearlyTodayUsd[y], f),
                           money(d.yearlyMigrationUsd[y], f)},
                          1u << 1 | 1u << 2);
                ImGui::EndTable();
            }
            break;
        }
        case PresentStep::Funding:
            if (s.fundingByPhase.empty())
                ImGui::TextWrapped("%s", s.notEligible.gapText.c_str());
            else if (beginTable("phases", {"Phase", "Amount", "When"})) {
                for (const io::SummaryPart& p : s.fundingByPhase) cells({p.label, money(p.usd, f), p.note});
                ImGui::EndTable();
            }
            break;
        case PresentStep::Tracker:
            trackerSlideDetails(ctx);
            break;
        case PresentStep::Plan: {
            const std::vector<io::WaveSummary>& waves = m_waveTimeline.waves(state, f);
            if (waves.empty())
                ImGui::TextWrapped("No waves planned yet (Plan > Waves).");
            else if (beginTable("waves", {"Wave", "Servers", "Starts", "Goes live", "AWS a month"}, 1u << 4)) {
                for (const io::WaveSummary& w : waves)
                    cells({w.name, std::to_string(w.servers), monthLabel(state.scenario.settings, w.startMonth),
                           monthLabel(state.scenario.settings, w.goLiveMonth), money(w.awsMonthlyUsd, f)},
                          1u << 4);
                ImGui::EndTable();
            }
            break;
        }
        }
    }
    ImGui::End();
    ImGui::PopFont();
}

void PresentView::draw(PanelContext& ctx) {
    const app::AppState& state = ctx.state;
    if (!ImGui::GetIO().WantTextInput) {
        if (pressed(ImGuiKey_Escape)) {
            if (details)
                details = false; // the topmost popup first
            else {
                leave();
                return;
            }
        }
        if (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_Space)) go(+1);
        if (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_PageUp)) go(-1);
        if (pressed(ImGuiKey_Home)) go(-kPresentStepCount);
        if (pressed(ImGuiKey_End)) go(+kPresentStepCount);
    }

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    const float margin = presentFont(PresentFont::Body)->FontSize;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin * 1.5f, margin));
    ImGui::Begin("Present", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground | kNoNavKeys);
    ImGui::PopStyleVar();
    topBar(state);
    if (active) {
        ImGui::PushFont(presentFont(PresentFont::Body));
        const float bottomHeight = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2.0f;
        ImGui::PopFont();
        ImGui::BeginChild("slide", ImVec2(0, -bottomHeight), false, kNoNavKeys | ImGuiWindowFlags_NoScrollbar);
        slide(ctx);
        ImGui::EndChild();
        locateLastItem("present.slide");
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        m_slideRect = {min.x, min.y, max.x - min.x, max.y - min.y, 0};
        bottomBar();
    }
    ImGui::End();
    if (active && details) detailsWindow(ctx);
}

} // namespace est::ui
