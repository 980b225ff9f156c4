// tests/formats/xlsx_reader_test.cpp - the ZIP reader and .xlsx reader on made-up pitfall workbooks and real samples.
#include "formats/inflate.hpp"
#include "formats/xlsx_reader.hpp"
#include "formats/zip_reader.hpp"
#include "formats/zip_writer.hpp"
#include "xlsx_test_support.hpp"
#include "../shared_samples.hpp"

#include <catch2/catch.hpp>

#include <chrono>

using est::formats::InputProblem;
using est::formats::Table;
using est::test::BookSpec;
using est::test::buildXlsx;

namespace {

const std::string kSamples = EST_SAMPLES_DIR;

std::string sample(const std::string& name) { return est::test::readFileBytes(kSamples + "/rvtools/" + name); }

const Table* sheet(const std::vector<Table>& tables, const std::string& name) {
    for (const Table& t : tables)
        if (t.name == name) return &t;
    return nullptr;
}

std::string allProblems(const std::vector<InputProblem>& problems) {
    std::string s;
    for (const InputProblem& p : problems) s += p.where + ": " + p.message + "\n";
    return s;
}

// The RVTools shape: header of shared strings, then numbers.
std::string vinfoRows(const std::string& p) {
    return "<" + p + "row r=\"1\"><" + p + "c r=\"A1\" t=\"s\"><" + p + "v>0</" + p + "v></" + p + "c><" + p +
           "c r=\"B1\" t=\"s\"><" + p + "v>1</" + p + "v></" + p + "c><" + p + "c r=\"C1\" t=\"s\"><" + p + "v>2</" +
           p + "v></" + p + "c></" + p + "row><" + p + "row r=\"2\"><" + p + "c r=\"A2\" t=\"s\"><" + p + "v>3</" + p +
           "v></" + p + "c><" + p + "c r=\"B2\"><" + p + "v>4</" + p + "v></" + p + "c><" + p + "c r=\"C2\"><" + p +
           "v>8192</" + p + "v></" + p + "c></" + p + "row>";
}

const std::vector<std::string> kVinfoStrings = {"VM", "CPUs", "Memory", "web-01"};

void expectVinfo(const std::vector<Table>& tables) {
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].name == "vInfo");
    CHECK(tables[0].header == std::vector<std::string>{"VM", "CPUs", "Memory"});
    REQUIRE(tables[0].rows.size() == 1);
    CHECK(tables[0].rows[0] == std::vector<std::string>{"web-01", "4", "8192"});
    CHECK(tables[0].rowLines == std::vector<int>{2});
}

// Builds the one-VM vInfo book with `spec`'s packaging quirk (elements prefixed with `prefix`) and expects it to
// read exactly like a plain one, with no problems.
void expectCleanVinfo(BookSpec spec, const std::string& prefix) {
    spec.prefix = prefix;
    spec.sharedStrings = kVinfoStrings;
    spec.sheets = {{"vInfo", vinfoRows(prefix)}};
    std::vector<InputProblem> problems;
    expectVinfo(est::formats::readXlsx(buildXlsx(spec), problems));
    CHECK(allProblems(problems) == "");
}

} // namespace

TEST_CASE("a stored and a deflated ZIP entry read back byte for byte with their CRC checked", "[formats][xlsx][zip]") {
    std::string big(100000, 'a');
    for (std::size_t i = 0; i < big.size(); i += 7) big[i] = static_cast<char>('a' + i % 26);
    est::formats::ZipWriter writer;
    writer.add("stored.txt", "hello", false);
    writer.add("dir/deflated.txt", big, true);
    writer.add("empty", "", true);
    const std::string zip = writer.finish();
    CHECK(zip.size() < big.size()); // deflate did compress the repetitive entry

    std::vector<InputProblem> problems;
    auto reader = est::formats::ZipReader::open(zip, problems);
    REQUIRE(reader);
    REQUIRE(reader->entries().size() == 3);
    CHECK(reader->entries()[0].method == 0);
    CHECK(reader->entries()[1].method == 8);
    std::string out;
    CHECK(reader->read("stored.txt", out) == "");
    CHECK(out == "hello");
    CHECK(reader->read("DIR/Deflated.TXT", out) == ""); // case-insensitive fallback
    CHECK(out == big);
    CHECK(reader->read("empty", out) == "");
    CHECK(out.empty());
    CHECK(reader->read("missing", out) == "no such part in the archive");
    CHECK(problems.empty());
}

