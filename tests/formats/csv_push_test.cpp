// tests/formats/csv_push_test.cpp - the push-style CSV tokenizer: records cut anywhere by chunk boundaries read the
// same; quotes, line ends, BOM, column selection, limits; and the fast decimal parser.
#include "formats/csv.hpp"
#include "formats/csv_push.hpp"
#include "formats/decimal.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

using namespace est::formats;

namespace {

struct Collect : CsvRecordSink {
    std::vector<std::vector<std::string>> rows;
    std::vector<long> lines;
    std::size_t stopAfter = static_cast<std::size_t>(-1);
    bool record(const std::vector<std::string_view>& fields, std::size_t columns, long line) override {
        rows.emplace_back();
        for (std::size_t i = 0; i < columns; ++i) rows.back().emplace_back(fields[i]);
        lines.push_back(line);
        return rows.size() < stopAfter;
    }
};

Collect tokenize(const std::string& text, std::size_t chunk, std::vector<bool> wanted = {}) {
    CsvPushTokenizer t;
    t.setWanted(std::move(wanted));
    Collect c;
    for (std::size_t at = 0; at < text.size(); at += chunk)
        REQUIRE(t.push(std::string_view(text).substr(at, chunk), c));
    REQUIRE(t.finish(c));
    return c;
}

} // namespace

TEST_CASE("push tokenizer: quotes, doubled quotes, line ends inside quotes, CRLF, BOM, blank lines",
          "[formats][csv_push]") {
    const std::string text = "\xEF\xBB\xBF"
                             "a,b,c\r\n"
                             "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                             "\r\n"
                             "2,\"two\nlines\",\r\n"
                             "3,,last";
    for (std::size_t chunk : {std::size_t{1}, std::size_t{2}, std::size_t{7}, text.size()}) {
        INFO("chunk " << chunk);
        const Collect c = tokenize(text, chunk);
        REQUIRE(c.rows.size() == 4);
        CHECK(c.rows[0] == std::vector<std::string>{"a", "b", "c"});
        CHECK(c.rows[1] == std::vector<std::string>{"1", "x, y", "say \"hi\""});
        CHECK(c.rows[2] == std::vector<std::string>{"2", "two\nlines", ""});
        CHECK(c.rows[3] == std::vector<std::string>{"3", "", "last"});
        // Physical lines: the blank line 3 is skipped; record 3 spans lines 4-5, so the last starts on line 6.
        CHECK(c.lines == std::vector<long>{1, 2, 4, 6});
    }
}

TEST_CASE("push tokenizer: only wanted columns are materialised", "[formats][csv_push]") {
    const Collect c = tokenize("a,b,c\n1,2,3\n", 3, {true, false, true});
    REQUIRE(c.rows.size() == 2);
    CHECK(c.rows[1] == std::vector<std::string>{"1", "", "3"});
}

TEST_CASE("push tokenizer: an unclosed quote and an endless record are reported", "[formats][csv_push]") {
    CsvPushTokenizer open;
    Collect c;
    REQUIRE(open.push("a,\"b\n", c));
    REQUIRE(open.finish(c));
    CHECK(open.unclosedQuote());
    CsvPushTokenizer endless;
    Collect none;
    const std::string chunk(64 * 1024, 'x');
    bool ok = true;
    for (int i = 0; i < 20 && ok; ++i) ok = endless.push(chunk, none);
    CHECK_FALSE(ok);
    CHECK(endless.recordTooLong());
    // A sink that stops stops the tokenizer.
    CsvPushTokenizer stopping;
    Collect first;
    first.stopAfter = 1;
    CHECK_FALSE(stopping.push("a\nb\nc\n", first));
    CHECK(first.rows.size() == 1);
}

TEST_CASE("parseDecimal reads export numbers exactly where they are short", "[formats][decimal]") {
    double v = 0;
    CHECK((parseDecimal("0.0104", v) && v == 0.0104));
    CHECK((parseDecimal("-2.6137", v) && v == -2.6137));
    CHECK((parseDecimal("7.20216E-5", v) && v == 7.20216e-5));
    CHECK((parseDecimal("100", v) && v == 100.0));
    CHECK((parseDecimal(".5", v) && v == 0.5));
    CHECK((parseDecimal("0.12345678901234567890123", v) && v == Approx(0.12345678901234568)));
    CHECK((parseDecimal("1e300", v) && v == 1e300));
    for (const char* bad : {"", "NULL", "1,000", " 1", "1.2.3", "e5", "-", "nan", "inf", "1e"}) {
        INFO(bad);
        CHECK_FALSE(parseDecimal(bad, v));
    }
    CHECK_FALSE(parseDecimal("1e999", v)); // not finite
}
