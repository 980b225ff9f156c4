// tests/bench/engine_bench.cpp - times validate + estimate on synthetic estates (1k / 10k / 100k workloads,
// 5 years) and a 1,000-trial Monte Carlo on 1,000 workloads. Prints "BENCH <name> <value> ms" lines with a
// _native_ or _wasm_ suffix; scripts/bench computes the wasm/native ratios. Medians of several runs, after a
// 1 s warm-up so V8 has tiered the wasm up to optimised code (as the UI does after its first second).
// `est_bench_engine profile 10k|100k|montecarlo RUNS` repeats one case and prints nothing else, for perf/callgrind;
// `10k-slider` and `100k-slider` move the EDP discount on every run, as a what-if slider drag does.
#include "io/price_catalogue.hpp"
#include "model/engine.hpp"
#include "model/synthetic_estate.hpp"
#include "model/uncertainty.hpp"
#include "bench_support.hpp"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace {

using est::bench::kSuffix;
using est::bench::medianMs;
using est::bench::msSince;

double checksum = 0.0; // printed, so the optimiser cannot drop the work

double timeEngine(int workloads, int runs) {
    using namespace est::model;
    Scenario s = makeSyntheticScenario(workloads, 20261123);
    s.aws.catalogue = est::io::embeddedCatalogue(); // size against the whole shipped us-east-1 catalogue
    Result r;
    estimateInto(s, r); // warm-up: sizes the buffers the UI loop would reuse
    if (!r.ok()) {
        std::fprintf(stderr, "synthetic scenario invalid: %s\n", r.errors.front().toString().c_str());
        return -1.0;
    }
    return medianMs(runs, [&] {
        estimateInto(s, r); // validate + estimate
        checksum += r.tco.horizonSavingsUsd;
    });
}

} // namespace

// Runs one case `runs` times (a profiler's view of it alone); 0 when the case is known.
int profile(const char* which, int runs) {
    using namespace est::model;
    if (std::strcmp(which, "montecarlo") == 0) {
        const Scenario s = makeSyntheticScenario(1000, 7);
        for (int r = 0; r < runs; ++r) checksum += monteCarlo(s, 1000, 42).horizonSavingsUsd.p50;
        return 0;
    }
    // "-slider": each run moves the EDP discount, as a what-if slider drag re-estimates with one setting changed.
    const std::string_view name = which;
    const bool slider = name.ends_with("-slider");
    const std::string_view size = slider ? name.substr(0, name.size() - 7) : name;
    const int workloads = size == "10k" ? 10000 : size == "100k" ? 100000 : 0;
    if (workloads == 0) return 2;
    Scenario s = makeSyntheticScenario(workloads, 20261123);
    s.aws.catalogue = est::io::embeddedCatalogue();
    Result r;
    for (int run = 0; run < runs; ++run) {
        if (slider) s.aws.enterpriseDiscountPct = 0.05 + 0.001 * (run % 10);
        estimateInto(s, r);
        checksum += r.tco.horizonSavingsUsd;
    }
    return 0;
}

int main(int argc, char** argv) {
    if (argc == 4 && std::strcmp(argv[1], "profile") == 0) {
        const int status = profile(argv[2], std::atoi(argv[3]));
        std::printf("# checksum %.6e\n", checksum);
        return status;
    }
    {
        const est::model::Scenario warm = est::model::makeSyntheticScenario(1000, 1);
        est::model::Result r;
        const auto t0 = std::chrono::steady_clock::now();
        while (msSince(t0) < 1000.0) est::model::estimateInto(warm, r);
    }
    const struct {
        const char* name;
        int workloads;
        int runs;
    } cases[] = {{"1k", 1000, 31}, {"10k", 10000, 15}, {"100k", 100000, 7}};
    for (const auto& c : cases)
        std::printf("BENCH engine_%s_%s_ms %.3f ms\n", c.name, kSuffix, timeEngine(c.workloads, c.runs));

    const est::model::Scenario s = est::model::makeSyntheticScenario(1000, 7);
    const double monteCarloMs =
        medianMs(3, [&] { checksum += est::model::monteCarlo(s, 1000, 42).horizonSavingsUsd.p50; });
    std::printf("BENCH montecarlo_1k_x_1k_%s_ms %.1f ms\n", kSuffix, monteCarloMs);
    std::printf("# checksum %.6e\n", checksum);

    // Bit-level digest of a full Result's monthly series: must print the same natively and in wasm.
    est::model::Result r = est::model::estimate(est::model::makeSyntheticScenario(2000, 99));
    std::uint64_t digest = 1469598103934665603ull;
    for (const est::model::PeriodFigures& p : r.monthly) {
        unsigned char bytes[sizeof p];
        std::memcpy(bytes, &p, sizeof p);
        for (unsigned char b : bytes) digest = (digest ^ b) * 1099511628211ull;
    }
    std::printf("# digest %016llx\n", static_cast<unsigned long long>(digest));
    return 0;
}
