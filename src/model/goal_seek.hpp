// model/goal_seek.hpp - break-even and goal seek: the value of one lever that brings a headline output to a target.
//
// A lever is one number the user could change: a registry assumption (assumptions.hpp) or a custom lever
// ("lever.taggedShare": the share of MAP-eligible workloads carrying the map-migrated tag). The search is a
// coarse scan of the lever's domain (or a user bracket) for a change of side of the goal, then bisection of
// the bracket nearest the lever's current value down to a tolerance. Pure and deterministic: no randomness,
// no std::pow, the same probes natively and in wasm. A scan can miss an excursion narrower than one scan step.
#pragma once

#include "model/assumptions.hpp"
#include "model/result.hpp"
#include "model/scenario.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace est::model {

/// The outputs a goal can be set on (all from a valid Result).
enum class SeekOutput {
    NetMigrationCost,     ///< TcoSummary::netMigrationCostUsd, USD
    HorizonSavings,       ///< TcoSummary::horizonSavingsUsd (5-year savings by default), USD
    Npv,                  ///< TcoSummary::npvUsd, USD
    PaybackMonth,         ///< TcoSummary::paybackMonth; never = +infinity
    ProjectedArr,         ///< Result::projectedArrUsd, USD
    VerdictLevel,         ///< 0 not eligible, 1 MAP Lite, 2 MAP
    TotalFunding,         ///< FundingLadder::totalUsd, USD
    LeftOnTable,          ///< LeftOnTable::totalUsd, USD
    CreditsLostToTagging, ///< LeftOnTable untagged + tagged late + window closed, USD
};

/// Which side of the target the goal wants.
enum class GoalKind {
    AtLeast, ///< output >= target (ARR, savings, verdict level)
    AtMost,  ///< output <= target (payback month, net cost, credits lost)
    Equal,   ///< output crosses target (break-even: net cost = 0, savings = 0)
};

struct Goal {
    SeekOutput output = SeekOutput::HorizonSavings;
    GoalKind kind = GoalKind::AtLeast;
    double target = 0.0; ///< in the output's unit (USD, month, verdict level)
};

/// Order in which the tagged-share lever tags MAP-eligible workloads.
enum class TagOrder {
    InputOrder,        ///< scenario order (Scenario::workloads index)
    LargestSpendFirst, ///< largest steady-state AWS spend first, ties by index: fewest tags for a credit goal
};

/// One number the search may move. `set` must leave a scenario that validate() accepts inside [minValue, maxValue],
/// and the estimate after set(x) must not depend on earlier set() calls (probes share one working copy).
struct Lever {
    std::string key; ///< registry key, or "lever.taggedShare" / "lever.taggedShareBySpend"
    std::string label;
    AssumptionUnit unit = AssumptionUnit::Factor;
    bool integer = false;  ///< probes are whole numbers
    double minValue = 0.0; ///< search domain, inclusive
    double maxValue = 1.0;
    double searchMax =
        1e300; ///< upper end of a search without a bracket (min with maxValue; set it when maxValue is unbounded)
    std::function<double(const Scenario&)> get;
    std::function<void(Scenario&, double)> set;
    std::function<bool(double)> valid;  ///< optional: probe validity without a full validate() (which runs when unset)
    std::function<double(double)> snap; ///< optional: canonical value with the same effect (k / N for shares)
};

/// Lever over a registry assumption. Domain: the registry's; an exclusive minimum m starts at m + 1e-6 x
/// (searchMax - m); a plausibility maximum (Assumption::maxReason set) stays the domain, and a search without a
/// bracket stops at searchMax = min(maxValue, max(10 x |current|, minValue + 1)). A Range field's expected
/// value moves and its low / high widen to keep low <= expected <= high. Unset for an unknown key.
std::optional<Lever> assumptionLever(std::string_view key, const Scenario& s);

/// Lever "share of MAP-eligible workloads tagged", 0..1: the first floor(share x N + 1e-9) of the N eligible
/// workloads of `s` (dispositions as estimated for `s`; in `order`) get mapTagged = true, the rest false.
/// Tag months are left as they are. N = 0 (or an invalid scenario) gives a lever that changes nothing.
Lever taggedShareLever(const Scenario& s, TagOrder order = TagOrder::InputOrder);

/// A registry key, "lever.taggedShare" (input order) or "lever.taggedShareBySpend"; unset when unknown.
std::optional<Lever> findLever(std::string_view key, const Scenario& s);

/// Search settings. The bracket, when given, is clamped to the lever's domain.
struct SeekOptions {
    std::optional<double> lo; ///< lower end of the search; unset = the lever's minimum
    std::optional<double> hi; ///< upper end; unset = the lever's searchMax
    int scanPoints = 24;      ///< coarse scan segments (>= 1)
    double tolerance = 0.0;   ///< bracket width to stop at; 0 = 1e-7 x (hi - lo); integer levers stop at 1
    int maxEvaluations = 200; ///< estimates allowed in total; the scan always completes, bisection stops here
};

enum class SeekStatus {
    Found,           ///< `value` reaches the goal; the goal flips just past it
    AlreadyMet,      ///< the goal holds at every probe of the bracket: any value works (value = current)
    NotReachable,    ///< no probe reaches the goal; `boundValue` is the end closest to it
    InvalidScenario, ///< validate() fails on the scenario as given
    UnknownLever,    ///< no registry key or custom lever of that name
    BadBracket,      ///< lo > hi, NaN, or no probe in the bracket gave a valid scenario
};

struct SeekResult {
    SeekStatus status = SeekStatus::UnknownLever;
    std::string leverKey;
    std::string leverLabel;
    Goal goal;
    double lo = 0.0; ///< bracket searched
    double hi = 0.0;
    double currentValue = 0.0;  ///< lever value in the scenario as given
    double currentOutput = 0.0; ///< output of the scenario as given
    bool metAtCurrent = false;  ///< the goal already holds for the scenario as given
    double value = 0.0;         ///< Found: lever value reaching the goal (on the goal's side)
    double output = 0.0;        ///< output at `value`
    double change = 0.0;        ///< value - currentValue
    bool metAbove = false;      ///< Found: the goal holds for values above `value` (else below)
    double boundValue = 0.0;    ///< NotReachable: the probe whose output is closest to the target
    double boundOutput = 0.0;
    int evaluations = 0; ///< estimates run
    std::string message; ///< one sentence for the UI and reports
    /// True when a value reaching the goal exists (Found or AlreadyMet).
    bool reachable() const { return status == SeekStatus::Found || status == SeekStatus::AlreadyMet; }
};

/// Goal seek over `lever` (see the file comment). Never throws; problems are in status and message.
SeekResult seekGoal(const Scenario& s, const Lever& lever, const Goal& goal, const SeekOptions& options = {});

/// Same, with the lever found by findLever(leverKey, s).
SeekResult seekGoal(const Scenario& s, std::string_view leverKey, const Goal& goal, const SeekOptions& options = {});

/// The output's value in a valid Result (payback never = +infinity; verdict as 0 / 1 / 2).
double seekOutputValue(const Result& r, SeekOutput output);

/// Display name: "net migration cost", "payback month", ...
std::string_view seekOutputName(SeekOutput output);

/// An output value as text: "$132,000", "month 18", "never", "MAP Lite".
std::string formatSeekOutput(SeekOutput output, double value);

/// A lever value as text in its unit: "21 %", "$8,333", "1.14".
std::string formatLeverValue(const Lever& lever, double value);

} // namespace est::model
