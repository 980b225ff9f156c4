// model/estimator_finance.cpp - the estimator's finance: net cash flow, NPV, payback, ROI, the steady run rate, the
// sanity band and the quarterly and yearly roll-ups (estimator.hpp).
#include "model/estimator.hpp"

#include "model/format.hpp"
#include "model/payback.hpp"
#include "model/stable_sort.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace est::model::estimator {
namespace {

PeriodFigures& operator+=(PeriodFigures& a, const PeriodFigures& b) {
    a.statusQuoUsd += b.statusQuoUsd;
    a.legacyUsd += b.legacyUsd;
    a.dualRunningUsd += b.dualRunningUsd;
    a.awsUsageUsd += b.awsUsageUsd;
    a.awsSupportUsd += b.awsSupportUsd;
    a.awsUsd += b.awsUsd;
    a.subscriptionUsd += b.subscriptionUsd;
    a.opsLabourUsd += b.opsLabourUsd;
    a.licencesKeptUsd += b.licencesKeptUsd;
    a.oneTimeUsd += b.oneTimeUsd;
    a.fundingAssessUsd += b.fundingAssessUsd;
    a.fundingMobilizeUsd += b.fundingMobilizeUsd;
    a.fundingCreditsUsd += b.fundingCreditsUsd;
    a.fundingTrainingUsd += b.fundingTrainingUsd;
    a.fundingTotalUsd += b.fundingTotalUsd;
    a.taggedSpendUsd += b.taggedSpendUsd;
    a.netCashFlowUsd += b.netCashFlowUsd;
    a.cumulativeSavingsUsd = b.cumulativeSavingsUsd; // a roll-up carries the value at its last month
    return a;
}

void rollUp(const std::vector<PeriodFigures>& monthly, int monthsPer, std::vector<PeriodFigures>& out) {
    const int n = static_cast<int>(monthly.size());
    const int periods = (n + monthsPer - 1) / monthsPer;
    out.assign(static_cast<std::size_t>(periods), PeriodFigures{});
    for (int m = 0; m < n; ++m) out[static_cast<std::size_t>(m / monthsPer)] += monthly[static_cast<std::size_t>(m)];
}

} // namespace

void Estimator::finance() {
    // The discount rate is an effective annual rate: the monthly rate that compounds to it.
    const double monthlyGrowth = std::pow(1.0 + s.settings.discountRatePct, 1.0 / 12.0);
    double cum = 0.0, discount = 1.0;
    tco.npvUsd = 0.0;
    for (int m = 0; m < n; ++m) {
        PeriodFigures& p = out.monthly[static_cast<std::size_t>(m)];
        p.netCashFlowUsd = p.statusQuoUsd - p.migrationCostUsd() + p.fundingTotalUsd;
        cum += p.netCashFlowUsd;
        p.cumulativeSavingsUsd = cum;
        discount /= monthlyGrowth;
        tco.npvUsd += p.netCashFlowUsd * discount;
        tco.statusQuoTotalUsd += p.statusQuoUsd;
        tco.migrationTotalUsd += p.migrationCostUsd();
        tco.oneTimeUsd += p.oneTimeUsd;
        tco.dualRunningUsd += p.dualRunningUsd;
        tco.fundingUsd += p.fundingTotalUsd;
        tco.migrationByCategory.awsSupportUsd += p.awsSupportUsd;
    }
    tco.horizonSavingsUsd = cum;
    tco.netMigrationCostUsd = tco.oneTimeUsd + tco.dualRunningUsd - tco.fundingUsd;
    // tco.liveInHorizon is counted by costWorkload.
    const Payback payback = paybackOf(out.monthly, tco.liveInHorizon);
    tco.paybackMonth = payback.month;
    tco.whyNoPayback = payback.why;
    tco.roiPct = roiOf(tco.horizonSavingsUsd, tco.oneTimeUsd, tco.liveInHorizon, tco.whyNoRoi);
    tco.horizonSavingsPct = tco.statusQuoTotalUsd > 0.0 ? tco.horizonSavingsUsd / tco.statusQuoTotalUsd : 0.0;
    tco.todayMonthlyUsd = todayTotal;
    Money steadyUsage = 0.0, steadyOther = 0.0;
    for (int k = 0; k < kDispositionCount; ++k) {
        const DispositionTotals& dt = tco.byDisposition[static_cast<std::size_t>(k)];
        steadyUsage += dt.awsMonthlyUsd;
        steadyOther += dt.targetMonthlyUsd - dt.awsMonthlyUsd;
    }
    tco.steadyAwsUsageMonthlyUsd = steadyUsage;
    steadySupport = supportPlanUsd(aws.supportPlan, steadyUsage);
    tco.targetMonthlyUsd = steadyUsage + steadySupport + steadyOther;
    tco.runRateSavingsPct = todayTotal > 0.0 ? 1.0 - tco.targetMonthlyUsd / todayTotal : 0.0;
    if (withText) {
        sanityBand();
    } else { // the band's verdict without its words (sanityBand() decides it the same way)
        tco.todayShares.clear();
        tco.sanity = SanityBand{};
        const double saving = tco.runRateSavingsPct;
        tco.sanity.outside = !(todayTotal <= 0.0 || (saving >= tco.sanity.lowPct && saving <= tco.sanity.highPct));
    }

    rollUp(out.monthly, 3, out.quarterly);
    rollUp(out.monthly, 12, out.yearly);
}

