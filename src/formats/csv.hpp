// formats/csv.hpp - an RFC 4180 CSV reader (plus the dialects spreadsheets write) into an est::formats::Table.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/table.hpp"
#include "formats/text.hpp"

namespace est::formats {

/// Longest record (one line, or several when a quoted cell holds line ends) the CSV readers accept: 1 MiB. An
/// inventory or price list line is a few KB; a longer one is a damaged or hostile file (a quote never closed, a
/// file with no line ends), and reading stops there with a problem naming the line and the limit.
inline constexpr std::size_t kMaxCsvRecordBytes = std::size_t{1} << 20;

/// What the CSV reader produced: the table, the separator it used and any problems it tolerated.
struct CsvResult {
    Table table;          ///< header = first non-empty record, trimmed; rows keep cells as written
    char separator = ','; ///< ',', ';' or '\t' as detected (or as forced)
    text::NumberStyle numberStyle = text::NumberStyle::DecimalPoint; ///< DecimalComma for ';' files
    std::vector<InputProblem> problems; ///< tolerated oddities: unclosed quote, text after a closing quote, ...
    bool utf16 = false;                 ///< the bytes were UTF-16 (converted to UTF-8 before reading)
};

/// Options of readCsv.
struct CsvOptions {
    char separator = 0; ///< 0 = detect from the header line (',' ';' or tab, most frequent)
    /// When set: called once with the header; columns whose flag is false (and cells past the header) are
    /// skipped without being stored, so a 90-column export costs only the columns an importer reads.
    /// The table's header then lists only the kept columns, and rows line up with it.
    std::function<std::vector<bool>(const std::vector<std::string>& header)> selectColumns;
};

/// Reads CSV bytes: RFC 4180 quoting (separators, CR/LF and doubled quotes inside quotes), CRLF, LF or CR
/// line ends, a UTF-8 BOM (UTF-16 with BOM is converted), ragged rows kept as they are, blank lines skipped.
/// Each row's line number is the 1-based physical line where the record starts. Invalid UTF-8 bytes become
/// U+FFFD. A record longer than kMaxCsvRecordBytes ends the reading: the rows before it are kept and a problem
/// names its line. Never throws on any input; an empty input gives an empty table.
CsvResult readCsv(std::string_view bytes, std::string name = {}, CsvOptions options = {});

/// True when a spreadsheet opening a CSV would run `text` as a formula: it begins with '=', '+', '-', '@', a tab
/// or a carriage return (OWASP "CSV injection"). Empty text is safe.
bool startsLikeFormula(std::string_view text);

/// Writes one text cell of a CSV the product writes: text that startsLikeFormula gets a leading apostrophe, so
/// Excel and LibreOffice show a hostile name such as =HYPERLINK(...) or -2+3+cmd|calc as text instead of running
/// it; then the cell is quoted when it holds the separator, a quote, CR or LF (RFC 4180). Every text cell of every
/// CSV writer goes through here; numbers go through appendCsvNumber.
void appendCsvField(std::string& out, std::string_view text, char separator = ',');

/// Writes a number cell with `decimals` decimals ("-12.50"): never prefixed, so a negative amount stays a number.
/// Not finite -> an empty cell.
void appendCsvNumber(std::string& out, double value, int decimals = 2);

} // namespace est::formats
