// app/goal_seek_state.hpp - the Goal seek panel's question, its last answer and applying the answer as an edit.
#pragma once

#include "model/goal_seek.hpp"
#include "model/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace est::app {

class AppState;

/// One lever the user can pick: a registry key or a custom lever ("lever.taggedShare").
struct LeverChoice {
    std::string key;
    std::string label;
};

/// Every lever goal seek accepts, custom tagging levers first, then the registry in its order.
const std::vector<LeverChoice>& leverChoices();

/// The goal kind that reads naturally for an output: AtMost for costs, payback and losses, else AtLeast.
model::GoalKind defaultGoalKind(model::SeekOutput output);

/// The question being asked and the last answer. The search runs only in run(), never per frame.
struct GoalSeekState {
    model::Goal goal{model::SeekOutput::PaybackMonth, model::GoalKind::AtMost, 18.0};
    std::string leverKey = "aws.enterpriseDiscountPct";
    std::optional<double> lo; ///< bracket; unset = the lever's domain
    std::optional<double> hi;
    std::optional<model::SeekResult> last; ///< answer of the last run()
    long lastRevision = -1;                ///< scenario revision `last` was computed for
    bool applied = false;                  ///< `last` was applied to the scenario
    /// True when the last answer belongs to scenario revision `revision` (and can be applied).
    bool current(long revision) const { return last && lastRevision == revision; }
};

/// Runs seekGoal for `gs`'s question on `state.scenario` and stores the answer (never throws).
void runGoalSeek(const AppState& state, GoalSeekState& gs);

/// Applies the found value as one undoable edit "Goal seek: <lever> = <value>". Returns false (and changes
/// nothing) when there is no Found answer for the current revision or it was applied already.
bool applyGoalSeek(AppState& state, GoalSeekState& gs);

} // namespace est::app
