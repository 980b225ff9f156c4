// formats/xlsx_chart.cpp - DrawingML chart and drawing parts (see xlsx_chart.hpp).
#include "formats/xlsx_chart.hpp"

#include "formats/text.hpp"
#include "formats/xlsx_xml.hpp"

namespace est::formats {
namespace {

constexpr const char* kChartNs = "http://schemas.openxmlformats.org/drawingml/2006/chart";
constexpr const char* kDrawingNs = "http://schemas.openxmlformats.org/drawingml/2006/main";
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string hex(std::uint32_t rgb) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string s(6, '0');
    for (int i = 0; i < 6; ++i) s[static_cast<std::size_t>(5 - i)] = kDigits[(rgb >> (4 * i)) & 0xF];
    return s;
}

std::string escaped(const std::string& text) {
    std::string out;
    xml::appendEscaped(text, out);
    return out;
}

std::string fill(std::uint32_t rgb) {
    return "<c:spPr><a:solidFill><a:srgbClr val=\"" + hex(rgb) + "\"/></a:solidFill></c:spPr>";
}

std::string seriesXml(const XlsxChart& chart, const XlsxChartSeries& s, std::size_t index) {
    const std::string i = std::to_string(index);
    std::string x =
        "<c:ser><c:idx val=\"" + i + "\"/><c:order val=\"" + i + "\"/><c:tx><c:v>" + escaped(s.name) + "</c:v></c:tx>";
    x += s.hidden ? "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>" : fill(s.rgb);
    x += "<c:invertIfNegative val=\"0\"/>";
    if (!s.hidden)
        for (std::size_t p = 0; p < s.pointRgb.size(); ++p)
            x += "<c:dPt><c:idx val=\"" + std::to_string(p) +
                 "\"/><c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/>" + fill(s.pointRgb[p]) + "</c:dPt>";
    const std::string n = std::to_string(chart.categories.size());
    x += "<c:cat><c:strRef><c:f>" + escaped(chart.categoriesRef) + "</c:f><c:strCache><c:ptCount val=\"" + n + "\"/>";
    for (std::size_t p = 0; p < chart.categories.size(); ++p)
        x += "<c:pt idx=\"" + std::to_string(p) + "\"><c:v>" + escaped(chart.categories[p]) + "</c:v></c:pt>";
    x += "</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>" + escaped(s.valuesRef) +
         "</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"" + std::to_string(s.values.size()) +
         "\"/>";
    for (std::size_t p = 0; p < s.values.size(); ++p)
        x += "<c:pt idx=\"" + std::to_string(p) + "\"><c:v>" + text::formatShortest(s.values[p]) + "</c:v></c:pt>";
    return x + "</c:numCache></c:numRef></c:val></c:ser>";
}

std::string anchorCell(const char* tag, int column, int row) {
    return std::string("<xdr:") + tag + "><xdr:col>" + std::to_string(column) +
           "</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" + std::to_string(row) +
           "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:" + tag + ">";
}

} // namespace

std::string quotedSheetName(const std::string& name) {
    std::string q = "'";
    for (char c : name) {
        q.push_back(c);
        if (c == '\'') q.push_back('\'');
    }
    return q + "'";
}

std::string xlsxChartXml(const XlsxChart& chart) {
    const bool stacked = chart.grouping == XlsxChart::Grouping::Stacked;
    std::string x =
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<c:chartSpace xmlns:c=\"") +
        kChartNs + "\" xmlns:a=\"" + kDrawingNs + "\" xmlns:r=\"" + kRelNs +
        "\"><c:roundedCorners val=\"0\"/><c:chart>";
    x += "<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>" + escaped(chart.title) +
         "</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>";
    x += std::string("<c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/><c:grouping val=\"") +
         (stacked ? "stacked" : "clustered") + "\"/><c:varyColors val=\"0\"/>";
    for (std::size_t i = 0; i < chart.series.size(); ++i) x += seriesXml(chart, chart.series[i], i);
    x += std::string("<c:gapWidth val=\"60\"/>") + (stacked ? "<c:overlap val=\"100\"/>" : "") +
         "<c:axId val=\"500100\"/><c:axId val=\"500200\"/></c:barChart>";
    x += "<c:catAx><c:axId val=\"500100\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>"
         "<c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:tickLblPos val=\"low\"/>"
         "<c:crossAx val=\"500200\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>"
         "<c:lblOffset val=\"100\"/></c:catAx>";
    x += "<c:valAx><c:axId val=\"500200\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>"
         "<c:axPos val=\"l\"/><c:majorGridlines/><c:numFmt formatCode=\"" +
         escaped(chart.valueFormat) +
         "\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"500100\"/><c:crosses val=\"autoZero\"/>"
         "<c:crossBetween val=\"between\"/></c:valAx></c:plotArea>";
    // The legend names the visible series only (a waterfall's base is an artefact of drawing, not a figure).
    x += "<c:legend><c:legendPos val=\"b\"/>";
    for (std::size_t i = 0; i < chart.series.size(); ++i)
        if (chart.series[i].hidden)
            x += "<c:legendEntry><c:idx val=\"" + std::to_string(i) + "\"/><c:delete val=\"1\"/></c:legendEntry>";
    x += "<c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs "
         "val=\"gap\"/></c:chart></c:chartSpace>";
    return x;
}

std::string xlsxDrawingXml(const std::vector<XlsxChart>& charts) {
    std::string x =
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<xdr:wsDr xmlns:xdr=\"http://"
                    "schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" xmlns:a=\"") +
        kDrawingNs + "\">";
    for (std::size_t k = 0; k < charts.size(); ++k) {
        const XlsxChart& c = charts[k];
        x +=
            "<xdr:twoCellAnchor>" + anchorCell("from", c.fromColumn, c.fromRow) + anchorCell("to", c.toColumn, c.toRow);
        x += "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"" + std::to_string(k + 2) +
             "\" name=\"";
        xml::appendEscaped(c.title, x);
        x += std::string(
                 "\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" "
                 "cy=\"0\"/></xdr:xfrm><a:graphic><a:graphicData uri=\"") +
             kChartNs + "\"><c:chart xmlns:c=\"" + kChartNs + "\" xmlns:r=\"" + kRelNs + "\" r:id=\"rId" +
             std::to_string(k + 1) +
             "\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>";
    }
    return x + "</xdr:wsDr>";
}

} // namespace est::formats
