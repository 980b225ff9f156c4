// tests/model/figures_estimate_test.cpp - the figures-only estimate (FiguresEstimator) gives every figure of the full
// estimate bit for bit, on varied synthetic estates, with its buffers reused from one scenario to the next; and the
// full estimate, keeping each workload's sizing between estimates, equals a fresh one after every kind of edit.
#include "io/price_catalogue.hpp"
#include "model/aws_pricing.hpp"
#include "model/catalogue.hpp"
#include "model/engine.hpp"
#include "model/synthetic_estate.hpp"
#include "model/uncertainty.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace est::model;

namespace {

// Bit equality: 0.1 + 0.2 and 0.3 differ here, as they would in a digest; NaN equals itself.
bool same(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

template <class AllDoubles>
bool sameBytes(const AllDoubles& a, const AllDoubles& b) {
    return std::memcmp(&a, &b, sizeof a) == 0; // structs of doubles only: no padding
}

// Records every figure that differs, by name, so a failure says which one.
struct Differences {
    std::vector<std::string> names;
    void check(bool equal, const std::string& name) {
        if (!equal) names.push_back(name);
    }
    void money(double a, double b, const std::string& name) { check(same(a, b), name); }
};

void comparePeriods(const std::vector<PeriodFigures>& a, const std::vector<PeriodFigures>& b, const std::string& name,
                    Differences& d) {
    d.check(a.size() == b.size(), name + ".size");
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        d.check(sameBytes(a[i], b[i]), name + "[" + std::to_string(i) + "]");
}

void comparePhase(const FundingPhase& a, const FundingPhase& b, const std::string& name, Differences& d) {
    d.money(a.amountUsd, b.amountUsd, name + ".amountUsd");
    d.money(a.uncappedUsd, b.uncappedUsd, name + ".uncappedUsd");
    d.money(a.basisUsd, b.basisUsd, name + ".basisUsd");
    d.money(a.pct, b.pct, name + ".pct");
    d.check(a.releaseMonth == b.releaseMonth, name + ".releaseMonth");
    d.check(a.releasedInHorizon == b.releasedInHorizon, name + ".releasedInHorizon");
}

void compareLadder(const FundingLadder& a, const FundingLadder& b, const std::string& name, Differences& d) {
    comparePhase(a.assess, b.assess, name + ".assess", d);
    comparePhase(a.mobilize, b.mobilize, name + ".mobilize", d);
    d.check(a.mobilizeBasis == b.mobilizeBasis, name + ".mobilizeBasis");
    for (auto [x, y, field] : {std::tuple{a.creditPct, b.creditPct, "creditPct"},
                               {a.creditsEarnedUsd, b.creditsEarnedUsd, "creditsEarnedUsd"},
                               {a.creditsUsd, b.creditsUsd, "creditsUsd"},
                               {a.creditsAfterHorizonUsd, b.creditsAfterHorizonUsd, "creditsAfterHorizonUsd"},
                               {a.trainingUsd, b.trainingUsd, "trainingUsd"},
                               {a.uncappedTotalUsd, b.uncappedTotalUsd, "uncappedTotalUsd"},
                               {a.totalUsd, b.totalUsd, "totalUsd"},
                               {a.capUsd, b.capUsd, "capUsd"},
                               {a.taggedSpendUsd, b.taggedSpendUsd, "taggedSpendUsd"},
                               {a.partnerCashUsd, b.partnerCashUsd, "partnerCashUsd"},
                               {a.customerCreditsUsd, b.customerCreditsUsd, "customerCreditsUsd"},
                               {a.assessmentFeeUsd, b.assessmentFeeUsd, "assessmentFeeUsd"}})
        d.money(x, y, name + "." + field);
    d.check(a.capApplied == b.capApplied, name + ".capApplied");
    d.check(a.profile == b.profile, name + ".profile");
    d.check(sameBytes(a.leftOnTable, b.leftOnTable), name + ".leftOnTable");
    d.check(a.quarters.size() == b.quarters.size(), name + ".quarters.size");
    for (std::size_t q = 0; q < a.quarters.size() && q < b.quarters.size(); ++q) {
        const QuarterCredit &x = a.quarters[q], &y = b.quarters[q];
        d.check(x.quarter == y.quarter && same(x.taggedSpendUsd, y.taggedSpendUsd) &&
                    same(x.creditableSpendUsd, y.creditableSpendUsd) && same(x.earnedUsd, y.earnedUsd) &&
                    same(x.receivedUsd, y.receivedUsd) && x.releaseQuarter == y.releaseQuarter &&
                    x.releaseMonth == y.releaseMonth && x.releasedInHorizon == y.releasedInHorizon,
                name + ".quarters[" + std::to_string(q) + "]");
    }
}

void compareProfile(const FundingProfileFigures& a, const FundingProfileFigures& b, const std::string& name,
                    Differences& d) {
    d.check(a.profile == b.profile, name + ".profile");
    for (auto [x, y, field] : {std::tuple{a.assessUsd, b.assessUsd, "assessUsd"},
                               {a.mobilizeUsd, b.mobilizeUsd, "mobilizeUsd"},
                               {a.migrateCreditsUsd, b.migrateCreditsUsd, "migrateCreditsUsd"},
                               {a.trainingUsd, b.trainingUsd, "trainingUsd"},
                               {a.totalUsd, b.totalUsd, "totalUsd"},
                               {a.partnerCashUsd, b.partnerCashUsd, "partnerCashUsd"},
                               {a.customerCreditsUsd, b.customerCreditsUsd, "customerCreditsUsd"},
                               {a.servicesCostUsd, b.servicesCostUsd, "servicesCostUsd"},
                               {a.leftOnTableUsd, b.leftOnTableUsd, "leftOnTableUsd"},
                               {a.creditCapUsd, b.creditCapUsd, "creditCapUsd"},
                               {a.creditPct, b.creditPct, "creditPct"}})
        d.money(x, y, name + "." + field);
    d.check(a.assessMonth == b.assessMonth && a.creditPeriodStartMonth == b.creditPeriodStartMonth &&
                a.creditPeriodEndMonth == b.creditPeriodEndMonth,
            name + ".months");
    d.check(a.mobilizeTranches.size() == b.mobilizeTranches.size(), name + ".mobilizeTranches.size");
    for (std::size_t t = 0; t < a.mobilizeTranches.size() && t < b.mobilizeTranches.size(); ++t)
        d.check(same(a.mobilizeTranches[t].amountUsd, b.mobilizeTranches[t].amountUsd) &&
                    same(a.mobilizeTranches[t].triggerUsd, b.mobilizeTranches[t].triggerUsd) &&
                    a.mobilizeTranches[t].month == b.mobilizeTranches[t].month,
                name + ".mobilizeTranches[" + std::to_string(t) + "]");
    d.check(a.lateWaves.size() == b.lateWaves.size(), name + ".lateWaves.size");
    for (std::size_t w = 0; w < a.lateWaves.size() && w < b.lateWaves.size(); ++w)
        d.check(a.lateWaves[w].wave == b.lateWaves[w].wave &&
                    a.lateWaves[w].goLiveMonth == b.lateWaves[w].goLiveMonth &&
                    a.lateWaves[w].afterHorizon == b.lateWaves[w].afterHorizon &&
                    same(a.lateWaves[w].spendAfterPeriodUsd, b.lateWaves[w].spendAfterPeriodUsd) &&
                    same(a.lateWaves[w].creditsLostUsd, b.lateWaves[w].creditsLostUsd),
                name + ".lateWaves[" + std::to_string(w) + "]");
}

void compareWorkload(const WorkloadResult& a, const WorkloadResult& b, const std::string& name, Differences& d) {
    d.check(a.effective == b.effective && a.recommended == b.recommended && a.reason == b.reason &&
                a.dispositionFromUser == b.dispositionFromUser,
            name + ".disposition");
    d.check(a.instanceIndex == b.instanceIndex && a.instanceCount == b.instanceCount &&
                same(a.instanceUsdPerHour, b.instanceUsdPerHour) && a.priceKey == b.priceKey &&
                a.sizingWarning == b.sizingWarning && a.licenceRateDerived == b.licenceRateDerived &&
                a.keptWithinLicenceVcpu == b.keptWithinLicenceVcpu,
            name + ".sizing");
    d.check(
        a.ec2ByolAlternativeMonthlyUsd.has_value() == b.ec2ByolAlternativeMonthlyUsd.has_value() &&
            (!a.ec2ByolAlternativeMonthlyUsd || same(*a.ec2ByolAlternativeMonthlyUsd, *b.ec2ByolAlternativeMonthlyUsd)),
        name + ".ec2ByolAlternativeMonthlyUsd");
    for (auto [x, y, field] : {std::tuple{a.neededVcpu, b.neededVcpu, "neededVcpu"},
                               {a.neededRamGb, b.neededRamGb, "neededRamGb"},
                               {a.todayMonthlyUsd, b.todayMonthlyUsd, "todayMonthlyUsd"},
                               {a.hostShare, b.hostShare, "hostShare"},
                               {a.todayLicenceMonthlyUsd, b.todayLicenceMonthlyUsd, "todayLicenceMonthlyUsd"},
                               {a.licenceIncludedMonthlyUsd, b.licenceIncludedMonthlyUsd, "licenceIncludedMonthlyUsd"},
                               {a.licencesKeptMonthlyUsd, b.licencesKeptMonthlyUsd, "licencesKeptMonthlyUsd"},
                               {a.awsMonthlyUsd, b.awsMonthlyUsd, "awsMonthlyUsd"},
                               {a.awsManagementMonthlyUsd, b.awsManagementMonthlyUsd, "awsManagementMonthlyUsd"},
                               {a.targetMonthlyUsd, b.targetMonthlyUsd, "targetMonthlyUsd"},
                               {a.oneTimeUsd, b.oneTimeUsd, "oneTimeUsd"}})
        d.money(x, y, name + "." + field);
    d.check(a.waveStartMonth == b.waveStartMonth && a.goLiveMonth == b.goLiveMonth &&
                a.legacyEndMonth == b.legacyEndMonth && a.mapEligible == b.mapEligible &&
                a.mapExclusion == b.mapExclusion && a.creditFromMonth == b.creditFromMonth &&
                a.creditWindowEndMonth == b.creditWindowEndMonth,
            name + ".timeline");
}

// Every figure of two results; text (traces, warnings, labels, words) is left out on purpose.
std::vector<std::string> figureDifferences(const Result& a, const Result& b) {
    Differences d;
    d.check(a.months == b.months, "months");
    d.check(a.workloads.size() == b.workloads.size(), "workloads.size");
    for (std::size_t i = 0; i < a.workloads.size() && i < b.workloads.size(); ++i)
        compareWorkload(a.workloads[i], b.workloads[i], "workloads[" + std::to_string(i) + "]", d);
    comparePeriods(a.monthly, b.monthly, "monthly", d);
    comparePeriods(a.quarterly, b.quarterly, "quarterly", d);
    comparePeriods(a.yearly, b.yearly, "yearly", d);
    d.check(a.timeline.assessEndMonth == b.timeline.assessEndMonth &&
                a.timeline.mobilizeEndMonth == b.timeline.mobilizeEndMonth &&
                a.timeline.waveGoLiveMonth == b.timeline.waveGoLiveMonth &&
                a.timeline.lastGoLiveMonth == b.timeline.lastGoLiveMonth,
            "timeline");
    d.money(a.projectedArrUsd, b.projectedArrUsd, "projectedArrUsd");
    d.money(a.sizedArrUsd, b.sizedArrUsd, "sizedArrUsd");
    d.check(a.databaseAlternatives.workloads == b.databaseAlternatives.workloads &&
                same(a.databaseAlternatives.rdsMonthlyUsd, b.databaseAlternatives.rdsMonthlyUsd) &&
                same(a.databaseAlternatives.savingMonthlyUsd, b.databaseAlternatives.savingMonthlyUsd),
            "databaseAlternatives");
    const TcoSummary &t = a.tco, &u = b.tco;
    for (auto [x, y, field] : {std::tuple{t.todayMonthlyUsd, u.todayMonthlyUsd, "todayMonthlyUsd"},
                               {t.targetMonthlyUsd, u.targetMonthlyUsd, "targetMonthlyUsd"},
                               {t.steadyAwsUsageMonthlyUsd, u.steadyAwsUsageMonthlyUsd, "steadyAwsUsageMonthlyUsd"},
                               {t.statusQuoTotalUsd, u.statusQuoTotalUsd, "statusQuoTotalUsd"},
                               {t.migrationTotalUsd, u.migrationTotalUsd, "migrationTotalUsd"},
                               {t.oneTimeUsd, u.oneTimeUsd, "oneTimeUsd"},
                               {t.dualRunningUsd, u.dualRunningUsd, "dualRunningUsd"},
                               {t.fundingUsd, u.fundingUsd, "fundingUsd"},
                               {t.netMigrationCostUsd, u.netMigrationCostUsd, "netMigrationCostUsd"},
                               {t.horizonSavingsUsd, u.horizonSavingsUsd, "horizonSavingsUsd"},
                               {t.npvUsd, u.npvUsd, "npvUsd"},
                               {t.horizonSavingsPct, u.horizonSavingsPct, "horizonSavingsPct"},
                               {t.runRateSavingsPct, u.runRateSavingsPct, "runRateSavingsPct"}})
        d.money(x, y, std::string("tco.") + field);
    d.check(t.paybackMonth == u.paybackMonth && t.whyNoPayback == u.whyNoPayback && t.whyNoRoi == u.whyNoRoi &&
                t.roiPct.has_value() == u.roiPct.has_value() && (!t.roiPct || same(*t.roiPct, *u.roiPct)) &&
                t.liveInHorizon == u.liveInHorizon,
            "tco.payback and roi");
    d.check(t.sanity.outside == u.sanity.outside, "tco.sanity.outside");
    d.check(sameBytes(t.statusQuoByCategory, u.statusQuoByCategory), "tco.statusQuoByCategory");
    d.check(sameBytes(t.migrationByCategory, u.migrationByCategory), "tco.migrationByCategory");
    for (std::size_t k = 0; k < t.byDisposition.size(); ++k) {
        const DispositionTotals &x = t.byDisposition[k], &y = u.byDisposition[k];
        d.check(x.workloads == y.workloads && same(x.todayMonthlyUsd, y.todayMonthlyUsd) &&
                    same(x.targetMonthlyUsd, y.targetMonthlyUsd) && same(x.awsMonthlyUsd, y.awsMonthlyUsd) &&
                    same(x.oneTimeUsd, y.oneTimeUsd) && same(x.horizonLegacyUsd, y.horizonLegacyUsd) &&
                    same(x.horizonTargetUsd, y.horizonTargetUsd),
                "tco.byDisposition[" + std::to_string(k) + "]");
    }
    compareLadder(a.funding, b.funding, "funding", d);
    d.check(a.fundingProfiles.headline == b.fundingProfiles.headline, "fundingProfiles.headline");
    compareProfile(a.fundingProfiles.programMechanics, b.fundingProfiles.programMechanics, "programMechanics", d);
    compareProfile(a.fundingProfiles.publishedRules, b.fundingProfiles.publishedRules, "publishedRules", d);
    d.check(a.eligibility.verdict == b.eligibility.verdict, "eligibility.verdict");
    d.check(a.eligibility.checks.size() == b.eligibility.checks.size(), "eligibility.checks.size");
    for (std::size_t c = 0; c < a.eligibility.checks.size() && c < b.eligibility.checks.size(); ++c) {
        const EligibilityCheck &x = a.eligibility.checks[c], &y = b.eligibility.checks[c];
        d.check(x.id == y.id && same(x.measured, y.measured) && same(x.threshold, y.threshold) &&
                    x.status == y.status && x.blocking == y.blocking && same(x.clearAmount, y.clearAmount),
                "eligibility.checks[" + std::to_string(c) + "] " + x.id);
    }
    return d.names;
}

} // namespace

TEST_CASE("the figures-only estimate gives every figure of the full estimate, bit for bit", "[model][figures]") {
    FiguresEstimator figures; // one for every case: its buffers carry over between estates of different sizes
    Result quick;
    int compared = 0;
    const std::optional<Disposition> everyDisposition[] = {
        std::nullopt,          Disposition::Retire,     Disposition::Retain,     Disposition::Rehost,
        Disposition::Relocate, Disposition::Repurchase, Disposition::Replatform, Disposition::Refactor};
    for (int size : {1, 60, 700}) {
        for (std::uint64_t seed : {3u, 11u}) {
            const SourceKind source =
                (size + static_cast<int>(seed)) % 2 == 0 ? SourceKind::Paas : SourceKind::OnPremises;
            for (const std::optional<Disposition>& disposition : everyDisposition) {
                for (int years : {3, 5}) {
                    Scenario s = makeSyntheticScenario(size, seed, source);
                    s.settings.horizonYears = years;
                    s.program.headlineProfile =
                        seed == 3u ? FundingProfile::ProgramMechanics : FundingProfile::PublishedRules;
                    if (disposition)
                        for (Workload& w : s.workloads) w.disposition = *disposition;
                    const Result full = estimate(s);
                    INFO("size " << size << ", seed " << seed << ", disposition "
                                 << (disposition ? static_cast<int>(*disposition) : -1) << ", " << years << " years");
                    REQUIRE(full.ok());
                    figures.estimate(s, quick);
                    CHECK(figureDifferences(full, quick) == std::vector<std::string>{});
                    CHECK(quick.traces.eligibilityChecks.empty()); // no text was written
                    ++compared;
                }
            }
        }
    }
    CHECK(compared == 3 * 2 * 8 * 2);
}

TEST_CASE("an estimate after an estate edit finds the application groups again", "[model][figures]") {
    // Both estimators keep the last estate's application groups and only check them: an edit that moves a workload
    // to another application (or to none) must give the figures of an estimate that kept nothing.
    // 11 applications of about 7 workloads each, all rehosted: each shares its application's effort with the others.
    const Scenario s = [] {
        Scenario x = makeSyntheticScenario(80, 7);
        x.rules[static_cast<std::size_t>(Disposition::Rehost)].oneTimeUsdPerApplication = 6000.0;
        for (Workload& w : x.workloads) w.disposition = Disposition::Rehost;
        return x;
    }();
    const Scenario unrelated = makeSyntheticScenario(3, 1); // another size: nothing of it can be kept for s
    const std::function<void(Scenario&)> edits[] = {
        [](Scenario& e) { e.workloads[0].application = "an application of its own"; },
        [](Scenario& e) { e.workloads[1].application.clear(); },
        [](Scenario& e) { e.workloads[2].application = e.workloads[3].application; },
    };
    FiguresEstimator figures;
    Result quick;
    for (std::size_t k = 0; k < std::size(edits); ++k) {
        INFO("edit " << k);
        Scenario edited = s;
        edits[k](edited);
        const Result before = estimate(s); // the groups of s are kept now
        const Result afterKept = estimate(edited);
        (void)estimate(unrelated);
        const Result afterNothingKept = estimate(edited);
        REQUIRE(afterNothingKept.ok());
        CHECK(figureDifferences(afterKept, afterNothingKept) == std::vector<std::string>{});
        figures.estimate(s, quick);
        figures.estimate(edited, quick);
        CHECK(figureDifferences(afterNothingKept, quick) == std::vector<std::string>{});
        // The edit matters: some workload's share of its application's effort moved.
        bool effortMoved = false;
        for (std::size_t i = 0; i < s.workloads.size(); ++i)
            effortMoved =
                effortMoved || !same(before.workloads[i].oneTimeUsd, afterNothingKept.workloads[i].oneTimeUsd);
        CHECK(effortMoved);
    }
}

TEST_CASE("the Monte Carlo on figures-only estimates matches a loop of full estimates", "[model][figures]") {
    // The same seed draws the same values: the percentiles of full estimates and of the Monte Carlo must agree exactly.
    const Scenario s = makeSyntheticScenario(50, 5);
    const MonteCarloResult mc = monteCarlo(s, 20, 42);
    REQUIRE(mc.errors.empty());
    const MonteCarloResult again = monteCarlo(s, 20, 42);
    CHECK(same(mc.horizonSavingsUsd.p50, again.horizonSavingsUsd.p50));
    const Result full = estimate(s);
    REQUIRE(full.ok());
    FiguresEstimator figures;
    Result quick;
    figures.estimate(s, quick);
    CHECK(same(keyFigures(full).horizonSavingsUsd, keyFigures(quick).horizonSavingsUsd));
    CHECK(same(keyFigures(full).netMigrationCostUsd, keyFigures(quick).netMigrationCostUsd));
}

TEST_CASE("a figures estimate that reuses the estate's findings equals one that kept nothing", "[model][figures]") {
    // With reuseSizing the estimator takes the last pass over the estate (recommendations, bill weights, application
    // counts) as it is while the settings that pass reads are unchanged. Each edit below changes one of them, without
    // touching sizing: the estimate after it must give the figures of a fresh estimator's, and differ from before it.
    const Scenario s = makeSyntheticScenario(200, 13);
    const std::function<void(Scenario&)> edits[] = {
        // Most measured workloads become idle: the recommender retires them.
        [](Scenario& e) { e.recommender.idleCpuPct = e.recommender.idleMemPct = 0.6; },
        // No rule prices effort per application any more: application counts are not needed.
        [](Scenario& e) {
            for (DispositionRule& r : e.rules) r.oneTimeUsdPerApplication = 0.0;
        },
        // The source becomes a platform: the workloads moving to EC2 / RDS share its operations team.
        [](Scenario& e) {
            e.source.kind = SourceKind::Paas;
            e.source.monthlyBillUsd = 90000.0;
        },
    };
    for (std::size_t k = 0; k < std::size(edits); ++k) {
        INFO("edit " << k);
        Scenario edited = s;
        edits[k](edited);
        FiguresEstimator reusing;
        reusing.reuseSizing(true);
        Result before, afterReuse, afterNothingKept;
        reusing.estimate(s, before);
        reusing.estimate(edited, afterReuse);
        FiguresEstimator fresh;
        fresh.estimate(edited, afterNothingKept);
        REQUIRE(validate(edited).empty());
        CHECK(figureDifferences(afterReuse, afterNothingKept) == std::vector<std::string>{});
        CHECK(!figureDifferences(before, afterNothingKept).empty()); // the edit matters
        // And back: the findings of the edited scenario are not taken for the original's.
        Result backAgain, original;
        reusing.estimate(s, backAgain);
        FiguresEstimator{}.estimate(s, original);
        CHECK(figureDifferences(backAgain, original) == std::vector<std::string>{});
    }
}

namespace {

// A full estimate on a thread of its own: nothing kept from an earlier one (the engine keeps its buffers and the
// sizer's memo per thread), so each workload is sized afresh.
Result freshFullEstimate(const Scenario& s) {
    Result r;
    std::thread([&] { estimateValidated(s, r); }).join();
    return r;
}

// The synthetic catalogue with a second region whose cheapest type of each table costs five times as much: a workload
// the first region sizes onto that type lands on another one there.
std::shared_ptr<const PriceCatalogue> twoRegionCatalogue(const PriceCatalogue& base) {
    auto c = std::make_shared<PriceCatalogue>(base);
    RegionPrices other = c->regions.front();
    other.code = other.name = "eu-test-1";
    for (Ec2Table& t : other.ec2)
        if (!t.rates.empty()) t.rates.front().usdPerHour *= 5.0;
    for (RdsTable& t : other.rds)
        if (!t.rates.empty()) t.rates.front().usdPerHour *= 5.0;
    c->regions.push_back(std::move(other));
    c->available.push_back({"eu-test-1", "eu-test-1", ""});
    sortRates(*c);
    return c;
}

// The first `count` workloads satisfying `pick`, edited by `edit`.
void editWorkloads(Scenario& s, int count, const std::function<bool(const Workload&)>& pick,
                   const std::function<void(Workload&)>& edit) {
    for (Workload& w : s.workloads)
        if (count > 0 && pick(w)) {
            edit(w);
            --count;
        }
}

// A new catalogue in which every EC2 rate of the first region is half as much again.
void dearerEc2Rates(Scenario& e) {
    auto c = std::make_shared<PriceCatalogue>(*e.aws.catalogue);
    for (Ec2Table& t : c->regions.front().ec2)
        for (InstanceRate& r : t.rates) r.usdPerHour *= 1.5;
    e.aws.catalogue = c;
}

bool measured(const Workload& w) { return w.cpuUtilP95Pct.has_value() && w.database == DatabaseEngine::None; }
bool withDatabase(const Workload& w) { return w.database != DatabaseEngine::None; }

} // namespace

TEST_CASE("a full estimate that keeps each workload's sizing equals a fresh one after every kind of edit",
          "[model][figures]") {
    // estimateValidated() keeps each workload's instance pick and reuses it while the workload's SizingInputs and the
    // SizingSettings are unchanged. After each edit, the estimate on the thread that kept the picks must give every
    // figure and warning of an estimate on a fresh thread, and (but for an equal catalogue copy) differ from before.
    Scenario s = makeSyntheticScenario(300, 17);
    s.aws.catalogue = twoRegionCatalogue(*est::io::embeddedCatalogue()); // with Graviton types
    // Production databases on RDS with a standby today: the ones aws.rdsMultiAzForProduction decides.
    editWorkloads(s, 10, withDatabase, [](Workload& w) {
        w.environment = Environment::Production;
        w.standbyToday = true;
        w.disposition = Disposition::Replatform;
    });
    REQUIRE(validate(s).empty());
    struct Edit {
        const char* what;
        std::function<void(Scenario&)> apply;
        bool matters = true;
    };
    const Edit edits[] = {
        {"headroom (a setting sizing reads)", [](Scenario& e) { e.aws.headroomPct = 0.7; }},
        {"MPA fallback peaks", [](Scenario& e) { e.aws.mpaFallbackPeaks = !e.aws.mpaFallbackPeaks; }},
        {"Graviton allowed", [](Scenario& e) { e.aws.allowGraviton = !e.aws.allowGraviton; }},
        {"burstable allowed", [](Scenario& e) { e.aws.allowBurstable = !e.aws.allowBurstable; }},
        {"RDS Multi-AZ for production",
         [](Scenario& e) { e.aws.rdsMultiAzForProduction = !e.aws.rdsMultiAzForProduction; }},
        {"EDP discount (a setting sizing does not read)", [](Scenario& e) { e.aws.enterpriseDiscountPct = 0.11; }},
        {"workloads' p95 CPU",
         [](Scenario& e) { editWorkloads(e, 30, measured, [](Workload& w) { w.cpuUtilP95Pct = 0.97; }); }},
        {"workloads' p95 memory",
         [](Scenario& e) { editWorkloads(e, 30, measured, [](Workload& w) { w.memUtilP95Pct = 0.97; }); }},
        {"workloads' vCPU", [](Scenario& e) { editWorkloads(e, 30, measured, [](Workload& w) { w.vcpu *= 4; }); }},
        {"workloads' RAM", [](Scenario& e) { editWorkloads(e, 30, measured, [](Workload& w) { w.ramGb *= 4.0; }); }},
        {"workloads' p95 CPU unset",
         [](Scenario& e) { editWorkloads(e, 30, measured, [](Workload& w) { w.cpuUtilP95Pct.reset(); }); }},
        {"databases' edition",
         [](Scenario& e) {
             editWorkloads(e, 30, withDatabase, [](Workload& w) {
                 w.databaseEdition = w.databaseEdition == DatabaseEdition::Enterprise ? DatabaseEdition::Standard
                                                                                      : DatabaseEdition::Enterprise;
             });
         }},
        {"databases' licence",
         [](Scenario& e) {
             editWorkloads(e, 30, withDatabase, [](Workload& w) {
                 w.licence = w.licence == LicenceModel::BringYourOwn ? LicenceModel::LicenceIncluded
                                                                     : LicenceModel::BringYourOwn;
             });
         }},
        {"databases' Multi-AZ",
         [](Scenario& e) {
             editWorkloads(e, 30, withDatabase, [](Workload& w) { w.multiAz = !rdsMultiAzFor(w, AwsTarget{}); });
         }},
        {"databases' environment",
         [](Scenario& e) {
             editWorkloads(e, 30, withDatabase, [](Workload& w) {
                 w.environment =
                     w.environment == Environment::Production ? Environment::NonProduction : Environment::Production;
             });
         }},
        {"databases' standby today",
         [](Scenario& e) {
             editWorkloads(e, 30, withDatabase, [](Workload& w) { w.standbyToday = !w.standbyToday; });
         }},
        {"databases moved to RDS",
         [](Scenario& e) {
             editWorkloads(e, 30, withDatabase, [](Workload& w) { w.disposition = Disposition::Replatform; });
         }},
        {"workloads' OS",
         [](Scenario& e) {
             editWorkloads(e, 30, measured, [](Workload& w) {
                 w.os = w.os.find("Windows") != std::string::npos ? "Ubuntu 22.04" : "Windows Server 2019";
             });
         }},
        {"a workload removed", [](Scenario& e) { e.workloads.erase(e.workloads.begin() + 3); }},
        {"a workload added in front",
         [](Scenario& e) {
             Workload big = e.workloads.back();
             big.id = "added-in-front";
             big.vcpu = 48;
             big.ramGb = 384.0;
             e.workloads.insert(e.workloads.begin(), big);
         }},
        {"the region", [](Scenario& e) { e.aws.region = "eu-test-1"; }},
        {"the catalogue (every EC2 rate of the region half as much again)", dearerEc2Rates},
        {"an equal copy of the catalogue",
         [](Scenario& e) { e.aws.catalogue = std::make_shared<PriceCatalogue>(*e.aws.catalogue); }, false},
    };
    const Result original = freshFullEstimate(s);
    for (const Edit& edit : edits) {
        INFO(edit.what);
        Scenario edited = s;
        edit.apply(edited);
        REQUIRE(validate(edited).empty());
        Result before, after;
        estimateValidated(s, before); // keeps each workload's sizing on this thread
        estimateValidated(edited, after);
        const Result fresh = freshFullEstimate(edited);
        CHECK(figureDifferences(after, fresh) == std::vector<std::string>{});
        CHECK(after.warnings == fresh.warnings);
        CHECK(figureDifferences(before, original) == std::vector<std::string>{});
        CHECK(figureDifferences(before, fresh).empty() == !edit.matters);
        // And back: the picks of the edited scenario are not taken for the original's.
        Result backAgain;
        estimateValidated(s, backAgain);
        CHECK(figureDifferences(backAgain, original) == std::vector<std::string>{});
        CHECK(backAgain.warnings == original.warnings);
    }
}

namespace {

// estimateInto() on a thread of its own: nothing kept from an earlier estimate (validation, facts, sizing).
Result freshEstimateInto(const Scenario& s) {
    Result r;
    std::thread([&] { estimateInto(s, r); }).join();
    return r;
}

// Every trace text of two results, field by field.
bool sameTraces(const Traces& a, const Traces& b) {
    return a.projectedArr == b.projectedArr && a.assess == b.assess && a.mobilize == b.mobilize &&
           a.credits == b.credits && a.totalFunding == b.totalFunding && a.npv == b.npv && a.payback == b.payback &&
           a.runRateSavings == b.runRateSavings && a.leftOnTable == b.leftOnTable && a.tcoYears == b.tcoYears &&
           a.creditQuarters == b.creditQuarters && a.leftOnTableReasons == b.leftOnTableReasons &&
           a.eligibilityChecks == b.eligibilityChecks;
}

// Every figure, warning and trace of `got` as in `want` (a fresh estimate of the same scenario).
void checkSameResult(const Result& got, const Result& want) {
    CHECK(figureDifferences(got, want) == std::vector<std::string>{});
    CHECK(got.warnings == want.warnings);
    CHECK(sameTraces(got.traces, want.traces));
}

} // namespace

TEST_CASE("an estimate given the same estate stamp equals a fresh one after every kind of settings edit",
          "[model][figures]") {
    // The app passes the same EstateStamp while only settings change (a what-if slider): the engine then skips the
    // workloads' own checks and reuses their OS classes, recommendations and the estate's sums. After each settings
    // edit below, the estimate given the stamp again must give every figure, warning and error of a fresh estimate
    // (a settings edit can still make the workloads invalid: fewer waves, no prices), and differ from before it.
    Scenario s = makeSyntheticScenario(300, 17);
    s.aws.catalogue = twoRegionCatalogue(*est::io::embeddedCatalogue());
    REQUIRE(validate(s).empty());
    REQUIRE(s.plan.waves.size() > 1);
    struct Edit {
        const char* what;
        std::function<void(Scenario&)> apply;
        bool valid = true;
    };
    const Edit edits[] = {
        {"EDP discount (the slider)", [](Scenario& e) { e.aws.enterpriseDiscountPct = 0.11; }},
        {"Savings Plan", [](Scenario& e) { e.aws.pricingModel = PricingModel::OnDemand; }},
        {"recommender's idle thresholds (read by the pass over the estate)",
         [](Scenario& e) { e.recommender.idleCpuPct = e.recommender.idleMemPct = 0.6; }},
        {"no rule prices effort per application",
         [](Scenario& e) {
             for (DispositionRule& r : e.rules) r.oneTimeUsdPerApplication = 0.0;
         }},
        {"the source becomes a platform",
         [](Scenario& e) {
             e.source.kind = SourceKind::Paas;
             e.source.monthlyBillUsd = 90000.0;
         }},
        {"host memory (today's cost)", [](Scenario& e) { e.source.onPrem.hostRamGb = 128.0; }},
        {"a longer first wave", [](Scenario& e) { e.plan.waves.front().lengthMonths += 3; }},
        {"the horizon", [](Scenario& e) { e.settings.horizonYears = e.settings.horizonYears == 5 ? 3 : 5; }},
        {"the region", [](Scenario& e) { e.aws.region = "eu-test-1"; }},
        {"the catalogue (every EC2 rate of the region half as much again)", dearerEc2Rates},
        {"one wave only (workloads of the others name no wave)", [](Scenario& e) { e.plan.waves.resize(1); }, false},
        {"no catalogue (workloads need prices)", [](Scenario& e) { e.aws.catalogue.reset(); }, false},
        {"a region without prices", [](Scenario& e) { e.aws.region = "nowhere-1"; }, false},
    };
    const Result original = freshEstimateInto(s);
    REQUIRE(original.ok());
    for (const Edit& edit : edits) {
        INFO(edit.what);
        // Edited in place, as the app edits its scenario: the same workloads, where they were.
        Scenario edited = s;
        const EstateStamp stamp = newEstateStamp();
        Result before, after;
        estimateInto(edited, before, stamp);
        edit.apply(edited);
        CHECK(validate(edited).empty() == edit.valid);
        estimateInto(edited, after, stamp); // the same workloads: the stamp again
        const Result fresh = freshEstimateInto(edited);
        CHECK(after.errors == fresh.errors);
        checkSameResult(after, fresh);
        CHECK(!figureDifferences(before, fresh).empty()); // the edit matters
        // And back (the settings undone, the workloads where they were): what the edited scenario found is not taken
        // for the original's.
        Scenario back = s;
        back.workloads.swap(edited.workloads);
        Result backAgain;
        estimateInto(back, backAgain, stamp);
        checkSameResult(backAgain, original);
    }
}

TEST_CASE("an estimate with another estate stamp checks and reads the workloads again", "[model][figures]") {
    // The stamp is the caller's word that the workloads did not change; a new stamp (an estate edit) must not reuse
    // the last estimate's checks or facts: an invalid workload is reported, an edited one is recommended again.
    const Scenario s = makeSyntheticScenario(200, 5);
    Result first;
    estimateInto(s, first, newEstateStamp());
    REQUIRE(first.ok());
    Scenario invalid = s;
    invalid.workloads[7].vcpu = 0;
    Result r;
    estimateInto(invalid, r, newEstateStamp());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "workloads[7].vcpu");
    Scenario idle = s;
    idle.workloads[3].disposition.reset();
    idle.workloads[3].powerState = PowerState::Off; // the recommender retires a powered-off workload
    const EstateStamp stamp = newEstateStamp();
    estimateInto(s, first, stamp);
    estimateInto(idle, r, newEstateStamp());
    REQUIRE(r.ok());
    CHECK(r.workloads[3].recommended == Disposition::Retire);
    CHECK(figureDifferences(r, freshEstimateInto(idle)) == std::vector<std::string>{});
}

