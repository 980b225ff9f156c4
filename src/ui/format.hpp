// ui/format.hpp - how numbers read on screen: currency symbol, display rate, separators, compact money.
#pragma once

#include "model/result.hpp"
#include "model/scenario.hpp"

#include <functional>
#include <string>

namespace est::ui {

/// Separator style of displayed numbers.
enum class NumberStyle { CommaDot /* 1,234.5 */, DotComma /* 1.234,5 */, SpaceComma /* 1 234,5 */ };

/// The display format: amounts are stored in USD and shown as USD x rate with the symbol.
struct NumberFormat {
    std::string symbol = "$";
    double rate = 1.0; ///< display amount per USD
    NumberStyle style = NumberStyle::CommaDot;
    bool symbolAfter = false;                             ///< "1 234 €" rather than "€1 234"
    bool operator==(const NumberFormat&) const = default; ///< text cached for one format is redone for another
};

/// The format for a scenario's settings with the chosen separator style.
NumberFormat formatFor(const model::Settings& settings, NumberStyle style, bool symbolAfter);
/// Whole amount with separators: 132000.4 -> "$132,000"; negative -> "-$1,500".
std::string money(double usd, const NumberFormat& f);
/// Amount with `decimals` places for small prices: 0.1234 USD at rate 1 -> "$0.12"; negative -> "-$0.12".
std::string moneyPrecise(double usd, const NumberFormat& f, int decimals);
/// Short amount for axes and tiles: 1234567 -> "$1.23M", 45600 -> "$45.6K", 950 -> "$950".
std::string moneyShort(double usd, const NumberFormat& f);
/// moneyShort() and money() in `f` as chart formatters (ticks, tooltips): one callable type for every chart rather
/// than a lambda at each (each lambda is a std::function wrapper class of its own in the wasm).
std::function<std::string(double)> moneyShortFormatter(const NumberFormat& f);
std::function<std::string(double)> moneyFormatter(const NumberFormat& f);
/// The amount as a plain number in display currency for pasting into a spreadsheet: "132000.40".
std::string moneyPlain(double usd, const NumberFormat& f);
/// A decimal share as a percentage with `decimals` places: 0.2 -> "20.0 %".
std::string percent(double share, const NumberFormat& f, int decimals = 1);
/// A count or plain number with separators and `decimals` places.
std::string number(double value, const NumberFormat& f, int decimals = 0);

/// Both funding profiles in one line in the buyer's words, headline first: "$63K-$73K: $73K as AWS partners'
/// programme terms pay it (the figure used); $63K by the rules of thumb published about MAP" (one range amount when
/// they agree).
std::string fundingProfilesLine(const model::FundingProfiles& p, const NumberFormat& f);

} // namespace est::ui
