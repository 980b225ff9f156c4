// tests/app/wave_planning_test.cpp - a dropped dependency export and a re-plan are each one undoable step.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "app/wave_planning.hpp"
#include "test_support.hpp"

using namespace est;

namespace {

std::string dependencyFile(const std::string& name) {
    std::ifstream in(std::string(EST_IO_TEST_DATA) + "/dependencies/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

model::Scenario ordering() {
    model::Scenario s = app::defaultScenario();
    auto add = [&](const std::string& id, const std::string& app, const std::string& ip) {
        model::Workload w;
        w.id = id;
        w.name = id;
        w.application = app;
        w.ipAddresses = ip;
        s.workloads.push_back(w);
    };
    add("ord-web01", "Ordering", "10.20.1.11");
    add("ord-web02", "Ordering", "10.20.1.12");
    add("ord-sql01", "", "10.20.2.21");
    add("dns01", "", "10.20.0.5");
    s.plan.waves = {model::Wave{"Wave 1", 3, 2, 2}};
    s.plan.wavePlanning.pilotWaveServers = 1;
    s.plan.wavePlanning.serversIncreasePerWave = 10;
    return s;
}

} // namespace

TEST_CASE("a dropped Azure export is routed to the dependencies; planning and undo each take one step", "[app][waves]") {
    app::AppState state = test::engineState(ordering());
    const std::string bytes = dependencyFile("azure_agentless_classic.csv");
    REQUIRE(app::looksLikeDependencyFile(bytes, "deps.csv"));
    CHECK_FALSE(app::looksLikeDependencyFile("Server ID,Host name,CPU count\nCI1,a,2\n", "servers.csv"));

    std::optional<app::PendingImport> pending;
    const app::ActionOutcome imported = app::openAnyFile(state, bytes, "deps.csv", pending);
    CHECK(imported.ok);
    CHECK_FALSE(pending);
    CHECK(state.scenario.dependencies.size() == 5);
    CHECK(state.scenario.workloads.size() == 4); // no workload was added from the dependency rows

    const std::vector<model::Wave> before = state.scenario.plan.waves;
    model::WavePlan plan;
    REQUIRE(app::planWaves(state, &plan).ok);
    // dns01 alone fills the 1-server pilot; Ordering + ord-sql01 (hard, SQL port) go to wave 2 (capacity 11).
    REQUIRE(state.scenario.plan.waves.size() == 2);
    CHECK(state.scenario.workloads[3].wave == 1);
    CHECK(state.scenario.workloads[0].wave == 2);
    CHECK(state.scenario.workloads[2].wave == 2);
    CHECK(plan.groups.size() == 2);

    REQUIRE(state.undo()); // the plan
    CHECK(state.scenario.plan.waves == before);
    CHECK(state.scenario.dependencies.size() == 5);
    REQUIRE(state.undo()); // the import
    CHECK(state.scenario.dependencies.empty());
}

TEST_CASE("a file that is no dependency export changes nothing when imported as one", "[app][waves]") {
    app::AppState state = test::engineState(ordering());
    const long revision = state.revision;
    const app::ActionOutcome out = app::importDependencies(state, "a,b\n1,2\n", "x.csv");
    CHECK_FALSE(out.ok);
    CHECK(state.revision == revision);
}
