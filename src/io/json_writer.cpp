// io/json_writer.cpp - the streaming JSON writer (formatting rules in the header).
#include "io/json_writer.hpp"

#include "formats/text.hpp"

#include <charconv>
#include <cmath>

// nlohmann's shortest round-trip double formatter (Grisu2), alone: the bytes of every number stay those
// nlohmann::json's dump() writes, without instantiating a json type.
#include <nlohmann/detail/conversions/to_chars.hpp>

namespace est::io {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD"; // U+FFFD

void appendEscapedAscii(std::string& out, unsigned char c) {
    switch (c) {
    case '"':
        out += "\\\"";
        return;
    case '\\':
        out += "\\\\";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    default:
        break;
    }
    if (c <= 0x1F) {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
        return;
    }
    out.push_back(static_cast<char>(c));
}

template <typename Integer>
void appendDecimal(std::string& out, Integer number) {
    char buffer[24]; // 20 digits and a sign at most
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    out.append(buffer, static_cast<std::size_t>(result.ptr - buffer));
}

} // namespace

void appendJsonString(std::string& out, std::string_view text) {
    out.push_back('"');
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            appendEscapedAscii(out, b);
            ++i;
            continue;
        }
        const formats::text::Utf8Lead lead = formats::text::utf8Lead(b);
        if (lead.length == 0) { // a stray continuation byte or an impossible lead: one replacement, byte consumed
            out += kReplacement;
            ++i;
            continue;
        }
        int valid = 1; // bytes of the sequence that fit so far
        for (; valid < lead.length && i + static_cast<std::size_t>(valid) < text.size(); ++valid) {
            const auto c = static_cast<unsigned char>(text[i + static_cast<std::size_t>(valid)]);
            const unsigned char low = valid == 1 ? lead.secondMin : 0x80;
            const unsigned char high = valid == 1 ? lead.secondMax : 0xBF;
            if (c < low || c > high) break;
        }
        if (valid == lead.length) {
            out.append(text.substr(i, static_cast<std::size_t>(valid)));
        } else {
            // A broken or cut-off sequence is one replacement; the byte that broke it starts afresh.
            out += kReplacement;
        }
        i += static_cast<std::size_t>(valid);
    }
    out.push_back('"');
}

std::string JsonWriter::take() {
    std::string out = std::move(m_out);
    m_out.clear();
    m_hasElements.clear();
    m_afterKey = false;
    return out;
}

void JsonWriter::beginElement() {
    if (m_hasElements.empty()) return; // the document's root value
    if (m_hasElements.back()) m_out.push_back(',');
    m_hasElements.back() = true;
    if (m_indent >= 0) {
        m_out.push_back('\n');
        m_out.append(m_hasElements.size() * static_cast<std::size_t>(m_indent), ' ');
    }
}

void JsonWriter::beforeValue() {
    if (m_afterKey)
        m_afterKey = false;
    else
        beginElement();
}

JsonWriter& JsonWriter::key(std::string_view name) {
    beginElement();
    appendJsonString(m_out, name);
    m_out += m_indent >= 0 ? ": " : ":";
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::beginObject() {
    beforeValue();
    m_out.push_back('{');
    m_hasElements.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::beginArray() {
    beforeValue();
    m_out.push_back('[');
    m_hasElements.push_back(false);
    return *this;
}

void JsonWriter::close(char bracket) {
    const bool hadElements = !m_hasElements.empty() && m_hasElements.back();
    if (!m_hasElements.empty()) m_hasElements.pop_back();
    if (hadElements && m_indent >= 0) {
        m_out.push_back('\n');
        m_out.append(m_hasElements.size() * static_cast<std::size_t>(m_indent), ' ');
    }
    m_out.push_back(bracket);
}

JsonWriter& JsonWriter::endObject() {
    close('}');
    return *this;
}

JsonWriter& JsonWriter::endArray() {
    close(']');
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    beforeValue();
    appendJsonString(m_out, text);
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    beforeValue();
    if (!std::isfinite(number)) {
        m_out += "null";
        return *this;
    }
    char buffer[64];
    const char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, number);
    m_out.append(buffer, static_cast<std::size_t>(end - buffer));
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    beforeValue();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::value(std::nullptr_t) {
    beforeValue();
    m_out += "null";
    return *this;
}

JsonWriter& JsonWriter::signedInteger(std::int64_t number) {
    beforeValue();
    appendDecimal(m_out, number);
    return *this;
}

JsonWriter& JsonWriter::unsignedInteger(std::uint64_t number) {
    beforeValue();
    appendDecimal(m_out, number);
    return *this;
}

} // namespace est::io
