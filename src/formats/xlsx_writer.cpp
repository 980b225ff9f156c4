// formats/xlsx_writer.cpp - SpreadsheetML parts (content types, workbook, styles, shared strings, sheets) + ZIP.
#include "formats/xlsx_writer.hpp"

#include "formats/text.hpp"
#include "formats/xlsx_xml.hpp"
#include "formats/zip_writer.hpp"

#include <cmath>
#include <algorithm>
#include <map>
#include <set>

namespace est::formats {
namespace {

constexpr const char* kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kPkgRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

// cellXfs order in styles.xml below; XlsxStyle values index it.
const char* kStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"&quot;$&quot;#,##0\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"&quot;$&quot;#,##0.00\"/><numFmt numFmtId=\"166\" formatCode=\"0.0%\"/>"
    "</numFmts>"
    "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/>"
    "</fill></fills>"
    "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
    "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"9\">"
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" // General
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\"/>" // Header
    "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"           // Title
    "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"   // Integer
    "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"   // Decimal
    "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" // Usd
    "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" // UsdCents
    "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" // Percent
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"           // Bold
    "</cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>";

std::string sheetNameOf(const std::string& wanted, std::set<std::string>& used, std::size_t position) {
    std::string name;
    for (const char c : wanted) {
        if (c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\')
            name.push_back('_');
        else if (static_cast<unsigned char>(c) >= 0x20)
            name.push_back(c);
    }
    // Cut at 31 bytes without splitting a UTF-8 sequence.
    if (name.size() > 31) {
        std::size_t cut = 31;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
        name.resize(cut);
    }
    if (name.empty() || name.front() == '\'' || name.back() == '\'') name = "Sheet" + std::to_string(position + 1);
    std::string unique = name;
    for (int n = 2; used.count(unique) != 0; ++n) {
        const std::string suffix = " (" + std::to_string(n) + ")";
        unique = name.substr(0, std::min<std::size_t>(name.size(), 31 - suffix.size())) + suffix;
    }
    used.insert(unique);
    return unique;
}

} // namespace

std::string columnName(int index) {
    std::string s;
    for (int n = index + 1; n > 0; n = (n - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
    return s;
}

std::string writeXlsx(const std::vector<XlsxSheet>& sheets) {
    std::vector<std::string> names;
    std::set<std::string> used;
    for (std::size_t i = 0; i < sheets.size(); ++i) names.push_back(sheetNameOf(sheets[i].name, used, i));
    if (sheets.empty()) names.push_back("Sheet1"); // a workbook needs one sheet

    std::map<std::string, std::size_t> stringIndex;
    std::vector<const std::string*> strings;
    std::size_t stringRefs = 0;
    bool anyFormula = false;
    std::vector<std::string> sheetXml;
    for (const XlsxSheet& sheet : sheets) {
        std::string x;
        x.reserve(64 * sheet.rows.size() + 512);
        x += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"";
        x += kMainNs;
        x += "\" xmlns:r=\"";
        x += kRelNs;
        x += "\">";
        if (sheet.frozenRows > 0) {
            const std::string top = "A" + std::to_string(sheet.frozenRows + 1);
            x += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"" + std::to_string(sheet.frozenRows) +
                 "\" topLeftCell=\"" + top +
                 "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" "
                 "activeCell=\"" +
                 top + "\" sqref=\"" + top + "\"/></sheetView></sheetViews>";
        }
        bool anyWidth = false;
        for (double w : sheet.columnWidths) anyWidth = anyWidth || w > 0.0;
        if (anyWidth) {
            x += "<cols>";
            for (std::size_t c = 0; c < sheet.columnWidths.size(); ++c) {
                if (sheet.columnWidths[c] <= 0.0) continue;
                const std::string n = std::to_string(c + 1);
                x += "<col min=\"" + n + "\" max=\"" + n + "\" width=\"" + text::formatShortest(sheet.columnWidths[c]) +
                     "\" customWidth=\"1\"/>";
            }
            x += "</cols>";
        }
        x += "<sheetData>";
        for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
            const std::string rowNumber = std::to_string(r + 1);
            x += "<row r=\"" + rowNumber + "\">";
            const auto& row = sheet.rows[r];
            for (std::size_t c = 0; c < row.size(); ++c) {
                const XlsxCell& cell = row[c];
                if (cell.kind == XlsxCell::Kind::Empty) continue;
                if (cell.kind == XlsxCell::Kind::Number && !std::isfinite(cell.number)) continue;
                x += "<c r=\"" + columnName(static_cast<int>(c)) + rowNumber + "\"";
                const int style = static_cast<int>(cell.style);
                if (style != 0) x += " s=\"" + std::to_string(style) + "\"";
                switch (cell.kind) {
                case XlsxCell::Kind::Number:
                    x += ">";
                    if (!cell.formula.empty()) {
                        anyFormula = true;
                        x += "<f>";
                        xml::appendEscaped(cell.formula, x);
                        x += "</f>";
                    }
                    x += "<v>" + text::formatShortest(cell.number) + "</v></c>";
                    break;
                case XlsxCell::Kind::Boolean:
                    x += std::string(" t=\"b\"><v>") + (cell.number != 0.0 ? "1" : "0") + "</v></c>";
                    break;
                case XlsxCell::Kind::Text: {
                    auto [it, inserted] = stringIndex.emplace(cell.text, strings.size());
                    if (inserted) strings.push_back(&it->first);
                    ++stringRefs;
                    x += " t=\"s\"><v>" + std::to_string(it->second) + "</v></c>";
                    break;
                }
                case XlsxCell::Kind::Empty:
                    break;
                }
            }
            x += "</row>";
        }
        x += "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
             "footer=\"0.3\"/>";
        if (!sheet.charts.empty()) x += "<drawing r:id=\"rId1\"/>"; // the sheet's only relationship: its drawing
        x += "</worksheet>";
        sheetXml.push_back(std::move(x));
    }
    if (sheets.empty())
        sheetXml.push_back(std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
                                       "xmlns=\"") +
                           kMainNs + "\"><sheetData/></worksheet>");

    const std::size_t sheetCount = sheetXml.size();
    std::string types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://"
                        "schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
                        "Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
                        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    for (std::size_t i = 0; i < sheetCount; ++i)
        types += "<Override PartName=\"/xl/worksheets/sheet" + std::to_string(i + 1) +
                 ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    // Charts: sheet i's drawing is drawing<i+1>; charts are numbered across the workbook.
    std::vector<std::pair<std::string, std::string>>
        chartParts; // name, bytes (drawings, their rels, charts, sheet rels)
    int chartNumber = 0;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        if (sheets[i].charts.empty()) continue;
        const std::string n = std::to_string(i + 1);
        types += "<Override PartName=\"/xl/drawings/drawing" + n +
                 ".xml\" ContentType=\"application/vnd.openxmlformats-"
                 "officedocument.drawing+xml\"/>";
        std::string drawingRels =
            std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
                        "xmlns=\"") +
            kPkgRelNs + "\">";
        for (std::size_t k = 0; k < sheets[i].charts.size(); ++k) {
            const std::string c = std::to_string(++chartNumber);
            types += "<Override PartName=\"/xl/charts/chart" + c +
                     ".xml\" ContentType=\"application/vnd.openxmlformats-"
                     "officedocument.drawingml.chart+xml\"/>";
            drawingRels += "<Relationship Id=\"rId" + std::to_string(k + 1) + "\" Type=\"" + kRelNs +
                           "/chart\" Target=\"../charts/chart" + c + ".xml\"/>";
            chartParts.emplace_back("xl/charts/chart" + c + ".xml", xlsxChartXml(sheets[i].charts[k]));
        }
        chartParts.emplace_back("xl/drawings/drawing" + n + ".xml", xlsxDrawingXml(sheets[i].charts));
        chartParts.emplace_back("xl/drawings/_rels/drawing" + n + ".xml.rels", drawingRels + "</Relationships>");
        chartParts.emplace_back(
            "xl/worksheets/_rels/sheet" + n + ".xml.rels",
            std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"") +
                kPkgRelNs + "\"><Relationship Id=\"rId1\" Type=\"" + kRelNs +
                "/drawing\" Target=\"../drawings/drawing" + n + ".xml\"/></Relationships>");
    }
    types += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
             "spreadsheetml.styles+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
             "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>";

    const std::string rootRels = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                             "<Relationships xmlns=\"") +
                                 kPkgRelNs +
                                 "\"><Relationship Id=\"rId1\" "
                                 "Type=\"" +
                                 kRelNs + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

    std::string workbook = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook "
                                       "xmlns=\"") +
                           kMainNs + "\" xmlns:r=\"" + kRelNs +
                           "\"><bookViews><workbookView/>"
                           "</bookViews><sheets>";
    std::string workbookRels = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                           "<Relationships xmlns=\"") +
                               kPkgRelNs + "\">";
    for (std::size_t i = 0; i < sheetCount; ++i) {
        const std::string n = std::to_string(i + 1);
        workbook += "<sheet name=\"";
        xml::appendEscaped(names[i], workbook);
        workbook += "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        workbookRels += "<Relationship Id=\"rId" + n + "\" Type=\"" + kRelNs +
                        "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
    }
    workbook += "</sheets>";
    if (anyFormula) workbook += "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/>";
    workbook += "</workbook>";
    const std::string stylesId = std::to_string(sheetCount + 1), stringsId = std::to_string(sheetCount + 2);
    workbookRels += "<Relationship Id=\"rId" + stylesId + "\" Type=\"" + kRelNs +
                    "/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId" + stringsId + "\" Type=\"" + kRelNs +
                    "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";

    std::string sst = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"") +
                      kMainNs + "\" count=\"" + std::to_string(stringRefs) + "\" uniqueCount=\"" +
                      std::to_string(strings.size()) + "\">";
    for (const std::string* s : strings) {
        const bool edgeSpace =
            !s->empty() && (s->front() == ' ' || s->back() == ' ' || s->find('\n') != std::string::npos);
        sst += edgeSpace ? "<si><t xml:space=\"preserve\">" : "<si><t>";
        xml::appendEscaped(*s, sst);
        sst += "</t></si>";
    }
    sst += "</sst>";

    ZipWriter zip;
    zip.add("[Content_Types].xml", types);
    zip.add("_rels/.rels", rootRels);
    zip.add("xl/workbook.xml", workbook);
    zip.add("xl/_rels/workbook.xml.rels", workbookRels);
    zip.add("xl/styles.xml", kStyles);
    zip.add("xl/sharedStrings.xml", sst);
    for (std::size_t i = 0; i < sheetCount; ++i)
        zip.add("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", sheetXml[i]);
    for (const auto& [name, bytes] : chartParts) zip.add(name, bytes);
    return zip.finish();
}

} // namespace est::formats