// Today's cost by category (largest first) and the run-rate savings against the sourced band, naming the
// category that drives a result outside it.
void Estimator::sanityBand() {
    const CostBreakdown& c = tco.statusQuoByCategory;
    const double months = n > 0 ? n : 1;
    const std::pair<const char*, Money> parts[] = {{"hardware", c.hardwareUsd},
                                                   {"hardware maintenance", c.maintenanceUsd},
                                                   {"power", c.powerUsd},
                                                   {"space", c.spaceUsd},
                                                   {"storage", c.storageUsd},
                                                   {"network", c.networkUsd},
                                                   {"licences", c.osLicenceUsd + c.dbLicenceUsd + c.virtualisationUsd},
                                                   {"admin labour", c.adminLabourUsd},
                                                   {"management tooling", c.managementUsd},
                                                   {"today's bill", c.otherCloudBillUsd}};
    tco.todayShares.clear();
    for (const auto& [name, total] : parts)
        if (total > 0.0)
            tco.todayShares.push_back({name, total / months, todayTotal > 0.0 ? total / months / todayTotal : 0.0});
    stableSort(tco.todayShares, [](const CategoryShare& a, const CategoryShare& b) { return a.share > b.share; });
    SanityBand& band = tco.sanity;
    band = SanityBand{};
    const double saving = tco.runRateSavingsPct;
    if (todayTotal <= 0.0 || (saving >= band.lowPct && saving <= band.highPct)) return;
    band.outside = true;
    if (saving > band.highPct) {
        band.warning = "Run-rate savings of " + formatPct(saving) + " are above the " + formatPct(band.highPct) +
                       " that top performers reach (Hackett Group)";
        const CategoryShare* top = tco.todayShares.empty() ? nullptr : &tco.todayShares.front();
        if (top && top->category == "today's bill")
            band.warning += ": today's cost is the whole " +
                            (s.source.provider.empty() ? std::string("cloud") : s.source.provider) +
                            " bill, and the move adds " + formatUsd(steadyOpsLabour) +
                            " a month of operations labour; check the labour the platform included";
        else if (top)
            band.warning +=
                ": " + top->category + " is " + formatPct(top->share) + " of today's cost; check its inputs";
    } else {
        const CostBreakdown& m = tco.migrationByCategory;
        const std::pair<const char*, Money> after[] = {
            {"EC2 compute", m.awsComputeUsd},      {"managed databases", m.awsDatabaseUsd},
            {"AWS storage", m.awsStorageUsd},      {"Relocate hosts", m.awsRelocateHostsUsd},
            {"AWS support", m.awsSupportUsd},      {"subscriptions", m.subscriptionUsd},
            {"operations labour", m.opsLabourUsd}, {"licences kept", m.licencesKeptUsd}};
        const auto* top = &after[0];
        for (const auto& a : after)
            if (a.second > top->second) top = &a;
        band.warning = "The run cost after the move is " + formatPct(-saving) + " above today's, beyond the " +
                       formatPct(-band.lowPct) + " this check allows; the largest cost after the move is " + top->first;
    }
}

} // namespace est::model::estimator
