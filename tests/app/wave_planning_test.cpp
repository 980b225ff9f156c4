// tests/app/wave_planning_test.cpp - a dropped dependency export and a re-plan are each one undoable step.
#include "app/open_file.hpp"
#include "io/sniff.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "app/wave_planning.hpp"
#include "model/engine.hpp"
#include "model/funding_program.hpp"
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

TEST_CASE("a dropped Azure export is routed to the dependencies, planning and undo each take one step", "[app][waves]") {
    app::AppState state = test::engineState(ordering());
    const std::string bytes = dependencyFile("azure_agentless_classic.csv");
    REQUIRE(io::sniff(bytes, "deps.csv").kind == io::FileKind::DependencyCsv);
    CHECK(io::sniff("Server ID,Host name,CPU count\nCI1,a,2\n", "servers.csv").kind != io::FileKind::DependencyCsv);

    std::optional<app::PendingImport> pending;
    const app::ActionOutcome imported = app::openFile(state, bytes, "deps.csv", pending, "2026-12-06").outcome;
    CHECK(imported.ok);
    CHECK_FALSE(pending);
    CHECK(state.scenario.dependencies.size() == 5);
    CHECK(state.scenario.workloads.size() == 4); // no workload was added from the dependency rows

    const std::vector<model::Wave> before = state.scenario.plan.waves;
    const model::Result fundingBefore = model::estimate(state.scenario);
    model::WavePlan plan;
    const app::ActionOutcome planned = app::planWaves(state, &plan);
    REQUIRE(planned.ok);
    // The notice states the total funding change the plan causes, from the estimates before and after it.
    REQUIRE_FALSE(planned.messages.empty());
    CHECK(planned.messages.front().find(model::fundingChangeText(fundingBefore, model::estimate(state.scenario))) !=
          std::string::npos);
    CHECK(planned.messages.front().find("total MAP funding ") != std::string::npos);
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

TEST_CASE("marking a dependency soft splits the move group on the next plan, as one undoable step", "[app][waves]") {
    app::AppState state = test::engineState(ordering());
    REQUIRE(app::importDependencies(state, dependencyFile("azure_agentless_classic.csv"), "deps.csv").ok);
    auto edgeIndex = [&](const std::string& source, const std::string& target) {
        for (std::size_t i = 0; i < state.scenario.dependencies.size(); ++i)
            if (state.scenario.dependencies[i].source == source && state.scenario.dependencies[i].target == target) return i;
        FAIL("no edge " << source << " -> " << target);
        return std::size_t{0};
    };
    const std::size_t web01 = edgeIndex("ord-web01", "ord-sql01"), web02 = edgeIndex("ord-web02", "ord-sql01");
    REQUIRE(state.scenario.dependencies[web01].kind == model::DependencyKind::Hard); // SQL Server port 1433
    REQUIRE(state.scenario.dependencies[web02].kind == model::DependencyKind::Hard);
    auto groupOf = [](const model::WavePlan& p, int workload) {
        for (std::size_t g = 0; g < p.groups.size(); ++g)
            if (std::find(p.groups[g].workloads.begin(), p.groups[g].workloads.end(), workload) != p.groups[g].workloads.end())
                return static_cast<int>(g);
        return -1;
    };
    model::WavePlan plan;
    REQUIRE(app::planWaves(state, &plan).ok);
    CHECK(groupOf(plan, 0) == groupOf(plan, 2)); // Ordering moves with its database

    const long revision = state.revision;
    CHECK_FALSE(app::setDependencyKind(state, web01, model::DependencyKind::Hard).ok); // already hard: no step
    CHECK_FALSE(app::setDependencyKind(state, state.scenario.dependencies.size(), model::DependencyKind::Soft).ok);
    CHECK(state.revision == revision);

    const app::ActionOutcome marked = app::setDependencyKind(state, web01, model::DependencyKind::Soft);
    REQUIRE(marked.ok);
    CHECK(state.history().undoLabel() == "Mark ord-web01 -> ord-sql01 soft");
    REQUIRE(app::setDependencyKind(state, web02, model::DependencyKind::Soft).ok);
    CHECK(state.scenario.dependencies[web01].kind == model::DependencyKind::Soft);
    CHECK(state.scenario.plan.waves.size() == 2); // the waves stay as planned until the next plan

    // Soft now: ord-sql01 is a group of its own that Ordering needs (same wave or earlier).
    REQUIRE(app::planWaves(state, &plan).ok);
    CHECK(plan.groups.size() == 3);
    const int ordering = groupOf(plan, 0), database = groupOf(plan, 2);
    REQUIRE(ordering != database);
    CHECK(groupOf(plan, 1) == ordering);
    CHECK(plan.groups[static_cast<std::size_t>(ordering)].dependsOn == std::vector<int>{database});
    CHECK(state.scenario.workloads[2].wave <= state.scenario.workloads[0].wave);

    // A re-import keeps the kind the user set.
    REQUIRE(app::importDependencies(state, dependencyFile("azure_agentless_classic.csv"), "deps.csv").ok);
    CHECK(state.scenario.dependencies[web01].kind == model::DependencyKind::Soft);

    REQUIRE(state.undo()); // the re-import
    REQUIRE(state.undo()); // the plan
    REQUIRE(state.undo()); // web02
    REQUIRE(state.undo()); // web01
    CHECK(state.scenario.dependencies[web01].kind == model::DependencyKind::Hard);
    CHECK(state.scenario.dependencies[web02].kind == model::DependencyKind::Hard);
}
