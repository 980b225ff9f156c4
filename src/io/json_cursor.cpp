// io/json_cursor.cpp - typed, path-aware reads of a JSON object (see the header).
#include "io/json_cursor.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "formats/text.hpp"

namespace est::io {

using nlohmann::json;

void JsonProblems::error(const std::string& path, std::string message) {
    errors.push_back({path, std::move(message)});
    errorPaths.push_back(path);
}

void JsonProblems::warning(const std::string& path, std::string message) {
    warnings.push_back({path, std::move(message)});
    warningPaths.push_back(path);
}

std::string describeJson(const json& j) {
    switch (j.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return j.get<bool>() ? "true" : "false";
    case json::value_t::string: {
        std::string s = j.get<std::string>();
        if (s.size() > 40) s = s.substr(0, 40) + "...";
        return "\"" + formats::text::sanitizeUtf8(s) + "\"";
    }
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return j.dump();
    case json::value_t::array:
        return "an array";
    case json::value_t::object:
        return "an object";
    default:
        return "a value";
    }
}

const json* JsonCursor::get(const char* key) {
    m_read.push_back(key);
    auto it = m_j.find(key);
    return it == m_j.end() ? nullptr : &*it;
}

void JsonCursor::number(const char* key, double& out) {
    if (const json* v = get(key)) readNumber(*v, at(key), out);
}

void JsonCursor::retired(const char* key, const std::string& why) {
    if (get(key)) m_p.warning(at(key), why);
}

void JsonCursor::integer(const char* key, int& out) {
    if (const json* v = get(key)) readInt(*v, at(key), out);
}

void JsonCursor::boolean(const char* key, bool& out) {
    if (const json* v = get(key)) readBool(*v, at(key), out);
}

void JsonCursor::string(const char* key, std::string& out) {
    if (const json* v = get(key)) readString(*v, at(key), out);
}

void JsonCursor::optNumber(const char* key, std::optional<double>& out) {
    const json* v = get(key);
    if (v == nullptr) return;
    if (v->is_null()) {
        out.reset();
        return;
    }
    double d = 0.0;
    if (readNumber(*v, at(key), d)) out = d;
}

void JsonCursor::optInteger(const char* key, std::optional<int>& out) {
    const json* v = get(key);
    if (v == nullptr) return;
    if (v->is_null()) {
        out.reset();
        return;
    }
    int i = 0;
    if (readInt(*v, at(key), i)) out = i;
}

void JsonCursor::optBoolean(const char* key, std::optional<bool>& out) {
    const json* v = get(key);
    if (v == nullptr) return;
    if (v->is_null()) {
        out.reset();
        return;
    }
    bool b = false;
    if (readBool(*v, at(key), b)) out = b;
}

void JsonCursor::range(const char* key, model::Range& out) {
    object(key, [&](JsonCursor& o) {
        o.number("low", out.low);
        o.number("expected", out.expected);
        o.number("high", out.high);
    });
}

bool JsonCursor::readNumber(const json& v, const std::string& path, double& out) {
    if (!v.is_number()) {
        m_p.error(path, "expected a number, got " + describeJson(v));
        return false;
    }
    const double d = v.get<double>();
    if (!std::isfinite(d)) {
        m_p.error(path, "expected a finite number");
        return false;
    }
    out = d;
    return true;
}

bool JsonCursor::readInt(const json& v, const std::string& path, int& out) {
    if (v.is_number_integer() || v.is_number_unsigned()) {
        if (v.is_number_unsigned() ? v.get<std::uint64_t>() > 2147483647ULL
                                   : (v.get<std::int64_t>() > 2147483647LL || v.get<std::int64_t>() < -2147483647LL)) {
            m_p.error(path, "whole number out of range: " + v.dump());
            return false;
        }
        out = static_cast<int>(v.get<std::int64_t>());
        return true;
    }
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 2147483647.0) {
            out = static_cast<int>(d);
            return true;
        }
    }
    m_p.error(path, "expected a whole number, got " + describeJson(v));
    return false;
}

bool JsonCursor::readBool(const json& v, const std::string& path, bool& out) {
    if (!v.is_boolean()) {
        m_p.error(path, "expected true or false, got " + describeJson(v));
        return false;
    }
    out = v.get<bool>();
    return true;
}

bool JsonCursor::readString(const json& v, const std::string& path, std::string& out) {
    if (!v.is_string()) {
        m_p.error(path, "expected a string, got " + describeJson(v));
        return false;
    }
    out = v.get<std::string>();
    return true;
}

void JsonCursor::reportUnknown() {
    if (!m_j.is_object()) return;
    for (auto it = m_j.begin(); it != m_j.end(); ++it) {
        if (std::find(m_read.begin(), m_read.end(), it.key()) == m_read.end())
            m_p.warning(at(it.key().c_str()), "unknown field, ignored");
    }
}

} // namespace est::io
