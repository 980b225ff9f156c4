// tests/bench/app_bench.cpp - the app's own work per what-if slider step on a synthetic estate (10k and 100k
// workloads), as the page does it: AppState::edit with the slider's coalescing key, then recomputeIfDirty. Prints
// the whole step and the part that is not the engine (history, derived series, the business case in words, the
// credit tracker): "BENCH app_edit_<size>_<native|wasm>_ms" and "BENCH app_edit_other_<size>_<native|wasm>_ms".
#include "app/app_state.hpp"
#include "app/documents.hpp"
#include "model/assumptions.hpp"
#include "model/engine.hpp"
#include "model/synthetic_estate.hpp"
#include "bench_support.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

using est::bench::kSuffix;
using est::bench::msSince;

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct StepTimes {
    double wholeMs = 0.0; ///< edit + recomputeIfDirty
    double otherMs = 0.0; ///< the same less the engine's own time
};

StepTimes timeSliderSteps(int workloads, int steps) {
    using namespace est;
    double engineMs = 0.0;
    app::AppState state;
    state.estimator = [&engineMs](const model::Scenario& s, model::Result& out) {
        const auto start = std::chrono::steady_clock::now();
        model::estimateInto(s, out);
        engineMs += msSince(start);
    };
    // As the page does: the scenario being edited is estimated with its estate stamp.
    state.estimateEdited = [&engineMs](const model::Scenario& s, model::Result& out, model::EstateStamp estate) {
        const auto start = std::chrono::steady_clock::now();
        model::estimateInto(s, out, estate);
        engineMs += msSince(start);
    };
    state.defaults = app::defaultScenario();
    state.reset(state.defaults);
    state.recomputeIfDirty();
    // What the page's loadSynthetic does: one undoable replace, then a frame's recompute.
    model::Scenario synthetic = model::makeSyntheticScenario(workloads, 7);
    synthetic.settings.name = "Synthetic estate of " + std::to_string(workloads) + " workloads";
    state.replace(std::move(synthetic), "Open synthetic estate");
    state.recomputeIfDirty();

    const model::Assumption* edp = model::findAssumption("aws.enterpriseDiscountPct");
    std::vector<double> whole, other;
    for (int i = 0; i < steps; ++i) {
        // Back and forth across 0..30 %, as the frame bench drags the slider; every step changes the value.
        const double t = i <= steps / 2 ? double(i) / (steps / 2) : 2.0 - double(i) / (steps / 2);
        const double share = 0.003 + 0.297 * t;
        engineMs = 0.0;
        const auto start = std::chrono::steady_clock::now();
        state.edit(
            "Set Enterprise discount", app::EditScope::Settings,
            [edp, share](model::Scenario& s) { edp->set(s, share); }, "slider:aws.enterpriseDiscountPct");
        state.recomputeIfDirty();
        const double ms = msSince(start);
        whole.push_back(ms);
        other.push_back(ms - engineMs);
    }
    state.endGesture();
    if (!state.hasResult()) std::fprintf(stderr, "the synthetic scenario did not estimate\n");
    return {median(whole), median(other)};
}

} // namespace

int main() {
    timeSliderSteps(1000, 40); // warm-up (and, under Node, time for V8 to tier the wasm up)
    const struct {
        const char* name;
        int workloads;
        int steps;
    } cases[] = {{"10k", 10000, 41}, {"100k", 100000, 9}};
    for (const auto& c : cases) {
        const StepTimes t = timeSliderSteps(c.workloads, c.steps);
        std::printf("BENCH app_edit_%s_%s_ms %.3f ms\n", c.name, kSuffix, t.wholeMs);
        std::printf("BENCH app_edit_other_%s_%s_ms %.3f ms\n", c.name, kSuffix, t.otherMs);
    }
    return 0;
}
