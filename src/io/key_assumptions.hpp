// io/key_assumptions.hpp - the few assumptions that drive a result, in plain language, for the executive summary.
//
// Ranked by how far each moves the savings over the horizon: the assumptions with a sourced range by the swing
// between its ends (model::tornado), the others by a 10 % nudge (model::nudgeEffects). Each says how sure we are
// of it and whether it is a placeholder the customer should replace with their own figure.
#pragma once

#include "io/defaults_json.hpp"
#include "model/result.hpp"
#include "model/scenario.hpp"

#include <string>
#include <vector>

namespace est::io {

struct KeyAssumption {
    std::string key;                    ///< registry key ("source.onPrem.hardwareUsdPerServer")
    std::string label;                  ///< the registry's label
    std::string valueText;              ///< "$12K", "15 %", "4 years" (display currency)
    std::string effectText;             ///< "From $3K to $8K, your 5-year savings go from $1.1M to $1.3M"
    double effectUsd = 0.0;             ///< size of the effect on the horizon savings (ranking)
    std::string confidence;             ///< "high" / "medium" / "low" / "unverified"; "your figure" when changed
    std::string sourceText;             ///< "[1], [13]", "our estimate, no public source", or a short name
    std::vector<int> sources;           ///< the [n] numbers of docs/sources.md it cites
    bool replaceWithYourFigure = false; ///< still the shipped default, and that default is of low confidence
};

/// Up to `count` assumptions that move the horizon savings most, largest first (ties by key). Empty for an
/// invalid result. Costs about two estimates per ranged assumption and one per other candidate.
std::vector<KeyAssumption> keyAssumptions(const model::Scenario& scenario, const model::Result& result,
                                          const DefaultsLedger& ledger, std::size_t count);

/// The [n] source numbers cited in a source text ("[1] Azure ...; also [4]" -> {1, 4}), in order, no repeats.
std::vector<int> citedSources(const std::string& sourceText);

} // namespace est::io
