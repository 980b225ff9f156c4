// tests/app/kept_work_test.cpp - what an open replaces is kept with its name and reason, listed newest first,
// reopened as it was; the oldest of the replaced slots gives way; work a file already holds is not kept again.
#include "app/kept_work.hpp"

#include "app/documents.hpp"
#include "io/scenario_json.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include "map_store.hpp"

using namespace est::app;
using est::test::MapStore;

namespace {
std::string scenarioNamed(const std::string& name) {
    est::model::Scenario s = defaultScenario();
    s.settings.name = name;
    est::model::Workload w;
    w.id = "w1";
    s.workloads.push_back(w);
    return est::io::saveScenario(s, {});
}

// An AppState on the real engine whose beforeReplace keeps the workspace in a store, as the page wires it,
// after "Acme move" (one workload) was opened over the untouched start.
struct KeepingApp {
    MapStore store;
    int clock = 0;
    AppState state = est::test::engineState();
    KeepingApp() {
        state.beforeReplace = [this](const std::string& label) {
            if (!state.holdsUnsavedWork()) return;
            keepReplacedWork(store, scenarioJson(state), {state.scenario.settings.name, "replaced by " + label},
                             "2026-12-06T01:00:" + std::to_string(10 + clock++) + "Z");
        };
        REQUIRE(openScenario(state, scenarioNamed("Acme move"), "acme.json").ok);
    }
};
} // namespace

TEST_CASE("opening a file over unsaved work keeps that work, with its snapshots, and it reopens as it was",
          "[app][kept]") {
    KeepingApp app;
    AppState& state = app.state;
    MapStore& store = app.store;
    CHECK(store.values.empty()); // the untouched start held nothing of the user's: nothing was kept
    state.snapshots.save("Baseline", state.scenario, state.result);
    REQUIRE(openScenario(state, scenarioNamed("Demo estate"), "demo.json").ok);
    const std::vector<KeptWork> kept = listKeptWork(store);
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].key == "estimator.replaced.1");
    CHECK(kept[0].name == "Acme move");
    CHECK(kept[0].reason == "replaced by Open demo.json");
    CHECK(keptWorkLabel(kept[0]) == "Acme move, kept 2026-12-06 01:00 UTC (replaced by Open demo.json)");
    // The kept record is the whole scenario file: it reopens with its name, estate and snapshot.
    const est::io::ScenarioLoad back = est::io::loadScenario(keptScenarioText(store.values.at(kept[0].key)));
    REQUIRE(back.ok());
    CHECK(back.scenario.settings.name == "Acme move");
    CHECK(back.scenario.workloads.size() == 1);
    REQUIRE(back.snapshots.size() == 1);
    CHECK(back.snapshots[0].name == "Baseline");
}

TEST_CASE("work saved to a file since its last change is not kept again", "[app][kept]") {
    KeepingApp app;
    AppState& state = app.state;
    MapStore& store = app.store;
    state.savedRevision = state.revision; // Ctrl+S
    REQUIRE(openScenario(state, scenarioNamed("Other"), "other.json").ok);
    CHECK(store.values.empty());
    state.edit("Rename", EditScope::Settings, [](est::model::Scenario& s) { s.settings.name = "Other, renamed"; });
    state.adoptQuickSize();
    REQUIRE(listKeptWork(store).size() == 1);
    CHECK(listKeptWork(store)[0].reason == "replaced by Use quick-size answers");
}

TEST_CASE("the replaced slots keep the newest five, autosaves kept aside are listed after them", "[app][kept]") {
    MapStore store;
    for (int i = 0; i < 7; ++i)
        REQUIRE(keepReplacedWork(store, scenarioNamed("v" + std::to_string(i)),
                                 {"v" + std::to_string(i), "replaced by Open x.json"},
                                 "2026-12-06T01:00:0" + std::to_string(i) + "Z") != "");
    store.values[kKeptAsideKey] = "{damaged";
    const std::vector<KeptWork> kept = listKeptWork(store);
    REQUIRE(kept.size() == 6);
    for (int i = 0; i < 5; ++i) CHECK(kept[static_cast<std::size_t>(i)].name == "v" + std::to_string(6 - i));
    CHECK(kept[5].key == kKeptAsideKey);
    CHECK(keptWorkLabel(kept[5]) == "Autosave kept aside");
    CHECK(keptScenarioText("{damaged") == "{damaged"); // offered as it is, for the loader to judge
    store.refuse = true;
    CHECK(keepReplacedWork(store, scenarioNamed("v7"), {"v7", ""}, "2026-12-06T01:00:09Z").empty());
}
