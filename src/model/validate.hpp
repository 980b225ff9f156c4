// model/validate.hpp - validateProbe(): validate() for the probes of goal seek and nudge effects, which change
// assumptions of a valid scenario and keep its workloads, and validateSettings() for an estimate of settings edited
// over a known estate (validate() itself is declared in engine.hpp).
#pragma once

#include "model/engine.hpp"

#include <vector>

namespace est::model {

/// validate() of `probe`: a copy of `valid` (a scenario validate() accepts) with only registry assumptions set. Its
/// workloads are the valid ones, so they are not checked again while what their checks read besides them (the plan's
/// wave count, the catalogue and the region) is unchanged; otherwise, the full validate().
std::vector<ValidationError> validateProbe(const Scenario& probe, const Scenario& valid);

/// validate() without the workloads' own checks: only for a scenario whose workloads passed them, with what those
/// checks read besides the workloads unchanged since (the plan's wave count; whether the catalogue has the target
/// region's prices: pricesMissing()).
std::vector<ValidationError> validateSettings(const Scenario& s);

/// Whether the workloads' checks find the target region's prices missing (no catalogue, or no tables for the region).
bool pricesMissing(const Scenario& s);

} // namespace est::model
