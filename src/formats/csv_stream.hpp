// formats/csv_stream.hpp - RFC 4180 CSV records read one at a time from a stream, for files too large to hold.
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace est::formats {

/// Reads CSV records from an istream in fixed-size chunks: memory holds one chunk and one record, whatever
/// the file's size. RFC 4180 quoting (separators, CR/LF and doubled quotes inside quotes), CRLF / LF / CR
/// line ends, a leading UTF-8 BOM; blank lines are skipped. Cells are kept as written (no trimming). A record
/// longer than kMaxCsvRecordBytes ends the reading (see recordTooLong), so memory stays bounded on any input.
class CsvRecordReader {
public:
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

    std::istream& in_;
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