TEST_CASE("CRC-32 matches the published check value", "[formats][xlsx][zip]") {
    // The standard CRC-32 check value: crc32("123456789") = 0xCBF43926.
    CHECK(est::formats::crc32Of("123456789") == 0xCBF43926u);
    CHECK(est::formats::crc32Of("6789", est::formats::crc32Of("12345")) == 0xCBF43926u);
}

TEST_CASE("broken archives give clear problems and never crash", "[formats][xlsx][zip]") {
    std::vector<InputProblem> problems;
    SECTION("not a zip") {
        CHECK(est::formats::readXlsx("name,cpus\nweb,2\n", problems).empty());
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message.find("not a ZIP archive") != std::string::npos);
        CHECK_FALSE(est::formats::looksLikeXlsx("name,cpus"));
    }
    SECTION("empty input") {
        CHECK(est::formats::readXlsx("", problems).empty());
        REQUIRE(problems.size() == 1);
    }
    SECTION("a ZIP that is not a workbook") {
        est::formats::ZipWriter w;
        w.add("readme.txt", "hi");
        CHECK(est::formats::readXlsx(w.finish(), problems).empty());
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message == "not an Excel workbook: no xl/workbook.xml part");
    }
    SECTION("a corrupted entry is reported by CRC, the other sheets still read") {
        BookSpec spec;
        spec.sheets = {{"one", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ok</t></is></c></row>"},
                       {"two", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>zz</t></is></c></row>"}};
        spec.compress = false;
        std::string bytes = buildXlsx(spec);
        const std::size_t at = bytes.find("<is><t>zz");
        REQUIRE(at != std::string::npos);
        bytes[at + 7] = 'q'; // same length, different content: only the CRC can notice
        const auto tables = est::formats::readXlsx(bytes, problems);
        REQUIRE(tables.size() == 1);
        CHECK(tables[0].header == std::vector<std::string>{"ok"});
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].where == "sheet two");
        CHECK(problems[0].message.find("CRC-32 mismatch") != std::string::npos);
    }
    SECTION("ZIP64 archives are rejected by name") {
        est::formats::ZipWriter w;
        w.add("a", "b");
        std::string bytes = w.finish();
        // Mark the entry count as 0xFFFF, the ZIP64 escape value.
        bytes[bytes.size() - 12] = '\xFF';
        bytes[bytes.size() - 11] = '\xFF';
        bytes[bytes.size() - 14] = '\xFF';
        bytes[bytes.size() - 13] = '\xFF';
        CHECK_FALSE(est::formats::ZipReader::open(bytes, problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message.find("ZIP64") != std::string::npos);
    }
    SECTION("an entry declaring a huge size is refused before inflating") {
        est::formats::ZipWriter w;
        w.add("a", std::string(5000, 'x'));
        std::string bytes = w.finish();
        est::formats::ZipLimits limits;
        limits.maxEntryBytes = 1000;
        auto reader = est::formats::ZipReader::open(bytes, problems, limits);
        REQUIRE(reader);
        std::string out;
        CHECK(reader->read("a", out).find("over the limit") != std::string::npos);
    }
}

TEST_CASE("truncated and bit-flipped real workbooks never crash the reader", "[formats][xlsx][robust]") {
    const std::string bytes = sample("mjvincent-rvtools-to-ibm-cloud_rvtools-small-complete.SYNTHETIC.xlsx");
    if (bytes.empty() && !est::test::samplePresent(kSamples)) return; // CI: a missing samples folder fails
    std::uint32_t seed = 12345;
    auto rnd = [&]() {
        seed = seed * 1103515245u + 12345u;
        return seed >> 8;
    };
    int withProblems = 0;
    for (int i = 0; i < 300; ++i) {
        std::string damaged = bytes;
        if (i % 3 == 0) {
            damaged.resize(rnd() % bytes.size());
        } else {
            for (int k = 0; k < 1 + i % 5; ++k) damaged[rnd() % damaged.size()] = static_cast<char>(rnd());
        }
        std::vector<InputProblem> problems;
        const auto tables = est::formats::readXlsx(damaged, problems);
        if (!problems.empty()) ++withProblems;
        for (const Table& t : tables) CHECK(t.rows.size() == t.rowLines.size());
    }
    CHECK(withProblems > 200); // almost every damaged copy is noticed (CRC, structure)
}

TEST_CASE("RVTools-style x: prefixed elements read like unprefixed ones", "[formats][xlsx][pitfall]") {
    expectCleanVinfo(BookSpec{}, "x:");
}

TEST_CASE("a UTF-8 BOM in the workbook relationships is skipped", "[formats][xlsx][pitfall]") {
    BookSpec spec;
    spec.bomInRels = true;
    expectCleanVinfo(spec, "");
}

TEST_CASE("absolute part targets (/xl/worksheets/...) resolve from the package root", "[formats][xlsx][pitfall]") {
    BookSpec spec;
    spec.absoluteTargets = true;
    expectCleanVinfo(spec, "");
}

TEST_CASE("sheets are matched to parts by r:id, not by position", "[formats][xlsx][pitfall]") {
    BookSpec spec;
    spec.scrambledIds = true; // first sheet -> rId3 -> sheet1.xml, but listed last; strings are rId29
    spec.sharedStrings = {"first", "second", "third"};
    spec.sheets = {{"A", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"},
                   {"B", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row>"},
                   {"C", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c></row>"}};
    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(buildXlsx(spec), problems);
    REQUIRE(tables.size() == 3);
    CHECK(tables[0].name == "A");
    CHECK(tables[0].header[0] == "first");
    CHECK(tables[1].header[0] == "second");
    CHECK(tables[2].header[0] == "third");
    CHECK(problems.empty());
    CHECK(est::formats::readXlsxSheetNames(buildXlsx(spec), problems) == std::vector<std::string>{"A", "B", "C"});
}

TEST_CASE("empty string cells <c t=\"s\"/> and styled cells without a value stay empty", "[formats][xlsx][pitfall]") {
    BookSpec spec;
    spec.prefix = "x:";
    spec.sharedStrings = {"VM", "Annotation", "CPUs", "db-01"};
    spec.sheets = {{"vInfo", "<x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"B1\" t=\"s\"><x:v>1</x:v>"
                             "</x:c><x:c r=\"C1\" t=\"s\"><x:v>2</x:v></x:c></x:row>"
                             "<x:row r=\"2\"><x:c r=\"A2\" t=\"s\"><x:v>3</x:v></x:c><x:c r=\"B2\" s=\"2\" t=\"s\" />"
                             "<x:c r=\"C2\" s=\"1\"><x:v>2</x:v></x:c></x:row>"}};
    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(buildXlsx(spec), problems);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 1);
    CHECK(tables[0].rows[0] == std::vector<std::string>{"db-01", "", "2"});
    CHECK(problems.empty());
}

TEST_CASE("thousands of empty styled rows after the data are skipped quickly", "[formats][xlsx][pitfall]") {
    std::string rows = "<row r=\"1\" spans=\"1:3\"><c r=\"A1\" t=\"inlineStr\"><is><t>VM</t></is></c></row>"
                       "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>vm-1</t></is></c></row>";
    // 50,000 rows as LibreOffice pads them: styled, with styled empty cells, and self-closing ones.
    for (int r = 3; r < 50003; ++r) {
        const std::string n = std::to_string(r);
        rows += r % 2 == 0 ? "<row r=\"" + n + "\" s=\"3\" customFormat=\"1\"/>"
                           : "<row r=\"" + n + "\" s=\"3\"><c r=\"A" + n + "\" s=\"3\"/><c r=\"B" + n +
                                 "\" s=\"3\" t=\"s\"/></row>";
    }
    BookSpec spec;
    spec.sheets = {{"vInfo", rows}};
    const std::string bytes = buildXlsx(spec);
    std::vector<InputProblem> problems;
    const auto start = std::chrono::steady_clock::now();
    const auto tables = est::formats::readXlsx(bytes, problems);
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].rows.size() == 1);
    CHECK(tables[0].rowLines == std::vector<int>{2});
    CHECK(ms < 2000.0); // ~3 MB of XML; generous bound for a loaded machine and sanitizers
}

TEST_CASE("partial rows are shorter than the header and keep their gaps", "[formats][xlsx][pitfall]") {
    BookSpec spec;
    spec.sheets = {{"s",
                    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>VM</t></is></c><c r=\"B1\" t=\"inlineStr\"><is>"
                    "<t>CPUs</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Memory</t></is></c><c r=\"F1\" "
                    "t=\"inlineStr\"><is><t>Host</t></is></c></row>"
                    "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>vm-9</t></is></c></row>"
                    "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>vm-10</t></is></c><c r=\"F3\" "
                    "t=\"inlineStr\"><is><t>esx1</t></is></c></row>"
                    // cells without r continue after the previous one
                    "<row><c t=\"inlineStr\"><is><t>vm-11</t></is></c><c><v>2</v></c></row>"}};
    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(buildXlsx(spec), problems);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].header == std::vector<std::string>{"VM", "CPUs", "Memory", "", "", "Host"});
    REQUIRE(tables[0].rows.size() == 3);
    CHECK(tables[0].rows[0] == std::vector<std::string>{"vm-9"});
    CHECK(tables[0].rows[1] == std::vector<std::string>{"vm-10", "", "", "", "", "esx1"});
    CHECK(tables[0].rows[2] == std::vector<std::string>{"vm-11", "2"});
    CHECK(tables[0].rowLines == std::vector<int>{2, 3, 4});
}

