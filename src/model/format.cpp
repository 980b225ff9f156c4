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
    const long long v = std::llround(usd);
    return (v < 0 ? "-$" : "$") + groupThousands(v);
}

std::string formatPct(double share) {
    if (!std::isfinite(share)) return "? %";
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
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    return s;
}

bool containsIgnoreCase(std::string_view hay, std::string_view lowerNeedle) {
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lowerNeedle.size() > hay.size()) return false;
    for (std::size_t i = 0; i + lowerNeedle.size() <= hay.size(); ++i) {
        std::size_t j = 0;
        while (j < lowerNeedle.size() && lower(hay[i + j]) == lowerNeedle[j]) ++j;
        if (j == lowerNeedle.size()) return true;
    }
    return false;
}

} // namespace est::model
