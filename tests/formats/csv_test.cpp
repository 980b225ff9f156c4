// tests/formats/csv_test.cpp - the RFC 4180 CSV reader: quoting, line ends, BOM, separators, ragged rows, lines.
#include <catch2/catch.hpp>

#include <sstream>

#include "formats/csv.hpp"
#include "formats/csv_stream.hpp"

using est::formats::readCsv;

TEST_CASE("a plain CSV gives a trimmed header and rows with their line numbers", "[formats][csv]") {
    const auto r = readCsv(" a , b ,c\n1,2,3\n4,5,6\n");
    REQUIRE(r.table.header == std::vector<std::string>{"a", "b", "c"});
    REQUIRE(r.table.rows.size() == 2);
    CHECK(r.table.rows[1] == std::vector<std::string>{"4", "5", "6"});
    CHECK(r.table.rowLines == std::vector<int>{2, 3});
    CHECK(r.separator == ',');
    CHECK(r.problems.empty());
}

TEST_CASE("quoted fields keep separators, doubled quotes and line breaks, and lines count physical lines",
          "[formats][csv]") {
    const auto r =
        readCsv("name,note,n\r\n\"Smith, J\",\"He said \"\"hi\"\"\",1\r\n\"multi\r\nline\",\"x\",2\r\nlast,,3\r\n");
    REQUIRE(r.table.rows.size() == 3);
    CHECK(r.table.rows[0][0] == "Smith, J");
    CHECK(r.table.rows[0][1] == "He said \"hi\"");
    CHECK(r.table.rows[1][0] == "multi\nline"); // CRLF inside quotes kept as LF
    // Record 2 starts on line 3 and spans lines 3-4, so the next record starts on line 5.
    CHECK(r.table.rowLines == std::vector<int>{2, 3, 5});
    CHECK(r.table.rows[2] == std::vector<std::string>{"last", "", "3"});
}

TEST_CASE("a UTF-8 BOM is dropped and lone CR line ends work", "[formats][csv]") {
    const auto r = readCsv("\xEF\xBB\xBFVM,CPUs\r1,2\r3,4");
    REQUIRE(r.table.header == std::vector<std::string>{"VM", "CPUs"});
    REQUIRE(r.table.rows.size() == 2);
    CHECK(r.table.rows[1] == std::vector<std::string>{"3", "4"});
    CHECK(r.table.rowLines == std::vector<int>{2, 3});
}

TEST_CASE("the separator is detected from the header line, outside quotes", "[formats][csv]") {
    const auto semi = readCsv("VM;Memory;\"Note, with comma\"\nvm1;16.384;x\n");
    CHECK(semi.separator == ';');
    CHECK(semi.numberStyle == est::formats::text::NumberStyle::DecimalComma);
    REQUIRE(semi.table.rows.size() == 1);
    CHECK(semi.table.rows[0][1] == "16.384");
    const auto tab = readCsv("a\tb\tc\n1\t2\t3\n");
    CHECK(tab.separator == '\t');
    const auto comma = readCsv("\"a;b\",c\n1,2\n");
    CHECK(comma.separator == ',');
    const auto forced = readCsv("a;b,c\n", {}, est::formats::CsvOptions{',', {}});
    CHECK(forced.table.header.size() == 2);
}

TEST_CASE("ragged rows stay ragged and blank lines are skipped", "[formats][csv]") {
    const auto r = readCsv("a,b,c\n1\n\n1,2,3,4\n,,\n");
    REQUIRE(r.table.rows.size() == 3);
    CHECK(r.table.rows[0].size() == 1);
    CHECK(r.table.rows[1].size() == 4);
    CHECK(r.table.rows[2] == std::vector<std::string>{"", "", ""}); // separators only: a row, not a blank line
    CHECK(r.table.rowLines == std::vector<int>{2, 4, 5});
}

TEST_CASE("an unclosed quote and text after a closing quote are tolerated and reported", "[formats][csv]") {
    const auto r = readCsv("a,b\n\"x\"y,2\n3,\"open\n");
    REQUIRE(r.table.rows.size() == 2);
    CHECK(r.table.rows[0][0] == "xy");
    CHECK(r.table.rows[1][1] == "open\n");
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].where == "line 2");
    CHECK(r.problems[1].where == "line 3");
}