TEST_CASE("header cells are trimmed (\"Free % \"), data cells are kept as written", "[formats][xlsx][pitfall]") {
    BookSpec spec;
    spec.sharedStrings = {"VM", "Free % ", " padded "};
    spec.sheets = {{"vPartition", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                                  "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><v>12</v></c></row>"}};
    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(buildXlsx(spec), problems);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].header == std::vector<std::string>{"VM", "Free %"});
    CHECK(tables[0].rows[0] == std::vector<std::string>{" padded ", "12"});
}

TEST_CASE("inline strings, rich text runs, entities and _xHHHH_ escapes decode to plain UTF-8",
          "[formats][xlsx][pitfall]") {
    BookSpec spec;
    spec.rawSharedStrings =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\" uniqueCount=\"3\">"
        "<si><r><rPr><b/></rPr><t>Rich</t></r><r><t xml:space=\"preserve\"> text</t></r>"
        "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>"
        "<si><t>R&amp;D &lt;lab&gt; caf&#233; &#x4E2D;</t></si>"
        "<si><t>line1_x000D__x000A_line2</t></si><si/></sst>";
    spec.sheets = {{"s", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                         "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line"
                         "</t></r></is></c><c r=\"E1\" t=\"inlineStr\"><is><t><![CDATA[<raw>]]></t></is></c></row>"}};
    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(buildXlsx(spec), problems);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].header == std::vector<std::string>{"Rich text", "R&D <lab> caf\xC3\xA9 \xE4\xB8\xAD",
                                                       "line1\r\nline2", "inline", "<raw>"});
    CHECK(problems.empty());
}

