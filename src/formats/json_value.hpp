// formats/json_value.hpp - a JSON document as a small tree (RFC 8259), and its strict parser.
//
// Why our own: nlohmann::json's parser, map-based DOM and conversions came to ~100 KB of the web app's code;
// the readers need only a tree to walk. Same values as nlohmann::json 3.11 reads them:
// - numbers keep how they were written: an integer literal is Integer (negative, fits int64) or Unsigned
//   (non-negative, fits uint64); anything else - a fraction, an exponent, an integer too large - is Float,
//   read to the nearest double (as strtod does); a number too large for a double is an error;
// - strings are validated UTF-8 with \u escapes (surrogate pairs joined, a lone surrogate an error);
// - an object keeps its members in the order written; a key written twice keeps its first place and its last
//   value (nlohmann's "last one wins"), so each key appears once;
// - a UTF-8 byte-order mark before the value is skipped; nothing but whitespace may follow the value.
// Errors name a line and a column (1-based, in bytes): "line 3, column 14: expected ',' or '}'".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace est::formats {

struct JsonMember;

class JsonValue {
public:
    enum class Type : std::uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };

    JsonValue() noexcept : m_type(Type::Null) { m_uint = 0; }
    JsonValue(std::nullptr_t) noexcept : m_type(Type::Null) { m_uint = 0; }
    JsonValue(bool b) noexcept : m_type(Type::Boolean) {
        m_uint = 0;
        m_bool = b;
    }
    JsonValue(int i) noexcept : m_type(Type::Integer) { m_int = i; }
    JsonValue(std::int64_t i) noexcept : m_type(Type::Integer) { m_int = i; }
    JsonValue(std::uint64_t u) noexcept : m_type(Type::Unsigned) { m_uint = u; }
    JsonValue(double d) noexcept : m_type(Type::Float) { m_double = d; }
    JsonValue(std::string s) : m_type(Type::String) { new (&m_string) std::string(std::move(s)); }
    JsonValue(std::string_view s) : JsonValue(std::string(s)) {}
    JsonValue(const char* s) : JsonValue(std::string(s)) {}
    static JsonValue array();
    static JsonValue object();

    JsonValue(const JsonValue& other);
    JsonValue(JsonValue&& other) noexcept;
    JsonValue& operator=(const JsonValue& other);
    JsonValue& operator=(JsonValue&& other) noexcept;
    ~JsonValue() { destroy(); }

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Boolean; }
    /// Integer, Unsigned or Float.
    bool isNumber() const { return m_type == Type::Integer || m_type == Type::Unsigned || m_type == Type::Float; }
    /// Written as an integer literal that fits 64 bits (Integer or Unsigned).
    bool isInteger() const { return m_type == Type::Integer || m_type == Type::Unsigned; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    /// "null", "boolean", "number", "string", "array" or "object" (the names nlohmann::json's type_name() gives).
    const char* typeName() const;

    /// The value; each is only meaningful for its type (checked by the is...() above).
    bool asBool() const { return m_bool; }
    /// Any number as a double (an integer converted to the nearest one); 0 for anything else.
    double asDouble() const;
    std::int64_t asInt64() const { return m_int; }
    std::uint64_t asUint64() const { return m_uint; }
    const std::string& asString() const { return m_string; }

    /// An array's elements (empty for anything else).
    const std::vector<JsonValue>& elements() const;
    /// An object's members in the order written (empty for anything else).
    const std::vector<JsonMember>& members() const;
    /// Elements of an array, members of an object, 0 otherwise.
    std::size_t size() const;
    /// The i-th element of an array (i < size()).
    const JsonValue& operator[](std::size_t i) const { return m_array[i]; }

    /// The member's value, or nullptr when absent (or this is not an object). `hint`, when given, is where the
    /// search starts and is left just past the member found: readers that ask for keys in the order a writer
    /// wrote them find each at once.
    const JsonValue* find(std::string_view key, std::size_t* hint = nullptr) const;

    /// Building (a migration writes a new document): an array's new last element; an object's member, replaced
    /// when the key exists. Both turn a null into the container.
    void push(JsonValue element);
    void set(std::string_view key, JsonValue value);

    /// Same type and value, members in the same order (a test helper; Float compares as doubles).
    bool operator==(const JsonValue& other) const;

private:
    friend class JsonParser;
    void destroy() noexcept;
    void copyFrom(const JsonValue& other);
    void moveFrom(JsonValue& other) noexcept;

    Type m_type;
    union {
        bool m_bool;
        std::int64_t m_int;
        std::uint64_t m_uint;
        double m_double;
        std::string m_string;
        std::vector<JsonValue> m_array;
        std::vector<JsonMember> m_object;
    };
};

struct JsonMember {
    std::string key;
    JsonValue value;
};

/// Where and why a text is not JSON: "line 3, column 14: expected ',' or '}'" from describe().
struct JsonParseError {
    std::size_t offset = 0; ///< byte offset of the problem in the text given
    int line = 1;
    int column = 1;
    std::string message; ///< without the position: "expected ',' or '}'"
    std::string describe() const;
};

/// Deepest nesting of arrays and objects parseJson accepts by default (the parser recurses once per level).
inline constexpr int kJsonDefaultMaxDepth = 512;

struct JsonParseResult {
    JsonValue value; ///< null when the text is not JSON
    bool ok = false;
    JsonParseError error; ///< when !ok
};

/// Parses a whole JSON text (strict: no comments, no trailing commas, nothing after the value).
JsonParseResult parseJson(std::string_view text, int maxDepth = kJsonDefaultMaxDepth);

/// What to do with a top-level member whose key scanJsonTopLevel just read.
enum class JsonMemberAction { Skip, Read, Stop };

/// Reads only as much of a document as a sniffer needs: for each member of the top-level object, in order,
/// onKey(key) decides; Skip checks the value's syntax without building it, Read builds it and calls
/// onValue(key, value) (which returns false to stop), Stop ends the scan at once. Nothing is built for skipped
/// values, so a 100 MB document whose first key decides costs nothing.
class JsonTopLevelVisitor {
public:
    virtual ~JsonTopLevelVisitor() = default;
    virtual JsonMemberAction onKey(std::string_view key) = 0;
    virtual bool onValue(std::string_view key, const JsonValue& value) = 0;
};
struct JsonScanResult {
    bool rootIsObject = false; ///< the document's first value is an object
    bool stopped = false;      ///< the visitor stopped the scan (nothing after that point was checked)
    bool ok = false;           ///< the document parsed to its end, or the visitor stopped before any error
    JsonParseError error;      ///< when !ok and the root is an object
};
JsonScanResult scanJsonTopLevel(std::string_view text, JsonTopLevelVisitor& visitor,
                                int maxDepth = kJsonDefaultMaxDepth);

} // namespace est::formats
