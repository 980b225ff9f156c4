// ui/panel_context.hpp - what every panel is handed each frame: the app's data, the request queue, the look.
#pragma once

#include "app/app_state.hpp"
#include "app/requests.hpp"
#include "ui/format.hpp"

namespace est::ui {

/// Per-frame inputs of a panel. Panels keep only view state in their own struct.
struct PanelContext {
    app::AppState& state;
    app::Requests& requests;
    NumberFormat format;             ///< money and number display
    const char* openPanel = nullptr; ///< set by a view: the panel key ("quick", "dispositions") shown after this frame
};

} // namespace est::ui
