// formats/csv.cpp - an RFC 4180 CSV reader (plus the dialects spreadsheets write) into an est::formats::Table.
#include "formats/csv.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace est::formats {
namespace {

// Converts UTF-16 (with BOM) to UTF-8: Excel's "Unicode text" save writes it, and users rename it .csv.
std::string utf16ToUtf8(std::string_view bytes, bool bigEndian) {
    std::string out;
    out.reserve(bytes.size());
    auto unitAt = [&](std::size_t i) -> unsigned {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return bigEndian ? (a << 8U) | b : (b << 8U) | a;
    };
    for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
        unsigned cp = unitAt(i);
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
            const unsigned low = unitAt(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10U) + (low - 0xDC00);
                i += 2;
            } else {
                cp = 0xFFFD;
            }
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;
        }
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6U)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3FU)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12U)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6U) & 0x3FU)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3FU)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18U)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12U) & 0x3FU)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6U) & 0x3FU)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3FU)));
        }
    }
    return out;
}

// Picks the separator that occurs most often outside quotes on the first non-blank record.
char detectSeparator(std::string_view s) {
    std::size_t commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    bool sawContent = false;
    for (char c : s) {
        if (c == '"') inQuotes = !inQuotes;
        if (inQuotes) continue;
        if (c == '\n' || c == '\r') {
            if (sawContent) break;
            continue;
        }
        sawContent = true;
        if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs) return ';';
    if (tabs > commas && tabs > semicolons) return '\t';
    return ',';
}

} // namespace

