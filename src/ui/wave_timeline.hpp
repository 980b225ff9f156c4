// ui/wave_timeline.hpp - the scenario's waves as timeline bars (Waves panel, Present's Plan step), made once per result.
#pragma once

#include "io/wave_plan_out.hpp"
#include "ui/charts.hpp"
#include "ui/panel_context.hpp"

#include <vector>

namespace est::ui {

/// The timeline rows of the scenario's waves (`waves` from io::summarizeWaves): migrating, then dual running.
std::vector<charts::GanttBar> waveTimelineBars(const model::Scenario& s, const std::vector<io::WaveSummary>& waves,
                                               const NumberFormat& f);

/// The waves' summary and timeline bars of the state's result, made again only when the result or the number
/// format changes: summarising walks every workload, too much for every frame of a large estate.
class WaveTimeline {
public:
    /// Per wave: servers, vCPU, storage and AWS spend a month (io::summarizeWaves of the state's result).
    const std::vector<io::WaveSummary>& waves(const app::AppState& state, const NumberFormat& f);
    /// waveTimelineBars of waves().
    const std::vector<charts::GanttBar>& bars(const app::AppState& state, const NumberFormat& f);

private:
    void refresh(const app::AppState& state, const NumberFormat& f);
    long m_resultRevision = -1;  ///< of the figures below (-1: none yet)
    NumberFormat m_format;
    std::vector<io::WaveSummary> m_waves;
    std::vector<charts::GanttBar> m_bars;
};

} // namespace est::ui
