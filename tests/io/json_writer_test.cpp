// tests/io/json_writer_test.cpp - the streaming JSON writer writes the bytes nlohmann::json's dump() writes:
// numbers (shortest round trip, exponents, -0.0, huge and tiny values, integers), escaping and invalid UTF-8,
// pretty and compact layout. nlohmann is the oracle here; the writer itself does not use its json types.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "io/json_writer.hpp"

using est::io::JsonWriter;
using ojson = nlohmann::ordered_json;

namespace {

std::string oracle(const ojson& j, int indent = 2) {
    return j.dump(indent, ' ', false, ojson::error_handler_t::replace);
}

std::string written(double v) {
    JsonWriter w;
    w.value(v);
    return w.take();
}

std::string writtenString(const std::string& s) {
    JsonWriter w;
    w.value(s);
    return w.take();
}

} // namespace

TEST_CASE("doubles are written as nlohmann writes them, edge cases by name", "[io][json_writer]") {
    // Each expected text is what nlohmann 3.11.2's dump() gives (checked against the oracle below, too).
    CHECK(written(0.0) == "0.0");
    CHECK(written(-0.0) == "-0.0");
    CHECK(written(1.0) == "1.0");
    CHECK(written(0.1) == "0.1");
    CHECK(written(0.1 + 0.2) == "0.30000000000000004");
    CHECK(written(1e-05) == "1e-05"); // below 1e-4 the exponent form: n = -4 is not > min_exp -4
    CHECK(written(0.0001) == "0.0001");
    CHECK(written(1e14) == "100000000000000.0");
    CHECK(written(1e15) == "1e+15"); // 16 digits before the point is past max_exp 15
    CHECK(written(1.5e16) == "1.5e+16");
    CHECK(written(123456.789) == "123456.789");
    CHECK(written(1e300) == "1e+300");
    CHECK(written(5e-324) == "5e-324");
    CHECK(written(std::numeric_limits<double>::max()) == "1.7976931348623157e+308");
    CHECK(written(std::nan("")) == "null");
    CHECK(written(std::numeric_limits<double>::infinity()) == "null");
    CHECK(written(-std::numeric_limits<double>::infinity()) == "null");
    for (double v : {0.0,
                     -0.0,
                     1.0,
                     0.1,
                     1e-05,
                     0.0001,
                     1e14,
                     1e15,
                     1.5e16,
                     123456.789,
                     1e300,
                     5e-324,
                     -2.5,
                     1.0 / 3.0,
                     std::numeric_limits<double>::max(),
                     std::numeric_limits<double>::lowest(),
                     std::numeric_limits<double>::min(),
                     std::numeric_limits<double>::denorm_min(),
                     5500.0,
                     0.85,
                     1440.0})
        CHECK(written(v) == oracle(ojson(v)));
}

TEST_CASE("random doubles, from random bits and from cents, match nlohmann", "[io][json_writer]") {
    std::mt19937_64 rng(20261206);
    int compared = 0;
    for (int i = 0; i < 200000; ++i) {
        const std::uint64_t bits = rng();
        double v = 0.0;
        std::memcpy(&v, &bits, sizeof v);
        if (i % 2 == 1)
            v = std::round(static_cast<double>(static_cast<std::int64_t>(bits % 100000000000ULL)) - 5e10) / 100.0;
        const std::string mine = written(v);
        const std::string theirs = oracle(ojson(v));
        if (mine != theirs) FAIL("value " << theirs << " written as " << mine);
        ++compared;
    }
    CHECK(compared == 200000);
}

TEST_CASE("integers: signed and unsigned, to their extremes", "[io][json_writer]") {
    for (std::int64_t v : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{7}, std::int64_t{-2147483648LL},
                           std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()}) {
        JsonWriter w;
        w.value(v);
        CHECK(w.take() == oracle(ojson(v)));
    }
    JsonWriter w;
    w.value(std::numeric_limits<std::uint64_t>::max());
    CHECK(w.take() == "18446744073709551615");
    JsonWriter small;
    small.value(std::size_t{42});
    CHECK(small.take() == "42");
    JsonWriter flag;
    flag.value(true);
    CHECK(flag.take() == "true"); // a bool is not written as the integer 1
}

