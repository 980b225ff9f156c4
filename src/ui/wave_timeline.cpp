// ui/wave_timeline.cpp - the waves' timeline bars with their tooltips, kept per result and number format.
#include "ui/wave_timeline.hpp"

#include "ui/panels.hpp"

#include <imgui.h>

namespace est::ui {

std::vector<charts::GanttBar> waveTimelineBars(const model::Scenario& s, const std::vector<io::WaveSummary>& waves,
                                               const NumberFormat& f) {
    std::vector<charts::GanttBar> bars;
    static const unsigned int kColours[] = {IM_COL32(76, 114, 176, 255), IM_COL32(221, 132, 82, 255), IM_COL32(85, 168, 104, 255),
                                            IM_COL32(70, 160, 180, 255), IM_COL32(129, 114, 179, 255)};
    for (std::size_t w = 0; w < waves.size(); ++w) {
        const int dual = w < s.plan.waves.size() ? s.plan.waves[w].dualRunningMonths : 0;
        charts::GanttBar b;
        b.label = waves[w].name;
        b.start = waves[w].startMonth;
        b.goLive = waves[w].goLiveMonth;
        b.end = waves[w].goLiveMonth + dual;
        b.colour = kColours[w % 5];
        b.tooltip = waves[w].name + ": " + std::to_string(waves[w].servers) + " servers, " + std::to_string(waves[w].vcpu) + " vCPU, " +
                    number(waves[w].storageGb, f) + " GB\nstarts " + monthLabel(s.settings, b.start) + ", goes live " +
                    monthLabel(s.settings, b.goLive) + ", dual running until " + monthLabel(s.settings, b.end) + "\nAWS " +
                    money(waves[w].awsMonthlyUsd, f) + " a month";
        bars.push_back(std::move(b));
    }
    return bars;
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
