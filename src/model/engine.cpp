// model/engine.cpp - estimate(): today's cost, AWS sizing, 7-Rs, timeline, series, MAP ladder, eligibility.
//
// [SECTION] helpers: months, OS detection cache, support tiers, recommender rules
// [SECTION] Estimator: one estimate's state, run step by step -
//           prepare (prices, constants) -> estateShares -> costWorkload per workload (costs and step
//           changes accumulated as deltas: O(1) per workload, no per-month work) -> buildSeries (one prefix
//           sum per series) -> creditsByQuarter -> eligibility -> fundingLadder -> finance -> traces
#include "model/aws_pricing.hpp"
#include "model/engine.hpp"

#include "model/assumptions.hpp"
#include "model/aws_management.hpp"
#include "model/checked_int.hpp"
#include "model/delta_range.hpp"
#include "model/format.hpp"
#include "model/funding_program.hpp"
#include "model/licences.hpp"
#include "model/os_cache.hpp"
#include "model/today_cost.hpp"
#include "model/payback.hpp"
#include "model/result_check.hpp"

#include <algorithm>
#include <limits>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>
#include <unordered_map>

namespace est::model {
namespace {

constexpr double kHoursPerMonth = 730.0;

// [SECTION] helpers ---------------------------------------------------------------------------------------

int weeksToMonthsCeil(double weeks) { return ceilToCount(weeks * 12.0 / 52.0 - 1e-9); }

int clampMonth(int m, int n) { return m < 0 ? 0 : (m > n ? n : m); }

bool migratesToAws(Disposition d) {
    return d == Disposition::Rehost || d == Disposition::Relocate || d == Disposition::Replatform ||
           d == Disposition::Refactor;
}

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

TraceTerm term(std::string label, double value, std::string unit) {
    return TraceTerm{std::move(label), value, std::move(unit)};
}

Trace makeTrace(std::string figureLabel, std::string formula, std::vector<TraceTerm> terms) {
    Trace t;
    t.figureLabel = std::move(figureLabel);
    t.formula = std::move(formula);
    t.terms = std::move(terms);
    return t;
}

// Scratch buffers of one estimate; delta arrays of size months + 1.
enum DeltaSeries {
    kLegacy, kDual, kAwsUsage, kRelocateVms, kSubscription, kOpsLabour, kOneTime, kTagged,
    kUntagged, kLate, kWindowClosed, kFundedElsewhere, kLicencesKept, kDeltaCount
};

void addScaled(CostBreakdown& c, const TodayParts& t, double months) {
    c.hardwareUsd += t.hardware * months;
    c.maintenanceUsd += t.maintenance * months;
    c.powerUsd += t.power * months;
    c.spaceUsd += t.space * months;
    c.storageUsd += t.storage * months;
    c.networkUsd += t.network * months;
    c.osLicenceUsd += t.osLic * months;
    c.dbLicenceUsd += t.dbLic * months;
    c.virtualisationUsd += t.virt * months;
    c.adminLabourUsd += t.labour * months;
    c.managementUsd += t.management * months;
    c.otherCloudBillUsd += t.bill * months;
}

} // namespace

// [SECTION] public helpers ------------------------------------------------------------------------------------

bool isWindowsOs(std::string_view os) { return containsIgnoreCase(os, "windows"); }

bool isUnsupportedOs(std::string_view os) {
    static constexpr std::string_view kEnded[] = {
        "windows server 2003", "windows server 2008", "windows server 2012", "windows 2003", "windows 2008",
        "windows 2012", "windows xp", "windows 7", "centos linux", "centos 4", "centos 5", "centos 6",
        "centos 7", "centos 8", "red hat enterprise linux 5", "red hat enterprise linux 6", "rhel 5", "rhel 6",
        "suse linux enterprise 11", "sles 11", "ubuntu 14", "ubuntu 16", "debian 8", "debian 9"};
    for (std::string_view n : kEnded)
        if (containsIgnoreCase(os, n)) return true;
    return false;
}

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
    case SupportPlan::Basic: return 0.0;
    case SupportPlan::Developer: return std::max(29.0, usage * 0.03);
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

std::string_view verdictName(Verdict v) {
    switch (v) {
    case Verdict::NotEligible: return "Not eligible";
    case Verdict::MapLite: return "MAP Lite";
    case Verdict::Map: return "MAP";
    case Verdict::Borderline: return "Borderline";
    }
    return "";
}

double verdictLevel(Verdict v) {
    switch (v) {
    case Verdict::NotEligible: return 0.0;
    case Verdict::Borderline: return 0.5;
    case Verdict::MapLite: return 1.0;
    case Verdict::Map: return 2.0;
    }
    return 0.0;
}

std::string_view fundingProfileName(FundingProfile p) {
    return p == FundingProfile::ProgramMechanics ? "program mechanics (AWS partner templates, 2024)"
                                                 : "published rules of thumb (domain articles)";
}

std::string_view mapExclusionName(MapExclusion e) {
    switch (e) {
    case MapExclusion::None: return "MAP-eligible";
    case MapExclusion::NotMigrating: return "not migrating to AWS";
    case MapExclusion::NotAwsSpend: return "replaced by a subscription (not AWS spend)";
    case MapExclusion::FundedElsewhere: return "funded by another program";
    }
    return "";
}

namespace {

// The recommender's rules, in priority order; `unsupportedOs` comes from the caller (cached per OS string).
Disposition recommendRules(const Scenario& s, const Workload& w, bool unsupportedOs, RecommendationReason& reason) {
    if (w.powerState != PowerState::On) {
        reason = RecommendationReason::PoweredOff;
        return Disposition::Retire;
    }
    if (w.cpuUtilP95Pct && w.memUtilP95Pct && *w.cpuUtilP95Pct < s.recommender.idleCpuPct &&
        *w.memUtilP95Pct < s.recommender.idleMemPct) {
        reason = RecommendationReason::Idle;
        return Disposition::Retire;
    }
    if (w.kind == WorkloadKind::ManagedDatabase) {
        reason = RecommendationReason::ManagedDatabase;
        return Disposition::Replatform;
    }
    if (w.database != DatabaseEngine::None) {
        reason = RecommendationReason::Database;
        return Disposition::Replatform;
    }
    // An OS past end of support is a flag (extended support or an upgrade), not a reason to rebuild the application.
    if (unsupportedOs) {
        reason = RecommendationReason::UnsupportedOs;
        return Disposition::Rehost;
    }
    reason = RecommendationReason::Default;
    return Disposition::Rehost;
}

} // namespace

Disposition recommend(const Scenario& s, const Workload& w, RecommendationReason& reason) {
    return recommendRules(s, w, isUnsupportedOs(w.os), reason);
}

std::string recommendationText(const Scenario& s, const WorkloadResult& r, std::size_t index) {
    const Workload* w = index < s.workloads.size() ? &s.workloads[index] : nullptr;
    static constexpr const char* kEngines[] = {"no database", "MySQL", "PostgreSQL", "SQL Server", "Oracle",
                                               "a database"};
    switch (r.reason) {
    case RecommendationReason::PoweredOff:
        return "Retire: powered off or suspended, so nobody depends on it at run time (confirm with the owner).";
    case RecommendationReason::Idle:
        return "Retire: idle, p95 CPU " + formatPct(w && w->cpuUtilP95Pct ? *w->cpuUtilP95Pct : 0.0) +
               " and memory " + formatPct(w && w->memUtilP95Pct ? *w->memUtilP95Pct : 0.0) + " are below " +
               formatPct(s.recommender.idleCpuPct) + " / " + formatPct(s.recommender.idleMemPct) + ".";
    case RecommendationReason::ManagedDatabase:
        return "Replatform: already a managed database, so it lands on a managed database service (Amazon RDS).";
    case RecommendationReason::Database:
        return std::string("Replatform: runs ") + kEngines[w ? static_cast<int>(w->database) : 5] +
               "; a managed database (Amazon RDS) removes patching and backups from the admins' work.";
    case RecommendationReason::UnsupportedOs:
        return "Rehost, and plan the OS upgrade: " + (w ? w->os : std::string("its OS")) +
               " is past end of support (pay for extended support or upgrade it in place, before or after the move).";
    case RecommendationReason::Default: {
        std::string t = "Rehost: runs as is";
        const PriceCatalogue* c = s.aws.catalogue.get();
        if (c != nullptr && r.instanceIndex >= 0 && static_cast<std::size_t>(r.instanceIndex) < c->instances.size()) {
            const InstanceSpec& it = c->instances[static_cast<std::size_t>(r.instanceIndex)];
            t += " on a right-sized " + it.type + " (" + std::to_string(it.vcpu) + " vCPU, " +
                 formatNumber(it.memoryGib) + " GiB) for " + formatNumber(r.neededVcpu) + " vCPU / " +
                 formatNumber(r.neededRamGb) + " GiB needed";
        }
        return t + ".";
    }
    }
    return "";
}

// [SECTION] estimate -----------------------------------------------------------------------------------------

Result estimate(const Scenario& s) {
    Result r;
    estimateInto(s, r);
    return r;
}

void estimateInto(const Scenario& s, Result& out) {
    out.errors = validate(s);
    if (!out.errors.empty()) {
        std::vector<ValidationError> errors = std::move(out.errors);
        out = Result{};
        out.errors = std::move(errors);
        return;
    }
    estimateValidated(s, out);
    // Valid input must give sane figures; a figure that is not becomes an error, never a number.
    if (std::vector<ValidationError> problems = checkResult(out); !problems.empty()) {
        out = Result{};
        out.errors = std::move(problems);
    }
}

namespace {

// One estimate's working state. The work is split into small member functions, kept out of line on purpose:
// V8 compiles huge wasm functions with a slower register allocator and tiers them up late (measured 2x).
struct Estimator {
    Estimator(const Scenario& scenario, Result& result) : s(scenario), out(result) {}

