// model/result_check.cpp - checkResult(): every figure finite, every cost non-negative, every count in range.
#include "model/result_check.hpp"

#include "model/checked_int.hpp"
#include "model/format.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace est::model {
namespace {

// Enough errors to show where it went wrong; a broken figure usually spreads to every month after it.
constexpr std::size_t kMaxErrors = 20;
// Series are prefix sums of +/- deltas, so a zero can come out as -1e-12 (or -0.05 next to 1e10 a month):
// below a cent, or a billionth of the largest monthly figure, is rounding, not a cost.
constexpr double kNoiseUsd = 0.01;
constexpr double kNoiseShare = 1e-9;

class Checker {
public:
    Checker(std::vector<ValidationError>& out, double scale) : m_out(out), m_noise(std::max(kNoiseUsd, kNoiseShare * scale)) {}

    /// A figure that may be negative (savings, NPV, net cash flow).
    void finite(const std::string& path, double v) {
        if (!std::isfinite(v)) add(path, "is not a finite number (" + formatNumber(v) + ")");
    }
    /// A cost, price, amount of funding or spend.
    void cost(const std::string& path, double v) {
        if (!std::isfinite(v)) add(path, "is not a finite number (" + formatNumber(v) + ")");
        else if (v < -m_noise) add(path, "is negative (" + formatNumber(v) + ")");
    }
    void count(const std::string& path, int v) {
        if (v < 0 || v >= kCountLimit) add(path, "is out of range (" + std::to_string(v) + ")");
    }

private:
    void add(const std::string& path, std::string message) {
        if (m_out.size() < kMaxErrors)
            m_out.push_back({"result." + path, std::move(message) + ": an input is outside what the model can compute"});
    }
    std::vector<ValidationError>& m_out;
    double m_noise;
};

// The largest monthly figure (a NaN or infinity is caught by the finite checks, so it is skipped here).
double monthlyScale(const Result& r) {
    double scale = 0.0;
    for (const PeriodFigures& p : r.monthly)
        for (double v : {p.statusQuoUsd, p.legacyUsd, p.awsUsd, p.subscriptionUsd, p.opsLabourUsd, p.oneTimeUsd,
                         p.fundingTotalUsd, p.taggedSpendUsd})
            if (std::isfinite(v)) scale = std::max(scale, std::fabs(v));
    return scale;
}

std::string at(const char* base, std::size_t i) { return std::string(base) + "[" + std::to_string(i) + "]"; }

void period(Checker& c, const std::string& p, const PeriodFigures& f) {
    c.cost(p + ".statusQuoUsd", f.statusQuoUsd);
    c.cost(p + ".legacyUsd", f.legacyUsd);
    c.cost(p + ".dualRunningUsd", f.dualRunningUsd);
    c.cost(p + ".awsUsageUsd", f.awsUsageUsd);
    c.cost(p + ".awsSupportUsd", f.awsSupportUsd);
    c.cost(p + ".awsUsd", f.awsUsd);
    c.cost(p + ".subscriptionUsd", f.subscriptionUsd);
    c.cost(p + ".opsLabourUsd", f.opsLabourUsd);
    c.cost(p + ".oneTimeUsd", f.oneTimeUsd);
    c.cost(p + ".fundingTotalUsd", f.fundingTotalUsd);
    c.cost(p + ".taggedSpendUsd", f.taggedSpendUsd);
    c.finite(p + ".netCashFlowUsd", f.netCashFlowUsd);
    c.finite(p + ".cumulativeSavingsUsd", f.cumulativeSavingsUsd);
}

void breakdown(Checker& c, const std::string& p, const CostBreakdown& b) {
    const std::pair<const char*, double> parts[] = {
        {"hardwareUsd", b.hardwareUsd}, {"maintenanceUsd", b.maintenanceUsd}, {"powerUsd", b.powerUsd},
        {"spaceUsd", b.spaceUsd}, {"storageUsd", b.storageUsd}, {"networkUsd", b.networkUsd},
        {"osLicenceUsd", b.osLicenceUsd}, {"dbLicenceUsd", b.dbLicenceUsd}, {"virtualisationUsd", b.virtualisationUsd},
        {"adminLabourUsd", b.adminLabourUsd}, {"managementUsd", b.managementUsd},
        {"otherCloudBillUsd", b.otherCloudBillUsd}, {"awsComputeUsd", b.awsComputeUsd},
        {"awsDatabaseUsd", b.awsDatabaseUsd}, {"awsStorageUsd", b.awsStorageUsd},
        {"awsRelocateHostsUsd", b.awsRelocateHostsUsd}, {"awsSupportUsd", b.awsSupportUsd},
        {"subscriptionUsd", b.subscriptionUsd}, {"opsLabourUsd", b.opsLabourUsd}, {"oneTimeUsd", b.oneTimeUsd}};
    for (const auto& [name, v] : parts) c.cost(p + "." + name, v);
}

void phase(Checker& c, const std::string& p, const FundingPhase& f) {
    c.cost(p + ".amountUsd", f.amountUsd);
    c.cost(p + ".uncappedUsd", f.uncappedUsd);
    c.cost(p + ".basisUsd", f.basisUsd);
}

} // namespace

