// io/json_cursor.cpp - typed, path-aware reads of a JSON object (see the header).
#include "io/json_cursor.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "formats/text.hpp"
#include "io/json_writer.hpp"
#include "model/stable_sort.hpp"

namespace est::io {

using formats::JsonValue;
using json = formats::JsonValue;

void writeJsonValue(JsonWriter& w, const JsonValue& v) {
    switch (v.type()) {
    case JsonValue::Type::Null:
        w.value(nullptr);
        break;
    case JsonValue::Type::Boolean:
        w.value(v.asBool());
        break;
    case JsonValue::Type::Integer:
        w.value(v.asInt64());
        break;
    case JsonValue::Type::Unsigned:
        w.value(v.asUint64());
        break;
    case JsonValue::Type::Float:
        w.value(v.asDouble());
        break;
    case JsonValue::Type::String:
        w.value(v.asString());
        break;
    case JsonValue::Type::Array:
        w.beginArray();
        for (const JsonValue& e : v.elements()) writeJsonValue(w, e);
        w.endArray();
        break;
    case JsonValue::Type::Object:
        w.beginObject();
        for (const formats::JsonMember& m : v.members()) {
            w.key(m.key);
            writeJsonValue(w, m.value);
        }
        w.endObject();
        break;
    }
}

std::string compactJson(const JsonValue& j) {
    JsonWriter w(-1);
    writeJsonValue(w, j);
    return w.take();
}

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
    case JsonValue::Type::Null:
        return "null";
    case JsonValue::Type::Boolean:
        return j.asBool() ? "true" : "false";
    case JsonValue::Type::String: {
        std::string s = j.asString();
        if (s.size() > 40) s = s.substr(0, 40) + "...";
        return "\"" + formats::text::sanitizeUtf8(s) + "\"";
    }
    case JsonValue::Type::Integer:
    case JsonValue::Type::Unsigned:
    case JsonValue::Type::Float:
        return compactJson(j);
    case JsonValue::Type::Array:
        return "an array";
    case JsonValue::Type::Object:
        return "an object";
    }
    return "a value";
}

const json* JsonCursor::get(const char* key) {
    m_read.push_back(key);
    return m_j.find(key, &m_hint);
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
    if (v->isNull()) {
        out.reset();
        return;
    }
    double d = 0.0;
    if (readNumber(*v, at(key), d)) out = d;
}

void JsonCursor::optInteger(const char* key, std::optional<int>& out) {
    const json* v = get(key);
    if (v == nullptr) return;
    if (v->isNull()) {
        out.reset();
        return;
    }
    int i = 0;
    if (readInt(*v, at(key), i)) out = i;
}

void JsonCursor::optBoolean(const char* key, std::optional<bool>& out) {
    const json* v = get(key);
    if (v == nullptr) return;
    if (v->isNull()) {
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
    if (!v.isNumber()) {
        m_p.error(path, "expected a number, got " + describeJson(v));
        return false;
    }
    const double d = v.asDouble();
    if (!std::isfinite(d)) {
        m_p.error(path, "expected a finite number");
        return false;
    }
    out = d;
    return true;
}

bool JsonCursor::readInt(const json& v, const std::string& path, int& out) {
    if (v.isInteger()) {
        if (v.type() == JsonValue::Type::Unsigned ? v.asUint64() > 2147483647ULL
                                                  : (v.asInt64() > 2147483647LL || v.asInt64() < -2147483647LL)) {
            m_p.error(path, "whole number out of range: " + compactJson(v));
            return false;
        }
        out = static_cast<int>(v.asInt64());
        return true;
    }
    if (v.type() == JsonValue::Type::Float) {
        const double d = v.asDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 2147483647.0) {
            out = static_cast<int>(d);
            return true;
        }
    }
    m_p.error(path, "expected a whole number, got " + describeJson(v));
    return false;
}

bool JsonCursor::readBool(const json& v, const std::string& path, bool& out) {
    if (!v.isBool()) {
        m_p.error(path, "expected true or false, got " + describeJson(v));
        return false;
    }
    out = v.asBool();
    return true;
}

bool JsonCursor::readString(const json& v, const std::string& path, std::string& out) {
    if (!v.isString()) {
        m_p.error(path, "expected a string, got " + describeJson(v));
        return false;
    }
    out = v.asString();
    return true;
}

const json* JsonCursor::member(const char* key, JsonValue::Type type) {
    const json* v = get(key);
    if (v == nullptr || v->type() == type) return v;
    m_p.error(at(key),
              std::string(type == JsonValue::Type::Array ? "expected an array, got " : "expected an object, got ") +
                  describeJson(*v));
    return nullptr;
}

void JsonCursor::withChild(const json& v, const char* key, void (*fn)(void*, JsonCursor&), void* context) {
    JsonCursor child(v, at(key), m_p);
    fn(context, child);
}

void JsonCursor::eachElement(const json& v, const char* key, void (*fn)(void*, const json&, const std::string&),
                             void* context) {
    const std::string path = at(key);
    for (std::size_t i = 0; i < v.size(); ++i) fn(context, v[i], path + "[" + std::to_string(i) + "]");
}

void JsonCursor::reportUnknown() {
    std::vector<const std::string*> unknown;
    for (const formats::JsonMember& m : m_j.members())
        if (std::find(m_read.begin(), m_read.end(), m.key) == m_read.end()) unknown.push_back(&m.key);
    // In key order, as the reader has always listed them (readers sort by line afterwards where lines are known).
    model::stableSort(unknown, [](auto* a, auto* b) { return *a < *b; });
    for (const std::string* key : unknown) m_p.warning(at(key->c_str()), "unknown field, ignored");
}

} // namespace est::io
