// tests/formats/text_test.cpp - number parsing in export dialects, header normalisation, UTF-8 checks.
#include <catch2/catch.hpp>

#include "formats/text.hpp"

using namespace est::formats::text;

TEST_CASE("numbers with thousands separators read in both styles", "[formats][text]") {
    CHECK(parseNumber("16,384") == Approx(16384.0));
    CHECK(parseNumber(" \"ignored\" ").has_value() == false);
    CHECK(parseNumber("1,126,400") == Approx(1126400.0));
    CHECK(parseNumber("206,057.5") == Approx(206057.5));
    CHECK(parseNumber("16.384", NumberStyle::DecimalComma) == Approx(16384.0));
    CHECK(parseNumber("51.200,5", NumberStyle::DecimalComma) == Approx(51200.5));
    CHECK(parseNumber("2,5", NumberStyle::DecimalComma) == Approx(2.5));
    CHECK(parseNumber("16\xC2\xA0"
                      "384") == Approx(16384.0)); // no-break space as thousands separator
    CHECK(parseNumber("45%") == Approx(45.0));
    CHECK(parseNumber("-3.5") == Approx(-3.5));
    CHECK(parseNumber("1.5E+3") == Approx(1500.0));
}

TEST_CASE("malformed numbers are rejected rather than half-read", "[formats][text]") {
    CHECK_FALSE(parseNumber("").has_value());
    CHECK_FALSE(parseNumber("1,5").has_value()); // comma not in groups of three: ambiguous in point style
    CHECK_FALSE(parseNumber("12,34,567").has_value());
    CHECK_FALSE(parseNumber("abc").has_value());
    CHECK_FALSE(parseNumber("4 cores").has_value());
    CHECK_FALSE(parseNumber("1e999").has_value()); // infinite
    CHECK_FALSE(parseNumber("nan").has_value());
}

TEST_CASE("headers normalise to lower-case letters and digits", "[formats][text]") {
    CHECK(normalizeHeader("*Memory (In MB)") == "memoryinmb");
    CHECK(normalizeHeader("Provisioned MiB") == "provisionedmib");
    CHECK(normalizeHeader("Free % ") == "free");
    CHECK(trim("  x\xC2\xA0") == "x");
}

TEST_CASE("invalid UTF-8 is detected and replaced", "[formats][text]") {
    CHECK(isValidUtf8("Zürich 東京"));
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));     // overlong
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80")); // surrogate
    CHECK(sanitizeUtf8("a\xFF"
                       "b") == "a\xEF\xBF\xBD"
                               "b");
}

TEST_CASE("numbers format in their shortest exact form", "[formats][text]") {
    CHECK(formatShortest(16.0) == "16");
    CHECK(formatShortest(0.25) == "0.25");
    CHECK(formatShortest(1234567.5) == "1234567.5");
    CHECK(formatShortest(0.1) == "0.1");
    CHECK(formatShortest(1e7) == "10000000");
    CHECK(formatShortest(1.5e-5) == "0.000015");
    CHECK(formatShortest(1.234567e-5) == "1.234567e-05"); // six decimals would cut it: the exponent form is exact
    CHECK(formatShortest(0.1 + 0.2) == "0.30000000000000004");
}

TEST_CASE("a file name ends with an extension whatever its case", "[formats][text]") {
    CHECK(endsWithIgnoreCase("Export.JSON", ".json"));
    CHECK(endsWithIgnoreCase("a.json", ".json"));
    CHECK_FALSE(endsWithIgnoreCase("a.json.csv", ".json"));
    CHECK_FALSE(endsWithIgnoreCase("json", ".json")); // shorter than the suffix
}
