// model/engine.cpp - estimate(): validate, run the Estimator's steps in order, check the result; support tiers.
//
// The Estimator (estimator.hpp) is one estimate's state; its steps live by concern in estimator_costs.cpp,
// estimator_funding.cpp, estimator_finance.cpp and estimator_traces.cpp. The pipeline, as run() calls it:
//   prepare (prices, constants) -> estateShares -> costWorkload per workload (costs and step changes accumulated as
//   deltas: O(1) per workload, no per-month work) -> buildSeries (one prefix sum per series) -> creditsByQuarter ->
//   eligibility -> fundingLadder -> program mechanics -> bookFunding -> finance -> traces -> fundingProfiles.
// A figures-only estimate (FiguresEstimator) runs the same steps without the text ones.
#include "model/engine.hpp"

#include "model/estimator.hpp"
#include "model/result_check.hpp"
#include "model/validate.hpp"

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>

namespace est::model {

Money supportPlanUsd(SupportPlan plan, Money usage) {
    if (!(usage > 0.0)) return 0.0;
    // Tiered share of the month's usage; the larger of that and the plan's minimum.
    auto tiered = [usage](const double* limits, const double* rates, int n) {
        double total = 0.0, lower = 0.0;
        for (int i = 0; i < n; ++i) {
            const double upper = limits[i];
            if (usage > lower) total += (std::min(usage, upper) - lower) * rates[i];
            lower = upper;
        }
        return total;
    };
    switch (plan) {
    case SupportPlan::Basic:
        return 0.0;
    case SupportPlan::Developer:
        return std::max(29.0, usage * 0.03);
    case SupportPlan::Business: {
        static constexpr double kLimits[] = {10000.0, 80000.0, 250000.0, 1e300};
        static constexpr double kRates[] = {0.10, 0.07, 0.05, 0.03};
        return std::max(100.0, tiered(kLimits, kRates, 4));
    }
    case SupportPlan::Enterprise: {
        static constexpr double kLimits[] = {150000.0, 500000.0, 1000000.0, 1e300};
        static constexpr double kRates[] = {0.10, 0.07, 0.05, 0.03};
        return std::max(15000.0, tiered(kLimits, kRates, 4));
    }
    }
    return 0.0;
}

Result estimate(const Scenario& s) {
    Result r;
    estimateInto(s, r);
    return r;
}

namespace {

// Result::serial of each estimate that costs its workloads.
std::uint64_t nextResultSerial() {
    static std::atomic<std::uint64_t> last{0};
    return ++last;
}

} // namespace

EstateStamp newEstateStamp() {
    static std::atomic<EstateStamp> last{0};
    return ++last;
}

namespace {

// The estate the last clean validation on this thread passed, by stamp, with what its workloads' checks read besides
// them (validateSettings()). The first workload's address and the count are a second check on the caller's word.
struct ValidEstate {
    EstateStamp stamp = 0;
    const Workload* first = nullptr;
    std::size_t count = 0, waves = 0;
    bool pricesMissing = false;
    bool holds(const Scenario& s, EstateStamp estate) const {
        return estate != 0 && estate == stamp && s.workloads.data() == first && s.workloads.size() == count &&
               s.plan.waves.size() == waves && model::pricesMissing(s) == pricesMissing;
    }
};

thread_local ValidEstate t_validEstate;

// The full estimates' buffers, kept between estimates on this thread, as the sizer's memo is (sizing.hpp): an edit
// re-estimates the whole estate, and the buffers, OS classes, application groups and sizing picks mostly carry over.
EstimatorScratch& fullEstimateScratch() {
    thread_local EstimatorScratch scratch;
    return scratch;
}

} // namespace

void estimateInto(const Scenario& s, Result& out) { estimateInto(s, out, 0); }

void estimateInto(const Scenario& s, Result& out, EstateStamp estate) {
    out.errors = t_validEstate.holds(s, estate) ? validateSettings(s) : validate(s);
    if (!out.errors.empty()) {
        t_validEstate = ValidEstate{};
        std::vector<ValidationError> errors = std::move(out.errors);
        out = Result{};
        out.errors = std::move(errors);
        return;
    }
    t_validEstate = {estate, s.workloads.data(), s.workloads.size(), s.plan.waves.size(), pricesMissing(s)};
    WorkloadFiguresTally workloadFigures; // what the check asks of each workload, gathered as they are costed
    estimator::Estimator full(s, out, fullEstimateScratch(), estimator::Detail::Full, estate);
    full.workloadFigures = &workloadFigures;
    full.run();
    // Valid input must give sane figures; a figure that is not becomes an error, never a number.
    if (std::vector<ValidationError> problems = checkResult(out, &workloadFigures); !problems.empty()) {
        out = Result{};
        out.errors = std::move(problems);
    }
}

void estimateValidated(const Scenario& s, Result& out, EstateStamp estate) {
    estimator::Estimator(s, out, fullEstimateScratch(), estimator::Detail::Full, estate).run();
}

FiguresEstimator::FiguresEstimator() : m_scratch(std::make_unique<EstimatorScratch>()) {}
FiguresEstimator::~FiguresEstimator() = default;

void FiguresEstimator::estimate(const Scenario& s, Result& out) {
    estimator::Estimator(s, out, *m_scratch, estimator::Detail::FiguresOnly).run();
}

void FiguresEstimator::reuseSizing(bool on) {
    m_scratch->reuseSizing = on;
    m_scratch->sizingMemos.clear();
    m_scratch->osClassesKept = m_scratch->applicationGroupsKept = m_scratch->estate.kept = false;
}

namespace estimator {

void Estimator::run() {
    out.errors.clear();
    // out.warnings is kept until the workloads' own are written over it (workloadWarning()).
    out.months = n;
    prepare();
    estateShares();
    // What the scratch now holds was found from this estate.
    scratch.estateStamp = estate;
    scratch.estateFirst = s.workloads.data();
    scratch.estateCount = nw;
    startDeltas();
    // The app's edited scenario (given an estate stamp) keeps what its workloads' prices do not change: a slider on a
    // price or a discount then reprices the workloads without costing them again.
    std::optional<EstimatorScratch::FixedSettings> fixedSettings;
    if (estate != 0) fixedSettings = EstimatorScratch::FixedSettings::of(s);
    if (fixedSettings && mayReprice(*fixedSettings)) {
        restoreFixedCosts();
        for (std::size_t i = 0; i < nw; ++i) {
            priceWorkload(i);
            if (workloadFigures) workloadFigures->add(out.workloads[i]);
        }
    } else {
        for (std::size_t i = 0; i < nw; ++i) {
            costWorkload(i);
            priceWorkload(i);
            if (workloadFigures) workloadFigures->add(out.workloads[i]); // while its result is in the cache
        }
        out.serial = nextResultSerial();
        if (fixedSettings)
            keepFixedCosts(std::move(*fixedSettings));
        else
            scratch.fixed.resultSerial = 0;
    }
    out.warnings.resize(workloadWarnings); // what is left of the last estimate's warnings goes
    if (withText) scenarioWarnings();
    // Pricing warnings and the EC2-with-own-licences totals, from the tally of the workloads (aws_pricing.hpp).
    finishPricing(s, out, pricingTally, withText);
    buildSeries();
    creditsByQuarter();
    eligibility();
    fundingLadder();
    program = fundingProgramMechanics(
        s, out, prog.migrationServicesUsd > 0.0 ? prog.migrationServicesUsd : eligibleOneTime, programSpend, withText);
    if (withText) taggingClearTexts();
    bookFunding();
    finance();
    if (withText) traces();
    fundingProfiles();
    out.sizedArrUsd = 12.0 * programSpend.sizedMonthly();
    if (withText) addFundingWarnings(s, out.sizedArrUsd, out);
}

} // namespace estimator
} // namespace est::model
