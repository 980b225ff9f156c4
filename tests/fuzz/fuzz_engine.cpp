// tests/fuzz/fuzz_engine.cpp - property-based libFuzzer target over the engine: the bytes choose a VALID scenario
// (sizes, rates, waves, dispositions, tags, sources: on-premises, other cloud, PaaS; any value inside the
// validation bounds, often at them), and the result must keep the engine's invariants. A broken invariant
// prints what broke and aborts.
//
// Not checked: "partner cash never above the services cost it offsets" - the model has no partner cash
// that offsets a services cost (Mobilize on the services basis is a share <= 100 % of it, checked below).
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "model/assumptions.hpp"
#include "model/engine.hpp"
#include "model/synthetic_estate.hpp"
#include "model/payback.hpp"
#include "model/result_check.hpp"
#include "model/trace_eval.hpp"

using namespace est::model;

namespace {

[[noreturn]] void broken(const std::string& what) {
    std::fprintf(stderr, "invariant broken: %s\n", what.c_str());
    std::abort();
}

// Sums are only as exact as their largest addend: tolerances scale with the largest monthly figure.
double g_scale = 0.0;
double slack() { return 1e-6 + 1e-9 * g_scale; }
bool near(double a, double b) { return std::fabs(a - b) <= slack() + 1e-9 * std::max(std::fabs(a), std::fabs(b)); }

/// A value in [lo, hi]: mostly ordinary, sometimes exactly at a bound (where overflow would show first).
double pick(FuzzedDataProvider& in, double lo, double hi) {
    switch (in.ConsumeIntegralInRange<int>(0, 7)) {
    case 0:
        return lo;
    case 1:
        return hi;
    case 2:
        return in.ConsumeFloatingPointInRange<double>(lo, hi);
    default:
        return lo + (std::min(hi, lo + 1000.0) - lo) * in.ConsumeProbability<double>();
    }
}

int pickInt(FuzzedDataProvider& in, int lo, int hi) { return in.ConsumeIntegralInRange<int>(lo, hi); }

/// Every registry scalar: a value inside its domain (integers whole, exclusive minimums exceeded).
void fuzzRegistry(FuzzedDataProvider& in, Scenario& s) {
    for (const Assumption& a : assumptions()) {
        if (!in.ConsumeBool()) continue;
        double lo = a.minValue, hi = a.maxValue;
        if (a.minExclusive) lo = a.minValue + std::max(1e-6, 1e-9 * (hi - lo));
        double v = pick(in, lo, hi);
        if (a.integer) v = std::clamp(std::floor(v), std::ceil(lo), std::floor(hi));
        if (a.key == "settings.horizonYears") v = in.ConsumeBool() ? 3.0 : 5.0;
        if (a.isRangeField) {
            const double x = pick(in, lo, hi), y = pick(in, lo, hi);
            a.setRange(s, {std::min({v, x, y}), v, std::max({v, x, y})});
        } else {
            a.set(s, v);
        }
    }
}

// The rules that tie two fields together (validate() and the funding program's checks), kept by moving the
// second field: the generator builds valid scenarios only.
void keepCrossFieldRules(Scenario& s) {
    if (s.settings.horizonYears == 4) s.settings.horizonYears = 5;
    double largestRam = 0.0;
    for (const Workload& w : s.workloads) largestRam = std::max(largestRam, w.ramGb);
    s.source.onPrem.hostRamGb = std::max(s.source.onPrem.hostRamGb, largestRam);
    Program& p = s.program;
    p.mobilizeTranche1MaxUsd = std::min(p.mobilizeTranche1MaxUsd, p.mobilizeCashCapUsd);
    if (p.dataTransferSharePct + p.marketplaceSharePct > 1.0) p.marketplaceSharePct = 1.0 - p.dataTransferSharePct;
    if (p.creditCapUsd > 0.0 && p.migrationSpendTargetUsd > 0.0)
        p.creditCapUsd = std::min(p.creditCapUsd, p.migrationSpendTargetUsd);
    p.agreementStartMonth = std::min(p.agreementStartMonth, s.settings.horizonYears * 12 - 1);
}

Scenario build(FuzzedDataProvider& in) {
    Scenario s;
    s.source.kind = static_cast<SourceKind>(pickInt(in, 0, 2));
    s.source.provider = "fuzz";
    fuzzRegistry(in, s);
    s.settings.startYear = pickInt(in, 2000, 2100);

    // A catalogue of one region with 1-5 types at random sizes and rates (RDS at a random multiple of Linux).
    const int instances = pickInt(in, 1, 5);
    std::vector<CatalogueRow> rows;
    for (int i = 0; i < instances; ++i)
        rows.push_back({"f" + std::to_string(i) + ".x", pickInt(in, 1, 896), pick(in, 0.5, 32768.0),
                        pick(in, 0.001, 10000.0), in.ConsumeBool() ? 0.0 : pick(in, 0.0, 10000.0), 0.0});
    s.aws.region = "fuzz-region";
    s.aws.catalogue =
        catalogueFromRows(s.aws.region, rows, pick(in, 0.0, 10.0), pick(in, 1.0, 5.0), "2026-12-01", "fuzz");

    const int waves = pickInt(in, 1, 6);
    for (int i = 0; i < waves; ++i)
        s.plan.waves.push_back({"W" + std::to_string(i + 1),
                                in.ConsumeBool() ? pickInt(in, 0, 24) : pickInt(in, 0, 120),
                                in.ConsumeBool() ? pickInt(in, 0, 6) : pickInt(in, 0, 120),
                                in.ConsumeBool() ? pickInt(in, 0, 3) : pickInt(in, 0, 120)});

    static const char* kOs[] = {"Ubuntu 22.04", "Microsoft Windows Server 2022", "Windows Server 2008 R2", "CentOS 7",
                                ""};
    const int workloads = pickInt(in, 0, 40);
    for (int i = 0; i < workloads && in.remaining_bytes() > 0; ++i) {
        Workload w;
        w.id = "w" + std::to_string(i);
        w.name = w.id;
        w.kind = static_cast<WorkloadKind>(pickInt(in, 0, 2));
        const bool server = w.kind == WorkloadKind::Server;
        w.vcpu = in.ConsumeBool() ? pickInt(in, server ? 1 : 0, 64) : pickInt(in, server ? 1 : 0, 896);
        w.ramGb = server ? pick(in, 0.25, 32768.0) : pick(in, 0.0, 32768.0);
        w.storageGb = pick(in, 0.0, 1048576.0);
        if (in.ConsumeBool()) w.cpuUtilP95Pct = in.ConsumeProbability<double>();
        if (in.ConsumeBool()) w.memUtilP95Pct = in.ConsumeProbability<double>();
        w.powerState = static_cast<PowerState>(pickInt(in, 0, 2));
        w.database = static_cast<DatabaseEngine>(pickInt(in, 0, 5));
        w.licence = static_cast<LicenceModel>(pickInt(in, 0, 2));
        w.os = kOs[pickInt(in, 0, 4)];
        if (in.ConsumeBool()) w.monthlyCostOverrideUsd = pick(in, 0.0, 1e7);
        w.wave = pickInt(in, 1, waves);
        if (in.ConsumeBool()) w.disposition = static_cast<Disposition>(pickInt(in, 0, kDispositionCount - 1));
        w.mapTagged = in.ConsumeBool();
        if (in.ConsumeBool()) w.taggedFromMonth = pickInt(in, 0, 120);
        w.fundedElsewhere = in.ConsumeIntegralInRange<int>(0, 4) == 0;
        s.workloads.push_back(w);
    }
    keepCrossFieldRules(s);
    return s;
}

void checkInvariants(const Scenario& s, const Result& r) {
    const int n = r.months;
    g_scale = 0.0;
    for (const PeriodFigures& p : r.monthly)
        g_scale = std::max({g_scale, p.statusQuoUsd, p.legacyUsd, p.awsUsd, p.oneTimeUsd, p.fundingTotalUsd});
    if (n != s.settings.horizonYears * 12 || static_cast<int>(r.monthly.size()) != n) broken("horizon months");
    // Every figure finite, every cost non-negative (the engine's own final check, run again on purpose).
    if (!checkResult(r).empty()) broken("checkResult: " + checkResult(r).front().toString());

    // Cumulative savings = running sum of net cash flow; net = status quo - migration costs + funding.
    double cum = 0.0;
    for (int m = 0; m < n; ++m) {
        const PeriodFigures& p = r.monthly[static_cast<std::size_t>(m)];
        const double net =
            p.statusQuoUsd -
            (p.legacyUsd + p.awsUsd + p.subscriptionUsd + p.opsLabourUsd + p.licencesKeptUsd + p.oneTimeUsd) +
            p.fundingTotalUsd;
        if (!near(net, p.netCashFlowUsd)) broken("net cash flow of month " + std::to_string(m));
        cum += p.netCashFlowUsd;
        if (!near(cum, p.cumulativeSavingsUsd)) broken("cumulative savings of month " + std::to_string(m));
        if (!near(p.fundingTotalUsd,
                  p.fundingAssessUsd + p.fundingMobilizeUsd + p.fundingCreditsUsd + p.fundingTrainingUsd))
            broken("funding parts of month " + std::to_string(m));
        if (p.dualRunningUsd > p.legacyUsd * (1 + 1e-9) + slack()) broken("dual running above legacy");
    }

    // Today's cost and the migration path add up to their categories.
    const TcoSummary& t = r.tco;
    if (!near(t.statusQuoTotalUsd, t.statusQuoByCategory.totalUsd())) broken("status quo categories");
    if (!near(t.migrationTotalUsd, t.migrationByCategory.totalUsd())) broken("migration categories");
    if (!near(t.horizonSavingsUsd, cum)) broken("horizon savings");

    // Funding: never above its caps, never before its release.
    const FundingLadder& f = r.funding;
    const Program& program = s.program;
    if (f.profile == FundingProfile::PublishedRules) {
        const double cap = program.partnerFundingCapUsd;
        double capped = f.assess.amountUsd + f.mobilize.amountUsd;
        if (program.capIncludesCredits) capped += f.creditsUsd + f.creditsAfterHorizonUsd;
        if (capped > cap * (1 + 1e-9) + slack()) broken("funding above the cap");
        if (f.assess.amountUsd > f.assess.uncappedUsd + slack() ||
            f.mobilize.amountUsd > f.mobilize.uncappedUsd + slack())
            broken("a phase above its uncapped amount");
        if (f.mobilize.uncappedUsd > f.mobilize.basisUsd * (1 + 1e-9) + slack()) broken("Mobilize above its basis");
        // Mobilize cash is paid from its release on as the migration services it offsets are costed (payAsCosted):
        // never before its release, never ahead of the one-time cost booked so far, and in all its amount.
        double mobilizePaid = 0.0, oneTimeBooked = 0.0;
        for (int m = 0; m < n; ++m) {
            const PeriodFigures& p = r.monthly[static_cast<std::size_t>(m)];
            if (p.fundingAssessUsd != 0.0 && m != f.assess.releaseMonth)
                broken("Assess paid before or after its release");
            if (p.fundingMobilizeUsd != 0.0 && m < f.mobilize.releaseMonth) broken("Mobilize paid before its release");
            mobilizePaid += p.fundingMobilizeUsd;
            oneTimeBooked += p.oneTimeUsd;
            if (mobilizePaid > oneTimeBooked * (1 + 1e-9) + slack())
                broken("Mobilize paid ahead of the services it offsets, by month " + std::to_string(m));
        }
        if (!near(mobilizePaid, f.mobilize.releasedInHorizon ? f.mobilize.amountUsd : 0.0))
            broken("Mobilize paid differs from its amount");
    } else {
        // Program mechanics: Assess at most its tier and at sign-off; Mobilize partner cash at most its cash cap and
        // its share of ARR, paid in tranches no earlier than Assess; credits at most the credit cap when one is set.
        if (f.assess.amountUsd > std::max(program.assessTierMapUsd, program.assessTierLiteUsd) * (1 + 1e-9) + slack())
            broken("Assess above its tier");
        if (f.mobilize.amountUsd > program.mobilizeCashCapUsd * (1 + 1e-9) + slack())
            broken("Mobilize above its cash cap");
        if (f.mobilize.amountUsd > program.mobilizePctOfArr * r.projectedArrUsd * (1 + 1e-9) + slack())
            broken("Mobilize above its share of ARR");
        if (program.creditCapUsd > 0.0 && f.creditsUsd > program.creditCapUsd * (1 + 1e-9) + slack())
            broken("credits above the cap");
        for (int m = 0; m < n; ++m) {
            const PeriodFigures& p = r.monthly[static_cast<std::size_t>(m)];
            if (p.fundingAssessUsd != 0.0 && m != f.assess.releaseMonth)
                broken("Assess paid before or after its release");
            if (p.fundingMobilizeUsd != 0.0 && m < r.timeline.assessEndMonth)
                broken("Mobilize paid before Assess ends");
        }
    }
    double creditsReleased = 0.0;
    for (const QuarterCredit& q : f.quarters) {
        // Credits never above rate x tagged spend; released no earlier than the spend quarter's last month.
        if (q.earnedUsd > f.creditPct * q.taggedSpendUsd * (1 + 1e-9) + slack())
            broken("quarter credits above rate x spend");
        if (q.receivedUsd > q.earnedUsd * (1 + 1e-9) + slack()) broken("quarter credits received above earned");
        if (q.releaseMonth < 3 * q.quarter + 2) broken("credits released before their quarter ends");
        if (q.receivedUsd > 0.0 && (!q.releasedInHorizon || q.releaseMonth >= n))
            broken("credits received after the horizon");
        creditsReleased += q.receivedUsd;
    }
    if (f.creditsEarnedUsd > f.creditPct * f.taggedSpendUsd * (1 + 1e-9) + slack())
        broken("credits above rate x tagged spend");
    if (!near(creditsReleased, f.creditsUsd)) broken("credits received differ from the quarters");
    double creditsInSeries = 0.0;
    for (const PeriodFigures& p : r.monthly) creditsInSeries += p.fundingCreditsUsd;
    if (!near(creditsInSeries, f.creditsUsd)) broken("credits in the series differ from the ladder");
    if (r.eligibility.verdict == Verdict::NotEligible && f.totalUsd != 0.0) broken("funding while not eligible");

    // Payback consistent with the cumulative series.
    if (t.paybackMonth) {
        const int p = *t.paybackMonth;
        if (p < 0 || p >= n) broken("payback outside the horizon");
        for (int m = p; m < n; ++m)
            if (r.monthly[static_cast<std::size_t>(m)].cumulativeSavingsUsd < 0.0)
                broken("negative savings after payback");
        if (p > 0 && p != firstActiveMonth(r.monthly) &&
            r.monthly[static_cast<std::size_t>(p - 1)].cumulativeSavingsUsd >= 0.0)
            broken("payback later than the savings turned");
        if (p < firstActiveMonth(r.monthly)) broken("payback before the migration starts");
    } else if (t.whyNoPayback == NoFigure::NeverInHorizon) {
        if (n > 0 && r.monthly.back().cumulativeSavingsUsd >= 0.0)
            broken("never paid back but savings >= 0 at the end");
    } else if (t.whyNoPayback != NoFigure::NothingMigrates ||
               (t.liveInHorizon != 0 &&
                firstActiveMonth(r.monthly) < n)) { // live but invisible (all zero) counts as nothing
        broken("payback unset without a reason");
    }
    if (t.roiPct.has_value() == (t.whyNoRoi != NoFigure::None)) broken("ROI and its reason disagree");

    // Every trace recomputes to its figure.
    for (const TraceCheck& c : checkTraces(r))
        if (!c.problem.empty()) broken("trace " + traceName(c.kind, c.index) + ": " + c.problem);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const Scenario s = build(in);
    const std::vector<ValidationError> errors = validate(s);
    if (!errors.empty()) broken("the generator built an invalid scenario: " + errors.front().toString());
    const Result r = estimate(s);
    if (!r.ok()) broken("a valid scenario gave no result: " + r.errors.front().toString());
    checkInvariants(s, r);
    return 0;
}
