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

TEST_CASE("a dropped Azure export is routed to the dependencies, planning and undo each take one step",
          "[app][waves]") {
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
            if (state.scenario.dependencies[i].source == source && state.scenario.dependencies[i].target == target)
                return i;
        FAIL("no edge " << source << " -> " << target);
        return std::size_t{0};
    };
    const std::size_t web01 = edgeIndex("ord-web01", "ord-sql01"), web02 = edgeIndex("ord-web02", "ord-sql01");
    REQUIRE(state.scenario.dependencies[web01].kind == model::DependencyKind::Hard); // SQL Server port 1433
    REQUIRE(state.scenario.dependencies[web02].kind == model::DependencyKind::Hard);
    auto groupOf = [](const model::WavePlan& p, int workload) {
        for (std::size_t g = 0; g < p.groups.size(); ++g)
            if (std::find(p.groups[g].workloads.begin(), p.groups[g].workloads.end(), workload) !=
                p.groups[g].workloads.end())
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

TEST_CASE("a wave over its capacity names the binding limit and how many times over it is", "[app][waves]") {
    // Pilot of 5 servers, 40 vCPU, 500 GB: a group of 36 servers, 240 vCPU and 3,000 GB is 36 / 5 = 7.2x on servers,
    // 240 / 40 = 6x on vCPU and 3,000 / 500 = 6x on storage: servers bind.
    const model::WaveCapacity pilot{5, 40, 500.0};
    const app::WaveLoad over = app::waveLoad(1, 36, 240, 3000.0, pilot);
    CHECK(over.over);
    CHECK(over.limit == "servers");
    CHECK(over.ratio == Approx(7.2));
    CHECK(over.text == "7.2x the pilot size (36 servers; the pilot holds 5)");
    // Storage binding in a later wave: 13,080 GB against 1,500 GB = 8.72x, more than 20 / 15 servers = 1.33x.
    const app::WaveLoad storage = app::waveLoad(2, 20, 60, 13080.0, {15, 120, 1500.0});
    CHECK(storage.limit == "storage");
    CHECK(storage.text == "8.7x this wave's capacity (13,080 GB of storage; it holds 1,500 GB)");
    // Just over: 104 servers against 100 is "4 % over", not "1.0x".
    CHECK(app::waveLoad(5, 104, 100, 1000.0, {100, 800, 10000.0}).text ==
          "4 % over this wave's capacity (104 servers; it holds 100)");
    // Within capacity: no words.
    const app::WaveLoad within = app::waveLoad(1, 5, 40, 500.0, pilot);
    CHECK_FALSE(within.over);
    CHECK(within.text.empty());
}

namespace {
// `count` one-server workloads of application `app` (4 vCPU, `gbEach` GB each) in `environment`.
void addGroup(model::Scenario& s, const std::string& app, int count, double gbEach, model::Environment environment) {
    for (int i = 0; i < count; ++i) {
        model::Workload w;
        w.id = app + "-" + std::to_string(i);
        w.name = w.id;
        w.application = app;
        w.vcpu = 4;
        w.ramGb = 16.0;
        w.storageGb = gbEach;
        w.environment = environment;
        s.workloads.push_back(w);
    }
}
} // namespace

TEST_CASE("the pilot wave holds the smallest non-production group that fits it, never an oversize group",
          "[app][waves]") {
    model::Scenario s = app::defaultScenario();
    model::WavePlanningRules& r = s.plan.wavePlanning;
    r.pilotWaveServers = 5;
    r.serversIncreasePerWave = 10;
    r.maxServersPerWave = 100;
    r.maxVcpuPerWave = 800;
    r.maxStorageGbPerWave = 10000.0;
    r.fundingAware = false;
    // "Test lab": 36 non-production servers of 400 GB = 14,400 GB, over the 10,000 GB a full wave holds (oversize).
    // "Intranet": 3 non-production servers; "Billing": 2 production servers. The old order put Test lab, the first
    // ready oversize group, alone in wave 1: a pilot 7.2x its size.
    addGroup(s, "Test lab", 36, 400.0, model::Environment::NonProduction);
    addGroup(s, "Intranet", 3, 50.0, model::Environment::NonProduction);
    addGroup(s, "Billing", 2, 50.0, model::Environment::Production);
    s.plan.waves = {model::Wave{"Wave 1", 3, 6, 2}}; // what the workloads name before the plan
    app::AppState state = test::engineState(s);
    model::WavePlan plan;
    const app::ActionOutcome planned = app::planWaves(state, &plan);
    INFO((planned.messages.empty() ? std::string() : planned.messages.front()));
    REQUIRE(planned.ok);
    auto waveOf = [&](const std::string& name) {
        for (const model::MoveGroup& g : plan.groups)
            if (g.name == name) return g.wave;
        return -1;
    };
    CHECK(waveOf("Intranet") == 1);
    CHECK(waveOf("Test lab") == 2);
    CHECK(waveOf("Billing") == 3);
    REQUIRE_FALSE(plan.waves.empty());
    CHECK(plan.waves[0].servers == 3);
    // The warning names the limit Test lab exceeds (storage), not its server count against a full wave's 100.
    const auto warned = std::find_if(plan.warnings.begin(), plan.warnings.end(), [](const std::string& w) {
        return w.find("Test lab (storage 14,400 GB, over the 10,000 GB") != std::string::npos;
    });
    CHECK(warned != plan.warnings.end());
    CHECK(std::none_of(plan.warnings.begin(), plan.warnings.end(),
                       [](const std::string& w) { return w.find("100 servers") != std::string::npos; }));
    // The move groups are listed as the plan runs: Intranet (wave 1), Test lab (2), Billing (3).
    std::vector<std::string> listed;
    for (int g : app::groupsInWaveOrder(plan)) listed.push_back(plan.groups[static_cast<std::size_t>(g)].name);
    CHECK(listed == std::vector<std::string>{"Intranet", "Test lab", "Billing"});
}

TEST_CASE("an inventory that lands every workload in one wave gets a first plan of several waves", "[app][waves]") {
    // 150 VMs in RVTools vInfo shape: more than the 100 servers a full wave holds.
    std::string csv = "VM,Powerstate,Template,SRM Placeholder,CPUs,Memory,Provisioned MiB,In Use MiB,"
                      "OS according to the configuration file,Host,Cluster,VM UUID\r\n";
    for (int i = 0; i < 150; ++i)
        csv += "vm-" + std::to_string(i) +
               ",poweredOn,False,False,2,8192,102400,51200,Microsoft Windows Server 2019 (64-bit),"
               "esx1,c1,4201-" +
               std::to_string(i) + "\r\n";
    app::AppState state = test::engineState();
    const app::ActionOutcome out = app::importInventory(state, csv, "estate.csv");
    REQUIRE(out.ok);
    REQUIRE(state.scenario.workloads.size() == 150);
    CHECK(state.scenario.plan.waves.size() > 1);
    CHECK(state.history().undoLabel() == "Plan waves");
    state.undo(); // the plan alone: the import stays, in its one wave
    CHECK(state.scenario.workloads.size() == 150);
    CHECK(state.scenario.plan.waves.size() <= 1);

    // A small import stays as it is: 3 VMs fit one wave.
    app::AppState small = test::engineState();
    REQUIRE(app::importInventory(small, csv.substr(0, csv.find("vm-3,")), "small.csv").ok);
    CHECK(small.scenario.workloads.size() == 3);
    CHECK(small.history().undoLabel() == "Import small.csv");
}

TEST_CASE("when no non-production group fits the pilot, an oversize group still never opens the plan", "[app][waves]") {
    // As in the 400-VM demo: the only non-production group, "Test lab" (36 servers of 400 GB = 14,400 GB), is larger
    // than a full wave (10,000 GB); "HR" (8 servers) and "Mail relay" (6) are production. Non-production first would
    // open the plan with Test lab; the smallest group that fits a full wave, Mail relay, opens it instead.
    model::Scenario s = app::defaultScenario();
    s.plan.wavePlanning.fundingAware = false;
    addGroup(s, "Test lab", 36, 400.0, model::Environment::NonProduction);
    addGroup(s, "HR", 8, 50.0, model::Environment::Production);
    addGroup(s, "Mail relay", 6, 50.0, model::Environment::Production);
    s.plan.waves = {model::Wave{"Wave 1", 3, 6, 2}};
    app::AppState state = test::engineState(s);
    model::WavePlan plan;
    REQUIRE(app::planWaves(state, &plan).ok);
    std::vector<std::string> listed;
    for (int g : app::groupsInWaveOrder(plan)) listed.push_back(plan.groups[static_cast<std::size_t>(g)].name);
    REQUIRE(listed.size() == 3);
    CHECK(listed.front() == "Mail relay");
    CHECK(listed[1] == "Test lab"); // non-production before the rest of production
    REQUIRE(plan.waves.size() >= 2);
    CHECK(plan.waves[0].servers == 6);
}
