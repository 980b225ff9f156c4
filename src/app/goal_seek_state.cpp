// app/goal_seek_state.cpp - runs goal seek on demand and applies its answer through AppState::edit (undoable).
#include "app/goal_seek_state.hpp"

#include "app/app_state.hpp"
#include "model/assumptions.hpp"

namespace est::app {

const std::vector<LeverChoice>& leverChoices() {
    static const std::vector<LeverChoice> choices = [] {
        std::vector<LeverChoice> out;
        out.push_back({"lever.taggedShareBySpend", "Share of eligible workloads tagged (largest spend first)"});
        out.push_back({"lever.taggedShare", "Share of eligible workloads tagged (in estate order)"});
        for (const model::Assumption& a : model::assumptions())
            if (a.get && a.set) out.push_back({std::string(a.key), std::string(a.label)});
        return out;
    }();
    return choices;
}

model::GoalKind defaultGoalKind(model::SeekOutput output) {
    switch (output) {
    case model::SeekOutput::NetMigrationCost:
    case model::SeekOutput::PaybackMonth:
    case model::SeekOutput::LeftOnTable:
    case model::SeekOutput::CreditsLostToTagging:
        return model::GoalKind::AtMost;
    default:
        return model::GoalKind::AtLeast;
    }
}

void runGoalSeek(const AppState& state, GoalSeekState& gs) {
    model::SeekOptions options;
    options.lo = gs.lo;
    options.hi = gs.hi;
    gs.last = model::seekGoal(state.scenario, gs.leverKey, gs.goal, options);
    gs.lastRevision = state.revision;
    gs.applied = false;
}

bool applyGoalSeek(AppState& state, GoalSeekState& gs) {
    if (!gs.current(state.revision) || gs.applied || gs.last->status != model::SeekStatus::Found) return false;
    // The lever is rebuilt on the scenario the answer was found for (same revision), so a tagging lever tags
    // the same workloads the search did.
    const std::optional<model::Lever> lever = model::findLever(gs.leverKey, state.scenario);
    if (!lever) return false;
    const double value = gs.last->value;
    // Custom levers (tagging) change workloads; registry assumptions change settings only.
    const EditScope scope = model::findAssumption(gs.leverKey) ? EditScope::Settings : EditScope::Workloads;
    const model::Lever l = *lever;
    state.edit("Goal seek: " + l.label + " = " + model::formatLeverValue(l, value), scope,
               [l, value](model::Scenario& s) { l.set(s, value); });
    state.endGesture();
    gs.applied = true;
    gs.lastRevision = state.revision; // the answer now describes the applied scenario
    return true;
}

} // namespace est::app
