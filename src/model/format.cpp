// model/format.cpp - locale-free number formatting (integer arithmetic after one rounding, so wasm = native).
#include "model/format.hpp"

#include <cmath>
#include <cstdio>

namespace est::model {
namespace {

std::string groupThousands(long long v) {
    std::string digits = std::to_string(v < 0 ? -v : v);
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[i];
        const std::size_t left = n - 1 - i;
        if (left > 0 && left % 3 == 0) out += ',';
    }
    return out;
}

} // namespace

std::string formatUsd(double usd) {
    if (!std::isfinite(usd)) return "$?";
    if (std::fabs(usd) >= 1e18) return (usd < 0 ? "-$" : "$") + formatNumber(std::fabs(usd)); // beyond long long
    const long long v = std::llround(usd);
    return (v < 0 ? "-$" : "$") + groupThousands(v);
}

std::string formatUsdShortfall(double usd) {
    if (!std::isfinite(usd)) return "$?";
    if (usd <= 0.0) return "$0";
    // A millionth of a cent of tolerance keeps float noise (132000.45 - 132000 = 0.4500000000116) from adding a cent.
    if (usd >= 1e18) return "$" + formatNumber(usd); // beyond long long
    if (usd >= 1.0) return "$" + groupThousands(static_cast<long long>(std::ceil(usd - 1e-6)));
    const long long cents = static_cast<long long>(std::ceil(usd * 100.0 - 1e-6));
    if (cents >= 100) return "$1";
    return std::string("$0.") + (cents < 10 ? "0" : "") + std::to_string(cents < 1 ? 1 : cents);
}

std::string formatPct(double share) {
    if (!std::isfinite(share)) return "? %";
    // llround beyond long long's range is undefined (found by fuzz_engine: a run-rate change of -1e16).
    if (std::fabs(share) >= 1e15) return formatNumber(share * 100.0) + " %";
    const long long tenths = std::llround(share * 1000.0);
    const long long whole = tenths / 10;
    const long long frac = (tenths < 0 ? -tenths : tenths) % 10;
    std::string s = (tenths < 0 && whole == 0 ? "-" : "") + std::to_string(whole);
    if (frac != 0) s += "." + std::to_string(frac);
    return s + " %";
}

std::string formatNumber(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buf[64];
    // Beyond 1e15 two decimals are noise and "%.2f" of 1e308 is 300 digits: scientific notation instead.
    if (std::fabs(v) >= 1e15) {
        std::snprintf(buf, sizeof buf, "%.6g", v);
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    return s;
}

std::string monthText(const Settings& settings, int month) {
    static constexpr const char* kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int first =
        (settings.startQuarter - 1) * 3 + (month > 0 ? month : 0); // months since January of the start year
    return std::string(kMonths[first % 12]) + " " + std::to_string(settings.startYear + first / 12);
}

bool containsIgnoreCase(std::string_view hay, std::string_view needle) {
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    if (needle.size() > hay.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        std::size_t j = 0;
        while (j < needle.size() && lower(hay[i + j]) == lower(needle[j])) ++j;
        if (j == needle.size()) return true;
    }
    return false;
}

} // namespace est::model
