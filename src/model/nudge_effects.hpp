// model/nudge_effects.hpp - what a small change of one assumption does to a figure, one assumption at a time.
//
// The tornado (uncertainty.hpp) ranks the assumptions that have a sourced range; the placeholders we ship without
// a range (hardware price per server, an admin's salary) drive today's cost just as much. A uniform nudge
// (+10 %) ranks those too, so a summary can name the few worth replacing with the customer's own figure.
#pragma once

#include "model/scenario.hpp"
#include "model/uncertainty.hpp"

#include <string>
#include <vector>

namespace est::model {

/// One assumption nudged: the metric before and after multiplying its value by (1 + fraction).
struct NudgeEffect {
    std::string key;
    double value = 0.0;       ///< the assumption's value in the scenario
    double nudgedValue = 0.0; ///< value x (1 + fraction), kept inside the registry's bounds
    double baseMetric = 0.0;
    double nudgedMetric = 0.0;
    double change = 0.0; ///< nudgedMetric - baseMetric
};

/// The effect of nudging each of `keys` by `fraction` (0.1 = +10 %) on `metric`, in the order of `keys`.
/// Skipped: unknown keys, values of 0 (a nudge of nothing), nudges that leave the registry's bounds or make the
/// scenario invalid. An invalid scenario gives no effects. Costs one estimate per key.
std::vector<NudgeEffect> nudgeEffects(const Scenario& s, const std::vector<std::string>& keys, double fraction,
                                      Metric metric = Metric::HorizonSavings);

} // namespace est::model
