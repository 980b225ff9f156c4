// model/engine.hpp - the engine's entry points: validate a Scenario, estimate a Result, recommend dispositions.
//
// Conventions (the numbers a CFO will ask about):
// - A month has 730 hours (AWS calculator convention, defaults.md 2.G); a month is 52/12 weeks. Phase
//   lengths in weeks round up to whole months.
// - Today's cost per workload: the override when set; else for OtherCloud / Paas the monthly bill spread over
//   the workloads without an override, weighted by vCPU (at least 1 each); else the on-premises drivers: host-level
//   costs (hardware, maintenance, power x PUE, space, hypervisor) follow the workload's host share, storage is an
//   acquisition cost amortised with maintenance and power (today_cost.hpp), licences follow the vendors' rules
//   (licences.hpp).
// - Licences after the move (licences.hpp): licence-included licences are in the catalogue's rate (EC2 Windows,
//   RHEL, SUSE and SQL Server edition rates; RDS licence-included engine rates), nothing added on top;
//   bring-your-own licences and Relocate's kept licences are paid outside AWS (PeriodFigures::licencesKeptUsd).
//   A licence model that does not fit the OS or engine is a warning (Result::warnings).
// - AWS sizing and prices (sizing.hpp, aws_pricing.hpp): needed vCPU / RAM = provisioned x p95 utilisation x
//   (1 + headroom); provisioned as is when the utilisation is unknown (or the MPA fallback peaks, a setting).
//   The cheapest type of the target region's catalogue table for the workload's OS (or RDS engine and
//   deployment for a replatformed database) that fits both wins, one workload on one instance; when none
//   fits, several of the largest type, with a warning. The Compute Savings Plan discounts the Linux part of
//   EC2 rates only (a licence-included part is not discounted); RDS gets the RDS reserved-instance discount;
//   the enterprise discount then applies to all usage, and an explicit region multiplier (1 by default) to
//   every list price. The rule's runRateFactor scales the whole AWS run cost.
//   Relocate is host-based: each month pays ceil(live relocated VMs / relocateVmsPerHost) bare-metal hosts;
//   a relocated workload's awsMonthlyUsd is its share of the steady-state hosts (for ARR and credits).
//   Repurchase becomes a subscription (not AWS spend, no MAP funding): users x subscriptionUsdPerUserMonth, else
//   runRateFactor x today's licences (x its share of the bill for a cloud / PaaS source); it replaces the
//   workload's share of operations (no admin labour after).
//   Post-migration admin labour = today's labour x (1 + opsLabourChangePct) x the rule's opsLabourFactor, for an
//   on-premises source. A PaaS source moving to EC2 / RDS (Rehost, Replatform) picks up the operations the platform
//   included: Source::paasOperationsFte engineers (at the admin cost) for the whole moved stack, shared evenly by
//   its workloads. Backup, monitoring and security tooling are priced on AWS (aws_management.hpp).
// - Sanity band (TcoSummary::todayShares, sanity): today's cost by category; run-rate savings outside -20 % .. 47 %
//   are flagged naming the largest category today (savings too high) or after the move (costs more).
// - Support is tiered on each month's total AWS usage (public AWS tiers, see assets/defaults.json) and is
//   not counted in projected ARR or credits.
// - Timeline: Assess ends at ceil(assessWeeks), Mobilize at ceil(assess + mobilize weeks) months. A workload's
//   go-live = wave start + max(wave length, rule duration); its one-time cost is spread evenly over
//   [wave start, go-live); today's cost stops at go-live + dual-running months (Retire: at go-live, no dual).
// - MAP: projected ARR = 12 x steady-state AWS usage of MAP-eligible workloads (migrating to AWS, not funded
//   elsewhere). Credits = credit % x tagged usage inside [go-live, go-live + window), counted from the tag
//   month, per quarter, only above the cumulative minimum eligible spend, released `lag` quarters later.
//   Incremental growth = the usage of migrated workloads (they had no AWS spend before). The cap limits
//   Assess + Mobilize (and credits too when Program::capIncludesCredits). NotEligible receives nothing.
// - NPV: sum over months m = 0..N-1 of net cash flow[m] / (1 + rate / 12)^(m + 1) (end-of-month, nominal
//   annual rate compounded monthly, powers by repeated division so wasm and native agree bit for bit).
#pragma once

