// model/format.hpp - locale-free number formatting for trace and check texts ("$132,000", "20 %").
#pragma once

#include "model/scenario.hpp"

#include <string>
#include <string_view>

namespace est::model {

/// Whole US dollars with thousands separators: 132000.4 -> "$132,000", -1500 -> "-$1,500".
std::string formatUsd(double usd);

/// An amount still missing, rounded UP so it is never understated: whole dollars from $1 ("$1,501" for 1500.2),
/// cents below ("$0.45", "$0.01" for 0.001). Never "$0" for a positive amount.
std::string formatUsdShortfall(double usd);

/// A decimal share as a percentage: 0.2 -> "20 %", 0.175 -> "17.5 %" (at most one decimal).
std::string formatPct(double share);

/// A plain number, at most two decimals, no trailing zeros: 4 -> "4", 2.5 -> "2.5"; NaN -> "nan".
std::string formatNumber(double v);

/// Month `month` of the scenario (counted from its month 0) as a calendar month: "Aug 2028" (start Q1 2027,
/// month 19). Negative months count as 0.
std::string monthText(const Settings& settings, int month);

/// True when `hay` contains `needle` ignoring ASCII case (an empty needle is in every text). The one for model and
/// ui; formats and io have formats::text::containsIgnoreCase, since model and formats may not include each other.
bool containsIgnoreCase(std::string_view hay, std::string_view needle);

/// A USD amount in the display currency: usd x settings.usdToDisplayRate (a rate <= 0 counts as 1, like the
/// UI). Amounts are stored and computed in USD; convert only for display.
inline Money toDisplay(Money usd, const Settings& settings) {
    return usd * (settings.usdToDisplayRate > 0.0 ? settings.usdToDisplayRate : 1.0);
}

} // namespace est::model