TEST_CASE("strings: escapes, control characters, UTF-8 kept, invalid UTF-8 replaced as nlohmann does",
          "[io][json_writer]") {
    CHECK(writtenString("plain") == "\"plain\"");
    CHECK(writtenString("a\"b\\c\b\f\n\r\t") == "\"a\\\"b\\\\c\\b\\f\\n\\r\\t\"");
    CHECK(writtenString(std::string("\x01\x1f\x7f", 3)) == "\"\\u0001\\u001f\x7f\""); // DEL stays raw
    CHECK(writtenString(std::string("nul\0in", 6)) == "\"nul\\u0000in\"");
    CHECK(writtenString("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80") ==
          "\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"");
    CHECK(writtenString("\xFF") == "\"\xEF\xBF\xBD\"");                 // an impossible byte: one U+FFFD
    CHECK(writtenString("a\xC3") == "\"a\xEF\xBF\xBD\"");               // cut off at the end
    CHECK(writtenString("\xE2\x82x") == "\"\xEF\xBF\xBDx\"");           // broken: the breaking byte starts afresh
    CHECK(writtenString("\xC0\xAF") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\""); // overlong '/': two stray bytes
    CHECK(writtenString("\xED\xA0\x80") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""); // a surrogate half
    const char* cases[] = {"plain",
                           "\xFF",
                           "a\xC3",
                           "\xE2\x82x",
                           "\xC0\xAF",
                           "\xED\xA0\x80",
                           "\xF4\x90\x80\x80",
                           "\xF0\x8F\xBF\xBF",
                           "\xE0\x9F\xBF",
                           "\xF0\x9F\x98",
                           "\xF0\x9F\x98\x80\x80"};
    for (const char* c : cases) CHECK(writtenString(c) == oracle(ojson(std::string(c))));
}

TEST_CASE("random byte strings are escaped and repaired byte for byte as nlohmann does", "[io][json_writer]") {
    std::mt19937 rng(23);
    // Bytes drawn mostly from the interesting places: ASCII controls, quotes, UTF-8 leads and continuations.
    const unsigned char pool[] = {0x00, 0x01, 0x08, 0x09, 0x0A, 0x1F, 0x20, '"',  '\\', 'a',  0x7F,
                                  0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                                  0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
    for (int i = 0; i < 100000; ++i) {
        std::string s(rng() % 9, ' ');
        for (char& c : s) c = static_cast<char>(rng() % 4 == 0 ? rng() % 256 : pool[rng() % sizeof pool]);
        const std::string mine = writtenString(s);
        const std::string theirs = oracle(ojson(s));
        if (mine != theirs) FAIL("string of " << s.size() << " bytes written as " << mine << ", nlohmann " << theirs);
    }
    SUCCEED("100000 strings compared");
}

TEST_CASE("layout: nested objects and arrays, empty containers, pretty and compact", "[io][json_writer]") {
    const auto write = [](int indent) {
        JsonWriter w(indent);
        w.beginObject();
        w.field("name", "x").field("n", 3).field("f", 2.5).field("ok", false).field("none", nullptr);
        w.beginObject("empty").endObject();
        w.beginArray("emptyList").endArray();
        w.field("ints", std::vector<int>{1, 2});
        w.field("maybe", std::optional<double>{}).field("some", std::optional<int>{4});
        w.beginArray("rows");
        w.beginObject().field("a", 1).endObject();
        w.beginArray().value("in").value(0.5).endArray();
        w.endArray();
        w.endObject();
        return w.take();
    };
    const ojson j = {{"name", "x"},
                     {"n", 3},
                     {"f", 2.5},
                     {"ok", false},
                     {"none", nullptr},
                     {"empty", ojson::object()},
                     {"emptyList", ojson::array()},
                     {"ints", {1, 2}},
                     {"maybe", nullptr},
                     {"some", 4},
                     {"rows", ojson::array({ojson{{"a", 1}}, ojson::array({"in", 0.5})})}};
    CHECK(write(2) == oracle(j, 2));
    CHECK(write(-1) == oracle(j, -1));
    CHECK(write(4) == oracle(j, 4));
    CHECK(write(-1) ==
          R"({"name":"x","n":3,"f":2.5,"ok":false,"none":null,"empty":{},"emptyList":[],"ints":[1,2],"maybe":null,)"
          R"("some":4,"rows":[{"a":1},["in",0.5]]})");
}