std::vector<ValidationError> checkResult(const Result& r) {
    std::vector<ValidationError> out;
    if (!r.ok()) return out;
    Checker c(out, monthlyScale(r));
    for (std::size_t i = 0; i < r.workloads.size(); ++i) {
        const WorkloadResult& w = r.workloads[i];
        const std::string p = at("workloads", i);
        c.count(p + ".instanceCount", w.instanceCount);
        c.finite(p + ".neededVcpu", w.neededVcpu);
        c.finite(p + ".neededRamGb", w.neededRamGb);
        c.cost(p + ".todayMonthlyUsd", w.todayMonthlyUsd);
        c.cost(p + ".awsMonthlyUsd", w.awsMonthlyUsd);
        c.cost(p + ".targetMonthlyUsd", w.targetMonthlyUsd);
        c.cost(p + ".oneTimeUsd", w.oneTimeUsd);
    }
    // Months first: a bad month names the first place it went wrong; the roll-ups repeat it.
    for (std::size_t m = 0; m < r.monthly.size(); ++m) period(c, at("monthly", m), r.monthly[m]);
    for (std::size_t y = 0; y < r.yearly.size(); ++y) period(c, at("yearly", y), r.yearly[y]);
    c.cost("projectedArrUsd", r.projectedArrUsd);

    const TcoSummary& t = r.tco;
    c.cost("tco.todayMonthlyUsd", t.todayMonthlyUsd);
    c.cost("tco.targetMonthlyUsd", t.targetMonthlyUsd);
    c.cost("tco.steadyAwsUsageMonthlyUsd", t.steadyAwsUsageMonthlyUsd);
    c.cost("tco.statusQuoTotalUsd", t.statusQuoTotalUsd);
    c.cost("tco.migrationTotalUsd", t.migrationTotalUsd);
    c.cost("tco.oneTimeUsd", t.oneTimeUsd);
    c.cost("tco.dualRunningUsd", t.dualRunningUsd);
    c.cost("tco.fundingUsd", t.fundingUsd);
    c.finite("tco.netMigrationCostUsd", t.netMigrationCostUsd);
    c.finite("tco.horizonSavingsUsd", t.horizonSavingsUsd);
    c.finite("tco.npvUsd", t.npvUsd);
    if (t.roiPct) c.finite("tco.roiPct", *t.roiPct);
    c.finite("tco.horizonSavingsPct", t.horizonSavingsPct);
    c.finite("tco.runRateSavingsPct", t.runRateSavingsPct);
    breakdown(c, "tco.statusQuoByCategory", t.statusQuoByCategory);
    breakdown(c, "tco.migrationByCategory", t.migrationByCategory);

    const FundingLadder& f = r.funding;
    phase(c, "funding.assess", f.assess);
    phase(c, "funding.mobilize", f.mobilize);
    c.cost("funding.creditsEarnedUsd", f.creditsEarnedUsd);
    c.cost("funding.creditsUsd", f.creditsUsd);
    c.cost("funding.creditsAfterHorizonUsd", f.creditsAfterHorizonUsd);
    c.cost("funding.trainingUsd", f.trainingUsd);
    c.cost("funding.uncappedTotalUsd", f.uncappedTotalUsd);
    c.cost("funding.totalUsd", f.totalUsd);
    c.cost("funding.taggedSpendUsd", f.taggedSpendUsd);
    c.cost("funding.leftOnTable.totalUsd", f.leftOnTable.totalUsd);
    for (std::size_t q = 0; q < f.quarters.size(); ++q) {
        const QuarterCredit& qc = f.quarters[q];
        const std::string p = at("funding.quarters", q);
        c.cost(p + ".taggedSpendUsd", qc.taggedSpendUsd);
        c.cost(p + ".earnedUsd", qc.earnedUsd);
        c.cost(p + ".receivedUsd", qc.receivedUsd);
    }
    for (std::size_t i = 0; i < r.eligibility.checks.size(); ++i) {
        const EligibilityCheck& e = r.eligibility.checks[i];
        const std::string p = at("eligibility.checks", i);
        c.finite(p + ".measured", e.measured);
        c.cost(p + ".clearAmount", e.clearAmount);
    }
    return out;
}

} // namespace est::model
