// model/funding_program.cpp - the program-mechanics funding profile (see funding_program.hpp).
#include "model/funding_program.hpp"

#include "model/assumptions.hpp"
#include "model/delta_range.hpp"
#include "model/format.hpp"
#include "model/map_tagging.hpp"
#include "model/stable_sort.hpp"

#include <algorithm>
#include <cstddef>
#include <string>

namespace est::model {
namespace {

constexpr const char* kProfile = "program mechanics (AWS partner templates, 2024)";

TraceTerm term(std::string label, double value, std::string unit) {
    return TraceTerm{std::move(label), value, std::move(unit)};
}

Trace makeTrace(std::string label, std::string formula, std::vector<TraceTerm> terms, std::string rule) {
    Trace t;
    t.figureLabel = std::move(label);
    t.formula = std::move(formula);
    t.terms = std::move(terms);
    t.notes.push_back(std::string("profile: ") + kProfile);
    t.notes.push_back("rule: " + std::move(rule));
    return t;
}

std::vector<double> prefix(const double* d, int n) {
    std::vector<double> out(static_cast<std::size_t>(n), 0.0);
    double acc = 0.0;
    for (int m = 0; m < n; ++m) out[static_cast<std::size_t>(m)] = acc += d[static_cast<std::size_t>(m)];
    return out;
}

double sum(const std::vector<double>& v) {
    double t = 0.0;
    for (double x : v) t += x;
    return t;
}

} // namespace

int agreementStartMonth(const Scenario& s, const Timeline& tl) {
    return s.program.agreementStartMonth >= 0 ? s.program.agreementStartMonth : tl.assessEndMonth;
}

double eligibleSpendShare(const Program& p) {
    return std::max(0.0, 1.0 - p.dataTransferSharePct - p.marketplaceSharePct);
}

void checkFundingProgram(const Scenario& s, std::vector<ValidationError>& out) {
    const Program& p = s.program;
    if (!p.tagValue.empty())
        if (std::optional<std::string> problem = tagValueProblem(p.tagKey, p.tagValue))
            out.push_back({"program.tagValue", "under key " + std::string(mapTagKeyName(p.tagKey)) + " " + *problem});
    // Each share alone is bounded to 100 % by the registry; here only their sum.
    if (p.dataTransferSharePct <= 1.0 && p.marketplaceSharePct <= 1.0 &&
        p.dataTransferSharePct + p.marketplaceSharePct > 1.0)
        out.push_back({"program.marketplaceSharePct", "data transfer " + formatPct(p.dataTransferSharePct) +
                                                          " + Marketplace " + formatPct(p.marketplaceSharePct) +
                                                          " must be at most 100 % of AWS spend"});
    if (p.creditCapUsd > 0.0 && p.migrationSpendTargetUsd > 0.0 && p.creditCapUsd > p.migrationSpendTargetUsd)
        out.push_back(
            {"program.creditCapUsd", "must be <= the migration spend target " + formatUsd(p.migrationSpendTargetUsd) +
                                         " (credits are a share of that spend), got " + formatUsd(p.creditCapUsd)});
    if (p.mobilizeTranche1MaxUsd > p.mobilizeCashCapUsd)
        out.push_back({"program.mobilizeTranche1MaxUsd",
                       "must be <= the Mobilize cash cap " + formatUsd(p.mobilizeCashCapUsd) +
                           " (tranche 1 is part of it), got " + formatUsd(p.mobilizeTranche1MaxUsd)});
    // The registry bounds the month by the longest horizon (one error there); a shorter horizon ends sooner.
    const int months = s.settings.horizonYears * 12;
    const Assumption* bound = findAssumption("program.agreementStartMonth");
    if (p.agreementStartMonth >= months && (!bound || p.agreementStartMonth <= bound->maxValue))
        out.push_back({"program.agreementStartMonth",
                       "must be a month inside the horizon (-1 for the start of Mobilize, 0.." +
                           std::to_string(months - 1) + "), got " + std::to_string(p.agreementStartMonth)});
}

void ProgramSpend::start(const Scenario& s, const Timeline& tl, int months) {
    m_months = months;
    m_share = eligibleSpendShare(s.program);
    m_start = agreementStartMonth(s, tl);
    m_periodEnd = m_start + s.program.creditPeriodMonths;
    const std::size_t stride = static_cast<std::size_t>(months) + 1;
    m_deltas.assign(stride * kSeriesCount, 0.0);
    for (int k = 0; k < kSeriesCount; ++k) m_series[k] = m_deltas.data() + stride * static_cast<std::size_t>(k);
    m_closedByWave.assign(s.plan.waves.size(), 0.0);
    m_sizedMonthly = m_liveMonthly = 0.0;
}

void ProgramSpend::add(const Workload& w, const WorkloadResult& wr) {
    const int n = m_months, periodEnd = m_periodEnd;
    const Money monthly = wr.awsMonthlyUsd * m_share;
    const int goLive = wr.goLiveMonth;
    const int from = std::max(goLive, m_start);
    if (wr.mapExclusion == MapExclusion::FundedElsewhere) {
        addRange(m_series[kElsewhere], n, from, periodEnd, monthly);
        return;
    }
    if (!wr.mapEligible) return;
    m_sizedMonthly += monthly;
    if (goLive < n) m_liveMonthly += monthly;
    // Each month of eligible spend under one reason: inside the credit period credited (tagged), untagged or tagged
    // late; after it the period is closed, tagged or not (no tag would have earned it).
    const int closedFrom = std::max(std::max(from, periodEnd), 0);
    addRange(m_series[kClosed], n, closedFrom, n, monthly);
    if (w.wave >= 1 && static_cast<std::size_t>(w.wave) <= m_closedByWave.size())
        m_closedByWave[static_cast<std::size_t>(w.wave - 1)] += monthly * std::max(0, n - closedFrom);
    if (!w.mapTagged) {
        addRange(m_series[kUntagged], n, from, periodEnd, monthly);
        return;
    }
    // Spend counts from the tag date, never before the agreement (tags cannot be back-dated).
    const int tagFrom = std::max(from, w.taggedFromMonth.value_or(goLive));
    addRange(m_series[kTaggedAll], n, tagFrom, n, monthly);
    addRange(m_series[kTaggedIn], n, tagFrom, periodEnd, monthly);
    addRange(m_series[kLate], n, from, std::min(tagFrom, periodEnd), monthly);
}

ProgramMechanics fundingProgramMechanics(const Scenario& s, const Result& r, Money mobilizeServicesUsd,
                                         const ProgramSpend& workloadSpend, bool withText) {
    ProgramMechanics pm;
    const Program& p = s.program;
    const int n = r.months;
    const Timeline& tl = r.timeline;
    const Money arr = r.projectedArrUsd;
    const bool eligible = r.eligibility.verdict != Verdict::NotEligible;
    const bool fullMap = r.eligibility.verdict == Verdict::Map;
    const double share = eligibleSpendShare(p);
    const int start = agreementStartMonth(s, tl);
    const int periodEnd = start + p.creditPeriodMonths;
    const double rate = p.creditRatePct.expected;
    const std::size_t waves = s.plan.waves.size();

    // Monthly eligible spend by what happens to it: the workloads' delta arrays (ProgramSpend), summed.
    enum {
        kTaggedAll = ProgramSpend::kTaggedAll,
        kTaggedIn = ProgramSpend::kTaggedIn,
        kUntagged = ProgramSpend::kUntagged,
        kLate = ProgramSpend::kLate,
        kClosed = ProgramSpend::kClosed,
        kElsewhere = ProgramSpend::kElsewhere,
        kSeries = ProgramSpend::kSeriesCount
    };
    const std::vector<Money>& closedByWave = workloadSpend.closedByWave();
    const Money sizedMonthly = workloadSpend.sizedMonthly(), liveMonthly = workloadSpend.liveMonthly();
    std::vector<std::vector<double>> m(kSeries);
    for (int k = 0; k < kSeries; ++k) m[static_cast<std::size_t>(k)] = prefix(workloadSpend.series(k), n);

    FundingLadder& f = pm.ladder;
    LeftOnTable& left = f.leftOnTable;
    FundingProfileFigures& fig = pm.figures;
    f.profile = fig.profile = FundingProfile::ProgramMechanics;
    if (withText) fig.name = kProfile;
    auto pay = [&](int month, Money FundingPayment::*field, Money amount) {
        if (amount == 0.0 || month < 0 || month >= n) return;
        for (FundingPayment& fp : pm.payments)
            if (fp.month == month) {
                fp.*field += amount;
                return;
            }
        FundingPayment fp;
        fp.month = month;
        fp.*field = amount;
        pm.payments.push_back(fp);
    };

    // Assess: a tiered partner payment, at most the fee share of the assessment fee, at Assess sign-off.
    const bool mapTier = arr >= p.mapMinArrUsd;
    const Money tier = mapTier ? p.assessTierMapUsd : p.assessTierLiteUsd;
    const Money assessLimit = p.assessmentFeeUsd > 0.0 ? std::min(tier, p.assessPctOfFee * p.assessmentFeeUsd) : tier;
    const bool assessInHorizon = tl.assessEndMonth < n;
    f.assess.pct = 0.0;
    f.assess.basisUsd = arr;
    f.assess.uncappedUsd = assessLimit;
    f.assess.releaseMonth = tl.assessEndMonth;
    f.assess.releasedInHorizon = assessInHorizon;
    if (withText) f.assess.releasedBy = "Assess complete with the customer's sign-off (paid to the partner)";
    f.assess.amountUsd = eligible && assessInHorizon ? assessLimit : 0.0;
    fig.assessMonth = f.assess.amountUsd > 0.0 ? tl.assessEndMonth : -1;
    pay(tl.assessEndMonth, &FundingPayment::assessUsd, f.assess.amountUsd);

    // Mobilize: partner cash on the ARR that goes live in the horizon, in tranches released by tagged spend.
    const Money arrLive = sizedMonthly > 0.0 ? arr * liveMonthly / sizedMonthly : 0.0;
    const Money arrCounted = std::min(arrLive, p.mobilizeArrCountedUsd);
    const Money byArr = p.mobilizePctOfArr * arrCounted;
    const Money mobilizeTotal = std::min({byArr, p.mobilizeCashCapUsd, mobilizeServicesUsd});
    const std::vector<double>& taggedAll = m[kTaggedAll];
    auto monthReaching = [&](Money trigger) {
        double cum = 0.0;
        for (int k = 0; k < n; ++k) {
            cum += taggedAll[static_cast<std::size_t>(k)];
            if (cum >= trigger && cum > 0.0) return k + 1; // claimed once the month's bill shows it
        }
        return -1;
    };
    if (fullMap) {
        const Money first = std::min(mobilizeTotal, p.mobilizeTranche1MaxUsd);
        const Money trigger2 = std::max(p.mobilizeTranche2TriggerPctOfArr * arr, p.mobilizeTranche1TriggerUsd);
        fig.mobilizeTranches.push_back(
            {first, p.mobilizeTranche1TriggerUsd, monthReaching(p.mobilizeTranche1TriggerUsd),
             withText ? "cumulative tagged eligible spend reaches " + formatUsd(p.mobilizeTranche1TriggerUsd)
                      : std::string()});
        if (mobilizeTotal > first)
            fig.mobilizeTranches.push_back(
                {mobilizeTotal - first, trigger2, monthReaching(trigger2),
                 withText ? "cumulative tagged eligible spend reaches " + formatUsd(trigger2) + " (" +
                                formatPct(p.mobilizeTranche2TriggerPctOfArr) + " of " + arrName(p) + ")"
                          : std::string()});
    } else {
        fig.mobilizeTranches.push_back({mobilizeTotal, 0.0,
                                        tl.mobilizeEndMonth < n && mobilizeTotal > 0.0 ? tl.mobilizeEndMonth : -1,
                                        withText ? "Mobilize completion (MAP Lite: one payment)" : std::string()});
    }
    // Partner cash never runs ahead of the services it pays for: by each month, Mobilize paid is at most the one-time
    // migration cost booked up to that month (the costed services line); the rest waits until that cost is booked,
    // else after the horizon. So partner cash can never add net money to the customer's cash flow.
    std::vector<std::pair<int, Money>> due;
    for (MobilizeTranche& t : fig.mobilizeTranches) {
        if (t.month >= n) t.month = -1;
        due.push_back({t.month, t.amountUsd});
    }
    const PaidAsCosted paidAsCosted = payAsCosted(r.monthly, n, due);
    const std::vector<Money>& mobilizeByMonth = paidAsCosted.byMonth;
    const Money mobilizePaid = paidAsCosted.totalUsd;
    const Money mobilizeLater = mobilizeTotal - mobilizePaid;
    int mobilizeFirstMonth = -1;
    for (int k = 0; k < n && mobilizeFirstMonth < 0; ++k)
        if (mobilizeByMonth[static_cast<std::size_t>(k)] > 0.0) mobilizeFirstMonth = k;
    f.mobilizeBasis = MobilizeBasis::ProjectedArr;
    f.mobilize.pct = p.mobilizePctOfArr;
    f.mobilize.basisUsd = arrLive;
    f.mobilize.uncappedUsd = byArr;
    f.mobilize.releaseMonth = mobilizeFirstMonth >= 0
                                  ? mobilizeFirstMonth
                                  : (fig.mobilizeTranches.empty() ? -1 : fig.mobilizeTranches.front().month);
    f.mobilize.releasedInHorizon = mobilizePaid > 0.0;
    if (withText)
        f.mobilize.releasedBy =
            fullMap ? "tranches: cumulative tagged eligible spend reaches each trigger (paid to the partner)"
                    : "Mobilize completion (MAP Lite; paid to the partner)";
    f.mobilize.amountUsd = eligible ? mobilizePaid : 0.0;
    if (eligible)
        for (int k = 0; k < n; ++k) pay(k, &FundingPayment::mobilizeUsd, mobilizeByMonth[static_cast<std::size_t>(k)]);

    // Credits: rate x tagged eligible spend per calendar quarter inside the credit period, up to the cap.
    const Money target =
        p.migrationSpendTargetUsd > 0.0 ? p.migrationSpendTargetUsd : arr / 12.0 * p.creditPeriodMonths;
    const Money cap = p.creditCapUsd > 0.0 ? p.creditCapUsd : rate * target;
    f.creditPct = rate;
    f.capUsd = cap;
    if (withText)
        f.creditsReleasedBy = "tagged eligible spend per calendar quarter inside the credit period (months " +
                              std::to_string(start) + " to " + std::to_string(periodEnd - 1) +
                              "), issued the month after the quarter, to the customer's AWS bill";
    const int quarters = (n + 2) / 3;
    f.quarters.assign(static_cast<std::size_t>(quarters), QuarterCredit{});
    std::vector<Money> capBefore(static_cast<std::size_t>(quarters), cap);
    double cum = 0.0, capLeft = cap;
    for (int q = 0; q < quarters; ++q) {
        QuarterCredit& qc = f.quarters[static_cast<std::size_t>(q)];
        qc.quarter = q;
        double spend = 0.0;
        for (int k = 3 * q; k < std::min(3 * q + 3, n); ++k) spend += m[kTaggedIn][static_cast<std::size_t>(k)];
        const double before = cum;
        cum += spend;
        qc.taggedSpendUsd = spend;
        qc.creditableSpendUsd = std::max(0.0, cum - std::max(before, p.creditThresholdUsd));
        qc.earnedUsd = rate * qc.creditableSpendUsd;
        qc.releaseQuarter = q + 1;
        qc.releaseMonth = 3 * (q + 1);
        qc.releasedInHorizon = qc.releaseMonth < n;
        capBefore[static_cast<std::size_t>(q)] = capLeft;
        const double got = std::min(qc.earnedUsd, std::max(capLeft, 0.0));
        capLeft -= got;
        f.creditsEarnedUsd += qc.earnedUsd;
        f.taggedSpendUsd += spend;
        if (!eligible) continue;
        left.capUsd += qc.earnedUsd - got;
        if (qc.releasedInHorizon) {
            qc.receivedUsd = got;
            f.creditsUsd += got;
            pay(qc.releaseMonth, &FundingPayment::creditsUsd, got);
        } else {
            f.creditsAfterHorizonUsd += got;
        }
    }
    f.capApplied = left.capUsd > 0.0;
    const Money untaggedSpend = sum(m[kUntagged]), lateSpend = sum(m[kLate]), closedSpend = sum(m[kClosed]),
                elsewhereSpend = sum(m[kElsewhere]);
    left.untaggedUsd = rate * untaggedSpend;
    left.taggedLateUsd = rate * lateSpend;
    left.windowClosedUsd = rate * closedSpend;
    left.fundedElsewhereUsd = rate * elsewhereSpend;
    left.belowMinimumUsd = rate * std::min(f.taggedSpendUsd, p.creditThresholdUsd);
    f.uncappedTotalUsd = assessLimit + byArr + f.creditsEarnedUsd;
    // Credits above the cap were never available: not left on the table (LeftOnTable::capUsd, not counted). The
    // credits lost to tagging, late waves, the threshold or another program are at most what the cap still allowed.
    const Money creditsWithinCap = std::min(f.creditsEarnedUsd, std::max(cap, 0.0));
    if (!eligible) {
        left.notEligibleUsd = assessLimit + byArr + creditsWithinCap;
        left.capUsd = f.creditsEarnedUsd - creditsWithinCap;
    }
    const Money beyondCapBefore = left.capUsd;
    const Money headroom = std::max(0.0, cap - (eligible ? f.creditsUsd + f.creditsAfterHorizonUsd : creditsWithinCap));
    const double withinCap = fitLeftOnTableToCap(left, headroom);
    f.totalUsd = f.assess.amountUsd + f.mobilize.amountUsd + f.creditsUsd;
    f.partnerCashUsd = f.assess.amountUsd + f.mobilize.amountUsd;
    f.customerCreditsUsd = f.creditsUsd;
    stableSort(pm.payments, [](const FundingPayment& a, const FundingPayment& b) { return a.month < b.month; });

    fig.assessUsd = f.assess.amountUsd;
    fig.mobilizeUsd = f.mobilize.amountUsd;
    fig.migrateCreditsUsd = f.creditsUsd;
    fig.totalUsd = f.totalUsd;
    fig.partnerCashUsd = f.partnerCashUsd;
    fig.customerCreditsUsd = f.customerCreditsUsd;
    fig.servicesCostUsd = mobilizeServicesUsd;
    fig.leftOnTableUsd = left.totalUsd;
    fig.creditPeriodStartMonth = start;
    fig.creditPeriodEndMonth = periodEnd;
    fig.creditCapUsd = cap;
    fig.creditPct = rate;
    for (std::size_t w = 0; w < waves; ++w) {
        const int goLive = w < tl.waveGoLiveMonth.size() ? tl.waveGoLiveMonth[w] : 0;
        LateWaveLoss l;
        l.wave = static_cast<int>(w) + 1;
        if (withText) l.name = s.plan.waves[w].name;
        l.goLiveMonth = goLive;
        l.afterHorizon = goLive >= n;
        l.spendAfterPeriodUsd = closedByWave[w];
        l.creditsLostUsd = rate * closedByWave[w] * withinCap; // as much as the cap still allowed, like the total
        if (l.afterHorizon || l.creditsLostUsd > 0.0) fig.lateWaves.push_back(std::move(l));
    }

    if (!withText) return pm; // figures only: every figure above is final
    // Traces: each names the profile and its rule; terms follow trace_eval.cpp's recipes.
    const double eligibleFlag = eligible ? 1.0 : 0.0;
    pm.assess =
        makeTrace("Assess funding (program mechanics)",
                  "Assess = " + std::string(mapTier ? "full-MAP tier " : "below-full-MAP tier ") + formatUsd(tier) +
                      (p.assessmentFeeUsd > 0.0 ? ", at most " + formatPct(p.assessPctOfFee) +
                                                      " of the assessment fee " + formatUsd(p.assessmentFeeUsd)
                                                : " (no assessment fee entered)") +
                      (assessInHorizon ? ", paid in month " + std::to_string(tl.assessEndMonth)
                                       : ", Assess ends after the horizon") +
                      (eligible ? "" : "; not eligible") + " = " + formatUsd(f.assess.amountUsd),
                  {term("Assess tier amount", tier, "USD"), term("assessment fee", p.assessmentFeeUsd, "USD"),
                   term("fee share", p.assessPctOfFee, "%"), term("paid in horizon", assessInHorizon ? 1.0 : 0.0, ""),
                   term("Assess funding", f.assess.amountUsd, "USD"), term("eligible", eligibleFlag, ""),
                   term("projected ARR", arr, "USD")},
                  "partner cash at Assess sign-off: about $60K where projected ARR >= " + formatUsd(p.mapMinArrUsd) +
                      " (re:Post, B), $0-15K below (C), at most the assessment fee share");
    std::string tranches;
    for (const MobilizeTranche& t : fig.mobilizeTranches)
        tranches += (tranches.empty() ? "" : "; ") + formatUsd(t.amountUsd) + " when " + t.releasedBy +
                    (t.month >= 0 ? " (month " + std::to_string(t.month) + ")" : " (not within the horizon)");
    pm.mobilize = makeTrace(
        "Mobilize funding (program mechanics)",
        "Mobilize = min(" + formatPct(p.mobilizePctOfArr) + " x " + arrName(p) + " live in the horizon " +
            formatUsd(arrCounted) + ", cash cap " + formatUsd(p.mobilizeCashCapUsd) + ", Mobilize services cost " +
            formatUsd(mobilizeServicesUsd) + ") = " + formatUsd(mobilizeTotal) + ": " + tranches +
            (eligible ? "" : "; not eligible") +
            "; each payment at most the one-time migration cost booked by then; paid in the horizon " +
            formatUsd(f.mobilize.amountUsd),
        {term("Mobilize share", p.mobilizePctOfArr, "%"), term("projected ARR live in the horizon", arrLive, "USD"),
         term("ARR counted up to", p.mobilizeArrCountedUsd, "USD"),
         term("Mobilize cash cap", p.mobilizeCashCapUsd, "USD"),
         term("Mobilize services cost", mobilizeServicesUsd, "USD"),
         term("paid after the horizon", mobilizeLater, "USD"), term("Mobilize funding", f.mobilize.amountUsd, "USD"),
         term("eligible", eligibleFlag, "")},
        "partner cash up to " + formatPct(p.mobilizePctOfArr) + " of ARR, cap " + formatUsd(p.mobilizeCashCapUsd) +
            ", tranche 1 (up to " + formatUsd(p.mobilizeTranche1MaxUsd) + ") at " +
            formatUsd(p.mobilizeTranche1TriggerUsd) + " cumulative tagged spend, the rest at " +
            formatPct(p.mobilizeTranche2TriggerPctOfArr) +
            " of ARR (aws-samples/aws-migops-templates, A2); MAP Lite at Mobilize completion; never above the services "
            "cost it offsets");
    pm.credits = makeTrace(
        "Migrate & Modernize credits (program mechanics)",
        "Credits = " + formatPct(rate) + " x tagged eligible spend in the credit period (months " +
            std::to_string(start) + " to " + std::to_string(periodEnd - 1) + ") above " +
            formatUsd(p.creditThresholdUsd) + " " + formatUsd(std::max(0.0, f.taggedSpendUsd - p.creditThresholdUsd)) +
            " = " + formatUsd(f.creditsEarnedUsd) + ", credit cap " + formatUsd(cap) +
            "; received within the horizon " + formatUsd(f.creditsUsd),
        {term("credit share", rate, "%"), term("tagged spend in windows", f.taggedSpendUsd, "USD"),
         term("minimum eligible spend", p.creditThresholdUsd, "USD"), term("credits earned", f.creditsEarnedUsd, "USD"),
         term("cap available", cap, "USD"), term("credits received in horizon", f.creditsUsd, "USD"),
         term("eligible", eligibleFlag, ""),
         term("credits released after the horizon", f.creditsAfterHorizonUsd, "USD"),
         term("eligible share of AWS spend", share, "%")},
        "customer credits = rate x tagged eligible spend per calendar quarter (MAP T&C section 2, A1), net of "
        "discounts, "
        "without data transfer or Marketplace software (A2), from each tag date, inside the credit period (agreement "
        "+ " +
            std::to_string(p.creditPeriodMonths) + " months, A2), up to the credit cap; rate " + formatPct(rate) +
            " (B/C)");
    pm.totalFunding = makeTrace(
        "Total MAP funding in the horizon (program mechanics)",
        "Funding = partner cash (Assess " + formatUsd(f.assess.amountUsd) + " + Mobilize " +
            formatUsd(f.mobilize.amountUsd) + ") + customer credits " + formatUsd(f.creditsUsd) + " = " +
            formatUsd(f.totalUsd) + (eligible ? "" : " (not eligible: nothing received)"),
        {term("Assess", f.assess.amountUsd, "USD"), term("Mobilize", f.mobilize.amountUsd, "USD"),
         term("credits", f.creditsUsd, "USD"), term("training", 0.0, "USD"), term("total", f.totalUsd, "USD")},
        "partner cash offsets the partner's fees; credits reduce the customer's AWS bill");

    double before = 0.0;
    for (std::size_t q = 0; q < f.quarters.size(); ++q) {
        const QuarterCredit& qc = f.quarters[q];
        const std::string name = "quarter " + std::to_string(qc.quarter + 1) + " (months " +
                                 std::to_string(3 * qc.quarter) + " to " + std::to_string(3 * qc.quarter + 2) + ")";
        pm.creditQuarters.push_back(
            makeTrace("Credits for " + name + " (program mechanics)",
                      "Credits for " + name + " = " + formatPct(rate) + " x creditable spend " +
                          formatUsd(qc.creditableSpendUsd) + " = " + formatUsd(qc.earnedUsd) + " earned, cap left " +
                          formatUsd(std::max(capBefore[q], 0.0)) + ", issued in month " +
                          std::to_string(qc.releaseMonth) + (qc.releasedInHorizon ? "" : " (after the horizon)") +
                          (eligible ? "" : "; not eligible") + ": received " + formatUsd(qc.receivedUsd),
                      {term("credit share", rate, "%"), term("tagged spend in the quarter", qc.taggedSpendUsd, "USD"),
                       term("tagged spend before the quarter", before, "USD"),
                       term("minimum eligible spend", p.creditThresholdUsd, "USD"),
                       term("creditable spend", qc.creditableSpendUsd, "USD"),
                       term("credits earned", qc.earnedUsd, "USD"), term("release month", qc.releaseMonth, "months"),
                       term("released in horizon", qc.releasedInHorizon ? 1.0 : 0.0, ""),
                       term("eligible", eligibleFlag, ""), term("cap available", capBefore[q], "USD")},
                      "calendar quarter; issued within 30 days after it ends (MAP T&C 2.2, A1)"));
        before += qc.taggedSpendUsd;
    }

    const std::string capShare = withinCap < 1.0 ? " x " + formatPct(withinCap) + " the credit cap still allowed" : "";
    auto spendReason = [&](const std::string& label, const std::string& what, Money spend, Money amount) {
        pm.leftOnTableReasons.push_back(
            makeTrace(label + " (program mechanics)",
                      label + " = " + formatPct(rate) + " x " + formatUsd(spend) + " eligible AWS spend " + what +
                          capShare + " = " + formatUsd(amount),
                      {term("credit share", rate, "%"), term("spend in the credit windows", spend, "USD"),
                       term("share within the cap", withinCap, "%")},
                      "credit rate x eligible spend that earns nothing, at most what the credit cap " + formatUsd(cap) +
                          " still allowed after the credits received (" + formatUsd(headroom) + ")"));
    };
    spendReason("Untagged", "of workloads never tagged, inside the credit period", untaggedSpend, left.untaggedUsd);
    spendReason("Tagged late", "before each workload's tag date, inside the credit period", lateSpend,
                left.taggedLateUsd);
    spendReason("Credit period closed", "after the credit period ends (late waves), within the horizon", closedSpend,
                left.windowClosedUsd);
    pm.leftOnTableReasons.push_back(
        makeTrace("Beyond the credit cap (program mechanics)",
                  "Beyond the cap (never available, not left on the table) = credits earned " +
                      formatUsd(f.creditsEarnedUsd) + " - credit cap " + formatUsd(cap) + " (never below 0) " +
                      formatUsd(beyondCapBefore) + " + credits the reasons below would have earned above the cap " +
                      formatUsd(left.capUsd - beyondCapBefore) + " = " + formatUsd(left.capUsd),
                  {term("Assess before the cap", 0.0, "USD"), term("Mobilize before the cap", 0.0, "USD"),
                   term("credits earned subject to the cap", f.creditsEarnedUsd, "USD"), term("credit cap", cap, "USD"),
                   term("reasons beyond the cap", left.capUsd - beyondCapBefore, "USD")},
                  "credits stop at the credit cap (rate x migration spend target " + formatUsd(target) +
                      "): what lies above it was never available"));
    pm.leftOnTableReasons.push_back(makeTrace(
        "Below the credit threshold (program mechanics)",
        "Below threshold = " + formatPct(rate) + " x tagged spend under " + formatUsd(p.creditThresholdUsd) + capShare +
            " = " + formatUsd(left.belowMinimumUsd),
        {term("credit share", rate, "%"), term("tagged spend in windows", f.taggedSpendUsd, "USD"),
         term("minimum eligible spend", p.creditThresholdUsd, "USD"), term("share within the cap", withinCap, "%")},
        "no AWS source sets a credit threshold; default $0 (the $50K is the Mobilize tranche-1 trigger)"));
    spendReason("Funded elsewhere", "of workloads funded by another program", elsewhereSpend, left.fundedElsewhereUsd);
    pm.leftOnTableReasons.push_back(makeTrace(
        "Not eligible (program mechanics)",
        "Not eligible = " +
            std::string(eligible ? "0 (eligible)"
                                 : "Assess " + formatUsd(assessLimit) + " + Mobilize " + formatUsd(byArr) +
                                       " + credits up to the cap " + formatUsd(creditsWithinCap)) +
            " = " + formatUsd(left.notEligibleUsd),
        {term("verdict is Not eligible", eligible ? 0.0 : 1.0, ""), term("Assess before the cap", assessLimit, "USD"),
         term("Mobilize before the cap", byArr, "USD"), term("credits earned", f.creditsEarnedUsd, "USD"),
         term("credits within the cap", creditsWithinCap, "USD"), term("training", 0.0, "USD")},
        "the whole ladder is lost when the verdict is Not eligible"));
    pm.leftOnTable = makeTrace(
        "Money left on the table (program mechanics)",
        "Left on the table = untagged " + formatUsd(left.untaggedUsd) + " + tagged late " +
            formatUsd(left.taggedLateUsd) + " + credit period closed " + formatUsd(left.windowClosedUsd) +
            " + below threshold " + formatUsd(left.belowMinimumUsd) + " + funded elsewhere " +
            formatUsd(left.fundedElsewhereUsd) + " + not eligible " + formatUsd(left.notEligibleUsd) + " = " +
            formatUsd(left.totalUsd) + " (beyond the credit cap, never available: " + formatUsd(left.capUsd) + ")",
        {term("untagged", left.untaggedUsd, "USD"), term("tagged late", left.taggedLateUsd, "USD"),
         term("window closed", left.windowClosedUsd, "USD"), term("cap", left.capUsd, "USD"),
         term("below minimum", left.belowMinimumUsd, "USD"), term("funded elsewhere", left.fundedElsewhereUsd, "USD"),
         term("not eligible", left.notEligibleUsd, "USD"), term("total", left.totalUsd, "USD")},
        "credits the plan could have earned within the credit cap and partner cash a Not eligible verdict loses; each "
        "dollar under one reason");
    fig.assess = pm.assess;
    fig.mobilize = pm.mobilize;
    fig.credits = pm.credits;
    fig.total = pm.totalFunding;
    return pm;
}

PaidAsCosted payAsCosted(const std::vector<PeriodFigures>& monthly, int months,
                         const std::vector<std::pair<int, Money>>& due) {
    PaidAsCosted out;
    std::vector<Money>& paid = out.byMonth;
    paid.assign(static_cast<std::size_t>(std::max(months, 0)), 0.0);
    Money waiting = 0.0, paidSoFar = 0.0, costBooked = 0.0;
    for (int k = 0; k < months; ++k) {
        costBooked +=
            static_cast<std::size_t>(k) < monthly.size() ? monthly[static_cast<std::size_t>(k)].oneTimeUsd : 0.0;
        for (const auto& [month, amount] : due)
            if (month == k) waiting += amount;
        const Money now = std::min(waiting, std::max(0.0, costBooked - paidSoFar));
        paid[static_cast<std::size_t>(k)] = now;
        paidSoFar += now;
        waiting -= now;
    }
    out.totalUsd = paidSoFar;
    return out;
}

double fitLeftOnTableToCap(LeftOnTable& left, Money headroomUsd) {
    Money* parts[] = {&left.untaggedUsd, &left.taggedLateUsd, &left.windowClosedUsd, &left.belowMinimumUsd,
                      &left.fundedElsewhereUsd};
    Money sum = 0.0;
    for (const Money* part : parts) sum += *part;
    const double share = sum > 0.0 && sum > headroomUsd ? std::max(headroomUsd, 0.0) / sum : 1.0;
    if (share < 1.0)
        for (Money* part : parts) {
            const Money kept = *part * share;
            left.capUsd += *part - kept;
            *part = kept;
        }
    left.totalUsd = left.untaggedUsd + left.taggedLateUsd + left.windowClosedUsd + left.belowMinimumUsd +
                    left.fundedElsewhereUsd + left.notEligibleUsd;
    return share;
}

std::vector<LeftOnTableLine> leftOnTableLines(const FundingLadder& f) {
    const bool program = f.profile == FundingProfile::ProgramMechanics;
    const LeftOnTable& l = f.leftOnTable;
    const LeftOnTableLine all[] = {
        {LeftOnTableReason::Untagged, "Never tagged", "tag these workloads map-migrated from go-live", l.untaggedUsd,
         true},
        {LeftOnTableReason::TaggedLate, "Tagged late", "tag from the go-live month: spend before the tag never counts",
         l.taggedLateUsd, true},
        program ? LeftOnTableLine{LeftOnTableReason::WindowClosed, "Credit period closed",
                                  "move these waves inside the credit period (from the agreement start)",
                                  l.windowClosedUsd, true}
                : LeftOnTableLine{LeftOnTableReason::WindowClosed, "Credit window closed",
                                  "tag inside each workload's post-go-live credit window", l.windowClosedUsd, true},
        {LeftOnTableReason::Cap,
         program ? "Beyond the credit cap (never available, not counted)"
                 : "Beyond the partner-funding cap (never available, not counted)",
         "the cap is a program limit: no plan recovers it", l.capUsd, false},
        {LeftOnTableReason::BelowMinimum, "Below the minimum eligible spend",
         "credits start after the minimum tagged spend", l.belowMinimumUsd, true},
        {LeftOnTableReason::FundedElsewhere, "Funded by another program", "never funded twice", l.fundedElsewhereUsd,
         true},
        {LeftOnTableReason::NotEligible, "Not eligible", "see Eligibility for what would clear it", l.notEligibleUsd,
         true}};
    std::vector<LeftOnTableLine> out;
    for (const LeftOnTableLine& line : all)
        if (line.amountUsd > 0.0) out.push_back(line);
    return out;
}

std::string arrName(const Program& p) { return p.projectedArrOverrideUsd > 0.0 ? "committed ARR" : "projected ARR"; }

void addFundingWarnings(const Scenario& s, Money sizedArrUsd, Result& r) {
    const Program& p = s.program;
    const Money arr = r.projectedArrUsd;
    // A committed spend (a partner's projection) that the sized workloads do not support, either way.
    if (p.projectedArrOverrideUsd > 0.0) {
        const double ratio = sizedArrUsd > 0.0 ? arr / sizedArrUsd : 0.0;
        if (sizedArrUsd <= 0.0 || ratio > 1.5 || ratio < 1.0 / 1.5)
            r.warnings.push_back(
                {"arr_differs_from_sized", "program.projectedArrOverrideUsd",
                 "MAP funding rests on a committed ARR of " + formatUsd(arr) +
                     " (the committed spend entered) while the sized "
                     "workloads give " +
                     formatUsd(sizedArrUsd) + " a year" + (sizedArrUsd > 0.0 ? " (" + formatNumber(ratio) + "x)" : "") +
                     ": eligibility, Mobilize and the credit cap follow the commitment; check it against the sizing"});
    }
    // Public sources put Migrate & Modernize credits at 15-25 % of the tagged spend they are earned on (The
    // Negotiation Experts; Opsio); no AWS figure exists. Partner cash pays the partner's services, not the AWS bill,
    // so it is not compared with spend: Assess + Mobilize alone reach ~25 % of ARR by the same sources.
    const FundingLadder& f = r.funding;
    constexpr double kHighestPublishedCreditShare = 0.25;
    if (f.taggedSpendUsd > 0.0 && f.creditsEarnedUsd > kHighestPublishedCreditShare * f.taggedSpendUsd)
        r.warnings.push_back(
            {"funding_above_typical", "program.creditRatePct",
             "MAP credits of " + formatUsd(f.creditsEarnedUsd) + " are " +
                 formatPct(f.creditsEarnedUsd / f.taggedSpendUsd) + " of the " + formatUsd(f.taggedSpendUsd) +
                 " of tagged eligible spend they are earned on, above the 15-25 % public sources report (AWS MAP "
                 "Credits Explained, The Negotiation Experts, read 2026-11-23); AWS publishes no rate: check the "
                 "credit rate against the MAP agreement"});
}

std::string fundingChangeText(const Result& before, const Result& after) {
    auto signedUsd = [](Money v) { return (v > 0.0 ? "+" : "") + formatUsd(v); };
    const FundingLadder &a = before.funding, &b = after.funding;
    return "total MAP funding " + formatUsd(a.totalUsd) + " -> " + formatUsd(b.totalUsd) + " (" +
           signedUsd(b.totalUsd - a.totalUsd) + "): credits " + signedUsd(b.customerCreditsUsd - a.customerCreditsUsd) +
           ", partner cash " + signedUsd(b.partnerCashUsd - a.partnerCashUsd);
}

} // namespace est::model
