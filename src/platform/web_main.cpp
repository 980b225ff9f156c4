// platform/web_main.cpp - the browser main loop: GLFW window on the page's canvas, HiDPI sizing, ImGui frame,
// keyboard shortcuts, browser services (files, downloads, autosave, share link) around the app.
#include "platform/web_main.hpp"

#include "app/autosave.hpp"
#include "app/brand_commands.hpp"
#include "app/catalogue_file.hpp"
#include "app/documents.hpp"
#include "app/open_file.hpp"
#include "app/kept_work.hpp"
#include "app/partner_theme.hpp"
#include "io/business_case_summary.hpp"
#include "io/prepared_for.hpp"
#include "io/scenario_json.hpp"
#include "model/engine.hpp"
#include "platform/services.hpp"
#include "ui/theme.hpp"
#include "ui/workspace.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>
#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

namespace est::platform {
namespace {

WebApp* g_app = nullptr; // the main loop callback has no user pointer in GLFW's emscripten port

// The canvas fills the page in CSS pixels; its backing store is CSS size x devicePixelRatio so text
// is rasterised at the screen's real density (crisp on a laptop and on a projector). The element is sized
// directly, never with glfwSetWindowSize: Emscripten 3.1.6's GLFW takes a size equal to the screen's as a request
// for full screen, so a screen-sized page (F11, kiosk, a presentation display) asked again every frame, wrapped
// the canvas in one more <div> each time and drew into a letterboxed or stretched canvas.
void matchCanvasToPage(WebApp& app) {
    double cssWidth = 0, cssHeight = 0;
    emscripten_get_element_css_size("#canvas", &cssWidth, &cssHeight);
    const double pixelRatio = emscripten_get_device_pixel_ratio();
    app.theme.pixelRatio = static_cast<float>(pixelRatio);
    const int width = static_cast<int>(std::lround(cssWidth * pixelRatio));
    const int height = static_cast<int>(std::lround(cssHeight * pixelRatio));
    if (width <= 0 || height <= 0) return; // hidden page: keep the last size
    int current[2] = {0, 0};
    emscripten_get_canvas_element_size("#canvas", &current[0], &current[1]);
    if (current[0] != width || current[1] != height) emscripten_set_canvas_element_size("#canvas", width, height);
    app.canvasWidth = width;
    app.canvasHeight = height;
}

// ImGui works in the backing store's pixels: the GLFW port reports the mouse in them, and the theme rasterises
// fonts and scales the style by devicePixelRatio. GLFW's own window size no longer follows the canvas, so this
// replaces what ImGui_ImplGlfw_NewFrame read from it.
void setImGuiDisplay(const WebApp& app) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(app.canvasWidth), static_cast<float>(app.canvasHeight));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
}

void handleFile(WebApp& app, const IncomingFile& file) {
    // A file that brings or replaces the estate lands on the overview; one that adds to it (dependencies) does not
    // move, nor does one that changes no estate (a logo, a theme, prices); a billing export shows the tracker.
    const app::OpenedFile opened =
        app::openFile(app.state, file.bytes, file.name, app.mappingDialog.pending, services().nowIso().substr(0, 10));
    switch (opened.touched) {
    case app::OpenedFile::Touched::Brand:
    case app::OpenedFile::Touched::Prices:
        return;
    case app::OpenedFile::Touched::Tracker:
        app.workspace.current = ui::PanelId::Tracker;
        return;
    case app::OpenedFile::Touched::Estate:
        if (opened.estateReplaced)
            app.workspace.current = ui::PanelId::Overview;
        else if (app.workspace.current == ui::PanelId::QuickSize)
            app.workspace.current = ui::PanelId::Estate;
        return;
    }
}

// The web build does not carry the demo scenarios (assets/CMakeLists.txt): the one chosen is fetched from the
// site's own files (demos/<file>, inside the single-file build too) and opened when it arrives.
constexpr std::string_view kDemoFolder = "demos/";