TEST_CASE("booleans, errors, formulas and numbers keep their meaning", "[formats][xlsx][pitfall]") {
    BookSpec spec;
    spec.sheets = {{"s", "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c>"
                         "<c r=\"C1\" t=\"e\"><v>#N/A</v></c><c r=\"D1\"><f>1+1</f><v>2</v></c>"
                         "<c r=\"E1\" t=\"str\"><f>A1&amp;\"x\"</f><v>TRUEx</v></c><c r=\"F1\"><v>1.5E-3</v></c>"
                         "<c r=\"G1\" t=\"s\"><v>7</v></c></row>"}};
    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(buildXlsx(spec), problems);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].header == std::vector<std::string>{"TRUE", "FALSE", "#N/A", "2", "TRUEx", "1.5E-3"});
    // G1 points at a shared string that does not exist (there is no table): reported, left empty.
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].where == "sheet s row 1");
}

TEST_CASE("date-styled numbers become ISO dates, other numbers stay raw", "[formats][xlsx][pitfall]") {
    BookSpec spec;
    spec.styles =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"2\">"
        "<numFmt numFmtId=\"164\" formatCode=\"yyyy/mm/dd hh:mm:ss\"/><numFmt numFmtId=\"165\" "
        "formatCode=\"#,##0&quot; MiB&quot;\"/></numFmts><cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/>"
        "</cellStyleXfs><cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"164\"><alignment/></xf><xf numFmtId=\"165\"/></cellXfs></styleSheet>";
    spec.sheets = {{"s",
                    "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45965</v></c><c r=\"B1\" s=\"2\"><v>45965.0421064815</v></c>"
                    "<c r=\"C1\" s=\"3\"><v>2048</v></c><c r=\"D1\" s=\"0\"><v>45965</v></c></row>"}};
    std::vector<InputProblem> problems;
    const std::string bytes = buildXlsx(spec);
    auto tables = est::formats::readXlsx(bytes, problems);
    REQUIRE(tables.size() == 1);
    // Serial 45965 = 1899-12-30 + 45965 days = 2025-11-04; .0421064815 day = 3638.0 s = 01:00:38.
    CHECK(tables[0].header == std::vector<std::string>{"2025-11-04", "2025-11-04T01:00:38", "2048", "45965"});
    est::formats::XlsxReadOptions raw;
    raw.datesAsIso = false;
    tables = est::formats::readXlsx(bytes, problems, raw);
    CHECK(tables[0].header == std::vector<std::string>{"45965", "45965.0421064815", "2048", "45965"});
    CHECK(problems.empty());
}

