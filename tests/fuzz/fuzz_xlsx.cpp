// tests/fuzz/fuzz_xlsx.cpp - libFuzzer target: any bytes through the .xlsx reader and the RVTools workbook import.
//
// Two ways in. Bytes starting with "PK" are read as the workbook itself (ZIP parsing, inflate, limits). Since
// every entry carries a CRC-32 that random mutations almost never keep, the XML layer behind it would hardly be
// reached that way: other bytes are split on "\n@@\n" into the parts of a workbook (workbook.xml, its
// relationships, sharedStrings.xml, styles.xml, then one worksheet per remaining piece) and zipped with a
// correct CRC, so the fuzzer mutates the XML directly.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/rvtools_workbook.hpp"
#include "formats/xlsx_reader.hpp"
#include "formats/zip_writer.hpp"

namespace {

void readEveryWay(std::string_view bytes) {
    // The path a dropped workbook takes: the cheap sniff, the sheet list, then every sheet.
    (void)est::formats::looksLikeXlsx(bytes);
    std::vector<est::formats::InputProblem> problems;
    (void)est::formats::readXlsxSheetNames(bytes, problems);
    est::formats::XlsxReadOptions options;
    options.maxCells = 200'000; // keeps a zip bomb of cells within the fuzzer's memory limit
    (void)est::formats::readXlsx(bytes, problems, options);
    // Small windows and raw serials: the chunk boundaries and the other date branch see the same bytes.
    options.chunkBytes = 4096;
    options.datesAsIso = false;
    options.onlySheets = {"vInfo", "Sheet1"};
    options.selectColumns = [](const std::string&, const std::vector<std::string>& header) {
        std::vector<bool> keep(header.size());
        for (std::size_t i = 0; i < keep.size(); ++i) keep[i] = i % 2 == 0;
        return keep;
    };
    (void)est::formats::readXlsx(bytes, problems, options);
    // The whole RVTools workbook import, with the used-disk option that takes the vPartition branch.
    est::io::RvToolsWorkbookOptions rv;
    rv.storageFromUsedDisk = (bytes.size() % 2) == 1;
    const est::io::RvToolsWorkbookImport imported = est::io::importRvToolsWorkbook(bytes, rv);
    est::model::OnPremDrivers drivers;
    (void)est::io::applyHostDrivers(imported.hosts, 64.0, drivers);
}

std::string zipParts(std::string_view text) {
    std::vector<std::string_view> parts;
    constexpr std::string_view kSeparator = "\n@@\n";
    while (parts.size() < 12) {
        const std::size_t at = text.find(kSeparator);
        parts.push_back(text.substr(0, at));
        if (at == std::string_view::npos) break;
        text.remove_prefix(at + kSeparator.size());
    }
    static const char* const kFixed[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
                                         "xl/styles.xml"};
    est::formats::ZipWriter zip;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string name =
            i < 4 ? std::string(kFixed[i]) : "xl/worksheets/sheet" + std::to_string(i - 3) + ".xml";
        zip.add(name, parts[i], i % 2 == 0); // alternate deflated and stored entries
    }
    return zip.finish();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (bytes.substr(0, 2) == "PK")
        readEveryWay(bytes);
    else
        readEveryWay(zipParts(bytes));
    return 0;
}
