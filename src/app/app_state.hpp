// app/app_state.hpp - the one owner of the data: the scenario being edited and what is derived from it.
#pragma once

#include "model/scenario.hpp"

namespace est::app {

/// Everything the views read. Views change it only through commands (see commands.hpp once it lands).
struct AppState {
    model::Scenario scenario;
    bool dirty = true;   ///< the scenario changed since the result was computed
    long revision = 0;   ///< bumped on every change; views cache derived text by it
};

} // namespace est::app
