// tests/app/autosave_test.cpp - autosave records: round trip, and damaged / older / newer records kept aside.
#include "app/autosave.hpp"

#include <catch2/catch.hpp>

#include "map_store.hpp"

using namespace est::app;

using est::test::MapStore;

TEST_CASE("an autosave reads back as the same scenario text", "[app]") {
    MapStore store;
    REQUIRE(writeAutosave(store, "{\"settings\":{\"name\":\"Ünïcode\"}}", "2026-11-23T12:00:00Z"));
    const RestoreOutcome out = readAutosave(store);
    CHECK(out.kind == RestoreOutcome::Kind::Restored);
    CHECK(out.scenarioJson == "{\"settings\":{\"name\":\"Ünïcode\"}}");
    CHECK(out.savedAt == "2026-11-23T12:00:00Z");
    CHECK(out.messages.empty());
}

TEST_CASE("a large scenario is stored deflated and reads back byte for byte", "[app]") {
    MapStore store;
    // 20,000 similar workload records, about 1.3 MB of JSON: over kAutosaveCompressAbove (256 KiB).
    std::string json = "{\"workloads\":[";
    for (int i = 0; i < 20000; ++i)
        json += (i ? "," : "") + std::string("{\"id\":\"vm-") + std::to_string(i) + "\",\"vcpu\":4,\"ramGb\":16}";
    json += "]}";
    REQUIRE(json.size() > kAutosaveCompressAbove);
    REQUIRE(writeAutosave(store, json, "2026-11-23T12:00:00Z"));
    const std::string& record = store.values.at(kAutosaveKey);
    CHECK(record.find("scenarioDeflated") != std::string::npos);
    CHECK(record.size() < json.size() / 5); // repetitive JSON deflates far below a fifth
    const RestoreOutcome out = readAutosave(store);
    REQUIRE(out.kind == RestoreOutcome::Kind::Restored);
    CHECK(out.scenarioJson == json);
}

TEST_CASE("a deflated autosave with damaged data is kept aside", "[app]") {
    MapStore store;
    const std::string record =
        R"({"format":"estimator-autosave","version":1,"savedAt":"x","scenarioBytes":100,"scenarioDeflated":"AAAA"})";
    store.values[kAutosaveKey] = record;
    const RestoreOutcome out = readAutosave(store);
    CHECK(out.kind == RestoreOutcome::Kind::KeptAside);
    CHECK(store.values.at(out.keptAsideKey) == record);
    REQUIRE_FALSE(out.messages.empty());
    CHECK(out.messages.front().find("damaged") != std::string::npos);
}

TEST_CASE("nothing saved restores nothing and says nothing", "[app]") {
    MapStore store;
    const RestoreOutcome out = readAutosave(store);
    CHECK(out.kind == RestoreOutcome::Kind::Nothing);
    CHECK(out.messages.empty());
}

TEST_CASE("a damaged autosave is kept aside byte for byte and reported", "[app]") {
    MapStore store;
    store.values[kAutosaveKey] = "{\"format\":\"estimator-autosave\", trunc";
    const RestoreOutcome out = readAutosave(store);
    CHECK(out.kind == RestoreOutcome::Kind::KeptAside);
    CHECK(out.keptAsideKey == kKeptAsideKey);
    CHECK(store.values.at(kKeptAsideKey) == "{\"format\":\"estimator-autosave\", trunc");
    CHECK(store.values.count(kAutosaveKey) == 0);
    REQUIRE(out.messages.size() >= 2);
    CHECK(out.messages[0].find("damaged") != std::string::npos);
}

TEST_CASE("an older autosave version is kept aside and named as older", "[app]") {
    MapStore store;
    store.values[kAutosaveKey] = R"({"format":"estimator-autosave","version":0,"scenario":"{}"})";
    const RestoreOutcome out = readAutosave(store);
    CHECK(out.kind == RestoreOutcome::Kind::KeptAside);
    CHECK(out.messages[0].find("older version") != std::string::npos);
}

TEST_CASE("a second kept-aside record does not overwrite the first", "[app]") {
    MapStore store;
    store.values[kKeptAsideKey] = "first";
    store.values[kAutosaveKey] = "second, not JSON";
    const RestoreOutcome out = readAutosave(store);
    CHECK(out.keptAsideKey == std::string(kKeptAsideKey) + ".2");
    CHECK(store.values.at(kKeptAsideKey) == "first");
    CHECK(store.values.at(std::string(kKeptAsideKey) + ".2") == "second, not JSON");
}

TEST_CASE("keepAside moves a record the scenario loader rejected", "[app]") {
    MapStore store;
    writeAutosave(store, "{\"workloads\": 5}", "t");
    const RestoreOutcome out = keepAside(store, {"workloads: must be an array"});
    CHECK(out.kind == RestoreOutcome::Kind::KeptAside);
    CHECK(out.messages.front() == "workloads: must be an array");
    CHECK_FALSE(store.get(kAutosaveKey).has_value());
}

TEST_CASE("when the store refuses the copy the original record stays where it was", "[app]") {
    MapStore store;
    store.values[kAutosaveKey] = "not json";
    store.refuse = true;
    const RestoreOutcome out = readAutosave(store);
    CHECK(out.keptAsideKey == kAutosaveKey);
    CHECK(store.values.at(kAutosaveKey) == "not json");
}

TEST_CASE("autosave is due after a change once the user paused", "[app]") {
    const AutosavePolicy policy{1.0};
    CHECK_FALSE(policy.due(5, 5, 100.0, 0.0));   // nothing new
    CHECK_FALSE(policy.due(6, 5, 100.5, 100.0)); // still typing: 0.5 s < 1 s
    CHECK(policy.due(6, 5, 101.0, 100.0));
}

TEST_CASE("while a slider is held autosave waits for the longer pause, then saves all the same", "[app]") {
    const AutosavePolicy policy{1.0, 5.0};
    CHECK_FALSE(policy.due(6, 5, 101.0, 100.0, true)); // held still 1 s mid-drag: 1 s < 5 s, no save yet
    CHECK_FALSE(policy.due(6, 5, 104.9, 100.0, true));
    CHECK(policy.due(6, 5, 105.0, 100.0, true));  // a drag held 5 s (or a gesture never closed) still saves
    CHECK(policy.due(6, 5, 101.0, 100.0, false)); // released: the usual 1 s pause
}
