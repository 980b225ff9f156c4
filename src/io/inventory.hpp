// io/inventory.hpp - what an inventory import produces before it is merged into a scenario.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "formats/table.hpp"
#include "model/scenario.hpp"

namespace est::io {

/// The workload fields an inventory file can set. Bits of a FieldSet; order is the report order.
enum class WorkloadField : std::uint32_t {
    Name,
    Application,
    Environment,
    Kind,
    Os,
    Vcpu,
    RamGb,
    StorageGb,
    CpuUtil,
    MemUtil,
    PowerState,
    Database,
    Licence,
    MonthlyCost,
    Host,
    Wave,
    IpAddresses,
};
inline constexpr int kWorkloadFieldCount = 17;
/// A set of WorkloadField bits: which fields one imported row actually provided.
using FieldSet = std::uint32_t;
/// The bit of one field.
constexpr FieldSet bit(WorkloadField f) { return FieldSet{1} << static_cast<std::uint32_t>(f); }
/// The field's stable name as reports and JSON use it ("ramGb").
const char* fieldName(WorkloadField f);

/// The inventory file dialects the importer knows.
enum class InventoryFormat { Unknown, RvToolsVInfo, AwsDiscovery, AzureMigrate, Generic };
/// Stable key ("rvtools-vinfo", "aws-ads", "azure-migrate", "generic", "unknown").
const char* formatKey(InventoryFormat f);
/// Human label ("RVTools vInfo", "AWS Migration Hub import", ...).
const char* formatLabel(InventoryFormat f);

/// One row that imported: the workload (fields not provided keep model defaults) and what it provided.
struct ImportedWorkload {
    model::Workload workload;
    FieldSet provided = 0; ///< only these fields overwrite an existing workload with the same id
    int line = 0;          ///< 1-based line / row in the file
};

/// The outcome of reading one inventory table, before merging.
struct InventoryImport {
    InventoryFormat format = InventoryFormat::Unknown;
    std::string dialect; ///< e.g. "RVTools 4.x (MiB)", "RVTools 3.x (MB)", "RVTools DB column names"
    std::vector<ImportedWorkload> workloads;
    std::vector<formats::InputProblem> problems; ///< rows skipped (line + reason) and file-level errors
    std::vector<formats::InputProblem> notes;    ///< rows imported with a caveat, and per-file remarks
    int skippedRows = 0;                         ///< rows reported in problems and not imported
    int excludedTemplates = 0;                   ///< RVTools rows with Template = True (not workloads)
    int excludedPlaceholders = 0;                ///< RVTools rows with SRM Placeholder = True
    int emptyRows = 0;                           ///< rows with no name/id at all (styled empty rows), ignored silently
    bool readable = false;                       ///< false when the file as a whole could not be used (see problems)
};

/// One field of one workload that a merge changed.
struct FieldChange {
    std::string workloadId;
    std::string field;  ///< fieldName()
    std::string before; ///< as text, for the report
    std::string after;
    bool operator==(const FieldChange&) const = default;
};

/// What merging an import into a scenario did.
struct MergeReport {
    int added = 0;     ///< new ids appended to the estate
    int updated = 0;   ///< existing ids with at least one changed field
    int unchanged = 0; ///< existing ids the import matched but did not change
    int skipped = 0;   ///< rows not imported: problems + templates + placeholders
    std::vector<std::string> addedIds;
    std::vector<FieldChange> changes;    ///< every changed field of the updated workloads
    std::vector<std::string> wavesAdded; ///< plan waves created because imported workloads named them
};

/// Adds or updates workloads by id: a new id is appended; an existing one gets only the fields the import
/// provided (wave, disposition, tags and everything else already set are kept). Nothing is removed. Plan
/// waves that workloads name but the plan lacks are appended (default length, after the last wave).
MergeReport mergeInventory(model::Scenario& scenario, const InventoryImport& imported);

} // namespace est::io
