// tests/io/reader_limits_test.cpp - every reader refuses a bomb of its kind with an error naming the limit:
// ZIP entries and compression ratio, xlsx shared strings and cells, XML depth, CSV record length, JSON depth
// and size. Each bomb is generated here, a few bytes of source each.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "formats/csv.hpp"
#include "formats/csv_stream.hpp"
#include "io/scenario_json.hpp"
#include "formats/xlsx_reader.hpp"
#include "formats/xlsx_xml.hpp"
#include "formats/zip_reader.hpp"
#include "formats/zip_writer.hpp"
#include "../formats/xlsx_test_support.hpp"

using namespace est::io;
using namespace est::formats;

namespace {

std::string allProblems(const std::vector<InputProblem>& problems) {
    std::string out;
    for (const InputProblem& p : problems) out += p.where + ": " + p.message + "\n";
    return out;
}

// A workbook with one sheet "S" whose rows are `rows` (the inner XML of <sheetData>).
std::string book(std::string rows, std::string rawSharedStrings = {}, bool compress = true) {
    est::test::BookSpec spec;
    spec.sheets = {{"S", std::move(rows)}};
    spec.rawSharedStrings = std::move(rawSharedStrings);
    spec.compress = compress;
    return est::test::buildXlsx(spec);
}

} // namespace

TEST_CASE("a ZIP with more entries than the limit is refused before any is read", "[io][limits][zip]") {
    CHECK(ZipLimits{}.maxEntries == 10000);
    ZipWriter zip;
    for (int i = 0; i <= 10000; ++i) zip.add("e" + std::to_string(i), "", false);
    const std::string bytes = zip.finish();
    std::vector<InputProblem> problems;
    CHECK_FALSE(ZipReader::open(bytes, problems));
    CHECK(allProblems(problems).find("archive has 10001 entries, more than the limit of 10000") != std::string::npos);
    // One entry fewer is an archive like any other.
    ZipWriter fewer;
    for (int i = 0; i < 10000; ++i) fewer.add("e" + std::to_string(i), "", false);
    std::vector<InputProblem> none;
    CHECK(ZipReader::open(fewer.finish(), none));
}

TEST_CASE("an entry that inflates more than the ratio limit is a bomb and is not inflated", "[io][limits][zip]") {
    // 16 MiB of one byte deflates about 1,000 times; real sheets about 10-50 times.
    const std::string rows =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>name</t></is></c></row>" + std::string(16u << 20, ' ');
    std::vector<InputProblem> problems;
    const std::vector<Table> tables = readXlsx(book(rows), problems);
    CHECK(tables.empty());
    CHECK(allProblems(problems).find("times its compressed size, more than the limit of 500 (a ZIP bomb?)") !=
          std::string::npos);
    // The same sheet stored (ratio 1) reads.
    std::vector<InputProblem> stored;
    const std::vector<Table> read = readXlsx(book(rows, {}, false), stored);
    REQUIRE(read.size() == 1);
    CHECK(read[0].header == std::vector<std::string>{"name"});
}

TEST_CASE("shared strings past the limit are not read, and the problem names the limit", "[io][limits][xlsx]") {
    CHECK(XlsxReadOptions{}.maxSharedStrings == 4'000'000);
    std::string sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (int i = 0; i < 1500; ++i) sst += "<si><t>s" + std::to_string(i) + "</t></si>";
    sst += "</sst>";
    XlsxReadOptions options;
    options.maxSharedStrings = 1000;
    std::vector<InputProblem> problems;
    const std::vector<Table> tables =
        readXlsx(book("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>999</v></c><c r=\"B1\" t=\"s\"><v>1000</v></c></row>", sst),
                 problems, options);
    CHECK(allProblems(problems).find("more than 1000 shared strings (the limit): the rest were not read") !=
          std::string::npos);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].header.at(0) == "s999"); // the strings within the limit are there
}