    const Scenario& s;
    Result& out;
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
    std::optional<AwsPricer> pricer;            // sizes and prices each workload from the region's catalogue tables
    double spDiscount = 0.0, afterEdp = 1.0, psFactor = 1.0;
    int windowMonths = 0;
    int ruleMonths[kDispositionCount] = {};
    HostRates rates;
    // estateShares()
    double billWeight = 0.0;
    Money hostMonthlyUsd = 0.0, relocateUsdPerWorkload = 0.0;
    // Workloads per (application, disposition): they share the rule's effort per application.
    std::unordered_map<std::string_view, std::array<int, kDispositionCount>> applicationCounts;
    int paasMoving = 0;                         // PaaS workloads moving to EC2 / RDS: they share the operations team
    // costWorkload()
    OsCache osCache;                            // lives as long as the Scenario's strings it points into
    std::size_t stride = 0;
    std::vector<double> deltas;
    Money todayTotal = 0.0, projectedMonthly = 0.0, eligibleOneTime = 0.0, steadyOpsLabour = 0.0;
    int eligibleCount = 0, taggedEligibleCount = 0, taggedLateCount = 0, pastSupportCount = 0;
    // buildSeries()
    std::vector<double> untagged, late, windowClosed, fundedElsewhere;
    Money arr = 0.0;
    Money steadySupport = 0.0;
    // fundingLadder(): what the cap still allowed before each phase (for the traces)
    Money capBeforeAssess = 0.0, capBeforeMobilize = 0.0, capBeforeCredits = 0.0;
    double leftWithinCap = 1.0;                 // share of the credit reasons the cap still allowed
    std::vector<Money> rulesMobilizeByMonth;    // published rules: Mobilize paid as its services are costed
    Money rulesMobilizeHeldUsd = 0.0;           // and what the horizon's costed services never cover
    Money creditsOnGrowthUsd = 0.0;             // creditsByQuarter(), published rules: the articles' growth reading
    std::vector<Money> capBeforeQuarter;        // per credit quarter
    // Per workload, for the traces' workload counts and "largest" lines: MAP-eligible (on time, never tagged,
    // tagged late, tagged after the window), funded elsewhere, or none of these.
    enum MapCategory : std::uint8_t { kNoMap, kOnTime, kNeverTagged, kLateTag, kClosedWindow, kElsewhere, kCategoryCount };
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
    ProgramMechanics program;                   // the program-mechanics profile (funding_program.hpp)
    ProgramSpend programSpend;                  // its spend, gathered by costWorkload
    bool programHeadline() const { return prog.headlineProfile == FundingProfile::ProgramMechanics; }

    double* d(int series) { return deltas.data() + stride * static_cast<std::size_t>(series); }
    double hostsFor(double vms) const { return vms > 0.0 ? std::ceil(vms / aws.relocateVmsPerHost - 1e-9) : 0.0; }

    void run() {
        out.errors.clear();
        out.warnings.clear();
        out.months = n;
        prepare();
        estateShares();
        startDeltas();
        for (std::size_t i = 0; i < nw; ++i) costWorkload(i);
        scenarioWarnings();
        finishPricing(s, out); // pricing warnings and the EC2-with-own-licences totals (aws_pricing.hpp)
        buildSeries();
        creditsByQuarter();
        eligibility();
        fundingLadder();
        program = fundingProgramMechanics(s, out, prog.migrationServicesUsd > 0.0 ? prog.migrationServicesUsd : eligibleOneTime,
                                          programSpend);
        taggingClearTexts();
        bookFunding();
        finance();
        traces();
        fundingProfiles();
        out.sizedArrUsd = 12.0 * programSpend.sizedMonthly();
        addFundingWarnings(s, out.sizedArrUsd, out);
    }

    [[gnu::noinline]] void prepare() {
        // Timeline.
        tl.assessEndMonth = weeksToMonthsCeil(s.plan.assessWeeks);
        tl.mobilizeEndMonth = weeksToMonthsCeil(s.plan.assessWeeks + s.plan.mobilizeWeeks);
        tl.waveGoLiveMonth.resize(s.plan.waves.size());
        for (std::size_t i = 0; i < s.plan.waves.size(); ++i)
            tl.waveGoLiveMonth[i] = s.plan.waves[i].startMonth + s.plan.waves[i].lengthMonths;
        tl.lastGoLiveMonth = 0;

        pricer.emplace(s);

        spDiscount = 0.0;
        if (aws.pricingModel == PricingModel::SavingsPlan1Year) spDiscount = aws.savingsPlan1YearPct;
        if (aws.pricingModel == PricingModel::SavingsPlan3Year) spDiscount = aws.savingsPlan3YearPct;
        afterEdp = (1.0 - aws.enterpriseDiscountPct) * aws.regionMultiplier;
        psFactor = 1.0 - prog.professionalServicesDiscountPct;
        windowMonths = roundToCount(prog.creditWindowMonths.expected);
        for (int k = 0; k < kDispositionCount; ++k)
            ruleMonths[k] = weeksToMonthsCeil(s.rules[static_cast<std::size_t>(k)].durationWeeks);
        rates = hostRates(op);

    }

    [[gnu::noinline]] void estateShares() {
        // Pass 1, what one workload's cost needs from the whole estate: OtherCloud / Paas bill weights and the
        // Relocate host count. The recommender never proposes Relocate (recommendRules), so only a disposition
        // the user chose relocates: no OS or recommendation is needed here (costWorkload resolves them).
        // The results keep their storage between estimates; costWorkload resets each one as it fills it.
        out.workloads.resize(nw);
        billWeight = 0.0;
        int relocated = 0;
        for (std::size_t i = 0; i < nw; ++i) {
            const Workload& w = s.workloads[i];
            if (!w.monthlyCostOverrideUsd) billWeight += std::max(w.vcpu, 1);
            if (w.disposition == Disposition::Relocate) ++relocated;
        }
        countApplications();
        // Relocate is host-based: each month pays ceil(live relocated VMs / VMs per host) hosts (see the series);
        // a workload's steady-state share (for ARR and credits) is the steady host cost / relocated VMs.
        const DispositionRule& relocateRule = s.rules[static_cast<std::size_t>(Disposition::Relocate)];
        hostMonthlyUsd = aws.relocateHostUsdPerHour * kHoursPerMonth * (1.0 - spDiscount) * afterEdp *
                                     relocateRule.runRateFactor;
        relocateUsdPerWorkload = relocated > 0 ? hostsFor(relocated) * hostMonthlyUsd / relocated : 0.0;

    }

    // How many workloads of each application move by each disposition, when a rule prices effort per application
    // (a workload with no application is an application of its own). The OS classes cached here serve costWorkload.
    // The PaaS workloads that move to EC2 / RDS are counted here too: they share the stack's operations.
    void countApplications() {
        applicationCounts.clear();
        paasMoving = 0;
        bool perApplication = false;
        for (const DispositionRule& r : s.rules) perApplication = perApplication || r.oneTimeUsdPerApplication != 0.0;
        const bool paas = s.source.kind == SourceKind::Paas;
        if (!perApplication && !paas) return;
        for (const Workload& w : s.workloads) {
            if (w.application.empty() && !paas) continue;
            RecommendationReason reason;
            const Disposition d = w.disposition ? *w.disposition : recommendRules(s, w, osCache.classify(w.os).unsupported, reason);
            if (paas && (d == Disposition::Rehost || d == Disposition::Replatform)) ++paasMoving;
            if (w.application.empty()) continue;
            auto [it, added] = applicationCounts.try_emplace(w.application);
            if (added) it->second.fill(0);
            ++it->second[static_cast<std::size_t>(d)];
        }
    }

    // The workloads sharing workload w's application effort (itself included).
    int applicationShareCount(const Workload& w, Disposition d) const {
        if (w.application.empty()) return 1;
        const auto it = applicationCounts.find(w.application);
        return it == applicationCounts.end() ? 1 : std::max(1, it->second[static_cast<std::size_t>(d)]);
    }

    void startDeltas() {
        // Delta arrays.
        stride = static_cast<std::size_t>(n) + 1;
        deltas.assign(stride * kDeltaCount, 0.0);

        tco = TcoSummary{};
        todayTotal = projectedMonthly = eligibleOneTime = steadyOpsLabour = 0.0;
        eligibleCount = taggedEligibleCount = taggedLateCount = pastSupportCount = 0;
        largestEligible = Largest{};
        for (Largest& l : largestIn) l = Largest{};
        programSpend.start(s, tl, n);
    }

