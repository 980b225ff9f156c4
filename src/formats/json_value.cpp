// formats/json_value.cpp - the JSON tree and its recursive-descent parser (rules in the header).
#include "formats/json_value.hpp"

#include <algorithm>
#include <cerrno>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>

#include "formats/text.hpp"

namespace est::formats {

// ---------------------------------------------------------------------------------------------- the tree

JsonValue JsonValue::array() {
    JsonValue v;
    v.m_type = Type::Array;
    new (&v.m_array) std::vector<JsonValue>();
    return v;
}

JsonValue JsonValue::object() {
    JsonValue v;
    v.m_type = Type::Object;
    new (&v.m_object) std::vector<JsonMember>();
    return v;
}

void JsonValue::destroy() noexcept {
    switch (m_type) {
    case Type::String:
        m_string.~basic_string();
        break;
    case Type::Array:
        m_array.~vector();
        break;
    case Type::Object:
        m_object.~vector();
        break;
    default:
        break;
    }
    m_type = Type::Null;
}

void JsonValue::copyFrom(const JsonValue& other) {
    switch (other.m_type) {
    case Type::String:
        new (&m_string) std::string(other.m_string);
        break;
    case Type::Array:
        new (&m_array) std::vector<JsonValue>(other.m_array);
        break;
    case Type::Object:
        new (&m_object) std::vector<JsonMember>(other.m_object);
        break;
    default:
        m_uint = other.m_uint; // the widest scalar: copies bool, integers and doubles alike
        break;
    }
    m_type = other.m_type;
}

void JsonValue::moveFrom(JsonValue& other) noexcept {
    switch (other.m_type) {
    case Type::String:
        new (&m_string) std::string(std::move(other.m_string));
        break;
    case Type::Array:
        new (&m_array) std::vector<JsonValue>(std::move(other.m_array));
        break;
    case Type::Object:
        new (&m_object) std::vector<JsonMember>(std::move(other.m_object));
        break;
    default:
        m_uint = other.m_uint;
        break;
    }
    m_type = other.m_type;
    other.destroy();
}

JsonValue::JsonValue(const JsonValue& other) : m_type(Type::Null) { copyFrom(other); }
JsonValue::JsonValue(JsonValue&& other) noexcept : m_type(Type::Null) { moveFrom(other); }

JsonValue& JsonValue::operator=(const JsonValue& other) {
    if (this != &other) {
        JsonValue copy(other); // other may live inside this value
        destroy();
        moveFrom(copy);
    }
    return *this;
}

JsonValue& JsonValue::operator=(JsonValue&& other) noexcept {
    if (this != &other) {
        JsonValue moved(std::move(other)); // other may live inside this value
        destroy();
        moveFrom(moved);
    }
    return *this;
}

const char* JsonValue::typeName() const {
    switch (m_type) {
    case Type::Null:
        return "null";
    case Type::Boolean:
        return "boolean";
    case Type::String:
        return "string";
    case Type::Array:
        return "array";
    case Type::Object:
        return "object";
    default:
        return "number";
    }
}

double JsonValue::asDouble() const {
    switch (m_type) {
    case Type::Integer:
        return static_cast<double>(m_int);
    case Type::Unsigned:
        return static_cast<double>(m_uint);
    case Type::Float:
        return m_double;
    default:
        return 0.0;
    }
}

const std::vector<JsonValue>& JsonValue::elements() const {
    static const std::vector<JsonValue> kNone;
    return m_type == Type::Array ? m_array : kNone;
}

const std::vector<JsonMember>& JsonValue::members() const {
    static const std::vector<JsonMember> kNone;
    return m_type == Type::Object ? m_object : kNone;
}

std::size_t JsonValue::size() const {
    if (m_type == Type::Array) return m_array.size();
    if (m_type == Type::Object) return m_object.size();
    return 0;
}

const JsonValue* JsonValue::find(std::string_view key, std::size_t* hint) const {
    if (m_type != Type::Object) return nullptr;
    const std::size_t n = m_object.size();
    const std::size_t start = hint != nullptr && *hint < n ? *hint : 0;
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = start + k < n ? start + k : start + k - n;
        if (m_object[i].key == key) {
            if (hint != nullptr) *hint = i + 1;
            return &m_object[i].value;
        }
    }
    return nullptr;
}

