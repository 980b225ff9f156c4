// ui/present_view.hpp - Present: the business case as projector slides (Overview, Today, On AWS, Funding, Plan) and,
// after the move, the credit tracker's (Tracker).
#pragma once

#include "ui/panels.hpp"
#include "ui/wave_timeline.hpp"
#include "ui/widget_locator.hpp"

#include <string>

namespace est::ui {

/// The steps of Present, in order (also the story's side-bar entries).
enum class PresentStep { Overview, Today, OnAws, Funding, Plan, Tracker };
inline constexpr int kPresentStepCount = 6;
/// "Overview", "Today", "On AWS", "Funding", "Plan", "Tracker".
const char* presentStepName(PresentStep step);

/// Present mode: one step at a time, full window, light projector theme, one chart per step, tables behind
/// "Details". Reads the Result and io::summarizeBusinessCase only. Keys: Right / PageDown / Space next, Left /
/// PageUp previous, Home / End first / last, Esc closes the details first and then leaves.
struct PresentView {
    bool active = false;
    PresentStep step = PresentStep::Overview;
    bool details = false;    ///< the step's table is open over the slide (the topmost popup: Esc closes it first)
    std::string shownHeader; ///< the header line the last slide showed ("Prepared for Acme Retail by Northwind Cloud")
    bool shownLogo = false;  ///< the last slide's header showed the partner's logo

    void enter();
    void leave();
    /// Draws the current step over the whole window and handles its keys and buttons.
    void draw(PanelContext& ctx);

private:
    WidgetRect m_slideRect;      ///< where the slide was drawn (the details table covers it)
    bool m_stepsFit = true;      ///< the Plan's next steps fit their column in the body font (else the smaller one)
    WaveTimeline m_waveTimeline; ///< the Plan step's timeline and details table
    void go(int delta);
    void topBar(const app::AppState& state);
    void bottomBar();
    void slide(PanelContext& ctx);
    void detailsWindow(PanelContext& ctx);
};

} // namespace est::ui
