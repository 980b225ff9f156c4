// model/synthetic_estate.hpp - seeded synthetic estates and a small built-in price table, for tests and benchmarks.
#pragma once

#include "model/scenario.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace est::model {

/// One instance type of a hand-built catalogue: its shape and Linux / Windows on-demand rates (0 = none).
struct CatalogueRow {
    std::string type;
    int vcpu = 0;
    double memoryGib = 0.0;
    double linuxUsdPerHour = 0.0;
    double windowsUsdPerHour = 0.0;
    double burstBaselinePct = 0.0;
};

/// A one-region catalogue from rows (tests and samples): Linux and Windows tables, EBS gp3 at
/// `gp3UsdPerGbMonth`, and every RDS engine at `rdsOverLinux` x the Linux rate (Multi-AZ twice that; RDS
/// storage = gp3), all dated `asOf` from `source`.
std::shared_ptr<const PriceCatalogue> catalogueFromRows(const std::string& region,
                                                        const std::vector<CatalogueRow>& rows, double gp3UsdPerGbMonth,
                                                        double rdsOverLinux, const std::string& asOf,
                                                        const std::string& source);

/// A subset of the shipped catalogue's us-east-1 tables (same numbers): t3, m6i, c6i, r6i large..8xlarge,
/// Linux (2026-07-20) and Windows (2022-07-07). The model never loads assets itself; io does.
std::shared_ptr<const PriceCatalogue> sampleCatalogue();

/// A scenario with `workloads` generated workloads (deterministic for a seed): mixed OSes, sizes,
/// utilisation (some unknown), databases, powered-off and idle servers, a few explicit dispositions,
/// late tags and Activate-funded workloads, spread over six waves. Valid by construction.
Scenario makeSyntheticScenario(int workloads, std::uint64_t seed, SourceKind source = SourceKind::OnPremises);

} // namespace est::model