void JsonValue::push(JsonValue element) {
    if (m_type == Type::Null) *this = array();
    if (m_type == Type::Array) m_array.push_back(std::move(element));
}

void JsonValue::set(std::string_view key, JsonValue value) {
    if (m_type == Type::Null) *this = object();
    if (m_type != Type::Object) return;
    for (JsonMember& m : m_object)
        if (m.key == key) {
            m.value = std::move(value);
            return;
        }
    m_object.push_back(JsonMember{std::string(key), std::move(value)});
}

bool JsonValue::operator==(const JsonValue& other) const {
    if (m_type != other.m_type) return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Boolean:
        return m_bool == other.m_bool;
    case Type::Integer:
        return m_int == other.m_int;
    case Type::Unsigned:
        return m_uint == other.m_uint;
    case Type::Float:
        return m_double == other.m_double;
    case Type::String:
        return m_string == other.m_string;
    case Type::Array:
        return m_array == other.m_array;
    case Type::Object:
        if (m_object.size() != other.m_object.size()) return false;
        for (std::size_t i = 0; i < m_object.size(); ++i)
            if (m_object[i].key != other.m_object[i].key || !(m_object[i].value == other.m_object[i].value))
                return false;
        return true;
    }
    return false;
}

std::string JsonParseError::describe() const {
    return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message;
}

// ---------------------------------------------------------------------------------------------- the parser

namespace {

// Doubles 1e0..1e22 are exact: a mantissa below 2^53 times or divided by one of them rounds once, correctly.
constexpr double kExactPowersOf10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// A character as a message shows it: 'x', or the byte in hex when it is not printable ASCII.
std::string shown(std::string_view text, std::size_t at) {
    if (at >= text.size()) return "the end of the text";
    const auto c = static_cast<unsigned char>(text[at]);
    if (c >= 0x20 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
    static constexpr char kHex[] = "0123456789ABCDEF";
    return std::string("byte 0x") + kHex[c >> 4] + kHex[c & 0xF];
}

// Makes each key of an object appear once: the first place, the last value (what a map's operator[] gives).
void keepLastOfDuplicateKeys(std::vector<JsonMember>& members) {
    const std::size_t n = members.size();
    if (n < 2) return;
    bool duplicate = false;
    if (n <= 16) {
        for (std::size_t i = 1; i < n && !duplicate; ++i)
            for (std::size_t j = 0; j < i && !duplicate; ++j) duplicate = members[i].key == members[j].key;
    } else {
        std::vector<std::string_view> keys;
        keys.reserve(n);
        for (const JsonMember& m : members) keys.emplace_back(m.key);
        std::sort(keys.begin(), keys.end());
        duplicate = std::adjacent_find(keys.begin(), keys.end()) != keys.end();
    }
    if (!duplicate) return; // the common case: nothing to move
    std::vector<JsonMember> kept;
    kept.reserve(n);
    for (JsonMember& m : members) {
        auto earlier = std::find_if(kept.begin(), kept.end(), [&](const JsonMember& k) { return k.key == m.key; });
        if (earlier == kept.end())
            kept.push_back(std::move(m));
        else
            earlier->value = std::move(m.value);
    }
    members = std::move(kept);
}

} // namespace

// Recursive descent over the text; `out == nullptr` checks a value's syntax without building it.
class JsonParser {
public:
    JsonParser(std::string_view text, int maxDepth) : m_text(text), m_maxDepth(maxDepth) {
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;
    }

    bool failed() const { return m_failed; }
    const JsonParseError& error() const { return m_error; }

    void skipSpace() {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
            ++m_pos;
        }
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

