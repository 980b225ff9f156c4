// formats/xlsx_chart.hpp - native Excel charts (DrawingML chart parts) for the .xlsx writer: bar charts whose
// series read cells of the workbook, so a chart follows its cells when they are recalculated.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace est::formats {

/// One series of bars.
struct XlsxChartSeries {
    std::string name;
    std::string valuesRef;               ///< "'Summary'!$B$40:$F$40": the cells the bars read
    std::vector<double> values;          ///< their current values (the cache of readers that do not recalculate)
    std::uint32_t rgb = 0;               ///< fill 0xRRGGBB
    std::vector<std::uint32_t> pointRgb; ///< one fill per bar (a bridge's steps); empty = `rgb` for every bar
    bool hidden = false;                 ///< no fill, no line, no legend entry: the invisible base of a waterfall
};

/// A column chart placed over a block of cells of its sheet.
struct XlsxChart {
    enum class Grouping { Clustered, Stacked };
    Grouping grouping = Grouping::Clustered;
    std::string title;
    std::string categoriesRef;           ///< "'Summary'!$A$40:$A$44"
    std::vector<std::string> categories; ///< their current texts
    std::vector<XlsxChartSeries> series;
    std::string valueFormat = "\"$\"#,##0"; ///< the value axis' number format
    int fromColumn = 0, fromRow = 0;        ///< top-left cell, zero-based
    int toColumn = 8, toRow = 20;           ///< bottom-right cell (exclusive), zero-based
};

/// The chart part (xl/charts/chartN.xml) of `chart`.
std::string xlsxChartXml(const XlsxChart& chart);

/// The drawing part (xl/drawings/drawingN.xml) placing `charts`, the k-th (from 0) bound to relationship "rId<k+1>".
std::string xlsxDrawingXml(const std::vector<XlsxChart>& charts);

/// A sheet name quoted for a cell reference: 'Tagging plan' -> "'Tagging plan'", with ' doubled.
std::string quotedSheetName(const std::string& name);

} // namespace est::formats