    // Costs, timeline and MAP of one workload; everything time-dependent goes into the deltas.
    [[gnu::noinline]] void costWorkload(std::size_t i) {
        const Workload& w = s.workloads[i];
        WorkloadResult& wr = out.workloads[i];
        static_assert(std::is_trivially_destructible_v<WorkloadResult>);
        std::construct_at(&wr); // a fresh result in place (assigning a temporary builds it twice)
        const OsClass os = osCache.classify(w.os);
        wr.recommended = recommendRules(s, w, os.unsupported, wr.reason);
        wr.dispositionFromUser = w.disposition.has_value();
        wr.effective = w.disposition ? *w.disposition : wr.recommended;
        const DispositionRule& rule = s.rules[static_cast<std::size_t>(wr.effective)];

        // Today's cost: on premises, the workload's host share, storage and licences (today_cost.hpp, licences.hpp);
        // elsewhere the bill (or the override). Licences are computed on every source: BYOL carries them.
        const double share = onPrem && w.powerState == PowerState::On && !w.monthlyCostOverrideUsd
                                 ? hostShare(rates, w.vcpu, w.ramGb) * todayCopies(w) : 0.0; // a standby's host too
        wr.hostShare = share;
        const TodayLicences lic = todayLicences(op, w, os.family, share);
        const double primaryStorageGb = pricedStorageGb(s.source.storageBasis, w); // what backups copy, on both sides
        const double storageGb = primaryStorageGb * todayCopies(w);
        TodayParts t;
        if (w.monthlyCostOverrideUsd) {
            t.bill = *w.monthlyCostOverrideUsd;
        } else if (!onPrem) {
            t.bill = billWeight > 0.0 ? s.source.monthlyBillUsd * std::max(w.vcpu, 1) / billWeight : 0.0;
        } else {
            t = onPremParts(op, rates, share, storageGb);
            t.management += backupTodayUsd(op, w, primaryStorageGb);
            t.osLic = lic.osUsd;
            t.dbLic = lic.dbUsd;
            wr.todayLicenceMonthlyUsd = t.osLic + t.dbLic + t.virt;
        }
        const Money today = t.total();
        wr.todayMonthlyUsd = today;
        todayTotal += today;

        // AWS side.
        Money compute = 0.0, database = 0.0, storage = 0.0, hosts = 0.0, management = 0.0, subscription = 0.0, opsLabour = 0.0;
        Money licencesKept = 0.0;
        LicenceTarget licenceTarget = LicenceTarget::None;
        const Disposition disp = wr.effective;
        if (disp == Disposition::Rehost || disp == Disposition::Replatform || disp == Disposition::Refactor) {
            const bool managedDb = disp == Disposition::Replatform &&
                                   (w.kind == WorkloadKind::ManagedDatabase || w.database != DatabaseEngine::None);
            if (w.vcpu > 0 && w.ramGb > 0.0 && pricer->ready()) {
                const WorkloadAwsCost c = pricer->price(w, os.family, managedDb, wr);
                // A catalogue rate is the rate: only Refactor, which has no catalogue price for the redesigned
                // application, carries the rule's run-rate factor (a rule of thumb, named in the reports).
                const double factor = disp == Disposition::Refactor ? rule.runRateFactor : 1.0;
                wr.ec2ByolAlternativeMonthlyUsd = pricer->ec2ByolAlternative(w, os.family, wr);
                compute = c.compute * factor;
                database = c.database * factor;
                storage = c.storage * factor;
                // Licences on AWS (licences.hpp): licence-included ones are in the catalogue's rate (nothing added);
                // bring-your-own licences continue outside AWS.
                licenceTarget = wr.priceKey.rds ? LicenceTarget::Rds : LicenceTarget::Ec2;
                wr.licenceIncludedMonthlyUsd = c.licenceIncluded * factor;
                if (!wr.priceKey.rds) management = awsManagementFor(aws, w, primaryStorageGb, afterEdp).total();
                const double awsVcpu = wr.instanceIndex >= 0
                                           ? static_cast<double>(wr.instanceCount) *
                                                 aws.catalogue->instances[static_cast<std::size_t>(wr.instanceIndex)].vcpu
                                           : 0.0;
                licencesKept = afterLicences(op, w, os.family, licenceTarget, awsVcpu, lic, t.virt).keptUsd();
            } else {
                // Unsized managed service (no vCPU / RAM, or no price table): like-for-like at today's cost.
                compute = today * rule.runRateFactor;
            }
        } else if (disp == Disposition::Relocate) {
            hosts = relocateUsdPerWorkload;
            management = awsManagementFor(aws, w, primaryStorageGb, afterEdp).total();
            licenceTarget = LicenceTarget::Relocate;
            licencesKept = afterLicences(op, w, os.family, licenceTarget, 0.0, lic, t.virt).keptUsd();
        } else if (disp == Disposition::Repurchase) {
            // The subscription replaces the application's licences and its share of operations (no ops labour
            // after): users x price per user-month, else the rule's factor x today's licences on premises; a cloud
            // or PaaS bill is all consumption, so there the factor applies to the workload's share of the bill.
            if (rule.subscriptionUsdPerUserMonth > 0.0 && w.users)
                subscription = *w.users * rule.subscriptionUsdPerUserMonth;
            else if (onPrem && !w.monthlyCostOverrideUsd)
                subscription = rule.runRateFactor * (lic.osUsd + lic.dbUsd + t.virt);
            else
                subscription = rule.runRateFactor * today;
            if (subscription <= 0.0)
                out.warnings.push_back({"repurchase_unpriced", "workloads[" + std::to_string(i) + "].users",
                                        "Repurchase has no subscription price: give the users and a price per user-month, "
                                        "or the licences it replaces"});
        }
        if (onPrem && migratesToAws(disp))
            opsLabour = t.labour * (1.0 + aws.opsLabourChangePct) * rule.opsLabourFactor;
        // A PaaS workload moved to EC2 or RDS picks up the operations the platform included: its share of the
        // engineers who run the moved stack; a move between clouds keeps today's labour, outside the bill.
        if (s.source.kind == SourceKind::Paas && (disp == Disposition::Rehost || disp == Disposition::Replatform))
            opsLabour = s.source.paasOperationsFte * op.adminUsdPerYear / 12.0 / std::max(paasMoving, 1);
        if (os.unsupported && migratesToAws(disp)) ++pastSupportCount;
        if (const char* mismatch = licenceMismatch(w, os.family, licenceTarget))
            out.warnings.push_back({"licence_mismatch", "workloads[" + std::to_string(i) + "].licence", mismatch});
        const Money awsMonthly = compute + database + storage + hosts + management;
        wr.awsMonthlyUsd = awsMonthly;
        wr.awsManagementMonthlyUsd = management;
        wr.licencesKeptMonthlyUsd = licencesKept;
        wr.targetMonthlyUsd = awsMonthly + subscription + opsLabour + licencesKept;
        // Migration labour: the per-server rate plus this workload's share of its application's effort.
        const double applicationShare =
            rule.oneTimeUsdPerApplication != 0.0 ? rule.oneTimeUsdPerApplication / applicationShareCount(w, disp) : 0.0;
        wr.oneTimeUsd = (rule.oneTimeUsdPerWorkload + applicationShare) * psFactor;

        // Timeline.
        const bool hasWave = w.wave >= 1 && static_cast<std::size_t>(w.wave) <= s.plan.waves.size();
        const Wave* wave = hasWave ? &s.plan.waves[static_cast<std::size_t>(w.wave - 1)] : nullptr;
        const int start = wave ? wave->startMonth : 0;
        const int effort = std::max(wave ? wave->lengthMonths : 0, ruleMonths[static_cast<int>(disp)]);
        int goLive = start + effort;
        int legacyEnd = goLive;
        if (disp == Disposition::Retain) {
            goLive = n;
            legacyEnd = n;
        } else if (disp != Disposition::Retire) {
            legacyEnd = goLive + (wave ? wave->dualRunningMonths : 0);
        }
        wr.waveStartMonth = start;
        wr.goLiveMonth = goLive;
        wr.legacyEndMonth = legacyEnd;
        if (disp != Disposition::Retain) tl.lastGoLiveMonth = std::max(tl.lastGoLiveMonth, goLive);
        if (disp != Disposition::Retain && goLive < n) ++tco.liveInHorizon;

        addRange(d(kLegacy), n, 0, legacyEnd, today);
        if (disp != Disposition::Retire && disp != Disposition::Retain) addRange(d(kDual), n, goLive, legacyEnd, today);
        if (disp == Disposition::Relocate) {
            addRange(d(kRelocateVms), n, goLive, n, 1.0); // hosts are paid per whole host (buildSeries)
            addRange(d(kAwsUsage), n, goLive, n, management);
        } else {
            addRange(d(kAwsUsage), n, goLive, n, awsMonthly);
        }
        addRange(d(kSubscription), n, goLive, n, subscription);
        addRange(d(kOpsLabour), n, goLive, n, opsLabour);
        addRange(d(kLicencesKept), n, goLive, n, licencesKept);
        steadyOpsLabour += opsLabour;
        Money oneTimeInHorizon = 0.0;
        if (wr.oneTimeUsd != 0.0) {
            const int end = disp == Disposition::Retain ? start + effort : goLive;
            if (end > start) {
                const double rate = wr.oneTimeUsd / (end - start);
                addRange(d(kOneTime), n, start, end, rate);
                oneTimeInHorizon = rate * (clampMonth(end, n) - clampMonth(start, n));
            } else {
                addRange(d(kOneTime), n, start, start + 1, wr.oneTimeUsd);
                oneTimeInHorizon = start < n && start >= 0 ? wr.oneTimeUsd : 0.0;
            }
        }

        // MAP.
        const bool toAws = migratesToAws(disp);
        wr.mapExclusion = !toAws ? (disp == Disposition::Repurchase ? MapExclusion::NotAwsSpend
                                                                    : MapExclusion::NotMigrating)
                                 : (w.fundedElsewhere ? MapExclusion::FundedElsewhere : MapExclusion::None);
        wr.mapEligible = wr.mapExclusion == MapExclusion::None;
        const int windowEnd = goLive + windowMonths;
        wr.creditWindowEndMonth = windowEnd;
        wr.creditFromMonth = windowEnd;
        std::uint8_t category = kNoMap;
        if (wr.mapEligible) {
            ++eligibleCount;
            projectedMonthly += awsMonthly;
            eligibleOneTime += wr.oneTimeUsd;
            category = kOnTime;
            if (w.mapTagged) {
                ++taggedEligibleCount;
                const int tagFrom = std::max(goLive, w.taggedFromMonth.value_or(goLive));
                wr.creditFromMonth = std::min(tagFrom, windowEnd);
                addRange(d(kTagged), n, tagFrom, windowEnd, awsMonthly);
                if (tagFrom > goLive) {
                    ++taggedLateCount;
                    if (tagFrom < windowEnd) {
                        addRange(d(kLate), n, goLive, tagFrom, awsMonthly);
                        category = kLateTag;
                    } else {
                        addRange(d(kWindowClosed), n, goLive, windowEnd, awsMonthly);
                        category = kClosedWindow;
                    }
                }
            } else {
                addRange(d(kUntagged), n, goLive, windowEnd, awsMonthly);
                category = kNeverTagged;
            }
        } else if (wr.mapExclusion == MapExclusion::FundedElsewhere) {
            addRange(d(kFundedElsewhere), n, goLive, windowEnd, awsMonthly);
            category = kElsewhere;
        }
        // The largest workloads of each category, for the traces (offered in scenario order: ties keep it).
        if (category != kNoMap) {
            if (category != kElsewhere) largestEligible.offer(i, awsMonthly);
            largestIn[category].offer(i, awsMonthly);
        }

        // Horizon totals by category and disposition (closed form: monthly x months paid).
        const double legacyMonths = clampMonth(legacyEnd, n);
        const double targetMonths = n - clampMonth(goLive, n);
        addScaled(tco.statusQuoByCategory, t, n);
        addScaled(tco.migrationByCategory, t, legacyMonths);
        CostBreakdown& mc = tco.migrationByCategory;
        mc.awsComputeUsd += compute * targetMonths;
        mc.awsDatabaseUsd += database * targetMonths;
        mc.awsStorageUsd += storage * targetMonths;
        mc.awsManagementUsd += management * targetMonths;
        // awsRelocateHostsUsd comes from the monthly host count below.
        mc.subscriptionUsd += subscription * targetMonths;
        mc.opsLabourUsd += opsLabour * targetMonths;
        mc.licencesKeptUsd += licencesKept * targetMonths;
        mc.oneTimeUsd += oneTimeInHorizon;
        DispositionTotals& dt = tco.byDisposition[static_cast<std::size_t>(disp)];
        ++dt.workloads;
        dt.todayMonthlyUsd += today;
        dt.targetMonthlyUsd += disp == Disposition::Retain ? today : wr.targetMonthlyUsd;
        dt.awsMonthlyUsd += awsMonthly;
        dt.oneTimeUsd += wr.oneTimeUsd;
        dt.horizonLegacyUsd += today * legacyMonths;
        dt.horizonTargetUsd += wr.targetMonthlyUsd * targetMonths;
        programSpend.add(w, wr); // the program-mechanics profile's eligible spend (funding_program.hpp)
    }

    // Warnings about the whole scenario (each workload's own are added as it is costed).
    void scenarioWarnings() {
        if (const int asked = s.settings.horizonRequestedYears; asked > 0 && asked != s.settings.horizonYears)
            out.warnings.push_back({"horizon_adjusted", "settings.horizonYears",
                                    "The file asks for a " + std::to_string(asked) + "-year horizon; this estimate covers " +
                                        std::to_string(s.settings.horizonYears) + " years (the horizons offered are 3 and 5)."});
        if (pastSupportCount > 0)
            out.warnings.push_back({"os_past_end_of_support", "",
                                    std::to_string(pastSupportCount) + (pastSupportCount == 1 ? " workload runs" : " workloads run") +
                                        " an operating system past end of support: they move as they are; budget extended "
                                        "support or an upgrade for them (no cost is included for it)."});
    }

