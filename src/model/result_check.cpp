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

// Where a figure sits ("monthly[3].awsUsd"), spelled out only when the figure fails: a clean check of a large
// estate builds no strings (it runs on every estimate).
struct Path {
    static constexpr std::size_t kNoIndex = static_cast<std::size_t>(-1);
    const char* base;
    std::size_t index = kNoIndex;
    const char* field = nullptr;
    Path(const char* b) : base(b) {} // NOLINT(google-explicit-constructor): a plain field name is a path
    Path(const char* b, std::size_t i) : base(b), index(i) {}
    Path with(const char* f) const {
        Path p = *this;
        p.field = f;
        return p;
    }
    std::string text() const {
        std::string out = base;
        if (index != kNoIndex) out += "[" + std::to_string(index) + "]";
        if (field) out += std::string(".") + field;
        return out;
    }
};

class Checker {
public:
    Checker(std::vector<ValidationError>& out, double scale)
        : m_out(out), m_noise(std::max(kNoiseUsd, kNoiseShare * scale)) {}

    /// A figure that may be negative (savings, NPV, net cash flow).
    void finite(const Path& path, double v) {
        if (!std::isfinite(v)) add(path, "is not a finite number (" + formatNumber(v) + ")");
    }
    /// A cost, price, amount of funding or spend.
    void cost(const Path& path, double v) {
        if (!std::isfinite(v))
            add(path, "is not a finite number (" + formatNumber(v) + ")");
        else if (v < -m_noise)
            add(path, "is negative (" + formatNumber(v) + ")");
    }
    /// The test of cost() without its message: the common clean case in one expression.
    bool clean(double v) const { return std::isfinite(v) && v >= -m_noise; }
    void count(const Path& path, int v) {
        if (v < 0 || v >= kCountLimit) add(path, "is out of range (" + std::to_string(v) + ")");
    }

private:
    void add(const Path& path, std::string message) {
        if (m_out.size() < kMaxErrors)
            m_out.push_back(
                {"result." + path.text(), std::move(message) + ": an input is outside what the model can compute"});
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

void period(Checker& c, const Path& p, const PeriodFigures& f) {
    c.cost(p.with("statusQuoUsd"), f.statusQuoUsd);
    c.cost(p.with("legacyUsd"), f.legacyUsd);
    c.cost(p.with("dualRunningUsd"), f.dualRunningUsd);
    c.cost(p.with("awsUsageUsd"), f.awsUsageUsd);
    c.cost(p.with("awsSupportUsd"), f.awsSupportUsd);
    c.cost(p.with("awsUsd"), f.awsUsd);
    c.cost(p.with("subscriptionUsd"), f.subscriptionUsd);
    c.cost(p.with("opsLabourUsd"), f.opsLabourUsd);
    c.cost(p.with("oneTimeUsd"), f.oneTimeUsd);
    c.cost(p.with("fundingTotalUsd"), f.fundingTotalUsd);
    c.cost(p.with("taggedSpendUsd"), f.taggedSpendUsd);
    c.finite(p.with("netCashFlowUsd"), f.netCashFlowUsd);
    c.finite(p.with("cumulativeSavingsUsd"), f.cumulativeSavingsUsd);
}

void breakdown(Checker& c, const Path& p, const CostBreakdown& b) {
    const std::pair<const char*, double> parts[] = {{"hardwareUsd", b.hardwareUsd},
                                                    {"maintenanceUsd", b.maintenanceUsd},
                                                    {"powerUsd", b.powerUsd},
                                                    {"spaceUsd", b.spaceUsd},
                                                    {"storageUsd", b.storageUsd},
                                                    {"networkUsd", b.networkUsd},
                                                    {"osLicenceUsd", b.osLicenceUsd},
                                                    {"dbLicenceUsd", b.dbLicenceUsd},
                                                    {"virtualisationUsd", b.virtualisationUsd},
                                                    {"adminLabourUsd", b.adminLabourUsd},
                                                    {"managementUsd", b.managementUsd},
                                                    {"otherCloudBillUsd", b.otherCloudBillUsd},
                                                    {"awsComputeUsd", b.awsComputeUsd},
                                                    {"awsDatabaseUsd", b.awsDatabaseUsd},
                                                    {"awsStorageUsd", b.awsStorageUsd},
                                                    {"awsRelocateHostsUsd", b.awsRelocateHostsUsd},
                                                    {"awsManagementUsd", b.awsManagementUsd},
                                                    {"awsSupportUsd", b.awsSupportUsd},
                                                    {"subscriptionUsd", b.subscriptionUsd},
                                                    {"opsLabourUsd", b.opsLabourUsd},
                                                    {"oneTimeUsd", b.oneTimeUsd}};
    for (const auto& [name, v] : parts) c.cost(p.with(name), v);
}

void phase(Checker& c, const Path& p, const FundingPhase& f) {
    c.cost(p.with("amountUsd"), f.amountUsd);
    c.cost(p.with("uncappedUsd"), f.uncappedUsd);
    c.cost(p.with("basisUsd"), f.basisUsd);
}

} // namespace

std::vector<ValidationError> checkResult(const Result& r, const WorkloadFiguresTally* workloads) {
    std::vector<ValidationError> out;
    if (!r.ok()) return out;
    Checker c(out, monthlyScale(r));
    // The tally vouches for every workload when each is in range and the lowest cost is no lower than noise.
    const bool workloadsClean = workloads != nullptr && workloads->inRange && c.clean(workloads->lowestUsd);
    for (std::size_t i = 0; i < (workloadsClean ? 0 : r.workloads.size()); ++i) {
        const WorkloadResult& w = r.workloads[i];
        if (w.instanceCount >= 0 && w.instanceCount < kCountLimit && std::isfinite(w.neededVcpu) &&
            std::isfinite(w.neededRamGb) && c.clean(w.todayMonthlyUsd) && c.clean(w.awsMonthlyUsd) &&
            c.clean(w.targetMonthlyUsd) && c.clean(w.oneTimeUsd))
            continue; // every workload is checked; only a failing one is walked field by field to name the field
        const Path p("workloads", i);
        c.count(p.with("instanceCount"), w.instanceCount);
        c.finite(p.with("neededVcpu"), w.neededVcpu);
        c.finite(p.with("neededRamGb"), w.neededRamGb);
        c.cost(p.with("todayMonthlyUsd"), w.todayMonthlyUsd);
        c.cost(p.with("awsMonthlyUsd"), w.awsMonthlyUsd);
        c.cost(p.with("targetMonthlyUsd"), w.targetMonthlyUsd);
        c.cost(p.with("oneTimeUsd"), w.oneTimeUsd);
    }
    // Months first: a bad month names the first place it went wrong; the roll-ups repeat it.
    for (std::size_t m = 0; m < r.monthly.size(); ++m) period(c, Path("monthly", m), r.monthly[m]);
    for (std::size_t y = 0; y < r.yearly.size(); ++y) period(c, Path("yearly", y), r.yearly[y]);
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
        const Path p("funding.quarters", q);
        c.cost(p.with("taggedSpendUsd"), qc.taggedSpendUsd);
        c.cost(p.with("earnedUsd"), qc.earnedUsd);
        c.cost(p.with("receivedUsd"), qc.receivedUsd);
    }
    for (std::size_t i = 0; i < r.eligibility.checks.size(); ++i) {
        const EligibilityCheck& e = r.eligibility.checks[i];
        const Path p("eligibility.checks", i);
        c.finite(p.with("measured"), e.measured);
        c.cost(p.with("clearAmount"), e.clearAmount);
    }
    return out;
}

} // namespace est::model
