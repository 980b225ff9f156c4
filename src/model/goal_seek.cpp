// model/goal_seek.cpp - goal seek: levers, coarse scan for a side change, bisection, "not reachable" answers.
#include "model/goal_seek.hpp"

#include "model/engine.hpp"
#include "model/format.hpp"
#include "model/stable_sort.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace est::model {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// A Range field moves its expected value; low / high widen so validate() keeps accepting the probe.
void setAssumption(const Assumption& a, Scenario& s, double v) {
    if (a.isRangeField && a.getRange && a.setRange) {
        Range r = a.getRange(s);
        r.expected = v;
        r.low = std::min(r.low, v);
        r.high = std::max(r.high, v);
        a.setRange(s, r);
    } else {
        a.set(s, v);
    }
}

std::string_view goalOpText(GoalKind k) {
    switch (k) {
    case GoalKind::AtLeast:
        return "at least";
    case GoalKind::AtMost:
        return "at most";
    case GoalKind::Equal:
        return "equal to";
    }
    return "";
}

// One probe of the search: lever value, output (NaN when the probe's scenario is invalid).
struct Probe {
    double x = 0.0;
    double y = 0.0;
};

class Evaluator {
public:
    // One working copy for every probe: copying a 100,000-workload scenario costs more than estimating it, and
    // set(x) fully determines what a lever changes.
    Evaluator(const Scenario& s, const Lever& lever, SeekOutput output) : m_work(s), m_lever(lever), m_output(output) {}
    double operator()(double x) {
        ++m_count;
        // The base scenario is valid and validate() checks registry scalars one by one against their domain,
        // so a probe is valid when the lever's own check passes; levers without a check run the full validate().
        if (m_lever.valid && !m_lever.valid(x)) return std::nan("");
        m_lever.set(m_work, x);
        if (!m_lever.valid && !validate(m_work).empty()) return std::nan("");
        m_figures.estimate(m_work, m_result);
        return seekOutputValue(m_result, m_output);
    }
    int count() const { return m_count; }

private:
    Scenario m_work;
    const Lever& m_lever;
    SeekOutput m_output;
    FiguresEstimator m_figures; // figures only, its buffers kept from probe to probe
    Result m_result;
    int m_count = 0;
};

// Which side of the goal an output is on. For AtLeast / AtMost "true" means the goal holds; for Equal it
// means output >= target (a crossing is a change of side).
bool sideOf(const Goal& g, double y) {
    switch (g.kind) {
    case GoalKind::AtLeast:
        return y >= g.target;
    case GoalKind::AtMost:
        return y <= g.target;
    case GoalKind::Equal:
        return y >= g.target;
    }
    return false;
}

bool goalHolds(const Goal& g, double y) {
    if (g.kind == GoalKind::Equal) return y == g.target;
    return sideOf(g, y);
}

// How far an output is from reaching the goal (0 when it holds); +inf for a never-payback.
double shortfall(const Goal& g, double y) {
    if (std::isnan(y)) return kInf;
    switch (g.kind) {
    case GoalKind::AtLeast:
        return y >= g.target ? 0.0 : g.target - y;
    case GoalKind::AtMost:
        return y <= g.target ? 0.0 : y - g.target;
    case GoalKind::Equal:
        return std::fabs(y - g.target);
    }
    return kInf;
}

double distanceToInterval(double c, double a, double b) {
    const double lo = std::min(a, b), hi = std::max(a, b);
    if (c < lo) return lo - c;
    if (c > hi) return c - hi;
    return 0.0;
}

std::vector<double> scanGrid(double lo, double hi, int segments, bool integer) {
    std::vector<double> xs;
    if (integer) {
        const double span = hi - lo;
        if (span <= segments) {
            for (double x = lo; x <= hi; x += 1.0) xs.push_back(x);
        } else {
            for (int i = 0; i <= segments; ++i) {
                const double x = std::floor(lo + span * i / segments);
                if (xs.empty() || x > xs.back()) xs.push_back(x);
            }
            if (xs.back() < hi) xs.push_back(hi);
        }
        return xs;
    }
    for (int i = 0; i <= segments; ++i) xs.push_back(i == segments ? hi : lo + (hi - lo) * i / segments);
    return xs;
}

} // namespace