    bool fail(std::size_t at, std::string message) {
        if (m_failed) return false;
        m_failed = true;
        m_error.offset = at;
        m_error.message = std::move(message);
        int line = 1, column = 1;
        for (std::size_t i = 0; i < at && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        m_error.line = line;
        m_error.column = column;
        return false;
    }

    bool parseDocument(JsonValue* out) {
        skipSpace();
        if (atEnd()) return fail(m_pos, "no JSON value: the text is empty");
        if (!parseValue(out, 0)) return false;
        return expectEnd();
    }

    bool expectEnd() {
        skipSpace();
        if (!atEnd()) return fail(m_pos, "unexpected " + shown(m_text, m_pos) + " after the JSON value");
        return true;
    }

    bool parseValue(JsonValue* out, int depth) {
        switch (peek()) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"':
            if (out == nullptr) return parseString(nullptr);
            {
                std::string s;
                if (!parseString(&s)) return false;
                *out = JsonValue(std::move(s));
            }
            return true;
        case 't':
            return literal("true", out, JsonValue(true));
        case 'f':
            return literal("false", out, JsonValue(false));
        case 'n':
            return literal("null", out, JsonValue());
        default:
            if (peek() == '-' || isDigit(peek())) return parseNumber(out);
            if (atEnd()) return fail(m_pos, "expected a value, got the end of the text");
            return fail(m_pos, "expected a value, got " + shown(m_text, m_pos));
        }
    }

    // The members of an object whose '{' is at the current position (scanJsonTopLevel walks the top level's own).
    bool parseObject(JsonValue* out, int depth) {
        if (depth > m_maxDepth) return fail(m_pos, "nesting deeper than " + std::to_string(m_maxDepth) + " levels");
        ++m_pos; // '{'
        std::vector<JsonMember> members;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            if (out != nullptr) *out = JsonValue::object();
            return true;
        }
        std::string key;
        while (true) {
            skipSpace();
            if (peek() != '"')
                return fail(m_pos, "expected a member name in double quotes, got " + shown(m_text, m_pos));
            key.clear();
            if (!parseString(out != nullptr ? &key : nullptr)) return false;
            skipSpace();
            if (peek() != ':') return fail(m_pos, "expected ':' after a member name, got " + shown(m_text, m_pos));
            ++m_pos;
            skipSpace();
            if (out != nullptr) {
                members.push_back(JsonMember{std::move(key), JsonValue()});
                if (!parseValue(&members.back().value, depth)) return false;
            } else if (!parseValue(nullptr, depth)) {
                return false;
            }
            skipSpace();
            const char c = peek();
            ++m_pos;
            if (c == '}') break;
            if (c != ',') return fail(m_pos - 1, "expected ',' or '}' after a member, got " + shown(m_text, m_pos - 1));
        }
        if (out != nullptr) {
            keepLastOfDuplicateKeys(members);
            *out = JsonValue::object();
            out->m_object = std::move(members);
        }
        return true;
    }

