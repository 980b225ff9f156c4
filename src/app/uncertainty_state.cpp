// app/uncertainty_state.cpp - the uncertainty run: tornado ends drive the pessimistic and optimistic scenarios.
#include "app/uncertainty_state.hpp"

#include "model/assumptions.hpp"
#include "model/engine.hpp"

namespace est::app {
namespace {
std::vector<double> cumulativeSavings(const model::Scenario& s) {
    const model::Result r = model::estimate(s);
    std::vector<double> out;
    out.reserve(r.monthly.size());
    for (const model::PeriodFigures& m : r.monthly) out.push_back(m.cumulativeSavingsUsd);
    return out;
}
} // namespace

void runUncertainty(const model::Scenario& s, UncertaintyState& out) {
    out.monteCarlo = model::monteCarlo(s, out.trials, out.seed);
    out.tornado = model::tornado(s, model::Metric::HorizonSavings);
    model::Scenario worse = s, better = s;
    for (const model::TornadoBar& bar : out.tornado) {
        const model::Assumption* a = model::findAssumption(bar.key);
        if (!a || !a->set) continue;
        const bool lowIsWorse = bar.lowMetric <= bar.highMetric;
        a->set(worse, lowIsWorse ? bar.lowInput : bar.highInput);
        a->set(better, lowIsWorse ? bar.highInput : bar.lowInput);
    }
    out.expectedSavingsUsd = cumulativeSavings(s);
    out.pessimisticSavingsUsd = cumulativeSavings(worse);
    out.optimisticSavingsUsd = cumulativeSavings(better);
}

} // namespace est::app
