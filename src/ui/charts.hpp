// ui/charts.hpp - the one charts module: line, stacked bars, band and tornado drawn with ImDrawList.
//
// Every chart has axes with units, tick labels through the caller's formatter, a legend, and a tooltip with
// the exact values under the mouse. Charts only draw what they are given: the numbers come from the Result.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace est::ui::charts {

/// Formats a value for an axis tick (short) or a tooltip (exact).
using Formatter = std::function<std::string(double)>;

/// A named series of values, one per x position.
struct Series {
    std::string label;
    std::vector<double> values;
    unsigned int colour = 0; ///< IM_COL32
    bool dashed = false;     ///< drawn dashed (a reference line, e.g. "today")
};

/// Axes and formatting shared by the charts.
struct Axes {
    std::string xTitle;                     ///< "Month", "Quarter", "Year"
    std::string yTitle;                     ///< "Cumulative cost (USD)"
    std::function<std::string(int)> xLabel; ///< label of x position i ("Y1", "Q3 2027")
    Formatter yTick;                        ///< short, for ticks ("$1.2M")
    Formatter yExact;                       ///< exact, for tooltips ("$1,234,567")
    int xLabelEvery = 1;                    ///< label every n-th x position (0 = automatic)
    int markerX = -1;                       ///< line charts: an x position marked by a vertical line (payback), -1 none
    std::string markerLabel;                ///< the marker's label, drawn at its top ("Payback Aug 2028")
};

/// `text` cut to fit `width` pixels with "..." (unchanged when it fits).
std::string fitText(const std::string& text, float width);

/// Line chart of several series over the same x positions. `height` in pixels; width fills the region.
void line(const char* id, const std::vector<Series>& series, const Axes& axes, float height);
/// Bars side by side: one bar per series at each x position (yearly figures compared, not joined by a line).
void groupedBars(const char* id, const std::vector<Series>& series, const Axes& axes, float height);
/// Stacked bars: series[k].values[i] is the k-th segment of bar i (negative values stack downwards).
void stackedBars(const char* id, const std::vector<Series>& series, const Axes& axes, float height);
/// A P10 / P50 / P90 band: shaded between low and high with the middle line.
void band(const char* id, const Series& low, const Series& mid, const Series& high, const Axes& axes, float height);

/// One bar of a bridge (waterfall).
struct BridgeBar {
    std::string label;       ///< under the bar ("AWS funding"); wrapped on two lines when long
    double value = 0.0;      ///< a total's level, or a step's signed change from the running level
    bool total = false;      ///< true: stands on zero and sets the running level; false: floats from it
    unsigned int colour = 0; ///< IM_COL32
};
/// Bridge chart: totals stand on zero, steps float from the running level, thin connectors between bars, each
/// bar's amount above it (axes.yTick) and exact in the tooltip (axes.yExact). axes.xLabel is not used.
void bridge(const char* id, const std::vector<BridgeBar>& bars, const Axes& axes, float height);

/// One bar of a tornado: the result when the assumption is at its low and its high value.
struct TornadoBar {
    std::string label;       ///< assumption label
    double lowResult = 0.0;  ///< result with the assumption at its low value
    double highResult = 0.0; ///< result with the assumption at its high value
    std::string lowInput;    ///< the low input value as text ("15 %")
    std::string highInput;
};
/// Tornado chart around `base` (the expected result); bars in the order given (largest effect first).
void tornado(const char* id, const std::vector<TornadoBar>& bars, double base, const std::string& resultTitle,
             const Formatter& tick, const Formatter& exact);

/// One row of a timeline (Gantt): [start, goLive) migrating, then [goLive, end) dual running.
struct GanttBar {
    std::string label; ///< row label ("Wave 2")
    int start = 0;     ///< months from the scenario's month 0
    int goLive = 0;
    int end = 0;             ///< end of dual running (>= goLive)
    std::string tooltip;     ///< shown when the row is hovered
    unsigned int colour = 0; ///< IM_COL32; dual running is drawn in the same colour, fainter
    std::string barText;     ///< written after the bar (its move groups), or on it when there is no room after
};
/// What part of the horizon a timeline shows and how tall it is.
struct GanttView {
    int firstMonth = 0;      ///< the axis starts here
    int endMonth = 0;        ///< and ends here (exclusive; 0 = the horizon's end)
    float height = 0.0f;     ///< pixels to fill (rows grow up to 5 lines each); 0 = one line and a half a row
    int markerMonth = -1;    ///< a month marked by a dashed vertical line (the end of the credit period), -1 none
    std::string markerLabel; ///< the marker's label, drawn at its top
};
/// A timeline of `bars` over months [0, months): one row each, a month axis labelled by `monthLabel`. Its bar
/// texts are named `id`.bar0, 1, ... and the marker's label `id`.marker for tests.
void gantt(const char* id, const std::vector<GanttBar>& bars, int months,
           const std::function<std::string(int)>& monthLabel, const GanttView& view = {});

} // namespace est::ui::charts
