// io/json_cursor.hpp - typed reads of a parsed JSON object that know their path ("workloads[3].vcpu"), report
// each type problem as an error naming that path, and warn about keys nobody read. The scenario file's reader
// is built on it; any JSON reader that wants per-field problems and partial loads can be.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "formats/json_value.hpp"
#include "formats/table.hpp"
#include "io/enum_names.hpp"
#include "model/scenario.hpp"

namespace est::io {

/// Problems found while reading, each with its bare JSON path kept apart (for looking up its line later).
struct JsonProblems {
    std::vector<formats::InputProblem> errors;
    std::vector<formats::InputProblem> warnings;
    std::vector<std::string> errorPaths;   ///< parallel to errors: the bare path
    std::vector<std::string> warningPaths; ///< parallel to warnings
    void error(const std::string& path, std::string message);
    void warning(const std::string& path, std::string message);
};

/// A JSON value as a message shows it: null, true, "text" (cut at 40 bytes, UTF-8 repaired), 12.5, an array.
std::string describeJson(const formats::JsonValue& j);
class JsonWriter;
/// Writes a parsed value back out (members in the order read).
void writeJsonValue(JsonWriter& w, const formats::JsonValue& v);
/// A value as compact JSON text, as formats::JsonValue's dump() wrote it ("12", "12.5", "[1,2]").
std::string compactJson(const formats::JsonValue& j);

/// A cursor over one JSON object. Each read marks its key as read and, when the key is present but of the
/// wrong type (or out of range), records an error and leaves the target unchanged. When the cursor goes out
/// of scope, every key of the object that nothing read is reported as a warning ("unknown field, ignored").
class JsonCursor {
public:
    /// `path` is the object's own path ("" for the document, "settings", "workloads[3]").
    JsonCursor(const formats::JsonValue& object, std::string path, JsonProblems& problems)
        : m_j(object), m_path(std::move(path)), m_p(problems) {}
    JsonCursor(const JsonCursor&) = delete;
    JsonCursor& operator=(const JsonCursor&) = delete;
    ~JsonCursor() { reportUnknown(); }

    const std::string& path() const { return m_path; }
    /// The path of a member: "settings.name".
    std::string at(const char* key) const { return m_path.empty() ? std::string(key) : m_path + "." + key; }

    /// The member, marked as read; nullptr when absent.
    const formats::JsonValue* get(const char* key);

    void number(const char* key, double& out);
    void integer(const char* key, int& out);
    void boolean(const char* key, bool& out);
    void string(const char* key, std::string& out);
    /// A field of an older schema that no longer has a meaning: read (so it is not "unknown") and explained.
    void retired(const char* key, const std::string& why);
    /// Optional members: null resets the target, a value of the right type sets it.
    void optNumber(const char* key, std::optional<double>& out);
    void optInteger(const char* key, std::optional<int>& out);
    void optBoolean(const char* key, std::optional<bool>& out);
    /// {"low", "expected", "high"}.
    void range(const char* key, model::Range& out);

    template <typename E>
    void enumeration(const char* key, E& out) {
        if (const formats::JsonValue* v = get(key)) readEnum(*v, at(key), out);
    }
    template <typename E>
    void optEnumeration(const char* key, std::optional<E>& out) {
        const formats::JsonValue* v = get(key);
        if (v == nullptr) return;
        if (v->isNull()) {
            out.reset();
            return;
        }
        E e{};
        if (readEnum(*v, at(key), e)) out = e;
    }
    /// Calls f(cursor) on the member object; an error when the member is not an object.
    template <typename F>
    void object(const char* key, F&& f) {
        using Fn = std::remove_cvref_t<F>;
        if (const formats::JsonValue* v = member(key, formats::JsonValue::Type::Object))
            withChild(
                *v, key, [](void* fn, JsonCursor& child) { (*static_cast<Fn*>(fn))(child); }, const_cast<Fn*>(&f));
    }
    /// Calls f(element, path) for each element; returns false (and reports) when the member is not an array.
    template <typename F>
    bool array(const char* key, F&& f) {
        using Fn = std::remove_cvref_t<F>;
        const formats::JsonValue* v = member(key, formats::JsonValue::Type::Array);
        if (v == nullptr) return false;
        eachElement(
            *v, key,
            [](void* fn, const formats::JsonValue& e, const std::string& path) { (*static_cast<Fn*>(fn))(e, path); },
            const_cast<Fn*>(&f));
        return true;
    }

    /// Typed reads of a value at `path`: true and `out` set, or false with an error recorded.
    bool readNumber(const formats::JsonValue& v, const std::string& path, double& out);
    bool readInt(const formats::JsonValue& v, const std::string& path, int& out);
    bool readBool(const formats::JsonValue& v, const std::string& path, bool& out);
    bool readString(const formats::JsonValue& v, const std::string& path, std::string& out);
    template <typename E>
    bool readEnum(const formats::JsonValue& v, const std::string& path, E& out) {
        if (v.isString()) {
            if (auto e = fromName<E>(v.asString())) {
                out = *e;
                return true;
            }
        }
        m_p.error(path, "expected one of " + std::string(allNames<E>()) + ", got " + describeJson(v));
        return false;
    }

private:
    void reportUnknown();
    // The out-of-line halves of object() and array(), so that each call site keeps only its own reads: the member
    // when it has the type (an error naming it otherwise), a child cursor, the elements with their paths.
    const formats::JsonValue* member(const char* key, formats::JsonValue::Type type);
    void withChild(const formats::JsonValue& v, const char* key, void (*fn)(void*, JsonCursor&), void* context);
    void eachElement(const formats::JsonValue& v, const char* key,
                     void (*fn)(void*, const formats::JsonValue&, const std::string&), void* context);

    const formats::JsonValue& m_j;
    std::size_t m_hint = 0; // where the next key is looked for first: readers ask in the order writers write
    std::string m_path;
    JsonProblems& m_p;
    std::vector<std::string_view> m_read; // keys are string literals: no allocation per field
};

} // namespace est::io
