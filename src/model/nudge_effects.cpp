// model/nudge_effects.cpp - one estimate per nudged assumption (see nudge_effects.hpp).
#include "model/nudge_effects.hpp"

#include "model/assumptions.hpp"
#include "model/engine.hpp"
#include "model/validate.hpp"

#include <cmath>

namespace est::model {

std::vector<NudgeEffect> nudgeEffects(const Scenario& s, const std::vector<std::string>& keys, double fraction,
                                      Metric metric) {
    std::vector<NudgeEffect> out;
    if (!validate(s).empty()) return out;
    FiguresEstimator figures;
    Result r;
    figures.estimate(s, r);
    const double base = metricValue(r, metric);
    Scenario work = s;
    for (const std::string& key : keys) {
        const Assumption* a = findAssumption(key);
        if (a == nullptr || a->get == nullptr || a->set == nullptr) continue;
        const double value = a->get(s);
        if (value == 0.0 || !std::isfinite(value)) continue;
        double nudged = value * (1.0 + fraction);
        if (a->integer) nudged = std::round(nudged);
        if (nudged == value || !boundProblem(*a, nudged).empty()) continue;
        a->set(work, nudged);
        if (validateProbe(work, s).empty()) { // work keeps s's workloads
            figures.estimate(work, r);
            const double after = metricValue(r, metric);
            out.push_back({key, value, nudged, base, after, after - base});
        }
        a->set(work, value);
    }
    return out;
}

} // namespace est::model