void openFetchedDemo(WebApp& app, const Services::SiteFile& file) {
    const std::string name = file.path.substr(kDemoFolder.size());
    if (!file.failure.empty()) {
        app.state.notify(app::Notice::Level::Error, "The demo scenario " + name + " could not be loaded (" +
                                                        file.failure + "). Your current work is unchanged.");
        return;
    }
    if (app::openScenario(app.state, file.bytes, name).ok) app.workspace.current = ui::PanelId::Overview;
}

// The target region's price tables when the app does not carry them: fetched once from the site's own files
// (prices/<region>.json, beside index.html), then added to the catalogue in use. The single-file build has no
// site to fetch from: the Assumptions panel then says so and asks for the file.
void receiveSiteFiles(WebApp& app) {
    for (const Services::SiteFile& file : services().takeSiteFiles()) {
        if (file.path.starts_with(kDemoFolder)) {
            openFetchedDemo(app, file);
            continue;
        }
        std::string code = file.path.substr(file.path.rfind('/') + 1); // "prices/eu-west-1.json" -> "eu-west-1"
        code = code.substr(0, code.rfind(".json"));
        if (!file.failure.empty()) {
            app.state.regionPricesFetch[code] = file.failure;
            continue;
        }
        if (app::addRegionPrices(app.state, file.bytes, file.path, services().nowIso().substr(0, 10))) {
            app.state.regionPricesFetch.erase(code);
            app.state.notify(app::Notice::Level::Info, "Prices for " +
                                                           app.state.scenario.aws.catalogue->regionName(code) +
                                                           " loaded from this site (" + file.path + ").");
        } else {
            app.state.regionPricesFetch[code] = file.path + " is not a price catalogue";
        }
    }
    const model::PriceCatalogue* catalogue = app.state.scenario.aws.catalogue.get();
    const std::string& code = app.state.scenario.aws.region;
    if (!catalogue || catalogue->region(code) != nullptr || app.state.regionPricesFetch.count(code) != 0) return;
    for (const model::RegionRef& r : catalogue->available)
        if (r.code == code && !r.file.empty()) {
            app.state.regionPricesFetch[code] = ""; // fetching
            services().fetchSiteFile("prices/" + r.file.substr(r.file.rfind('/') + 1));
        }
}

// What a link, a file, a demo, a quick size or New replaces is first kept in the browser's storage: the undo
// history lives in memory only, and the autosave is rewritten a second later, so closing the tab would lose it.
void keepReplacedWorkspace(WebApp& app, const std::string& label) {
    if (!app.state.holdsUnsavedWork()) return;
    const std::string name =
        app.state.scenario.settings.name.empty() ? "Unnamed scenario" : app.state.scenario.settings.name;
    const std::string key = app::keepReplacedWork(services(), app::scenarioJson(app.state),
                                                  {name, "replaced by " + label}, services().nowIso());
    if (key.empty()) {
        app.state.notify(app::Notice::Level::Warning,
                         "\"" + name +
                             "\" was replaced, and this browser's storage is too full to keep a copy: Undo "
                             "(Ctrl+Z) brings it back until you close this tab.");
        return;
    }
    app.state.kept = app::listKeptWork(services());
    app.state.notify(app::Notice::Level::Info, "\"" + name +
                                                   "\" was replaced and is kept in this browser: File > Recover "
                                                   "kept work reopens it, also after a reload.");
}

void recoverKeptWork(WebApp& app, const std::string& key) {
    const std::optional<std::string> kept = services().get(key);
    if (!kept) {
        app.state.notify(app::Notice::Level::Info, "That kept work is no longer in this browser's storage.");
        app.state.kept = app::listKeptWork(services());
        return;
    }
    if (app::openScenario(app.state, app::keptScenarioText(*kept), "the kept work").ok)
        app.workspace.current = ui::PanelId::Overview;
}

