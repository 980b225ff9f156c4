// app/pending_import.hpp - a generic CSV held back for the column-mapping editor: preview, then import or cancel.
#pragma once

#include "app/app_state.hpp"
#include "io/column_mapping.hpp"
#include "io/inventory.hpp"
#include "app/autosave.hpp"
#include "formats/table.hpp"
#include "formats/text.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::app {

struct ActionOutcome;

/// An inventory file in no known format (not RVTools / ADS / Azure Migrate), kept aside until the user
/// confirms its column mapping. Nothing in the scenario changes until commitPendingImport().
class PendingImport {
public:
    /// How many rows the preview shows.
    static constexpr std::size_t kPreviewRows = 10;
    /// How many problems the preview lists (the rest are counted).
    static constexpr std::size_t kListedProblems = 8;

    std::string fileName;
    std::vector<std::string> header; ///< the file's header cells, in file order
    io::ColumnMapping guessed;       ///< what was guessed (or remembered) when the file arrived
    bool fromSavedMapping = false;   ///< `guessed` is a mapping the scenario remembered for this header
    std::string bytes;               ///< the file as it arrived (the autosave keeps it across a reload)

    /// The mapping being edited (starts as `guessed`).
    const io::ColumnMapping& mapping() const { return m_mapping; }
    /// Changes the mapping and recomputes the preview.
    void setMapping(const io::ColumnMapping& mapping);
    /// Maps workload field `fieldKey` ("vcpu", see io::mappingFields()) to header column `column` (-1 = not
    /// mapped). Unknown keys and columns out of range are ignored. Recomputes the preview.
    void mapField(std::string_view fieldKey, int column);
    /// The header column a field is mapped to, or -1 when not mapped (or mapped to a header the file lacks).
    int columnOf(std::string_view fieldKey) const;

    /// The whole file as it would import with the current mapping (workloads, problems, counts).
    const io::InventoryImport& preview() const { return m_preview; }
    /// Rows that would import with the current mapping.
    std::size_t importableRows() const { return m_preview.workloads.size(); }
    /// Data rows in the file.
    std::size_t fileRows() const { return m_table.rows.size(); }
    /// Plain-words reasons Import is not possible ("Map a column to Name or Id ..."); empty = can import.
    std::vector<std::string> blockers() const;
    bool canImport() const { return blockers().empty(); }
    /// The first problems as "line N: reason", at most kListedProblems, then "... and N more".
    std::vector<std::string> problemLines() const;

    /// The file and its current mapping as the autosave keeps them.
    PendingImportRecord record() const { return PendingImportRecord{fileName, bytes, m_mapping, {}}; }

    /// Builds the pending import from a parsed generic table. `saved` is the scenario's import settings.
    static PendingImport fromTable(formats::Table table, formats::text::NumberStyle style, std::string fileName,
                                   const io::ImportSettings& saved);

private:
    void refresh();
    formats::Table m_table;
    formats::text::NumberStyle m_style = formats::text::NumberStyle::DecimalPoint;
    io::ColumnMapping m_mapping;
    io::InventoryImport m_preview;
};

/// Reads `bytes` as CSV; when the header is not a known inventory format (RVTools vInfo, AWS discovery,
/// Azure Migrate), not another RVTools tab and not an .xlsx workbook, returns it as a pending import.
/// Otherwise nothing: import it directly with importInventory().
std::optional<PendingImport> preparePendingImport(std::string_view bytes, const std::string& fileName,
                                                  const io::ImportSettings& saved);

/// Rebuilds the file that was waiting for its column mapping before a reload, with the mapping it had. Nothing
/// when it cannot be (the file was not kept, or no longer reads as a CSV to map): `notice` then says so in plain
/// words; on success `notice` says the file is waiting again.
std::optional<PendingImport> restorePendingImport(const PendingImportRecord& record, const io::ImportSettings& saved,
                                                  std::string& notice);

/// Imports the pending file with its current mapping as one undoable step (merge by id), and remembers the
/// mapping for this header layout in `state.importSettings` (saved in the scenario file's "import" section).
/// When the mapping cannot import (see blockers()), nothing changes and ok is false.
ActionOutcome commitPendingImport(AppState& state, const PendingImport& pending);

} // namespace est::app
