// formats/table.hpp - a sheet of text cells: what the CSV and .xlsx readers produce and the importers read.
#pragma once

#include <string>
#include <vector>

namespace est::formats {

/// A problem tied to a place in the input: a line (CSV), a row (xlsx) or a JSON path.
struct InputProblem {
    std::string where;   ///< "line 12", "vInfo row 7", "workloads[3].vcpu"
    std::string message; ///< what is wrong and what was expected
    bool operator==(const InputProblem&) const = default;
};

/// One table: a header row and data rows, every cell as the text the file holds (numbers unformatted
/// for xlsx, as written for CSV). Rows may be shorter than the header (missing cells are empty).
struct Table {
    std::string name;                           ///< sheet name ("vInfo") or file name
    std::vector<std::string> header;            ///< trimmed header cells
    std::vector<std::vector<std::string>> rows; ///< data rows, header excluded
    std::vector<int> rowLines;                  ///< for each row, its 1-based line / row number in the file
};

} // namespace est::formats
