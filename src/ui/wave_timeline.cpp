// ui/wave_timeline.cpp - the waves' timeline bars with their tooltips, kept per result and number format.
#include "ui/wave_timeline.hpp"

#include "app/wave_planning.hpp"
#include "ui/panels.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace est::ui {

namespace {
// "Billing, CRM, Intranet +4 more", or the server count when the wave's workloads name no application.
std::string barTextOf(const io::WaveSummary& w) {
    if (w.applications.empty()) return std::to_string(w.servers) + (w.servers == 1 ? " server" : " servers");
    std::string text;
    const std::size_t shown = std::min<std::size_t>(w.applications.size(), 3);
    for (std::size_t i = 0; i < shown; ++i) text += (i ? ", " : "") + w.applications[i];
    if (w.applications.size() > shown) text += " +" + std::to_string(w.applications.size() - shown) + " more";
    return text;
}
} // namespace

std::vector<charts::GanttBar> waveTimelineBars(const model::Scenario& s, const std::vector<io::WaveSummary>& waves,
                                               const NumberFormat& f) {
    std::vector<charts::GanttBar> bars;
    // Blues, greens and purples: orange is AWS and red is a wave over its capacity.
    static const unsigned int kColours[] = {IM_COL32(76, 114, 176, 255), IM_COL32(85, 150, 104, 255),
                                            IM_COL32(129, 114, 179, 255), IM_COL32(50, 140, 160, 255),
                                            IM_COL32(100, 100, 140, 255)};
    for (std::size_t w = 0; w < waves.size(); ++w) {
        const int dual = w < s.plan.waves.size() ? s.plan.waves[w].dualRunningMonths : 0;
        charts::GanttBar b;
        b.label = waves[w].name;
        b.start = waves[w].startMonth;
        b.goLive = waves[w].goLiveMonth;
        b.end = waves[w].goLiveMonth + dual;
        b.colour = kColours[w % 5];
        b.barText = barTextOf(waves[w]);
        b.tooltip = waves[w].name + ": " + std::to_string(waves[w].servers) + " servers, " +
                    std::to_string(waves[w].vcpu) + " vCPU, " + number(waves[w].storageGb, f) + " GB\nstarts " +
                    monthLabel(s.settings, b.start) + ", goes live " + monthLabel(s.settings, b.goLive) +
                    ", dual running until " + monthLabel(s.settings, b.end) + "\nAWS " +
                    money(waves[w].awsMonthlyUsd, f) + " a month";
        bars.push_back(std::move(b));
    }
    return bars;
}

void markOverCapacity(std::vector<charts::GanttBar>& bars, const model::WavePlan& plan) {
    if (plan.waves.size() != bars.size()) return;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const model::PlannedWave& w = plan.waves[i];
        const app::WaveLoad load = app::waveLoad(static_cast<int>(i) + 1, w.servers, w.vcpu, w.storageGb,
                                                 {w.capacityServers, w.capacityVcpu, w.capacityStorageGb});
        if (!load.over) continue;
        bars[i].colour = colourFail();
        bars[i].barText += ": " + load.text.substr(0, load.text.find(" ("));
        bars[i].tooltip += "\n" + load.text;
    }
}

charts::GanttView planTimelineView(const app::AppState& state, const std::vector<charts::GanttBar>& bars,
                                   float height) {
    charts::GanttView view;
    view.height = height;
    const int months = state.result.months;
    if (bars.empty() || months <= 0) return view;
    int first = months, last = 0;
    for (const charts::GanttBar& b : bars) {
        first = std::min(first, b.start);
        last = std::max({last, b.goLive, b.end});
    }
    // The credit period's end, where waves after it earn no credits (program mechanics; none when not eligible).
    const int creditEnd = state.result.fundingProfiles.programMechanics.creditPeriodEndMonth;
    if (state.result.eligibility.verdict != model::Verdict::NotEligible && creditEnd > 0 && creditEnd < months) {
        view.markerMonth = creditEnd;
        view.markerLabel = "Credit period ends " + monthLabel(state.scenario.settings, creditEnd);
        last = std::max(last, creditEnd);
    }
    // A quarter's margin each side, on quarter boundaries, so the plan fills the width and its ends are seen.
    view.firstMonth = std::max(0, (first - 1) / 3 * 3);
    view.endMonth = std::min(months, (last + 3) / 3 * 3 + 3);
    return view;
}

const std::vector<io::WaveSummary>& WaveTimeline::waves(const app::AppState& state, const NumberFormat& f) {
    refresh(state, f);
    return m_waves;
}

const std::vector<charts::GanttBar>& WaveTimeline::bars(const app::AppState& state, const NumberFormat& f) {
    refresh(state, f);
    return m_bars;
}

void WaveTimeline::refresh(const app::AppState& state, const NumberFormat& f) {
    if (m_resultRevision == state.resultRevision && m_format == f) return;
    m_waves = io::summarizeWaves(state.scenario, state.result);
    m_bars = waveTimelineBars(state.scenario, m_waves, f);
    m_resultRevision = state.resultRevision;
    m_format = f;
}

} // namespace est::ui
