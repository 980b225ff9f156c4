// formats/csv_push.hpp - an RFC 4180 CSV tokenizer fed chunks of any size (push style), for data that arrives in
// pieces (a browser File stream, an inflater's output) and is too large to hold.
//
// Records are handed to a sink as views; only the columns asked for are materialised, so a 100-column export
// costs the few it needs. Memory: the record in progress (one record at most) and, for quoted cells with doubled
// quotes, their unescaped text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace est::formats {

/// Receives each record. `fields[i]` is column i's cell (quotes removed, doubled quotes undone); a column not
/// wanted, or missing from a short row, is an empty view. Views are valid only during the call.
class CsvRecordSink {
public:
    virtual ~CsvRecordSink() = default;
    /// `line`: 1-based physical line where the record starts; `columns`: how many cells the record had.
    /// Return false to stop the tokenizer (push() then returns false).
    virtual bool record(const std::vector<std::string_view>& fields, std::size_t columns, long line) = 0;
};

/// Push-style tokenizer: CRLF / LF / CR line ends, a leading UTF-8 BOM, quoted cells with separators, line ends and
/// doubled quotes, blank lines skipped. A record longer than kMaxCsvRecordBytes (formats/csv.hpp) stops it.
class CsvPushTokenizer {
public:
    explicit CsvPushTokenizer(char separator = ',');

    /// Which columns to materialise from now on (by index); an empty vector = all. Typically set by the sink
    /// after the header record.
    void setWanted(std::vector<bool> wanted);

    /// Tokenizes `bytes`, calling `sink` for every complete record. False when the sink stopped or a record was
    /// too long (see recordTooLong); every later call then returns false.
    bool push(std::string_view bytes, CsvRecordSink& sink);
    /// The input has ended: the last record (without a final line end) goes to the sink. False as push(); a
    /// quote left open is reported by unclosedQuote() (the record is still delivered).
    bool finish(CsvRecordSink& sink);

    bool unclosedQuote() const { return m_unclosedQuote; }
    bool recordTooLong() const { return m_tooLong; }
    /// 1-based line where the record being read (or the last delivered) starts.
    long line() const { return m_recordLine; }

private:
    // Parses complete records from the start of `buf`; returns the bytes consumed. `atEnd`: no more input follows.
    std::size_t parse(std::string_view buf, bool atEnd, CsvRecordSink& sink);

    char m_separator;
    std::vector<bool> m_wanted;
    std::vector<std::string_view> m_fields;
    std::vector<std::string> m_unescaped; // per column: text of a quoted cell with doubled quotes
    std::string m_pending;                // an incomplete record carried to the next push
    long m_line = 1;                      // line of the next unread byte
    long m_recordLine = 0;
    bool m_started = false; // BOM checked
    bool m_stopped = false;
    bool m_tooLong = false;
    bool m_unclosedQuote = false;
};

} // namespace est::formats
