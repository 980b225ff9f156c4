// tests/bench/waves_bench.cpp - times the wave planner on a synthetic 10,000-workload estate with 30,000
// dependencies (10 % hard inside an application, 80 % soft towards other applications, 10 % to 20 shared services).
// Prints "BENCH plan_waves_10k_<native|wasm>_ms" (one order, the planner alone) and
// "BENCH plan_waves_10k_compared_<native|wasm>_ms" (both orders, each estimated by the engine). Medians after
// a 1 s warm-up.
#include "model/engine.hpp"
#include "model/synthetic_estate.hpp"
#include "model/wave_planner.hpp"
#include "bench_support.hpp"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace {

struct Lcg {
    std::uint64_t state;
    std::uint32_t below(std::uint32_t n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>((state >> 33) % n);
    }
};

est::model::Scenario estateWithDependencies(int workloads, int edges) {
    using namespace est::model;
    Scenario s = makeSyntheticScenario(workloads, 20261201);
    // Members of each application ("app-N"): hard edges stay inside one, soft edges point to a lower-numbered
    // one (so groups form a DAG), 1 % of soft edges point back up (small cycles the planner merges).
    std::vector<std::vector<int>> members;
    for (int i = 0; i < workloads; ++i) {
        const std::size_t app = std::stoul(s.workloads[static_cast<std::size_t>(i)].application.substr(4));
        if (members.size() <= app) members.resize(app + 1);
        members[app].push_back(i);
    }
    const auto apps = static_cast<std::uint32_t>(members.size());
    Lcg rng{42};
    auto memberOf = [&](std::uint32_t app) {
        const auto& m = members[app];
        return m.empty() ? 0 : m[rng.below(static_cast<std::uint32_t>(m.size()))];
    };
    s.dependencies.reserve(static_cast<std::size_t>(edges));
    for (int e = 0; e < edges; ++e) {
        Dependency d;
        const std::uint32_t roll = rng.below(10);
        const std::uint32_t app = 1 + rng.below(apps - 1);
        const int source = memberOf(app);
        int target = 0;
        if (roll == 0) {
            d.kind = DependencyKind::Hard;
            target = memberOf(app);
        } else if (roll == 1) {
            d.kind = DependencyKind::Infrastructure;
            target = static_cast<int>(rng.below(20));
        } else if (rng.below(100) == 0) {
            target = memberOf(std::min(apps - 1, app + 1 + rng.below(3)));
        } else {
            target = memberOf(app - 1 - rng.below(std::min<std::uint32_t>(app, 20)));
        }
        d.source = s.workloads[static_cast<std::size_t>(source)].id;
        d.target = s.workloads[static_cast<std::size_t>(target)].id;
        s.dependencies.push_back(std::move(d));
    }
    return s;
}

} // namespace

int main() {
    using namespace est::model;
    const Scenario s = estateWithDependencies(10000, 30000);
    const Result baseline = estimate(s);
    if (!baseline.ok()) {
        std::fprintf(stderr, "synthetic scenario invalid: %s\n", baseline.errors.front().toString().c_str());
        return 1;
    }
    double checksum = 0.0;
    // 1 s warm-up, as the engine benchmark: V8 tiers the wasm up to optimised code (as the UI does).
    for (const auto t0 = std::chrono::steady_clock::now(); est::bench::msSince(t0) < 1000.0;)
        checksum += static_cast<double>(planWavesInOrder(s, baseline, true).waves.size());
    std::size_t groups = 0, waves = 0;
    const double planMs = est::bench::medianMs(11, [&] {
        const WavePlan p = planWavesInOrder(s, baseline, true);
        groups = p.groups.size();
        waves = p.waves.size();
        checksum += static_cast<double>(p.workloadWave.back());
    });
    std::printf("# %zu move groups in %zu waves\n", groups, waves);
    std::printf("BENCH plan_waves_10k_%s_ms %.3f ms\n", est::bench::kSuffix, planMs);
    const double comparedMs =
        est::bench::medianMs(3, [&] { checksum += planWaves(s, baseline).comparison.creditsGainUsd(); });
    std::printf("BENCH plan_waves_10k_compared_%s_ms %.3f ms\n", est::bench::kSuffix, comparedMs);
    std::printf("# checksum %.6e\n", checksum);
    return 0;
}
