// formats/decimal.cpp - Clinger's fast path (an exact integer mantissa times an exact power of ten) with strtod
// behind it for what the fast path cannot round exactly.
#include "formats/decimal.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace est::formats {
namespace {

constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

bool parseDecimal(std::string_view text, double& out) {
    std::size_t i = 0;
    const std::size_t n = text.size();
    bool negative = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    std::uint64_t mantissa = 0;
    int significant = 0;
    int exponent = 0;
    bool anyDigit = false;
    bool exact = true;
    for (; i < n && isDigit(text[i]); ++i) {
        anyDigit = true;
        if (mantissa == 0 && text[i] == '0') continue;
        if (significant < 19) {
            mantissa = mantissa * 10 + static_cast<unsigned>(text[i] - '0');
            ++significant;
        } else {
            ++exponent;
            exact = false;
        }
    }
    if (i < n && text[i] == '.') {
        ++i;
        for (; i < n && isDigit(text[i]); ++i) {
            anyDigit = true;
            if (mantissa == 0 && text[i] == '0') {
                --exponent;
                continue;
            }
            if (significant < 19) {
                mantissa = mantissa * 10 + static_cast<unsigned>(text[i] - '0');
                ++significant;
                --exponent;
            } else if (text[i] != '0') {
                exact = false;
            }
        }
    }
    if (!anyDigit) return false;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negativeExp = false;
        if (i < n && (text[i] == '+' || text[i] == '-')) negativeExp = text[i++] == '-';
        if (i == n || !isDigit(text[i])) return false;
        int e = 0;
        for (; i < n && isDigit(text[i]); ++i)
            if (e < 100000) e = e * 10 + (text[i] - '0');
        exponent += negativeExp ? -e : e;
    }
    if (i != n) return false;
    double value;
    if (exact && mantissa <= (std::uint64_t{1} << 53) && exponent >= -22 && exponent <= 22) {
        value = static_cast<double>(mantissa);
        value = exponent < 0 ? value / kPow10[-exponent] : value * kPow10[exponent];
    } else {
        const std::string copy(text);
        value = std::strtod(copy.c_str(), nullptr);
        if (!std::isfinite(value)) return false;
        out = value;
        return true;
    }
    out = negative ? -value : value;
    return true;
}

} // namespace est::formats