void handleRequests(WebApp& app) {
    const app::Requests r = app.requests.take();
    if (r.openScenario || r.importInventory) services().openFilePicker(".json,.csv,.txt,.xlsx,.gz,.zip");
    if (r.openBillingFiles) services().openFilePicker(".csv,.gz,.zip");
    if (r.pickLogo) services().openFilePicker(".png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml");
    if (r.saveScenario) {
        services().download(app::fileStem(app.state.scenario.settings.name) + ".json", "application/json",
                            app::scenarioJson(app.state));
        app.state.savedRevision = app.state.revision;
    }
    if (r.exportReport) {
        std::vector<std::string> messages;
        const app::Download d = r.exportFromQuickSize
                                    ? app::exportQuickSizeSummary(app.state, messages, services().localDate())
                                    : app::exportFile(app.state, r.exportKind, messages, services().localDate());
        for (const std::string& m : messages) app.state.notify(app::Notice::Level::Error, m);
        if (!d.bytes.empty()) {
            services().download(d.fileName, d.mime, d.bytes);
            // The summary is for printing: it opens in a new tab with the print dialog (the download is the copy to
            // keep).
            const bool summary = r.exportKind == app::ExportKind::ExecutiveSummary || r.exportFromQuickSize;
            if (summary && services().openForPrint(d.bytes))
                app.state.notify(app::Notice::Level::Info,
                                 "Opened " + d.fileName +
                                     " in a new tab to print or save as PDF; a copy is in your downloads.");
            else
                app.state.notify(app::Notice::Level::Info,
                                 app::downloadNotice(d, summary ? app::ExportKind::ExecutiveSummary : r.exportKind));
        }
    }
    if (r.shareLink || r.shareFromQuickSize) {
        services().shareScenario(r.shareFromQuickSize ? app::quickSizeShareJson(app.state)
                                                      : app::scenarioOnlyJson(app.state));
        app.state.notify(
            app::Notice::Level::Info,
            r.shareFromQuickSize
                ? "Link copied with the quick-size answers (inside the link, after #; nothing is uploaded); "
                  "your workspace is unchanged."
                : "Share link copied: the scenario travels inside the link (after #), nothing is uploaded.");
    }
    if (!r.recoverKey.empty()) recoverKeptWork(app, r.recoverKey);
    if (!r.demo.empty()) services().fetchSiteFile(std::string(kDemoFolder) + r.demo);
}

// Full screen for Present. The browser grants it only inside a user gesture's event handler, so it is asked for
// from the mouse press or key press itself (onMouseButton, onKey), not from the next frame; when the browser refuses,
// Present stays inside the window. Leaving Present leaves full screen.
EM_JS(void, est_js_enter_fullscreen, (), {
    if (window.estimatorServices && window.estimatorServices.enterFullscreen)
        window.estimatorServices.enterFullscreen();
});
EM_JS(void, est_js_leave_fullscreen, (), {
    if (window.estimatorServices && window.estimatorServices.leaveFullscreen)
        window.estimatorServices.leaveFullscreen();
});

// Whether a press now may enter Present: not already presenting, no text field being edited, no modal waiting.
bool mayEnterPresent(const WebApp& app) {
    return !app.workspace.present.active && !ImGui::GetIO().WantTextInput && !app.mappingDialog.pending;
}

// A left press on the Present button (where the last frame drew it) enters Present and asks for full screen while
// the browser still counts the press as a gesture. Entering on the press, not the release, also keeps the click
// from missing the button when full screen moves it.
void onMouseButton(GLFWwindow* window, int button, int action, int /*mods*/) {
    if (!g_app || button != GLFW_MOUSE_BUTTON_LEFT || action != GLFW_PRESS || !mayEnterPresent(*g_app)) return;
    double cursorX = 0, cursorY = 0;
    glfwGetCursorPos(window, &cursorX, &cursorY);
    const auto x = static_cast<float>(cursorX);
    const auto y = static_cast<float>(cursorY);
    const ui::WidgetRect& r = g_app->workspace.presentButton;
    if (r.width <= 0 || x < r.x || x > r.x + r.width || y < r.y || y > r.y + r.height) return;
    g_app->presentGesture = true;
    est_js_enter_fullscreen();
}

