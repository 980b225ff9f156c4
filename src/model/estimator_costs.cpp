// model/estimator_costs.cpp - the estimator's costing: prices and constants, the estate's shares, each workload's
// costs, timeline and MAP spend as O(1) delta ranges, then one prefix sum per monthly series (estimator.hpp).
#include "model/estimator.hpp"

#include "model/assumptions.hpp"
#include "model/aws_management.hpp"
#include "model/checked_int.hpp"
#include "model/delta_range.hpp"
#include "model/licences.hpp"
#include "model/recommender.hpp"
#include "model/text_hash.hpp"

#include <algorithm>
#include <new>
#include <type_traits>

namespace est::model::estimator {
namespace {

constexpr double kHoursPerMonth = 730.0;

int weeksToMonthsCeil(double weeks) { return ceilToCount(weeks * 12.0 / 52.0 - 1e-9); }

int clampMonth(int m, int n) { return m < 0 ? 0 : (m > n ? n : m); }

bool migratesToAws(Disposition d) {
    return d == Disposition::Rehost || d == Disposition::Relocate || d == Disposition::Replatform ||
           d == Disposition::Refactor;
}

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

void Estimator::prepare() {
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

void Estimator::estateShares() {
    // Pass 1, what one workload's cost needs from the whole estate: OtherCloud / Paas bill weights, the Relocate host
    // count, the PaaS workloads that move to EC2 / RDS (they share the stack's operations) and, when a rule prices
    // effort per application, how many workloads of each application move by each disposition (a workload with no
    // application is an application of its own). The recommender never proposes Relocate (recommendRules), so only
    // a disposition the user chose relocates. Each workload's OS class and recommendation are found here, once, for
    // costWorkload. The results keep their storage between estimates; costWorkload resets each one as it fills it.
    out.workloads.resize(nw);
    // Sizing memos made under other settings are forgotten; kept ones are checked per workload as it is priced.
    const bool sameSizing = scratch.sizingSettings.sameAs(aws);
    memosKept = sameSizing && scratch.sizingMemos.size() == nw;
    if (!sameSizing) {
        scratch.sizingMemos.clear();
        scratch.sizingSettings = SizingSettings::of(aws);
    }
    scratch.sizingMemos.resize(nw);
    scratch.pricingInputs.resize(nw);
    std::vector<EstimatorScratch::WorkloadFacts>& facts = scratch.facts;
    const bool osClassesKept = sameEstate && scratch.osClassesKept && facts.size() == nw;
    facts.resize(nw);
    bool perApplication = false;
    for (const DispositionRule& r : s.rules) perApplication = perApplication || r.oneTimeUsdPerApplication != 0.0;
    EstimatorScratch::EstateFindings& found = scratch.estate;
    if (osClassesKept && found.kept && found.recommender == s.recommender && found.source == s.source.kind &&
        found.perApplication == perApplication) {
        // The same workloads (reuseSizing, or the same estate stamp) read with the same settings: the last pass's
        // findings hold.
        billWeight = found.billWeight;
        paasMoving = found.paasMoving;
        relocatedCount = found.relocatedCount;
        findingsKept = true;
    } else {
        // Groups kept from the last estimate are checked as the pass goes, unless the caller vouches for the workloads
        // (FiguresEstimator::reuseSizing(), the same estate stamp): a workload whose application is not its group's
        // name any more ends the pass, and it runs again finding the groups.
        const bool checkGroups = !sameEstate;
        bool groupsKept = perApplication && scratch.applicationGroupsKept && scratch.applicationOf.size() == nw;
        while (!estatePass(perApplication, groupsKept, checkGroups, osClassesKept)) groupsKept = false;
        scratch.osClassesKept = true;
        scratch.applicationGroupsKept = perApplication;
        found = {true, s.recommender, s.source.kind, perApplication, billWeight, paasMoving, relocatedCount};
    }
    // Relocate is host-based: each month pays ceil(live relocated VMs / VMs per host) hosts (see the series);
    // a workload's steady-state share (for ARR and credits) is the steady host cost / relocated VMs.
    const DispositionRule& relocateRule = s.rules[static_cast<std::size_t>(Disposition::Relocate)];
    hostMonthlyUsd =
        aws.relocateHostUsdPerHour * kHoursPerMonth * (1.0 - spDiscount) * afterEdp * relocateRule.runRateFactor;
    relocateUsdPerWorkload = relocatedCount > 0 ? hostsFor(relocatedCount) * hostMonthlyUsd / relocatedCount : 0.0;
}

bool Estimator::estatePass(bool perApplication, bool groupsKept, bool checkGroups, bool osClassesKept) {
    if (groupsKept) {
        for (std::array<int, kDispositionCount>& counts : scratch.applicationCounts) counts.fill(0);
    } else if (perApplication) {
        startApplicationGroups();
    }
    std::vector<EstimatorScratch::WorkloadFacts>& facts = scratch.facts;
    std::vector<int>& groupOf = scratch.applicationOf;
    const bool paas = s.source.kind == SourceKind::Paas;
    billWeight = 0.0;
    paasMoving = 0;
    relocatedCount = 0;
    for (std::size_t i = 0; i < nw; ++i) {
        const Workload& w = s.workloads[i];
        if (!w.monthlyCostOverrideUsd) billWeight += std::max(w.vcpu, 1);
        if (w.disposition == Disposition::Relocate) ++relocatedCount;
        EstimatorScratch::WorkloadFacts& fact = facts[i];
        if (!osClassesKept) fact.os = osCache.classify(w.os);
        fact.recommended = recommendRules(s, w, fact.os.unsupported, fact.reason);
        const Disposition d = w.disposition ? *w.disposition : fact.recommended;
        if (paas && (d == Disposition::Rehost || d == Disposition::Replatform)) ++paasMoving;
        if (!perApplication) continue;
        if (!groupsKept) {
            groupOf[i] = w.application.empty() ? -1 : applicationGroup(w.application);
        } else if (checkGroups &&
                   (groupOf[i] < 0
                        ? !w.application.empty()
                        : !sameText(scratch.applicationName(static_cast<std::size_t>(groupOf[i])), w.application))) {
            return false; // group names are distinct: while every workload matches its group's, the groups hold
        }
        if (groupOf[i] >= 0)
            ++scratch.applicationCounts[static_cast<std::size_t>(groupOf[i])][static_cast<std::size_t>(d)];
    }
    return true;
}

// No groups yet; every workload without one (-1).
void Estimator::startApplicationGroups() {
    scratch.applicationOf.assign(nw, -1);
    scratch.applicationCounts.clear();
    scratch.applicationNameBytes.clear();
    scratch.applicationNameEnds.clear();
    scratch.applicationSlots.assign(64, EstimatorScratch::ApplicationSlot{});
}

namespace {

// The slot of `name` in the table: its own, or the empty one where it goes.
EstimatorScratch::ApplicationSlot& applicationSlot(EstimatorScratch& scratch, std::string_view name, std::uint64_t h) {
    std::vector<EstimatorScratch::ApplicationSlot>& slots = scratch.applicationSlots;
    const std::size_t mask = slots.size() - 1;
    const std::uint32_t tag = static_cast<std::uint32_t>(h >> 32);
    std::size_t k = static_cast<std::size_t>(h) & mask;
    while (slots[k].group >= 0 &&
           !(slots[k].tag == tag && sameText(scratch.applicationName(static_cast<std::size_t>(slots[k].group)), name)))
        k = (k + 1) & mask;
    return slots[k];
}

} // namespace

int Estimator::applicationGroup(std::string_view name) {
    const std::uint64_t h = textHash(name);
    EstimatorScratch::ApplicationSlot* slot = &applicationSlot(scratch, name, h);
    if (slot->group >= 0) return slot->group;
    const std::size_t group = scratch.applicationNameEnds.size();
    if (2 * (group + 1) > scratch.applicationSlots.size()) { // keep it at most half full: twice the size, re-slotted
        std::vector<EstimatorScratch::ApplicationSlot> old(2 * scratch.applicationSlots.size());
        old.swap(scratch.applicationSlots);
        for (std::size_t g = 0; g < group; ++g) {
            const std::string_view known = scratch.applicationName(g);
            const std::uint64_t knownHash = textHash(known);
            applicationSlot(scratch, known, knownHash) = {static_cast<std::uint32_t>(knownHash >> 32),
                                                          static_cast<int>(g)};
        }
        slot = &applicationSlot(scratch, name, h);
    }
    *slot = {static_cast<std::uint32_t>(h >> 32), static_cast<int>(group)};
    scratch.applicationNameBytes += name;
    scratch.applicationNameEnds.push_back(static_cast<std::uint32_t>(scratch.applicationNameBytes.size()));
    scratch.applicationCounts.emplace_back().fill(0);
    return static_cast<int>(group);
}

// The workloads sharing workload i's application effort (itself included).
int Estimator::applicationShareCount(std::size_t i, Disposition d) const {
    const int group = scratch.applicationOf[i];
    return group < 0
               ? 1
               : std::max(1, scratch.applicationCounts[static_cast<std::size_t>(group)][static_cast<std::size_t>(d)]);
}

void Estimator::startDeltas() {
    // Delta arrays.
    stride = static_cast<std::size_t>(n) + 1;
    deltas.assign(stride * kDeltaCount, 0.0);

    tco = TcoSummary{};
    todayTotal = projectedMonthly = eligibleOneTime = steadyOpsLabour = 0.0;
    eligibleCount = taggedEligibleCount = taggedLateCount = pastSupportCount = 0;
    largestEligible = Largest{};
    for (Largest& l : largestIn) l = Largest{};
    programSpend.start(s, tl, n);
    pricingTally.start();
}

// Costs, timeline and MAP of one workload; everything time-dependent goes into the deltas.
void Estimator::costWorkload(std::size_t i) {
    const Workload& w = s.workloads[i];
    WorkloadResult& wr = out.workloads[i];
    static_assert(std::is_trivially_destructible_v<WorkloadResult>);
    // A fresh result in place (assigning a temporary builds it twice), default-initialised: every member has an
    // initialiser. Value-initialising it (std::construct_at) zero-fills it first, which clang compiles for wasm
    // as two memset calls per workload (Monte Carlo 1k x 1k under Node: 8 % of its time).
    ::new (static_cast<void*>(&wr)) WorkloadResult;
    const EstimatorScratch::WorkloadFacts& facts = scratch.facts[i];
    const OsClass os = facts.os;
    wr.recommended = facts.recommended;
    wr.reason = facts.reason;
    wr.dispositionFromUser = w.disposition.has_value();
    wr.effective = w.disposition ? *w.disposition : wr.recommended;
    const DispositionRule& rule = s.rules[static_cast<std::size_t>(wr.effective)];

    // Today's cost: on premises, the workload's host share, storage and licences (today_cost.hpp, licences.hpp);
    // elsewhere the bill (or the override). Licences are computed on every source: BYOL carries them.
    const double share = onPrem && w.powerState == PowerState::On && !w.monthlyCostOverrideUsd
                             ? hostShare(rates, w.vcpu, w.ramGb) * todayCopies(w)
                             : 0.0; // a standby's host too
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

    // What the move leaves on the customer's side: licences still paid, a subscription, operations labour. The
    // workload is sized here; its AWS prices and everything they feed come after, in priceWorkload().
    Money subscription = 0.0, opsLabour = 0.0, licencesKept = 0.0;
    LicenceTarget licenceTarget = LicenceTarget::None;
    const Disposition disp = wr.effective;
    if (disp == Disposition::Rehost || disp == Disposition::Replatform || disp == Disposition::Refactor) {
        const bool managedDb = disp == Disposition::Replatform &&
                               (w.kind == WorkloadKind::ManagedDatabase || w.database != DatabaseEngine::None);
        if (w.vcpu > 0 && w.ramGb > 0.0 && pricer->ready()) {
            pricer->size(w, os.family, managedDb, wr, scratch.sizingMemos[i]);
            // Licences on AWS (licences.hpp): licence-included ones are in the catalogue's rate (nothing added);
            // bring-your-own licences continue outside AWS.
            licenceTarget = wr.priceKey.rds ? LicenceTarget::Rds : LicenceTarget::Ec2;
            const double awsVcpu = wr.instanceIndex >= 0
                                       ? static_cast<double>(wr.instanceCount) *
                                             aws.catalogue->instances[static_cast<std::size_t>(wr.instanceIndex)].vcpu
                                       : 0.0;
            licencesKept = afterLicences(op, w, os.family, licenceTarget, awsVcpu, lic, t.virt).keptUsd();
        }
    } else if (disp == Disposition::Relocate) {
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
        if (subscription <= 0.0 && withText)
            workloadWarning("repurchase_unpriced", i, "users",
                            "Repurchase has no subscription price: give the users and a price per user-month, "
                            "or the licences it replaces");
    }
    if (onPrem && migratesToAws(disp)) opsLabour = t.labour * (1.0 + aws.opsLabourChangePct) * rule.opsLabourFactor;
    // A PaaS workload moved to EC2 or RDS picks up the operations the platform included: its share of the
    // engineers who run the moved stack; a move between clouds keeps today's labour, outside the bill.
    if (s.source.kind == SourceKind::Paas && (disp == Disposition::Rehost || disp == Disposition::Replatform))
        opsLabour = s.source.paasOperationsFte * op.adminUsdPerYear / 12.0 / std::max(paasMoving, 1);
    if (os.unsupported && migratesToAws(disp)) ++pastSupportCount;
    if (const char* mismatch = withText ? licenceMismatch(w, os.family, licenceTarget) : nullptr)
        workloadWarning("licence_mismatch", i, "licence", mismatch);
    wr.licencesKeptMonthlyUsd = licencesKept;
    EstimatorScratch::PricingInputs& pricing = scratch.pricingInputs[i];
    pricing.subscription = subscription;
    pricing.opsLabour = opsLabour;
    // Migration labour: the per-server rate plus this workload's share of its application's effort.
    const double applicationShare =
        rule.oneTimeUsdPerApplication != 0.0 ? rule.oneTimeUsdPerApplication / applicationShareCount(i, disp) : 0.0;
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
    if (disp == Disposition::Relocate)
        addRange(d(kRelocateVms), n, goLive, n, 1.0); // hosts are paid per whole host (buildSeries)
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

    // MAP: whether the workload's AWS spend counts, and under which credit-window reason (priceWorkload adds it).
    const bool toAws = migratesToAws(disp);
    wr.mapExclusion = !toAws
                          ? (disp == Disposition::Repurchase ? MapExclusion::NotAwsSpend : MapExclusion::NotMigrating)
                          : (w.fundedElsewhere ? MapExclusion::FundedElsewhere : MapExclusion::None);
    wr.mapEligible = wr.mapExclusion == MapExclusion::None;
    const int windowEnd = goLive + windowMonths;
    wr.creditWindowEndMonth = windowEnd;
    wr.creditFromMonth = windowEnd;
    std::uint8_t category = kNoMap;
    int tagFrom = goLive;
    if (wr.mapEligible) {
        ++eligibleCount;
        eligibleOneTime += wr.oneTimeUsd;
        category = kOnTime;
        if (w.mapTagged) {
            ++taggedEligibleCount;
            tagFrom = std::max(goLive, w.taggedFromMonth.value_or(goLive));
            wr.creditFromMonth = std::min(tagFrom, windowEnd);
            if (tagFrom > goLive) {
                ++taggedLateCount;
                category = tagFrom < windowEnd ? kLateTag : kClosedWindow;
            }
        } else {
            category = kNeverTagged;
        }
    } else if (wr.mapExclusion == MapExclusion::FundedElsewhere) {
        category = kElsewhere;
    }
    pricing.category = category;
    pricing.tagFrom = tagFrom;

    // Horizon totals by category and disposition (closed form: monthly x months paid); the AWS lines in
    // priceWorkload().
    const double legacyMonths = clampMonth(legacyEnd, n);
    const double targetMonths = n - clampMonth(goLive, n);
    addScaled(tco.statusQuoByCategory, t, n);
    addScaled(tco.migrationByCategory, t, legacyMonths);
    CostBreakdown& mc = tco.migrationByCategory;
    // awsRelocateHostsUsd comes from the monthly host count (buildSeries).
    mc.subscriptionUsd += subscription * targetMonths;
    mc.opsLabourUsd += opsLabour * targetMonths;
    mc.licencesKeptUsd += licencesKept * targetMonths;
    mc.oneTimeUsd += oneTimeInHorizon;
    DispositionTotals& dt = tco.byDisposition[static_cast<std::size_t>(disp)];
    ++dt.workloads;
    dt.todayMonthlyUsd += today;
    dt.oneTimeUsd += wr.oneTimeUsd;
    dt.horizonLegacyUsd += today * legacyMonths;
}

// What workload i costs on AWS, from its sizing (costWorkload), and every figure that follows from it. Every sum here
// is of this half only, so a repricing (same workloads and settings, other AWS prices or discounts) runs this alone.
void Estimator::priceWorkload(std::size_t i) {
    const Workload& w = s.workloads[i];
    WorkloadResult& wr = out.workloads[i];
    const EstimatorScratch::PricingInputs& pricing = scratch.pricingInputs[i];
    const Disposition disp = wr.effective;
    const DispositionRule& rule = s.rules[static_cast<std::size_t>(disp)];
    Money compute = 0.0, database = 0.0, storage = 0.0, hosts = 0.0, management = 0.0;
    if (disp == Disposition::Rehost || disp == Disposition::Replatform || disp == Disposition::Refactor) {
        if (w.vcpu > 0 && w.ramGb > 0.0 && pricer->ready()) {
            SizingMemo& memo = scratch.sizingMemos[i];
            const WorkloadAwsCost c = pricer->priced(w, memo);
            // A catalogue rate is the rate: only Refactor, which has no catalogue price for the redesigned
            // application, carries the rule's run-rate factor (a rule of thumb, named in the reports).
            const double factor = disp == Disposition::Refactor ? rule.runRateFactor : 1.0;
            wr.ec2ByolAlternativeMonthlyUsd = pricer->ec2ByolAlternative(w, scratch.facts[i].os.family, wr, memo);
            compute = c.compute * factor;
            database = c.database * factor;
            storage = c.storage * factor;
            wr.licenceIncludedMonthlyUsd = c.licenceIncluded * factor;
            if (!wr.priceKey.rds)
                management = awsManagementFor(aws, w, pricedStorageGb(s.source.storageBasis, w), afterEdp).total();
        } else {
            // Unsized managed service (no vCPU / RAM, or no price table): like-for-like at today's cost.
            compute = wr.todayMonthlyUsd * rule.runRateFactor;
        }
    } else if (disp == Disposition::Relocate) {
        hosts = relocateUsdPerWorkload;
        management = awsManagementFor(aws, w, pricedStorageGb(s.source.storageBasis, w), afterEdp).total();
    }
    const Money awsMonthly = compute + database + storage + hosts + management;
    wr.awsMonthlyUsd = awsMonthly;
    wr.awsManagementMonthlyUsd = management;
    wr.targetMonthlyUsd = awsMonthly + pricing.subscription + pricing.opsLabour + wr.licencesKeptMonthlyUsd;

    // Monthly AWS usage, and the credit window's spend by reason.
    const int goLive = wr.goLiveMonth;
    const int windowEnd = wr.creditWindowEndMonth;
    // A relocated workload's hosts are paid per whole host (buildSeries): only its management is its own.
    addRange(d(kAwsUsage), n, goLive, n, disp == Disposition::Relocate ? management : awsMonthly);
    switch (pricing.category) {
    case kLateTag:
        addRange(d(kTagged), n, pricing.tagFrom, windowEnd, awsMonthly);
        addRange(d(kLate), n, goLive, pricing.tagFrom, awsMonthly);
        break;
    case kClosedWindow:
        addRange(d(kTagged), n, pricing.tagFrom, windowEnd, awsMonthly);
        addRange(d(kWindowClosed), n, goLive, windowEnd, awsMonthly);
        break;
    case kOnTime:
        addRange(d(kTagged), n, pricing.tagFrom, windowEnd, awsMonthly);
        break;
    case kNeverTagged:
        addRange(d(kUntagged), n, goLive, windowEnd, awsMonthly);
        break;
    case kElsewhere:
        addRange(d(kFundedElsewhere), n, goLive, windowEnd, awsMonthly);
        break;
    default:
        break;
    }
    if (wr.mapEligible) projectedMonthly += awsMonthly;
    // The largest workloads of each category, for the traces (offered in scenario order: ties keep it).
    if (pricing.category != kNoMap && withText) {
        if (pricing.category != kElsewhere) largestEligible.offer(i, awsMonthly);
        largestIn[pricing.category].offer(i, awsMonthly);
    }

    const double targetMonths = n - clampMonth(goLive, n);
    CostBreakdown& mc = tco.migrationByCategory;
    mc.awsComputeUsd += compute * targetMonths;
    mc.awsDatabaseUsd += database * targetMonths;
    mc.awsStorageUsd += storage * targetMonths;
    mc.awsManagementUsd += management * targetMonths;
    DispositionTotals& dt = tco.byDisposition[static_cast<std::size_t>(disp)];
    dt.targetMonthlyUsd += disp == Disposition::Retain ? wr.todayMonthlyUsd : wr.targetMonthlyUsd;
    dt.awsMonthlyUsd += awsMonthly;
    dt.horizonTargetUsd += wr.targetMonthlyUsd * targetMonths;
    programSpend.add(w, wr); // the program-mechanics profile's eligible spend (funding_program.hpp)
    pricingTally.add(s, i, wr, withText);
}

void Estimator::workloadWarning(const char* id, std::size_t i, const char* field, const char* text) {
    std::vector<ResultWarning>& warnings = out.warnings;
    if (workloadWarnings == warnings.size()) warnings.emplace_back();
    ResultWarning& w = warnings[workloadWarnings++];
    // Assigned piece by piece: each string keeps its buffer (a temporary "workloads[" + i + "]..." would allocate).
    w.id = id;
    w.path = "workloads[";
    w.path += std::to_string(i);
    w.path += "].";
    w.path += field;
    w.text = text;
}

// Warnings about the whole scenario (each workload's own are added as it is costed).
void Estimator::scenarioWarnings() {
    if (const int asked = s.settings.horizonRequestedYears; asked > 0 && asked != s.settings.horizonYears)
        out.warnings.push_back({"horizon_adjusted", "settings.horizonYears",
                                "The file asks for a " + std::to_string(asked) +
                                    "-year horizon; this estimate covers " + std::to_string(s.settings.horizonYears) +
                                    " years (the horizons offered are 3 and 5)."});
    if (pastSupportCount > 0)
        out.warnings.push_back({"os_past_end_of_support", "",
                                std::to_string(pastSupportCount) +
                                    (pastSupportCount == 1 ? " workload runs" : " workloads run") +
                                    " an operating system past end of support: they move as they are; budget extended "
                                    "support or an upgrade for them (no cost is included for it)."});
}

void Estimator::buildSeries() {
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
    projectedMonthly =
        (prog.projectedArrOverrideUsd > 0.0 ? prog.projectedArrOverrideUsd / 12.0 : projectedMonthly) * share;
    out.projectedArrUsd = 12.0 * projectedMonthly;
    arr = out.projectedArrUsd;
}

} // namespace est::model::estimator
