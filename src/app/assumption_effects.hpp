// app/assumption_effects.hpp - what each changed assumption does to the result: current vs reset to its default.
#pragma once

#include "model/result.hpp"
#include "model/scenario.hpp"

#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace est::app {

/// The effect of one assumption the user changed: figures of the current scenario minus the figures of the
/// same scenario with only that assumption back at its default.
struct AssumptionEffect {
    bool ok = false;              ///< both estimates were valid (else the deltas are 0)
    double npvDeltaUsd = 0.0;     ///< NPV now - NPV with the default
    double fundingDeltaUsd = 0.0; ///< total funding now - with the default
    double savingsDeltaUsd = 0.0; ///< horizon savings now - with the default
};

/// The engine as the cache calls it (model::estimateInto in the app; a fake in tests).
using EffectEstimateFn = std::function<void(const model::Scenario& s, model::Result& out)>;

/// Effects computed lazily: a view asks for a key, the answer is computed at most `budget` keys per update()
/// (one extra estimate each), and the cache is dropped when the scenario revision changes.
class AssumptionEffects {
public:
    /// The effect of `key` for scenario revision `revision`, or nullptr while not computed yet (the key is
    /// then queued for the next update()).
    const AssumptionEffect* get(std::string_view key, long revision);
    /// Computes up to `budget` queued keys for `current` (its result `currentResult`, revision `revision`)
    /// against `defaults`. Returns how many it computed.
    int update(const model::Scenario& current, const model::Result& currentResult, const model::Scenario& defaults,
               long revision, const EffectEstimateFn& estimator, int budget = 2);
    /// Keys waiting for update().
    std::size_t pending() const;

private:
    void dropIfStale(long revision);
    long m_revision = -1;
    std::map<std::string, AssumptionEffect, std::less<>> m_done;
    std::map<std::string, bool, std::less<>> m_queued;
};

/// True when registry assumption `key` differs between `s` and `defaults` (Range fields: any end).
bool assumptionChanged(std::string_view key, const model::Scenario& s, const model::Scenario& defaults);

/// `s` with registry assumption `key` set back to its value in `defaults` (Range fields: the whole range).
model::Scenario withDefault(std::string_view key, const model::Scenario& s, const model::Scenario& defaults);

} // namespace est::app
