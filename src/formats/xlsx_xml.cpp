// formats/xlsx_xml.cpp - the forgiving XML tag scanner and entity helpers used by the .xlsx reader and writer.
#include "formats/xlsx_xml.hpp"

#include "formats/text.hpp"

#include <cstdint>
#include <cstring>

namespace est::formats::xml {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Decodes one reference starting at raw[i] == '&'; returns its length or 0 if it is not a valid reference.
std::size_t decodeReference(std::string_view raw, std::size_t i, std::string& out) {
    const std::size_t semi = raw.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 12) return 0;
    const std::string_view body = raw.substr(i + 1, semi - i - 1);
    if (body == "lt")
        out.push_back('<');
    else if (body == "gt")
        out.push_back('>');
    else if (body == "amp")
        out.push_back('&');
    else if (body == "quot")
        out.push_back('"');
    else if (body == "apos")
        out.push_back('\'');
    else if (body.size() >= 2 && body[0] == '#') {
        std::uint32_t cp = 0;
        const bool hex = body[1] == 'x' || body[1] == 'X';
        const std::size_t start = hex ? 2 : 1;
        if (start >= body.size()) return 0;
        for (std::size_t k = start; k < body.size(); ++k) {
            const int d = hex ? hexValue(body[k]) : (body[k] >= '0' && body[k] <= '9' ? body[k] - '0' : -1);
            if (d < 0) return 0;
            cp = cp * (hex ? 16u : 10u) + static_cast<std::uint32_t>(d);
            if (cp > 0x10FFFF) return 0;
        }
        if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        text::appendUtf8(out, cp);
    } else {
        return 0;
    }
    return semi - i + 1;
}

} // namespace