TEST_CASE("Excel serials convert with the 1900 leap-year bug and the 1904 system", "[formats][xlsx]") {
    CHECK(est::formats::excelSerialToIso(1) == "1900-01-01");
    CHECK(est::formats::excelSerialToIso(59) == "1900-02-28");
    CHECK(est::formats::excelSerialToIso(61) == "1900-03-01"); // serial 60 is Excel's fictional 1900-02-29
    CHECK(est::formats::excelSerialToIso(25569) == "1970-01-01");
    CHECK(est::formats::excelSerialToIso(0.5) == "12:00:00");
    CHECK(est::formats::excelSerialToIso(0, true) == "1904-01-01");
    CHECK(est::formats::excelSerialToIso(-1).empty());
    CHECK(est::formats::excelSerialToIso(1e300).empty());
}

TEST_CASE("cell references give zero-based columns up to XFD", "[formats][xlsx]") {
    CHECK(est::formats::columnIndexOf("A1") == 0);
    CHECK(est::formats::columnIndexOf("Z9") == 25);
    CHECK(est::formats::columnIndexOf("AA10") == 26);
    CHECK(est::formats::columnIndexOf("$AB$12") == 27);
    CHECK(est::formats::columnIndexOf("XFD1") == 16383);
    CHECK(est::formats::columnIndexOf("XFE1") == -1);
    CHECK(est::formats::columnIndexOf("12") == -1);
}

TEST_CASE("only the requested sheets are read", "[formats][xlsx]") {
    BookSpec spec;
    spec.sheets = {{"vInfo", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"},
                   {"vDisk", "<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>"}};
    est::formats::XlsxReadOptions options;
    options.onlySheets = {"VINFO"};
    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(buildXlsx(spec), problems, options);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].name == "vInfo");
}