// Queues presses of the shortcut keys. Installed before ImGui's GLFW callbacks, which chain to it, so a
// press shorter than a frame (a fast tap, or a slow frame on a weak machine) still counts.
void onKey(GLFWwindow* /*window*/, int key, int /*scancode*/, int action, int mods) {
    if (!g_app || action != GLFW_PRESS) return;
    g_app->keyTaps.push_back(key);
    if (key == GLFW_KEY_P && mods == 0 && mayEnterPresent(*g_app)) {
        g_app->presentGesture = true;
        est_js_enter_fullscreen();
    }
    if (key == GLFW_KEY_Z || key == GLFW_KEY_Y || key == GLFW_KEY_S || key == GLFW_KEY_ESCAPE)
        g_app->shortcutPresses.push_back({key, mods});
}

// Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z / Ctrl+S, unless a text field is being edited (it has its own undo).
void handleShortcuts(WebApp& app) {
    std::vector<WebApp::KeyPress> presses;
    presses.swap(app.shortcutPresses);
    if (ImGui::GetIO().WantTextInput) return;
    if (app.mappingDialog.pending) return; // the modal decides first: no undo under it
    for (const WebApp::KeyPress& press : presses) {
        const bool ctrl = (press.mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER)) != 0;
        const bool shift = (press.mods & GLFW_MOD_SHIFT) != 0;
        if (ctrl && press.key == GLFW_KEY_Z) {
            if (shift)
                app.state.redo();
            else
                app.state.undo();
        }
        if (ctrl && press.key == GLFW_KEY_Y) app.state.redo();
        if (ctrl && press.key == GLFW_KEY_S) app.requests.saveScenario = true;
    }
}

// The overview in words in the page's DOM, each time the result changes (screen readers, the browser's find).
void describeBusinessCase(WebApp& app) {
    if (app.state.recomputeCount == app.describedRecompute) return;
    // While a slider is dragged the result changes every frame. The live region is rewritten when the drag ends
    // (or once every few seconds of a long drag): a screen reader reads the value the user settled on, not each
    // one passed on the way, and the frame does not rebuild the page's DOM on every step.
    const double now = services().nowSeconds();
    constexpr double kDescribeDuringDragSeconds = 2.0;
    if (app.state.history().gestureOpen() && now - app.describedAt < kDescribeDuringDragSeconds) return;
    app.describedRecompute = app.state.recomputeCount;
    app.describedAt = now;
    const io::BusinessCaseSummary& s = app.state.summary;
    std::vector<std::string> figures;
    for (const io::SummaryFigure& f : s.figures)
        figures.push_back(f.caption + ": " + io::moneyForReading(f.usd, app.state.scenario.settings) +
                          (f.note.empty() ? "" : " (" + f.note + ")"));
    if (!s.badge.empty()) figures.push_back("MAP: " + s.badge);
    // An edit that leaves the words as they were (a name, an assumption the case does not show) rewrites nothing.
    std::string text = s.headline;
    for (const std::string& line : figures) text += "\n" + line;
    for (const std::string& line : s.nextSteps) text += "\n" + line;
    if (text == app.describedText) return;
    app.describedText = std::move(text);
    services().describeBusinessCase(s.headline, figures, s.nextSteps);
}

void autosave(WebApp& app) {
    const double now = services().nowSeconds();
    const long snapshots = app.state.snapshots.generation();
    const long partner = app.state.partnerGeneration;
    std::string pending = app.pendingImportKey();
    if (app.state.revision != app.lastSeenRevision) {
        app.lastSeenRevision = app.state.revision;
        app.lastChangeAt = now;
    }
    // Snapshots, the partner theme and a pending file change without the revision moving: they are written at once.
    const bool sideChanged =
        snapshots != app.autosavedSnapshots || partner != app.autosavedPartner || pending != app.autosavedPending;
    const app::AutosavePolicy policy;
    if (!sideChanged && !policy.due(app.state.revision, app.state.autosavedRevision, now, app.lastChangeAt,
                                    app.state.history().gestureOpen()))
        return;
    const app::PendingImport* held = app.mappingDialog.pending ? &*app.mappingDialog.pending : nullptr;
    const app::AutosaveWrite written =
        app::writeAutosave(services(), app::autosaveWork(app.state, held), services().nowIso());
    // Also when refused: do not retry every frame; the next change retries.
    app.state.autosavedRevision = app.state.revision;
    app.autosavedSnapshots = snapshots;
    app.autosavedPartner = partner;
    app.autosavedPending = std::move(pending);
    app.state.autosaveRefused = !written.written;
    // Each situation is reported once, until it changes: the user was told what is not kept and why.
    if (written.trouble() != app.autosaveTrouble)
        for (const std::string& m : written.messages) app.state.notify(app::Notice::Level::Warning, m);
    app.autosaveTrouble = written.trouble();
}

