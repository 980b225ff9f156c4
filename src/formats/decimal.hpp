// formats/decimal.hpp - fast parsing of the plain decimal numbers machine-written exports hold ("0.0104",
// "-2.6137", "7.20216E-5"), millions of times per file: no locale, no allocation.
#pragma once

#include <string_view>

namespace est::formats {

/// Parses [+-]digits[.digits][(e|E)[+-]digits] (digits on at least one side of the point) into `out`. Correctly
/// rounded for up to 15 significant digits and exponents within 10^22; longer input goes through strtod. False,
/// with `out` untouched, for anything else (empty, "NULL", spaces, thousands separators, NaN, infinities).
bool parseDecimal(std::string_view text, double& out);

} // namespace est::formats
