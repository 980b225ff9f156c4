// tests/formats/gzip_stream_test.cpp - gzip inflated chunk by chunk, and a CSV read from a .csv.gz as it inflates.
#include "formats/csv_stream.hpp"
#include "formats/gzip_stream.hpp"
#include "formats/inflate.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

using namespace est::formats;

namespace {

const std::string kCsv = "line_item_usage_account_id,line_item_unblended_cost\n111122223333,1.25\n444455556666,2.50\n";

// kCsv as Python's gzip.compress(data, mtime=0) wrote it (87 bytes): a fixture no code of ours produced.
const unsigned char kCsvGz[] = {
    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x45, 0xc9, 0x31, 0x0e, 0x80, 0x20, 0x0c, 0x00,
    0xc0, 0xbd, 0x6f, 0x21, 0x44, 0xaa, 0xf8, 0x9d, 0x06, 0xa1, 0x21, 0x4d, 0x6a, 0x19, 0x80, 0xff, 0xdb, 0xcd,
    0x5b, 0x4f, 0xc5, 0x98, 0x64, 0xf1, 0x4b, 0x7b, 0x96, 0xce, 0x54, 0x6a, 0x1d, 0xdb, 0x16, 0x49, 0x0b, 0xfa,
    0x97, 0x3d, 0xca, 0xd6, 0xb8, 0x51, 0x1d, 0x73, 0x41, 0x72, 0xe8, 0x4e, 0x17, 0x52, 0xc4, 0x0c, 0x97, 0xcb,
    0xee, 0x76, 0x01, 0x63, 0x3e, 0xe0, 0x03, 0x27, 0x33, 0x9b, 0x3a, 0x58, 0x00, 0x00, 0x00};

// "hello, zlib\n" as Python's zlib.compress wrote it (a zlib stream, RFC 1950).
const unsigned char kHelloZlib[] = {0x78, 0x9c, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0xd7, 0x51, 0xa8,
                                    0xca, 0xc9, 0x4c, 0xe2, 0x02, 0x00, 0x1c, 0xce, 0x04, 0x1c};

std::string bytesOf(const unsigned char* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

void putLittleEndian32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFFu));
}

// One gzip member around our own raw deflate (RFC 1952: 10-byte header, deflate data, CRC-32, size mod 2^32).
std::string gzipMember(const std::string& data) {
    std::string deflated;
    REQUIRE(deflateRaw(data, deflated).empty());
    std::string out("\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\xFF", 10);
    out += deflated;
    putLittleEndian32(out, crc32Of(data));
    putLittleEndian32(out, static_cast<std::uint32_t>(data.size()));
    return out;
}

// Pushes `compressed` in chunks of `chunk` bytes and reads it back in pieces of `piece` bytes.
std::string inflateInChunks(const std::string& compressed, std::size_t chunk, std::size_t piece, std::string& finish) {
    GzipStream gzip;
    std::string out;
    for (std::size_t at = 0; at < compressed.size(); at += chunk) {
        gzip.push(std::string_view(compressed).substr(at, chunk));
        while (!gzip.needsInput()) REQUIRE(gzip.read(out, piece).empty());
    }
    finish = gzip.finish();
    return out;
}

} // namespace

TEST_CASE("a gzip file fed one byte at a time decodes to its text", "[formats][gzip]") {
    const std::string gz = bytesOf(kCsvGz, sizeof kCsvGz);
    CHECK(looksLikeGzip(gz));
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{7}, gz.size()}) {
        std::string finish;
        CHECK(inflateInChunks(gz, chunk, 5, finish) == kCsv);
        CHECK(finish.empty());
    }
}

TEST_CASE("a zlib stream is read as well", "[formats][gzip]") {
    std::string out;
    CHECK(gunzip(bytesOf(kHelloZlib, sizeof kHelloZlib), out, 1000).empty());
    CHECK(out == "hello, zlib\n");
}

TEST_CASE("two gzip members one after another read as one text", "[formats][gzip]") {
    const std::string twoMembers = gzipMember("first,second\n") + gzipMember("1,2\n");
    std::string finish;
    CHECK(inflateInChunks(twoMembers, 3, 64, finish) == "first,second\n1,2\n");
    CHECK(finish.empty());
}

TEST_CASE("a gzip file cut short, damaged or empty says why", "[formats][gzip]") {
    const std::string gz = bytesOf(kCsvGz, sizeof kCsvGz);
    std::string out;
    // The last 8 bytes are the CRC-32 and the length: without them the member never ends.
    CHECK(gunzip(gz.substr(0, gz.size() - 8), out, 1000) == "gzip data ends early");
    std::string flipped = gz;
    flipped[gz.size() - 8] = static_cast<char>(flipped[gz.size() - 8] ^ 0x01); // the stored CRC-32 no longer matches
    CHECK(gunzip(flipped, out, 1000).find("corrupt gzip data") == 0);
    CHECK(gunzip("", out, 1000) == "no gzip data");
    CHECK(gunzip(gz + "trailing text", out, 1000).find("corrupt gzip data") == 0);
}

TEST_CASE("gunzip refuses data that inflates past its limit", "[formats][gzip]") {
    // 1 MiB of zeros deflates to about 1 KiB: a small bomb.
    const std::string bomb = gzipMember(std::string(std::size_t{1} << 20, '\0'));
    std::string out;
    CHECK(gunzip(bomb, out, 4096) == "gzip data inflates to more than 4096 bytes");
    CHECK(out.size() == 4096);
}

TEST_CASE("CSV records stream out of a .csv.gz without the whole text in memory", "[formats][gzip][csv]") {
    // 3,000 rows of "row<i>,<i*2>": big enough that the 64-byte chunks below cross every record many times.
    std::string csv = "name,double\n";
    for (int i = 1; i <= 3000; ++i) csv += "row" + std::to_string(i) + "," + std::to_string(i * 2) + "\n";
    std::istringstream compressed(gzipMember(csv));
    GzipStreamBuf decoded(compressed, 64);
    std::istream in(&decoded);
    CsvRecordReader reader(in);
    std::vector<std::string> fields;
    REQUIRE(reader.next(fields));
    CHECK(fields == std::vector<std::string>{"name", "double"});
    int rows = 0;
    long long sum = 0;
    while (reader.next(fields)) {
        ++rows;
        sum += std::stoll(fields[1]);
    }
    CHECK(rows == 3000);
    CHECK(sum == 9003000); // 2 * (1 + ... + 3000) = 2 * 3000 * 3001 / 2 = 9,003,000
    CHECK(reader.line() == 3001);
    CHECK(decoded.error().empty());
}

TEST_CASE("a damaged .csv.gz ends the stream early and says why", "[formats][gzip][csv]") {
    const std::string gz = bytesOf(kCsvGz, sizeof kCsvGz);
    std::istringstream compressed(gz.substr(0, gz.size() - 8));
    GzipStreamBuf decoded(compressed, 16);
    std::istream in(&decoded);
    CsvRecordReader reader(in);
    std::vector<std::string> fields;
    int records = 0;
    while (reader.next(fields)) ++records;
    CHECK(records == 3); // the whole text came out; only the member's trailer is missing
    CHECK(decoded.error() == "gzip data ends early");
}