    bool parseArray(JsonValue* out, int depth) {
        if (depth > m_maxDepth) return fail(m_pos, "nesting deeper than " + std::to_string(m_maxDepth) + " levels");
        ++m_pos; // '['
        std::vector<JsonValue> elements;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            if (out != nullptr) *out = JsonValue::array();
            return true;
        }
        while (true) {
            skipSpace();
            if (out != nullptr) {
                elements.emplace_back();
                if (!parseValue(&elements.back(), depth)) return false;
            } else if (!parseValue(nullptr, depth)) {
                return false;
            }
            skipSpace();
            const char c = peek();
            ++m_pos;
            if (c == ']') break;
            if (c != ',')
                return fail(m_pos - 1, "expected ',' or ']' after an array element, got " + shown(m_text, m_pos - 1));
        }
        if (out != nullptr) {
            *out = JsonValue::array();
            out->m_array = std::move(elements);
        }
        return true;
    }

    bool literal(std::string_view word, JsonValue* out, JsonValue value) {
        if (m_text.substr(m_pos, word.size()) != word) {
            // Name the first byte that differs: "tru" or "trUe" -> the column of the end or of 'U'.
            std::size_t at = m_pos;
            while (at < m_text.size() && at - m_pos < word.size() && m_text[at] == word[at - m_pos]) ++at;
            return fail(at, "invalid literal: expected " + std::string(word) + ", got " + shown(m_text, at));
        }
        m_pos += word.size();
        if (out != nullptr) *out = std::move(value);
        return true;
    }

    // A string whose '"' is at the current position, unescaped into *out (when given).
    bool parseString(std::string* out) {
        ++m_pos; // '"'
        while (true) {
            // The run of plain bytes, copied at once.
            const std::size_t runStart = m_pos;
            while (m_pos < m_text.size()) {
                const auto c = static_cast<unsigned char>(m_text[m_pos]);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
                ++m_pos;
            }
            if (out != nullptr && m_pos > runStart) out->append(m_text.data() + runStart, m_pos - runStart);
            if (atEnd()) return fail(m_pos, "unterminated string: expected '\"', got the end of the text");
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                if (!escape(out)) return false;
                continue;
            }
            if (c < 0x20)
                return fail(m_pos, "control character " + shown(m_text, m_pos) +
                                       " inside a string: it must be written as an escape (\\n, \\t, \\u00XX)");
            if (!utf8Sequence(out)) return false;
        }
    }

    bool utf8Sequence(std::string* out) {
        const text::Utf8Lead lead = text::utf8Lead(static_cast<unsigned char>(m_text[m_pos]));
        const auto n = static_cast<std::size_t>(lead.length);
        bool valid = n != 0 && m_pos + n <= m_text.size();
        for (std::size_t k = 1; valid && k < n; ++k) {
            const auto b = static_cast<unsigned char>(m_text[m_pos + k]);
            valid = k == 1 ? b >= lead.secondMin && b <= lead.secondMax : b >= 0x80 && b <= 0xBF;
        }
        if (!valid) return fail(m_pos, "invalid UTF-8 in a string (" + shown(m_text, m_pos) + ")");
        if (out != nullptr) out->append(m_text.data() + m_pos, n);
        m_pos += n;
        return true;
    }

    bool hex4(std::size_t at, unsigned& out) {
        out = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = at + k < m_text.size() ? m_text[at + k] : '\0';
            unsigned d;
            if (c >= '0' && c <= '9')
                d = static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                d = static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                d = static_cast<unsigned>(c - 'A' + 10);
            else
                return fail(at + k, "\\u must be followed by four hexadecimal digits, got " + shown(m_text, at + k));
            out = out * 16 + d;
        }
        return true;
    }

    bool escape(std::string* out) {
        const std::size_t start = m_pos; // the backslash
        const char c = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : '\0';
        char plain = 0;
        switch (c) {
        case '"':
            plain = '"';
            break;
        case '\\':
            plain = '\\';
            break;
        case '/':
            plain = '/';
            break;
        case 'b':
            plain = '\b';
            break;
        case 'f':
            plain = '\f';
            break;
        case 'n':
            plain = '\n';
            break;
        case 'r':
            plain = '\r';
            break;
        case 't':
            plain = '\t';
            break;
        case 'u':
            break;
        default:
            return fail(start + 1, "invalid escape: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u, got " +
                                       shown(m_text, start + 1));
        }
        if (plain != 0) {
            if (out != nullptr) out->push_back(plain);
            m_pos += 2;
            return true;
        }
        unsigned code = 0;
        if (!hex4(start + 2, code)) return false;
        m_pos = start + 6;
        if (code >= 0xDC00 && code <= 0xDFFF)
            return fail(start, "a \\u escape of a low surrogate (U+DC00-U+DFFF) without the high one before it");
        if (code >= 0xD800 && code <= 0xDBFF) {
            if (m_text.substr(m_pos, 2) != "\\u")
                return fail(m_pos, "a \\u escape of a high surrogate (U+D800-U+DBFF) must be followed by a low one");
            unsigned low = 0;
            if (!hex4(m_pos + 2, low)) return false;
            if (low < 0xDC00 || low > 0xDFFF)
                return fail(m_pos, "a \\u escape of a high surrogate (U+D800-U+DBFF) must be followed by a low one");
            m_pos += 6;
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
        if (out != nullptr) text::appendUtf8(*out, code);
        return true;
    }

    // RFC 8259's number grammar; an integer literal that fits 64 bits stays an integer, anything else is the
    // nearest double (Clinger's exact fast path when mantissa and power of ten are both exact, else strtod).
    bool parseNumber(JsonValue* out) {
        const std::size_t start = m_pos;
        const bool negative = peek() == '-';
        if (negative) ++m_pos;
        if (!isDigit(peek())) return fail(m_pos, "expected a digit after '-', got " + shown(m_text, m_pos));
        std::uint64_t mantissa = 0;
        int digits = 0;            // significant digits taken into `mantissa` (at most 19)
        bool mantissaExact = true; // no non-zero digit dropped
        int dropped = 0;           // integer digits not taken (their power of ten)
        auto take = [&](char c, bool fraction) {
            if (digits == 0 && c == '0') return fraction ? -1 : 0; // leading zeros: no significant digit yet
            if (digits < 19) {
                mantissa = mantissa * 10 + static_cast<unsigned>(c - '0');
                ++digits;
                return fraction ? -1 : 0;
            }
            if (c != '0') mantissaExact = false;
            return fraction ? 0 : 1;
        };
        int exponent10 = 0;
        if (peek() == '0') {
            ++m_pos;
            if (isDigit(peek())) return fail(m_pos, "a number may not have a leading zero");
        } else {
            while (isDigit(peek())) dropped += take(m_text[m_pos++], false);
        }
        exponent10 += dropped;
        bool isFloat = false;
        if (peek() == '.') {
            isFloat = true;
            ++m_pos;
            if (!isDigit(peek())) return fail(m_pos, "expected a digit after '.', got " + shown(m_text, m_pos));
            while (isDigit(peek())) exponent10 += take(m_text[m_pos++], true);
        }
        if (peek() == 'e' || peek() == 'E') {
            isFloat = true;
            ++m_pos;
            bool negativeExponent = false;
            if (peek() == '+' || peek() == '-') negativeExponent = m_text[m_pos++] == '-';
            if (!isDigit(peek())) return fail(m_pos, "expected a digit in the exponent, got " + shown(m_text, m_pos));
            int e = 0;
            while (isDigit(peek())) {
                if (e < 100000) e = e * 10 + (m_text[m_pos] - '0');
                ++m_pos;
            }
            exponent10 += negativeExponent ? -e : e;
        }
        if (out == nullptr) return checkFinite(start);
        const std::string_view token = m_text.substr(start, m_pos - start);
        if (!isFloat && mantissaExact && dropped == 0) {
            // Up to 19 digits: the value is exact in 64 bits unless the sign or size rules it out.
            if (!negative) {
                *out = JsonValue(static_cast<std::uint64_t>(mantissa));
                return true;
            }
            if (mantissa <= 9223372036854775808ULL) {
                *out = JsonValue(mantissa == 9223372036854775808ULL ? INT64_MIN : -static_cast<std::int64_t>(mantissa));
                return true;
            }
        } else if (!isFloat && digits + dropped == 20 && !negative) {
            // 20 digits: may still fit an unsigned 64-bit integer (up to 18446744073709551615).
            errno = 0;
            char buffer[32];
            std::memcpy(buffer, token.data(), token.size());
            buffer[token.size()] = '\0';
            const unsigned long long u = std::strtoull(buffer, nullptr, 10);
            if (errno == 0) {
                *out = JsonValue(static_cast<std::uint64_t>(u));
                return true;
            }
        }
        if (mantissaExact && mantissa <= (std::uint64_t{1} << 53) && exponent10 >= -22 && exponent10 <= 22) {
            const double m = static_cast<double>(mantissa);
            const double d = exponent10 < 0 ? m / kExactPowersOf10[-exponent10] : m * kExactPowersOf10[exponent10];
            *out = JsonValue(negative ? -d : d);
            return true;
        }
        const double d = slowDouble(token);
        if (!std::isfinite(d)) return fail(start, "number too large: " + std::string(token.substr(0, 40)));
        *out = JsonValue(d);
        return true;
    }

    // The skip path checks only that the number is finite, with the same rule as the building path.
    bool checkFinite(std::size_t start) {
        const std::string_view token = m_text.substr(start, m_pos - start);
        if (token.find_first_of("eE") == std::string_view::npos && token.size() < 300) return true;
        if (std::isfinite(slowDouble(token))) return true;
        return fail(start, "number too large: " + std::string(token.substr(0, 40)));
    }

    // strtod on a copy with the locale's decimal point (as nlohmann::json reads numbers).
    static double slowDouble(std::string_view token) {
        std::string copy(token);
        const char point = *std::localeconv()->decimal_point;
        if (point != '.') std::replace(copy.begin(), copy.end(), '.', point);
        return std::strtod(copy.c_str(), nullptr);
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_maxDepth;
    bool m_failed = false;
    JsonParseError m_error;

    friend JsonScanResult scanJsonTopLevel(std::string_view, JsonTopLevelVisitor&, int);
};

JsonParseResult parseJson(std::string_view text, int maxDepth) {
    JsonParseResult result;
    JsonParser parser(text, maxDepth);
    result.ok = parser.parseDocument(&result.value);
    if (!result.ok) {
        result.value = JsonValue();
        result.error = parser.error();
    }
    return result;
}

JsonScanResult scanJsonTopLevel(std::string_view text, JsonTopLevelVisitor& visitor, int maxDepth) {
    JsonScanResult result;
    JsonParser p(text, maxDepth);
    p.skipSpace();
    if (p.peek() != '{') {
        // A scalar is parsed (to tell a bare value from a broken one); an array is simply not an object.
        result.ok = p.peek() == '[' || p.parseDocument(nullptr);
        result.stopped = p.peek() == '[';
        if (!result.ok) result.error = p.error();
        return result;
    }
    result.rootIsObject = true;
    ++p.m_pos;
    p.skipSpace();
    if (p.peek() == '}') {
        ++p.m_pos;
        result.ok = p.expectEnd();
        if (!result.ok) result.error = p.error();
        return result;
    }
    std::string key;
    while (true) {
        p.skipSpace();
        if (p.peek() != '"') {
            p.fail(p.m_pos, "expected a member name in double quotes, got " + shown(text, p.m_pos));
            break;
        }
        key.clear();
        if (!p.parseString(&key)) break;
        const JsonMemberAction action = visitor.onKey(key);
        if (action == JsonMemberAction::Stop) {
            result.stopped = true;
            result.ok = true;
            return result;
        }
        p.skipSpace();
        if (p.peek() != ':') {
            p.fail(p.m_pos, "expected ':' after a member name, got " + shown(text, p.m_pos));
            break;
        }
        ++p.m_pos;
        p.skipSpace();
        if (action == JsonMemberAction::Read) {
            JsonValue value;
            if (!p.parseValue(&value, 1)) break;
            if (!visitor.onValue(key, value)) {
                result.stopped = true;
                result.ok = true;
                return result;
            }
        } else if (!p.parseValue(nullptr, 1)) {
            break;
        }
        p.skipSpace();
        const char c = p.peek();
        ++p.m_pos;
        if (c == '}') {
            result.ok = p.expectEnd();
            if (!result.ok) result.error = p.error();
            return result;
        }
        if (c != ',') {
            p.fail(p.m_pos - 1, "expected ',' or '}' after a member, got " + shown(text, p.m_pos - 1));
            break;
        }
    }
    result.error = p.error();
    return result;
}

} // namespace est::formats
