// ui/tracker_panel.hpp - the Tracker step: the customer's AWS bill against the plan, after the move (MAP credits).
#pragma once

#include "ui/panel_context.hpp"

#include <array>
#include <string>

namespace est::ui {

/// The credit tracker: files read (remove, undo), reading progress and Cancel, tagged eligible spend and MAP credits
/// per quarter against the plan, the re-forecast, the untagged resources to tag now (and their CSV), invalid tag
/// values, excluded spend, linked accounts and planned workloads matched by Name tag. Reads app::TrackerState only.
struct TrackerPanel {
    std::array<char, 24> mpeBuffer{}; ///< the MPE ID being typed
    long mpeShownGeneration = -1;     ///< the tracker generation mpeBuffer was filled from
    void draw(PanelContext& ctx);
};

/// Tagged eligible spend per quarter, from the bill and (with a plan) the plan's forecast, as grouped bars.
void trackerSpendChart(const PanelContext& ctx, float height, const char* locatorName);
/// MAP credits applied per quarter, from the bill and (with a plan) the plan's credits released that quarter.
void trackerCreditsChart(const PanelContext& ctx, float height, const char* locatorName);
/// What to export from the AWS console, and that nothing leaves the browser (the empty Tracker and its slide).
const char* trackerEmptyText();

} // namespace est::ui