TEST_CASE("the 805-VM RVTools 3.x workbook reads 805 vInfo rows past 2,700 empty styled rows",
          "[formats][xlsx][sample]") {
    const std::string bytes = sample("mjvincent-rvtools-to-ibm-cloud_SizingWorkshop-RVTools.xlsx");
    if (bytes.empty() && !est::test::samplePresent(kSamples)) return; // CI: a missing samples folder fails
    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(bytes, problems);
    CHECK(allProblems(problems) == "");
    REQUIRE(tables.size() == 4);
    const Table* vinfo = sheet(tables, "vInfo");
    REQUIRE(vinfo);
    // Counts from the README (stdlib-only reader): vInfo 805, vNetwork 805, vPartition 1,618, vHost 34.
    CHECK(vinfo->rows.size() == 805);
    CHECK(sheet(tables, "vNetwork")->rows.size() == 805);
    CHECK(sheet(tables, "vPartition")->rows.size() == 1618);
    CHECK(sheet(tables, "vHost")->rows.size() == 34);
    REQUIRE(vinfo->header.size() == 14);
    CHECK(vinfo->header[7] == "Provisioned MB");
    CHECK(sheet(tables, "vPartition")->header[7] == "Free %"); // "Free % " in the file
    CHECK(vinfo->rows[0][0] == "wadfs1");
    CHECK(vinfo->rowLines.front() == 2);
    CHECK(vinfo->rowLines.back() == 806);
}

TEST_CASE("the LibreOffice-resaved kubev2v workbook keeps its partial row short", "[formats][xlsx][sample]") {
    const std::string bytes = sample("kubev2v-migration-planner_example1.xlsx");
    if (bytes.empty() && !est::test::samplePresent(kSamples)) return; // CI: a missing samples folder fails
    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(bytes, problems);
    CHECK(allProblems(problems) == "");
    REQUIRE(tables.size() == 6);
    const Table* vinfo = sheet(tables, "vInfo");
    REQUIRE(vinfo);
    CHECK(vinfo->rows.size() == 9);
    CHECK(vinfo->header.size() == 79);
    CHECK(sheet(tables, "vHost")->rows.size() == 7);
    int partial = 0;
    for (const auto& row : vinfo->rows)
        if (row.size() <= 10) ++partial;
    CHECK(partial == 1); // vm-9: only the first 10 cells are filled (formats.md 1.8)
}

TEST_CASE("the synthetic openpyxl workbook reads all 17 sheets without problems", "[formats][xlsx][sample]") {
    const std::string bytes = sample("mjvincent-rvtools-to-ibm-cloud_rvtools-small-complete.SYNTHETIC.xlsx");
    if (bytes.empty() && !est::test::samplePresent(kSamples)) return; // CI: a missing samples folder fails
    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(bytes, problems);
    CHECK(allProblems(problems) == "");
    CHECK(tables.size() == 17);
    REQUIRE(sheet(tables, "vInfo"));
    CHECK(sheet(tables, "vInfo")->rows.size() == 3);
}

TEST_CASE("a column selector keeps only the flagged columns, rows lined up with the header", "[formats][xlsx]") {
    BookSpec spec;
    spec.sharedStrings = {"VM", "Annotation", "CPUs", "web", "note"};
    spec.sheets = {{"vInfo",
                    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" "
                    "t=\"s\"><v>2</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" t=\"s\">"
                    "<v>4</v></c><c r=\"C2\"><v>4</v></c><c r=\"H2\"><v>9</v></c></row>"}};
    est::formats::XlsxReadOptions options;
    std::string seenSheet;
    options.selectColumns = [&](const std::string& sheetName, const std::vector<std::string>& header) {
        seenSheet = sheetName;
        std::vector<bool> keep;
        for (const auto& h : header) keep.push_back(h != "Annotation");
        return keep;
    };
    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(buildXlsx(spec), problems, options);
    REQUIRE(tables.size() == 1);
    CHECK(seenSheet == "vInfo");
    CHECK(tables[0].header == std::vector<std::string>{"VM", "CPUs"});
    REQUIRE(tables[0].rows.size() == 1);
    CHECK(tables[0].rows[0] == std::vector<std::string>{"web", "4"}); // "note" and H2 (past the header) dropped
}

