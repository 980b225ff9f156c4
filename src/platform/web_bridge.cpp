// platform/web_bridge.cpp - functions the page's JavaScript calls (web/estimator.js): the test and automation seam.
#include "platform/web_main.hpp"

#include "io/business_case_summary.hpp"
#include "io/enum_names.hpp"
#include "io/scenario_json.hpp"
#include "model/engine.hpp"
#include "model/synthetic_estate.hpp"
#include "ui/widget_locator.hpp"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>

namespace {
std::string g_reply; // the last string handed to JS; valid until the next call
GLuint g_logoTexture = 0; // the partner logo's texture (one at a time; replaced when another theme brings one)

// The page decodes the image with the browser's own decoder (web/estimator.js), then calls est_set_partner_logo.
EM_JS(void, est_js_decode_logo, (const char* url), {
    if (window.estimatorServices && window.estimatorServices.decodeLogo) window.estimatorServices.decodeLogo(UTF8ToString(url));
});
} // namespace

namespace est::platform {
void decodePartnerLogo(const std::string& dataUrl) { est_js_decode_logo(dataUrl.c_str()); }
} // namespace est::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE long est_frame_count() { return est::platform::webApp().frameCount; }

/// "width,height" of the area ImGui lays out and draws, in framebuffer pixels (the last frame's).
EMSCRIPTEN_KEEPALIVE const char* est_display_size() {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.0f,%.0f", static_cast<double>(size.x), static_cast<double>(size.y));
    g_reply = buffer;
    return g_reply.c_str();
}

