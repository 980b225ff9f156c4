// model/wave_planner.hpp - automatic wave planning: dependency-safe move groups, capacity-bounded waves with
// a ramp, and (optionally) an order that puts the most MAP-eligible AWS spend first.
//
// Method (public sources in assets/defaults.json; AWS Prescriptive Guidance, AWS Cloud Migration Factory wave
// planning, Azure Migrate wave planning conditions):
// 1. Move groups = connected components of "same application" and hard dependencies (union-find), never split.
//    Infrastructure edges (shared services) neither group nor order; edges to ends outside the inventory are
//    counted and reported.
// 2. Soft dependencies order the groups: the target moves in the same wave as the source or earlier. Groups in
//    a cycle of soft dependencies are merged into one group (and named in a warning).
// 3. Groups are taken in a topological order of that graph. The pilot comes first: the smallest non-production
//    group that needs nothing and fits the pilot wave (a pilot proves the factory on something small). Then, among
//    the groups ready at each step, non-production first (when environments are kept apart), then either the most
//    eligible monthly AWS spend first (funding-aware) or the fewest servers first (dependency-only, as AWS CMF sorts).
// 4. Each group goes into the earliest wave not before any group it depends on that has room (servers, vCPU,
//    storage; wave n's server capacity = min(pilot + (n - 1) x increase, max), vCPU and storage caps scale by
//    the same share of the maximum). A group larger than the maximum gets a wave of its own (never the pilot's
//    when another group can pilot) and a warning naming the limit it exceeds.
//    A locked group goes to its wave; a lock that puts it before a group it depends on is reported.
// 5. Waves start every monthsBetweenWaves months from the end of Mobilize, with the rules' length and dual running.
// Pure: plain structs in and out; deterministic (ties broken by workload order).
#pragma once

#include "model/result.hpp"
#include "model/scenario.hpp"

#include <string>
#include <vector>

namespace est::model {

/// Workloads that move together, with what they need.
struct MoveGroup {
    std::string name;           ///< its applications, or its only workload's name
    std::vector<int> workloads; ///< indices into Scenario::workloads, ascending
    int servers = 0;
    int vcpu = 0;
    double storageGb = 0.0;
    Money eligibleMonthlyUsd = 0.0; ///< AWS monthly usage of its MAP-eligible, tagged workloads
    bool production = false;        ///< any production workload
    bool mixedEnvironments = false; ///< production and non-production joined by one application or a hard edge
    std::vector<int> dependsOn;     ///< groups that must move in the same wave or earlier
    int wave = 0;                   ///< 1-based
    bool locked = false;
    bool oversize = false; ///< larger than a full wave: has a wave of its own
};

/// One planned wave and how full it is.
struct PlannedWave {
    std::string name;
    int startMonth = 0;
    int goLiveMonth = 0;
    int servers = 0;
    int vcpu = 0;
    double storageGb = 0.0;
    int capacityServers = 0;
    int capacityVcpu = 0;
    double capacityStorageGb = 0.0;
    bool production = false; ///< holds production groups (waves hold one environment when kept apart)
    std::vector<int> groups; ///< indices into WavePlan::groups
};

/// The funding-aware order against the dependency-only one, both estimated by the engine.
struct OrderComparison {
    bool computed = false; ///< false when MAP does not apply or the option is off
    Money creditsFundingAwareUsd = 0.0;
    Money creditsDependencyOnlyUsd = 0.0;
    Money npvFundingAwareUsd = 0.0;
    Money npvDependencyOnlyUsd = 0.0;
    Money fundingFundingAwareUsd = 0.0; ///< total MAP funding in the horizon (credits and partner cash)
    Money fundingDependencyOnlyUsd = 0.0;
    Money creditsGainUsd() const { return creditsFundingAwareUsd - creditsDependencyOnlyUsd; }
    Money fundingGainUsd() const { return fundingFundingAwareUsd - fundingDependencyOnlyUsd; }
    Money npvGainUsd() const { return npvFundingAwareUsd - npvDependencyOnlyUsd; }
    Trace trace; ///< credits gain = funding-aware - dependency-only
};

/// What the planner decided, and why.
struct WavePlan {
    std::vector<MoveGroup> groups;
    std::vector<PlannedWave> waves;
    std::vector<int> workloadWave;     ///< per workload, 1-based
    std::vector<std::string> warnings; ///< conflicts and capacity problems in words
    int hardEdges = 0;                 ///< between two workloads of the inventory
    int softEdges = 0;
    int infrastructureEdges = 0;             ///< set aside as shared services
    int externalEdges = 0;                   ///< with an end outside the inventory
    std::vector<std::string> sharedServices; ///< workloads that infrastructure edges point to (land them first)
    bool fundingAware = false;               ///< the order used
    OrderComparison comparison;
};

/// How much wave `wave` (1-based) holds under `rules`: servers = min(pilot + (wave - 1) x increase, max); vCPU and
/// storage the same share of their maximum (wave 1 is the pilot).
struct WaveCapacity {
    int servers = 0;
    int vcpu = 0;
    double storageGb = 0.0;
};
WaveCapacity waveCapacity(const WavePlanningRules& rules, int wave);

/// Plans waves for `s`. `baseline` is estimate(s): it gives each workload's disposition and AWS spend and the
/// end of Mobilize (when it is not ok(), every workload moves, spend is 0 and waves start at month 3).
/// With the funding-aware option on and a MAP verdict, both orders are planned and estimated.
WavePlan planWaves(const Scenario& s, const Result& baseline);

/// Only the plan for one order, without estimating (for benchmarks and the comparison itself).
WavePlan planWavesInOrder(const Scenario& s, const Result& baseline, bool fundingAware);

/// Writes the plan into the scenario: plan waves replaced, each workload's wave set.
void applyWavePlan(Scenario& s, const WavePlan& plan);

} // namespace est::model
