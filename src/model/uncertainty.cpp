// model/uncertainty.cpp - cases, Monte Carlo, tornado and goal seek over the assumption registry.
#include "model/uncertainty.hpp"

#include "model/engine.hpp"
#include "model/random.hpp"
#include "model/stable_sort.hpp"
#include "model/validate.hpp"

#include <algorithm>
#include <cmath>

namespace est::model {
namespace {

Percentiles percentiles(std::vector<double>& v) {
    Percentiles p;
    if (v.empty()) return p;
    std::sort(v.begin(), v.end());
    auto at = [&](double q) {
        const double pos = q * static_cast<double>(v.size() - 1);
        const std::size_t lo = static_cast<std::size_t>(pos);
        const std::size_t hi = std::min(lo + 1, v.size() - 1);
        const double frac = pos - static_cast<double>(lo);
        return v[lo] + (v[hi] - v[lo]) * frac;
    };
    p.p10 = at(0.10);
    p.p50 = at(0.50);
    p.p90 = at(0.90);
    double sum = 0.0;
    for (double x : v) sum += x;
    p.mean = sum / static_cast<double>(v.size());
    return p;
}

} // namespace

KeyFigures keyFigures(const Result& r) {
    KeyFigures k;
    k.netMigrationCostUsd = r.tco.netMigrationCostUsd;
    k.totalFundingUsd = r.funding.totalUsd;
    k.horizonSavingsUsd = r.tco.horizonSavingsUsd;
    k.npvUsd = r.tco.npvUsd;
    k.projectedArrUsd = r.projectedArrUsd;
    return k;
}

double metricValue(const Result& r, Metric m) {
    switch (m) {
    case Metric::HorizonSavings:
        return r.tco.horizonSavingsUsd;
    case Metric::NetMigrationCost:
        return r.tco.netMigrationCostUsd;
    case Metric::TotalFunding:
        return r.funding.totalUsd;
    case Metric::Npv:
        return r.tco.npvUsd;
    case Metric::ProjectedArr:
        return r.projectedArrUsd;
    }
    return 0.0;
}

Cases estimateCases(const Scenario& s) {
    Cases c;
    c.errors = validate(s);
    if (!c.errors.empty()) return c;
    Result r;
    estimateValidated(s, r);
    c.expected = keyFigures(r);
    Scenario work = s;
    Scenario lowCase = s, highCase = s;
    for (const Assumption* a : rangedAssumptions(s)) {
        const Range range = *rangeOf(s, *a);
        const double base = a->get(s);
        a->set(work, range.low);
        estimateValidated(work, r);
        const double atLow = r.tco.horizonSavingsUsd;
        a->set(work, range.high);
        estimateValidated(work, r);
        const double atHigh = r.tco.horizonSavingsUsd;
        a->set(work, base);
        a->set(lowCase, atLow <= atHigh ? range.low : range.high);
        a->set(highCase, atLow <= atHigh ? range.high : range.low);
    }
    estimateValidated(lowCase, r);
    c.low = keyFigures(r);
    estimateValidated(highCase, r);
    c.high = keyFigures(r);
    return c;
}

bool sizingAssumption(std::string_view key) {
    if (key == "aws.headroomPct") return true; // sizingNeed(): utilisation x (1 + headroom)
    // Everything else in these sections feeds prices, labour, timing or funding, never the instance picked
    // (AwsPricer::size: the workload, the headroom, and settings no assumption samples).
    for (std::string_view scenarioWide :
         {"settings.", "source.", "aws.", "rules.", "plan.", "program.", "recommender."})
        if (key.substr(0, scenarioWide.size()) == scenarioWide) return false;
    return true;
}

MonteCarloResult monteCarlo(const Scenario& s, int trials, std::uint64_t seed, bool reuseSizing) {
    MonteCarloResult mc;
    mc.seed = seed;
    mc.errors = validate(s);
    if (!mc.errors.empty() || trials <= 0) return mc;
    mc.trials = trials;
    const std::vector<const Assumption*> ranged = rangedAssumptions(s);
    std::vector<Range> ranges;
    for (const Assumption* a : ranged) {
        mc.sampledKeys.emplace_back(a->key);
        ranges.push_back(*rangeOf(s, *a));
    }
    SplitMix64 rng(seed);
    Scenario work = s;        // one copy; each trial overwrites every sampled value
    FiguresEstimator figures; // its buffers and the Result's are reused by every trial
    figures.reuseSizing(reuseSizing && std::none_of(ranged.begin(), ranged.end(),
                                                    [](const Assumption* a) { return sizingAssumption(a->key); }));
    Result r;
    std::vector<double> net, funding, savings;
    net.reserve(static_cast<std::size_t>(trials));
    funding.reserve(static_cast<std::size_t>(trials));
    savings.reserve(static_cast<std::size_t>(trials));
    for (int t = 0; t < trials; ++t) {
        for (std::size_t k = 0; k < ranged.size(); ++k) {
            double v = rng.triangular(ranges[k].low, ranges[k].expected, ranges[k].high);
            if (ranged[k]->integer) v = std::floor(v + 0.5);
            ranged[k]->set(work, v);
        }
        figures.estimate(work, r);
        net.push_back(r.tco.netMigrationCostUsd);
        funding.push_back(r.funding.totalUsd);
        savings.push_back(r.tco.horizonSavingsUsd);
    }
    mc.netMigrationCostUsd = percentiles(net);
    mc.totalFundingUsd = percentiles(funding);
    mc.horizonSavingsUsd = percentiles(savings);
    return mc;
}

std::vector<TornadoBar> tornado(const Scenario& s, Metric metric) {
    std::vector<TornadoBar> bars;
    if (!validate(s).empty()) return bars;
    Scenario work = s;
    FiguresEstimator figures;
    Result r;
    for (const Assumption* a : rangedAssumptions(s)) {
        const Range range = *rangeOf(s, *a);
        const double base = a->get(s);
        TornadoBar b;
        b.key = std::string(a->key);
        b.label = std::string(a->label);
        b.lowInput = range.low;
        b.highInput = range.high;
        a->set(work, range.low);
        figures.estimate(work, r);
        b.lowMetric = metricValue(r, metric);
        a->set(work, range.high);
        figures.estimate(work, r);
        b.highMetric = metricValue(r, metric);
        a->set(work, base);
        b.swing = std::fabs(b.highMetric - b.lowMetric);
        bars.push_back(std::move(b));
    }
    stableSort(bars, [](const TornadoBar& x, const TornadoBar& y) {
        if (x.swing != y.swing) return x.swing > y.swing;
        return x.key < y.key;
    });
    return bars;
}

std::optional<double> goalSeek(const Scenario& s, std::string_view key, Metric metric, double target, double lo,
                               double hi, int iterations) {
    const Assumption* a = findAssumption(key);
    if (!a || !validate(s).empty()) return std::nullopt;
    Scenario work = s;
    FiguresEstimator figures;
    Result r;
    auto eval = [&](double v) {
        // A Range field collapses to the probed value, so its low / high never make the probe invalid.
        if (a->isRangeField)
            a->setRange(work, Range{v, v, v});
        else
            a->set(work, v);
        if (!validateProbe(work, s).empty()) return std::nan(""); // work keeps s's workloads
        figures.estimate(work, r);
        return metricValue(r, metric) - target;
    };
    double fLo = eval(lo), fHi = eval(hi);
    if (std::isnan(fLo) || std::isnan(fHi)) return std::nullopt;
    if (fLo == 0.0) return lo;
    if (fHi == 0.0) return hi;
    if ((fLo < 0.0) == (fHi < 0.0)) return std::nullopt;
    for (int i = 0; i < iterations; ++i) {
        const double mid = lo + (hi - lo) / 2.0;
        const double fMid = eval(mid);
        if (std::isnan(fMid)) return std::nullopt;
        if (fMid == 0.0) return mid;
        if ((fMid < 0.0) == (fLo < 0.0)) {
            lo = mid;
            fLo = fMid;
        } else {
            hi = mid;
        }
    }
    return lo + (hi - lo) / 2.0;
}

} // namespace est::model
