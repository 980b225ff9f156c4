// model/synthetic_estate.hpp - seeded synthetic estates and a small built-in price table, for tests and benchmarks.
#pragma once

#include "model/scenario.hpp"

#include <cstdint>

namespace est::model {

/// A subset of assets/prices_us-east-1.json (same numbers): t3, m6i, c6i, r6i large..8xlarge, us-east-1
/// on-demand list prices. The model never loads assets itself; io does.
PriceTable samplePriceTable();

/// A scenario with `workloads` generated workloads (deterministic for a seed): mixed OSes, sizes,
/// utilisation (some unknown), databases, powered-off and idle servers, a few explicit dispositions,
/// late tags and Activate-funded workloads, spread over six waves. Valid by construction.
Scenario makeSyntheticScenario(int workloads, std::uint64_t seed, SourceKind source = SourceKind::OnPremises);

} // namespace est::model
