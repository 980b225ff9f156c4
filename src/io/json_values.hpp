// io/json_values.hpp - lenient field reads of a JSON object for data files (defaults, catalogues).
#pragma once

#include <cmath>
#include <optional>
#include <string>

#include "formats/json_value.hpp"

namespace est::io {

/// The string at `key`, or `fallback` when absent or not a string.
inline std::string jsonString(const formats::JsonValue& o, const char* key, std::string fallback = {}) {
    const formats::JsonValue* v = o.find(key);
    return v != nullptr && v->isString() ? v->asString() : fallback;
}

/// The finite number at `key`, or nothing when absent, not a number or not finite.
inline std::optional<double> jsonNumber(const formats::JsonValue& o, const char* key) {
    const formats::JsonValue* v = o.find(key);
    if (v == nullptr || !v->isNumber()) return std::nullopt;
    const double d = v->asDouble();
    return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

} // namespace est::io
