// tests/app/test_support.hpp - an AppState wired to the real engine, as the browser app sets it up.
#pragma once

#include "app/app_state.hpp"
#include "app/documents.hpp"
#include "model/engine.hpp"

namespace est::test {

/// An AppState holding `scenario` (also its defaults), computed by the real engine when recomputed.
inline app::AppState engineState(const model::Scenario& scenario = app::defaultScenario()) {
    app::AppState state;
    state.estimator = [](const model::Scenario& s, model::Result& out) { model::estimateInto(s, out); };
    state.estimateEdited = [](const model::Scenario& s, model::Result& out, model::EstateStamp estate) {
        model::estimateInto(s, out, estate);
    };
    state.defaults = scenario;
    state.reset(scenario);
    return state;
}

} // namespace est::test
