// formats/xlsx_scalars.hpp - the small value readers the .xlsx parts share: XML-space trimming, row/style indexes.
// Internal to the .xlsx reader (xlsx_reader.cpp, xlsx_sheet.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace est::formats::xlsx {

/// `s` without leading/trailing XML white space (space, tab, CR, LF). Unlike text::trim, a no-break space stays:
/// it is cell content.
inline std::string_view trimXmlSpace(std::string_view s) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    return s;
}

/// True when the cell text holds something besides XML white space.
inline bool hasValue(const std::string& s) { return !trimXmlSpace(s).empty(); }

/// A non-negative decimal integer (surrounding XML space allowed); nullopt if empty, not digits or above `limit`.
inline std::optional<long long> parseIndex(std::string_view s, long long limit) {
    s = trimXmlSpace(s);
    if (s.empty()) return std::nullopt;
    long long v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
        if (v > limit) return std::nullopt;
    }
    return v;
}

/// Excel's grid: columns A..XFD, rows 1..1,048,576.
inline constexpr int kMaxColumns = 16384;
inline constexpr int kMaxRows = 1048576;

} // namespace est::formats::xlsx
