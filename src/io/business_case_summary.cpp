// io/business_case_summary.cpp - the overview's sentences and figures from a Result (see business_case_summary.hpp).
#include "io/business_case_summary.hpp"

#include "io/palette.hpp"

#include "model/assumptions.hpp"
#include "model/names.hpp"
#include "model/stable_sort.hpp"
#include "model/funding_program.hpp"
#include "model/format.hpp"
#include "model/uncertainty.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace est::io {
namespace {

// Above this many workloads "about k more workloads" means nothing: the estate's average is too small.
constexpr int kCountLimit = 1000;

std::string plural(long long n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string yearsText(int years) { return years == 1 ? "1 year" : std::to_string(years) + " years"; }

// A shortfall in the display currency, rounded up so it is never understated ("$40,001").
std::string shortfall(double usd, const model::Settings& s) {
    return s.currencySymbol + model::formatUsdShortfall(model::toDisplay(usd, s)).substr(1);
}

const model::EligibilityCheck* findCheck(const model::Eligibility& e, model::CheckId id) {
    for (const model::EligibilityCheck& c : e.checks)
        if (c.check == id) return &c;
    return nullptr;
}

bool fails(const model::EligibilityCheck* c) { return c && c->status == model::CheckStatus::Fail; }

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

struct Counts {
    int moving = 0, retiring = 0, retained = 0, mapEligible = 0;
};

Counts countWorkloads(const model::Result& r) {
    Counts c;
    for (const model::WorkloadResult& w : r.workloads) {
        if (w.effective == model::Disposition::Retire)
            ++c.retiring;
        else if (w.effective == model::Disposition::Retain)
            ++c.retained;
        else
            ++c.moving;
        if (w.mapEligible) ++c.mapEligible;
    }
    return c;
}

std::string subjectOf(const Counts& c) {
    if (c.moving == 0) return "Retiring " + plural(c.retiring, "workload", "workloads");
    std::string s = "Moving " + plural(c.moving, "workload", "workloads") + " to AWS";
    if (c.retiring > 0) s += " and retiring " + std::to_string(c.retiring);
    return s;
}

std::string savingsOf(const model::TcoSummary& t, const model::Settings& s, int years) {
    if (t.horizonSavingsUsd >= 0.5)
        return "saves " + moneyForReading(t.horizonSavingsUsd, s) + " over " + yearsText(years);
    if (t.horizonSavingsUsd <= -0.5)
        return "costs " + moneyForReading(-t.horizonSavingsUsd, s) + " more over " + yearsText(years);
    return "breaks even over " + yearsText(years);
}

std::string paybackOf(const model::TcoSummary& t, const model::Settings& s, int years) {
    if (t.paybackMonth) return "payback " + model::monthText(s, *t.paybackMonth);
    if (t.whyNoPayback == model::NoFigure::NothingMigrates) return "nothing goes live within " + yearsText(years);
    return "no payback within " + yearsText(years);
}

NotEligiblePath notEligiblePath(const model::Result& r, const model::Settings& s, const Counts& counts) {
    NotEligiblePath p;
    p.shown = r.eligibility.verdict == model::Verdict::NotEligible;
    if (!p.shown) return p;
    const model::EligibilityCheck* arr = findCheck(r.eligibility, model::CheckId::MapLiteArr);
    const double arrUsd = r.projectedArrUsd;
    if (fails(arr)) {
        p.gapUsdPerYear = arr->clearAmount;
        p.gapText = "Your AWS spend would be " + moneyForReading(arrUsd, s) + " a year; MAP funding starts at " +
                    moneyForReading(arr->threshold, s) + " a year (MAP Lite): " + shortfall(p.gapUsdPerYear, s) +
                    " a year short.";
        p.gapBridge = {{"Your AWS spend a year", arrUsd, true, BridgeKind::Aws},
                       {"Short of MAP Lite", p.gapUsdPerYear, false, BridgeKind::Funding},
                       {"MAP Lite minimum a year", arr->threshold, true, BridgeKind::Funding}};
        if (counts.mapEligible > 0) {
            const double average = arrUsd / counts.mapEligible;
            const double k = std::ceil(p.gapUsdPerYear / average - 1e-9);
            if (k <= kCountLimit)
                p.closers.push_back("Bring about " +
                                    plural(static_cast<long long>(k), "more workload", "more workloads") +
                                    " of this estate's average size into the move (each adds about " +
                                    moneyForReading(average, s) + " a year of AWS spend)");
            else
                p.closers.push_back("Bundle more applications into the move: " + shortfall(p.gapUsdPerYear, s) +
                                    " a year more AWS spend");
        } else if (r.workloads.empty()) {
            p.closers.push_back("Add your estate: drop an RVTools or CSV inventory, open a demo or quick size");
        } else {
            p.closers.push_back("Choose workloads to move to AWS: none adds to your AWS spend yet (Dispositions)");
        }
        if (counts.retained > 0)
            p.closers.push_back("Move some of the " +
                                plural(counts.retained, "retained workload", "retained workloads") +
                                " too, instead of keeping them where they are");
    } else {
        p.gapText =
            "Your AWS spend of " + moneyForReading(arrUsd, s) + " a year is enough for MAP Lite; what is missing:";
    }
    for (const model::EligibilityCheck& c : r.eligibility.checks) {
        if (c.check == model::CheckId::MapLiteArr || !c.blocking || c.status != model::CheckStatus::Fail) continue;
        p.closers.push_back(c.check == model::CheckId::PartnerCompetency
                                ? "Work with an AWS partner that holds the Migration Competency (MAP funding needs one)"
                                : capitalised(c.clearText));
    }
    return p;
}

// A step as the customer's action with who does it and when: "Confirm the numbers ... (your finance lead, Jan 2027)".
std::string step(const std::string& action, const std::string& owner, const std::string& when) {
    return action + " (" + owner + ", " + when + ")";
}

// The customer's next steps, each with an owner and a month: the path to eligibility first when there is one, then
// confirm the numbers, run the assessment, pick (or first plan) the waves, tag from go-live. The payment schedule is
// not here: it is the Funding step's (fundingByPhase).
std::vector<std::string> nextStepsOf(const model::Scenario& scenario, const model::Result& r,
                                     const NotEligiblePath& path, const Counts& counts) {
    const model::Settings& s = scenario.settings;
    std::vector<std::string> steps;
    const model::Eligibility& e = r.eligibility;
    const model::FundingLadder& f = r.funding;
    if (r.workloads.empty())
        return {"Drop an RVTools or CSV inventory of your servers on the page",
                "Or open a demo scenario (File > Demo scenarios) to see a finished business case",
                "Or answer five questions in Quick size"};
    const std::string start = model::monthText(s, 0);
    if (path.shown) steps = path.closers;
    if (const model::EligibilityCheck* c = findCheck(e, model::CheckId::PartnerCompetency);
        c && c->status == model::CheckStatus::Unknown)
        steps.push_back(
            step("Confirm that your AWS partner holds the Migration Competency: MAP funding needs it", "you", start));
    if (e.verdict == model::Verdict::Borderline)
        steps.push_back(step("Ask your AWS account team whether MAP opens at your AWS spend of " +
                                 moneyForReading(r.projectedArrUsd, s) +
                                 " a year: the published minimum and practice disagree",
                             "you", start));
    steps.push_back(
        step("Confirm the numbers: check today's costs and the AWS sizing against your own bills and contracts",
             "your finance lead", start));
    if (!path.shown)
        steps.push_back(step("Run the migration readiness assessment with your AWS partner", "you and your partner",
                             "by " + model::monthText(s, std::max(1, r.timeline.assessEndMonth))));
    const std::vector<int>& goLive = r.timeline.waveGoLiveMonth;
    const std::string byWaves =
        "by " + model::monthText(s, std::max(r.timeline.mobilizeEndMonth, r.timeline.assessEndMonth));
    const int moving = counts.moving; // counted once per summary: a pass over 100,000 results is not free
    const int fullWave = std::max(1, scenario.plan.wavePlanning.maxServersPerWave);
    if (goLive.size() == 1 && moving > fullWave)
        // One wave of hundreds of servers is no plan: never endorse it.
        steps.push_back(step("Plan the waves: all " + plural(moving, "workload", "workloads") +
                                 " go live together in " + model::monthText(s, goLive.front()) + ", more than the " +
                                 std::to_string(fullWave) +
                                 " servers a wave moves (Plan > Plan waves proposes a first plan)",
                             "your IT lead", byWaves));
    else if (goLive.size() == 1)
        steps.push_back(
            step("Pick the workloads that move first; they all go live in " + model::monthText(s, goLive.front()),
                 "your IT lead", byWaves));
    else if (goLive.size() > 1)
        steps.push_back(step("Pick the workloads of the first wave, live in " + model::monthText(s, goLive.front()) +
                                 "; the last of " + std::to_string(goLive.size()) + " waves goes live in " +
                                 model::monthText(s, goLive.back()),
                             "your IT lead", byWaves));
    if (!path.shown) {
        const std::string fromGoLive = goLive.empty() ? start : model::monthText(s, goLive.front());
        // The reasons in the words of every screen (model::leftOnTableLines): tagging ones here, the others as is.
        double lostToTags = 0.0;
        std::vector<std::string> otherReasons;
        for (const model::LeftOnTableLine& line : model::leftOnTableLines(f)) {
            if (line.reason == model::LeftOnTableReason::Untagged ||
                line.reason == model::LeftOnTableReason::TaggedLate)
                lostToTags += line.amountUsd;
            else if (line.counted && line.reason == model::LeftOnTableReason::WindowClosed)
                otherReasons.push_back(line.label + ": " + moneyForReading(line.amountUsd, s) + " of credits; " +
                                       line.fix);
        }
        if (lostToTags > 0.0)
            steps.push_back(step("Tag every migrated resource map-migrated from its go-live: " +
                                     moneyForReading(lostToTags, s) + " of credits are lost without it",
                                 "your cloud team", "from " + fromGoLive));
        else if (f.creditsUsd > 0.0)
            steps.push_back(step("Tag every migrated resource map-migrated from its go-live: the " +
                                     moneyForReading(f.creditsUsd, s) + " of credits depend on it",
                                 "your cloud team", "from " + fromGoLive));
        for (std::string& reason : otherReasons) steps.push_back(std::move(reason));
        if (const model::EligibilityCheck* c = findCheck(e, model::CheckId::CreditsMinSpend); fails(c))
            steps.push_back(capitalised(c->clearText));
    }
    return steps;
}

// Today's monthly cost by category (the engine's shares, largest first) as amounts per year.
std::vector<SummaryPart> todayByCategoryOf(const model::TcoSummary& t) {
    std::vector<SummaryPart> parts;
    for (const model::CategoryShare& c : t.todayShares)
        parts.push_back({capitalised(c.category), c.monthlyUsd * 12.0, {}});
    return parts;
}

// The funding received within the horizon by phase, as the ladder adds it up (FundingLadder::totalUsd): Assess and
// Mobilize (with its training allowance) when released in the horizon, and the Migrate credits.
std::vector<SummaryPart> fundingByPhaseOf(const model::FundingLadder& f, const model::Settings& s) {
    auto when = [&s](const model::FundingPhase& p) {
        return "in " + model::monthText(s, p.releaseMonth) +
               (p.releasedBy.empty() ? std::string() : ", released by: " + p.releasedBy);
    };
    std::vector<SummaryPart> parts;
    if (f.assess.releasedInHorizon && f.assess.amountUsd > 0.0)
        parts.push_back({"Assess", f.assess.amountUsd, when(f.assess), palette::packed(palette::kAssess)});
    const double mobilize = f.mobilize.releasedInHorizon ? f.mobilize.amountUsd + f.trainingUsd : 0.0;
    if (mobilize > 0.0) parts.push_back({"Mobilize", mobilize, when(f.mobilize), palette::packed(palette::kMobilize)});
    if (f.creditsUsd > 0.0)
        parts.push_back({"Migrate credits", f.creditsUsd, "on your AWS bill, for resources tagged map-migrated",
                         palette::packed(palette::kCredits)});
    return parts;
}

} // namespace

std::string moneyForReading(double usd, const model::Settings& settings) {
    const double v = model::toDisplay(usd, settings);
    if (!std::isfinite(v)) return settings.currencySymbol + "?";
    const std::string sign = v <= -0.5 ? "-" : "";
    double a = std::fabs(v);
    if (a >= 1000.0) {
        // Three significant figures first, so 999,999 reads "$1M" rather than "$1000K".
        const double scale = std::pow(10.0, std::floor(std::log10(a)) - 2.0);
        a = std::round(a / scale) * scale;
    }
    static constexpr struct {
        double unit;
        const char* suffix;
    } kUnits[] = {{1e9, "B"}, {1e6, "M"}, {1e3, "K"}};
    for (const auto& u : kUnits) {
        if (a < u.unit) continue;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.2f", a / u.unit);
        std::string digits = buf; // 1.23, 45.60, 250.00: trailing zeros dropped below
        while (digits.back() == '0') digits.pop_back();
        if (digits.back() == '.') digits.pop_back();
        return sign + settings.currencySymbol + digits + u.suffix;
    }
    return sign + settings.currencySymbol + model::formatUsd(a).substr(1);
}

namespace {

// An assumption's value as the buyer reads it: money rounded, shares in percent, counts with their unit.
std::string assumptionValueText(const model::Assumption& a, double v, const model::Settings& s) {
    switch (a.unit) {
    case model::AssumptionUnit::Usd:
        return moneyForReading(v, s);
    case model::AssumptionUnit::Percent:
        return model::formatPct(v);
    case model::AssumptionUnit::Months:
        return model::formatNumber(v) + " months";
    case model::AssumptionUnit::Weeks:
        return model::formatNumber(v) + " weeks";
    case model::AssumptionUnit::Years:
        return model::formatNumber(v) + " years";
    case model::AssumptionUnit::UsdPerGbMonth:
        return s.currencySymbol + model::formatNumber(model::toDisplay(v, s)) + " per GB-month";
    default:
        return model::formatNumber(v);
    }
}

} // namespace

std::vector<std::string> whatWouldTurnIt(const model::Scenario& scenario, const model::Result& r,
                                         std::size_t maxWorkloads) {
    std::vector<std::string> out;
    const double base = r.tco.horizonSavingsUsd;
    if (!r.ok() || base > -0.5 || scenario.workloads.size() > maxWorkloads) return out;
    struct Lever {
        const model::TornadoBar* bar;
        bool high;
        double gain;
    };
    const std::vector<model::TornadoBar> bars = model::tornado(scenario, model::Metric::HorizonSavings);
    std::vector<Lever> levers;
    for (const model::TornadoBar& b : bars) {
        const bool high = b.highMetric >= b.lowMetric;
        const double gain = (high ? b.highMetric : b.lowMetric) - base;
        if (gain >= 0.5) levers.push_back({&b, high, gain});
    }
    model::stableSort(levers, [](const Lever& x, const Lever& y) { return x.gain > y.gain; });
    const model::Settings& s = scenario.settings;
    for (std::size_t i = 0; i < levers.size() && i < 3; ++i) {
        const Lever& l = levers[i];
        const model::Assumption* a = model::findAssumption(l.bar->key);
        if (a == nullptr) continue;
        const double value = l.high ? l.bar->highInput : l.bar->lowInput;
        const double after = base + l.gain;
        out.push_back(
            std::string(a->label) + " at " + assumptionValueText(*a, value, s) + " (the sources' " +
            (l.high ? "high" : "low") + " end): savings +" + moneyForReading(l.gain, s) +
            (after >= 0.5 ? ", to " + moneyForReading(after, s) + " saved" : ", to " + moneyForReading(after, s)));
    }
    return out;
}

BusinessCaseSummary summarizeBusinessCase(const model::Scenario& scenario, const model::Result& r) {
    BusinessCaseSummary out;
    const model::Settings& s = scenario.settings;
    out.ok = r.ok();
    if (!out.ok) {
        out.headline =
            "The scenario cannot be estimated yet: " + (r.errors.empty() ? std::string() : r.errors.front().toString());
        return out;
    }
    const int years = r.months > 0 ? r.months / 12 : s.horizonYears;
    const model::TcoSummary& t = r.tco;
    const model::FundingLadder& f = r.funding;
    const Counts counts = countWorkloads(r);
    out.movingWorkloads = counts.moving;
    out.retiringWorkloads = counts.retiring;
    out.verdict = r.eligibility.verdict;
    out.badge =
        out.verdict == model::Verdict::NotEligible ? "Not eligible yet" : std::string(model::verdictName(out.verdict));
    out.notEligible = notEligiblePath(r, s, counts);

    // The headline: who moves, what it saves, what AWS funds, when it pays back.
    if (r.workloads.empty()) {
        out.headline =
            "Add your estate (drop an RVTools or CSV file, open a demo or quick size) to see what moving to AWS "
            "saves and what AWS funds.";
    } else if (counts.moving == 0 && counts.retiring == 0) {
        out.headline =
            "Nothing moves to AWS yet: choose which workloads move (Dispositions) to see the savings and the "
            "AWS funding.";
    } else {
        std::string funding;
        if (out.notEligible.shown)
            funding = "not eligible for AWS funding yet" + (out.notEligible.gapUsdPerYear > 0.0
                                                                ? " (" + shortfall(out.notEligible.gapUsdPerYear, s) +
                                                                      " a year more AWS spend would qualify)"
                                                                : std::string());
        else if (f.totalUsd >= 0.5)
            funding = "AWS funds " + moneyForReading(f.totalUsd, s);
        else
            funding = "AWS funds nothing within " + yearsText(years);
        out.headline =
            subjectOf(counts) + " " + savingsOf(t, s, years) + "; " + funding + "; " + paybackOf(t, s, years) + ".";
    }

    const double oneTime = t.oneTimeUsd + t.dualRunningUsd;
    out.figures = {
        {"Today, per year", t.todayMonthlyUsd * 12.0,
         plural(static_cast<long long>(r.workloads.size()), "workload", "workloads") + " as they run today"},
        {"On AWS, per year", t.targetMonthlyUsd * 12.0,
         "after the move; your " + std::string(scenario.program.projectedArrOverrideUsd > 0.0 ? "committed " : "") +
             "AWS spend per year (MAP funding is based on it): " + moneyForReading(r.projectedArrUsd, s) +
             (scenario.program.projectedArrOverrideUsd > 0.0 ? "; the sizing gives " + moneyForReading(r.sizedArrUsd, s)
                                                             : "")},
        {"The move, net of funding", t.netMigrationCostUsd,
         "one-time " + moneyForReading(oneTime, s) + " (running both sides included) less AWS funding " +
             moneyForReading(t.fundingUsd, s)},
        {"AWS funding", f.totalUsd,
         out.notEligible.shown
             ? std::string("not eligible yet: see what would close the gap")
             : "within " + yearsText(years) + ": " + moneyForReading(f.partnerCashUsd, s) + " to your partner, " +
                   moneyForReading(f.customerCreditsUsd, s) + " in credits on your AWS bill"}};

    // The bridge over the horizon: statusQuo + run-cost change + one-time - funding = migrationTotal - funding, whose
    // difference from statusQuo is the headline's savings (horizonSavings = statusQuo - migration + funding).
    const double runOnAws = t.migrationTotalUsd - oneTime;
    const double runChange = runOnAws - t.statusQuoTotalUsd;
    out.bridgeTitle = "From today's cost to the cost with AWS, over " + yearsText(years);
    out.bridge = {{"Today, " + yearsText(years), t.statusQuoTotalUsd, true, BridgeKind::Today},
                  {runChange <= 0.0 ? "Lower run cost" : "Higher run cost", runChange, false, BridgeKind::Aws},
                  {"One-time cost", oneTime, false, BridgeKind::OneTime},
                  {"AWS funding", -t.fundingUsd, false, BridgeKind::Funding},
                  {"With AWS, " + yearsText(years), t.migrationTotalUsd - t.fundingUsd, true, BridgeKind::Aws}};
    out.nextSteps = nextStepsOf(scenario, r, out.notEligible, counts);
    out.todayByCategory = todayByCategoryOf(t);
    out.fundingByPhase = fundingByPhaseOf(f, s);
    return out;
}

} // namespace est::io
