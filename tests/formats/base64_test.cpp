// tests/formats/base64_test.cpp - base64 against the RFC 4648 test vectors, both alphabets, limits and bad input.
#include "formats/base64.hpp"

#include <catch2/catch.hpp>

using est::formats::decodeBase64;
using est::formats::encodeBase64;

TEST_CASE("base64 encodes the RFC 4648 test vectors", "[formats]") {
    CHECK(encodeBase64("") == "");
    CHECK(encodeBase64("f") == "Zg==");
    CHECK(encodeBase64("fo") == "Zm8=");
    CHECK(encodeBase64("foo") == "Zm9v");
    CHECK(encodeBase64("foob") == "Zm9vYg==");
    CHECK(encodeBase64("fooba") == "Zm9vYmE=");
    CHECK(encodeBase64("foobar") == "Zm9vYmFy");
}

TEST_CASE("base64 decodes both alphabets, with or without padding, and round-trips every byte", "[formats]") {
    std::string out;
    REQUIRE(decodeBase64("Zm9vYmE=", out));
    CHECK(out == "fooba");
    REQUIRE(decodeBase64("Zm9vYmE", out));
    CHECK(out == "fooba");
    // 0xFB 0xFF: "+/8=" in the standard alphabet, "-_8" in the URL-safe one.
    REQUIRE(decodeBase64("-_8", out));
    CHECK(out == std::string("\xFB\xFF"));
    std::string all;
    for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
    REQUIRE(decodeBase64(encodeBase64(all), out));
    CHECK(out == all);
}

TEST_CASE("base64 decoding refuses characters outside the alphabet and output over the limit", "[formats]") {
    std::string out;
    CHECK_FALSE(decodeBase64("Zm9v*mFy", out));
    CHECK(decodeBase64("Zm9vYmFy", out, 6));
    CHECK_FALSE(decodeBase64("Zm9vYmFy", out, 5));
}
