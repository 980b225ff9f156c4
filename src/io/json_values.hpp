// io/json_values.hpp - lenient field reads of a nlohmann::json object for data files (defaults, catalogues).
#pragma once

#include <cmath>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace est::io {

/// The string at `key`, or "" when absent or not a string.
inline std::string jsonString(const nlohmann::json& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

/// The finite number at `key`, or nothing when absent, not a number or not finite.
inline std::optional<double> jsonNumber(const nlohmann::json& o, const char* key) {
    auto it = o.find(key);
    if (it == o.end() || !it->is_number()) return std::nullopt;
    const double d = it->get<double>();
    return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

} // namespace est::io
