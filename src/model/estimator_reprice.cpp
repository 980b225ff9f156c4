// model/estimator_reprice.cpp - repricing: what costWorkload() added up, kept for the next estimate of the same
// workloads into the same Result, so that an edit of AWS prices or discounts (a what-if slider) runs priceWorkload()
// alone (estimator.hpp, EstimatorScratch::FixedCosts). The figures are those of a full estimate, bit for bit: each sum
// kept here is of costWorkload()'s terms only, and priceWorkload()'s sums start again from 0 as in a full estimate.
#include "model/estimator.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace est::model {

EstimatorScratch::FixedSettings EstimatorScratch::FixedSettings::of(const Scenario& s) {
    FixedSettings f{s.settings, s.source, s.aws, s.rules, s.plan, s.program, s.recommender};
    // Read by priceWorkload() (through the pricer, awsManagementFor and the Relocate host rate) and by the steps after
    // the workloads, never by costWorkload(): blanked, so that they never tell two FixedSettings apart.
    const AwsTarget blank;
    f.aws.regionMultiplier = blank.regionMultiplier;
    f.aws.pricingModel = blank.pricingModel;
    f.aws.savingsPlan1YearPct = blank.savingsPlan1YearPct;
    f.aws.savingsPlan3YearPct = blank.savingsPlan3YearPct;
    f.aws.rdsReservedPct = blank.rdsReservedPct;
    f.aws.rdsReserved3YearPct = blank.rdsReserved3YearPct;
    f.aws.enterpriseDiscountPct = blank.enterpriseDiscountPct;
    f.aws.supportPlan = blank.supportPlan;
    f.aws.relocateHostUsdPerHour = blank.relocateHostUsdPerHour;
    f.aws.backupUsdPerGbMonth = blank.backupUsdPerGbMonth;
    f.aws.monitoringUsdPerServerMonth = blank.monitoringUsdPerServerMonth;
    f.aws.securityUsdPerServerMonth = blank.securityUsdPerServerMonth;
    return f;
}

namespace estimator {

namespace {

// The delta arrays costWorkload() adds to (priceWorkload() adds to the others).
constexpr DeltaSeries kFixedSeries[] = {kLegacy,    kDual,    kRelocateVms, kSubscription,
                                        kOpsLabour, kOneTime, kLicencesKept};

} // namespace

bool Estimator::mayReprice(const EstimatorScratch::FixedSettings& settings) const {
    const EstimatorScratch::FixedCosts& fixed = scratch.fixed;
    return sameEstate && findingsKept && memosKept && fixed.resultSerial != 0 && fixed.resultSerial == out.serial &&
           fixed.withText == withText && fixed.settings == settings;
}

void Estimator::keepFixedCosts(EstimatorScratch::FixedSettings&& settings) {
    EstimatorScratch::FixedCosts& fixed = scratch.fixed;
    fixed.resultSerial = out.serial;
    fixed.withText = withText;
    fixed.settings = std::move(settings);
    fixed.todayTotal = todayTotal;
    fixed.eligibleOneTime = eligibleOneTime;
    fixed.steadyOpsLabour = steadyOpsLabour;
    fixed.eligibleCount = eligibleCount;
    fixed.taggedEligibleCount = taggedEligibleCount;
    fixed.taggedLateCount = taggedLateCount;
    fixed.pastSupportCount = pastSupportCount;
    fixed.liveInHorizon = tco.liveInHorizon;
    fixed.lastGoLiveMonth = tl.lastGoLiveMonth;
    fixed.workloadWarnings = workloadWarnings;
    // The AWS lines start again from 0, as they do in a full estimate (startDeltas()).
    fixed.statusQuoByCategory = tco.statusQuoByCategory;
    fixed.migrationByCategory = tco.migrationByCategory;
    CostBreakdown& mc = fixed.migrationByCategory;
    mc.awsComputeUsd = mc.awsDatabaseUsd = mc.awsStorageUsd = mc.awsManagementUsd = 0.0;
    fixed.byDisposition = tco.byDisposition;
    for (DispositionTotals& dt : fixed.byDisposition)
        dt.targetMonthlyUsd = dt.awsMonthlyUsd = dt.horizonTargetUsd = 0.0;
    fixed.deltas.resize(std::size(kFixedSeries) * stride);
    double* to = fixed.deltas.data();
    for (DeltaSeries k : kFixedSeries) to = std::copy(d(k), d(k) + stride, to);
}

void Estimator::restoreFixedCosts() {
    const EstimatorScratch::FixedCosts& fixed = scratch.fixed;
    todayTotal = fixed.todayTotal;
    eligibleOneTime = fixed.eligibleOneTime;
    steadyOpsLabour = fixed.steadyOpsLabour;
    eligibleCount = fixed.eligibleCount;
    taggedEligibleCount = fixed.taggedEligibleCount;
    taggedLateCount = fixed.taggedLateCount;
    pastSupportCount = fixed.pastSupportCount;
    tco.liveInHorizon = fixed.liveInHorizon;
    tl.lastGoLiveMonth = fixed.lastGoLiveMonth;
    workloadWarnings = fixed.workloadWarnings;
    tco.statusQuoByCategory = fixed.statusQuoByCategory;
    tco.migrationByCategory = fixed.migrationByCategory;
    tco.byDisposition = fixed.byDisposition;
    const double* from = fixed.deltas.data();
    for (DeltaSeries k : kFixedSeries) {
        std::copy(from, from + stride, d(k));
        from += stride;
    }
}

} // namespace estimator
} // namespace est::model
