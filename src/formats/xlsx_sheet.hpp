// formats/xlsx_sheet.hpp - one worksheet part (SpreadsheetML <sheetData>) to a Table, fed in windows of its XML.
// Internal to the .xlsx reader: readXlsx (xlsx_reader.cpp) opens the package and drives one SheetParser per sheet.
#pragma once

#include "formats/table.hpp"
#include "formats/xlsx_reader.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace est::formats::xlsx {

/// What every sheet of a workbook shares: the workbook's parts already read, the options and the cell budget.
struct SheetContext {
    const std::vector<std::string>* sharedStrings = nullptr; ///< the shared string table (null: none)
    const std::vector<bool>* dateStyles = nullptr;           ///< by style index: a date format (null: keep serials)
    bool date1904 = false;                                   ///< the workbook counts dates from 1904
    std::size_t* cellBudget = nullptr;                       ///< cells left for the whole workbook (shared, decreases)
    const XlsxReadOptions* options = nullptr;
};

/// Reads one sheet's XML as it arrives. Each window given to feed() must end after a row end tag (or be the rest
/// of the part; see afterLastRowEnd), so no tag is cut. Problems (at most 20 per sheet, then a count) name
/// "sheet <name> row <n>".
class SheetParser {
public:
    SheetParser(std::string sheetName, const SheetContext& context, std::vector<InputProblem>& problems);

    /// Parses the next window of the part.
    void feed(std::string_view window);
    /// Ends the sheet (the last row, the problems about a malformed part) and gives its table.
    Table finish();

private:
    // The column selection of the sheet: output position of each file column once the header is known (-1 = drop).
    struct ColumnMap {
        bool active = false;       // a selector is set and the header has been seen
        std::vector<int> position; // by file column; columns past the end are dropped
    };

    void report(int row, std::string message);
    void reportCellLimit();
    void openCell(std::string_view attrs, bool empty);
    void finishCell();
    void finishRow();
    void openRow(std::string_view attrs, bool empty);

    const SheetContext& m_context;
    std::vector<InputProblem>& m_problems;
    Table m_table;
    std::size_t m_reported = 0;   // problems reported for this sheet
    std::size_t m_suppressed = 0; // problems past kMaxProblemsPerSheet, only counted
    ColumnMap m_columnMap;

    bool m_inSheetData = false;
    bool m_sheetDataDone = false;
    bool m_stopped = false; // the cell budget ran out: nothing more is read
    std::string m_scanError;

    bool m_inRow = false;
    int m_rowNumber = 0;
    std::vector<std::string> m_cells;
    std::size_t m_widestRow = 0; // most cells kept in a row so far
    int m_nextColumn = 0;

    bool m_inCell = false;
    int m_column = 0;
    std::string m_cellType;
    long long m_cellStyle = 0;
    std::string m_value; // text of <v>, or of <t> inside <is>
    bool m_collecting = false;
    int m_phoneticDepth = 0;
    bool m_inInline = false;
};

/// End of the last complete row end tag (</row> or </x:row>) in `buffer`, or 0 if there is none yet: where a
/// window of a sheet can be cut.
std::size_t afterLastRowEnd(std::string_view buffer);

} // namespace est::formats::xlsx
