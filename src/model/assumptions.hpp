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

/// One registry entry. get/set read and write the value on a Scenario (for a Range field: its expected value).
struct Assumption {
    std::string_view key;
    std::string_view label;                     ///< short English label for the UI
    AssumptionUnit unit = AssumptionUnit::Factor;
    bool integer = false;                       ///< set() truncates; validation requires a whole number
    double minValue = 0.0;                      ///< valid domain, used by validate()
    bool minExclusive = false;                  ///< true: value must be > minValue
    double maxValue = 1e300;                    ///< inclusive; 1e300 = unbounded
    bool isRangeField = false;                  ///< the struct holds a Range (low / expected / high)
    double (*get)(const Scenario&) = nullptr;
    void (*set)(Scenario&, double) = nullptr;
    Range (*getRange)(const Scenario&) = nullptr;   ///< only for Range fields
    void (*setRange)(Scenario&, const Range&) = nullptr;
};

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
