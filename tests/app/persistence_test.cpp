// tests/app/persistence_test.cpp - nothing the user made is lost on reload: snapshots and the partner theme ride in
// the autosave (as part of the scenario file), a file waiting for its column mapping survives or is reported, and
// a browser store that is too small keeps what fits and says what it did not keep.
#include "app/autosave.hpp"
#include "app/documents.hpp"
#include "app/pending_import.hpp"
#include "formats/base64.hpp"
#include "io/scenario_json.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>

using namespace est::app;

namespace {

// localStorage with a quota: refuses a value longer than `capacity` characters.
struct QuotaStore : KeyValueStore {
    std::map<std::string, std::string> values;
    std::size_t capacity = std::string::npos;
    std::optional<std::string> get(const std::string& key) override {
        const auto it = values.find(key);
        return it == values.end() ? std::nullopt : std::optional<std::string>(it->second);
    }
    bool set(const std::string& key, const std::string& value) override {
        if (value.size() > capacity) return false;
        values[key] = value;
        return true;
    }
    void remove(const std::string& key) override { values.erase(key); }
};

// A generic CSV (no known format) with a Latin-1 byte (0xE9, "é"): the autosave must keep the bytes as they are.
const std::string kOdd = "Server,Cores,Sockets,Mem GB,Disk GB,Owner\n"
                         "app-01,4,2,16,200,Paiements caf\xE9\n"
                         "app-02,8,2,32,500,Payments\n"
                         "db-01,16,4,128,2000,Data\n";

std::string pngLogo() {
    return "data:image/png;base64," + est::formats::encodeBase64(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
}

PartnerTheme acme() {
    PartnerTheme theme;
    theme.name = "Acme Cloud";
    theme.accentRgb = 0x0073BB;
    theme.logoDataUrl = pngLogo();
    theme.logoMime = "image/png";
    return theme;
}

// The user's session before the reload: two snapshots, a partner theme, a CSV waiting for its mapping.
struct Session {
    AppState state = est::test::engineState();
    std::optional<PendingImport> pending;
    Session() {
        state.edit("Name", EditScope::Settings, [](est::model::Scenario& s) { s.settings.name = "Acme move"; });
        state.recomputeIfDirty();
        state.snapshots.save("Baseline", state.scenario, state.result);
        state.edit("Horizon", EditScope::Settings, [](est::model::Scenario& s) { s.settings.horizonYears = 3; });
        state.recomputeIfDirty();
        state.snapshots.save("Three years", state.scenario, state.result);
        state.setPartner(acme());
        pending = preparePendingImport(kOdd, "odd.csv", state.importSettings);
        pending->mapField("vcpu", 1); // the user mapped "Cores" to vCPU
    }
};

// The page loading again: what restoreOnStart does with the autosave record.
struct Reloaded {
    AppState state = est::test::engineState();
    std::optional<PendingImport> pending;
    std::vector<std::string> notices;
    explicit Reloaded(KeyValueStore& store) {
        RestoreOutcome read = readAutosave(store);
        notices = read.messages;
        REQUIRE(read.kind == RestoreOutcome::Kind::Restored);
        est::io::ScenarioLoad loaded = est::io::loadScenario(read.scenarioJson, state.defaults);
        REQUIRE(loaded.ok());
        std::vector<std::string> notes;
        adoptExtras(state, loaded, notes);
        state.importSettings = loaded.import;
        state.reset(std::move(loaded.scenario));
        state.recomputeIfDirty();
        if (read.pending) {
            std::string notice;
            pending = restorePendingImport(*read.pending, state.importSettings, notice);
            notices.push_back(notice);
        }
    }
    bool said(const std::string& part) const {
        for (const std::string& n : notices)
            if (n.find(part) != std::string::npos) return true;
        return false;
    }
};

// Autosaves `session` into a store one character too small for `scenarioText` with the pending file's bytes.
AutosaveWrite writeJustShortOf(const Session& session, QuotaStore& store, const std::string& scenarioText) {
    const PendingImportRecord withBytes = session.pending->record();
    store.capacity = wrapAutosave(scenarioText, "t", &withBytes).size() - 1;
    return writeAutosave(store, autosaveWork(session.state, &*session.pending), "t");
}

} // namespace

TEST_CASE("snapshots, the partner theme and a pending import survive a reload through the autosave", "[app]") {
    Session before;
    QuotaStore store;
    const AutosaveWrite written =
        writeAutosave(store, autosaveWork(before.state, &*before.pending), "2026-12-01T21:00:00Z");
    CHECK(written.written);
    CHECK(written.messages.empty());
    CHECK(written.trouble() == 0);

    Reloaded after(store);
    CHECK(after.state.scenario == before.state.scenario);
    REQUIRE(after.state.snapshots.list().size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        const NamedSnapshot& was = before.state.snapshots.list()[i];
        const NamedSnapshot& is = after.state.snapshots.list()[i];
        CHECK(is.name == was.name);
        CHECK(is.scenario == was.scenario);
        // The result is recomputed on load from the same scenario by the same engine: the same figures.
        CHECK(is.result.projectedArrUsd == was.result.projectedArrUsd);
        CHECK(is.result.tco.npvUsd == was.result.tco.npvUsd);
    }
    CHECK(after.state.snapshots.list()[1].scenario.settings.horizonYears == 3);
    CHECK(static_cast<const est::io::PartnerBrand&>(after.state.partner) ==
          static_cast<const est::io::PartnerBrand&>(acme()));
    CHECK(after.state.partner.logoTexture == 0); // the page decodes the logo again
    REQUIRE(after.pending);
    CHECK(after.pending->fileName == "odd.csv");
    CHECK(after.pending->bytes == kOdd); // byte for byte, the Latin-1 "é" included
    CHECK(after.pending->mapping() == before.pending->mapping());
    CHECK(after.pending->columnOf("vcpu") == 1);
    CHECK(after.pending->fileRows() == 3);
    CHECK(after.said("odd.csv is still waiting for its column mapping"));
    // The scenario is unchanged by the pending file until the user imports it.
    CHECK(after.state.scenario.workloads.empty());
}

TEST_CASE("a pending file too large for the store is left out, said at once, and reported again after the reload",
          "[app]") {
    Session before;
    QuotaStore store;
    // One character short of everything: the pending file's bytes (base64, about 200 characters) must go, while
    // its name, mapping and the reason (about 80 characters) fit.
    const AutosaveWrite written = writeJustShortOf(before, store, scenarioJson(before.state));
    CHECK(written.written);
    CHECK(written.pendingFileLeftOut);
    CHECK_FALSE(written.extrasLeftOut);
    REQUIRE(written.messages.size() == 1);
    CHECK(written.messages[0].find("odd.csv (1 KB), waiting for its column mapping, does not fit") !=
          std::string::npos);

    Reloaded after(store);
    CHECK(after.state.snapshots.list().size() == 2); // what fitted is all there
    CHECK_FALSE(after.pending);
    CHECK(after.said("odd.csv, which was waiting for its column mapping, was not kept across the reload: it is 1 KB"));
    CHECK(after.said("Drop the file again"));
}

TEST_CASE("when even the snapshots do not fit, the scenario is kept and the message says what is not", "[app]") {
    Session before;
    QuotaStore store;
    // The scenario and the pending file's name and mapping fit; the snapshots and the logo (far larger) do not.
    const AutosaveWrite written = writeJustShortOf(before, store, scenarioOnlyJson(before.state));
    CHECK(written.written);
    CHECK(written.extrasLeftOut);
    REQUIRE(written.messages.size() == 2);
    CHECK(written.messages[1].find("keeps the scenario but not 2 snapshots and the partner theme") !=
          std::string::npos);
    CHECK(written.messages[1].find("Ctrl+S") != std::string::npos);
    Reloaded after(store);
    CHECK(after.state.scenario == before.state.scenario);
    CHECK(after.state.snapshots.empty());
    CHECK(after.said("was not kept across the reload"));

    QuotaStore tiny;
    tiny.capacity = 100;
    tiny.values[kAutosaveKey] = "the previous record";
    const AutosaveWrite refused = writeAutosave(tiny, autosaveWork(before.state, nullptr), "t");
    CHECK_FALSE(refused.written);
    CHECK(refused.trouble() != 0);
    REQUIRE_FALSE(refused.messages.empty());
    CHECK(refused.messages.back().find("refused to autosave") != std::string::npos);
    CHECK(tiny.values[kAutosaveKey] == "the previous record"); // never replaced by nothing
}

TEST_CASE("a damaged pending file in the autosave is reported and the scenario is still restored", "[app]") {
    Session before;
    QuotaStore store;
    REQUIRE(writeAutosave(store, autosaveWork(before.state, &*before.pending), "t").written);
    std::string& record = store.values[kAutosaveKey];
    const std::size_t at = record.find("\"file\":\"");
    REQUIRE(at != std::string::npos);
    record.replace(at + 8, 4, "*!*!"); // not base64
    Reloaded after(store);
    CHECK_FALSE(after.pending);
    CHECK(after.said(
        "The file that was waiting for its column mapping (odd.csv) could not be restored: its data is damaged"));
    CHECK(after.state.snapshots.list().size() == 2);
}

TEST_CASE("snapshots and the theme stay out of undo: saving one adds no step and opening a file is one step", "[app]") {
    Session session;
    AppState& state = session.state;
    const std::size_t depth = state.history().undoDepth();
    state.snapshots.save("Another", state.scenario, state.result);
    state.setPartner(acme());
    CHECK(state.history().undoDepth() == depth);

    // A file with its own snapshot and theme: the snapshot joins, a same-named one is replaced and said so.
    AppState other = est::test::engineState();
    other.edit("Name", EditScope::Settings, [](est::model::Scenario& s) { s.settings.name = "Other"; });
    other.recomputeIfDirty();
    other.snapshots.save("Baseline", other.scenario, other.result);
    PartnerTheme partner;
    partner.name = "Beta Partners";
    other.setPartner(partner);
    const ActionOutcome out = openScenario(state, scenarioJson(other), "other.json");
    REQUIRE(out.ok);
    CHECK(out.messages[0] == "Opened other.json (0 workloads, 1 snapshot, partner theme \"Beta Partners\").");
    CHECK(std::find(out.messages.begin(), out.messages.end(),
                    "note: the file's snapshot \"Baseline\" replaced yours of the same name") != out.messages.end());
    CHECK(state.snapshots.list().size() == 3);
    CHECK(state.snapshots.find("Baseline")->scenario.settings.name == "Other");
    CHECK(state.partner.name == "Beta Partners");
    CHECK(state.history().undoDepth() == depth + 1);
    CHECK(state.undo());
    CHECK(state.scenario.settings.name == "Acme move");
    CHECK(state.snapshots.list().size() == 3); // undo returns the scenario; the snapshots stay
    CHECK(state.redo());
    CHECK(state.scenario.settings.name == "Other");
}

TEST_CASE("the share link carries the scenario without snapshots or the theme", "[app]") {
    Session session;
    const std::string full = scenarioJson(session.state);
    const std::string link = scenarioOnlyJson(session.state);
    CHECK(full.find("\"snapshots\"") != std::string::npos);
    CHECK(full.find("\"partner\"") != std::string::npos);
    CHECK(link.find("\"snapshots\"") == std::string::npos);
    CHECK(link.find("\"partner\"") == std::string::npos);
    CHECK(est::io::loadScenario(link).scenario == est::io::loadScenario(full).scenario);
}

TEST_CASE("an autosave record keeps the bytes of the sorted-map writer that wrote records before", "[app][autosave]") {
    // nlohmann (the test oracle) reads a record into sorted maps and dumps it compactly: the same bytes only when
    // every object's keys are already in byte order, at every level.
    est::app::PendingImportRecord pending;
    pending.fileName = "odd.csv";
    pending.bytes = "Server,Cores\nweb1,4\n";
    pending.mapping.name = "Server"; // columns in byte order, not the mapping's own order
    pending.mapping.vcpu = "Cores";
    pending.mapping.id = "Server";
    const est::app::KeptNote note{"Estate \xE2\x82\xAC", "replaced by Open demo.json"};
    const std::string large(est::app::kAutosaveCompressAbove + 1000, 'x'); // deflated: scenarioBytes, scenarioDeflated
    for (const std::string& record :
         {est::app::wrapAutosave("{\"schemaVersion\": 4}", "2026-12-06T10:00:00Z", &pending, &note),
          est::app::wrapAutosave(large, "2026-12-06T10:00:00Z"),
          est::app::wrapAutosave("{}", "2026-12-06T10:00:00Z", nullptr, &note)}) {
        INFO(record.substr(0, 200));
        CHECK(record == nlohmann::json::parse(record).dump());
    }
    pending.notKept = "it is 6,200 KB";
    const std::string marker = est::app::wrapAutosave("{}", "2026-12-06T10:00:00Z", &pending);
    CHECK(marker == nlohmann::json::parse(marker).dump());
}
