// model/assumptions.hpp - the assumption registry: every editable scalar of a Scenario by a stable key.
//
// Keys follow the struct path ("program.assessPctOfArr", "aws.enterpriseDiscountPct",
// "rules.rehost.oneTimeUsdPerWorkload"); assets/defaults.json is keyed by them. The tornado, the Monte Carlo,
// goal seek, validation of scalar fields and the UI's Assumptions panel all go through this table.
#pragma once

#include "model/scenario.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace est::model {

/// How a value is shown and edited. Percent values are decimals (0.2 = 20 %).
enum class AssumptionUnit { Usd, Percent, Factor, Count, Months, Weeks, Years, Hours, Kw, UsdPerKwh, UsdPerGbMonth };

/// A unit users plausibly type instead of the expected one; a value above its bound that fits once converted
/// gets a "was it entered in ...?" hint.
enum class WrongUnit { None, PercentPoints, Cents, BytesForGb };

/// One registry entry. get/set read and write the value on a Scenario (for a Range field: its expected value).
/// maxValue is either a hard domain limit (a share <= 1, a quarter <= 4) or, when maxReason is set, a plausible
/// upper bound no real estate exceeds (the largest AWS instance, a high-end server's price), chosen so that the
/// engine's arithmetic stays far from overflow; goal seek does not search up to a plausibility bound.
struct Assumption {
    std::string_view key;
    std::string_view label; ///< short English label for the UI
    AssumptionUnit unit = AssumptionUnit::Factor;
    bool integer = false;      ///< set() truncates; validation requires a whole number
    double minValue = 0.0;     ///< valid domain, used by validate()
    bool minExclusive = false; ///< true: value must be > minValue
    double maxValue = 1e300;   ///< inclusive; 1e300 = unbounded
    bool isRangeField = false; ///< the struct holds a Range (low / expected / high)
    double (*get)(const Scenario&) = nullptr;
    void (*set)(Scenario&, double) = nullptr;
    Range (*getRange)(const Scenario&) = nullptr; ///< only for Range fields
    void (*setRange)(Scenario&, const Range&) = nullptr;
    std::string_view maxReason; ///< "of a high-end 8-socket server": completes "more than the 1000000 USD ..."
    WrongUnit wrongUnit = WrongUnit::None;
};

/// The plausible domain of a per-workload, plan or price-table field (not registry scalars): same rules as
/// Assumption's bounds. `unit` is the display unit ("GB", "vCPU", "USD", "months").
struct FieldBound {
    std::string_view field; ///< "ramGb"
    std::string_view unit;
    double minValue = 0.0;
    bool minExclusive = false;
    double maxValue = 0.0;
    std::string_view maxReason;
    WrongUnit wrongUnit = WrongUnit::None;
};

/// Bounds of the workload, wave and instance-type fields (their reasons are in assumptions.cpp).
namespace bounds {
extern const FieldBound kWorkloadVcpu;  ///< servers; managed services may have 0
extern const FieldBound kWorkloadRamGb; ///< servers; managed services may have 0
extern const FieldBound kWorkloadStorageGb;
extern const FieldBound kWorkloadMonthlyCostUsd;
extern const FieldBound kWorkloadTaggedFromMonth;
extern const FieldBound kWaveMonths; ///< startMonth, lengthMonths, dualRunningMonths
extern const FieldBound kWaveCount;  ///< plan.waves size, so wave numbers stay small
extern const FieldBound kInstanceVcpu;
extern const FieldBound kInstanceRamGb;
extern const FieldBound kInstanceUsdPerHour;
extern const FieldBound kStartYear;
} // namespace bounds

/// Why `value` is outside the bound, or "" when it is inside (NaN and infinities are outside): "must be >= 0,
/// got -1", "549755813888 is more than the 32768 GB of the largest AWS instance: was it entered in bytes?".
std::string boundProblem(const FieldBound& b, double value);

/// The same for a registry entry (its unit label, maxReason and wrongUnit).
std::string boundProblem(const Assumption& a, double value);

/// True for the horizons the product offers (3 or 5 years).
inline bool isOfferedHorizon(int years) { return years == 3 || years == 5; }

/// Every registry entry, in a fixed order (the UI lists them in this order).
const std::vector<Assumption>& assumptions();

/// The entry with this key, or nullptr.
const Assumption* findAssumption(std::string_view key);

/// The uncertainty range of an assumption: the Range field itself, else Scenario::ranges by key, else none.
std::optional<Range> rangeOf(const Scenario& s, const Assumption& a);

/// Keys of every assumption that has a range with low < high, in registry order.
std::vector<const Assumption*> rangedAssumptions(const Scenario& s);

/// Short unit text for display: "USD", "%", "x", "months", ...
std::string_view unitLabel(AssumptionUnit u);

/// Lower-case key fragment of a disposition: "rehost", "replatform", ...
std::string_view dispositionKey(Disposition d);

/// Display name of a disposition: "Rehost", ...
std::string_view dispositionName(Disposition d);

} // namespace est::model
