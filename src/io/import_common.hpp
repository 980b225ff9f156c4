// io/import_common.hpp - helpers the inventory importers share (internal to est_io).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/inventory.hpp"
#include "formats/text.hpp"

namespace est::io::detail {

/// Number in the file's style, then in the other style (xlsx cells in a ';' CSV world, or the reverse).
std::optional<double> parseNumberEither(std::string_view s, formats::text::NumberStyle style);
/// The file line of data row `i` (rowLines when filled, else header line 1 + i + 1).
int lineOf(const formats::Table& table, std::size_t i);
/// "line 12" (or "<table name> row 12" for sheets).
std::string whereOf(const formats::Table& table, std::size_t i);
/// Index of the first header cell whose normalised text equals one of `names` (normalised), or -1.
int findColumn(const std::vector<std::string>& normalizedHeader, std::initializer_list<std::string_view> names);
/// Normalised copy of every header cell.
std::vector<std::string> normalizeAll(const std::vector<std::string>& header);
/// Quotes a cell for a message, shortened to 40 characters.
std::string quoted(std::string_view cell);

/// The first field of an imported workload outside its plausible bound (model/assumptions.hpp), as
/// "ramGb: 549755813888 is more than the 32768 GB ...", or "" when every provided field is plausible.
std::string workloadBoundProblem(const ImportedWorkload& iw);

/// Reports and skips a row whose workload has a field outside its bound: adds "<where>: <label> skipped:
/// <field>: <why>" to the problems. True when the row must be skipped.
bool skipImplausibleRow(InventoryImport& out, const formats::Table& table, std::size_t row, const std::string& label,
                        const ImportedWorkload& iw);

/// Reads a required whole count (> 0) such as vCPU; on failure adds a problem and returns nothing.
std::optional<int> readCount(std::string_view cell, std::string_view column, formats::text::NumberStyle style,
                             std::string& reason);
/// Reads a required positive amount; on failure sets reason and returns nothing.
std::optional<double> readAmount(std::string_view cell, std::string_view column, formats::text::NumberStyle style,
                                 std::string& reason, bool allowZero);
/// Utilisation as a decimal 0..1 from a percent (0..100) or, when `fraction`, from 0..1; nothing when
/// empty or out of range.
std::optional<double> readUtilisation(std::string_view cell, bool fraction, formats::text::NumberStyle style);

} // namespace est::io::detail
