// io/key_assumptions.cpp - ranks assumptions by their effect on the savings and words them (see key_assumptions.hpp).
#include "io/key_assumptions.hpp"

#include "io/business_case_summary.hpp"
#include "model/assumptions.hpp"
#include "model/format.hpp"
#include "model/nudge_effects.hpp"
#include "model/stable_sort.hpp"
#include "model/uncertainty.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace est::io {
namespace {

constexpr double kNudge = 0.10;

bool lowConfidence(const std::string& c) { return c == "low" || c == "unverified"; }

// Not a belief about the world: display settings, the horizon, switches that are off by default.
bool notAnAssumption(const DefaultEntry& e) {
    return e.key.rfind("settings.", 0) == 0 || e.key == "aws.regionMultiplier" ||
           e.source.rfind("Display only", 0) == 0 || e.source.rfind("Explicit override", 0) == 0;
}

std::string valueText(const model::Assumption& a, const DefaultEntry* e, double v, const model::Settings& s) {
    if (e != nullptr && !e->choices.empty() && v >= 0.0 && static_cast<std::size_t>(v) < e->choices.size())
        return e->choices[static_cast<std::size_t>(v)];
    switch (a.unit) {
    case model::AssumptionUnit::Usd:
        return moneyForReading(v, s);
    case model::AssumptionUnit::Percent:
        return model::formatPct(v);
    case model::AssumptionUnit::UsdPerKwh:
        return s.currencySymbol + model::formatNumber(model::toDisplay(v, s)) + " per kWh";
    case model::AssumptionUnit::UsdPerGbMonth:
        return s.currencySymbol + model::formatNumber(model::toDisplay(v, s)) + " per GB-month";
    case model::AssumptionUnit::Factor:
        return model::formatNumber(v);
    default:
        return model::formatNumber(v) + " " + std::string(model::unitLabel(a.unit));
    }
}

// A short, public attribution: the cited numbers, "our estimate", or the source's name before its first colon.
std::string sourceTextOf(const DefaultEntry& e, const std::vector<int>& cited) {
    if (!cited.empty()) {
        std::string t;
        for (int n : cited) t += (t.empty() ? "[" : ", [") + std::to_string(n) + "]";
        return t;
    }
    if (e.source.rfind("Our inference", 0) == 0 || e.source.rfind("our inference", 0) == 0)
        return "our estimate, no public source";
    if (e.source.rfind("User input", 0) == 0) return "your input";
    std::string t = e.source.substr(0, e.source.find(':'));
    if (t.size() > 70) t = t.substr(0, 67) + "...";
    return t;
}

} // namespace

std::vector<int> citedSources(const std::string& text) {
    std::vector<int> out;
    for (std::size_t i = text.find('['); i != std::string::npos; i = text.find('[', i + 1)) {
        const std::size_t close = text.find(']', i);
        if (close == std::string::npos || close == i + 1 || close - i > 4) continue;
        int n = 0;
        bool digits = true;
        for (std::size_t k = i + 1; k < close; ++k) {
            if (text[k] < '0' || text[k] > '9')
                digits = false;
            else
                n = n * 10 + (text[k] - '0');
        }
        if (digits && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
    }
    return out;
}

std::vector<KeyAssumption> keyAssumptions(const model::Scenario& s, const model::Result& r,
                                          const DefaultsLedger& ledger, std::size_t count) {
    std::vector<KeyAssumption> out;
    if (!r.ok() || count == 0) return out;
    const model::Settings& settings = s.settings;
    const int years = r.months > 0 ? r.months / 12 : settings.horizonYears;
    const std::string savings = "your " + std::to_string(years) + "-year savings";

    auto describe = [&](const model::Assumption& a, double effect, std::string effectText) {
        const DefaultEntry* e = ledger.find(a.key);
        KeyAssumption k;
        k.key = std::string(a.key);
        k.label = std::string(a.label);
        const double v = a.get(s);
        k.valueText = valueText(a, e, v, settings);
        k.effectText = std::move(effectText);
        k.effectUsd = effect;
        if (e != nullptr) {
            const bool changed = std::fabs(e->value - v) > 1e-12 * std::max(1.0, std::fabs(v));
            k.confidence = changed ? "your figure" : e->confidence;
            k.sources = citedSources(e->source);
            k.sourceText = changed ? "your input" : sourceTextOf(*e, k.sources);
            k.replaceWithYourFigure = !changed && lowConfidence(e->confidence);
        }
        out.push_back(std::move(k));
    };

    std::set<std::string> ranged;
    for (const model::TornadoBar& b : model::tornado(s, model::Metric::HorizonSavings)) {
        ranged.insert(b.key);
        const model::Assumption* a = model::findAssumption(b.key);
        if (a == nullptr || b.swing < 0.5) continue;
        const DefaultEntry* e = ledger.find(b.key);
        describe(*a, b.swing,
                 "From " + valueText(*a, e, b.lowInput, settings) + " to " + valueText(*a, e, b.highInput, settings) +
                     ", " + savings + " go from " + moneyForReading(b.lowMetric, settings) + " to " +
                     moneyForReading(b.highMetric, settings));
    }
    // The others: every default without a range that is a number (not a choice), nudged by 10 %.
    std::vector<std::string> candidates;
    for (const DefaultEntry& e : ledger.entries)
        if (e.choices.empty() && ranged.count(e.key) == 0 && !notAnAssumption(e)) candidates.push_back(e.key);
    for (const model::NudgeEffect& n : model::nudgeEffects(s, candidates, kNudge, model::Metric::HorizonSavings)) {
        if (std::fabs(n.change) < 0.5) continue;
        const model::Assumption* a = model::findAssumption(n.key);
        describe(*a, std::fabs(n.change),
                 "10 % more (" + valueText(*a, ledger.find(n.key), n.nudgedValue, settings) + ") " +
                     (n.change >= 0.0 ? "adds " : "takes ") + moneyForReading(std::fabs(n.change), settings) +
                     (n.change >= 0.0 ? " to " : " from ") + savings);
    }
    model::stableSort(out, [](const KeyAssumption& x, const KeyAssumption& y) {
        if (x.effectUsd != y.effectUsd) return x.effectUsd > y.effectUsd;
        return x.key < y.key;
    });
    if (out.size() > count) out.resize(count);
    return out;
}

} // namespace est::io
