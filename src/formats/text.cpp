// formats/text.cpp - small text helpers shared by the CSV reader, the importers and the reports.
#include "formats/text.hpp"

#include <cmath>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace est::formats::text {
namespace {

bool isSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Length of a no-break or thin space (U+00A0, U+202F, U+2009) at s[i], 0 when there is none: Excel in
// French/Swiss locales writes these as thousands separators.
std::size_t unicodeSpaceAt(std::string_view s, std::size_t i) {
    if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0)
        return 2;
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0xAF || static_cast<unsigned char>(s[i + 2]) == 0x89))
        return 3;
    return 0;
}

char lowerChar(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

} // namespace

std::string_view trim(std::string_view s) {
    for (;;) {
        if (!s.empty() && isSpaceByte(s.front())) {
            s.remove_prefix(1);
        } else if (std::size_t n = unicodeSpaceAt(s, 0); n > 0) {
            s.remove_prefix(n);
        } else {
            break;
        }
    }
    for (;;) {
        if (!s.empty() && isSpaceByte(s.back())) {
            s.remove_suffix(1);
        } else if (s.size() >= 2 && unicodeSpaceAt(s, s.size() - 2) == 2) {
            s.remove_suffix(2);
        } else if (s.size() >= 3 && unicodeSpaceAt(s, s.size() - 3) == 3) {
            s.remove_suffix(3);
        } else {
            break;
        }
    }
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lowerChar(c);
    return out;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lowerChar(a[i]) != lowerChar(b[i])) return false;
    return true;
}

bool containsIgnoreCase(std::string_view s, std::string_view needle) {
    if (needle.empty()) return true;
    if (needle.size() > s.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= s.size(); ++i)
        if (equalsIgnoreCase(s.substr(i, needle.size()), needle)) return true;
    return false;
}

bool endsWithIgnoreCase(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && equalsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

std::optional<double> parseNumber(std::string_view s, NumberStyle style) {
    s = trim(s);
    if (s.empty() || s.size() > 64) return std::nullopt;
    if (s.back() == '%') s = trim(s.substr(0, s.size() - 1));
    const char decimal = style == NumberStyle::DecimalPoint ? '.' : ',';
    const char thousands = style == NumberStyle::DecimalPoint ? ',' : '.';
    // Rebuild a plain "-123.45" in a small buffer, checking that thousands separators only split the
    // integer part into groups of exactly three digits ("16,384" yes, "1,5" no).
    char buffer[80];
    std::size_t out = 0;
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
        if (s[i] == '-') buffer[out++] = '-';
        ++i;
    }
    int digitsInGroup = 0;
    int totalIntDigits = 0;
    bool sawGroupSeparator = false;
    bool sawDecimal = false;
    int fractionDigits = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            buffer[out++] = c;
            if (sawDecimal) {
                ++fractionDigits;
            } else {
                ++digitsInGroup;
                ++totalIntDigits;
            }
            continue;
        }
        std::size_t space = unicodeSpaceAt(s, i);
        const bool isGroup = !sawDecimal && (c == thousands || c == ' ' || space > 0);
        if (isGroup) {
            // A group separator must follow 1-3 digits (first group) or exactly 3 (later groups).
            if (digitsInGroup == 0 || digitsInGroup > 3 || (sawGroupSeparator && digitsInGroup != 3))
                return std::nullopt;
            sawGroupSeparator = true;
            digitsInGroup = 0;
            if (space > 0) i += space - 1;
            continue;
        }
        if (c == decimal && !sawDecimal) {
            if (sawGroupSeparator && digitsInGroup != 3) return std::nullopt;
            sawDecimal = true;
            buffer[out++] = '.';
            continue;
        }
        if ((c == 'e' || c == 'E') && totalIntDigits > 0 && !sawGroupSeparator) {
            // Exponent form as some tools write large values ("1.5E+3"): copy the rest verbatim.
            buffer[out++] = 'e';
            ++i;
            if (i < s.size() && (s[i] == '-' || s[i] == '+')) buffer[out++] = s[i++];
            std::size_t expDigits = 0;
            for (; i < s.size() && s[i] >= '0' && s[i] <= '9' && expDigits < 4; ++i, ++expDigits) buffer[out++] = s[i];
            if (expDigits == 0 || i != s.size()) return std::nullopt;
            break;
        }
        return std::nullopt;
    }
    if (totalIntDigits == 0 && fractionDigits == 0) return std::nullopt;
    if (sawGroupSeparator && !sawDecimal && digitsInGroup != 3) return std::nullopt;
    buffer[out] = '\0';
    char* end = nullptr;
    const double value = std::strtod(buffer, &end);
    if (end != buffer + out || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::string normalizeHeader(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        const char l = lowerChar(c);
        if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) out.push_back(l);
    }
    return out;
}

Utf8Lead utf8Lead(unsigned char b) {
    if (b >= 0xC2 && b <= 0xDF) return {2, 0x80, 0xBF};
    if (b == 0xE0) return {3, 0xA0, 0xBF};
    if (b == 0xED) return {3, 0x80, 0x9F};
    if (b >= 0xE1 && b <= 0xEF) return {3, 0x80, 0xBF};
    if (b == 0xF0) return {4, 0x90, 0xBF};
    if (b >= 0xF1 && b <= 0xF3) return {4, 0x80, 0xBF};
    if (b == 0xF4) return {4, 0x80, 0x8F};
    return {0, 0, 0};
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

namespace {
// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid (overlong, surrogate,
// out of range or truncated).
std::size_t utf8SequenceLength(std::string_view s, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return 1;
    const Utf8Lead lead = utf8Lead(b0);
    const auto n = static_cast<std::size_t>(lead.length);
    if (n == 0 || i + n > s.size()) return 0;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b1 < lead.secondMin || b1 > lead.secondMax) return 0;
    for (std::size_t k = 2; k < n; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if (b < 0x80 || b > 0xBF) return 0;
    }
    return n;
}
} // namespace

bool isValidUtf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        // ASCII fast path, 8 bytes at a time: exports are mostly ASCII and 100 MB long.
        while (i + 8 <= s.size()) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + i, 8);
            if ((word & 0x8080808080808080ULL) != 0) break;
            i += 8;
        }
        if (i >= s.size()) break;
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = utf8SequenceLength(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::string sanitizeUtf8(std::string_view s) {
    if (isValidUtf8(s)) return std::string(s);
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = utf8SequenceLength(s, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string formatShortest(double v) {
    if (!std::isfinite(v)) return "0";
    if (v == 0.0) return "0";
    // Shortest "%.Ng" that reads back to the same double: deterministic on every libc.
    char buffer[40];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, v);
        if (std::strtod(buffer, nullptr) == v) break;
    }
    std::string out(buffer);
    if (out.find('e') != std::string::npos && std::fabs(v) >= 1e-6 && std::fabs(v) < 1e15) {
        std::snprintf(buffer, sizeof buffer, "%.6f", v);
        std::string plain = buffer;
        while (!plain.empty() && plain.back() == '0') plain.pop_back();
        if (!plain.empty() && plain.back() == '.') plain.pop_back();
        // Six decimals can cut a small value (1.234567e-05): keep the exponent form then, which is exact.
        if (std::strtod(plain.c_str(), nullptr) == v) out = std::move(plain);
    }
    return out;
}

} // namespace est::formats::text
