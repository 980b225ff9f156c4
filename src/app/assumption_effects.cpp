// app/assumption_effects.cpp - lazy, revision-cached "effect of this assumption" figures for the Assumptions panel.
#include "app/assumption_effects.hpp"

#include "model/assumptions.hpp"

namespace est::app {

bool assumptionChanged(std::string_view key, const model::Scenario& s, const model::Scenario& defaults) {
    const model::Assumption* a = model::findAssumption(key);
    if (!a || !a->get) return false;
    if (a->isRangeField && a->getRange) {
        const model::Range x = a->getRange(s), y = a->getRange(defaults);
        return x.low != y.low || x.expected != y.expected || x.high != y.high;
    }
    return a->get(s) != a->get(defaults);
}

model::Scenario withDefault(std::string_view key, const model::Scenario& s, const model::Scenario& defaults) {
    model::Scenario out = s;
    const model::Assumption* a = model::findAssumption(key);
    if (!a) return out;
    if (a->isRangeField && a->getRange && a->setRange)
        a->setRange(out, a->getRange(defaults));
    else if (a->set && a->get)
        a->set(out, a->get(defaults));
    return out;
}

void AssumptionEffects::dropIfStale(long revision) {
    if (revision == m_revision) return;
    m_done.clear();
    m_queued.clear();
    m_revision = revision;
}

const AssumptionEffect* AssumptionEffects::get(std::string_view key, long revision) {
    dropIfStale(revision);
    if (auto it = m_done.find(key); it != m_done.end()) return &it->second;
    m_queued.emplace(std::string(key), true);
    return nullptr;
}

std::size_t AssumptionEffects::pending() const { return m_queued.size(); }

int AssumptionEffects::update(const model::Scenario& current, const model::Result& currentResult,
                              const model::Scenario& defaults, long revision, const EffectEstimateFn& estimator,
                              int budget) {
    dropIfStale(revision);
    if (!estimator) return 0;
    int computed = 0;
    while (computed < budget && !m_queued.empty()) {
        const std::string key = m_queued.begin()->first;
        m_queued.erase(m_queued.begin());
        AssumptionEffect e;
        model::Result reset;
        estimator(withDefault(key, current, defaults), reset);
        if (currentResult.ok() && reset.ok()) {
            e.ok = true;
            e.npvDeltaUsd = currentResult.tco.npvUsd - reset.tco.npvUsd;
            e.fundingDeltaUsd = currentResult.funding.totalUsd - reset.funding.totalUsd;
            e.savingsDeltaUsd = currentResult.tco.horizonSavingsUsd - reset.tco.horizonSavingsUsd;
        }
        m_done.emplace(key, e);
        ++computed;
    }
    return computed;
}

} // namespace est::app
