// model/checked_int.hpp - double -> int conversions that are never undefined behaviour.
//
// static_cast<int> of a double outside int's range (or NaN) is undefined; an unbounded need once gave an
// instance count of -2,147,483,648. Validation bounds every input so real values stay small; these helpers
// keep the engine defined even so, saturating at kCountLimit, which checkResult() (result_check.hpp) reports.
#pragma once

#include <cmath>

namespace est::model {

/// Largest count or month the engine produces (16.7 million): far above any real estate, far below INT_MAX,
/// so sums of a few such values cannot overflow.
inline constexpr int kCountLimit = 1 << 24;

/// ceil(v) as a count in [0, kCountLimit]: negative -> 0, too large or NaN -> kCountLimit.
inline int ceilToCount(double v) {
    if (!(v < static_cast<double>(kCountLimit))) return kCountLimit; // also NaN
    if (v <= 0.0) return 0;
    return static_cast<int>(std::ceil(v));
}

/// v rounded to the nearest whole number, in [0, kCountLimit] (as ceilToCount).
inline int roundToCount(double v) { return ceilToCount(std::floor(v + 0.5)); }

/// v truncated towards zero, saturated to [-kCountLimit, kCountLimit] (NaN -> 0): for setters of integer inputs,
/// whose validation then reports a saturated value as out of its bounds.
inline int truncToInt(double v) {
    if (std::isnan(v)) return 0;
    if (v >= static_cast<double>(kCountLimit)) return kCountLimit;
    if (v <= -static_cast<double>(kCountLimit)) return -kCountLimit;
    return static_cast<int>(v);
}

} // namespace est::model
