// ui/workspace.hpp - the root view: menu bar, side bar, the current panel and the status line.
#pragma once

#include "app/app_state.hpp"
#include "app/requests.hpp"
#include "ui/brand_dialog.hpp"
#include "ui/estate_panel.hpp"
#include "ui/format.hpp"
#include "ui/glossary.hpp"
#include "ui/panels.hpp"
#include "ui/present_view.hpp"
#include "ui/quick_size_panel.hpp"
#include "ui/theme.hpp"
#include "ui/tracker_panel.hpp"
#include "ui/widget_locator.hpp"

namespace est::ui {

/// The panels reachable from the side bar (its order is the story's: see Workspace::sideBar).
enum class PanelId {
    Overview,
    QuickSize,
    Estate,
    Dispositions,
    Assumptions,
    Tco,
    Funding,
    Eligibility,
    Compare,
    Uncertainty,
    GoalSeek,
    Snapshots,
    Waves,
    Today,
    Tracker
};
inline constexpr int kPanelCount = 15;

/// What the user chose about the look (kept across frames; the platform turns it into ThemeSettings).
struct ViewSettings {
    ThemeKind theme = ThemeKind::Dark;
    NumberStyle numberStyle = NumberStyle::CommaDot;
    bool symbolAfter = false;
};

/// Draws the whole estimator for one frame into a full-window ImGui window.
struct Workspace {
    PanelId current = PanelId::QuickSize;
    ViewSettings view;
    OverviewPanel overview;
    TodayPanel today;
    PresentView present;
    WidgetRect presentButton; ///< where the Present button was drawn last frame (the platform's full-screen gesture)
    QuickSizePanel quickSize;
    EstatePanel estate;
    DispositionsPanel dispositions;
    AssumptionsPanel assumptions;
    TcoPanel tco;
    FundingPanel funding;
    EligibilityPanel eligibility;
    ComparePanel compare;
    UncertaintyPanel uncertainty;
    GoalSeekPanel goalSeek;
    SnapshotsPanel snapshots;
    WavesPanel waves;
    TrackerPanel tracker; ///< the credit tracker: the customer's bill after the move
    BrandDialog brand;    ///< File > Your brand...
    bool showAbout = false;
    GlossaryWindow glossary; ///< Help > Glossary
    char currencyCode[8] = "USD";
    void draw(app::AppState& state, app::Requests& requests);
    /// The theme the view settings and the partner's colour ask for (the platform adds the pixel ratio).
    void applyTo(const app::AppState& state, ThemeSettings& theme) const;

private:
    void menuBar(app::AppState& state, app::Requests& requests);
    void sideBar(app::AppState& state, float bottomReserve);
    float noticeWrapWidth() const;
    /// The notices the status line shows, newest first (at most three): on the overview, not the one the import
    /// card already says.
    std::vector<std::size_t> shownNotices(const app::AppState& state) const;
    void statusLine(app::AppState& state);
};

/// Display name of a panel ("Funding").
const char* panelName(PanelId id);
/// The panel's side-bar key ("funding"): its widget is named "nav." + key, and the page's showPanel takes it.
const char* panelKey(PanelId id);

} // namespace est::ui
