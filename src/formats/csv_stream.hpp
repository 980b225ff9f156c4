// formats/csv_stream.hpp - RFC 4180 CSV records read one at a time from a stream, for files too large to hold.
#pragma once

#include <cstddef>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace est::formats {

/// Where a CsvRecordReader's bytes come from: a file, memory, a decompressor. Not std::istream, because the
/// browser app must construct no stream: any std::streambuf holds a std::locale, and one locale links all of
/// libc++'s locale facets (number, money and time parsing for char and wchar_t: about 20 KB of the download).
class ByteSource {
public:
    virtual ~ByteSource() = default;
    /// Copies up to `capacity` bytes into `out`; 0 at the end of the input.
    virtual std::size_t read(char* out, std::size_t capacity) = 0;
};

/// Bytes already in memory (a dropped file), read in place.
class MemoryByteSource : public ByteSource {
public:
    explicit MemoryByteSource(std::string_view bytes) : rest_(bytes) {}
    std::size_t read(char* out, std::size_t capacity) override;

private:
    std::string_view rest_;
};

/// A std::istream (a file on disk, natively; a GzipStreamBuf's decoded bytes).
class IstreamByteSource : public ByteSource {
public:
    explicit IstreamByteSource(std::istream& in) : in_(in) {}
    std::size_t read(char* out, std::size_t capacity) override;

private:
    std::istream& in_;
};

/// Reads CSV records from a byte source in fixed-size chunks: memory holds one chunk and one record, whatever
/// the file's size. RFC 4180 quoting (separators, CR/LF and doubled quotes inside quotes), CRLF / LF / CR
/// line ends, a leading UTF-8 BOM; blank lines are skipped. Cells are kept as written (no trimming). A record
/// longer than kMaxCsvRecordBytes ends the reading (see recordTooLong), so memory stays bounded on any input.
class CsvRecordReader {
public:
    explicit CsvRecordReader(ByteSource& in, char separator = ',');
    /// Reads a stream (native callers: files, GzipStreamBuf).
    explicit CsvRecordReader(std::istream& in, char separator = ',');

    /// The next record's fields, reusing `fields`' strings; false at the end of the input.
    bool next(std::vector<std::string>& fields);
    /// 1-based physical line where the record last returned by next() starts (0 before any record).
    int line() const { return recordLine_; }
    /// The last record ran to the end of the input inside an open quote (a truncated or malformed file).
    bool unclosedQuote() const { return unclosedQuote_; }
    /// next() stopped at a record longer than kMaxCsvRecordBytes (io/csv.hpp), starting at line(): the file is
    /// damaged or hostile, and nothing past it is read.
    bool recordTooLong() const { return recordTooLong_; }

private:
    bool fill();
    int peek();

    std::unique_ptr<ByteSource> ownedSource_; // the stream's adapter, for the std::istream constructor
    ByteSource& in_;
    bool ended_ = false;
    char separator_;
    std::vector<char> buffer_;
    std::size_t pos_ = 0;
    std::size_t end_ = 0;
    bool started_ = false;
    int line_ = 1;
    int recordLine_ = 0;
    bool unclosedQuote_ = false;
    bool recordTooLong_ = false;
};

} // namespace est::formats
