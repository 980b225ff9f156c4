// app/compare.cpp - the better compared scenario and the differences from the first (see compare.hpp).
#include "app/compare.hpp"

namespace est::app {
namespace {
bool estimated(const ComparedScenario& c) { return c.result.ok() && c.result.months > 0; }
} // namespace

CompareReading readComparison(const std::vector<ComparedScenario>& compared) {
    CompareReading out;
    const std::size_t n = compared.size();
    out.savingsDeltaUsd.assign(n, 0.0);
    out.npvDeltaUsd.assign(n, 0.0);
    out.fundingDeltaUsd.assign(n, 0.0);
    int count = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const ComparedScenario& c = compared[i];
        if (!estimated(c)) continue;
        ++count;
        if (i > 0 && estimated(compared.front())) {
            const model::Result& base = compared.front().result;
            out.savingsDeltaUsd[i] = c.result.tco.horizonSavingsUsd - base.tco.horizonSavingsUsd;
            out.npvDeltaUsd[i] = c.result.tco.npvUsd - base.tco.npvUsd;
            out.fundingDeltaUsd[i] = c.result.funding.totalUsd - base.funding.totalUsd;
        }
        if (out.better < 0) {
            out.better = static_cast<int>(i);
            continue;
        }
        const model::TcoSummary& best = compared[static_cast<std::size_t>(out.better)].result.tco;
        const model::TcoSummary& t = c.result.tco;
        if (t.horizonSavingsUsd > best.horizonSavingsUsd + 0.5 ||
            (t.horizonSavingsUsd > best.horizonSavingsUsd - 0.5 && t.npvUsd > best.npvUsd + 0.5))
            out.better = static_cast<int>(i);
    }
    if (count < 2) out.better = -1;
    return out;
}

} // namespace est::app
