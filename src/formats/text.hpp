// formats/text.hpp - small text helpers shared by the CSV reader, the importers and the reports.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace est::formats::text {

/// The text without leading/trailing ASCII spaces, tabs, CR/LF and UTF-8 no-break spaces.
std::string_view trim(std::string_view s);
/// ASCII lower-case copy (bytes >= 0x80 unchanged, so UTF-8 survives).
std::string lower(std::string_view s);
/// True when a equals b ignoring ASCII case.
bool equalsIgnoreCase(std::string_view a, std::string_view b);
/// True when `s` contains `needle` ignoring ASCII case.
bool containsIgnoreCase(std::string_view s, std::string_view needle);
/// True when `s` ends with `suffix` ignoring ASCII case (file extensions: "Export.JSON").
bool endsWithIgnoreCase(std::string_view s, std::string_view suffix);

/// How numbers are written in a file: decimal point and comma thousands ("16,384.5"), or the
/// continental style decimal comma and point / space thousands ("16.384,5"), chosen from the separator.
enum class NumberStyle { DecimalPoint, DecimalComma };

/// Parses a number as spreadsheets and exports write it: surrounding spaces, thousands separators
/// (",", "." or no-break/thin spaces, only in groups of three), a trailing "%" (kept as written: "45%" -> 45),
/// a leading "+". Empty or anything else -> nothing. Never throws; rejects NaN/inf.
std::optional<double> parseNumber(std::string_view s, NumberStyle style = NumberStyle::DecimalPoint);

/// Header normalisation for synonym matching: lower-case, only letters and digits kept
/// ("Provisioned MiB" -> "provisionedmib", "*Memory (In MB)" -> "memoryinmb").
std::string normalizeHeader(std::string_view s);

/// Replaces invalid UTF-8 sequences by U+FFFD so every string we keep can be written as JSON.
std::string sanitizeUtf8(std::string_view s);
/// True when `s` is valid UTF-8.
bool isValidUtf8(std::string_view s);
/// The UTF-8 sequence a byte >= 0x80 leads: its length and the range its second byte must fall in (Unicode 15,
/// table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF); further bytes are 0x80-0xBF. Length 0: the
/// byte cannot lead a sequence.
struct Utf8Lead {
    int length;
    unsigned char secondMin, secondMax;
};
Utf8Lead utf8Lead(unsigned char b);
/// Appends the UTF-8 encoding of a code point (<= U+10FFFF; the caller rules out surrogates).
void appendUtf8(std::string& out, std::uint32_t codePoint);

/// The shortest text that reads back to exactly `v`, without an exponent for ordinary magnitudes when the plain
/// form is exact too ("16", "0.25", "1234567.5", "1e+20"); "0" for NaN and infinities. What messages print and
/// the .xlsx writer stores. (model::formatNumber is the display one: at most two decimals.)
std::string formatShortest(double v);

} // namespace est::formats::text
