// tests/model/wave_planner_test.cpp - the wave planner on small hand-checked graphs: grouping, soft order,
// cycles, environments, the capacity ramp, oversize groups, locks, and the funding-aware order's gain.
#include <catch2/catch.hpp>

#include "model/engine.hpp"
#include "model/wave_planner.hpp"
#include "test_scenarios.hpp"

using namespace est::model;

namespace {

Workload server(const std::string& id, const std::string& app = "", Environment env = Environment::Production) {
    Workload w;
    w.id = id;
    w.name = id;
    w.application = app;
    w.environment = env;
    w.vcpu = 2;
    w.storageGb = 100.0;
    return w;
}

Dependency dep(const std::string& source, const std::string& target, DependencyKind kind) {
    Dependency d;
    d.source = source;
    d.target = target;
    d.kind = kind;
    return d;
}

// Roomy waves unless a test narrows them.
Scenario scenario() {
    Scenario s;
    s.plan.wavePlanning.pilotWaveServers = 100;
    s.plan.wavePlanning.maxServersPerWave = 100;
    s.plan.wavePlanning.maxVcpuPerWave = 10000;
    s.plan.wavePlanning.maxStorageGbPerWave = 1e6;
    return s;
}

void oneServerWaves(Scenario& s) {
    s.plan.wavePlanning.pilotWaveServers = 1;
    s.plan.wavePlanning.serversIncreasePerWave = 0;
    s.plan.wavePlanning.maxServersPerWave = 1;
}

const MoveGroup& groupOf(const WavePlan& p, const Scenario& s, const std::string& id) {
    for (const MoveGroup& g : p.groups)
        for (int i : g.workloads)
            if (s.workloads[static_cast<std::size_t>(i)].id == id) return g;
    FAIL("no group holds " << id);
    return p.groups.front();
}

int waveOf(const WavePlan& p, const Scenario& s, const std::string& id) { return groupOf(p, s, id).wave; }

bool mentions(const WavePlan& p, const std::string& text) {
    for (const std::string& w : p.warnings)
        if (w.find(text) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE(
    "move groups: one application plus hard dependencies, soft orders, infrastructure and external ends set aside",
    "[model][waves]") {
    Scenario s = scenario();
    s.workloads = {server("web1", "Shop"), server("web2", "Shop"), server("db1"), server("cache1"),
                   server("dns"),          server("api", "Api"),   server("rep")};
    s.dependencies = {dep("web1", "db1", DependencyKind::Hard), dep("cache1", "db1", DependencyKind::Hard),
                      dep("web2", "api", DependencyKind::Soft), dep("web1", "dns", DependencyKind::Infrastructure),
                      dep("rep", "10.0.0.9", DependencyKind::Soft)};
    const WavePlan p = planWaves(s, Result{});
    // {web1, web2} by application, + db1 (hard), + cache1 (hard to db1); dns, api and rep stand alone.
    REQUIRE(p.groups.size() == 4);
    const MoveGroup& shop = groupOf(p, s, "web1");
    CHECK(shop.workloads == std::vector<int>{0, 1, 2, 3});
    CHECK(shop.servers == 4);
    CHECK(shop.vcpu == 8);
    CHECK(shop.storageGb == 400.0);
    CHECK(shop.name == "Shop (+2 linked)");
    CHECK(groupOf(p, s, "dns").workloads == std::vector<int>{4}); // the DNS edge did not pull it in
    // web2 needs api (soft): api's group comes first and Shop depends on it.
    const MoveGroup& api = groupOf(p, s, "api");
    REQUIRE(shop.dependsOn.size() == 1);
    CHECK(&p.groups[static_cast<std::size_t>(shop.dependsOn[0])] == &api);
    CHECK(api.wave <= shop.wave);
    CHECK(p.hardEdges == 2);
    CHECK(p.softEdges == 1);
    CHECK(p.infrastructureEdges == 1);
    CHECK(p.externalEdges == 1);
    CHECK(p.sharedServices == std::vector<std::string>{"dns"});
    CHECK(mentions(p, "make dns reachable from AWS before wave 1"));
}

TEST_CASE("a soft chain orders the waves, a soft cycle is merged and named", "[model][waves]") {
    Scenario s = scenario();
    oneServerWaves(s);
    // a needs b, b needs c. Without edges the order would be a, b, c (fewest servers, then file order).
    s.workloads = {server("a"), server("b"), server("c")};
    s.dependencies = {dep("a", "b", DependencyKind::Soft), dep("b", "c", DependencyKind::Soft)};
    WavePlan p = planWaves(s, Result{});
    CHECK(waveOf(p, s, "c") == 1);
    CHECK(waveOf(p, s, "b") == 2);
    CHECK(waveOf(p, s, "a") == 3);
    CHECK(p.workloadWave == std::vector<int>{3, 2, 1});
    CHECK(p.waves.size() == 3);

    s.dependencies.push_back(dep("c", "a", DependencyKind::Soft)); // closes the cycle a -> b -> c -> a
    p = planWaves(s, Result{});
    REQUIRE(p.groups.size() == 1);
    CHECK(p.groups[0].servers == 3);
    CHECK(mentions(p, "merged"));
    CHECK(p.groups[0].oversize); // 3 servers > a full wave of 1
}

TEST_CASE("capacity ramp: pilot 2, +2 a wave, at most 6, an 8-server group gets a wave of its own", "[model][waves]") {
    Scenario s = scenario();
    s.plan.wavePlanning.pilotWaveServers = 2;
    s.plan.wavePlanning.serversIncreasePerWave = 2;
    s.plan.wavePlanning.maxServersPerWave = 6;
    s.plan.wavePlanning.maxVcpuPerWave = 600;
    s.plan.wavePlanning.maxStorageGbPerWave = 6000.0;
    for (int i = 0; i < 10; ++i) s.workloads.push_back(server("s" + std::to_string(i)));
    for (int i = 0; i < 8; ++i) s.workloads.push_back(server("big" + std::to_string(i), "Big"));
    const WavePlan p = planWaves(s, Result{});
    // Smallest first: the 10 singles fill wave 1 (cap 2), wave 2 (cap 4) and 4 of wave 3's 6; Big (8 > 6) alone in
    // wave 4.
    REQUIRE(p.waves.size() == 4);
    CHECK(p.waves[0].servers == 2);
    CHECK(p.waves[1].servers == 4);
    CHECK(p.waves[2].servers == 4);
    CHECK(p.waves[3].servers == 8);
    CHECK(p.waves[0].capacityServers == 2);
    CHECK(p.waves[1].capacityServers == 4);
    CHECK(p.waves[2].capacityServers == 6);
    CHECK(p.waves[3].capacityServers == 6);
    // vCPU and storage caps take the same share of their maximum: wave 1 = 2/6 of 600 vCPU and 6,000 GB.
    CHECK(p.waves[0].capacityVcpu == 200);
    CHECK(p.waves[0].capacityStorageGb == Approx(2000.0));
    CHECK(groupOf(p, s, "big0").oversize);
    CHECK(groupOf(p, s, "big0").servers == 8);
    CHECK(mentions(p, "Big (8 servers"));
    // Waves start a month apart from month 3 (no estimate given) and last 2 months.
    CHECK(p.waves[1].startMonth == 4);
    CHECK(p.waves[1].goLiveMonth == 6);

    // A storage cap binds too: 2,500 GB servers do not fit wave 1's 2,000 GB.
    Scenario t = scenario();
    t.plan.wavePlanning.pilotWaveServers = 2;
    t.plan.wavePlanning.serversIncreasePerWave = 2;
    t.plan.wavePlanning.maxServersPerWave = 6;
    t.plan.wavePlanning.maxStorageGbPerWave = 6000.0;
    t.workloads = {server("x")};
    t.workloads[0].storageGb = 2500.0;
    const WavePlan q = planWaves(t, Result{});
    REQUIRE(q.waves.size() == 1);                          // the empty pilot wave it skipped is dropped
    CHECK(q.waves[0].capacityStorageGb == Approx(4000.0)); // it went to ramp slot 2 (4/6 x 6,000)
}

TEST_CASE("non-production moves before production unless a hard edge joins them", "[model][waves]") {
    Scenario s = scenario();
    s.workloads = {server("p1"), server("p2"), server("n1", "", Environment::NonProduction),
                   server("n2", "", Environment::NonProduction)};
    WavePlan p = planWaves(s, Result{});
    CHECK(waveOf(p, s, "n1") == 1);
    CHECK(waveOf(p, s, "n2") == 1);
    CHECK(waveOf(p, s, "p1") == 2);
    CHECK(waveOf(p, s, "p2") == 2);
    CHECK_FALSE(p.waves[0].production);
    CHECK(p.waves[1].production);

    s.dependencies = {dep("n1", "p1", DependencyKind::Hard)};
    p = planWaves(s, Result{});
    CHECK(groupOf(p, s, "n1").mixedEnvironments);
    CHECK(waveOf(p, s, "n1") == waveOf(p, s, "p1"));
    CHECK(mentions(p, "move together as production"));
}

TEST_CASE("locks hold, a lock before a group it depends on is reported, an unknown lock is ignored", "[model][waves]") {
    Scenario s = scenario();
    oneServerWaves(s);
    s.workloads = {server("a", "App"), server("b"), server("c")};
    s.dependencies = {dep("a", "b", DependencyKind::Soft)}; // a needs b
    s.plan.wavePlanning.locks = {{"b", "", 3}};
    WavePlan p = planWaves(s, Result{});
    CHECK(waveOf(p, s, "b") == 3);
    CHECK(groupOf(p, s, "b").locked);
    CHECK(waveOf(p, s, "a") == 4); // after b, the wave of b is full
    CHECK(waveOf(p, s, "c") == 1);
    CHECK(p.waves.size() == 4); // wave 2 stays empty: it comes before a lock
    CHECK(p.waves[1].servers == 0);

    s.plan.wavePlanning.locks = {{"b", "", 2}, {"", "App", 1}, {"ghost", "", 1}};
    p = planWaves(s, Result{});
    CHECK(waveOf(p, s, "a") == 1);
    CHECK(waveOf(p, s, "b") == 2);
    CHECK(mentions(p, "The lock of 'App' to wave 1 breaks its dependency on 'b' (wave 2)"));
    CHECK(mentions(p, "workload 'ghost'"));
}

TEST_CASE(
    "funding-aware order: the larger eligible spend goes first and earns more credits than the dependency-only order",
    "[model][waves]") {
    // paasScenario: 10 workloads at $1,100 a month each on AWS. Zeta = 9 of them ($9,900/month), alpha = 1 ($1,100).
    Scenario s = test::rulesPaasScenario(); // the published rules: credits 20 % of eligible spend
    for (std::size_t i = 0; i < s.workloads.size(); ++i) s.workloads[i].application = i == 0 ? "alpha" : "zeta";
    s.settings.horizonYears = 3; // 36 months
    s.program.minEligibleSpendUsd = 0.0;
    s.program.creditLagQuarters = 0; // credits released in the quarter of the spend
    s.program.creditWindowMonths = {24, 24, 24};
    WavePlanningRules& r = s.plan.wavePlanning;
    r.pilotWaveServers = 9; // one group per wave: 1 + 9 > 9
    r.serversIncreasePerWave = 0;
    r.maxServersPerWave = 9;
    r.monthsBetweenWaves = 12;
    r.waveLengthMonths = 2;
    const Result baseline = estimate(s);
    REQUIRE(baseline.ok());
    REQUIRE(baseline.eligibility.verdict != Verdict::NotEligible);
    REQUIRE(baseline.workloads[0].awsMonthlyUsd == Approx(1100.0));

    const WavePlan p = planWaves(s, baseline);
    REQUIRE(p.fundingAware);
    REQUIRE(p.comparison.computed);
    // Mobilize ends month 3. Wave 1 starts 3, goes live 5, credit window [5, 29) = 24 months.
    // Wave 2 starts 15, goes live 17, window [17, 41) cut by the 36-month horizon = 19 months.
    CHECK(waveOf(p, s, "dyno-1") == 1); // zeta first ($9,900 > $1,100)
    CHECK(waveOf(p, s, "dyno-0") == 2);
    CHECK(p.waves[0].goLiveMonth == 5);
    CHECK(p.waves[1].goLiveMonth == 17);
    // Funding-aware:   20 % x ($9,900 x 24 + $1,100 x 19) = 20 % x $258,500 = $51,700.
    // Dependency-only: 20 % x ($1,100 x 24 + $9,900 x 19) = 20 % x $214,500 = $42,900.
    CHECK(p.comparison.creditsFundingAwareUsd == Approx(51700.0));
    CHECK(p.comparison.creditsDependencyOnlyUsd == Approx(42900.0));
    CHECK(p.comparison.creditsGainUsd() == Approx(8800.0)); // 20 % x $8,800 x 5 months
    CHECK(p.comparison.trace.terms.size() == 6);            // credits, NPV and total funding of both orders
    CHECK(p.comparison.trace.formula.find("$8,800") != std::string::npos);

    s.plan.wavePlanning.fundingAware = false;
    const WavePlan d = planWaves(s, baseline);
    CHECK_FALSE(d.comparison.computed);
    CHECK(waveOf(d, s, "dyno-0") == 1); // fewest servers first
    Scenario applied = s;
    applyWavePlan(applied, d);
    CHECK(applied.plan.waves.size() == 2);
    CHECK(applied.workloads[0].wave == 1);
    CHECK(applied.workloads[1].wave == 2);
    CHECK(estimate(applied).funding.creditsUsd == Approx(42900.0));
}

TEST_CASE("the funding-aware order is on by default and used only when MAP applies", "[model][waves]") {
    CHECK(Scenario{}.plan.wavePlanning.fundingAware);
    // paasScenario: 10 workloads at $1,100 a month: ARR 12 x $11,000 = $132,000, MAP applies; nothing set here.
    Scenario s = test::rulesPaasScenario();
    for (std::size_t i = 0; i < s.workloads.size(); ++i) s.workloads[i].application = i == 0 ? "alpha" : "zeta";
    const Result eligible = estimate(s);
    REQUIRE(eligible.eligibility.verdict != Verdict::NotEligible);
    const WavePlan on = planWaves(s, eligible);
    CHECK(on.fundingAware);
    CHECK(on.comparison.computed);

    // Two workloads: ARR 12 x $2,200 = $26,400, under the $100K MAP Lite floor, and 2 < 10 workloads: no MAP,
    // so the option (still on) leaves the dependency-only order and no comparison.
    s.workloads.resize(2);
    const Result notEligible = estimate(s);
    REQUIRE(notEligible.ok());
    REQUIRE(notEligible.eligibility.verdict == Verdict::NotEligible);
    REQUIRE(s.plan.wavePlanning.fundingAware);
    const WavePlan off = planWaves(s, notEligible);
    CHECK_FALSE(off.fundingAware);
    CHECK_FALSE(off.comparison.computed);
}
