// formats/xlsx_writer.hpp - writes a small .xlsx workbook: typed cells (numbers stay numbers) with number formats.
#pragma once

#include "formats/xlsx_chart.hpp"

#include <string>
#include <vector>

namespace est::formats {

/// The number formats / cell styles the writer knows (each is one entry of the written styles.xml).
enum class XlsxStyle {
    General,  ///< as typed
    Header,   ///< bold text with a bottom border: column headers
    Title,    ///< bold, larger: a sheet's title line
    Integer,  ///< #,##0
    Decimal,  ///< #,##0.00
    Usd,      ///< $#,##0 (whole dollars; the cell keeps the exact value)
    UsdCents, ///< $#,##0.00
    Percent,  ///< 0.0% (the value is a decimal: 0.2 shows 20.0%)
    Bold,     ///< bold text or number
};

/// One cell. Empty cells are not written.
struct XlsxCell {
    enum class Kind { Empty, Number, Text, Boolean };
    Kind kind = Kind::Empty;
    double number = 0.0; ///< Number (NaN / infinity are written as empty), Boolean (0 / 1); a formula's cached value
    std::string text;    ///< Text
    XlsxStyle style = XlsxStyle::General;
    std::string formula; ///< Number only: "SUM(B2:B9)" (no leading '='), written with `number` as its cached value

    static XlsxCell num(double v, XlsxStyle s = XlsxStyle::General) { return {Kind::Number, v, {}, s, {}}; }
    static XlsxCell str(std::string t, XlsxStyle s = XlsxStyle::General) {
        return {Kind::Text, 0.0, std::move(t), s, {}};
    }
    static XlsxCell boolean(bool b) { return {Kind::Boolean, b ? 1.0 : 0.0, {}, XlsxStyle::General, {}}; }
    static XlsxCell empty() { return {}; }
    /// A live formula with the value we computed for it, so viewers that do not recalculate still show the figure.
    static XlsxCell calc(std::string f, double cached, XlsxStyle s = XlsxStyle::General) {
        return {Kind::Number, cached, {}, s, std::move(f)};
    }
};

/// One worksheet: rows of cells from A1, optional column widths (characters) and frozen header rows.
struct XlsxSheet {
    std::string name; ///< made valid when written: <= 31 chars, no []:*?/\ , unique
    std::vector<std::vector<XlsxCell>> rows;
    std::vector<double> columnWidths; ///< per column from A; 0 = default
    int frozenRows = 0;               ///< rows kept visible when scrolling (header)
    std::vector<XlsxChart> charts;    ///< native charts drawn over the sheet (one drawing part per sheet)
};

/// The .xlsx bytes (deflated ZIP) of `sheets`, in order. Deterministic: same input, same bytes.
/// Strings are shared; numbers are written round-trip exact. A workbook with formulas asks to be recalculated
/// on open (fullCalcOnLoad), so its cached values only matter to viewers that never calculate. Throws std::length_error
/// past ZIP limits.
std::string writeXlsx(const std::vector<XlsxSheet>& sheets);

/// "A", "B", ... "Z", "AA" for a zero-based column index.
std::string columnName(int index);

} // namespace est::formats
