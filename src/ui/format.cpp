// ui/format.cpp - number formatting by hand (no locale: the same text natively, in wasm and in tests).
#include "ui/format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace est::ui {
namespace {
char thousandsOf(NumberStyle s) { return s == NumberStyle::CommaDot ? ',' : s == NumberStyle::DotComma ? '.' : ' '; }
char decimalOf(NumberStyle s) { return s == NumberStyle::CommaDot ? '.' : ','; }

// Formats |value| with `decimals` places and the style's separators (sign handled by the caller).
std::string grouped(double value, int decimals, NumberStyle style) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(value));
    std::string digits(buffer);
    const std::size_t dot = digits.find('.');
    std::string whole = digits.substr(0, dot);
    std::string frac = dot == std::string::npos ? std::string() : digits.substr(dot + 1);
    std::string out;
    const std::size_t n = whole.size();
    for (std::size_t i = 0; i < n; ++i) {
        out += whole[i];
        const std::size_t left = n - i - 1;
        if (left > 0 && left % 3 == 0) out += thousandsOf(style);
    }
    if (!frac.empty()) {
        out += decimalOf(style);
        out += frac;
    }
    return out;
}

std::string withSymbol(const std::string& body, bool negative, const NumberFormat& f) {
    std::string out = negative ? "-" : "";
    if (f.symbolAfter) return out + body + " " + f.symbol;
    return out + f.symbol + body;
}
} // namespace

NumberFormat formatFor(const model::Settings& settings, NumberStyle style, bool symbolAfter) {
    NumberFormat f;
    f.symbol = settings.currencySymbol;
    f.rate = settings.usdToDisplayRate > 0.0 ? settings.usdToDisplayRate : 1.0;
    f.style = style;
    f.symbolAfter = symbolAfter;
    return f;
}

std::string money(double usd, const NumberFormat& f) {
    const double v = usd * f.rate;
    const bool negative = std::lround(v) < 0;
    return withSymbol(grouped(v, 0, f.style), negative, f);
}

std::string moneyPrecise(double usd, const NumberFormat& f, int decimals) {
    const double v = usd * f.rate;
    double unit = 1.0; // half of the last shown place decides whether "-" is shown (no std::pow: see design)
    for (int i = 0; i < decimals; ++i) unit /= 10.0;
    return withSymbol(grouped(v, decimals, f.style), v < 0.0 && std::fabs(v) >= unit * 0.5, f);
}

std::function<std::string(double)> moneyShortFormatter(const NumberFormat& f) {
    return [f](double usd) { return moneyShort(usd, f); };
}

std::function<std::string(double)> moneyFormatter(const NumberFormat& f) {
    return [f](double usd) { return money(usd, f); };
}

std::string moneyShort(double usd, const NumberFormat& f) {
    const double v = usd * f.rate;
    const double a = std::fabs(v);
    char buffer[48];
    const char dec = decimalOf(f.style);
    auto scaled = [&](double x, const char* suffix) {
        const int places = x >= 100.0 ? 0 : x >= 10.0 ? 1 : 2;
        std::snprintf(buffer, sizeof buffer, "%.*f%s", places, x, suffix);
        std::string s(buffer);
        for (char& c : s)
            if (c == '.') c = dec;
        return s;
    };
    std::string body;
    if (a >= 1e9)
        body = scaled(a / 1e9, "B");
    else if (a >= 1e6)
        body = scaled(a / 1e6, "M");
    else if (a >= 1e4)
        body = scaled(a / 1e3, "K");
    else
        body = grouped(a, 0, f.style);
    return withSymbol(body, v < 0.0 && a >= 0.5, f);
}

std::string moneyPlain(double usd, const NumberFormat& f) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", usd * f.rate);
    return buffer;
}

std::string percent(double share, const NumberFormat& f, int decimals) {
    const double v = share * 100.0;
    return (v < 0.0 && std::fabs(v) >= 0.05 ? "-" : "") + grouped(v, decimals, f.style) + " %";
}

std::string number(double value, const NumberFormat& f, int decimals) {
    return (value < 0.0 ? "-" : "") + grouped(value, decimals, f.style);
}

std::string fundingProfilesLine(const model::FundingProfiles& p, const NumberFormat& f) {
    const bool programFirst = p.headline == model::FundingProfile::ProgramMechanics;
    const model::FundingProfileFigures& head = programFirst ? p.programMechanics : p.publishedRules;
    const model::FundingProfileFigures& other = programFirst ? p.publishedRules : p.programMechanics;
    const double lo = std::min(head.totalUsd, other.totalUsd), hi = std::max(head.totalUsd, other.totalUsd);
    const std::string range =
        moneyShort(lo, f) == moneyShort(hi, f) ? moneyShort(hi, f) : moneyShort(lo, f) + "-" + moneyShort(hi, f);
    // In the buyer's words, not the profiles' internal names (those name their sources in the traces and the appendix).
    auto reading = [](const model::FundingProfileFigures& x) {
        return x.profile == model::FundingProfile::ProgramMechanics
                   ? std::string("as AWS partners' programme terms pay it")
                   : std::string("by the rules of thumb published about MAP");
    };
    return range + ": " + moneyShort(head.totalUsd, f) + " " + reading(head) + " (the figure used); " +
           moneyShort(other.totalUsd, f) + " " + reading(other);
}

} // namespace est::ui
