// app/uncertainty_state.hpp - on-demand uncertainty runs (cases, Monte Carlo, tornado, band) for the views.
#pragma once

#include "model/result.hpp"
#include "model/uncertainty.hpp"

#include <vector>

namespace est::app {

/// The latest uncertainty run and the revision it belongs to. Runs only when requested (it is heavier than
/// one estimate), then follows edits while `live` is set.
struct UncertaintyState {
    bool requested = false; ///< a view asked for a run; done at the next recompute
    bool live = false;      ///< re-run after every change
    long revision = -1;     ///< scenario revision of the figures below (-1 = never run)
    int trials = 500;
    std::uint64_t seed = 20261123;
    model::MonteCarloResult monteCarlo;
    std::vector<model::TornadoBar> tornado;
    /// Monthly cumulative savings with every ranged assumption at its worse / better end (judged by the
    /// tornado's horizon savings), and at expected values.
    std::vector<double> pessimisticSavingsUsd, expectedSavingsUsd, optimisticSavingsUsd;
};

/// Runs the tornado, the Monte Carlo and the two end cases for `s` (valid scenarios only).
void runUncertainty(const model::Scenario& s, UncertaintyState& out);

} // namespace est::app
