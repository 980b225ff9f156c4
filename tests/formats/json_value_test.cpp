// tests/formats/json_value_test.cpp - the JSON parser against nlohmann::json 3.11 as an oracle (random and
// shipped documents, mutated ones, number edge cases bit for bit), plus its own error positions and messages.
#include <catch2/catch.hpp>

#include "formats/json_value.hpp"
#include "json_oracle.hpp"

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using est::formats::parseJson;

namespace {

// Parses `text` with both; they must agree on accepting it and, when they do, on the tree.
void agree(const std::string& text) {
    INFO("text: " << text.substr(0, 300));
    CHECK(est::test::jsonOracleDisagreement(text) == "");
}

class RandomJson {
public:
    explicit RandomJson(std::uint32_t seed) : m_rng(seed) {}

    std::string document() {
        std::string out;
        space(out);
        value(out, 0);
        space(out);
        return out;
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    void space(std::string& out) {
        static const char* kSpaces[] = {"", "", "", " ", "\n", "\r\n  ", "\t"};
        out += kSpaces[pick(7)];
    }

    void number(std::string& out) {
        static const char* kEdges[] = {"0",
                                       "-0",
                                       "-0.0",
                                       "0.0",
                                       "1e400",
                                       "-1e400",
                                       "1e-400",
                                       "4.9e-324",
                                       "2.5e-324",
                                       "1.7976931348623157e308",
                                       "1.7976931348623159e308",
                                       "9007199254740993",
                                       "9223372036854775807",
                                       "9223372036854775808",
                                       "-9223372036854775808",
                                       "-9223372036854775809",
                                       "18446744073709551615",
                                       "18446744073709551616",
                                       "99999999999999999999",
                                       "0.1",
                                       "0.30000000000000004",
                                       "1E2",
                                       "1e+2",
                                       "1e-2",
                                       "123456789012345678901234567890",
                                       "0.000000000000000000000000000001",
                                       "2.2250738585072011e-308",
                                       "1.00000000000000011102230246251565404236316680908203125",
                                       "7.038531e-26",
                                       "1.5e22",
                                       "9007199254740992e22",
                                       "123.456e-30"};
        switch (pick(4)) {
        case 0:
            out += kEdges[pick(static_cast<int>(std::size(kEdges)))];
            return;
        case 1:
            out += std::to_string(std::uniform_int_distribution<std::int64_t>(-1000000, 1000000)(m_rng));
            return;
        default: {
            // Digits, a fraction and an exponent of random lengths.
            if (pick(2) == 0) out += '-';
            const int intDigits = 1 + pick(pick(2) == 0 ? 4 : 22);
            for (int i = 0; i < intDigits; ++i)
                out += static_cast<char>('0' + (i == 0 && intDigits > 1 ? 1 + pick(9) : pick(10)));
            if (pick(2) == 0) {
                out += '.';
                const int frac = 1 + pick(pick(2) == 0 ? 4 : 25);
                for (int i = 0; i < frac; ++i) out += static_cast<char>('0' + pick(10));
            }
            if (pick(3) == 0) {
                out += "eE"[pick(2)];
                if (pick(2) == 0) out += "+-"[pick(2)];
                out += std::to_string(pick(pick(2) == 0 ? 30 : 340));
            }
        }
        }
    }

    void string(std::string& out) {
        static const char* kPieces[] = {"a",
                                        "workloads",
                                        " ",
                                        "\\\"",
                                        "\\\\",
                                        "\\/",
                                        "\\b",
                                        "\\f",
                                        "\\n",
                                        "\\r",
                                        "\\t",
                                        "\\u0041",
                                        "\\u00e9",
                                        "\\u0000",
                                        "\\u20AC",
                                        "\\ud83d\\ude00",
                                        "\\uD834\\uDD1E",
                                        "\xC3\xA9",
                                        "\xE2\x82\xAC",
                                        "\xF0\x9F\x98\x80",
                                        "x",
                                        "1",
                                        "\x7F",
                                        "key"};
        out += '"';
        const int n = pick(6);
        for (int i = 0; i < n; ++i) out += kPieces[pick(static_cast<int>(std::size(kPieces)))];
        out += '"';
    }

    void value(std::string& out, int depth) {
        const int kind = depth > 5 ? pick(5) : pick(8);
        switch (kind) {
        case 0:
            out += "null";
            break;
        case 1:
            out += pick(2) ? "true" : "false";
            break;
        case 2:
        case 3:
            number(out);
            break;
        case 4:
            string(out);
            break;
        case 5:
        case 6: {
            out += '{';
            const int n = pick(6);
            for (int i = 0; i < n; ++i) {
                if (i > 0) out += ',';
                space(out);
                // A small key set makes duplicate keys common.
                static const char* kKeys[] = {"\"a\"", "\"b\"", "\"id\"", "\"\"", "\"\\u0061\"", "\"name\""};
                if (pick(3) == 0)
                    string(out);
                else
                    out += kKeys[pick(6)];
                space(out);
                out += ':';
                space(out);
                value(out, depth + 1);
                space(out);
            }
            out += '}';
            break;
        }
        default: {
            out += '[';
            const int n = pick(6);
            for (int i = 0; i < n; ++i) {
                if (i > 0) out += ',';
                space(out);
                value(out, depth + 1);
                space(out);
            }
            out += ']';
        }
        }
    }

    std::mt19937 m_rng;
};

std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("random documents parse to nlohmann::json's tree, numbers bit for bit", "[formats][json]") {
    RandomJson gen(20261206);
    for (int i = 0; i < 4000; ++i) agree(gen.document());
}

TEST_CASE("damaged documents are rejected exactly when nlohmann::json rejects them", "[formats][json]") {
    RandomJson gen(7);
    std::mt19937 rng(11);
    static const char kBytes[] = "{}[]\",:0-.eE+ \\u\x80\xC3\xED\xF4\x01tfn";
    for (int i = 0; i < 6000; ++i) {
        std::string text = gen.document();
        if (text.empty()) continue;
        const std::size_t at = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(rng);
        switch (rng() % 3) {
        case 0:
            text.erase(at, 1);
            break;
        case 1:
            text.insert(at, 1, kBytes[rng() % (sizeof kBytes - 1)]);
            break;
        default:
            text[at] = kBytes[rng() % (sizeof kBytes - 1)];
        }
        agree(text);
    }
}

TEST_CASE("edge cases agree with nlohmann::json", "[formats][json]") {
    for (const char* text : {"",
                             " ",
                             "\xEF\xBB\xBF{}",
                             "\xEF\xBB{}",
                             "{}\xEF\xBB\xBF",
                             "[1,]",
                             "{\"a\":1,}",
                             "[01]",
                             "[-]",
                             "[1.]",
                             "[.5]",
                             "[1e]",
                             "[+1]",
                             "[\"\\x\"]",
                             "[\"\\u12\"]",
                             "[\"\\ud800\"]",
                             "[\"\\udc00\"]",
                             "[\"\\ud800\\u0041\"]",
                             "[\"\t\"]",
                             "[\"\xC0\x80\"]",
                             "[\"\xED\xA0\x80\"]",
                             "[\"\xF4\x90\x80\x80\"]",
                             "[\"\xE2\x82\"]",
                             "nul",
                             "tru",
                             "[true false]",
                             "{\"a\" 1}",
                             "{1:2}",
                             "[1] [2]",
                             "{\"a\":1,\"a\":2,\"b\":3,\"a\":4}",
                             "\"\"",
                             "-0",
                             "[-0, 0, -0.0, 1E+2, 1e-0]",
                             "[1e400]",
                             "[-1e400]",
                             "{\"a\":[1e999]}",
                             "[NaN]",
                             "[Infinity]",
                             "/* c */ 1",
                             "[1 /* c */]",
                             "[\"\\/\"]",
                             "\"\\u0000\"",
                             "[1,\n2,\n\"\x01\"]"})
        agree(text);
}

TEST_CASE("the shipped JSON files parse to nlohmann::json's tree", "[formats][json]") {
    int files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(EST_ASSETS_DIR)) {
        if (entry.path().extension() != ".json") continue;
        agree(readFile(entry.path()));
        ++files;
    }
    CHECK(files >= 4); // defaults, three demos, the MAP rules and the price catalogues
}

TEST_CASE("a NUL byte outside a string is an error, not the end of the text (nlohmann stops there)",
          "[formats][json]") {
    using namespace std::string_view_literals;
    CHECK_FALSE(parseJson("8\0garbage"sv).ok);
    CHECK_FALSE(parseJson("{\"a\":1}\0"sv).ok);
    CHECK(parseJson("\"\\u0000\""sv).ok);                              // escaped, a NUL is an ordinary character
    CHECK(nlohmann::json::parse("8\0garbage"sv, nullptr, false) == 8); // the quirk the oracle steps around
}

TEST_CASE("a key written twice keeps its first place and its last value", "[formats][json]") {
    const auto r = parseJson(R"({"a":1,"b":2,"a":3})");
    REQUIRE(r.ok);
    REQUIRE(r.value.size() == 2);
    CHECK(r.value.members()[0].key == "a");
    CHECK(r.value.members()[0].value.asInt64() == 3);
    CHECK(r.value.members()[1].key == "b");
}

TEST_CASE("parse errors name the line and column of the offending byte", "[formats][json]") {
    auto error = [](std::string_view text) {
        const auto r = parseJson(text);
        REQUIRE_FALSE(r.ok);
        return r.error.describe();
    };
    // Line 3 is `  "b" 2`: the '2' where ':' belongs is its 7th byte.
    CHECK(error("{\n  \"a\": 1,\n  \"b\" 2\n}") == "line 3, column 7: expected ':' after a member name, got '2'");
    CHECK(error("{\"a\": 1 \"b\": 2}") == "line 1, column 9: expected ',' or '}' after a member, got '\"'");
    CHECK(error("[1, 2") == "line 1, column 6: expected ',' or ']' after an array element, got the end of the text");
    CHECK(error("") == "line 1, column 1: no JSON value: the text is empty");
    CHECK(error("{} x") == "line 1, column 4: unexpected 'x' after the JSON value");
    CHECK(error("[tru]") == "line 1, column 5: invalid literal: expected true, got ']'");
    CHECK(error("[\"caf\xC3\"]") == "line 1, column 6: invalid UTF-8 in a string (byte 0xC3)");
    CHECK(error("[1e400]") == "line 1, column 2: number too large: 1e400");
}

TEST_CASE("nesting deeper than the limit is an error, not a stack overflow", "[formats][json]") {
    CHECK(parseJson("[[[1]]]", 3).ok);
    const auto deep = parseJson("[[[[1]]]]", 3);
    REQUIRE_FALSE(deep.ok);
    CHECK(deep.error.describe() == "line 1, column 4: nesting deeper than 3 levels");
    const std::string huge(100000, '[');
    CHECK_FALSE(parseJson(huge).ok);
}
