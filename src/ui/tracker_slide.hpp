// ui/tracker_slide.hpp - Present's Tracker slide: after the move, the customer's bill against the plan.
#pragma once

#include "ui/panel_context.hpp"

namespace est::ui {

/// The slide: a headline, four figures (tagged share, MAP credits applied, credits at stake a quarter, the
/// re-forecast against the plan) and one chart, tagged eligible spend per quarter against the plan's forecast.
/// Without billing files: which file to export and how to drop it.
void trackerSlide(PanelContext& ctx);
/// The slide's Details: per quarter, tagged eligible spend and MAP credits from the bill and from the plan.
void trackerSlideDetails(PanelContext& ctx);

} // namespace est::ui
