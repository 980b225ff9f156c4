// formats/xlsx_reader.cpp - the .xlsx package (workbook, relationships, shared strings, date styles) read into Tables;
// each sheet goes through xlsx_sheet.cpp.
#include "formats/xlsx_reader.hpp"

#include "formats/text.hpp"

#include "formats/xlsx_scalars.hpp"
#include "formats/xlsx_sheet.hpp"
#include "formats/xlsx_xml.hpp"
#include "formats/zip_reader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <utility>

namespace est::formats {
namespace {

using xlsx::kMaxColumns;
using xlsx::parseIndex;
using xlsx::trimXmlSpace;
using xml::Scanner;
using xml::Tag;
using xml::TagKind;

bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string percentDecoded(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            const auto hex = [](char c) {
                if (c >= '0' && c <= '9') return c - '0';
                if (c >= 'a' && c <= 'f') return c - 'a' + 10;
                if (c >= 'A' && c <= 'F') return c - 'A' + 10;
                return -1;
            };
            const int hi = hex(s[i + 1]), lo = hex(s[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.push_back(static_cast<char>(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.push_back(s[i]);
    }
    return out;
}

// Resolves a relationship target against the folder of the part that owns the relationships.
// "/xl/worksheets/sheet1.xml" is package-absolute (RVTools writes those); others are relative ("../x").
std::string resolveTarget(std::string_view baseDir, std::string_view target) {
    std::string raw = percentDecoded(target);
    std::string joined = (!raw.empty() && raw.front() == '/') ? raw.substr(1) : std::string(baseDir) + raw;
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= joined.size()) {
        std::size_t slash = joined.find('/', start);
        if (slash == std::string::npos) slash = joined.size();
        const std::string part = joined.substr(start, slash - start);
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = slash + 1;
    }
    std::string out;
    for (const std::string& p : parts) {
        if (!out.empty()) out.push_back('/');
        out += p;
    }
    return out;
}

std::string dirOf(std::string_view part) {
    const std::size_t slash = part.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

std::string relsPathOf(std::string_view part) {
    const std::size_t slash = part.rfind('/');
    const std::string_view dir = slash == std::string_view::npos ? std::string_view() : part.substr(0, slash + 1);
    const std::string_view file = slash == std::string_view::npos ? part : part.substr(slash + 1);
    return std::string(dir) + "_rels/" + std::string(file) + ".rels";
}

struct Relationship {
    std::string id;
    std::string type;   // full type URI; compare by its last segment
    std::string target; // resolved package path
};

std::vector<Relationship> parseRelationships(std::string_view doc, std::string_view baseDir) {
    std::vector<Relationship> rels;
    Scanner scanner(doc);
    Tag tag;
    while (scanner.next(tag)) {
        if (tag.kind == TagKind::Close || tag.kind == TagKind::CData || tag.name != "Relationship") continue;
        const auto mode = xml::attribute(tag.attrs, "TargetMode");
        if (mode && text::equalsIgnoreCase(*mode, "External")) continue;
        Relationship rel;
        rel.id = xml::decoded(xml::attribute(tag.attrs, "Id").value_or(""));
        rel.type = xml::decoded(xml::attribute(tag.attrs, "Type").value_or(""));
        rel.target = resolveTarget(baseDir, xml::decoded(xml::attribute(tag.attrs, "Target").value_or("")));
        rels.push_back(std::move(rel));
    }
    return rels;
}

bool typeIs(const Relationship& rel, std::string_view lastSegment) {
    return endsWith(rel.type, std::string("/") + std::string(lastSegment));
}

struct SheetRef {
    std::string name;
    std::string part; // resolved package path; "" if it could not be resolved
    bool isWorksheet = true;
};

struct Package {
    std::optional<ZipReader> zip;
    std::string workbookPart = "xl/workbook.xml";
    std::vector<SheetRef> sheets;
    std::string sharedStringsPart;
    std::string stylesPart;
    bool date1904 = false;
};

// Opens the archive and reads the workbook, its relationships and the list of sheets.
bool openPackage(std::string_view bytes, Package& pkg, std::vector<InputProblem>& problems) {
    pkg.zip = ZipReader::open(bytes, problems);
    if (!pkg.zip) return false;
    std::string doc;
    if (pkg.zip->read("_rels/.rels", doc).empty()) {
        for (const Relationship& rel : parseRelationships(doc, "")) {
            if (typeIs(rel, "officeDocument") && pkg.zip->find(rel.target) != nullptr) {
                pkg.workbookPart = rel.target;
                break;
            }
        }
    }
    const std::string reason = pkg.zip->read(pkg.workbookPart, doc);
    if (!reason.empty()) {
        problems.push_back({pkg.workbookPart, pkg.zip->find(pkg.workbookPart) == nullptr
                                                  ? "not an Excel workbook: no xl/workbook.xml part"
                                                  : "cannot read the workbook part: " + reason});
        return false;
    }
    struct Declared {
        std::string name;
        std::string rid;
    };
    std::vector<Declared> declared;
    {
        Scanner scanner(doc);
        Tag tag;
        while (scanner.next(tag)) {
            if (tag.kind == TagKind::Close || tag.kind == TagKind::CData) continue;
            if (tag.name == "sheet") {
                declared.push_back({xml::decoded(xml::attribute(tag.attrs, "name").value_or("")),
                                    xml::decoded(xml::attribute(tag.attrs, "id").value_or(""))});
            } else if (tag.name == "workbookPr") {
                const auto d = xml::attribute(tag.attrs, "date1904");
                pkg.date1904 = d && (*d == "1" || text::equalsIgnoreCase(*d, "true"));
            }
        }
        if (!scanner.error().empty())
            problems.push_back({pkg.workbookPart, "workbook part is malformed: " + scanner.error()});
    }
    std::vector<Relationship> rels;
    const std::string relsPath = relsPathOf(pkg.workbookPart);
    std::string relsDoc;
    const std::string relsReason = pkg.zip->read(relsPath, relsDoc);
    if (relsReason.empty()) {
        rels = parseRelationships(relsDoc, dirOf(pkg.workbookPart));
    } else {
        problems.push_back({relsPath, "cannot read the workbook relationships (" + relsReason +
                                          "); guessing sheet parts from their numbers"});
    }
    for (const Relationship& rel : rels) {
        if (typeIs(rel, "sharedStrings")) pkg.sharedStringsPart = rel.target;
        if (typeIs(rel, "styles")) pkg.stylesPart = rel.target;
    }
    if (pkg.sharedStringsPart.empty() && pkg.zip->find("xl/sharedStrings.xml") != nullptr)
        pkg.sharedStringsPart = "xl/sharedStrings.xml";
    if (pkg.stylesPart.empty() && pkg.zip->find("xl/styles.xml") != nullptr) pkg.stylesPart = "xl/styles.xml";
    int position = 0;
    for (const Declared& d : declared) {
        ++position;
        SheetRef sheet;
        sheet.name = d.name;
        const auto rel = std::find_if(rels.begin(), rels.end(), [&](const Relationship& r) { return r.id == d.rid; });
        if (rel != rels.end()) {
            sheet.part = rel->target;
            sheet.isWorksheet = typeIs(*rel, "worksheet");
        } else {
            // Without a relationship, Excel's own naming is the best guess (sheet1.xml for the first tab).
            const std::string guess = "xl/worksheets/sheet" + std::to_string(position) + ".xml";
            if (pkg.zip->find(guess) != nullptr) sheet.part = guess;
            if (relsReason.empty())
                problems.push_back({"sheet " + d.name, "relationship \"" + d.rid + "\" not found; " +
                                                           (sheet.part.empty() ? "sheet skipped" : "using " + guess)});
        }
        pkg.sheets.push_back(std::move(sheet));
    }
    return true;
}

std::vector<std::string> parseSharedStrings(std::string_view doc, std::vector<InputProblem>& problems,
                                            std::string_view part, std::size_t maxStrings) {
    std::vector<std::string> strings;
    Scanner scanner(doc);
    Tag tag;
    bool inSi = false;
    bool collecting = false;
    int phoneticDepth = 0;
    std::string current;
    while (scanner.next(tag)) {
        if (strings.size() >= maxStrings) {
            problems.push_back({std::string(part), "more than " + std::to_string(maxStrings) +
                                                       " shared strings (the limit): the rest were not read"});
            return strings;
        }
        if (collecting) xml::appendDecoded(scanner.text(), current);
        if (tag.kind == TagKind::CData) {
            if (collecting) current.append(tag.attrs);
            continue;
        }
        const std::string_view name = tag.name;
        if (name == "sst" && tag.kind == TagKind::Open) {
            // uniqueCount is a hint; cap it by the part size so a lying header cannot force a huge allocation.
            const auto count = parseIndex(xml::attribute(tag.attrs, "uniqueCount").value_or(""), 1LL << 31);
            if (count) strings.reserve(std::min<std::size_t>(static_cast<std::size_t>(*count), doc.size() / 8 + 1));
        } else if (name == "si") {
            if (tag.kind == TagKind::Open) {
                inSi = true;
                current.clear();
            } else if (tag.kind == TagKind::Empty) {
                strings.emplace_back();
            } else {
                xml::decodeOoxmlEscapes(current);
                strings.push_back(std::move(current));
                current.clear();
                inSi = false;
                collecting = false;
                phoneticDepth = 0;
            }
        } else if (name == "rPh") {
            if (tag.kind == TagKind::Open)
                ++phoneticDepth;
            else if (tag.kind == TagKind::Close && phoneticDepth > 0)
                --phoneticDepth;
        } else if (name == "t") {
            if (tag.kind == TagKind::Open)
                collecting = inSi && phoneticDepth == 0;
            else if (tag.kind == TagKind::Close)
                collecting = false;
        }
    }
    if (!scanner.error().empty())
        problems.push_back({std::string(part), "shared strings are malformed (" + scanner.error() + "); read " +
                                                   std::to_string(strings.size()) + " strings"});
    return strings;
}

bool isBuiltinDateFormat(long long id) {
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// A custom number format shows a date or time if it has d, m, y, h or s outside quotes, brackets and escapes.
bool isDateFormatCode(std::string_view code) {
    bool inQuote = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (inQuote) {
            if (c == '"') inQuote = false;
            continue;
        }
        if (c == '"') {
            inQuote = true;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i; // the next character is literal / padding
        } else if (c == '[') {
            const std::size_t end = code.find(']', i);
            if (end == std::string_view::npos) return false;
            i = end;
        } else if (c == ';') {
            break; // the first section decides
        } else if (code.size() - i >= 7 && text::equalsIgnoreCase(code.substr(i, 7), "general")) {
            i += 6;
        } else {
            const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            if (lower == 'd' || lower == 'm' || lower == 'y' || lower == 'h' || lower == 's') return true;
        }
    }
    return false;
}

// For each cell style index (cellXfs position), whether it formats numbers as dates.
std::vector<bool> parseDateStyles(std::string_view doc) {
    std::vector<std::pair<long long, bool>> customFormats; // id -> is date
    std::vector<bool> dateStyles;
    Scanner scanner(doc);
    Tag tag;
    bool inCellXfs = false;
    while (scanner.next(tag)) {
        if (tag.kind == TagKind::CData) continue;
        if (tag.name == "numFmt" && tag.kind != TagKind::Close) {
            const auto id = parseIndex(xml::attribute(tag.attrs, "numFmtId").value_or(""), 1LL << 20);
            if (id)
                customFormats.emplace_back(
                    *id, isDateFormatCode(xml::decoded(xml::attribute(tag.attrs, "formatCode").value_or(""))));
        } else if (tag.name == "cellXfs") {
            inCellXfs = tag.kind == TagKind::Open;
        } else if (tag.name == "xf" && inCellXfs && tag.kind != TagKind::Close) {
            const long long id = parseIndex(xml::attribute(tag.attrs, "numFmtId").value_or("0"), 1LL << 20).value_or(0);
            bool isDate = isBuiltinDateFormat(id);
            for (const auto& [customId, customIsDate] : customFormats)
                if (customId == id) isDate = customIsDate;
            dateStyles.push_back(isDate);
        }
    }
    return dateStyles;
}

bool wanted(const XlsxReadOptions& options, const std::string& name) {
    if (options.onlySheets.empty()) return true;
    return std::any_of(options.onlySheets.begin(), options.onlySheets.end(), [&](const std::string& w) {
        return text::equalsIgnoreCase(trimXmlSpace(w), trimXmlSpace(name));
    });
}

} // namespace

bool looksLikeXlsx(std::string_view bytes) { return bytes.size() >= 4 && bytes.substr(0, 4) == "PK\x03\x04"; }

std::vector<std::string> readXlsxSheetNames(std::string_view bytes, std::vector<InputProblem>& problems) {
    Package pkg;
    std::vector<std::string> names;
    if (!openPackage(bytes, pkg, problems)) return names;
    for (const SheetRef& s : pkg.sheets)
        if (s.isWorksheet) names.push_back(s.name);
    return names;
}

std::vector<Table> readXlsx(std::string_view bytes, std::vector<InputProblem>& problems,
                            const XlsxReadOptions& options) {
    std::vector<Table> tables;
    Package pkg;
    if (!openPackage(bytes, pkg, problems)) return tables;
    if (pkg.sheets.empty()) {
        problems.push_back({pkg.workbookPart, "the workbook lists no sheets"});
        return tables;
    }
    std::string doc;
    std::vector<std::string> sharedStrings;
    if (!pkg.sharedStringsPart.empty()) {
        const std::string reason = pkg.zip->read(pkg.sharedStringsPart, doc);
        if (reason.empty())
            sharedStrings = parseSharedStrings(doc, problems, pkg.sharedStringsPart, options.maxSharedStrings);
        else
            problems.push_back(
                {pkg.sharedStringsPart, "cannot read the shared strings: " + reason + "; text cells will be empty"});
    }
    std::vector<bool> dateStyles;
    if (options.datesAsIso && !pkg.stylesPart.empty() && pkg.zip->read(pkg.stylesPart, doc).empty())
        dateStyles = parseDateStyles(doc);

    std::size_t budget = options.maxCells;
    xlsx::SheetContext ctx;
    ctx.sharedStrings = &sharedStrings;
    ctx.dateStyles = options.datesAsIso ? &dateStyles : nullptr;
    ctx.date1904 = pkg.date1904;
    ctx.cellBudget = &budget;
    ctx.options = &options;
    for (const SheetRef& sheet : pkg.sheets) {
        if (!sheet.isWorksheet || !wanted(options, sheet.name)) continue;
        if (sheet.part.empty()) continue;
        const ZipEntry* entry = pkg.zip->find(sheet.part);
        if (entry == nullptr) {
            problems.push_back(
                {"sheet " + sheet.name, "cannot read part " + sheet.part + ": no such part in the archive"});
            continue;
        }
        // Inflate and parse in ~4 MB windows cut after a row end: a 300 MB sheet never sits in memory whole.
        const std::size_t before = problems.size();
        xlsx::SheetParser parser(sheet.name, ctx, problems);
        const std::string reason =
            pkg.zip->readChunked(*entry, options.chunkBytes, [&](std::string_view buffer, bool last) {
                const std::size_t cut = last ? buffer.size() : xlsx::afterLastRowEnd(buffer);
                if (cut > 0) parser.feed(buffer.substr(0, cut));
                return cut;
            });
        Table table = parser.finish();
        if (!reason.empty()) {
            // What was parsed may be wrong: drop the sheet and its row problems, keep the reason.
            problems.resize(before);
            problems.push_back({"sheet " + sheet.name, "cannot read part " + sheet.part + ": " + reason});
            continue;
        }
        tables.push_back(std::move(table));
    }
    return tables;
}

std::string excelSerialToIso(double serial, bool date1904) {
    if (!(serial >= 0.0) || serial > 2958466.0) return {}; // also rejects NaN; 2958465 = 9999-12-31
    auto days = static_cast<long long>(std::floor(serial));
    auto seconds = static_cast<long long>(std::llround((serial - static_cast<double>(days)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const bool timeOnly = !date1904 && days == 0;
    long long unixDays = 0;
    if (date1904) {
        unixDays = days - 24107; // 1904-01-01 is 24,107 days before 1970-01-01
    } else {
        // Excel counts the fictional 1900-02-29 (serial 60): serials from 61 on are one day "ahead".
        if (days == 60) days = 59;
        unixDays = days >= 61 ? days - 25569 : days - 25568; // 1899-12-30 / 1899-12-31 epochs
    }
    char buf[64];
    const int hh = static_cast<int>(seconds / 3600), mi = static_cast<int>(seconds / 60 % 60),
              ss = static_cast<int>(seconds % 60);
    if (timeOnly) {
        std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", hh, mi, ss);
        return buf;
    }
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    const long long z = unixDays + 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const long long d = doy - (153 * mp + 2) / 5 + 1;
    const long long m = mp < 10 ? mp + 3 : mp - 9;
    const long long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    // The serial bound above keeps y within 1899..9999, so int cannot truncate.
    const int year = static_cast<int>(y), month = static_cast<int>(m), day = static_cast<int>(d);
    if (seconds == 0)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hh, mi, ss);
    return buf;
}

int columnIndexOf(std::string_view ref) {
    int col = 0;
    std::size_t i = 0;
    while (i < ref.size()) {
        char c = ref[i];
        if (c == '$') {
            ++i;
            continue;
        }
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z') break;
        col = col * 26 + (c - 'A' + 1);
        if (col > kMaxColumns) return -1;
        ++i;
    }
    return col == 0 ? -1 : col - 1;
}

} // namespace est::formats
