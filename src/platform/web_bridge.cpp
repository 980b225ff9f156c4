// platform/web_bridge.cpp - functions the page's JavaScript calls (web/estimator.js): the test and automation seam.
#include "platform/web_main.hpp"

#include "io/business_case_summary.hpp"
#include "io/enum_names.hpp"
#include "io/json_writer.hpp"
#include "io/scenario_json.hpp"
#include "model/engine.hpp"
#include "model/synthetic_estate.hpp"
#include "ui/widget_locator.hpp"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <imgui.h>

#include <cstdio>
#include <string>

namespace {
std::string g_reply;      // the last string handed to JS; valid until the next call
GLuint g_logoTexture = 0; // the partner logo's texture (one at a time; replaced when another theme brings one)

// The page decodes the image with the browser's own decoder (web/estimator.js), then calls est_set_partner_logo.
EM_JS(void, est_js_decode_logo, (const char* url), {
    if (window.estimatorServices && window.estimatorServices.decodeLogo)
        window.estimatorServices.decodeLogo(UTF8ToString(url));
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
    if (on != 0)
        present.enter();
    else
        present.leave();
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
    est::io::JsonWriter j(-1);
    j.beginObject()
        .field("revision", s.revision)
        .field("recomputeCount", s.recomputeCount)
        .field("autosavedRevision", s.autosavedRevision)
        .field("savedRevision", s.savedRevision)
        .field("undoDepth", s.history().undoDepth())
        .field("redoDepth", s.history().redoDepth())
        .field("undoLabel", s.history().undoLabel())
        .field("panel", est::ui::panelName(app.workspace.current))
        .field("typing", ImGui::GetIO().WantTextInput); // a text field has the keyboard (keys are text, not shortcuts)
    // The overview's words as the buyer reads them (the same function the panel draws from).
    const est::io::BusinessCaseSummary& overview = s.summary;
    j.beginObject("overview")
        .field("headline", overview.headline)
        .field("badge", overview.badge)
        .field("notEligible", overview.notEligible.shown)
        .field("gapUsdPerYear", overview.notEligible.gapUsdPerYear)
        .field("gapText", overview.notEligible.gapText)
        .field("nextSteps", overview.nextSteps)
        .endObject();
    if (s.lastImport) {
        const est::app::ImportSummary& card = *s.lastImport;
        j.beginObject("lastImport")
            .field("fileName", card.fileName)
            .field("imported", card.imported())
            .field("skipped", card.skipped)
            .field("skippedReasons", card.skippedReasons)
            .field("notes", card.notes.size())
            .field("proposedRetirements", est::app::proposedRetirements(card, s.scenario, s.result).total())
            .endObject();
    }
    const est::ui::PresentView& present = app.workspace.present;
    j.beginObject("present")
        .field("active", present.active)
        .field("step", est::ui::presentStepName(present.step))
        .field("details", present.details)
        .field("header", present.shownHeader)
        .field("headerLogo", present.shownLogo)
        .endObject();
    j.field("pageTitle", app.pageTitle)
        .field("brandDialogOpen", app.workspace.brand.open)
        .field("lastFrameMs", app.lastFrameMs)
        .field("lastRecomputeMs", app.lastRecomputeMs)
        .field("lastEngineMs", app.lastEngineMs)
        .field("lastUiMs", app.lastUiMs)
        .field("lastGlMs", app.lastGlMs);
    j.beginObject("scenario")
        .field("name", s.scenario.settings.name)
        .field("customerName", s.scenario.settings.customerName)
        .field("workloads", s.scenario.workloads.size())
        .field("region", s.scenario.aws.region);
    // The first 50 dispositions and edges are enough for tests; huge estates stay cheap to report.
    const std::size_t listed = 50;
    j.beginArray("dispositions");
    for (std::size_t i = 0; i < s.scenario.workloads.size() && i < listed; ++i) {
        const auto& disposition = s.scenario.workloads[i].disposition;
        j.value(disposition ? est::model::dispositionName(*disposition) : std::string_view());
    }
    j.endArray();
    j.field("dependencies", s.scenario.dependencies.size());
    j.beginArray("edges"); // the first edges with their kind (marked hard or soft in the Waves panel)
    for (std::size_t i = 0; i < s.scenario.dependencies.size() && i < listed; ++i) {
        const auto& d = s.scenario.dependencies[i];
        j.beginObject()
            .field("source", d.source)
            .field("target", d.target)
            .field("port", d.port)
            .field("kind", est::io::toName(d.kind))
            .endObject();
    }
    j.endArray();
    j.beginArray("waves");
    for (const auto& w : s.scenario.plan.waves) j.value(w.name);
    j.endArray();
    // The first workloads' sizes (imports are checked by value).
    j.beginArray("sample");
    for (std::size_t i = 0; i < s.scenario.workloads.size() && i < 20; ++i) {
        const auto& w = s.scenario.workloads[i];
        j.beginObject()
            .field("id", w.id)
            .field("name", w.name)
            .field("vcpu", w.vcpu)
            .field("ramGb", w.ramGb)
            .field("storageGb", w.storageGb)
            .endObject();
    }
    j.endArray().endObject();
    j.beginObject("dispositionCounts");
    for (int d = 0; d < est::model::kDispositionCount; ++d)
        j.field(est::model::dispositionName(static_cast<est::model::Disposition>(d)), s.derived.dispositionCounts[d]);
    j.endObject();
    // The figures of a result; the caller closes the object (the quick estimate adds its own fields).
    auto summary = [&j](const char* name, const est::model::Result& r) {
        j.beginObject(name).field("ok", r.ok()).field("months", r.months);
        if (!r.ok()) {
            j.beginArray("errors");
            for (const auto& e : r.errors) j.value(e.toString());
            j.endArray();
            return;
        }
        j.field("projectedArrUsd", r.projectedArrUsd)
            .field("verdict", est::model::verdictName(r.eligibility.verdict))
            .field("todayMonthlyUsd", r.tco.todayMonthlyUsd)
            .field("targetMonthlyUsd", r.tco.targetMonthlyUsd);
        j.beginObject("funding")
            .field("assessUsd", r.funding.assess.amountUsd)
            .field("mobilizeUsd", r.funding.mobilize.amountUsd)
            .field("creditsUsd", r.funding.creditsUsd)
            .field("totalUsd", r.funding.totalUsd)
            .field("profile", est::model::fundingProfileName(r.funding.profile))
            .field("partnerCashUsd", r.funding.partnerCashUsd)
            .field("customerCreditsUsd", r.funding.customerCreditsUsd)
            .endObject();
        j.beginObject("fundingProfiles");
        for (const auto* p : {&r.fundingProfiles.programMechanics, &r.fundingProfiles.publishedRules})
            j.beginObject(p == &r.fundingProfiles.programMechanics ? "programMechanics" : "publishedRules")
                .field("name", p->name)
                .field("totalUsd", p->totalUsd)
                .endObject();
        j.endObject().field("npvUsd", r.tco.npvUsd);
    };
    summary("result", s.result);
    j.endObject();
    summary("quick", s.quick.result);
    j.field("headline", s.quick.headline)
        .field("notEligible", s.quick.notEligible.shown)
        .field("gapText", s.quick.notEligible.gapText);
    j.beginObject("inputs")
        .field("servers", s.quick.inputs.servers)
        .field("databases", s.quick.inputs.databases)
        .field("applications", s.quick.inputs.applications)
        .field("monthlySpendUsd", s.quick.inputs.monthlySpendUsd)
        .field("committedMonthlyUsd", s.quick.inputs.committedMonthlyUsd)
        .field("rehostUsdPerServer", s.quick.inputs.rehostUsdPerServer)
        .field("replatformUsdPerApplication", s.quick.inputs.replatformUsdPerApplication)
        .field("source", static_cast<int>(s.quick.inputs.source))
        .endObject()
        .endObject();
    j.beginArray("notices");
    for (const auto& n : s.notices) j.value(n.text);
    j.endArray();
    j.field("compared", s.compared.size()).field("importMappings", s.importSettings.mappings.size());
    j.beginArray("snapshots");
    for (const est::app::NamedSnapshot& n : s.snapshots.list()) j.value(n.name);
    j.endArray();
    j.field("autosaveCurrent", app.autosaveCurrent());
    j.beginObject("estate").field("firstVisibleRow", app.workspace.estate.firstVisibleRow).endObject();
    const est::app::PartnerTheme& partner = s.partner;
    j.beginObject("partner")
        .field("name", partner.name)
        .field("accentColor", partner.accentRgb != 0 ? est::io::accentHex(partner.accentRgb) : std::string())
        .field("logoMime", partner.logoMime)
        .field("logoWidth", partner.logoWidth)
        .field("logoHeight", partner.logoHeight)
        .field("logoTexture", partner.logoTexture != 0)
        .endObject();
    // The file waiting for its column mapping.
    if (const auto& pending = app.mappingDialog.pending) {
        j.beginObject("pendingImport")
            .field("fileName", pending->fileName)
            .field("rows", pending->fileRows())
            .field("importable", pending->importableRows())
            .field("canImport", pending->canImport());
        j.beginObject("mapping");
        for (const est::io::MappingField& f : est::io::mappingFields()) j.field(f.key, pending->mapping().*(f.member));
        j.endObject().endObject();
    } else {
        j.field("pendingImport", nullptr);
    }
    j.endObject();
    g_reply = j.take();
    return g_reply.c_str();
}

} // extern "C"
