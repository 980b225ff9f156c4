// ui/workspace.hpp - the root view: menu bar, side bar and the panel area that fill the browser window.
#pragma once

#include "app/app_state.hpp"

namespace est::ui {

/// Draws the whole estimator for one frame into a full-window ImGui window.
struct Workspace {
    void draw(app::AppState& state);
};

} // namespace est::ui
