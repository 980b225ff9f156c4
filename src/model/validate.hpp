// model/validate.hpp - validateProbe(): validate() for the probes of goal seek and nudge effects, which change
// assumptions of a valid scenario and keep its workloads (validate() itself is declared in engine.hpp).
#pragma once

#include "model/engine.hpp"

#include <vector>

namespace est::model {

/// validate() of `probe`: a copy of `valid` (a scenario validate() accepts) with only registry assumptions set. Its
/// workloads are the valid ones, so they are not checked again while what their checks read besides them (the plan's
/// wave count, the catalogue and the region) is unchanged; otherwise, the full validate().
std::vector<ValidationError> validateProbe(const Scenario& probe, const Scenario& valid);

} // namespace est::model