// [SECTION] outputs -----------------------------------------------------------------------------------------

double seekOutputValue(const Result& r, SeekOutput output) {
    switch (output) {
    case SeekOutput::NetMigrationCost:
        return r.tco.netMigrationCostUsd;
    case SeekOutput::HorizonSavings:
        return r.tco.horizonSavingsUsd;
    case SeekOutput::Npv:
        return r.tco.npvUsd;
    case SeekOutput::PaybackMonth:
        return r.tco.paybackMonth ? static_cast<double>(*r.tco.paybackMonth) : kInf;
    case SeekOutput::ProjectedArr:
        return r.projectedArrUsd;
    case SeekOutput::VerdictLevel:
        return verdictLevel(r.eligibility.verdict);
    case SeekOutput::TotalFunding:
        return r.funding.totalUsd;
    case SeekOutput::LeftOnTable:
        return r.funding.leftOnTable.totalUsd;
    case SeekOutput::CreditsLostToTagging: {
        const LeftOnTable& l = r.funding.leftOnTable;
        return l.untaggedUsd + l.taggedLateUsd + l.windowClosedUsd;
    }
    }
    return 0.0;
}

std::string_view seekOutputName(SeekOutput output) {
    switch (output) {
    case SeekOutput::NetMigrationCost:
        return "net migration cost";
    case SeekOutput::HorizonSavings:
        return "horizon savings";
    case SeekOutput::Npv:
        return "NPV";
    case SeekOutput::PaybackMonth:
        return "payback month";
    case SeekOutput::ProjectedArr:
        return "projected ARR";
    case SeekOutput::VerdictLevel:
        return "eligibility verdict";
    case SeekOutput::TotalFunding:
        return "total funding";
    case SeekOutput::LeftOnTable:
        return "funding left on the table";
    case SeekOutput::CreditsLostToTagging:
        return "credits lost to tagging";
    }
    return "";
}

std::string formatSeekOutput(SeekOutput output, double value) {
    if (std::isnan(value)) return "invalid";
    switch (output) {
    case SeekOutput::PaybackMonth:
        return std::isinf(value) ? std::string("never") : "month " + formatNumber(value);
    case SeekOutput::VerdictLevel: {
        if (value > 0.0 && value < 1.0) return std::string(verdictName(Verdict::Borderline));
        const int level = static_cast<int>(std::floor(value));
        if (level <= 0) return std::string(verdictName(Verdict::NotEligible));
        return std::string(verdictName(level == 1 ? Verdict::MapLite : Verdict::Map));
    }
    default:
        return formatUsd(value);
    }
}

std::string formatLeverValue(const Lever& lever, double value) {
    switch (lever.unit) {
    case AssumptionUnit::Percent:
        return formatPct(value);
    case AssumptionUnit::Usd:
        return formatUsd(value);
    case AssumptionUnit::UsdPerKwh:
    case AssumptionUnit::UsdPerGbMonth:
        return "$" + formatNumber(value) + " " + std::string(unitLabel(lever.unit));
    default: {
        const std::string_view u = unitLabel(lever.unit);
        return formatNumber(value) + (u.empty() ? "" : " " + std::string(u));
    }
    }
}

// [SECTION] levers ------------------------------------------------------------------------------------------

