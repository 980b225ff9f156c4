// model/scenario_diff.hpp - what changed between two scenario snapshots, and which headline figures moved.
//
// diffScenarios compares inputs: registry assumptions by key, the non-registry settings, plan waves, the price
// table, uncertainty ranges and workloads matched by id. diffResults compares the headline outputs of two
// Results, biggest money movement first, with the traces of the biggest movers. Both are pure and ordered
// deterministically (registry order, scenario order, then by movement with ties in a fixed figure order).
#pragma once

#include "model/result.hpp"
#include "model/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace est::model {

/// One registry assumption that differs (Range fields: any of low / expected / high).
struct AssumptionChange {
    std::string key; ///< registry key, e.g. "aws.enterpriseDiscountPct"
    std::string label;
    double before = 0.0; ///< the value (Range fields: expected)
    double after = 0.0;
    std::optional<Range> rangeBefore; ///< set for Range fields and keys with a Scenario::ranges entry
    std::optional<Range> rangeAfter;
};

/// One non-registry field that differs, as display text ("plan.waves[1].startMonth": "3" -> "5").
struct FieldChange {
    std::string field;
    std::string before; ///< "" when the field did not exist before (e.g. an added wave)
    std::string after;
};

/// A workload present in both snapshots (matched by id) whose fields differ.
struct WorkloadChange {
    std::string id;
    std::vector<FieldChange> fields; ///< field names as in Workload: "vcpu", "mapTagged", ...
};

struct ScenarioDiff {
    std::vector<AssumptionChange> assumptions;    ///< registry order
    std::vector<FieldChange> fields;              ///< settings, source, price table, plan waves, program flags, ranges
    std::vector<std::string> workloadsAdded;      ///< ids in b, not in a (b's order)
    std::vector<std::string> workloadsRemoved;    ///< ids in a, not in b (a's order)
    std::vector<WorkloadChange> workloadsChanged; ///< b's order
    /// True when the two scenarios have no difference this diff reports.
    bool empty() const {
        return assumptions.empty() && fields.empty() && workloadsAdded.empty() && workloadsRemoved.empty() &&
               workloadsChanged.empty();
    }
};

/// Inputs changed from `a` to `b`. Duplicate ids (invalid scenarios) pair up in order of appearance.
ScenarioDiff diffScenarios(const Scenario& a, const Scenario& b);

/// One headline figure in both results.
struct FigureMove {
    std::string id; ///< stable: "projectedArr", "funding.assess", "payback", "verdict", ...
    std::string label;
    std::string unit;    ///< "USD", "month", "%", "level"
    double before = 0.0; ///< payback never = +infinity; verdict as 0 / 1 / 2
    double after = 0.0;
    double delta = 0.0;     ///< after - before (payback never -> finite: +/- infinity)
    std::string beforeText; ///< "$132,000", "month 18", "never", "MAP Lite"
    std::string afterText;
    bool money = false;    ///< USD figures; these are ranked by |delta|
    bool hasTrace = false; ///< traceBefore / traceAfter are filled (biggest movers only)
    Trace traceBefore;
    Trace traceAfter;
};

struct ResultDiff {
    bool comparable = true;        ///< false when either result has errors (nothing else filled)
    std::vector<FigureMove> moved; ///< money figures by |delta| descending, then the others
    Verdict verdictBefore = Verdict::NotEligible;
    Verdict verdictAfter = Verdict::NotEligible;
};

/// Headline outputs that moved from `a` to `b` (|delta| > 0; all of them with includeUnchanged). Figures:
/// projected ARR, Assess, Mobilize, credits received, training, total funding, left on the table, NPV,
/// horizon savings, net migration cost (money, by |delta|), then verdict, payback month, run-rate savings %.
/// The `tracedMovers` biggest movers that have an engine trace carry their before / after traces.
ResultDiff diffResults(const Result& a, const Result& b, int tracedMovers = 3, bool includeUnchanged = false);

/// One line for a moved figure: "Mobilize funding: $26,400 -> $33,000 (+$6,600)"; non-money without the delta.
std::string moveText(const FigureMove& m);

} // namespace est::model