void restoreOnStart(WebApp& app) {
    app::RestoreOutcome read = app::readAutosave(services());
    for (const std::string& m : read.messages) app.state.notify(app::Notice::Level::Warning, m);
    if (read.kind != app::RestoreOutcome::Kind::Restored) return;
    io::ScenarioLoad loaded = io::loadScenario(read.scenarioJson, app.state.defaults);
    if (!loaded.ok()) {
        std::vector<std::string> reasons = {"The autosaved scenario has problems:"};
        for (const formats::InputProblem& p : loaded.errors) reasons.push_back(p.where + ": " + p.message);
        for (const std::string& m : app::keepAside(services(), reasons).messages)
            app.state.notify(app::Notice::Level::Warning, m);
        return;
    }
    if (loaded.fileVersion < io::kScenarioSchemaVersion) {
        // Restored after migrating forward, but the original stays kept aside in case the migration is wrong.
        for (const std::string& m : app::keepAside(services(), {"The autosaved work was written by an older version "
                                                                "and was migrated forward."})
                                        .messages)
            app.state.notify(app::Notice::Level::Warning, m);
    }
    app.state.importSettings = std::move(loaded.import); // remembered column mappings travel with the scenario
    std::vector<std::string> notes;
    const std::string extras = app::adoptExtras(app.state, loaded, notes); // snapshots and partner theme
    app.state.reset(std::move(loaded.scenario));
    app.state.autosavedRevision = app.state.revision;
    app.lastSeenRevision = app.state.revision;
    app.state.savedRevision = -1;
    app.workspace.current = ui::PanelId::Overview;
    app.state.notify(app::Notice::Level::Info,
                     "Restored your autosaved work" + (read.savedAt.empty() ? std::string() : " from " + read.savedAt) +
                         (extras.empty() ? std::string() : " (" + extras.substr(2) + ")") + ".");
    for (const std::string& m : notes) app.state.notify(app::Notice::Level::Warning, m);
    if (read.pending) {
        std::string notice;
        app.mappingDialog.pending = app::restorePendingImport(*read.pending, app.state.importSettings, notice);
        app.state.notify(app.mappingDialog.pending ? app::Notice::Level::Info : app::Notice::Level::Warning, notice);
    }
    app.autosavedSnapshots = app.state.snapshots.generation();
    app.autosavedPartner = app.state.partnerGeneration;
    app.autosavedPending = app.pendingImportKey();
}

void takeSharedScenario(WebApp& app) {
    std::optional<std::string> shared = services().takeSharedScenario();
    if (!shared) return;
    if (!shared->empty() && (*shared)[0] == '\x01') {
        app.state.notify(app::Notice::Level::Error, shared->substr(1) + ". Your current work is unchanged.");
        return;
    }
    // The link replaces what is open; work restored from autosave stays one undo away.
    const std::string error = openScenarioText(*shared, "the share link");
    if (error.empty()) app.workspace.current = ui::PanelId::Overview;
}

// Mouse wheel and touchpad scrolling. Emscripten 3.1.6's GLFW passes the browser's raw wheel deltas (pixels, with
// the page's sign: positive = down) where ImGui expects GLFW's notches (positive = up), so a wheel turn down
// scrolled up by 100 notches and the table stayed at its top. The wheel is read here instead: 100 pixels or
// 3 lines make a notch, sign flipped, fractions kept so touchpads scroll smoothly.
EM_BOOL onWheel(int /*eventType*/, const EmscriptenWheelEvent* event, void* /*userData*/) {
    double perNotch = 100.0; // DOM_DELTA_PIXEL
    if (event->deltaMode == DOM_DELTA_LINE)
        perNotch = 3.0;
    else if (event->deltaMode == DOM_DELTA_PAGE)
        perNotch = 1.0 / 8.0; // a page is a long way: 8 notches
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel -= static_cast<float>(event->deltaY / perNotch);
    io.MouseWheelH -= static_cast<float>(event->deltaX / perNotch);
    return EM_TRUE; // the page itself must not scroll
}