    [[gnu::noinline]] void buildSeries() {
        // [SECTION] monthly series -------------------------------------------------------------------------------
        out.monthly.assign(static_cast<std::size_t>(n), PeriodFigures{});
        untagged.assign(static_cast<std::size_t>(n), 0.0);
        late.assign(static_cast<std::size_t>(n), 0.0);
        windowClosed.assign(static_cast<std::size_t>(n), 0.0);
        fundedElsewhere.assign(static_cast<std::size_t>(n), 0.0);
        {
            double acc[kDeltaCount] = {};
            for (int m = 0; m < n; ++m) {
                for (int k = 0; k < kDeltaCount; ++k) acc[k] += d(k)[m];
                PeriodFigures& p = out.monthly[static_cast<std::size_t>(m)];
                p.statusQuoUsd = todayTotal;
                p.legacyUsd = acc[kLegacy];
                p.dualRunningUsd = acc[kDual];
                const Money hostsUsd = hostsFor(acc[kRelocateVms]) * hostMonthlyUsd;
                tco.migrationByCategory.awsRelocateHostsUsd += hostsUsd;
                p.awsUsageUsd = acc[kAwsUsage] + hostsUsd;
                p.awsSupportUsd = supportPlanUsd(aws.supportPlan, p.awsUsageUsd);
                p.awsUsd = p.awsUsageUsd + p.awsSupportUsd;
                p.subscriptionUsd = acc[kSubscription];
                p.opsLabourUsd = acc[kOpsLabour];
                p.licencesKeptUsd = acc[kLicencesKept];
                p.oneTimeUsd = acc[kOneTime];
                p.taggedSpendUsd = acc[kTagged];
                untagged[static_cast<std::size_t>(m)] = acc[kUntagged];
                late[static_cast<std::size_t>(m)] = acc[kLate];
                windowClosed[static_cast<std::size_t>(m)] = acc[kWindowClosed];
                fundedElsewhere[static_cast<std::size_t>(m)] = acc[kFundedElsewhere];
            }
        }
        // Eligible spend leaves out data transfer and Marketplace software; an entered committed spend wins.
        const double share = eligibleSpendShare(prog);
        projectedMonthly = (prog.projectedArrOverrideUsd > 0.0 ? prog.projectedArrOverrideUsd / 12.0 : projectedMonthly) * share;
        out.projectedArrUsd = 12.0 * projectedMonthly;
        arr = out.projectedArrUsd;

    }

    [[gnu::noinline]] void creditsByQuarter() {
        // [SECTION] credits per quarter (before eligibility and cap) ---------------------------------------------
        f = FundingLadder{};
        f.creditPct = prog.migrateCreditPct.expected;
        f.capUsd = prog.partnerFundingCapUsd;
        f.mobilizeBasis = prog.mobilizeBasis;
        const int quarters = (n + 2) / 3;
        f.quarters.assign(static_cast<std::size_t>(quarters), QuarterCredit{});
        // Two readings of the articles' credits, both shown. The profile's figure is the rate on the total tagged spend
        // above the minimum, as before: AWS's MAP terms credit tagged spend per quarter, and "incremental growth"
        // applies only to services tracked against a baseline, never to tagged migrated resources (map-program row 3,
        // aws-samples/sample-auto-map-tagger). Seed 001's wording, "incremental tagged spend growth, not your total
        // bill", is given beside it (creditsOnGrowthUsd, in the credits trace): each quarter's tagged spend above the
        // highest quarter credited before it, from the quarter the cumulative minimum is reached, so a flat estate
        // earns once, on the run rate it lands at.
        creditsOnGrowthUsd = 0.0;
        {
            double cum = 0.0, highest = 0.0;
            for (int q = 0; q < quarters; ++q) {
                QuarterCredit& qc = f.quarters[static_cast<std::size_t>(q)];
                qc.quarter = q;
                double spend = 0.0, lost[4] = {};
                for (int m = 3 * q; m < std::min(3 * q + 3, n); ++m) {
                    const std::size_t mi = static_cast<std::size_t>(m);
                    spend += out.monthly[mi].taggedSpendUsd;
                    lost[0] += untagged[mi];
                    lost[1] += late[mi];
                    lost[2] += windowClosed[mi];
                    lost[3] += fundedElsewhere[mi];
                }
                const double before = cum;
                cum += spend;
                qc.taggedSpendUsd = spend;
                qc.creditableSpendUsd = std::max(0.0, cum - std::max(before, prog.minEligibleSpendUsd));
                qc.earnedUsd = f.creditPct * qc.creditableSpendUsd;
                if (cum >= prog.minEligibleSpendUsd) {
                    creditsOnGrowthUsd += f.creditPct * std::max(0.0, spend - highest);
                    highest = std::max(highest, spend);
                }
                qc.releaseQuarter = q + prog.creditLagQuarters;
                // First month of the release quarter; with no lag, the quarter's last month (never before the spend).
                qc.releaseMonth = std::max(3 * qc.releaseQuarter, 3 * q + 2);
                qc.releasedInHorizon = qc.releaseMonth < n;
                f.creditsEarnedUsd += qc.earnedUsd;
                f.taggedSpendUsd += spend;

                left.belowMinimumUsd += f.creditPct * (spend - qc.creditableSpendUsd);
                left.untaggedUsd += f.creditPct * lost[0];
                left.taggedLateUsd += f.creditPct * lost[1];
                left.windowClosedUsd += f.creditPct * lost[2];
                left.fundedElsewhereUsd += f.creditPct * lost[3];
            }
        }

    }

    [[gnu::noinline]] void eligibility() {
        // [SECTION] eligibility -----------------------------------------------------------------------------------
        el.checks.clear();
        const double avgArrPerWorkload = eligibleCount > 0 ? arr / eligibleCount : 0.0;
        auto workloadsFor = [&](double gap) {
            // Beyond kCountLimit the count means nothing: the "bundle more applications" hint instead.
            const int k = avgArrPerWorkload > 0.0 ? ceilToCount(gap / avgArrPerWorkload - 1e-9) : 0;
            return k < kCountLimit ? k : 0;
        };
        // The two ARR thresholds: MAP Lite decides the verdict; full MAP's threshold is unverified, so advisory.
        auto arrCheck = [&](const char* id, const char* label, double threshold, bool blocking, const char* more,
                            const char* noWorkloadHint) {
            EligibilityCheck c;
            c.id = id;
            c.label = label;
            c.measured = arr;
            c.threshold = threshold;
            c.unit = "USD";
            c.blocking = blocking;
            c.status = arr >= c.threshold ? CheckStatus::Pass : CheckStatus::Fail;
            if (c.status == CheckStatus::Fail) {
                c.clearAmount = c.threshold - arr;
                c.clearText = formatUsdShortfall(c.clearAmount) + more;
                if (const int k = workloadsFor(c.clearAmount); k > 0)
                    c.clearText += " (about " + std::to_string(k) + (k == 1 ? " more workload" : " more workloads") +
                                   " of this estate's average size)";
                else
                    c.clearText += noWorkloadHint;
            }
            el.checks.push_back(std::move(c));
        };
        // A committed spend entered by the partner is labelled as such wherever the ARR shows.
        const bool committed = prog.projectedArrOverrideUsd > 0.0;
        arrCheck("arr.mapLite",
                 committed ? "Your committed AWS spend per year (committed ARR) reaches the MAP Lite minimum"
                           : "Your AWS spend per year (projected ARR) reaches the MAP Lite minimum",
                 prog.mapLiteMinArrUsd,
                 true, " more AWS spend a year", " (bundle more applications into the engagement)");
        arrCheck("arr.map", "Your AWS spend per year reaches the full MAP minimum (unverified threshold)", prog.mapMinArrUsd,
                 false, " more AWS spend a year for full MAP", "");
        {
            EligibilityCheck c;
            c.id = "scope.workloads";
            c.label = "Servers or equivalent cloud workloads in scope (partner heuristic, not an AWS rule)";
            c.measured = eligibleCount;
            c.threshold = prog.scopeFloorServers.expected;
            c.unit = "workloads";
            c.blocking = false;
            c.status = c.measured >= c.threshold ? CheckStatus::Pass : CheckStatus::Fail;
            if (c.status == CheckStatus::Fail) {
                // A fractional floor (10.2) still needs whole workloads, and at least one (found by fuzz_engine).
                c.clearAmount = std::max(1.0, std::ceil(c.threshold - c.measured - 1e-9));
                c.clearText = formatNumber(c.clearAmount) + " more workloads in scope (bundle more applications)";
            }
            el.checks.push_back(std::move(c));
        }
        {
            EligibilityCheck c;
            c.id = "partner.competency";
            c.label = "Partner holds the AWS Migration Competency";
            c.threshold = 1.0;
            c.unit = "";
            c.blocking = true;
            if (!prog.partnerMigrationCompetency) {
                c.status = CheckStatus::Unknown;
                c.clearText = "confirm the partner's Migration Competency";
            } else {
                c.measured = *prog.partnerMigrationCompetency ? 1.0 : 0.0;
                c.status = *prog.partnerMigrationCompetency ? CheckStatus::Pass : CheckStatus::Fail;
                if (c.status == CheckStatus::Fail) {
                    c.clearAmount = 1.0;
                    c.clearText = "work with a partner holding the AWS Migration Competency";
                }
            }
            el.checks.push_back(std::move(c));
        }
        {
            EligibilityCheck c;
            c.id = "tagging.coverage";
            c.label = "MAP-eligible workloads carrying the map-migrated tag";
            c.measured = eligibleCount > 0 ? static_cast<double>(taggedEligibleCount) / eligibleCount : 0.0;
            c.threshold = 1.0;
            c.unit = "%";
            c.blocking = false;
            c.status = eligibleCount == 0 ? CheckStatus::Unknown
                                          : (taggedEligibleCount == eligibleCount ? CheckStatus::Pass : CheckStatus::Fail);
            // Its words name the credits at stake within the cap: taggingClearTexts(), once the ladder is known.
            if (c.status == CheckStatus::Fail) c.clearAmount = eligibleCount - taggedEligibleCount;
            el.checks.push_back(std::move(c));
        }
        {
            EligibilityCheck c;
            c.id = "tagging.timing";
            c.label = "Tagged workloads tagged from go-live";
            c.measured = taggedLateCount;
            c.threshold = 0.0;
            c.unit = "workloads tagged late";
            c.blocking = false;
            c.status = taggedLateCount == 0 ? CheckStatus::Pass : CheckStatus::Fail;
            if (c.status == CheckStatus::Fail) c.clearAmount = taggedLateCount; // words: taggingClearTexts()
            el.checks.push_back(std::move(c));
        }
        {
            EligibilityCheck c;
            c.id = "credits.minSpend";
            c.label = "Tagged spend inside the credit windows reaches the minimum eligible spend";
            c.measured = f.taggedSpendUsd;
            c.threshold = prog.minEligibleSpendUsd;
            c.unit = "USD";
            c.blocking = false;
            c.status = f.taggedSpendUsd >= c.threshold ? CheckStatus::Pass : CheckStatus::Fail;
            if (c.status == CheckStatus::Fail) {
                c.clearAmount = c.threshold - f.taggedSpendUsd;
                c.clearText = formatUsdShortfall(c.clearAmount) + " more tagged spend before credits start";
            }
            el.checks.push_back(std::move(c));
        }
        // Below the MAP Lite minimum (unverified, seed 002) the seeds disagree: about $5K-$15K a month opens the
        // ladder (seed 003). At or above that floor the verdict is Borderline, with both readings (eligibility.readings).
        bool blocked = false, belowLite = false;
        for (const EligibilityCheck& c : el.checks)
            if (c.blocking && c.status == CheckStatus::Fail) (c.id == "arr.mapLite" ? belowLite : blocked) = true;
        el.verdict = blocked ? Verdict::NotEligible
                     : belowLite ? (arr > 0.0 && arr / 12.0 >= prog.practicalFloorMonthlyUsd ? Verdict::Borderline : Verdict::NotEligible)
                     : (arr >= prog.mapMinArrUsd ? Verdict::Map : Verdict::MapLite);

    }

