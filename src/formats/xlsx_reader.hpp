// formats/xlsx_reader.hpp - .xlsx workbook bytes -> one est::formats::Table per worksheet, with problems, never
// throwing.
//
// Cell text, by cell type:
//   numbers           the number exactly as stored ("4096", "45965.0421064815", "1E-3"), not formatted;
//   date-styled nums  ISO 8601 text ("2025-11-04T01:00:38", or "2025-11-04" at midnight) when
//                     XlsxReadOptions::datesAsIso (default), else the raw Excel serial;
//   shared / inline   the string (rich-text runs concatenated, phonetic runs dropped, _xHHHH_ decoded);
//   booleans          "TRUE" / "FALSE"; errors: the error text ("#N/A"); formulas: their cached value.
// The header is the first row that has a value (trimmed); later rows with no value are skipped (they
// cost a scan, no allocation); each kept row records its 1-based sheet row number in Table::rowLines.
#pragma once

#include "formats/table.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace est::formats {

struct XlsxReadOptions {
    /// Sheet names to read, compared ignoring ASCII case; empty = every worksheet. Others are not inflated.
    std::vector<std::string> onlySheets;
    /// Date-styled numeric cells become ISO 8601 text (true) or keep the Excel serial (false).
    bool datesAsIso = true;
    /// Upper bound on cells kept over the whole workbook, empty slots left of a value included (protects wasm memory).
    std::size_t maxCells = 40'000'000;
    /// Upper bound on the workbook's shared strings (each costs memory even when empty: a part of millions of
    /// <si/> is a bomb). Past it the rest are not read and a problem names the limit.
    std::size_t maxSharedStrings = 4'000'000;
    /// Sheets are inflated and parsed in windows of about this many bytes (at least 4 KiB), cut after a row.
    std::size_t chunkBytes = std::size_t{4} << 20;
    /// When set: called once per sheet with its name and trimmed header; columns flagged false (and cells
    /// past the header) are skipped without being stored, and the Table's header lists only kept columns,
    /// rows lining up with it (as CsvOptions::selectColumns). Lets a 90-column vInfo cost only what is read.
    std::function<std::vector<bool>(const std::string& sheet, const std::vector<std::string>& header)> selectColumns;
};

/// True if `bytes` starts like a ZIP archive (an .xlsx, or another ZIP the reader will then reject).
bool looksLikeXlsx(std::string_view bytes);

/// The worksheet names of the workbook in tab order; problems appended to `problems` (empty on failure).
std::vector<std::string> readXlsxSheetNames(std::string_view bytes, std::vector<InputProblem>& problems);

/// Reads the worksheets of an .xlsx workbook (tab order). A sheet with no values gives a Table with an
/// empty header. Unreadable parts are reported in `problems` ("where" names the part or "sheet X row N")
/// and skipped; the rest is returned. Never throws on bad input (std::bad_alloc aside).
std::vector<Table> readXlsx(std::string_view bytes, std::vector<InputProblem>& problems,
                            const XlsxReadOptions& options = {});

/// An Excel date serial as ISO 8601 ("2025-11-04", or "2025-11-04T01:00:38" with a time part, rounded to
/// the second); `date1904` for workbooks using the 1904 date system. "" for negative or absurd serials.
std::string excelSerialToIso(double serial, bool date1904 = false);

/// Zero-based column index of an A1-style reference ("A7" -> 0, "AB12" -> 27); -1 if it has no letters or
/// lies beyond column XFD (16,384 columns).
int columnIndexOf(std::string_view cellReference);

} // namespace est::formats
