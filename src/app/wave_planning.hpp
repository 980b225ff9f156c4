// app/wave_planning.hpp - dependency files in and waves planned, each as one undoable step.
#pragma once

#include "app/app_state.hpp"
#include "app/documents.hpp"
#include "model/wave_planner.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace est::app {

/// Reads a dependency export against the current estate and merges it as one undoable step. Bad rows are
/// reported with their line; a file that cannot be read changes nothing.
ActionOutcome importDependencies(AppState& state, std::string_view bytes, const std::string& fileName);

/// Marks dependency `edge` (an index into scenario.dependencies) hard, soft or infrastructure as one undoable
/// step "Mark a -> b hard". The kind is kept when the same export is imported again; the move groups change on
/// the next planWaves(). An index out of range or the kind it already has changes nothing (ok is false).
ActionOutcome setDependencyKind(AppState& state, std::size_t edge, model::DependencyKind kind);

/// How full a wave is against its capacity: the limit that binds most (servers, vCPU or storage) and, over it, the
/// words the plan shows: "7.2x the pilot size" for wave 1, "2.4x this wave's capacity" after it, "4 % over this wave's
/// capacity" under 1.1 times.
struct WaveLoad {
    double ratio = 0.0; ///< used / capacity of the binding limit (0 when the wave holds nothing)
    std::string limit;  ///< "servers", "vCPU" or "storage"
    bool over = false;  ///< ratio > 1
    std::string text;   ///< "7.2x the pilot size (36 servers; the pilot holds 5)"; empty when not over
};
WaveLoad waveLoad(int waveNumber, int servers, int vcpu, double storageGb, const model::WaveCapacity& capacity);

/// Plans the waves of the current scenario (model::planWaves on its current estimate) and writes them into
/// the scenario as one undoable step "Plan waves". `planned` (when given) receives the plan.
ActionOutcome planWaves(AppState& state, model::WavePlan* planned = nullptr);

/// The indices of `plan`'s move groups in the order the plan runs: by wave, then by name (the first `limit`).
std::vector<int> groupsInWaveOrder(const model::WavePlan& plan, std::size_t limit = 2000);

/// After an import: when every workload sits in one wave and they are more than a full wave holds (an inventory
/// has no waves of its own), plans a first set of waves (planWaves, its own undoable step) so the case
/// never rests on one wave of hundreds of servers. Returns true when it planned.
bool planFirstWavesIfOneWave(AppState& state);

} // namespace est::app
