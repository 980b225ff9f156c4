// tests/formats/xlsx_test_support.hpp - builds small .xlsx workbooks in memory, one per real-file pitfall.
//
// These are the generator for the pitfall workbooks of formats.md 1.8: every test writes the exact XML a
// real producer (RVTools, Excel, LibreOffice, openpyxl) writes for the case, zipped with est::formats::ZipWriter.
#pragma once

#include "formats/zip_writer.hpp"

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace est::test {

struct BookSpec {
    std::vector<std::pair<std::string, std::string>> sheets; ///< name, inner XML of <sheetData> (rows)
    std::vector<std::string> sharedStrings;                  ///< plain strings (escaped by the caller)
    std::string rawSharedStrings;                            ///< whole sharedStrings.xml when set
    std::string styles;                                      ///< whole styles.xml ("" = none)
    std::string prefix;                                      ///< "x:" writes RVTools-style prefixed elements
    bool bomInRels = false;                                  ///< UTF-8 BOM in xl/_rels/workbook.xml.rels
    bool absoluteTargets = false;                            ///< Target="/xl/worksheets/sheetN.xml"
    bool scrambledIds = false;                               ///< r:ids not in sheet order (rId29 for strings)
    bool compress = true;
    bool date1904 = false;
};

inline std::string buildXlsx(const BookSpec& spec) {
    const std::string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const std::string relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const std::string& p = spec.prefix;
    const std::string xmlns = p.empty() ? " xmlns=\"" + ns + "\"" : " xmlns:x=\"" + ns + "\"";
    formats::ZipWriter zip;
    zip.add("[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/"
            "2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>",
            spec.compress);
    zip.add("_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
            "package/2006/relationships\"><Relationship Type=\"" +
                relNs + "/officeDocument\" Target=\"" + std::string(spec.absoluteTargets ? "/" : "") +
                "xl/workbook.xml\" Id=\"R1\"/></Relationships>",
            spec.compress);
    auto sheetId = [&](std::size_t i) {
        // Scrambled: the last sheet gets rId1, the first the highest number, as RVTools does.
        return "rId" + std::to_string(spec.scrambledIds ? spec.sheets.size() - i : i + 1);
    };
    std::string wb =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><" + p + "workbook" + xmlns + " xmlns:r=\"" + relNs + "\">";
    if (spec.date1904) wb += "<" + p + "workbookPr date1904=\"1\"/>";
    wb += "<" + p + "sheets>";
    for (std::size_t i = 0; i < spec.sheets.size(); ++i)
        wb += "<" + p + "sheet name=\"" + spec.sheets[i].first + "\" sheetId=\"" + std::to_string(i + 1) +
              "\" r:id=\"" + sheetId(i) + "\"/>";
    wb += "</" + p + "sheets></" + p + "workbook>";
    zip.add("xl/workbook.xml", wb, spec.compress);

    const std::string base = spec.absoluteTargets ? "/xl/" : "";
    std::string rels = spec.bomInRels ? "\xEF\xBB\xBF" : "";
    rels += "<?xml version=\"1.0\" encoding=\"utf-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
            "package/2006/relationships\">";
    const bool hasStrings = !spec.sharedStrings.empty() || !spec.rawSharedStrings.empty();
    if (hasStrings)
        rels += "<Relationship Type=\"" + relNs + "/sharedStrings\" Target=\"" + base + "sharedStrings.xml\" Id=\"" +
                std::string(spec.scrambledIds ? "rId29" : "rId900") + "\"/>";
    if (!spec.styles.empty())
        rels += "<Relationship Type=\"" + relNs + "/styles\" Target=\"" + base + "styles.xml\" Id=\"rId901\"/>";
    for (std::size_t k = spec.sheets.size(); k-- > 0;) // listed in reverse, as files in the wild do
        rels += "<Relationship Type=\"" + relNs + "/worksheet\" Target=\"" + base + "worksheets/sheet" +
                std::to_string(k + 1) + ".xml\" Id=\"" + sheetId(k) + "\"/>";
    rels += "</Relationships>";
    zip.add("xl/_rels/workbook.xml.rels", rels, spec.compress);

    if (!spec.rawSharedStrings.empty()) {
        zip.add("xl/sharedStrings.xml", spec.rawSharedStrings, spec.compress);
    } else if (hasStrings) {
        std::string sst = "<?xml version=\"1.0\" encoding=\"utf-8\"?><" + p + "sst" + xmlns + " count=\"" +
                          std::to_string(spec.sharedStrings.size()) + "\" uniqueCount=\"" +
                          std::to_string(spec.sharedStrings.size()) + "\">";
        for (const std::string& s : spec.sharedStrings)
            sst += "<" + p + "si><" + p + "t>" + s + "</" + p + "t></" + p + "si>";
        sst += "</" + p + "sst>";
        zip.add("xl/sharedStrings.xml", sst, spec.compress);
    }
    if (!spec.styles.empty()) zip.add("xl/styles.xml", spec.styles, spec.compress);
    for (std::size_t i = 0; i < spec.sheets.size(); ++i)
        zip.add("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><" + p + "worksheet" + xmlns + "><" + p + "sheetData>" +
                    spec.sheets[i].second + "</" + p + "sheetData></" + p + "worksheet>",
                spec.compress);
    return zip.finish();
}

/// The whole file, or "" if it cannot be read.
inline std::string readFileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace est::test
