// tests/app/pending_import_test.cpp - a generic CSV waits for its column mapping: preview, cancel, undoable import.
#include "app/documents.hpp"
#include "app/open_file.hpp"
#include "app/pending_import.hpp"
#include "io/scenario_json.hpp"
#include "model/engine.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace est::app;

namespace {

// A hand-made export in no known format: odd header names, memory in GB, a second numeric column ("Sockets").
const char* kOdd = "Server,Cores,Sockets,Mem GB,Disk GB,Owner\n"
                   "app-01,4,2,16,200,Payments\n"
                   "app-02,8,2,32,500,Payments\n"
                   "db-01,16,4,128,2000,Data\n";
} // namespace

TEST_CASE("a CSV in no known format is held as a pending import and the scenario does not change", "[app]") {
    AppState state = est::test::engineState();
    const long revision = state.revision;
    std::optional<PendingImport> pending;
    const ActionOutcome out = openFile(state, kOdd, "odd.csv", pending, "2026-12-06").outcome;
    CHECK(out.ok);
    REQUIRE(pending);
    CHECK(state.revision == revision);
    CHECK(state.scenario.workloads.empty());
    CHECK(pending->fileName == "odd.csv");
    CHECK(pending->header.size() == 6);
    CHECK(pending->fileRows() == 3);
    // "Server" names the workloads, so every row would import.
    CHECK(pending->columnOf("name") == 0);
    CHECK(pending->importableRows() == 3);
    CHECK(pending->canImport());
}

TEST_CASE("a known inventory format is not held back: it imports at once", "[app]") {
    AppState state = est::test::engineState();
    const char* azure = "*Server name,*Cores,*Memory (In MB),*OS name\nvm-1,2,4096,Ubuntu 22.04\n";
    std::optional<PendingImport> pending;
    const ActionOutcome out = openFile(state, azure, "azure.csv", pending, "2026-12-06").outcome;
    CHECK_FALSE(pending);
    CHECK(out.ok);
    CHECK(state.scenario.workloads.size() == 1);
}

TEST_CASE("remapping a column changes the preview", "[app]") {
    AppState state = est::test::engineState();
    std::optional<PendingImport> pending = preparePendingImport(kOdd, "odd.csv", state.importSettings);
    REQUIRE(pending);
    pending->mapField("vcpu", 1); // Cores
    REQUIRE(pending->preview().workloads.size() == 3);
    CHECK(pending->preview().workloads[2].workload.vcpu == 16);
    pending->mapField("vcpu", 2); // Sockets
    CHECK(pending->mapping().vcpu == "Sockets");
    CHECK(pending->preview().workloads[2].workload.vcpu == 4);
    // RAM 32 in the file: as GiB 32 GB, as MiB 32 / 1024 = 0.03125 GB.
    pending->mapField("ram", 3);
    est::io::ColumnMapping m = pending->mapping();
    m.ramUnit = est::io::SizeUnit::Gib;
    pending->setMapping(m);
    CHECK(pending->preview().workloads[1].workload.ramGb == Approx(32.0));
    m.ramUnit = est::io::SizeUnit::Mib;
    pending->setMapping(m);
    CHECK(pending->preview().workloads[1].workload.ramGb == Approx(0.03125));
}

TEST_CASE("without a name or id column the pending import says so in plain words and cannot import", "[app]") {
    AppState state = est::test::engineState();
    std::optional<PendingImport> pending = preparePendingImport(kOdd, "odd.csv", state.importSettings);
    REQUIRE(pending);
    pending->mapField("name", -1);
    pending->mapField("id", -1);
    CHECK(pending->columnOf("name") == -1);
    REQUIRE_FALSE(pending->canImport());
    CHECK(pending->blockers().front().find("Name or Id") != std::string::npos);
    const long revision = state.revision;
    CHECK_FALSE(commitPendingImport(state, *pending).ok);
    CHECK(state.revision == revision);
    CHECK(state.scenario.workloads.empty());
}

TEST_CASE("rows that cannot be read are listed with their line numbers in the preview", "[app]") {
    AppState state = est::test::engineState();
    const char* csv = "Server,Cores\nok-1,2\nbad-1,many\nok-2,4\n";
    std::optional<PendingImport> pending = preparePendingImport(csv, "bad.csv", state.importSettings);
    REQUIRE(pending);
    pending->mapField("vcpu", 1);
    CHECK(pending->importableRows() == 2);
    const std::vector<std::string> lines = pending->problemLines();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("line 3") != std::string::npos); // header is line 1, "bad-1" line 3
}

TEST_CASE("cancelling a pending import leaves the scenario and its history untouched", "[app]") {
    AppState state = est::test::engineState();
    const est::model::Scenario before = state.scenario;
    const long revision = state.revision;
    const std::size_t undoDepth = state.history().undoDepth();
    std::optional<PendingImport> pending;
    openFile(state, kOdd, "odd.csv", pending, "2026-12-06");
    REQUIRE(pending);
    pending->mapField("vcpu", 2);
    pending.reset(); // Cancel
    CHECK(state.scenario == before);
    CHECK(state.revision == revision);
    CHECK(state.history().undoDepth() == undoDepth);
    CHECK(state.importSettings.mappings.empty());
}

TEST_CASE("importing a pending file is one undoable step and remembers the mapping in the scenario file", "[app]") {
    AppState state = est::test::engineState();
    std::optional<PendingImport> pending = preparePendingImport(kOdd, "odd.csv", state.importSettings);
    REQUIRE(pending);
    pending->mapField("vcpu", 2); // Sockets, not the guess
    const std::size_t undoDepth = state.history().undoDepth();
    const ActionOutcome out = commitPendingImport(state, *pending);
    INFO(out.messages.front());
    REQUIRE(out.ok);
    REQUIRE(state.scenario.workloads.size() == 3);
    CHECK(state.scenario.workloads[2].name == "db-01");
    CHECK(state.scenario.workloads[2].vcpu == 4);
    CHECK(state.history().undoDepth() == undoDepth + 1);

    // The mapping is remembered for this header and written into the scenario file's "import" section.
    REQUIRE(state.importSettings.mappings.size() == 1);
    CHECK(state.importSettings.mappings[0].mapping.vcpu == "Sockets");
    const est::io::ScenarioLoad reloaded = est::io::loadScenario(scenarioJson(state), state.defaults);
    REQUIRE(reloaded.ok());
    REQUIRE(reloaded.import.mappings.size() == 1);
    CHECK(reloaded.import.mappings[0].mapping.vcpu == "Sockets");

    // The next file with the same header starts from the remembered mapping.
    std::optional<PendingImport> again = preparePendingImport(kOdd, "odd-again.csv", state.importSettings);
    REQUIRE(again);
    CHECK(again->fromSavedMapping);
    CHECK(again->mapping().vcpu == "Sockets");

    REQUIRE(state.undo());
    CHECK(state.scenario.workloads.empty());
    REQUIRE(state.redo());
    CHECK(state.scenario.workloads.size() == 3);
}
