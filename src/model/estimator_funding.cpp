// model/estimator_funding.cpp - the estimator's MAP funding: credits per quarter, eligibility, the published-rules
// ladder and cap, the tagging checks' words, funding booked into the cash flow and both profiles (estimator.hpp).
#include "model/estimator.hpp"

#include "model/checked_int.hpp"
#include "model/format.hpp"
#include "model/names.hpp"

#include <algorithm>
#include <limits>
#include <utility>

namespace est::model::estimator {

void Estimator::creditsByQuarter() {
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

void Estimator::eligibility() {
    el.checks.clear();
    const double avgArrPerWorkload = eligibleCount > 0 ? arr / eligibleCount : 0.0;
    auto workloadsFor = [&](double gap) {
        // Beyond kCountLimit the count means nothing: the "bundle more applications" hint instead.
        const int k = avgArrPerWorkload > 0.0 ? ceilToCount(gap / avgArrPerWorkload - 1e-9) : 0;
        return k < kCountLimit ? k : 0;
    };
    // The two ARR thresholds: MAP Lite decides the verdict; full MAP's threshold is unverified, so advisory.
    auto arrCheck = [&](CheckId id, const char* label, double threshold, bool blocking, const char* more,
                        const char* noWorkloadHint) {
        EligibilityCheck c;
        c.check = id;
        c.id = checkIdText(id);
        if (withText) c.label = label;
        c.measured = arr;
        c.threshold = threshold;
        c.unit = "USD";
        c.blocking = blocking;
        c.status = arr >= c.threshold ? CheckStatus::Pass : CheckStatus::Fail;
        if (c.status == CheckStatus::Fail) c.clearAmount = c.threshold - arr;
        if (c.status == CheckStatus::Fail && withText) {
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
    arrCheck(CheckId::MapLiteArr,
             committed ? "Your committed AWS spend per year reaches the MAP Lite minimum"
                       : "Your AWS spend per year reaches the MAP Lite minimum",
             prog.mapLiteMinArrUsd, true, " more AWS spend a year", " (bundle more applications into the engagement)");
    arrCheck(CheckId::MapArr,
             "Your AWS spend per year reaches the full MAP minimum (ask your AWS partner to confirm it)",
             prog.mapMinArrUsd, false, " more AWS spend a year for full MAP", "");
    {
        EligibilityCheck c;
        c.check = CheckId::ScopeWorkloads;
        c.id = checkIdText(c.check);
        if (withText) c.label = "Servers or equivalent cloud workloads in scope (partner heuristic, not an AWS rule)";
        c.measured = eligibleCount;
        c.threshold = prog.scopeFloorServers.expected;
        c.unit = "workloads";
        c.blocking = false;
        c.status = c.measured >= c.threshold ? CheckStatus::Pass : CheckStatus::Fail;
        if (c.status == CheckStatus::Fail) {
            // A fractional floor (10.2) still needs whole workloads, and at least one (found by fuzz_engine).
            c.clearAmount = std::max(1.0, std::ceil(c.threshold - c.measured - 1e-9));
            if (withText)
                c.clearText = formatNumber(c.clearAmount) + " more workloads in scope (bundle more applications)";
        }
        el.checks.push_back(std::move(c));
    }
    {
        EligibilityCheck c;
        c.check = CheckId::PartnerCompetency;
        c.id = checkIdText(c.check);
        if (withText) c.label = "Partner holds the AWS Migration Competency";
        c.threshold = 1.0;
        c.unit = "";
        c.blocking = true;
        if (!prog.partnerMigrationCompetency) {
            c.status = CheckStatus::Unknown;
            if (withText) c.clearText = "confirm the partner's Migration Competency";
        } else {
            c.measured = *prog.partnerMigrationCompetency ? 1.0 : 0.0;
            c.status = *prog.partnerMigrationCompetency ? CheckStatus::Pass : CheckStatus::Fail;
            if (c.status == CheckStatus::Fail) {
                c.clearAmount = 1.0;
                if (withText) c.clearText = "work with a partner holding the AWS Migration Competency";
            }
        }
        el.checks.push_back(std::move(c));
    }
    {
        EligibilityCheck c;
        c.check = CheckId::TaggingCoverage;
        c.id = checkIdText(c.check);
        if (withText) c.label = "MAP-eligible workloads carrying the map-migrated tag";
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
        c.check = CheckId::TaggingTiming;
        c.id = checkIdText(c.check);
        if (withText) c.label = "Tagged workloads tagged from go-live";
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
        c.check = CheckId::CreditsMinSpend;
        c.id = checkIdText(c.check);
        if (withText) c.label = "Tagged spend inside the credit windows reaches the minimum eligible spend";
        c.measured = f.taggedSpendUsd;
        c.threshold = prog.minEligibleSpendUsd;
        c.unit = "USD";
        c.blocking = false;
        c.status = f.taggedSpendUsd >= c.threshold ? CheckStatus::Pass : CheckStatus::Fail;
        if (c.status == CheckStatus::Fail) {
            c.clearAmount = c.threshold - f.taggedSpendUsd;
            if (withText) c.clearText = formatUsdShortfall(c.clearAmount) + " more tagged spend before credits start";
        }
        el.checks.push_back(std::move(c));
    }
    // Below the MAP Lite minimum (unverified, seed 002) the seeds disagree: about $5K-$15K a month opens the
    // ladder (seed 003). At or above that floor the verdict is Borderline, with both readings (eligibility.readings).
    bool blocked = false, belowLite = false;
    for (const EligibilityCheck& c : el.checks)
        if (c.blocking && c.status == CheckStatus::Fail) (c.check == CheckId::MapLiteArr ? belowLite : blocked) = true;
    el.verdict = blocked     ? Verdict::NotEligible
                 : belowLite ? (arr > 0.0 && arr / 12.0 >= prog.practicalFloorMonthlyUsd ? Verdict::Borderline
                                                                                         : Verdict::NotEligible)
                             : (arr >= prog.mapMinArrUsd ? Verdict::Map : Verdict::MapLite);
}

void Estimator::fundingLadder() {
    f.assess.pct = prog.assessPctOfArr;
    f.assess.basisUsd = arr;
    f.assess.uncappedUsd = prog.assessPctOfArr * arr;
    // Assess cash pays for the assessment: never more than a quoted fee (it is the services line it offsets).
    if (prog.assessmentFeeUsd > 0.0) f.assess.uncappedUsd = std::min(f.assess.uncappedUsd, prog.assessmentFeeUsd);
    f.assess.releaseMonth = tl.assessEndMonth;
    f.assess.releasedInHorizon = tl.assessEndMonth < n;
    if (withText) f.assess.releasedBy = "AWS approves the migration readiness assessment";
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
    if (withText) f.mobilize.releasedBy = "landing zone built and pre-migration tasks complete";
    if (withText)
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
        PaidAsCosted paid = payAsCosted(out.monthly, n, {{tl.mobilizeEndMonth, f.mobilize.amountUsd}});
        rulesMobilizeByMonth = std::move(paid.byMonth);
        rulesMobilizeHeldUsd = f.mobilize.amountUsd - paid.totalUsd;
        f.mobilize.amountUsd = paid.totalUsd;
        f.mobilize.releasedInHorizon = paid.totalUsd > 0.0;
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
void Estimator::taggingClearTexts() {
    const bool headlineProgram = programHeadline();
    const LeftOnTable& lost = headlineProgram ? program.ladder.leftOnTable : left;
    for (EligibilityCheck& c : el.checks) {
        if (c.status != CheckStatus::Fail) continue;
        if (c.check == CheckId::TaggingCoverage)
            c.clearText = "tag " + formatNumber(c.clearAmount) + " more workloads (" + formatUsd(lost.untaggedUsd) +
                          " of credits)";
        else if (c.check == CheckId::TaggingTiming)
            c.clearText = "tag " + std::to_string(taggedLateCount) + " workloads from go-live (" +
                          formatUsd(lost.taggedLateUsd + (headlineProgram ? 0.0 : lost.windowClosedUsd)) +
                          " of credits)";
    }
}

// The headline profile's funding goes into the monthly cash flow (the other is reported beside it).
void Estimator::bookFunding() {
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
void Estimator::fundingProfiles() {
    FundingProfiles& fp = out.fundingProfiles;
    fp.headline = prog.headlineProfile;
    fp.programMechanics = program.figures;
    FundingProfileFigures& rules = fp.publishedRules;
    rules = FundingProfileFigures{};
    rules.profile = FundingProfile::PublishedRules;
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
    rules.mobilizeTranches.push_back({f.mobilize.amountUsd, 0.0,
                                      f.mobilize.releasedInHorizon ? f.mobilize.releaseMonth : -1,
                                      f.mobilize.releasedBy});
    rules.creditPct = f.creditPct;
    rules.creditCapUsd = f.capUsd;
    if (!withText) {
        if (programHeadline()) f = program.ladder;
        return;
    }
    rules.name = std::string(fundingProfileName(FundingProfile::PublishedRules));
    Traces& tr = out.traces;
    const std::string rulesNote = "profile: " + rules.name;
    for (Trace* t : {&tr.assess, &tr.mobilize, &tr.credits, &tr.totalFunding, &tr.leftOnTable})
        t->notes.push_back(rulesNote);
    tr.assess.notes.push_back("rule: Assess ~" + formatPct(prog.assessPctOfArr) +
                              " of projected ARR (seeds 001, 002; C)");
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
        el.readings.push_back(
            {"MAP Lite from " + formatUsd(prog.mapLiteMinArrUsd) + " of AWS spend a year (unverified)",
             "cloudzero.com/blog/aws-map (marketing, C); no AWS source publishes the threshold", false, 0.0});
        el.readings.push_back({"about $5K-$15K of monthly AWS spend opens the standard ladder (from " +
                                   formatUsd(prog.practicalFloorMonthlyUsd) + " a month)",
                               "cloudroutehq.com, MAP funding mechanics (marketing, C)", true, f.totalUsd});
    }
}

} // namespace est::model::estimator