    [[gnu::noinline]] void fundingLadder() {
        // [SECTION] funding ladder -------------------------------------------------------------------------------
        f.assess.pct = prog.assessPctOfArr;
        f.assess.basisUsd = arr;
        f.assess.uncappedUsd = prog.assessPctOfArr * arr;
        // Assess cash pays for the assessment: never more than a quoted fee (it is the services line it offsets).
        if (prog.assessmentFeeUsd > 0.0) f.assess.uncappedUsd = std::min(f.assess.uncappedUsd, prog.assessmentFeeUsd);
        f.assess.releaseMonth = tl.assessEndMonth;
        f.assess.releasedInHorizon = tl.assessEndMonth < n;
        f.assess.releasedBy = "AWS approves the migration readiness assessment";
        if (prog.mobilizeBasis == MobilizeBasis::ProjectedArr) {
            f.mobilize.pct = prog.mobilizePctOfArr;
            f.mobilize.basisUsd = arr;
        } else {
            f.mobilize.pct = prog.mobilizePctOfServices;
            f.mobilize.basisUsd = prog.migrationServicesUsd > 0.0 ? prog.migrationServicesUsd : eligibleOneTime;
        }
        f.mobilize.uncappedUsd = f.mobilize.pct * f.mobilize.basisUsd;
        f.mobilize.releaseMonth = tl.mobilizeEndMonth;
        f.mobilize.releasedInHorizon = tl.mobilizeEndMonth < n;
        f.mobilize.releasedBy = "landing zone built and pre-migration tasks complete";
        f.creditsReleasedBy = "workloads live and verified in production; tagged spend assessed quarterly, credited " +
                              std::to_string(prog.creditLagQuarters) + " quarter(s) later";
        const Money training = prog.trainingAllowanceUsdPerPerson * prog.trainingPeople;
        f.uncappedTotalUsd = f.assess.uncappedUsd + f.mobilize.uncappedUsd + f.creditsEarnedUsd + training;

        capBeforeAssess = capBeforeMobilize = capBeforeCredits = prog.partnerFundingCapUsd;
        capBeforeQuarter.assign(f.quarters.size(), prog.partnerFundingCapUsd);
        double capLeftEnd = std::numeric_limits<double>::infinity(); // no cap on credits
        if (el.verdict == Verdict::NotEligible) {
            left.notEligibleUsd = f.uncappedTotalUsd;
            for (QuarterCredit& qc : f.quarters) qc.receivedUsd = 0.0;
        } else {
            double capLeft = prog.partnerFundingCapUsd;
            auto takeCapped = [&](double amount) {
                const double got = std::min(amount, std::max(capLeft, 0.0));
                capLeft -= got;
                left.capUsd += amount - got;
                return got;
            };
            capBeforeAssess = capLeft;
            f.assess.amountUsd = takeCapped(f.assess.uncappedUsd);
            capBeforeMobilize = capLeft;
            f.mobilize.amountUsd = takeCapped(f.mobilize.uncappedUsd);
            capBeforeCredits = capLeft;
            f.trainingUsd = training;
            for (std::size_t q = 0; q < f.quarters.size(); ++q) {
                QuarterCredit& qc = f.quarters[q];
                capBeforeQuarter[q] = capLeft;
                const double got = prog.capIncludesCredits ? takeCapped(qc.earnedUsd) : qc.earnedUsd;
                if (qc.releasedInHorizon) {
                    qc.receivedUsd = got;
                    f.creditsUsd += got;
                } else {
                    f.creditsAfterHorizonUsd += got;
                }
            }
            if (prog.capIncludesCredits) capLeftEnd = std::max(capLeft, 0.0);
            f.capApplied = left.capUsd > 0.0;
        }
        // Money beyond the cap was never available (capUsd, not counted); credits lost to tagging and the like are at
        // most what a cap covering credits still allowed.
        leftWithinCap = fitLeftOnTableToCap(left, capLeftEnd);
        // Mobilize cash is paid as the migration services it offsets are costed (as under program mechanics): what
        // the one-time cost booked by each month does not cover waits; what the horizon never covers is held.
        rulesMobilizeByMonth.clear();
        rulesMobilizeHeldUsd = 0.0;
        if (f.mobilize.releasedInHorizon && f.mobilize.amountUsd > 0.0) {
            rulesMobilizeByMonth = payAsCosted(out.monthly, n, {{tl.mobilizeEndMonth, f.mobilize.amountUsd}});
            Money paid = 0.0;
            for (Money m : rulesMobilizeByMonth) paid += m;
            rulesMobilizeHeldUsd = f.mobilize.amountUsd - paid;
            f.mobilize.amountUsd = paid;
            f.mobilize.releasedInHorizon = paid > 0.0;
        }
        f.totalUsd = (f.assess.releasedInHorizon ? f.assess.amountUsd : 0.0) +
                     (f.mobilize.releasedInHorizon ? f.mobilize.amountUsd + f.trainingUsd : 0.0) + f.creditsUsd;
        f.profile = FundingProfile::PublishedRules;
        f.partnerCashUsd = (f.assess.releasedInHorizon ? f.assess.amountUsd : 0.0) +
                           (f.mobilize.releasedInHorizon ? f.mobilize.amountUsd : 0.0);
        f.customerCreditsUsd = f.creditsUsd;
    }

    // The tagging checks name the credits at stake as the headline's money left on the table does (within the cap, the
    // same reasons), not the credit rate on all the spend concerned.
    [[gnu::noinline]] void taggingClearTexts() {
        const bool headlineProgram = programHeadline();
        const LeftOnTable& lost = headlineProgram ? program.ladder.leftOnTable : left;
        for (EligibilityCheck& c : el.checks) {
            if (c.status != CheckStatus::Fail) continue;
            if (c.id == "tagging.coverage")
                c.clearText = "tag " + formatNumber(c.clearAmount) + " more workloads (" + formatUsd(lost.untaggedUsd) + " of credits)";
            else if (c.id == "tagging.timing")
                c.clearText = "tag " + std::to_string(taggedLateCount) + " workloads from go-live (" +
                              formatUsd(lost.taggedLateUsd + (headlineProgram ? 0.0 : lost.windowClosedUsd)) + " of credits)";
        }
    }

    // The headline profile's funding goes into the monthly cash flow (the other is reported beside it).
    [[gnu::noinline]] void bookFunding() {
        auto addFunding = [&](int month, Money PeriodFigures::*field, Money amount) {
            if (amount == 0.0 || month < 0 || month >= n) return;
            PeriodFigures& p = out.monthly[static_cast<std::size_t>(month)];
            p.*field += amount;
            p.fundingTotalUsd += amount;
        };
        // The assessment is a costed services line in the customer's cash flow: the partner's fee, or when it is not
        // quoted the Assess cash that pays for it, so Assess partner cash never shows as customer money above it.
        const FundingPhase& assess = programHeadline() ? program.ladder.assess : f.assess;
        const Money assessPaid = assess.releasedInHorizon ? assess.amountUsd : 0.0;
        const Money fee = tl.assessEndMonth < n ? (prog.assessmentFeeUsd > 0.0 ? prog.assessmentFeeUsd : assessPaid) : 0.0;
        if (fee > 0.0) {
            out.monthly[static_cast<std::size_t>(tl.assessEndMonth)].oneTimeUsd += fee;
            tco.migrationByCategory.oneTimeUsd += fee;
        }
        f.assessmentFeeUsd = program.ladder.assessmentFeeUsd = fee;
        if (programHeadline()) {
            for (const FundingPayment& fp : program.payments) {
                addFunding(fp.month, &PeriodFigures::fundingAssessUsd, fp.assessUsd);
                addFunding(fp.month, &PeriodFigures::fundingMobilizeUsd, fp.mobilizeUsd);
                addFunding(fp.month, &PeriodFigures::fundingCreditsUsd, fp.creditsUsd);
            }
            return;
        }
        addFunding(tl.assessEndMonth, &PeriodFigures::fundingAssessUsd, f.assess.amountUsd);
        for (std::size_t m = 0; m < rulesMobilizeByMonth.size(); ++m)
            addFunding(static_cast<int>(m), &PeriodFigures::fundingMobilizeUsd, rulesMobilizeByMonth[m]);
        addFunding(tl.mobilizeEndMonth, &PeriodFigures::fundingTrainingUsd, f.trainingUsd);
        for (const QuarterCredit& qc : f.quarters)
            if (qc.releasedInHorizon) addFunding(qc.releaseMonth, &PeriodFigures::fundingCreditsUsd, qc.receivedUsd);
    }