TEST_CASE("an edit of AWS prices or discounts prices the workloads again, as a fresh estimate costs them",
          "[model][figures]") {
    // The app estimates its scenario into the same Result with the same estate stamp. When only AWS prices or
    // discounts changed since (a what-if slider), the engine keeps what costing each workload found without them
    // (today's cost, sizing, licences kept, timeline, MAP reason) and prices the workloads again; the Result keeps its
    // serial. Every figure, warning and trace must be a fresh estimate's. An edit of anything else costs the
    // workloads again (a new serial).
    Scenario s = makeSyntheticScenario(300, 17);
    s.aws.catalogue = twoRegionCatalogue(*est::io::embeddedCatalogue());
    REQUIRE(validate(s).empty());
    struct Edit {
        const char* what;
        std::function<void(Scenario&)> apply;
        bool reprices;
    };
    const Edit edits[] = {
        {"EDP discount (the slider)", [](Scenario& e) { e.aws.enterpriseDiscountPct = 0.11; }, true},
        {"a price override on the region", [](Scenario& e) { e.aws.regionMultiplier = 1.07; }, true},
        {"on demand", [](Scenario& e) { e.aws.pricingModel = PricingModel::OnDemand; }, true},
        {"a 3-year Savings Plan, and its and the RDS reservation's discounts",
         [](Scenario& e) {
             e.aws.pricingModel = PricingModel::SavingsPlan3Year;
             e.aws.savingsPlan3YearPct = 0.5;
             e.aws.rdsReserved3YearPct = 0.55;
         },
         true},
        {"the 1-year Savings Plan's discount", [](Scenario& e) { e.aws.savingsPlan1YearPct = 0.2; }, true},
        {"the RDS reservation's discount", [](Scenario& e) { e.aws.rdsReservedPct = 0.4; }, true},
        {"Enterprise support", [](Scenario& e) { e.aws.supportPlan = SupportPlan::Enterprise; }, true},
        {"the Relocate host's rate", [](Scenario& e) { e.aws.relocateHostUsdPerHour *= 1.5; }, true},
        {"backup, monitoring and security prices",
         [](Scenario& e) {
             e.aws.backupUsdPerGbMonth *= 2.0;
             e.aws.monitoringUsdPerServerMonth += 1.0;
             e.aws.securityUsdPerServerMonth += 0.5;
         },
         true},
        {"headroom (sizes again)", [](Scenario& e) { e.aws.headroomPct = 0.35; }, false},
        {"the change in operations labour", [](Scenario& e) { e.aws.opsLabourChangePct = -0.2; }, false},
        {"host memory (today's cost)", [](Scenario& e) { e.source.onPrem.hostRamGb = 128.0; }, false},
        {"the MAP credit window", [](Scenario& e) { e.program.creditWindowMonths.expected += 6.0; }, false},
    };
    const Result original = freshEstimateInto(s);
    REQUIRE(original.ok());
    for (const Edit& edit : edits) {
        INFO(edit.what);
        Scenario edited = s;
        const EstateStamp stamp = newEstateStamp();
        Result r;
        estimateInto(edited, r, stamp);
        REQUIRE(r.ok());
        const Result before = r;
        edit.apply(edited);
        REQUIRE(validate(edited).empty());
        estimateInto(edited, r, stamp);
        CHECK((r.serial == before.serial) == edit.reprices);
        const Result fresh = freshEstimateInto(edited);
        CHECK(r.errors == fresh.errors);
        checkSameResult(r, fresh);
        CHECK(!figureDifferences(before, fresh).empty()); // the edit matters
        // And back, the workloads where they were: the original's figures again.
        Scenario back = s;
        back.workloads.swap(edited.workloads);
        estimateInto(back, r, stamp);
        CHECK((r.serial == before.serial) == edit.reprices);
        checkSameResult(r, original);
    }
}