CsvResult readCsv(std::string_view bytes, std::string name, CsvOptions options) {
    CsvResult result;
    result.table.name = std::move(name);
    std::string converted;
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
        static_cast<unsigned char>(bytes[1]) == 0xFE) {
        converted = utf16ToUtf8(bytes, false);
        result.utf16 = true;
    } else if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
               static_cast<unsigned char>(bytes[1]) == 0xFF) {
        converted = utf16ToUtf8(bytes, true);
        result.utf16 = true;
    }
    std::string_view s = result.utf16 ? std::string_view(converted) : bytes;
    if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);

    const char sep = options.separator != 0 ? options.separator : detectSeparator(s);
    result.separator = sep;
    result.numberStyle = sep == ';' ? text::NumberStyle::DecimalComma : text::NumberStyle::DecimalPoint;

    std::vector<std::string> record;
    std::string field;
    bool haveHeader = false;
    int line = 1;       // physical line of the cursor
    int recordLine = 1; // line where the current record started
    bool fieldQuoted = false;
    bool recordHasContent = false; // more than one field, or a non-empty field: blank lines are skipped
    const bool validUtf8 = text::isValidUtf8(s);
    std::vector<bool> keep;    // column filter from options.selectColumns (empty = keep all)
    std::size_t column = 0;    // index of the current field in its record
    bool storing = true;       // whether the current field's text is kept
    bool fieldHasText = false; // the current field has unquoted text (a quote after it is text)

    auto startField = [&]() { storing = !haveHeader || keep.empty() || (column < keep.size() && keep[column]); };
    auto finishField = [&]() {
        if (storing) record.push_back(validUtf8 ? std::move(field) : text::sanitizeUtf8(field));
        field.clear();
        fieldQuoted = false;
        fieldHasText = false;
        ++column;
        startField();
    };
    auto finishRecord = [&]() {
        const bool blank = column == 0 && !recordHasContent;
        finishField();
        if (!blank) {
            if (!haveHeader) {
                std::vector<std::string> header;
                header.reserve(record.size());
                for (std::string& cell : record) header.emplace_back(text::trim(cell));
                if (options.selectColumns) {
                    keep = options.selectColumns(header);
                    keep.resize(header.size(), false);
                    for (std::size_t c = 0; c < header.size(); ++c)
                        if (keep[c]) result.table.header.push_back(std::move(header[c]));
                } else {
                    result.table.header = std::move(header);
                }
                haveHeader = true;
            } else {
                result.table.rows.push_back(std::move(record));
                result.table.rowLines.push_back(recordLine);
            }
        }
        record.clear();
        if (haveHeader && !result.table.header.empty()) record.reserve(result.table.header.size());
        recordHasContent = false;
        column = 0;
        startField();
    };

    std::size_t i = 0;
    const std::size_t n = s.size();
    std::size_t recordStart = 0; // byte where the current record started
    bool tooLong = false;
    auto overLimit = [&]() {
        if (tooLong) return true;
        if (i - recordStart <= kMaxCsvRecordBytes) return false;
        result.problems.push_back(
            {"line " + std::to_string(recordLine), "a record longer than " + std::to_string(kMaxCsvRecordBytes) +
                                                       " bytes (the limit): the file was read up to this line"});
        tooLong = true;
        return true;
    };
    while (i < n && !overLimit()) {
        const char c = s[i];
        if (c == '"' && !fieldHasText && !fieldQuoted) {
            // A quoted field: read to the closing quote; "" is one quote; separators and line ends are text.
            fieldQuoted = true;
            recordHasContent = true;
            const int quoteLine = line;
            ++i;
            bool closed = false;
            while (i < n && !overLimit()) {
                const std::size_t stop = s.find_first_of("\"\n", i);
                if (stop == std::string_view::npos) {
                    if (storing) field.append(s.substr(i));
                    i = n;
                    break;
                }
                if (storing) field.append(s.substr(i, stop - i));
                i = stop;
                if (s[i] == '\n') {
                    if (storing) field.push_back('\n');
                    ++line;
                    ++i;
                    continue;
                }
                if (i + 1 < n && s[i + 1] == '"') {
                    if (storing) field.push_back('"');
                    i += 2;
                    continue;
                }
                ++i;
                closed = true;
                break;
            }
            if (overLimit()) break;
            if (!closed)
                result.problems.push_back(
                    {"line " + std::to_string(quoteLine), "a quoted field is not closed before the end of the file"});
            // Quoted text keeps CRLF as LF so multi-line cells read the same from Windows files.
            if (storing && field.find('\r') != std::string::npos)
                field.erase(std::remove(field.begin(), field.end(), '\r'), field.end());
            // Text after the closing quote up to the separator is kept (lenient), and reported.
            if (i < n && s[i] != sep && s[i] != '\n' && s[i] != '\r') {
                result.problems.push_back({"line " + std::to_string(line), "text after a closing quote was kept"});
                while (i < n && s[i] != sep && s[i] != '\n' && s[i] != '\r') {
                    if (storing) field.push_back(s[i]);
                    ++i;
                }
            }
            continue;
        }
        if (c == sep) {
            finishField();
            recordHasContent = true;
            ++i;
            continue;
        }
        if (c == '\n' || c == '\r') {
            finishRecord();
            if (c == '\r' && i + 1 < n && s[i + 1] == '\n') ++i;
            ++i;
            ++line;
            recordLine = line;
            recordStart = i;
            continue;
        }
        // Plain run of text up to the next special byte (a quote inside an unquoted field is text).
        std::size_t stop = i + 1;
        while (stop < n && s[stop] != sep && s[stop] != '\n' && s[stop] != '\r' && s[stop] != '"') ++stop;
        if (storing) field.append(s.substr(i, stop - i));
        i = stop;
        recordHasContent = true;
        fieldHasText = true;
    }
    if (!overLimit() && (!field.empty() || column > 0 || recordHasContent)) finishRecord();
    return result;
}

bool startsLikeFormula(std::string_view text) {
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

void appendCsvField(std::string& out, std::string_view text, char separator) {
    const bool neutralise = startsLikeFormula(text);
    const bool needsQuotes = text.find_first_of(std::string{'"', '\r', '\n', separator}) != std::string_view::npos;
    if (!needsQuotes) {
        if (neutralise) out.push_back('\'');
        out.append(text);
        return;
    }
    out.push_back('"');
    if (neutralise) out.push_back('\'');
    for (char c : text) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void appendCsvNumber(std::string& out, double value, int decimals) {
    if (!std::isfinite(value)) return;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    out += buffer;
}

} // namespace est::formats