    // Both profiles' summaries; the headline's ladder and traces become Result::funding and its funding traces.
    [[gnu::noinline]] void fundingProfiles() {
        FundingProfiles& fp = out.fundingProfiles;
        fp.headline = prog.headlineProfile;
        fp.programMechanics = program.figures;
        FundingProfileFigures& rules = fp.publishedRules;
        rules = FundingProfileFigures{};
        rules.profile = FundingProfile::PublishedRules;
        rules.name = std::string(fundingProfileName(FundingProfile::PublishedRules));
        rules.assessUsd = f.assess.releasedInHorizon ? f.assess.amountUsd : 0.0;
        rules.mobilizeUsd = f.mobilize.releasedInHorizon ? f.mobilize.amountUsd : 0.0;
        rules.migrateCreditsUsd = f.creditsUsd;
        rules.trainingUsd = f.mobilize.releasedInHorizon ? f.trainingUsd : 0.0;
        rules.totalUsd = f.totalUsd;
        rules.partnerCashUsd = f.partnerCashUsd;
        rules.customerCreditsUsd = f.customerCreditsUsd;
        rules.servicesCostUsd = prog.migrationServicesUsd > 0.0 ? prog.migrationServicesUsd : eligibleOneTime;
        rules.leftOnTableUsd = left.totalUsd;
        rules.assessMonth = rules.assessUsd > 0.0 ? f.assess.releaseMonth : -1;
        rules.mobilizeTranches.push_back({f.mobilize.amountUsd, 0.0, f.mobilize.releasedInHorizon ? f.mobilize.releaseMonth : -1,
                                          f.mobilize.releasedBy});
        rules.creditPct = f.creditPct;
        rules.creditCapUsd = f.capUsd;
        Traces& tr = out.traces;
        const std::string rulesNote = "profile: " + rules.name;
        for (Trace* t : {&tr.assess, &tr.mobilize, &tr.credits, &tr.totalFunding, &tr.leftOnTable}) t->notes.push_back(rulesNote);
        tr.assess.notes.push_back("rule: Assess ~" + formatPct(prog.assessPctOfArr) + " of projected ARR (seeds 001, 002; C)");
        tr.mobilize.notes.push_back("rule: Mobilize ~" + formatPct(prog.mobilizePctOfArr) +
                                    " of projected ARR when the landing zone is built (seeds 001, 002; C)");
        tr.credits.notes.push_back("rule: credits on tagged spend above a " + formatUsd(prog.minEligibleSpendUsd) +
                                   " minimum inside post-go-live windows, one quarter later (seed 001; C)");
        tr.totalFunding.notes.push_back("rule: the articles' ladder; partner cash not limited by the services cost");
        rules.assess = tr.assess;
        rules.mobilize = tr.mobilize;
        rules.credits = tr.credits;
        rules.total = tr.totalFunding;
        if (programHeadline()) {
            f = program.ladder;
            tr.assess = program.assess;
            tr.mobilize = program.mobilize;
            tr.credits = program.credits;
            tr.totalFunding = program.totalFunding;
            tr.leftOnTable = program.leftOnTable;
            tr.creditQuarters = program.creditQuarters;
            tr.leftOnTableReasons = program.leftOnTableReasons;
        }
        // A borderline verdict shows both readings of the sources with the headline funding under each.
        el.readings.clear();
        if (el.verdict == Verdict::Borderline) {
            el.readings.push_back({"MAP Lite from " + formatUsd(prog.mapLiteMinArrUsd) + " of AWS spend a year (unverified)",
                                   "cloudzero.com/blog/aws-map (marketing, C); no AWS source publishes the threshold",
                                   false, 0.0});
            el.readings.push_back({"about $5K-$15K of monthly AWS spend opens the standard ladder (from " +
                                       formatUsd(prog.practicalFloorMonthlyUsd) + " a month)",
                                   "cloudroutehq.com, MAP funding mechanics (marketing, C)", true, f.totalUsd});
        }
    }

    [[gnu::noinline]] void finance() {
        // [SECTION] net cash flow, TCO, finance ------------------------------------------------------------------
        // The discount rate is an effective annual rate: the monthly rate that compounds to it.
        const double monthlyGrowth = std::pow(1.0 + s.settings.discountRatePct, 1.0 / 12.0);
        double cum = 0.0, discount = 1.0;
        tco.npvUsd = 0.0;
        for (int m = 0; m < n; ++m) {
            PeriodFigures& p = out.monthly[static_cast<std::size_t>(m)];
            p.netCashFlowUsd = p.statusQuoUsd - (p.legacyUsd + p.awsUsd + p.subscriptionUsd + p.opsLabourUsd +
                                                 p.licencesKeptUsd + p.oneTimeUsd) +
                               p.fundingTotalUsd;
            cum += p.netCashFlowUsd;
            p.cumulativeSavingsUsd = cum;
            discount /= monthlyGrowth;
            tco.npvUsd += p.netCashFlowUsd * discount;
            tco.statusQuoTotalUsd += p.statusQuoUsd;
            tco.migrationTotalUsd += p.legacyUsd + p.awsUsd + p.subscriptionUsd + p.opsLabourUsd + p.licencesKeptUsd + p.oneTimeUsd;
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
        sanityBand();

        rollUp(out.monthly, 3, out.quarterly);
        rollUp(out.monthly, 12, out.yearly);

    }

    // Today's cost by category (largest first) and the run-rate savings against the sourced band, naming the
    // category that drives a result outside it.
    [[gnu::noinline]] void sanityBand() {
        const CostBreakdown& c = tco.statusQuoByCategory;
        const double months = n > 0 ? n : 1;
        const std::pair<const char*, Money> parts[] = {
            {"hardware", c.hardwareUsd}, {"hardware maintenance", c.maintenanceUsd}, {"power", c.powerUsd},
            {"space", c.spaceUsd}, {"storage", c.storageUsd}, {"network", c.networkUsd},
            {"licences", c.osLicenceUsd + c.dbLicenceUsd + c.virtualisationUsd}, {"admin labour", c.adminLabourUsd},
            {"management tooling", c.managementUsd}, {"today's bill", c.otherCloudBillUsd}};
        tco.todayShares.clear();
        for (const auto& [name, total] : parts)
            if (total > 0.0)
                tco.todayShares.push_back({name, total / months, todayTotal > 0.0 ? total / months / todayTotal : 0.0});
        std::stable_sort(tco.todayShares.begin(), tco.todayShares.end(),
                         [](const CategoryShare& a, const CategoryShare& b) { return a.share > b.share; });
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
                band.warning += ": today's cost is the whole " + (s.source.provider.empty() ? std::string("cloud") : s.source.provider) +
                                " bill, and the move adds " + formatUsd(steadyOpsLabour) +
                                " a month of operations labour; check the labour the platform included";
            else if (top)
                band.warning += ": " + top->category + " is " + formatPct(top->share) + " of today's cost; check its inputs";
        } else {
            const CostBreakdown& m = tco.migrationByCategory;
            const std::pair<const char*, Money> after[] = {
                {"EC2 compute", m.awsComputeUsd}, {"managed databases", m.awsDatabaseUsd}, {"AWS storage", m.awsStorageUsd},
                {"Relocate hosts", m.awsRelocateHostsUsd}, {"AWS support", m.awsSupportUsd}, {"subscriptions", m.subscriptionUsd},
                {"operations labour", m.opsLabourUsd}, {"licences kept", m.licencesKeptUsd}};
            const auto* top = &after[0];
            for (const auto& a : after)
                if (a.second > top->second) top = &a;
            band.warning = "The run cost after the move is " + formatPct(-saving) + " above today's, beyond the " +
                           formatPct(-band.lowPct) + " this check allows; the largest cost after the move is " + top->first;
        }
    }

    std::string workloadName(std::size_t i) const {
        const Workload& w = s.workloads[i];
        return w.name.empty() ? w.id : w.name;
    }

    // "largest: <name>" terms (USD/month, informational: no recipe uses them) and the matching notes.
    void addLargest(Trace& t, const Largest& top) const {
        for (int k = 0; k < top.size; ++k) {
            const std::string name = workloadName(top.index[k]);
            t.terms.push_back(term("largest: " + name, top.value[k], "USD/month"));
            t.notes.push_back("largest: " + name + " " + formatUsd(top.value[k]) + "/month");
        }
    }