std::optional<Lever> assumptionLever(std::string_view key, const Scenario& s) {
    const Assumption* a = findAssumption(key);
    if (!a || !a->get || !a->set) return std::nullopt;
    Lever l;
    l.key = std::string(a->key);
    l.label = std::string(a->label);
    l.unit = a->unit;
    l.integer = a->integer;
    const double current = a->get(s);
    double searchHi = a->maxValue;
    // A plausibility bound (with a reason) is no search range: search up to 10x today's value, within it.
    if (!a->maxReason.empty()) searchHi = std::min(a->maxValue, std::max(10.0 * std::fabs(current), a->minValue + 1.0));
    double lo = a->minValue;
    if (a->minExclusive) lo = a->minValue + 1e-6 * (searchHi - a->minValue);
    if (l.integer) {
        lo = std::ceil(lo);
        searchHi = std::floor(searchHi);
    }
    l.minValue = lo;
    l.maxValue = a->maxValue;
    l.searchMax = searchHi;
    l.valid = [a](double v) {
        const double stored = a->integer ? std::trunc(v) : v; // set() truncates integer values
        return std::isfinite(stored) && (a->minExclusive ? stored > a->minValue : stored >= a->minValue) &&
               stored <= a->maxValue;
    };
    l.get = [a](const Scenario& sc) { return a->get(sc); };
    l.set = [a](Scenario& sc, double v) { setAssumption(*a, sc, v); };
    return l;
}

Lever taggedShareLever(const Scenario& s, TagOrder order) {
    // Which workloads are MAP-eligible does not depend on tagging, so one estimate of `s` fixes the order.
    auto eligible = std::make_shared<std::vector<std::size_t>>();
    if (validate(s).empty()) {
        Result r;
        estimateValidated(s, r);
        for (std::size_t i = 0; i < r.workloads.size(); ++i)
            if (r.workloads[i].mapEligible) eligible->push_back(i);
        if (order == TagOrder::LargestSpendFirst)
            stableSort(*eligible, [&r](std::size_t a, std::size_t b) {
                return r.workloads[a].awsMonthlyUsd > r.workloads[b].awsMonthlyUsd;
            });
    }
    Lever l;
    l.key = order == TagOrder::InputOrder ? "lever.taggedShare" : "lever.taggedShareBySpend";
    l.label = order == TagOrder::InputOrder ? "Share of MAP-eligible workloads tagged (in scenario order)"
                                            : "Share of MAP-eligible workloads tagged (largest AWS spend first)";
    l.unit = AssumptionUnit::Percent;
    l.integer = false;
    l.minValue = 0.0;
    l.maxValue = 1.0;
    l.searchMax = 1.0;
    const double n = static_cast<double>(eligible->size());
    auto countFor = [n](double share) {
        const double k = std::floor(std::clamp(share, 0.0, 1.0) * n + 1e-9);
        return static_cast<std::size_t>(std::min(k, n));
    };
    l.get = [eligible, n](const Scenario& sc) {
        if (eligible->empty()) return 0.0;
        double tagged = 0.0;
        for (std::size_t i : *eligible)
            if (i < sc.workloads.size() && sc.workloads[i].mapTagged) tagged += 1.0;
        return tagged / n;
    };
    l.set = [eligible, countFor](Scenario& sc, double share) {
        const std::size_t k = countFor(share);
        for (std::size_t j = 0; j < eligible->size(); ++j) {
            const std::size_t i = (*eligible)[j];
            if (i < sc.workloads.size()) sc.workloads[i].mapTagged = j < k;
        }
    };
    l.valid = [](double share) { return share >= 0.0 && share <= 1.0; }; // only mapTagged flags change
    l.snap = [countFor, n](double share) { return n > 0.0 ? static_cast<double>(countFor(share)) / n : 0.0; };
    return l;
}

std::optional<Lever> findLever(std::string_view key, const Scenario& s) {
    if (key == "lever.taggedShare") return taggedShareLever(s, TagOrder::InputOrder);
    if (key == "lever.taggedShareBySpend") return taggedShareLever(s, TagOrder::LargestSpendFirst);
    return assumptionLever(key, s);
}

// [SECTION] search ------------------------------------------------------------------------------------------

SeekResult seekGoal(const Scenario& s, std::string_view leverKey, const Goal& goal, const SeekOptions& options) {
    const std::optional<Lever> lever = findLever(leverKey, s);
    if (!lever) {
        SeekResult out;
        out.status = SeekStatus::UnknownLever;
        out.leverKey = std::string(leverKey);
        out.goal = goal;
        out.message = "Unknown assumption \"" + std::string(leverKey) + "\".";
        return out;
    }
    return seekGoal(s, *lever, goal, options);
}

