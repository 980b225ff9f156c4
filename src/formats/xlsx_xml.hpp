// formats/xlsx_xml.hpp - a small, forgiving XML tag scanner for the SpreadsheetML parts of .xlsx files.
//
// Not a general XML parser: no DTDs, no entity definitions, no validation. It walks tags in document order,
// ignores namespace prefixes (`<x:row>` is `row`), skips comments, processing instructions and doctypes, and
// never reads outside its input, whatever the bytes. Enough for the parts Excel, LibreOffice, RVTools and
// openpyxl write.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace est::formats::xml {

/// What a scanned item is.
enum class TagKind { Open, Close, Empty, CData };

/// One tag: its local name (prefix removed), raw attribute text and kind; for CData, `attrs` is the content.
struct Tag {
    TagKind kind = TagKind::Open;
    std::string_view name;  ///< local name: "row" for both <row> and <x:row>
    std::string_view attrs; ///< raw text between the name and '>' (undecoded), or the CDATA content
};

/// Elements open at once that a scanner accepts: SpreadsheetML nests about 8 deep, so a document nested far
/// deeper is hostile or broken and scanning stops with an error naming the limit.
inline constexpr int kMaxXmlDepth = 256;

/// Walks the tags of one XML document held in memory (the document must outlive the scanner).
class Scanner {
public:
    /// Starts at the beginning of `doc`, after a UTF-8 byte-order mark if there is one.
    explicit Scanner(std::string_view doc);

    /// Moves to the next tag; false at the end of the document, on a malformed tag or past kMaxXmlDepth open
    /// elements (then error() != ""). Depth counts from where scanning started (a window of a part may start
    /// inside elements: closing tags past the start are not counted below zero).
    bool next(Tag& tag);

    /// Raw character data between the previous tag and the current one (undecoded; empty at the start).
    std::string_view text() const { return m_text; }

    /// Why scanning stopped early ("" if it reached the end normally).
    const std::string& error() const { return m_error; }

    /// Byte offset of the current tag in the document (for messages).
    std::size_t offset() const { return m_tagStart; }

private:
    std::string_view m_doc;
    std::size_t m_pos = 0;
    std::size_t m_tagStart = 0;
    std::string_view m_text;
    std::string m_error;
    int m_depth = 0; ///< elements open since the scan started
};

/// The part after the last ':' of a qualified name ("x:row" -> "row", "row" -> "row"). Inline: it runs for
/// every tag and attribute of a sheet.
inline std::string_view localName(std::string_view qualified) {
    const std::size_t colon = qualified.rfind(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

/// The raw (undecoded) value of the attribute whose local name is `name` in a tag's attribute text.
std::optional<std::string_view> attribute(std::string_view attrs, std::string_view name);

/// Appends `raw` to `out` with the five XML entities and numeric character references decoded to UTF-8;
/// an unknown or malformed reference is kept literally.
void appendDecoded(std::string_view raw, std::string& out);

/// `raw` decoded (see appendDecoded).
std::string decoded(std::string_view raw);

/// Decodes the OOXML `_xHHHH_` escapes Excel writes for control characters ("_x000D_" -> CR) in place.
void decodeOoxmlEscapes(std::string& text);

/// Appends `text` to `out` escaped for XML content or attribute values (& < > " and control characters).
void appendEscaped(std::string_view text, std::string& out);

} // namespace est::formats::xml