const char* getClipboard(void*) { return g_app ? g_app->clipboard.c_str() : ""; }
void setClipboard(void*, const char* text) {
    if (!g_app) return;
    g_app->clipboard = text;
    services().copyToClipboard(text);
}

void frame() {
    WebApp& app = *g_app;
    glfwPollEvents();
    matchCanvasToPage(app);
    app.workspace.applyTo(app.state, app.theme);
    if (app.state.partnerGeneration != app.decodedPartnerGeneration) {
        // A theme file or a scenario file brought a partner theme: the page decodes its logo.
        app.decodedPartnerGeneration = app.state.partnerGeneration;
        if (!app.state.partner.logoDataUrl.empty()) decodePartnerLogo(app.state.partner.logoDataUrl);
    }
    // The tab's title says who the case is for and from, as the documents do (io::pageTitle).
    if (std::string title = io::pageTitle(app.state.scenario.settings.customerName, &app.state.partner);
        title != app.pageTitle) {
        services().setPageTitle(title);
        app.pageTitle = std::move(title);
    }
    if (app.themeBuilder.apply(app.theme)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    const double start = emscripten_get_now();
    for (const IncomingFile& file : services().takeIncomingFiles()) handleFile(app, file);
    receiveSiteFiles(app);
    takeSharedScenario(app);

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    setImGuiDisplay(app);
    // ImGui 1.86 reads io.KeysDown once a frame, so a key pressed and released between two frames (a quick tap,
    // a slow frame) would never be seen: Escape would not close a popup, Enter would not confirm. Such a tap is
    // held down for this one frame. A key down last frame reads as still held, not pressed again, so a second tap
    // of it waits a frame: two quick taps of an arrow in Present are two steps.
    ImGuiIO& io = ImGui::GetIO();
    std::vector<int> held, nextFrame;
    for (int key : app.keyTaps) {
        if (key < 0 || key >= IM_ARRAYSIZE(io.KeysDown)) continue;
        const bool tappedThisFrame = std::find(held.begin(), held.end(), key) != held.end();
        if (tappedThisFrame) {
            nextFrame.push_back(key);
            continue;
        }
        if (io.KeysDown[key]) continue; // held down now: ImGui sees the press itself
        if (io.KeysDownDuration[key] >= 0.0f) {
            nextFrame.push_back(key);
            continue;
        }
        io.KeysDown[key] = true;
        held.push_back(key);
    }
    app.keyTaps = std::move(nextFrame);
    ImGui::NewFrame();
    for (int key : held) io.KeysDown[key] = false;
    handleShortcuts(app);
    // The engine runs here, once per frame at most, before any widget reads the result.
    const double engineStart = emscripten_get_now();
    app.engineMs = 0.0;
    app.state.recomputeIfDirty();
    describeBusinessCase(app);
    const double uiStart = emscripten_get_now();
    if (app.presentGesture && !app.mappingDialog.pending) app.workspace.present.enter();
    app.presentGesture = false;
    const bool presenting = app.workspace.present.active;
    app.workspace.draw(app.state, app.requests);
    if (presenting && !app.workspace.present.active) est_js_leave_fullscreen();
    // A column mapping applied this frame imported the estate: it lands on the overview like any import.
    const bool mappingWasPending = app.mappingDialog.pending.has_value();
    const std::size_t workloadsBefore = app.state.scenario.workloads.size();
    app.mappingDialog.draw(app.state);
    if (mappingWasPending && !app.mappingDialog.pending && app.state.scenario.workloads.size() != workloadsBefore)
        app.workspace.current = ui::PanelId::Overview;
    ImGui::Render();
    const double glStart = emscripten_get_now();
    app.lastRecomputeMs = uiStart - engineStart;
    app.lastEngineMs = app.engineMs;
    app.lastUiMs = glStart - uiStart;

    glViewport(0, 0, app.canvasWidth, app.canvasHeight);
    // The canvas is cleared to the windows' colour, and the full-screen windows (the workspace, Present) draw no
    // background of their own: that background was a second fill of every pixel, each frame (software WebGL drew a
    // 10k-workload slider frame in 16 ms instead of 24).
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    app.lastGlMs = emscripten_get_now() - glStart;
    handleRequests(app);
    autosave(app);
    app.lastFrameMs = emscripten_get_now() - start;
    ++app.frameCount;
}

} // namespace