#include "model/names.hpp"
#include "model/recommender.hpp"
#include "model/result.hpp"
#include "model/scenario.hpp"

#include <cstdint>
#include <memory>
#include <vector>

namespace est::model {

/// Every invalid field of the scenario with its path; empty when the scenario can be estimated.
std::vector<ValidationError> validate(const Scenario& s);

/// Validates, then computes everything. On an invalid scenario the Result holds only `errors`.
Result estimate(const Scenario& s);

/// Same as estimate(), reusing `out`'s buffers (for the UI loop and the Monte Carlo).
void estimateInto(const Scenario& s, Result& out);

/// Names one state of a scenario's workloads, for the estimates of a caller that keeps editing one scenario (the app):
/// it takes a new stamp (newEstateStamp()) whenever the workloads may have changed and passes the same one while they
/// have not. 0: not known, nothing is reused on its word.
using EstateStamp = std::uint64_t;

/// A stamp no estate of this process has had before (never 0).
EstateStamp newEstateStamp();

/// estimateInto() for a caller that vouches, by passing the stamp of the last estimate on this thread again, that the
/// workloads are the ones that estimate had (a settings-only edit: a what-if slider). Then the workloads' own checks
/// are not run again while the last validation found none failing and what they read besides the workloads (the wave
/// count, the target region's prices) is unchanged; and each workload's OS class, recommendation and the estate's sums
/// are reused while the settings they read are unchanged. The result is that of estimateInto(s, out), bit for bit.
void estimateInto(const Scenario& s, Result& out, EstateStamp estate);

/// Same as estimateInto() without validating: only for a scenario already known to be valid. Its working buffers are
/// kept per thread from one estimate to the next (nothing in them changes a figure), each workload's sizing among
/// them: a workload whose sizing inputs and the settings sizing reads are unchanged is not sized again. `estate`: as
/// for estimateInto().
void estimateValidated(const Scenario& s, Result& out, EstateStamp estate = 0);

/// The buffers one estimate uses between its steps (estimator.hpp; private to the engine).
struct EstimatorScratch;

/// Estimates many valid scenarios for their figures only, for the Monte Carlo, goal seek and the tornado: every
/// number of estimateValidated() (series, TCO, workloads, funding ladders, eligibility verdict and checks' values),
/// computed by the same code, bit for bit; no text (traces, warnings, labels, largest workloads) and the buffers kept
/// from one estimate to the next.
class FiguresEstimator {
public:
    FiguresEstimator();
    ~FiguresEstimator();
    FiguresEstimator(const FiguresEstimator&) = delete;
    FiguresEstimator& operator=(const FiguresEstimator&) = delete;
    /// Like estimateValidated(), without the text: only for a scenario already known to be valid.
    void estimate(const Scenario& s, Result& out);
    /// On: every estimate after this call reuses each workload's OS class and application group from the first one,
    /// for a caller that estimates the same workloads again with nothing that feeds sizing changed (the Monte Carlo
    /// when no sampled assumption does: sizingAssumption()); while the recommender's
    /// thresholds, the source kind and whether any rule prices effort per application stay the same too, the
    /// recommendations and the estate's sums (bill weights, application counts) are reused as well. Off (the default)
    /// classifies every time (application groups are kept, but checked against the workloads). Either call forgets
    /// what was kept. Each workload's sizing (instance pick) is kept in both, and reused only while the inputs it
    /// reads are unchanged (SizingInputs, SizingSettings: aws_pricing.hpp).
    void reuseSizing(bool on);

private:
    std::unique_ptr<EstimatorScratch> m_scratch;
};

/// AWS support plan price for one month of `usageUsd` (public tiers; 0 when there is no usage).
Money supportPlanUsd(SupportPlan plan, Money usageUsd);

} // namespace est::model
