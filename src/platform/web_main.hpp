// platform/web_main.hpp - the browser app's long-lived objects, shared by the main loop and the JS bridge.
#pragma once

#include "app/app_state.hpp"
#include "app/requests.hpp"
#include "ui/column_mapping_dialog.hpp"
#include "ui/theme.hpp"
#include "ui/workspace.hpp"

#include <string>
#include <vector>

struct GLFWwindow;

namespace est::platform {

/// What lives for the whole page: the window, the app's data and the root view.
struct WebApp {
    GLFWwindow* window = nullptr;
    int canvasWidth = 0; ///< the canvas backing store in device pixels, which is ImGui's display size
    int canvasHeight = 0;
    app::AppState state;
    app::Requests requests;
    ui::Workspace workspace;
    ui::ThemeSettings theme;
    ui::Theme themeBuilder;
    long frameCount = 0;
    long lastSeenRevision = -1;  ///< to time autosave from the last change
    double lastChangeAt = 0.0;   ///< seconds (Services::nowSeconds)
    int autosaveTrouble = 0;     ///< what the last autosave left out (app::AutosaveWrite::trouble; reported once)
    long autosavedSnapshots = 0; ///< snapshot generation, partner generation and pending-file key the last
    long autosavedPartner = 0;   ///< autosave wrote (they change without the scenario's revision moving)
    std::string autosavedPending;
    int describedRecompute = -1;       ///< the result the page's DOM summary describes (recomputeCount)
    double describedAt = -1.0e9;       ///< when the page's DOM summary was last written (Services::nowSeconds)
    std::string describedText;         ///< what it was given then (headline, figures, steps), to skip rewrites
    long decodedPartnerGeneration = 0; ///< the partner theme whose logo the page was asked to decode
    std::string pageTitle;    ///< the title last given to the page ("Prepared for ... - Migration Funding Estimator")
    double lastFrameMs = 0.0; ///< CPU time of the last frame's app work (recompute + draw + GL submit)
    double lastRecomputeMs = 0.0; ///< of which recomputing: the engine and what the app derives from its result
    double lastEngineMs = 0.0;    ///< of lastRecomputeMs, the engine itself (model::estimateInto of the scenario)
    double lastUiMs = 0.0;        ///< of which building the ImGui frame (widgets)
    double lastGlMs = 0.0;        ///< of which submitting draw lists to WebGL
    double engineMs = 0.0;        ///< the engine's time so far this frame (every scenario it estimated)
    std::string clipboard;        ///< ImGui's view of the clipboard (the system one is write-only for us)
    /// Shortcut key presses (GLFW key + mods) since the last frame. ImGui 1.86 only sees key state once per
    /// frame, so a press released within one frame would be lost; the key callback queues it here.
    struct KeyPress {
        int key = 0;
        int mods = 0;
    };
    std::vector<KeyPress> shortcutPresses;
    std::vector<int> keyTaps;    ///< GLFW keys pressed since the last frame (see frame(): taps shorter than a frame)
    bool presentGesture = false; ///< a press on the Present button or the key P asked for Present (and full screen)
    ui::ColumnMappingDialog mappingDialog; ///< a generic CSV waiting for its column mapping
    /// A key of the file waiting for its mapping and that mapping ("" = none): the autosave writes when it moves.
    std::string pendingImportKey() const;
    /// True when the browser's storage holds everything as it is now (or the last attempt was refused).
    bool autosaveCurrent() const;
};

/// The running app (valid once runWebApp() has started it).
WebApp& webApp();
/// Creates the window and starts the browser-driven main loop. Returns non-zero when it cannot start.
int runWebApp();
/// Asks the page to decode a partner logo data URL (web_bridge.cpp); when done the page hands the RGBA pixels to
/// est_set_partner_logo, which uploads them as the texture the menu bar draws.
void decodePartnerLogo(const std::string& dataUrl);
/// Opens scenario JSON as the share link or test seam would; returns the error text ("" = opened).
std::string openScenarioText(const std::string& json, const std::string& label);

} // namespace est::platform