Scanner::Scanner(std::string_view doc) : m_doc(doc) {
    if (m_doc.size() >= 3 && m_doc.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;
}

bool Scanner::next(Tag& tag) {
    while (true) {
        if (m_pos >= m_doc.size()) {
            m_text = {};
            return false;
        }
        const void* hit = std::memchr(m_doc.data() + m_pos, '<', m_doc.size() - m_pos);
        if (hit == nullptr) {
            m_text = m_doc.substr(m_pos);
            m_pos = m_doc.size();
            return false;
        }
        const auto lt = static_cast<std::size_t>(static_cast<const char*>(hit) - m_doc.data());
        m_text = m_doc.substr(m_pos, lt - m_pos);
        m_tagStart = lt;
        // Nearly every tag is a start or end tag: look for markup (<!-- <![CDATA[ <? <!) only after '!' or '?'.
        const char afterLt = lt + 1 < m_doc.size() ? m_doc[lt + 1] : '\0';
        if (afterLt == '!' || afterLt == '?') {
            const std::string_view rest = m_doc.substr(lt);
            auto skipTo = [&](std::string_view terminator) -> bool {
                const std::size_t end = m_doc.find(terminator, lt + 1);
                if (end == std::string_view::npos) {
                    m_error = "unterminated markup at byte " + std::to_string(lt);
                    m_pos = m_doc.size();
                    return false;
                }
                m_pos = end + terminator.size();
                return true;
            };
            if (rest.substr(0, 4) == "<!--") {
                if (!skipTo("-->")) return false;
                continue;
            }
            if (rest.substr(0, 9) == "<![CDATA[") {
                const std::size_t end = m_doc.find("]]>", lt + 9);
                if (end == std::string_view::npos) {
                    m_error = "unterminated CDATA at byte " + std::to_string(lt);
                    m_pos = m_doc.size();
                    return false;
                }
                tag.kind = TagKind::CData;
                tag.name = {};
                tag.attrs = m_doc.substr(lt + 9, end - lt - 9);
                m_pos = end + 3;
                return true;
            }
            if (rest.substr(0, 2) == "<?") {
                if (!skipTo("?>")) return false;
                continue;
            }
            if (rest.substr(0, 2) == "<!") { // DOCTYPE: skipped, its entities are never expanded
                if (!skipTo(">")) return false;
                continue;
            }
        }
        // A start or end tag: find the closing '>' outside quoted attribute values.
        std::size_t i = lt + 1;
        const bool closing = i < m_doc.size() && m_doc[i] == '/';
        if (closing) ++i;
        const std::size_t nameStart = i;
        while (i < m_doc.size() && !isSpace(m_doc[i]) && m_doc[i] != '>' && m_doc[i] != '/') ++i;
        const std::size_t nameEnd = i;
        char quote = 0;
        while (i < m_doc.size()) {
            const char c = m_doc[i];
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
            ++i;
        }
        if (i >= m_doc.size() || nameEnd == nameStart) {
            m_error = "malformed tag at byte " + std::to_string(lt);
            m_pos = m_doc.size();
            return false;
        }
        const bool selfClosing = !closing && i > nameEnd && m_doc[i - 1] == '/';
        tag.kind = closing ? TagKind::Close : (selfClosing ? TagKind::Empty : TagKind::Open);
        tag.name = localName(m_doc.substr(nameStart, nameEnd - nameStart));
        const std::size_t attrsEnd = selfClosing ? i - 1 : i;
        tag.attrs = m_doc.substr(nameEnd, attrsEnd - nameEnd);
        m_pos = i + 1;
        if (tag.kind == TagKind::Close && m_depth > 0) --m_depth;
        if (tag.kind == TagKind::Open && ++m_depth > kMaxXmlDepth) {
            m_error = "elements nested deeper than " + std::to_string(kMaxXmlDepth) + " levels (the limit) at byte " +
                      std::to_string(lt);
            m_pos = m_doc.size();
            return false;
        }
        return true;
    }
}

std::optional<std::string_view> attribute(std::string_view attrs, std::string_view name) {
    std::size_t i = 0;
    while (i < attrs.size()) {
        while (i < attrs.size() && (isSpace(attrs[i]) || attrs[i] == '/')) ++i;
        const std::size_t keyStart = i;
        while (i < attrs.size() && attrs[i] != '=' && !isSpace(attrs[i])) ++i;
        const std::string_view key = attrs.substr(keyStart, i - keyStart);
        while (i < attrs.size() && isSpace(attrs[i])) ++i;
        if (i >= attrs.size() || attrs[i] != '=') {
            if (i == keyStart) ++i; // stray character: move on
            continue;
        }
        ++i;
        while (i < attrs.size() && isSpace(attrs[i])) ++i;
        if (i >= attrs.size()) break;
        std::string_view value;
        const char quote = attrs[i];
        if (quote == '"' || quote == '\'') {
            const std::size_t end = attrs.find(quote, i + 1);
            if (end == std::string_view::npos) break;
            value = attrs.substr(i + 1, end - i - 1);
            i = end + 1;
        } else { // unquoted (not XML, but forgiving)
            const std::size_t start = i;
            while (i < attrs.size() && !isSpace(attrs[i])) ++i;
            value = attrs.substr(start, i - start);
        }
        if (localName(key) == name) return value;
    }
    return std::nullopt;
}

void appendDecoded(std::string_view raw, std::string& out) {
    std::size_t i = 0;
    while (i < raw.size()) {
        const std::size_t amp = raw.find('&', i);
        if (amp == std::string_view::npos) {
            out.append(raw.substr(i));
            return;
        }
        out.append(raw.substr(i, amp - i));
        const std::size_t used = decodeReference(raw, amp, out);
        if (used == 0) {
            out.push_back('&');
            i = amp + 1;
        } else {
            i = amp + used;
        }
    }
}

std::string decoded(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    appendDecoded(raw, out);
    return out;
}

void decodeOoxmlEscapes(std::string& text) {
    if (text.find("_x") == std::string::npos) return;
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
            std::uint32_t cp = 0;
            bool ok = true;
            for (std::size_t k = i + 2; k < i + 6; ++k) {
                const int d = hexValue(text[k]);
                if (d < 0) {
                    ok = false;
                    break;
                }
                cp = cp * 16 + static_cast<std::uint32_t>(d);
            }
            if (ok && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                text::appendUtf8(out, cp);
                i += 7;
                continue;
            }
        }
        out.push_back(text[i]);
        ++i;
    }
    text = std::move(out);
}

void appendEscaped(std::string_view text, std::string& out) {
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\n':
            out += "&#10;";
            break;
        case '\r':
            out += "&#13;";
            break;
        case '\t':
            out += "&#9;";
            break;
        default:
            // Other control characters are not allowed in XML 1.0: drop them rather than write a broken part.
            if (static_cast<unsigned char>(c) < 0x20) break;
            out.push_back(c);
        }
    }
}

} // namespace est::formats::xml