TEST_CASE("empty input and a header-only file give no rows", "[formats][csv]") {
    CHECK(readCsv("").table.header.empty());
    CHECK(readCsv("\n\n").table.header.empty());
    const auto h = readCsv("a,b");
    CHECK(h.table.header.size() == 2);
    CHECK(h.table.rows.empty());
}

TEST_CASE("UTF-16 files with a BOM are converted and invalid UTF-8 becomes U+FFFD", "[formats][csv]") {
    // "a,b\n1,é\n" in UTF-16 LE with BOM
    const std::string utf16("\xFF\xFE"
                            "a\0,\0b\0\n\0"
                            "1\0,\0\xE9\0\n\0",
                            18);
    const auto r = readCsv(utf16);
    CHECK(r.utf16);
    REQUIRE(r.table.rows.size() == 1);
    CHECK(r.table.rows[0][1] == "\xC3\xA9");
    const auto bad = readCsv("a\n\xFF\xFEx\n");
    REQUIRE(bad.table.rows.size() == 1);
    CHECK(bad.table.rows[0][0] == "\xEF\xBF\xBD\xEF\xBF\xBDx");
}

TEST_CASE("fields written by appendCsvField read back unchanged", "[formats][csv]") {
    const std::vector<std::string> cells = {"plain", "with,comma", "with \"quote\"", "two\nlines", ""};
    std::string line = "h1,h2,h3,h4,h5\n";
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) line.push_back(',');
        est::formats::appendCsvField(line, cells[i]);
    }
    line.push_back('\n');
    const auto r = readCsv(line);
    REQUIRE(r.table.rows.size() == 1);
    CHECK(r.table.rows[0] == cells);
}

TEST_CASE("a column filter keeps only the selected columns, aligned with the header", "[formats][csv]") {
    est::formats::CsvOptions options;
    options.selectColumns = [](const std::vector<std::string>& header) {
        std::vector<bool> keep(header.size(), false);
        for (std::size_t i = 0; i < header.size(); ++i) keep[i] = header[i] != "skip";
        return keep;
    };
    // The skipped column holds a quote in mid-text and a quoted multi-line cell: both must still parse.
    const auto r = est::formats::readCsv("a,skip,b\n1,x\"y,2\n3,\"l1\nl2\",4\n5\n", {}, options);
    REQUIRE(r.table.header == std::vector<std::string>{"a", "b"});
    REQUIRE(r.table.rows.size() == 3);
    CHECK(r.table.rows[0] == std::vector<std::string>{"1", "2"});
    CHECK(r.table.rows[1] == std::vector<std::string>{"3", "4"});
    CHECK(r.table.rows[2] == std::vector<std::string>{"5"});
    CHECK(r.table.rowLines == std::vector<int>{2, 3, 5});
}

TEST_CASE("the streaming CSV reader reads bytes in memory as it reads a stream", "[formats][csv]") {
    // A BOM, a quoted cell holding a line break, then enough rows that records cross the reader's 64 KiB chunks:
    // "row<i>,<i>" for i = 1..20000 is 277,788 bytes.
    std::string text = "\xEF\xBB\xBFname,\"two\nlines\"\r\n";
    for (int i = 1; i <= 20000; ++i) text += "row" + std::to_string(i) + "," + std::to_string(i) + "\n";
    est::formats::MemoryByteSource memory(text);
    est::formats::CsvRecordReader fromMemory(memory);
    std::istringstream stream(text);
    est::formats::CsvRecordReader fromStream(stream);
    std::vector<std::string> a, b;
    REQUIRE(fromMemory.next(a));
    REQUIRE(fromStream.next(b));
    CHECK(a == std::vector<std::string>{"name", "two\nlines"});
    CHECK(b == a);
    long long sum = 0;
    int rows = 0;
    while (fromMemory.next(a)) {
        REQUIRE(fromStream.next(b));
        CHECK(a == b);
        sum += std::stoll(a[1]);
        ++rows;
    }
    CHECK_FALSE(fromStream.next(b));
    CHECK(rows == 20000);
    CHECK(sum == 200010000);           // 1 + ... + 20000 = 20000 * 20001 / 2
    CHECK(fromMemory.line() == 20002); // the header spans lines 1-2, row i starts on line i + 2
}
