// platform/billing_stream.cpp - the page's billing exports read in chunks: the page (web/estimator.js) asks whether a
// dropped file is a billing export from its first bytes, then hands its File stream over chunk by chunk, so no copy
// of the whole file is ever held in JavaScript or in wasm memory (a ZIP excepted: its directory is at its end).
#include "app/open_file.hpp"
#include "app/tracker_state.hpp"
#include "formats/json_value.hpp"
#include "io/json_cursor.hpp"
#include "io/json_writer.hpp"
#include "io/sniff.hpp"
#include "io/tracker_report.hpp"
#include "platform/web_main.hpp"

#include <emscripten.h>

#include <string>
#include <string_view>

namespace {

std::string g_trackerReply; // est_tracker_json's answer lives until the next call

} // namespace

extern "C" {

/// Whether the page should stream this file into the credit tracker: `head` (its first bytes, at most 256 KiB) show
/// an AWS billing export in plain CSV or gzip. Then reading starts and the answer is 1. 0: not a billing export (or a
/// ZIP, whose directory is at its end), so the page hands the whole file over as it does for every other file.
EMSCRIPTEN_KEEPALIVE int est_billing_begin(const char* name, const char* head, int headLength, double totalBytes,
                                           int fileNumber, int fileCount) {
    const est::io::SniffResult sniffed =
        est::io::sniff(std::string_view(head, static_cast<std::size_t>(headLength)), name);
    if (!est::io::isBillingExport(sniffed.kind) || sniffed.container == est::io::Container::Zip) return 0;
    est::platform::WebApp& app = est::platform::webApp();
    app.state.tracker.beginFile(name, totalBytes > 0 ? static_cast<std::uint64_t>(totalBytes) : 0, fileNumber,
                                fileCount);
    app.workspace.current = est::ui::PanelId::Tracker;
    return 1;
}

/// The next `length` bytes of the file being streamed. 1: send more; 0: stop (the file failed, or the user pressed
/// Cancel): the page then calls est_billing_end.
EMSCRIPTEN_KEEPALIVE int est_billing_chunk(const char* bytes, int length) {
    return est::platform::webApp().state.tracker.feed(std::string_view(bytes, static_cast<std::size_t>(length))) ? 1
                                                                                                                 : 0;
}

/// The stream ended or stopped. Adds the file to the tracker (or says why it could not). Returns 1 when the user
/// cancelled: the page then stops the rest of the files dropped with it; 0 otherwise.
EMSCRIPTEN_KEEPALIVE int est_billing_end() {
    est::app::AppState& state = est::platform::webApp().state;
    const std::optional<est::app::TrackerLoadProgress> progress = state.tracker.loading();
    if (!progress) return 0;
    if (progress->cancelRequested) {
        state.tracker.cancelFile();
        state.notify(est::app::Notice::Level::Info,
                     "Cancelled: " + progress->fileName + " was not read. The tracker keeps the files it had.");
        return 1;
    }
    est::app::reportBillingFile(state, state.tracker.finishFile());
    return 0;
}

/// The page could not read the file (the browser's read failed): drops it with `reason`.
EMSCRIPTEN_KEEPALIVE void est_billing_failed(const char* reason) {
    est::app::AppState& state = est::platform::webApp().state;
    const std::optional<est::app::TrackerLoadProgress> progress = state.tracker.loading();
    if (!progress) return;
    state.tracker.cancelFile();
    state.notify(est::app::Notice::Level::Error, progress->fileName + ": the browser could not read it (" + reason +
                                                     "). The tracker keeps the files it had.");
}

/// The tracker for tests and scripts: the summary as `estimator track` writes it, the files and the reading progress.
EMSCRIPTEN_KEEPALIVE const char* est_tracker_json() {
    const est::app::TrackerState& tracker = est::platform::webApp().state.tracker;
    // Compact, keys in byte order (as the sorted-map writer gave them before); the summary is trackerJson's own
    // document, whose keys are already in that order.
    est::io::JsonWriter j(-1);
    j.beginObject().field("current", tracker.resultCurrent()); // false until the next frame summarises the files
    j.beginArray("files");
    for (const est::model::LoadedBillingFile& f : tracker.files())
        j.beginObject()
            .field("fileName", f.identity.fileName)
            .field("format", est::model::billingFormatKey(f.identity.format))
            .field("lines", f.lines)
            .field("months", f.months)
            .endObject();
    j.endArray().field("hasForecast", tracker.hasForecast());
    if (const auto progress = tracker.loading())
        j.beginObject("loading")
            .field("bytesLeft", progress->bytesLeft())
            .field("bytesRead", progress->bytesRead)
            .field("cancelRequested", progress->cancelRequested)
            .field("fileName", progress->fileName)
            .field("rowsRead", progress->rowsRead)
            .endObject();
    else
        j.field("loading", nullptr);
    j.field("mpeId", tracker.effectiveMpeId()).key("summary");
    if (tracker.empty())
        j.value(nullptr);
    else
        est::io::writeJsonValue(j, est::formats::parseJson(est::io::trackerJson(tracker.result())).value);
    j.field("undoLabel", tracker.undoLabel()).endObject();
    g_trackerReply = j.take();
    return g_trackerReply.c_str();
}

} // extern "C"
