// app/wave_planning.hpp - dependency files in and waves planned, each as one undoable step.
#pragma once

#include "app/app_state.hpp"
#include "app/documents.hpp"
#include "model/wave_planner.hpp"

#include <string>
#include <string_view>

namespace est::app {

/// Reads a dependency export against the current estate and merges it as one undoable step. Bad rows are
/// reported with their line; a file that cannot be read changes nothing.
ActionOutcome importDependencies(AppState& state, std::string_view bytes, const std::string& fileName);

/// Marks dependency `edge` (an index into scenario.dependencies) hard, soft or infrastructure as one undoable
/// step "Mark a -> b hard". The kind is kept when the same export is imported again; the move groups change on
/// the next planWaves(). An index out of range or the kind it already has changes nothing (ok is false).
ActionOutcome setDependencyKind(AppState& state, std::size_t edge, model::DependencyKind kind);

/// Plans the waves of the current scenario (model::planWaves on its current estimate) and writes them into
/// the scenario as one undoable step "Plan waves". `planned` (when given) receives the plan.
ActionOutcome planWaves(AppState& state, model::WavePlan* planned = nullptr);

} // namespace est::app
