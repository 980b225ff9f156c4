// formats/xlsx_sheet.cpp - the worksheet state machine: rows, cells, their types and the column selection.
#include "formats/xlsx_sheet.hpp"

#include "formats/text.hpp"
#include "formats/xlsx_scalars.hpp"
#include "formats/xlsx_xml.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <utility>

namespace est::formats::xlsx {
namespace {

using xml::Scanner;
using xml::Tag;
using xml::TagKind;

constexpr std::size_t kMaxProblemsPerSheet = 20;

// The r, t and s attributes of a <c> tag in one pass (namespace prefixes ignored, like xml::attribute).
void cellAttributes(std::string_view attrs, std::optional<std::string_view>& r, std::optional<std::string_view>& t,
                    std::optional<std::string_view>& s) {
    std::size_t i = 0;
    while (i < attrs.size()) {
        const std::size_t eq = attrs.find('=', i);
        if (eq == std::string_view::npos) return;
        std::string_view key = trimXmlSpace(attrs.substr(i, eq - i));
        std::size_t q = eq + 1;
        while (q < attrs.size() && (attrs[q] == ' ' || attrs[q] == '\t' || attrs[q] == '\r' || attrs[q] == '\n')) ++q;
        if (q >= attrs.size() || (attrs[q] != '"' && attrs[q] != '\'')) { // unusual: fall back to the general reader
            r = xml::attribute(attrs, "r");
            t = xml::attribute(attrs, "t");
            s = xml::attribute(attrs, "s");
            return;
        }
        const std::size_t end = attrs.find(attrs[q], q + 1);
        if (end == std::string_view::npos) return;
        const std::string_view value = attrs.substr(q + 1, end - q - 1);
        key = xml::localName(key);
        if (key.size() == 1) {
            if (key[0] == 'r')
                r = value;
            else if (key[0] == 't')
                t = value;
            else if (key[0] == 's')
                s = value;
        }
        i = end + 1;
    }
}

} // namespace

SheetParser::SheetParser(std::string sheetName, const SheetContext& context, std::vector<InputProblem>& problems)
    : m_context(context), m_problems(problems) {
    m_table.name = std::move(sheetName);
}

void SheetParser::report(int row, std::string message) {
    if (m_reported < kMaxProblemsPerSheet) {
        m_problems.push_back({"sheet " + m_table.name + " row " + std::to_string(row), std::move(message)});
        ++m_reported;
    } else {
        ++m_suppressed;
    }
}

void SheetParser::reportCellLimit() {
    m_problems.push_back(
        {"sheet " + m_table.name, "workbook has more than " + std::to_string(m_context.options->maxCells) +
                                      " cells (the import limit); the rest of this sheet was not read"});
    m_stopped = true;
}

void SheetParser::finishCell() {
    m_inCell = false;
    m_collecting = false;
    if (m_value.empty()) return;
    std::string text;
    if (m_cellType == "s") {
        const auto index = parseIndex(m_value, 1LL << 31);
        if (!index || m_context.sharedStrings == nullptr ||
            static_cast<std::size_t>(*index) >= m_context.sharedStrings->size()) {
            report(m_rowNumber, "cell column " + std::to_string(m_column + 1) + " points at shared string \"" +
                                    m_value + "\" that does not exist; left empty");
            return;
        }
        text = (*m_context.sharedStrings)[static_cast<std::size_t>(*index)];
    } else if (m_cellType == "b") {
        const std::string_view v = trimXmlSpace(m_value);
        text = (v == "1" || text::equalsIgnoreCase(v, "true")) ? "TRUE" : "FALSE";
    } else if (m_cellType == "inlineStr") {
        xml::decodeOoxmlEscapes(m_value);
        text = std::move(m_value);
    } else if (m_cellType == "str" || m_cellType == "e" || m_cellType == "d") {
        text = std::move(m_value);
    } else {
        text = std::string(trimXmlSpace(m_value));
        const std::vector<bool>* dateStyles = m_context.dateStyles;
        if (dateStyles != nullptr && m_cellStyle >= 0 && static_cast<std::size_t>(m_cellStyle) < dateStyles->size() &&
            (*dateStyles)[static_cast<std::size_t>(m_cellStyle)]) {
            char* end = nullptr;
            const double serial = std::strtod(text.c_str(), &end);
            if (end != text.c_str() && *end == '\0') {
                std::string iso = excelSerialToIso(serial, m_context.date1904);
                if (!iso.empty()) text = std::move(iso);
            }
        }
    }
    m_value.clear();
    if (text.empty()) return;
    std::size_t& budget = *m_context.cellBudget;
    if (budget == 0) {
        if (!m_stopped) reportCellLimit();
        m_stopped = true;
        return;
    }
    int at = m_column;
    if (m_columnMap.active) { // dropped columns cost neither an allocation nor budget
        if (static_cast<std::size_t>(m_column) >= m_columnMap.position.size()) return;
        at = m_columnMap.position[static_cast<std::size_t>(m_column)];
        if (at < 0) return;
    }
    --budget;
    if (m_cells.size() <= static_cast<std::size_t>(at)) {
        // The empty slots before a far-right cell are stored too: charge them, or a few bytes of XML per row
        // (<c r="XFD9"><v>1</v></c>) would allocate 16,384 strings each, past any cell limit (found by fuzz_xlsx).
        const std::size_t gap = static_cast<std::size_t>(at) - m_cells.size();
        if (gap > budget) {
            reportCellLimit();
            return;
        }
        budget -= gap;
        m_cells.resize(static_cast<std::size_t>(at) + 1);
    }
    m_cells[static_cast<std::size_t>(at)] = std::move(text);
}

void SheetParser::finishRow() {
    std::vector<std::string>& cells = m_cells;
    std::size_t used = cells.size();
    while (used > 0 && !hasValue(cells[used - 1])) --used;
    if (used == 0) return;
    cells.resize(used);
    m_widestRow = std::max(m_widestRow, used);
    if (m_table.header.empty() && m_table.rows.empty()) {
        std::vector<std::string> header;
        header.reserve(used);
        for (const std::string& c : cells) header.emplace_back(trimXmlSpace(c));
        if (m_context.options != nullptr && m_context.options->selectColumns) {
            const std::vector<bool> keep = m_context.options->selectColumns(m_table.name, header);
            m_columnMap.active = true;
            m_columnMap.position.assign(header.size(), -1);
            int next = 0;
            for (std::size_t i = 0; i < header.size(); ++i)
                if (i < keep.size() && keep[i]) {
                    m_columnMap.position[i] = next++;
                    m_table.header.push_back(std::move(header[i]));
                }
        } else {
            m_table.header = std::move(header);
        }
        return;
    }
    m_table.rows.push_back(std::move(cells));
    m_table.rowLines.push_back(m_rowNumber);
}

void SheetParser::openCell(std::string_view attrs, bool empty) {
    if (!m_inRow) return; // a cell outside a row: ignore
    if (m_inCell) finishCell();
    // One pass over the attributes (a cell has r, s, t and rarely more): the hot path of big sheets.
    std::optional<std::string_view> ref, typeAttr, styleAttr;
    cellAttributes(attrs, ref, typeAttr, styleAttr);
    m_column = m_nextColumn;
    if (ref) {
        const int c = columnIndexOf(*ref);
        if (c >= 0) {
            m_column = c;
        } else if (!ref->empty()) {
            report(m_rowNumber,
                   "cell reference \"" + std::string(*ref) + "\" is invalid or beyond column XFD; cell skipped");
            return;
        }
    }
    if (m_column >= kMaxColumns) {
        report(m_rowNumber, "cell beyond column XFD skipped");
        return;
    }
    m_nextColumn = m_column + 1;
    if (empty) return; // <c r="L2" s="2" t="s"/>: styled, no value
    // A column the selector dropped: skip its value unread (its <v> is ignored outside a cell).
    if (m_columnMap.active && (static_cast<std::size_t>(m_column) >= m_columnMap.position.size() ||
                               m_columnMap.position[static_cast<std::size_t>(m_column)] < 0))
        return;
    m_inCell = true;
    m_cellType.assign(typeAttr.value_or("n"));
    m_cellStyle = parseIndex(styleAttr.value_or("0"), 1LL << 20).value_or(0);
    m_value.clear();
    m_inInline = false;
    m_phoneticDepth = 0;
}

void SheetParser::openRow(std::string_view attrs, bool empty) {
    if (m_inRow) { // a row opened inside a row: close the previous one
        if (m_inCell) finishCell();
        finishRow();
    }
    const auto r = parseIndex(xml::attribute(attrs, "r").value_or(""), kMaxRows);
    m_rowNumber = r ? static_cast<int>(*r) : m_rowNumber + 1;
    m_nextColumn = 0;
    m_cells.clear();
    // The previous row's cells were moved into the table: size this row's vector once, not by doubling.
    m_cells.reserve(m_widestRow);
    m_inRow = !empty; // <row r="900" s="1"/> holds nothing
}

void SheetParser::feed(std::string_view window) {
    if (m_stopped || m_sheetDataDone || !m_scanError.empty()) return;
    Scanner scanner(window);
    Tag tag;
    while (!m_stopped && scanner.next(tag)) {
        if (m_collecting) xml::appendDecoded(scanner.text(), m_value);
        if (tag.kind == TagKind::CData) {
            if (m_collecting) m_value.append(tag.attrs);
            continue;
        }
        const std::string_view name = tag.name;
        if (!m_inSheetData) {
            if (name == "sheetData" && tag.kind == TagKind::Open) m_inSheetData = true;
            continue;
        }
        if (name == "c") {
            if (tag.kind == TagKind::Close) {
                if (m_inCell) finishCell();
                continue;
            }
            openCell(tag.attrs, tag.kind == TagKind::Empty);
        } else if (name == "v") {
            if (!m_inCell) continue;
            if (tag.kind == TagKind::Open) {
                m_value.clear();
                m_collecting = true;
            } else {
                m_collecting = false;
            }
        } else if (name == "is") {
            if (!m_inCell) continue;
            m_inInline = tag.kind == TagKind::Open;
            if (m_inInline) m_value.clear();
        } else if (name == "rPh") {
            if (tag.kind == TagKind::Open)
                ++m_phoneticDepth;
            else if (tag.kind == TagKind::Close && m_phoneticDepth > 0)
                --m_phoneticDepth;
        } else if (name == "t") {
            if (!m_inCell || !m_inInline) continue;
            if (tag.kind == TagKind::Open)
                m_collecting = m_phoneticDepth == 0;
            else if (tag.kind == TagKind::Close)
                m_collecting = false;
        } else if (name == "row") {
            if (tag.kind == TagKind::Close) {
                if (m_inCell) finishCell();
                if (m_inRow) finishRow();
                m_inRow = false;
                continue;
            }
            openRow(tag.attrs, tag.kind == TagKind::Empty);
        } else if (name == "sheetData" && tag.kind == TagKind::Close) {
            m_sheetDataDone = true;
            break;
        }
    }
    if (m_collecting) xml::appendDecoded(scanner.text(), m_value);
    if (!scanner.error().empty()) m_scanError = scanner.error();
}

Table SheetParser::finish() {
    if (m_inRow && !m_stopped) {
        if (m_inCell) finishCell();
        finishRow();
    }
    if (!m_scanError.empty())
        m_problems.push_back(
            {"sheet " + m_table.name, "sheet XML is malformed (" + m_scanError + "); rows up to that point were read"});
    if (m_suppressed > 0)
        m_problems.push_back({"sheet " + m_table.name, std::to_string(m_suppressed) + " more problems of this kind"});
    return std::move(m_table);
}

std::size_t afterLastRowEnd(std::string_view buffer) {
    std::size_t pos = buffer.rfind("row>");
    while (pos != std::string_view::npos) {
        if (pos > 0 && (buffer[pos - 1] == '/' || buffer[pos - 1] == ':')) {
            std::size_t k = pos;
            while (k > 0 && buffer[k - 1] != '<' && buffer[k - 1] != '>' && pos - k < 64) --k;
            if (k >= 1 && buffer[k - 1] == '<' && k < buffer.size() && buffer[k] == '/') return pos + 4;
        }
        if (pos == 0) break;
        pos = buffer.rfind("row>", pos - 1);
    }
    return 0;
}

} // namespace est::formats::xlsx