    [[gnu::noinline]] void traces() {
        // [SECTION] traces ----------------------------------------------------------------------------------------
        // Text and terms only: every figure is already final here. trace_eval.cpp holds the recipe of each kind.
        Traces& tr = out.traces;
        {
            std::string largestText;
            for (int k = 0; k < largestEligible.size; ++k)
                largestText += (k == 0 ? "; largest: " : ", ") + workloadName(largestEligible.index[k]) + " " +
                               formatUsd(largestEligible.value[k]) + "/month";
            const std::string basis = prog.projectedArrOverrideUsd > 0.0
                                          ? " monthly committed spend entered (a partner's projection)"
                                          : " steady-state monthly AWS spend of " + std::to_string(eligibleCount) + " MAP-eligible workloads";
            const std::string net = eligibleSpendShare(prog) < 1.0 ? ", net of data transfer and Marketplace software" : "";
            // A committed spend says so, with the sized spend beside it (arr_differs_from_sized warns on a wide gap).
            const bool committed = prog.projectedArrOverrideUsd > 0.0;
            const std::string sized = committed ? "; the sizing gives " + formatUsd(12.0 * programSpend.sizedMonthly()) + " a year" : "";
            tr.projectedArr = makeTrace(committed ? "Committed ARR" : "Projected ARR",
                                        (committed ? "Committed ARR = 12 x " : "Projected ARR = 12 x ") + formatUsd(projectedMonthly) +
                                            basis + net + " = " + formatUsd(arr) + sized + largestText,
                                        {term("steady-state monthly AWS spend (eligible)", projectedMonthly, "USD"),
                                         term("MAP-eligible workloads", eligibleCount, "workloads"),
                                         term("projected ARR", arr, "USD")});
            addLargest(tr.projectedArr, largestEligible);
        }
        const bool notEligible = el.verdict == Verdict::NotEligible;
        const double eligible = notEligible ? 0.0 : 1.0; // multiplies the received amounts
        const std::string capNote = left.capUsd > 0.0 ? " (cap " + formatUsd(f.capUsd) + " applied)" : "";
        tr.assess = makeTrace("Assess funding",
                              "Assess = " + formatPct(f.assess.pct) + " x " + arrName(prog) + " " + formatUsd(arr) +
                                  (prog.assessmentFeeUsd > 0.0 ? ", at most the assessment fee " + formatUsd(prog.assessmentFeeUsd) : "") +
                                  " = " + formatUsd(f.assess.uncappedUsd) +
                                  (f.assess.amountUsd != f.assess.uncappedUsd ? "; received " + formatUsd(f.assess.amountUsd) : ""),
                              {term("Assess share", f.assess.pct, "%"), term("projected ARR", arr, "USD"),
                               term("Assess funding", f.assess.amountUsd, "USD"), term("eligible", eligible, ""),
                               term("assessment fee", prog.assessmentFeeUsd, "USD"),
                               term("cap available", capBeforeAssess, "USD")});
        const std::string basisName = prog.mobilizeBasis == MobilizeBasis::ProjectedArr ? arrName(prog)
                                      : prog.migrationServicesUsd > 0.0 ? "eligible services cost"
                                                                        : "estimated one-time migration cost";
        tr.mobilize = makeTrace("Mobilize funding",
                                "Mobilize = " + formatPct(f.mobilize.pct) + " x " + basisName + " " +
                                    formatUsd(f.mobilize.basisUsd) + " = " + formatUsd(f.mobilize.uncappedUsd) +
                                    (f.mobilize.amountUsd != f.mobilize.uncappedUsd
                                         ? "; received " + formatUsd(f.mobilize.amountUsd) + capNote
                                         : "") +
                                    (rulesMobilizeHeldUsd > 0.0 ? " (paid as the migration services are costed; " +
                                                                      formatUsd(rulesMobilizeHeldUsd) + " held: never costed in the horizon)"
                                                                : std::string()),
                                {term("Mobilize share", f.mobilize.pct, "%"), term(basisName, f.mobilize.basisUsd, "USD"),
                                 term("Mobilize funding", f.mobilize.amountUsd, "USD"), term("eligible", eligible, ""),
                                 term("held until the services are costed", rulesMobilizeHeldUsd, "USD"),
                                 term("cap available", capBeforeMobilize, "USD")});
        tr.credits = makeTrace("Migrate & Modernize credits",
                               "Credits = " + formatPct(f.creditPct) + " x tagged spend above the " +
                                   formatUsd(prog.minEligibleSpendUsd) + " minimum " +
                                   formatUsd(f.creditPct > 0.0 ? f.creditsEarnedUsd / f.creditPct : 0.0) + " = " +
                                   formatUsd(f.creditsEarnedUsd) + "; received within the horizon " + formatUsd(f.creditsUsd) +
                                   " (on tagged spend growth only, the articles' wording: " + formatUsd(creditsOnGrowthUsd) + " earned)",
                               {term("credit share", f.creditPct, "%"), term("tagged spend in windows", f.taggedSpendUsd, "USD"),
                                term("minimum eligible spend", prog.minEligibleSpendUsd, "USD"),
                                term("credits on spend growth (other reading)", creditsOnGrowthUsd, "USD"),
                                term("credits earned", f.creditsEarnedUsd, "USD"),
                                term("credits received in horizon", f.creditsUsd, "USD"), term("eligible", eligible, ""),
                                term("credits released after the horizon", f.creditsAfterHorizonUsd, "USD")});
        if (prog.capIncludesCredits) tr.credits.terms.push_back(term("cap available", capBeforeCredits, "USD"));
        // Only what is released within the horizon counts (a phase released after it is received later; found by
        // fuzz_engine with a 10-year Mobilize phase).
        const Money assessIn = f.assess.releasedInHorizon ? f.assess.amountUsd : 0.0;
        const Money mobilizeIn = f.mobilize.releasedInHorizon ? f.mobilize.amountUsd : 0.0;
        const Money trainingIn = f.mobilize.releasedInHorizon ? f.trainingUsd : 0.0;
        tr.totalFunding = makeTrace("Total MAP funding in the horizon",
                                    "Funding = Assess " + formatUsd(assessIn) + " + Mobilize " +
                                        formatUsd(mobilizeIn) + " + credits " + formatUsd(f.creditsUsd) +
                                        " + training " + formatUsd(trainingIn) + " = " + formatUsd(f.totalUsd) +
                                        (notEligible ? " (not eligible: nothing received)" : ""),
                                    {term("Assess", assessIn, "USD"), term("Mobilize", mobilizeIn, "USD"),
                                     term("credits", f.creditsUsd, "USD"), term("training", trainingIn, "USD"),
                                     term("total", f.totalUsd, "USD")});
        if (assessIn != f.assess.amountUsd || mobilizeIn != f.mobilize.amountUsd)
            tr.totalFunding.notes.push_back("phases released after the horizon are not counted in it");
        tr.npv = makeTrace("NPV of savings",
                           "NPV = sum of monthly net cash flow / (1 + " + formatPct(s.settings.discountRatePct) +
                               ")^((month + 1) / 12) over " + std::to_string(n) + " months = " + formatUsd(tco.npvUsd),
                           {term("discount rate (effective annual)", s.settings.discountRatePct, "%"), term("months", n, "months"),
                            term("undiscounted net cash flow", tco.horizonSavingsUsd, "USD"), term("NPV", tco.npvUsd, "USD")});
        tr.payback = makeTrace("Payback month",
                               tco.paybackMonth ? "Payback = first month from which cumulative savings stay >= 0, from the "
                                                  "first month of the migration (month " +
                                                      std::to_string(firstActiveMonth(out.monthly)) + "): month " +
                                                      std::to_string(*tco.paybackMonth)
                               : tco.whyNoPayback == NoFigure::NothingMigrates
                                   ? std::string("Payback: nothing migrates (no workload goes live within the horizon)")
                                   : std::string("Payback: never within the horizon (cumulative savings are still negative at its end)"),
                               {term("cumulative savings at horizon", tco.horizonSavingsUsd, "USD"),
                                term("workloads live within the horizon", tco.liveInHorizon, "workloads")});
        if (tco.paybackMonth) tr.payback.terms.insert(tr.payback.terms.begin(), term("payback month", *tco.paybackMonth, "months"));
        tr.runRateSavings = makeTrace("Run-rate savings",
                                      "Run-rate savings = 1 - after migration " + formatUsd(tco.targetMonthlyUsd) +
                                          " / today " + formatUsd(todayTotal) + " per month = " + formatPct(tco.runRateSavingsPct),
                                      {term("today per month", todayTotal, "USD"),
                                       term("after migration per month", tco.targetMonthlyUsd, "USD"),
                                       term("support per month", steadySupport, "USD")});
        tcoYearTraces();
        creditQuarterTraces();
        leftOnTableTraces();
        eligibilityTraces();
    }

    // One trace per horizon year: net cash flow = today's cost - migration-scenario costs + funding.
    [[gnu::noinline]] void tcoYearTraces() {
        std::vector<Trace>& list = out.traces.tcoYears;
        list.clear();
        list.reserve(out.yearly.size());
        for (std::size_t y = 0; y < out.yearly.size(); ++y) {
            const PeriodFigures& p = out.yearly[y];
            const std::string year = "Year " + std::to_string(y + 1);
            const Money migration =
                p.legacyUsd + p.awsUsd + p.subscriptionUsd + p.opsLabourUsd + p.licencesKeptUsd + p.oneTimeUsd;
            std::string text = year + " net = today's cost " + formatUsd(p.statusQuoUsd) + " - (today's cost still paid " +
                               formatUsd(p.legacyUsd);
            // Parts that round to $0 are left out of the text (they stay in the terms).
            if (formatUsd(p.dualRunningUsd) != "$0") text += " incl. dual running " + formatUsd(p.dualRunningUsd);
            text += " + AWS " + formatUsd(p.awsUsd);
            if (formatUsd(p.subscriptionUsd) != "$0") text += " + subscriptions " + formatUsd(p.subscriptionUsd);
            if (formatUsd(p.opsLabourUsd) != "$0") text += " + operations labour " + formatUsd(p.opsLabourUsd);
            if (formatUsd(p.licencesKeptUsd) != "$0") text += " + licences kept " + formatUsd(p.licencesKeptUsd);
            text += " + one-time migration " + formatUsd(p.oneTimeUsd) + ") + funding " + formatUsd(p.fundingTotalUsd) +
                    " = " + formatUsd(p.netCashFlowUsd);
            Trace t = makeTrace(year + " net cash flow", std::move(text),
                                {term("today's cost (status quo)", p.statusQuoUsd, "USD"),
                                 term("today's cost still paid", p.legacyUsd, "USD"),
                                 term("of which dual running", p.dualRunningUsd, "USD"),
                                 term("AWS usage", p.awsUsageUsd, "USD"), term("AWS support", p.awsSupportUsd, "USD"),
                                 term("subscriptions", p.subscriptionUsd, "USD"),
                                 term("operations labour", p.opsLabourUsd, "USD"),
                                 term("licences kept", p.licencesKeptUsd, "USD"),
                                 term("one-time migration", p.oneTimeUsd, "USD"),
                                 term("funding received", p.fundingTotalUsd, "USD"),
                                 term("migration cost before funding", migration, "USD"),
                                 term("net cash flow", p.netCashFlowUsd, "USD"),
                                 term("cumulative savings at year end", p.cumulativeSavingsUsd, "USD")});
            t.notes.push_back("months " + std::to_string(12 * y) + " to " + std::to_string(12 * y + 11) +
                              " of the plan; costs are outflows, funding inflows");
            list.push_back(std::move(t));
        }
    }

    // One trace per quarter of tagged spend: credit share x spend above the cumulative minimum, then the cap,
    // the release lag and the verdict.
    [[gnu::noinline]] void creditQuarterTraces() {
        std::vector<Trace>& list = out.traces.creditQuarters;
        list.clear();
        list.reserve(f.quarters.size());
        const bool notEligible = el.verdict == Verdict::NotEligible;
        double before = 0.0, previous = 0.0;
        for (std::size_t q = 0; q < f.quarters.size(); ++q) {
            const QuarterCredit& qc = f.quarters[q];
            const Money capAvailable = q < capBeforeQuarter.size() ? capBeforeQuarter[q] : prog.partnerFundingCapUsd;
            const std::string name = "quarter " + std::to_string(qc.quarter + 1) + " (months " + std::to_string(3 * qc.quarter) +
                                     " to " + std::to_string(3 * qc.quarter + 2) + ")";
            std::string text = "Credits for " + name + " = " + formatPct(f.creditPct) + " x creditable spend " +
                               formatUsd(qc.creditableSpendUsd) + " = " + formatUsd(qc.earnedUsd) + " earned (tagged spend " +
                               formatUsd(qc.taggedSpendUsd) + " this quarter, " + formatUsd(before) + " before it, minimum " +
                               formatUsd(prog.minEligibleSpendUsd) + "); ";
            const std::string release = "released in quarter " + std::to_string(qc.releaseQuarter + 1) + " (lag " +
                                        std::to_string(prog.creditLagQuarters) + ")";
            if (notEligible) text += "not eligible: received " + formatUsd(qc.receivedUsd);
            else if (!qc.releasedInHorizon) text += release + ", after the horizon: received in the horizon " + formatUsd(qc.receivedUsd);
            else if (prog.capIncludesCredits && qc.receivedUsd != qc.earnedUsd)
                text += release + ", cap left " + formatUsd(std::max(capAvailable, 0.0)) + ": received " + formatUsd(qc.receivedUsd);
            else text += release + ": received " + formatUsd(qc.receivedUsd);
            Trace t = makeTrace("Credits for " + name, std::move(text),
                                {term("credit share", f.creditPct, "%"),
                                 term("tagged spend in the quarter", qc.taggedSpendUsd, "USD"),
                                 term("tagged spend before the quarter", before, "USD"),
                                 term("minimum eligible spend", prog.minEligibleSpendUsd, "USD"),
                                 term("creditable spend", qc.creditableSpendUsd, "USD"),
                                 term("credits earned", qc.earnedUsd, "USD"),
                                 term("change in tagged spend from the previous quarter", qc.taggedSpendUsd - previous, "USD"),
                                 term("credit lag", prog.creditLagQuarters, "quarters"),
                                 term("release month", qc.releaseMonth, "months"),
                                 term("released in horizon", qc.releasedInHorizon ? 1.0 : 0.0, ""),
                                 term("eligible", notEligible ? 0.0 : 1.0, "")});
            if (prog.capIncludesCredits) t.terms.push_back(term("cap available", capAvailable, "USD"));
            before += qc.taggedSpendUsd;
            previous = qc.taggedSpendUsd;
            list.push_back(std::move(t));
        }
    }

