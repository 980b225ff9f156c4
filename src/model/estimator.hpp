// model/estimator.hpp - private to the engine: one estimate's state, shared by the estimator_*.cpp files.
//
// Tracy's View pattern: one struct, its steps defined by concern in estimator_costs.cpp (prepare -> estateShares ->
// costWorkload and priceWorkload per workload -> buildSeries), estimator_reprice.cpp (what a repricing keeps),
// estimator_funding.cpp (creditsByQuarter -> eligibility -> fundingLadder -> bookFunding -> fundingProfiles),
// estimator_finance.cpp (finance, sanityBand) and estimator_traces.cpp (text only); run() in engine.cpp calls them in
// order. Nothing outside src/model/engine*.cpp and estimator_*.cpp includes it.
#pragma once

#include "model/aws_pricing.hpp"
#include "model/engine.hpp"
#include "model/funding_program.hpp"
#include "model/os_cache.hpp"
#include "model/result_check.hpp"
#include "model/today_cost.hpp"

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::model {

/// The buffers an estimate needs between its steps, kept by a caller that runs many estimates (FiguresEstimator) so
/// that the Monte Carlo, goal seek and the tornado do not allocate them again on every trial.
struct EstimatorScratch {
    std::vector<double> deltas;                                        // kDeltaCount delta arrays of months + 1
    std::vector<double> untagged, late, windowClosed, fundedElsewhere; // monthly credit-window spend by reason
    std::vector<Money> rulesMobilizeByMonth;
    std::vector<Money> capBeforeQuarter;
    ProgramSpend programSpend;
    PricingTally pricingTally; // what finishPricing() needs, gathered by costWorkload
    OsCache osCache;           // by content, so it holds from one scenario to the next
    // Per workload, found once per estimate by estateShares() and read by costWorkload(): what its OS text says and
    // the recommender's proposal.
    struct WorkloadFacts {
        OsClass os;
        Disposition recommended = Disposition::Rehost;
        RecommendationReason reason = RecommendationReason::Default;
    };
    std::vector<WorkloadFacts> facts;
    // Application groups: each workload's group (-1: no application) and, per group, its workloads by disposition.
    std::vector<int> applicationOf;
    std::vector<std::array<int, kDispositionCount>> applicationCounts;
    // Each group's name, copied one after another: a lookup compares against this small block, never reaching back
    // into the estate (at 100,000 workloads a pointer into it was a cache miss per workload).
    std::string applicationNameBytes;
    std::vector<std::uint32_t> applicationNameEnds; // per group, where its name ends in applicationNameBytes
    std::string_view applicationName(std::size_t group) const {
        const std::uint32_t begin = group == 0 ? 0 : applicationNameEnds[group - 1];
        return std::string_view(applicationNameBytes).substr(begin, applicationNameEnds[group] - begin);
    }
    struct ApplicationSlot {
        std::uint32_t tag = 0; // high hash bits, to skip most string compares
        int group = -1;        // -1: empty
    };
    // Open addressing, power-of-two size, at most half full; sized by the groups found, not by the estate.
    std::vector<ApplicationSlot> applicationSlots;
    // applicationOf and the groups are from an earlier estimate: the next one checks that each workload's application
    // is still its group's name (far cheaper than finding the groups again) and redoes only the counts.
    bool applicationGroupsKept = false;
    // FiguresEstimator::reuseSizing(): (the workloads being the same) what their texts say from the first estimate,
    // reused by the next ones: the OS classes in facts, and the application groups without the check.
    bool reuseSizing = false;
    // The caller's stamp of the estate the last estimate read (engine.hpp; 0: none given): an estimate given the same
    // stamp again has the same workloads, and takes their facts as reuseSizing does.
    EstateStamp estateStamp = 0;
    const Workload* estateFirst = nullptr; // and where its workloads were: a second check on the caller's word
    std::size_t estateCount = 0;
    bool sameEstateAs(const Scenario& s, EstateStamp stamp) const {
        return stamp != 0 && stamp == estateStamp && s.workloads.data() == estateFirst &&
               s.workloads.size() == estateCount;
    }
    bool osClassesKept = false; // facts[i].os is from the last estimate's workloads
    // Each workload's sizing from the last estimate, by position, made under sizingSettings: every estimate keeps
    // them while those settings hold, and a workload reuses its memo while its own SizingInputs match it (size()).
    std::vector<SizingMemo> sizingMemos;
    SizingSettings sizingSettings;
    // What estateShares() found the last time and the settings it read besides the workloads: when the workloads are
    // the same (reuseSizing, or the same estate stamp) and those settings unchanged, the next estimate takes the
    // findings (facts, application counts, sums) as they are instead of passing over the estate again.
    struct EstateFindings {
        bool kept = false;
        RecommenderRules recommender; // recommendRules() reads these thresholds
        SourceKind source = SourceKind::OnPremises;
        bool perApplication = false;
        double billWeight = 0.0;
        int paasMoving = 0, relocatedCount = 0;
    };
    EstateFindings estate;
    // Per workload, what priceWorkload() reads from costWorkload() besides the workload's result.
    struct PricingInputs {
        Money subscription = 0.0, opsLabour = 0.0;
        int tagFrom = 0;           // first month its tagged spend counts
        std::uint8_t category = 0; // its Estimator::MapCategory
    };
    std::vector<PricingInputs> pricingInputs;
    // The settings costWorkload() reads: all but the AWS prices and discounts that only priceWorkload() and the steps
    // after the workloads read (FixedSettings::of blanks those).
    struct FixedSettings {
        Settings settings;
        Source source;
        AwsTarget aws;
        std::vector<DispositionRule> rules;
        Plan plan;
        Program program;
        RecommenderRules recommender;
        bool operator==(const FixedSettings&) const = default;
        static FixedSettings of(const Scenario& s);
    };
    // What every workload's costWorkload() added up in the last estimate given an estate stamp, and where: the next
    // estimate of the same workloads into the same Result, under the same FixedSettings (a what-if slider on a price
    // or a discount), takes these sums and the workloads' results as they are and runs priceWorkload() alone.
    struct FixedCosts {
        std::uint64_t resultSerial = 0; // the Result the workloads' results were written into (Result::serial)
        bool withText = false;
        FixedSettings settings;
        Money todayTotal = 0.0, eligibleOneTime = 0.0, steadyOpsLabour = 0.0;
        int eligibleCount = 0, taggedEligibleCount = 0, taggedLateCount = 0, pastSupportCount = 0;
        int liveInHorizon = 0, lastGoLiveMonth = 0;
        std::size_t workloadWarnings = 0;
        CostBreakdown statusQuoByCategory, migrationByCategory;           // the AWS lines left at 0
        std::array<DispositionTotals, kDispositionCount> byDisposition{}; // the AWS totals left at 0
        std::vector<double> deltas; // the delta arrays costWorkload() adds to, one after another
    };
    FixedCosts fixed;
};

namespace estimator {

// Scratch delta arrays of one estimate, months + 1 each.
enum DeltaSeries {
    kLegacy,
    kDual,
    kAwsUsage,
    kRelocateVms,
    kSubscription,
    kOpsLabour,
    kOneTime,
    kTagged,
    kUntagged,
    kLate,
    kWindowClosed,
    kFundedElsewhere,
    kLicencesKept,
    kDeltaCount
};

/// Full: every figure and every text; FiguresOnly: the same figures, computed by the same code, without the text.
enum class Detail { Full, FiguresOnly };

// One estimate's working state. The work is split into small member functions, kept out of line on purpose:
// V8 compiles huge wasm functions with a slower register allocator and tiers them up late (measured 2x).
struct Estimator {
    Estimator(const Scenario& scenario, Result& result, EstimatorScratch& buffers, Detail detail,
              EstateStamp estateStamp = 0)
        : s(scenario), out(result), scratch(buffers), withText(detail == Detail::Full), estate(estateStamp),
          sameEstate(buffers.reuseSizing || buffers.sameEstateAs(scenario, estateStamp)) {}

    const Scenario& s;
    Result& out;
    EstimatorScratch& scratch;
    const bool withText;                             // false: figures only (no traces, warnings, largest lists)
    const EstateStamp estate;                        // the caller's stamp of these workloads (0: none)
    WorkloadFiguresTally* workloadFigures = nullptr; // set: every workload's result is added to it (for checkResult)
    const bool sameEstate;                           // the workloads are those of the estimate that filled the scratch
    const OnPremDrivers& op = s.source.onPrem;
    const AwsTarget& aws = s.aws;
    const Program& prog = s.program;
    Timeline& tl = out.timeline;
    TcoSummary& tco = out.tco;
    FundingLadder& f = out.funding;
    LeftOnTable& left = out.funding.leftOnTable;
    Eligibility& el = out.eligibility;
    const int n = s.settings.horizonYears * 12;
    const std::size_t nw = s.workloads.size();
    const bool onPrem = s.source.kind == SourceKind::OnPremises;

    // prepare()
    std::optional<AwsPricer> pricer; // sizes and prices each workload from the region's catalogue tables
    double spDiscount = 0.0, afterEdp = 1.0, psFactor = 1.0;
    int windowMonths = 0;
    int ruleMonths[kDispositionCount] = {};
    HostRates rates;
    // estateShares()
    double billWeight = 0.0;
    Money hostMonthlyUsd = 0.0, relocateUsdPerWorkload = 0.0;
    // Workloads per (application, disposition) in scratch: they share the rule's effort per application.
    int paasMoving = 0;     // PaaS workloads moving to EC2 / RDS: they share the operations team
    int relocatedCount = 0; // workloads the user chose to relocate
    // costWorkload()
    OsCache& osCache = scratch.osCache;
    std::size_t stride = 0;
    std::vector<double>& deltas = scratch.deltas;
    Money todayTotal = 0.0, projectedMonthly = 0.0, eligibleOneTime = 0.0, steadyOpsLabour = 0.0;
    int eligibleCount = 0, taggedEligibleCount = 0, taggedLateCount = 0, pastSupportCount = 0;
    // buildSeries()
    std::vector<double>& untagged = scratch.untagged;
    std::vector<double>& late = scratch.late;
    std::vector<double>& windowClosed = scratch.windowClosed;
    std::vector<double>& fundedElsewhere = scratch.fundedElsewhere;
    Money arr = 0.0;
    Money steadySupport = 0.0;
    // fundingLadder(): what the cap still allowed before each phase (for the traces)
    Money capBeforeAssess = 0.0, capBeforeMobilize = 0.0, capBeforeCredits = 0.0;
    double leftWithinCap = 1.0; // share of the credit reasons the cap still allowed
    std::vector<Money>& rulesMobilizeByMonth = scratch.rulesMobilizeByMonth; // published rules: Mobilize paid as costed
    Money rulesMobilizeHeldUsd = 0.0; // and what the horizon's costed services never cover
    Money creditsOnGrowthUsd = 0.0;   // creditsByQuarter(), published rules: the articles' growth reading
    std::vector<Money>& capBeforeQuarter = scratch.capBeforeQuarter; // per credit quarter
    // Per workload, for the traces' workload counts and "largest" lines: MAP-eligible (on time, never tagged,
    // tagged late, tagged after the window), funded elsewhere, or none of these.
    enum MapCategory : std::uint8_t {
        kNoMap,
        kOnTime,
        kNeverTagged,
        kLateTag,
        kClosedWindow,
        kElsewhere,
        kCategoryCount
    };
    // The three workloads with the largest monthly AWS spend of one group (ties: scenario order) and its size.
    struct Largest {
        int count = 0;
        int size = 0;
        std::size_t index[3] = {};
        Money value[3] = {};
        void offer(std::size_t i, Money v) {
            ++count;
            int at = size;
            while (at > 0 && value[at - 1] < v) --at;
            if (at >= 3) return;
            for (int k = std::min(size, 2); k > at; --k) {
                index[k] = index[k - 1];
                value[k] = value[k - 1];
            }
            index[at] = i;
            value[at] = v;
            size = std::min(size + 1, 3);
        }
    };
    Largest largestEligible;
    Largest largestIn[kCategoryCount];
    ProgramMechanics program;                          // the program-mechanics profile (funding_program.hpp)
    ProgramSpend& programSpend = scratch.programSpend; // its spend, gathered by costWorkload
    PricingTally& pricingTally = scratch.pricingTally;
    bool programHeadline() const { return prog.headlineProfile == FundingProfile::ProgramMechanics; }

    double* d(int series) { return deltas.data() + stride * static_cast<std::size_t>(series); }
    double hostsFor(double vms) const { return vms > 0.0 ? std::ceil(vms / aws.relocateVmsPerHost - 1e-9) : 0.0; }

    void run();
    [[gnu::noinline]] void prepare();
    [[gnu::noinline]] void estateShares();
    // The group of an application name, a new one the first time the name is seen (startApplicationGroups()).
    int applicationGroup(std::string_view name);
    void startApplicationGroups();
    // estateShares()'s loop over the workloads; false (cut short) when checkGroups finds a kept group no longer holds.
    bool estatePass(bool perApplication, bool groupsKept, bool checkGroups, bool osClassesKept);
    // The workloads sharing workload i's application effort (itself included).
    int applicationShareCount(std::size_t i, Disposition d) const;
    void startDeltas();
    // Costs, timeline and MAP of one workload; everything time-dependent goes into the deltas. costWorkload() does
    // all that does not depend on AWS prices and discounts (and sizes the workload), priceWorkload() the rest.
    [[gnu::noinline]] void costWorkload(std::size_t i);
    [[gnu::noinline]] void priceWorkload(std::size_t i);
    // Whether this estimate may reprice: the scratch's FixedCosts are those of these workloads under these settings,
    // written into this Result (estateShares() found the workloads' facts and sizing memos kept).
    bool mayReprice(const EstimatorScratch::FixedSettings& settings) const;
    bool findingsKept = false, memosKept = false; // estateShares()
    void keepFixedCosts(EstimatorScratch::FixedSettings&& settings);
    void restoreFixedCosts();
    // A warning about workload i's `field` (path "workloads[i].field"), written over the last estimate's warning at
    // the same place when there is one: it reuses that one's strings (a slider re-estimates every frame, and a large
    // estate has hundreds of these). The warnings of the workloads come first; run() drops the last estimate's others.
    std::size_t workloadWarnings = 0; // how many this estimate has written
    void workloadWarning(const char* id, std::size_t i, const char* field, const char* text);
    // Warnings about the whole scenario (each workload's own are added as it is costed).
    void scenarioWarnings();
    [[gnu::noinline]] void buildSeries();
    [[gnu::noinline]] void creditsByQuarter();
    [[gnu::noinline]] void eligibility();
    [[gnu::noinline]] void fundingLadder();
    // The tagging checks name the credits at stake as the headline's money left on the table does (within the cap, the
    // same reasons), not the credit rate on all the spend concerned.
    [[gnu::noinline]] void taggingClearTexts();
    // The headline profile's funding goes into the monthly cash flow (the other is reported beside it).
    [[gnu::noinline]] void bookFunding();
    // Both profiles' summaries; the headline's ladder and traces become Result::funding and its funding traces.
    [[gnu::noinline]] void fundingProfiles();
    [[gnu::noinline]] void finance();
    // Today's cost by category (largest first) and the run-rate savings against the sourced band, naming the
    // category that drives a result outside it.
    [[gnu::noinline]] void sanityBand();
    std::string workloadName(std::size_t i) const;
    // "largest: <name>" terms (USD/month, informational: no recipe uses them) and the matching notes.
    void addLargest(Trace& t, const Largest& top) const;
    [[gnu::noinline]] void traces();
    // One trace per horizon year: net cash flow = today's cost - migration-scenario costs + funding.
    [[gnu::noinline]] void tcoYearTraces();
    // One trace per quarter of tagged spend: credit share x spend above the cumulative minimum, then the cap,
    // the release lag and the verdict.
    [[gnu::noinline]] void creditQuarterTraces();
    // One trace per reason of LeftOnTable (LeftOnTableReason order) and one for the total.
    [[gnu::noinline]] void leftOnTableTraces();
    // One trace per eligibility check: measured value against its minimum (or maximum), the status, what clears it.
    [[gnu::noinline]] void eligibilityTraces();
};

} // namespace estimator
} // namespace est::model
