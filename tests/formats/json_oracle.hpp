// tests/formats/json_oracle.hpp - our JSON tree compared with nlohmann::json 3.11's (the test oracle), shared by
// the parser's unit tests and its fuzz target (tests/fuzz/fuzz_json.cpp).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "formats/json_value.hpp"

namespace est::test {

/// True when both trees hold the same values, numbers of the same kind and bits; else false and `why` says where.
/// nlohmann keeps an object as a sorted map with the last duplicate's value; ours keeps the order written with
/// the last value: the same key set, the same values.
inline bool sameJsonTree(const formats::JsonValue& ours, const nlohmann::json& theirs, std::string& why,
                         const std::string& path = "$") {
    using T = formats::JsonValue::Type;
    auto differ = [&](const std::string& what) {
        why = path + ": " + what;
        return false;
    };
    switch (theirs.type()) {
    case nlohmann::json::value_t::null:
        return ours.isNull() || differ("expected null");
    case nlohmann::json::value_t::boolean:
        return (ours.isBool() && ours.asBool() == theirs.get<bool>()) || differ("boolean");
    case nlohmann::json::value_t::number_integer:
        return (ours.type() == T::Integer && ours.asInt64() == theirs.get<std::int64_t>()) ||
               differ("integer " + theirs.dump());
    case nlohmann::json::value_t::number_unsigned:
        return (ours.type() == T::Unsigned && ours.asUint64() == theirs.get<std::uint64_t>()) ||
               differ("unsigned " + theirs.dump());
    case nlohmann::json::value_t::number_float: {
        if (ours.type() != T::Float) return differ("float expected " + theirs.dump());
        const double a = ours.asDouble(), b = theirs.get<double>();
        return std::memcmp(&a, &b, sizeof a) == 0 || differ("float bits " + theirs.dump());
    }
    case nlohmann::json::value_t::string:
        return (ours.isString() && ours.asString() == theirs.get_ref<const std::string&>()) || differ("string");
    case nlohmann::json::value_t::array:
        if (!ours.isArray() || ours.size() != theirs.size()) return differ("array size");
        for (std::size_t i = 0; i < theirs.size(); ++i)
            if (!sameJsonTree(ours[i], theirs[i], why, path + "[" + std::to_string(i) + "]")) return false;
        return true;
    case nlohmann::json::value_t::object:
        if (!ours.isObject() || ours.size() != theirs.size()) return differ("object size");
        for (auto it = theirs.begin(); it != theirs.end(); ++it) {
            const formats::JsonValue* v = ours.find(it.key());
            if (v == nullptr) return differ("missing key " + it.key());
            if (!sameJsonTree(*v, it.value(), why, path + "." + it.key())) return false;
        }
        return true;
    default:
        return differ("unexpected type");
    }
}

/// Parses `text` with both parsers: "" when they agree (both reject it, or both accept it with the same tree),
/// else what differs.
/// Texts with a NUL byte are left out: nlohmann reads a NUL between tokens as the end of the text ("8\0x" is 8),
/// where we reject it as RFC 8259 does (tested on its own).
inline std::string jsonOracleDisagreement(std::string_view text) {
    if (text.find('\0') != std::string_view::npos) return {};
    const formats::JsonParseResult ours = formats::parseJson(text);
    const nlohmann::json theirs = nlohmann::json::parse(text, nullptr, false);
    if (ours.ok != !theirs.is_discarded())
        return ours.ok ? "nlohmann rejects what we accept"
                       : "we reject what nlohmann accepts: " + ours.error.describe();
    std::string why;
    if (ours.ok && !sameJsonTree(ours.value, theirs, why)) return why;
    return {};
}

} // namespace est::test