    // One trace per reason of LeftOnTable (LeftOnTableReason order) and one for the total.
    [[gnu::noinline]] void leftOnTableTraces() {
        std::vector<Trace>& list = out.traces.leftOnTableReasons;
        list.clear();
        list.reserve(kLeftOnTableReasonCount);
        const bool notEligible = el.verdict == Verdict::NotEligible;
        Money untaggedSpend = 0.0, lateSpend = 0.0, closedSpend = 0.0, elsewhereSpend = 0.0;
        for (std::size_t m = 0; m < untagged.size(); ++m) {
            untaggedSpend += untagged[m];
            lateSpend += late[m];
            closedSpend += windowClosed[m];
            elsewhereSpend += fundedElsewhere[m];
        }
        // Credit share x spend of the workloads concerned inside their credit windows and the horizon, at most what a
        // cap on credits still allowed.
        const std::string capShare = leftWithinCap < 1.0 ? " x " + formatPct(leftWithinCap) + " the cap still allowed" : "";
        auto spendReason = [&](const std::string& label, const std::string& what, Money spend, Money amount, MapCategory category) {
            const Largest& top = largestIn[category];
            const int count = top.count;
            Trace t = makeTrace(label,
                                label + " = " + formatPct(f.creditPct) + " x " + formatUsd(spend) +
                                    " AWS spend inside the credit windows of " + std::to_string(count) +
                                    (count == 1 ? " workload " : " workloads ") + what + capShare + " = " + formatUsd(amount),
                                {term("credit share", f.creditPct, "%"), term("spend in the credit windows", spend, "USD"),
                                 term("workloads", count, "workloads"), term("share within the cap", leftWithinCap, "%")});
            addLargest(t, top);
            list.push_back(std::move(t));
        };
        spendReason("Untagged", "never tagged (MAP-eligible)", untaggedSpend, left.untaggedUsd, kNeverTagged);
        spendReason("Tagged late", "tagged after go-live (spend before the tag month)", lateSpend, left.taggedLateUsd, kLateTag);
        spendReason("Window closed", "tagged only after the credit window closed", closedSpend, left.windowClosedUsd, kClosedWindow);
        {
            const Money credits = prog.capIncludesCredits ? f.creditsEarnedUsd : 0.0;
            const Money subject = f.assess.uncappedUsd + f.mobilize.uncappedUsd + credits;
            const Money fromReasons = notEligible ? 0.0 : left.capUsd - std::max(0.0, subject - std::max(f.capUsd, 0.0));
            Trace t = makeTrace("Beyond the partner-funding cap",
                                notEligible ? "Beyond the cap: not eligible, nothing reached the cap = " + formatUsd(left.capUsd)
                                            : "Beyond the cap (never available, not left on the table) = Assess " +
                                                  formatUsd(f.assess.uncappedUsd) + " + Mobilize " + formatUsd(f.mobilize.uncappedUsd) +
                                                  (prog.capIncludesCredits ? " + credits earned " + formatUsd(credits) : "") +
                                                  " before the cap " + formatUsd(subject) + " - cap " + formatUsd(f.capUsd) +
                                                  " (never below 0)" +
                                                  (fromReasons > 0.0 ? " + credits the reasons would have earned above it " +
                                                                           formatUsd(fromReasons)
                                                                     : std::string()) +
                                                  " = " + formatUsd(left.capUsd),
                                {term("eligible", notEligible ? 0.0 : 1.0, ""),
                                 term("Assess before the cap", f.assess.uncappedUsd, "USD"),
                                 term("Mobilize before the cap", f.mobilize.uncappedUsd, "USD"),
                                 term("partner-funding cap", f.capUsd, "USD"),
                                 term("reasons beyond the cap", fromReasons, "USD")});
            if (prog.capIncludesCredits) t.terms.push_back(term("credits earned subject to the cap", credits, "USD"));
            t.notes.push_back(prog.capIncludesCredits ? "the cap covers Assess, Mobilize and credits"
                                                      : "the cap covers Assess and Mobilize; credits are outside it");
            list.push_back(std::move(t));
        }
        {
            const Money below = f.taggedSpendUsd - std::max(0.0, f.taggedSpendUsd - prog.minEligibleSpendUsd);
            list.push_back(makeTrace("Below the minimum eligible spend",
                                     "Below minimum = " + formatPct(f.creditPct) + " x tagged spend under the " +
                                         formatUsd(prog.minEligibleSpendUsd) + " minimum " + formatUsd(below) + capShare + " = " +
                                         formatUsd(left.belowMinimumUsd),
                                     {term("credit share", f.creditPct, "%"),
                                      term("tagged spend in windows", f.taggedSpendUsd, "USD"),
                                      term("minimum eligible spend", prog.minEligibleSpendUsd, "USD"),
                                      term("share within the cap", leftWithinCap, "%")}));
        }
        spendReason("Funded elsewhere", "funded by another program", elsewhereSpend, left.fundedElsewhereUsd, kElsewhere);
        {
            const Money training = prog.trainingAllowanceUsdPerPerson * prog.trainingPeople;
            list.push_back(makeTrace(
                "Not eligible",
                notEligible ? "Not eligible = the whole ladder before the cap: Assess " + formatUsd(f.assess.uncappedUsd) +
                                  " + Mobilize " + formatUsd(f.mobilize.uncappedUsd) + " + credits " +
                                  formatUsd(f.creditsEarnedUsd) + " + training " + formatUsd(training) + " = " +
                                  formatUsd(left.notEligibleUsd)
                            : "Not eligible: the verdict is " + std::string(verdictName(el.verdict)) + ", so " +
                                  formatUsd(left.notEligibleUsd) + " is lost to it",
                {term("verdict is Not eligible", notEligible ? 1.0 : 0.0, ""),
                 term("Assess before the cap", f.assess.uncappedUsd, "USD"),
                 term("Mobilize before the cap", f.mobilize.uncappedUsd, "USD"),
                 term("credits earned", f.creditsEarnedUsd, "USD"), term("training", training, "USD")}));
        }
        out.traces.leftOnTable = makeTrace(
            "Money left on the table",
            "Left on the table = untagged " + formatUsd(left.untaggedUsd) + " + tagged late " + formatUsd(left.taggedLateUsd) +
                " + window closed " + formatUsd(left.windowClosedUsd) + " + below minimum " +
                formatUsd(left.belowMinimumUsd) + " + funded elsewhere " + formatUsd(left.fundedElsewhereUsd) +
                " + not eligible " + formatUsd(left.notEligibleUsd) + " = " + formatUsd(left.totalUsd) +
                " (beyond the cap, never available: " + formatUsd(left.capUsd) + ")",
            {term("untagged", left.untaggedUsd, "USD"), term("tagged late", left.taggedLateUsd, "USD"),
             term("window closed", left.windowClosedUsd, "USD"), term("cap", left.capUsd, "USD"),
             term("below minimum", left.belowMinimumUsd, "USD"), term("funded elsewhere", left.fundedElsewhereUsd, "USD"),
             term("not eligible", left.notEligibleUsd, "USD"), term("total", left.totalUsd, "USD")});
    }

    // One trace per eligibility check: measured value against its minimum (or maximum), the status, what clears it.
    [[gnu::noinline]] void eligibilityTraces() {
        std::vector<Trace>& list = out.traces.eligibilityChecks;
        list.clear();
        list.reserve(el.checks.size());
        for (const EligibilityCheck& c : el.checks) {
            // Checks pass at or above their threshold, except the count of late tags, which must stay at or below it.
            const bool atMost = c.id == "tagging.timing";
            const bool known = c.id == "partner.competency" ? prog.partnerMigrationCompetency.has_value()
                               : c.id == "tagging.coverage" ? eligibleCount > 0
                                                            : c.status != CheckStatus::Unknown;
            auto shown = [&](double v) {
                if (c.unit == "USD") return formatUsd(v);
                if (c.unit == "%") return formatPct(v);
                if (c.unit.empty()) return std::string(v != 0.0 ? "yes" : "no");
                return formatNumber(v) + " " + c.unit;
            };
            const char* word = c.status == CheckStatus::Pass ? "pass" : c.status == CheckStatus::Fail ? "fail" : "unknown";
            std::string text = c.label + ": ";
            if (known && c.unit.empty()) text += "measured " + shown(c.measured) + ", required " + shown(c.threshold);
            else if (known) text += "measured " + shown(c.measured) + (atMost ? " <= maximum " : " >= minimum ") + shown(c.threshold);
            else text += "not known";
            text += std::string(" -> ") + word;
            if (c.status != CheckStatus::Pass && !c.clearText.empty()) text += "; clears with: " + c.clearText;
            const std::string clearUnit = c.unit == "%" || c.unit == "workloads tagged late" ? "workloads" : c.unit;
            Trace t = makeTrace(c.label, std::move(text),
                                {term("measured", c.measured, c.unit), term(atMost ? "maximum" : "minimum", c.threshold, c.unit),
                                 term("known", known ? 1.0 : 0.0, ""), term("clear amount", c.clearAmount, clearUnit),
                                 term("blocking", c.blocking ? 1.0 : 0.0, "")});
            if (c.id == "tagging.coverage") {
                t.terms.push_back(term("MAP-eligible workloads", eligibleCount, "workloads"));
                t.terms.push_back(term("tagged workloads", taggedEligibleCount, "workloads"));
            }
            t.notes.push_back(c.blocking ? "blocking: a failure makes the verdict Not eligible"
                                         : "advisory: a failure does not change the verdict");
            list.push_back(std::move(t));
        }
    }
};

} // namespace

void estimateValidated(const Scenario& s, Result& out) {
    Estimator e(s, out);
    e.run();
}

} // namespace est::model
