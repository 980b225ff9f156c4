// tests/fuzz/fuzz_json.cpp - libFuzzer target: any bytes through our JSON parser and nlohmann::json's (the oracle):
// both must reject the bytes, or both accept them with the same tree (numbers of the same kind, bit for bit).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "../formats/json_oracle.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // nlohmann recurses without a limit: deeper documents only test the stack, not the parsers.
    if (est::formats::parseJson(text, 400).error.message.rfind("nesting deeper", 0) == 0) return 0;
    const std::string disagreement = est::test::jsonOracleDisagreement(text);
    if (!disagreement.empty()) {
        std::fprintf(stderr, "parsers disagree: %s\n", disagreement.c_str());
        std::abort();
    }
    return 0;
}
