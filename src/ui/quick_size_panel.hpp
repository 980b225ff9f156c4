// ui/quick_size_panel.hpp - the customer's five minutes: where from, how big, what it costs; answers while typing.
#pragma once

#include "ui/panel_context.hpp"

namespace est::ui {

/// The first screen: three questions on the left, the answers (run-rate, verdict, ladder, 5-year TCO) on the right.
struct QuickSizePanel {
    /// Returns true when the user asked to carry the answers into the detailed workspace.
    bool draw(PanelContext& ctx);
};

} // namespace est::ui
