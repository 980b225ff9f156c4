// ui/wave_timeline.hpp - the scenario's waves as timeline bars (Waves panel, Present's Plan step), made once per
// result.
#pragma once

#include "io/wave_plan_out.hpp"
#include "ui/charts.hpp"
#include "model/wave_planner.hpp"
#include "ui/panel_context.hpp"

#include <vector>

namespace est::ui {

/// The timeline rows of the scenario's waves (`waves` from io::summarizeWaves): migrating, then dual running, each
/// bar carrying its applications.
std::vector<charts::GanttBar> waveTimelineBars(const model::Scenario& s, const std::vector<io::WaveSummary>& waves,
                                               const NumberFormat& f);
/// Marks the bars of `plan`'s waves that are over their capacity (app::waveLoad): the warning colour, and "7.2x the
/// pilot size" after the groups on the bar. Does nothing when the plan has not as many waves as `bars`.
void markOverCapacity(std::vector<charts::GanttBar>& bars, const model::WavePlan& plan);
/// The part of the horizon the plan spans (from its first start to its last dual-running end, the credit period's
/// end included and marked), `height` pixels tall.
charts::GanttView planTimelineView(const app::AppState& state, const std::vector<charts::GanttBar>& bars, float height);

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
    long m_resultRevision = -1; ///< of the figures below (-1: none yet)
    NumberFormat m_format;
    std::vector<io::WaveSummary> m_waves;
    std::vector<charts::GanttBar> m_bars;
};

} // namespace est::ui