WebApp& webApp() { return *g_app; }

std::string WebApp::pendingImportKey() const {
    if (!mappingDialog.pending) return {};
    std::string key = mappingDialog.pending->fileName;
    const io::ColumnMapping& m = mappingDialog.pending->mapping();
    for (const io::MappingField& f : io::mappingFields()) key += "\n" + m.*(f.member);
    key += "\n" + std::string(io::sizeUnitKey(m.ramUnit)) + io::sizeUnitKey(m.storageUnit) +
           (m.utilAsFraction ? "f" : "p");
    return key;
}

bool WebApp::autosaveCurrent() const {
    return state.autosavedRevision == state.revision && autosavedSnapshots == state.snapshots.generation() &&
           autosavedPartner == state.partnerGeneration && autosavedPending == pendingImportKey();
}

std::string openScenarioText(const std::string& json, const std::string& label) {
    WebApp& app = *g_app;
    const app::ActionOutcome outcome = app::openScenario(app.state, json, label);
    if (outcome.ok) return {};
    std::string text;
    for (const std::string& m : outcome.messages) text += m + "\n";
    return text.empty() ? "not opened" : text;
}

int runWebApp() {
    if (!glfwInit()) {
        std::fputs("GLFW could not start\n", stderr);
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    static WebApp app; // lives for the page's lifetime; the browser owns the loop
    g_app = &app;
    app.window = glfwCreateWindow(1280, 800, "Migration Funding Estimator", nullptr, nullptr);
    if (!app.window) {
        std::fputs("WebGL 2 context could not be created\n", stderr);
        return 1;
    }
    glfwMakeContextCurrent(app.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout is ours; user work is saved by the app, not by imgui.ini
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    glfwSetKeyCallback(app.window, onKey); // before ImGui's, which chains to them
    glfwSetMouseButtonCallback(app.window, onMouseButton);
    ImGui_ImplGlfw_InitForOpenGL(app.window, true);
    glfwSetScrollCallback(app.window, nullptr); // replaced by onWheel (see there)
    emscripten_set_wheel_callback("#canvas", nullptr, true, onWheel);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    io.GetClipboardTextFn = getClipboard;
    io.SetClipboardTextFn = setClipboard;
    matchCanvasToPage(app);

    app.state.estimator = [](const model::Scenario& s, model::Result& out) {
        const double start = emscripten_get_now();
        model::estimateInto(s, out);
        g_app->engineMs += emscripten_get_now() - start;
    };
    // The scenario being edited: with its estate stamp, so a settings edit (a slider) reuses what the engine found of
    // the workloads.
    app.state.estimateEdited = [](const model::Scenario& s, model::Result& out, model::EstateStamp estate) {
        const double start = emscripten_get_now();
        model::estimateInto(s, out, estate);
        g_app->engineMs += emscripten_get_now() - start;
    };
    app.state.defaults = app::defaultScenario();
    app.state.reset(app.state.defaults);
    app.state.autosavedRevision = app.state.revision; // nothing of the user's to save yet
    app.lastSeenRevision = app.state.revision;
    app.state.savedRevision = app.state.revision;
    services().install();
    restoreOnStart(app);
    app.state.kept = app::listKeptWork(services());
    app.state.beforeReplace = [](const std::string& label) { keepReplacedWorkspace(app, label); };

    emscripten_set_main_loop(frame, 0, false);
    return 0;
}

} // namespace est::platform

int main() { return est::platform::runWebApp(); }
