// app/import_summary.hpp - what the last inventory import did, for the card the overview shows after it.
#pragma once

#include "io/inventory.hpp"
#include "model/result.hpp"
#include "model/scenario.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace est::app {

/// The last import as the user reads it: how many rows came in, which were skipped and why, the notes.
struct ImportSummary {
    std::string fileName;
    std::string source; ///< "RVTools vInfo CSV, RVTools 4.x (MiB)"
    int added = 0;      ///< new workloads
    int updated = 0;    ///< workloads already in the estate that the file changed
    int unchanged = 0;  ///< workloads already in the estate, unchanged
    int skipped = 0;    ///< rows not imported (problems, templates, placeholders)
    std::vector<std::string>
        skippedReasons;                   ///< "line 7: vCPU 'abc' is not a number", "2 templates (not workloads)", ...
    std::vector<std::string> notes;       ///< rows imported with a caveat, per-file remarks (shown collapsed)
    std::vector<std::string> workloadIds; ///< ids the file added or matched
    std::size_t undoDepth = 0;            ///< history depth just after the import (undone: below it)
    std::string notice; ///< the notice that reported the import (the status line leaves it out beside the card)

    int imported() const { return added + updated + unchanged; }
};

/// Reasons and notes are listed up to this many; the rest are counted in a last line.
constexpr std::size_t kImportLinesListed = 8;

/// Builds the summary of merging `inventory` (read from `fileName` as `source`) with the report `merged`.
ImportSummary summarizeImport(const std::string& fileName, const std::string& source,
                              const io::InventoryImport& inventory, const io::MergeReport& merged);

/// The imported workloads the engine proposes to retire, by reason (the user has not chosen their disposition).
struct ProposedRetirements {
    int poweredOff = 0;
    int idle = 0;
    int total() const { return poweredOff + idle; }
};
/// Counts them in `result` (of `scenario`, which holds the imported workloads).
ProposedRetirements proposedRetirements(const ImportSummary& summary, const model::Scenario& scenario,
                                        const model::Result& result);

/// A file problem as one line: "line 7: vCPU 'abc' is not a number" (the message alone when it has no place).
std::string problemLine(const formats::InputProblem& p);
/// Appends the first `limit` problems to `out` as lines after `prefix` ("note: "), then "... and N more" for the
/// rest, with " <moreNoun>" when one is given ("... and 3 more notes"): a big file can have thousands.
void listProblems(const std::vector<formats::InputProblem>& problems, std::size_t limit, std::string_view prefix,
                  std::vector<std::string>& out, std::string_view moreNoun = {});
/// A count with its noun: (1, "row", "rows") -> "1 row", (3, ...) -> "3 rows".
std::string countedText(int n, const char* one, const char* many);

/// A scenario name from an imported file's name: the name without its extension, underscores as spaces
/// ("RVTools_export_vInfo.csv" -> "RVTools export vInfo"); "Imported estate" when nothing is left.
std::string scenarioNameFromFile(const std::string& fileName);

} // namespace est::app
