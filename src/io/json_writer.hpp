// io/json_writer.hpp - a streaming JSON writer: keys and values go straight into one std::string, in the order
// written, with the bytes nlohmann::json's dump() gives (so files written before it and after it are the same).
//
// Why not nlohmann for writing: a document built as an ordered_json tree of initializer lists inlines into
// tens of KB of wasm per writer and allocates a node per value; this writer is one small class.
// Formatting, as dump(indent, ' ', false, error_handler_t::replace):
// - pretty (indent >= 0): one member or element per line, `"key": value`, containers that stay empty as `{}`
//   and `[]`; compact (indent < 0): no whitespace at all;
// - doubles in the shortest form that reads back the same (nlohmann's own formatter: "0.1", "1e-05",
//   "1e+16", "100.0", "-0.0"); NaN and infinities as null; integers as written;
// - strings as UTF-8 with ", \, \b, \f, \n, \r, \t escaped, other control characters as \u00XX, and each
//   invalid UTF-8 sequence replaced by U+FFFD.
// The writer does not check the document's shape (a key outside an object, a value without a key): callers
// write fixed layouts, and the tests compare their bytes.
#pragma once

#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::io {

class JsonWriter {
public:
    /// indent: spaces per level (2 for files), or -1 for compact output.
    explicit JsonWriter(int indent = 2) : m_indent(indent) {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    /// The next member's key (inside an object); the value written next belongs to it.
    JsonWriter& key(std::string_view name);
    /// An object member that opens a container: key(name).beginObject() / beginArray().
    JsonWriter& beginObject(std::string_view name) { return key(name).beginObject(); }
    JsonWriter& beginArray(std::string_view name) { return key(name).beginArray(); }

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(double number);
    JsonWriter& value(bool flag);
    JsonWriter& value(std::nullptr_t);
    template <std::integral T>
    JsonWriter& value(T number) {
        if constexpr (std::signed_integral<T>)
            return signedInteger(number);
        else
            return unsignedInteger(number);
    }
    /// null when empty.
    template <typename T>
    JsonWriter& value(const std::optional<T>& v) {
        return v ? value(*v) : value(nullptr);
    }
    /// An array of the elements.
    template <typename T>
    JsonWriter& value(const std::vector<T>& list) {
        beginArray();
        for (const T& element : list) value(element);
        return endArray();
    }

    /// key(name).value(v): one member.
    template <typename T>
    JsonWriter& field(std::string_view name, const T& v) {
        return key(name).value(v);
    }
    JsonWriter& field(std::string_view name, const char* text) { return key(name).value(std::string_view(text)); }

    /// The text written so far (the whole document once every container is closed).
    const std::string& text() const { return m_out; }
    /// The text, moved out; the writer is empty afterwards.
    std::string take();

private:
    JsonWriter& signedInteger(std::int64_t number);
    JsonWriter& unsignedInteger(std::uint64_t number);
    void beforeValue();  // the separator, line break and indent before a value (none right after a key)
    void beginElement(); // the separator, line break and indent before a member or an array element
    void close(char bracket);

    std::string m_out;
    int m_indent;
    std::vector<bool> m_hasElements; // one per open container: something was written in it
    bool m_afterKey = false;
};

/// Appends `text` as a JSON string (quotes included), escaped as JsonWriter does.
void appendJsonString(std::string& out, std::string_view text);

} // namespace est::io