TEST_CASE("a sheet of more rows than the cell limit stops at the limit and says so", "[io][limits][xlsx]") {
    CHECK(XlsxReadOptions{}.maxCells == 40'000'000);
    std::string rows;
    for (int r = 1; r <= 5000; ++r)
        rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) + "\"><v>1</v></c></row>";
    XlsxReadOptions options;
    options.maxCells = 1000;
    std::vector<InputProblem> problems;
    const std::vector<Table> tables = readXlsx(book(rows), problems, options);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].rows.size() == 999); // the header row and 999 more cells
    CHECK(allProblems(problems).find("more than 1000 cells (the import limit)") != std::string::npos);
}

TEST_CASE("XML nested deeper than the limit stops the scan with an error naming it", "[io][limits][xml]") {
    const auto nested = [](int depth) {
        std::string doc;
        for (int i = 0; i < depth; ++i) doc += "<a>";
        for (int i = 0; i < depth; ++i) doc += "</a>";
        return doc;
    };
    const std::string deep = nested(100000);
    xml::Scanner scanner(deep);
    xml::Tag tag;
    int tags = 0;
    while (scanner.next(tag)) ++tags;
    CHECK(tags == xml::kMaxXmlDepth);
    CHECK(scanner.error().find("elements nested deeper than 256 levels (the limit)") != std::string::npos);
    // At the limit a document scans to its end.
    const std::string ok = nested(xml::kMaxXmlDepth);
    xml::Scanner fine(ok);
    while (fine.next(tag)) {}
    CHECK(fine.error().empty());
    // Inside a workbook: the sheet is refused with the reason.
    std::vector<InputProblem> problems;
    readXlsx(book("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + nested(1000)), problems);
    CHECK(allProblems(problems).find("nested deeper than 256 levels") != std::string::npos);
}

TEST_CASE("a CSV record longer than the limit ends the reading, naming its line", "[io][limits][csv]") {
    CHECK(kMaxCsvRecordBytes == 1u << 20);
    for (const std::string& bomb :
         {std::string(2u << 20, 'x'), "\"" + std::string(2u << 20, 'x'), "\"a\n" + std::string(2u << 20, '\n')}) {
        const CsvResult csv = readCsv("name,vcpu\nweb,2\n" + bomb + "\nafter,4\n");
        CHECK(csv.table.rows.size() == 1);
        REQUIRE(csv.problems.size() == 1);
        CHECK(csv.problems[0].where == "line 3");
        CHECK(csv.problems[0].message ==
              "a record longer than 1048576 bytes (the limit): the file was read up to this line");
    }
    // The streaming reader (price lists) stops the same way.
    std::istringstream in("name,vcpu\nweb,2\n" + std::string(2u << 20, 'x') + "\nafter,4\n");
    CsvRecordReader reader(in);
    std::vector<std::string> fields;
    CHECK(reader.next(fields));
    CHECK(reader.next(fields));
    CHECK_FALSE(reader.next(fields));
    CHECK(reader.recordTooLong());
    CHECK(reader.line() == 3);
    // A record just under the limit is read.
    const CsvResult fine = readCsv("name\n" + std::string(kMaxCsvRecordBytes - 1, 'x') + "\n");
    CHECK(fine.problems.empty());
    CHECK(fine.table.rows.size() == 1);
}

TEST_CASE("a scenario file too deep or too large is refused before parsing, naming the limit", "[io][limits][json]") {
    const ScenarioLoad deep = loadScenario(std::string(100000, '[') + std::string(100000, ']'));
    REQUIRE(deep.errors.size() == 1);
    CHECK(deep.errors[0].message == "nesting deeper than 64 levels: not a scenario file");
    CHECK(kMaxScenarioJsonBytes == 256u << 20);
    std::string large = "{\"settings\": {}}";
    large.append(kMaxScenarioJsonBytes, ' '); // valid JSON, one step past the limit
    const ScenarioLoad refused = loadScenario(large);
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors[0].where == "(document)");
    CHECK(refused.errors[0].message == "larger than 256 MiB, the limit for a scenario file");
}