/// The decoded partner logo: `width` x `height` RGBA pixels (row-major, top row first), uploaded as a texture.
EMSCRIPTEN_KEEPALIVE void est_set_partner_logo(const unsigned char* rgba, int width, int height) {
    est::app::PartnerTheme& partner = est::platform::webApp().state.partner;
    if (partner.logoDataUrl.empty() || rgba == nullptr || width <= 0 || height <= 0) return; // theme changed meanwhile
    if (g_logoTexture != 0) glDeleteTextures(1, &g_logoTexture);
    glGenTextures(1, &g_logoTexture);
    glBindTexture(GL_TEXTURE_2D, g_logoTexture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    partner.logoTexture = g_logoTexture;
    partner.logoWidth = width;
    partner.logoHeight = height;
}

/// The page could not decode the partner logo: say why (the rest of the theme stays applied).
EMSCRIPTEN_KEEPALIVE void est_partner_logo_failed(const char* reason) {
    est::platform::webApp().state.notify(est::app::Notice::Level::Warning,
                                         std::string("The partner logo could not be shown: ") + reason);
}

EMSCRIPTEN_KEEPALIVE void est_enable_locator() { est::ui::enableWidgetLocator(); }

/// "x,y,width,height" in framebuffer pixels, or "" when the widget has not been drawn.
EMSCRIPTEN_KEEPALIVE const char* est_widget_rect(const char* name) {
    g_reply.clear();
    if (const auto rect = est::ui::widgetRect(name)) {
        char buffer[96];
        std::snprintf(buffer, sizeof buffer, "%.1f,%.1f,%.1f,%.1f", static_cast<double>(rect->x),
                      static_cast<double>(rect->y), static_cast<double>(rect->width),
                      static_cast<double>(rect->height));
        g_reply = buffer;
    }
    return g_reply.c_str();
}

/// The recorded widget names as a JSON array of strings.
EMSCRIPTEN_KEEPALIVE const char* est_widget_names() {
    g_reply = "[";
    for (const auto& [name, rect] : est::ui::recordedWidgets()) {
        if (g_reply.size() > 1) g_reply += ',';
        g_reply += '"';
        for (char c : name) {
            if (c == '"' || c == '\\') g_reply += '\\';
            g_reply += c;
        }
        g_reply += '"';
    }
    g_reply += ']';
    return g_reply.c_str();
}

/// Replaces the scenario with a seeded synthetic estate of `workloads` workloads (benchmarks, demos).
EMSCRIPTEN_KEEPALIVE void est_load_synthetic(int workloads, int seed) {
    est::platform::WebApp& app = est::platform::webApp();
    est::model::Scenario s = est::model::makeSyntheticScenario(workloads, static_cast<std::uint64_t>(seed));
    s.settings.name = "Synthetic estate of " + std::to_string(workloads) + " workloads";
    app.state.replace(std::move(s), "Open synthetic estate");
}

/// Shows a panel by its side-bar key ("tco", "estate", ...: its nav.<key> widget); unknown keys are ignored.
EMSCRIPTEN_KEEPALIVE void est_show_panel(const char* key) {
    for (int i = 0; i < est::ui::kPanelCount; ++i)
        if (std::string(est::ui::panelKey(static_cast<est::ui::PanelId>(i))) == key)
            est::platform::webApp().workspace.current = static_cast<est::ui::PanelId>(i);
}

/// Present mode on (1) or off (0), without full screen (the page's own button and key P ask for it).
EMSCRIPTEN_KEEPALIVE void est_set_present(int on) {
    est::ui::PresentView& present = est::platform::webApp().workspace.present;
    if (on != 0) present.enter();
    else present.leave();
}

/// Opens scenario JSON as one undoable step; "" when opened, else the problems (the scenario is unchanged).
EMSCRIPTEN_KEEPALIVE const char* est_load_scenario_json(const char* json) {
    g_reply = est::platform::openScenarioText(json, "the scenario from the page");
    return g_reply.c_str();
}

/// The app's state as JSON for tests and scripts: revisions, panel, scenario summary and the headline result.
EMSCRIPTEN_KEEPALIVE const char* est_state_json() {
    const est::platform::WebApp& app = est::platform::webApp();
    const est::app::AppState& s = app.state;
    nlohmann::json j;
    j["revision"] = s.revision;
    j["recomputeCount"] = s.recomputeCount;
    j["autosavedRevision"] = s.autosavedRevision;
    j["savedRevision"] = s.savedRevision;
    j["undoDepth"] = s.history().undoDepth();
    j["redoDepth"] = s.history().redoDepth();
    j["undoLabel"] = s.history().undoLabel();
    j["panel"] = est::ui::panelName(app.workspace.current);
    // The overview's words as the buyer reads them (the same function the panel draws from).
    const est::io::BusinessCaseSummary& overview = s.summary;
    j["overview"] = {{"headline", overview.headline}, {"badge", overview.badge},
                     {"notEligible", overview.notEligible.shown}, {"gapUsdPerYear", overview.notEligible.gapUsdPerYear},
                     {"gapText", overview.notEligible.gapText}, {"nextSteps", overview.nextSteps}};
    if (s.lastImport) {
        const est::app::ImportSummary& card = *s.lastImport;
        j["lastImport"] = {{"fileName", card.fileName}, {"imported", card.imported()}, {"skipped", card.skipped},
                           {"skippedReasons", card.skippedReasons}, {"notes", card.notes.size()},
                           {"proposedRetirements", est::app::proposedRetirements(card, s.scenario, s.result).total()}};
    }
    const est::ui::PresentView& present = app.workspace.present;
    j["present"] = {{"active", present.active}, {"step", est::ui::presentStepName(present.step)}, {"details", present.details},
                    {"header", present.shownHeader}, {"headerLogo", present.shownLogo}};
    j["pageTitle"] = app.pageTitle;
    j["brandDialogOpen"] = app.workspace.brand.open;
    j["lastFrameMs"] = app.lastFrameMs;
    j["lastRecomputeMs"] = app.lastRecomputeMs;
    j["lastUiMs"] = app.lastUiMs;
    j["lastGlMs"] = app.lastGlMs;
    j["scenario"] = {{"name", s.scenario.settings.name}, {"customerName", s.scenario.settings.customerName},
                     {"workloads", s.scenario.workloads.size()},
                     {"region", s.scenario.aws.region}};
    nlohmann::json dispositions = nlohmann::json::array();
    for (const auto& w : s.scenario.workloads) {
        if (dispositions.size() >= 50) break; // enough for tests; huge estates stay cheap to report
        dispositions.push_back(w.disposition ? std::string(est::model::dispositionName(*w.disposition)) : std::string());
    }
    j["scenario"]["dispositions"] = dispositions;
    j["scenario"]["dependencies"] = s.scenario.dependencies.size();
    nlohmann::json edges = nlohmann::json::array(); // the first edges with their kind (marked hard or soft in the Waves panel)
    for (const auto& d : s.scenario.dependencies) {
        if (edges.size() >= 50) break;
        edges.push_back({{"source", d.source}, {"target", d.target}, {"port", d.port}, {"kind", std::string(est::io::toName(d.kind))}});
    }
    j["scenario"]["edges"] = edges;
    nlohmann::json waves = nlohmann::json::array();
    for (const auto& w : s.scenario.plan.waves) waves.push_back(w.name);
    j["scenario"]["waves"] = waves;
    nlohmann::json counts = nlohmann::json::object();
    for (int d = 0; d < est::model::kDispositionCount; ++d)
        counts[std::string(est::model::dispositionName(static_cast<est::model::Disposition>(d)))] =
            s.derived.dispositionCounts[d];
    j["dispositionCounts"] = counts;
    auto summary = [](const est::model::Result& r) {
        nlohmann::json out;
        out["ok"] = r.ok();
        out["months"] = r.months;
        if (!r.ok()) {
            for (const auto& e : r.errors) out["errors"].push_back(e.toString());
            return out;
        }
        out["projectedArrUsd"] = r.projectedArrUsd;
        out["verdict"] = std::string(est::model::verdictName(r.eligibility.verdict));
        out["todayMonthlyUsd"] = r.tco.todayMonthlyUsd;
        out["targetMonthlyUsd"] = r.tco.targetMonthlyUsd;
        out["funding"] = {{"assessUsd", r.funding.assess.amountUsd}, {"mobilizeUsd", r.funding.mobilize.amountUsd},
                          {"creditsUsd", r.funding.creditsUsd}, {"totalUsd", r.funding.totalUsd},
                          {"profile", std::string(est::model::fundingProfileName(r.funding.profile))},
                          {"partnerCashUsd", r.funding.partnerCashUsd}, {"customerCreditsUsd", r.funding.customerCreditsUsd}};
        out["fundingProfiles"] = {
            {"programMechanics", {{"name", r.fundingProfiles.programMechanics.name}, {"totalUsd", r.fundingProfiles.programMechanics.totalUsd}}},
            {"publishedRules", {{"name", r.fundingProfiles.publishedRules.name}, {"totalUsd", r.fundingProfiles.publishedRules.totalUsd}}}};
        out["npvUsd"] = r.tco.npvUsd;
        return out;
    };
    j["result"] = summary(s.result);
    j["quick"] = summary(s.quick.result);
    j["quick"]["headline"] = s.quick.headline;
    j["quick"]["notEligible"] = s.quick.notEligible.shown;
    j["quick"]["gapText"] = s.quick.notEligible.gapText;
    j["quick"]["inputs"] = {{"servers", s.quick.inputs.servers}, {"databases", s.quick.inputs.databases},
                            {"applications", s.quick.inputs.applications},
                            {"monthlySpendUsd", s.quick.inputs.monthlySpendUsd},
                            {"committedMonthlyUsd", s.quick.inputs.committedMonthlyUsd},
                            {"rehostUsdPerServer", s.quick.inputs.rehostUsdPerServer},
                            {"replatformUsdPerApplication", s.quick.inputs.replatformUsdPerApplication},
                            {"source", static_cast<int>(s.quick.inputs.source)}};
    nlohmann::json notices = nlohmann::json::array();
    for (const auto& n : s.notices) notices.push_back(n.text);
    j["notices"] = notices;
    j["compared"] = s.compared.size();
    // The first workloads' sizes (imports are checked by value) and the file waiting for its column mapping.
    nlohmann::json sample = nlohmann::json::array();
    for (const auto& w : s.scenario.workloads) {
        if (sample.size() >= 20) break;
        sample.push_back({{"id", w.id}, {"name", w.name}, {"vcpu", w.vcpu}, {"ramGb", w.ramGb}, {"storageGb", w.storageGb}});
    }
    j["scenario"]["sample"] = sample;
    j["importMappings"] = s.importSettings.mappings.size();
    nlohmann::json snapshots = nlohmann::json::array();
    for (const est::app::NamedSnapshot& n : s.snapshots.list()) snapshots.push_back(n.name);
    j["snapshots"] = snapshots;
    j["autosaveCurrent"] = app.autosaveCurrent();
    j["estate"] = {{"firstVisibleRow", app.workspace.estate.firstVisibleRow}};
    const est::app::PartnerTheme& partner = s.partner;
    j["partner"] = {{"name", partner.name}, {"accentColor", partner.accentRgb != 0 ? est::io::accentHex(partner.accentRgb) : ""},
                    {"logoMime", partner.logoMime}, {"logoWidth", partner.logoWidth},
                    {"logoHeight", partner.logoHeight}, {"logoTexture", partner.logoTexture != 0}};
    if (const auto& pending = app.mappingDialog.pending) {
        nlohmann::json mapping = nlohmann::json::object();
        for (const est::io::MappingField& f : est::io::mappingFields()) mapping[f.key] = pending->mapping().*(f.member);
        j["pendingImport"] = {{"fileName", pending->fileName}, {"rows", pending->fileRows()},
                              {"importable", pending->importableRows()}, {"canImport", pending->canImport()},
                              {"mapping", mapping}};
    } else {
        j["pendingImport"] = nullptr;
    }
    g_reply = j.dump();
    return g_reply.c_str();
}

} // extern "C"