SeekResult seekGoal(const Scenario& s, const Lever& lever, const Goal& goal, const SeekOptions& options) {
    SeekResult out;
    out.leverKey = lever.key;
    out.leverLabel = lever.label;
    out.goal = goal;
    const std::string goalText = goal.output == SeekOutput::PaybackMonth && goal.kind == GoalKind::AtMost
                                     ? "payback by " + formatSeekOutput(goal.output, goal.target)
                                     : std::string(seekOutputName(goal.output)) + " " +
                                           std::string(goalOpText(goal.kind)) + " " +
                                           formatSeekOutput(goal.output, goal.target);
    if (!lever.get || !lever.set) {
        out.status = SeekStatus::UnknownLever;
        out.message = "The lever \"" + lever.key + "\" cannot be read or written.";
        return out;
    }
    if (!validate(s).empty()) {
        out.status = SeekStatus::InvalidScenario;
        out.message = "The scenario is invalid; fix its errors before seeking a goal.";
        return out;
    }

    // Bracket: the user's ends clamped to the lever's domain.
    double lo = options.lo ? std::max(*options.lo, lever.minValue) : lever.minValue;
    double hi = options.hi ? std::min(*options.hi, lever.maxValue) : std::min(lever.searchMax, lever.maxValue);
    if (lever.integer) {
        lo = std::ceil(lo);
        hi = std::floor(hi);
    }
    out.lo = lo;
    out.hi = hi;
    if (!(lo <= hi) || !std::isfinite(lo) || !std::isfinite(hi)) {
        out.status = SeekStatus::BadBracket;
        out.message =
            "The search range is empty (" + formatLeverValue(lever, lo) + " to " + formatLeverValue(lever, hi) + ").";
        return out;
    }

    Evaluator eval(s, lever, goal.output);
    {
        Result r;
        estimateValidated(s, r);
        out.currentValue = lever.get(s);
        out.currentOutput = seekOutputValue(r, goal.output);
        out.metAtCurrent = goalHolds(goal, out.currentOutput);
    }

    // Coarse scan.
    const int segments = std::max(1, options.scanPoints);
    std::vector<Probe> probes;
    for (double x : scanGrid(lo, hi, segments, lever.integer)) {
        const double y = eval(x);
        if (!std::isnan(y)) probes.push_back({x, y});
    }
    out.evaluations = eval.count();
    if (probes.empty()) {
        out.status = SeekStatus::BadBracket;
        out.message = "No value between " + formatLeverValue(lever, lo) + " and " + formatLeverValue(lever, hi) +
                      " gives a valid scenario.";
        return out;
    }

    auto finishFound = [&](double x, double y, bool above) {
        // Probes trusted the lever's own domain check; the answer gets the full validation once.
        Scenario check = s;
        lever.set(check, x);
        if (const std::vector<ValidationError> errors = validate(check); !errors.empty()) {
            out.status = SeekStatus::BadBracket;
            out.value = x;
            out.message =
                "The value " + formatLeverValue(lever, x) + " makes the scenario invalid: " + errors.front().toString();
            return;
        }
        out.status = SeekStatus::Found;
        out.value = x;
        out.output = y;
        out.change = x - out.currentValue;
        out.metAbove = above;
        const std::string side = goal.kind == GoalKind::Equal ? "" : (above ? " or more" : " or less");
        out.message = lever.label + " of " + formatLeverValue(lever, x) + side + " gives " + goalText + " (" +
                      formatSeekOutput(goal.output, y) + "); now " + formatLeverValue(lever, out.currentValue) +
                      " gives " + formatSeekOutput(goal.output, out.currentOutput) + ".";
    };

    // Exact hit of an Equal goal on the grid: take the one nearest the current value.
    if (goal.kind == GoalKind::Equal) {
        const Probe* hit = nullptr;
        for (const Probe& p : probes)
            if (p.y == goal.target &&
                (!hit || std::fabs(p.x - out.currentValue) < std::fabs(hit->x - out.currentValue)))
                hit = &p;
        if (hit) {
            finishFound(hit->x, hit->y, false);
            return out;
        }
    }

    // Side changes between neighbouring probes; the one nearest the current value wins (ties: the lower).
    std::size_t best = probes.size();
    double bestDist = kInf;
    for (std::size_t i = 0; i + 1 < probes.size(); ++i) {
        if (sideOf(goal, probes[i].y) == sideOf(goal, probes[i + 1].y)) continue;
        const double dist = distanceToInterval(out.currentValue, probes[i].x, probes[i + 1].x);
        if (dist < bestDist) {
            bestDist = dist;
            best = i;
        }
    }

    if (best == probes.size()) {
        const bool allHold = goal.kind != GoalKind::Equal && sideOf(goal, probes.front().y);
        if (allHold) {
            out.status = SeekStatus::AlreadyMet;
            const Probe* nearest = &probes.front();
            for (const Probe& p : probes)
                if (std::fabs(p.x - out.currentValue) < std::fabs(nearest->x - out.currentValue)) nearest = &p;
            out.value = out.metAtCurrent ? out.currentValue : nearest->x;
            out.output = out.metAtCurrent ? out.currentOutput : nearest->y;
            out.message = "Already met: every " + lever.label + " from " + formatLeverValue(lever, lo) + " to " +
                          formatLeverValue(lever, hi) + " gives " + goalText + " (now " +
                          formatSeekOutput(goal.output, out.currentOutput) + ").";
            return out;
        }
        // Not reachable: report the probe closest to the goal (for a monotone output, one end of the range);
        // on a plateau (payback months are steps) an end of the range wins, so the message names the bound.
        const Probe* closest = &probes.front();
        auto isEnd = [&](const Probe& p) { return p.x == probes.front().x || p.x == probes.back().x; };
        for (const Probe& p : probes) {
            const double sp = shortfall(goal, p.y), sc = shortfall(goal, closest->y);
            if (sp < sc || (sp == sc && isEnd(p) && !isEnd(*closest))) closest = &p;
        }
        out.status = SeekStatus::NotReachable;
        out.boundValue = closest->x;
        out.boundOutput = closest->y;
        out.value = closest->x;
        out.output = closest->y;
        out.message = "Not reachable: no " + lever.label + " from " + formatLeverValue(lever, lo) + " to " +
                      formatLeverValue(lever, hi) + " gives " + goalText + "; at the bound " +
                      formatLeverValue(lever, closest->x) + " the " + std::string(seekOutputName(goal.output)) +
                      " is " + formatSeekOutput(goal.output, closest->y) + ".";
        return out;
    }

    // Bisection: `b` stays on the side where the goal holds (Equal: where output >= target).
    Probe a = probes[best], b = probes[best + 1];
    if (!sideOf(goal, b.y)) std::swap(a, b);
    const double tol = lever.integer             ? 1.0
                       : options.tolerance > 0.0 ? options.tolerance
                                                 : 1e-7 * std::max(hi - lo, std::numeric_limits<double>::min());
    while (std::fabs(b.x - a.x) > tol && eval.count() < options.maxEvaluations) {
        double mid = a.x + (b.x - a.x) / 2.0;
        if (lever.integer) mid = std::floor(mid);
        if (mid == a.x || mid == b.x) break;
        const double y = eval(mid);
        if (std::isnan(y)) break; // an invalid pocket inside the bracket: stop at the last valid pair
        if (sideOf(goal, y) == sideOf(goal, b.y))
            b = {mid, y};
        else
            a = {mid, y};
    }
    Probe answer = b;
    if (goal.kind == GoalKind::Equal && std::fabs(a.y - goal.target) < std::fabs(b.y - goal.target)) answer = a;
    if (lever.snap) {
        const double snapped = lever.snap(answer.x);
        if (snapped != answer.x) {
            const double y = eval(snapped);
            if (!std::isnan(y) && sideOf(goal, y) == sideOf(goal, answer.y)) answer = {snapped, y};
        }
    }
    out.evaluations = eval.count();
    // For Equal, "above" means the output is >= target above the value.
    finishFound(answer.x, answer.y, b.x > a.x);
    return out;
}

} // namespace est::model