TEST_CASE("sheets parsed in small windows give the same tables as in one piece", "[formats][xlsx]") {
    std::vector<std::string> files = {"mjvincent-rvtools-to-ibm-cloud_SizingWorkshop-RVTools.xlsx",
                                      "kubev2v-migration-planner_example1.xlsx",
                                      "mjvincent-rvtools-to-ibm-cloud_rvtools-small-complete.SYNTHETIC.xlsx"};
    // Plus a made-up one whose cell text holds ">" and "row>" (legal unescaped), across many windows.
    std::string rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>VM</t></is></c><c r=\"B1\" t=\"inlineStr\"><is>"
                       "<t>Note</t></is></c></row>";
    for (int r = 2; r < 3000; ++r)
        rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) + "\" t=\"inlineStr\"><is><t>vm-" +
                std::to_string(r) + "</t></is></c><c r=\"B" + std::to_string(r) +
                "\" t=\"inlineStr\"><is><t>a > b &lt;/row> c /row></t></is></c></row>";
    BookSpec spec;
    spec.sheets = {{"big", rows}};
    const std::string made = buildXlsx(spec);
    std::vector<std::string> inputs;
    for (const auto& f : files) {
        std::string bytes = sample(f);
        if (!bytes.empty()) inputs.push_back(std::move(bytes));
    }
    inputs.push_back(made);
    for (const std::string& bytes : inputs) {
        std::vector<InputProblem> p1, p2;
        est::formats::XlsxReadOptions small;
        small.chunkBytes = 1; // clamped to 4 KiB: hundreds of windows
        const auto whole = est::formats::readXlsx(bytes, p1);
        const auto windowed = est::formats::readXlsx(bytes, p2, small);
        REQUIRE(whole.size() == windowed.size());
        for (std::size_t i = 0; i < whole.size(); ++i) {
            CHECK(whole[i].header == windowed[i].header);
            CHECK(whole[i].rows == windowed[i].rows);
            CHECK(whole[i].rowLines == windowed[i].rowLines);
        }
        CHECK(p1 == p2);
    }
    std::vector<InputProblem> problems;
    const auto tables = est::formats::readXlsx(made, problems);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0].rows.size() == 2998);
    CHECK(tables[0].rows[2997][1] == "a > b </row> c /row>");
}

TEST_CASE("far-right cells count their empty slots against the cell limit (fuzz_xlsx: memory blow-up)",
          "[formats][xlsx][robust]") {
    // Found by tests/fuzz/fuzz_xlsx: one cell at column XFD per row costs ~25 bytes of XML but 16,384 stored
    // strings (the gaps before it). 40 such rows = 40 x 16,384 = 655,360 slots; with a limit of 100,000 the
    // read must stop after 6 rows (6 x 16,384 = 98,304 <= 100,000 < 7 x 16,384), say so, and keep <= 100,000.
    std::string rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>VM</t></is></c></row>";
    for (int r = 2; r < 42; ++r)
        rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"XFD" + std::to_string(r) + "\"><v>1</v></c></row>";
    BookSpec spec;
    spec.sheets = {{"Sheet1", rows}};
    std::vector<InputProblem> problems;
    est::formats::XlsxReadOptions options;
    options.maxCells = 100'000;
    const auto tables = est::formats::readXlsx(buildXlsx(spec), problems, options);
    REQUIRE(tables.size() == 1);
    std::size_t stored = tables[0].header.size();
    for (const auto& row : tables[0].rows) stored += row.size();
    CHECK(stored <= 100'000);
    CHECK(tables[0].rows.size() == 6);
    REQUIRE(!tables[0].rows.empty());
    CHECK(tables[0].rows[0].size() == 16'384);
    CHECK(tables[0].rows[0].back() == "1");
    CHECK(allProblems(problems).find("more than 100000 cells (the import limit)") != std::string::npos);
}