TEST_CASE("workloads are costed again when their last results may not be in the Result", "[model][figures]") {
    // Repricing reads each workload's result as the last estimate left it. Another Result, another estimate on the
    // thread in between, or a Result the caller emptied must be costed again, and still give a fresh estimate's
    // figures.
    Scenario s = makeSyntheticScenario(200, 5);
    const EstateStamp stamp = newEstateStamp();
    Result r;
    estimateInto(s, r, stamp);
    REQUIRE(r.ok());
    auto price = [&s](double edp) { s.aws.enterpriseDiscountPct = edp; };
    auto matchesFresh = [&s](const Result& got) { checkSameResult(got, freshEstimateInto(s)); };
    std::uint64_t serial = r.serial;
    price(0.03);
    estimateInto(s, r, stamp);
    CHECK(r.serial == serial); // repriced
    matchesFresh(r);

    SECTION("another Result with the same stamp") {
        price(0.04);
        Result other;
        estimateInto(s, other, stamp);
        CHECK(other.serial != serial);
        matchesFresh(other);
        price(0.05);
        estimateInto(s, r, stamp); // the scratch now holds the other Result's
        CHECK(r.serial != serial);
        matchesFresh(r);
    }
    SECTION("another scenario estimated on the thread in between (the quick size)") {
        Result quick;
        estimateInto(makeSyntheticScenario(50, 3), quick);
        price(0.06);
        estimateInto(s, r, stamp);
        CHECK(r.serial != serial);
        matchesFresh(r);
    }
    SECTION("a Result the caller emptied") {
        r = Result{};
        price(0.07);
        estimateInto(s, r, stamp);
        CHECK(r.serial != serial);
        matchesFresh(r);
    }
}
