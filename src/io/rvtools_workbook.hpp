// io/rvtools_workbook.hpp - a whole RVTools export (xlsx workbook or its CSV tabs) -> enriched workload import.
//
// vInfo gives the workloads (through importRvToolsVInfo, the one vInfo column mapping). The other tabs add
// what vInfo lacks: vCPU Overall / Max (MHz) -> CPU utilisation, vMemory Active / Size MiB -> memory
// utilisation, Σ vPartition Consumed MiB -> guest-visible used disk, vHost -> host and core counts for the
// Relocate path and the on-premises hardware drivers. vInfo is the source of truth: where vCPU / vMemory
// disagree with it (CPUs, memory size), the vInfo value is kept and the conflict is noted. Rows are matched by
// VM UUID when both tabs have it, else by VM name (names that repeat in vInfo are not matched by name).
#pragma once

#include "io/inventory.hpp"
#include "formats/table.hpp"
#include "formats/text.hpp"
#include "model/scenario.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::io {

struct RvToolsWorkbookOptions {
    /// Size storage on Σ vPartition Consumed (used, guest-visible) instead of vInfo Provisioned, where known.
    bool storageFromUsedDisk = false;
    /// Cap on per-row notes of one kind (conflicts, unmatched rows); the rest are counted in one note.
    int maxNotesPerKind = 25;
};

/// One physical host of vHost.
struct RvToolsHost {
    std::string name;
    std::string cluster;
    int sockets = 0;       ///< "# CPU"; 0 = unknown
    int cores = 0;         ///< "# Cores" (else sockets x "Cores per CPU"); 0 = unknown
    double memoryGb = 0.0; ///< "# Memory" MiB / 1024; 0 = unknown
    double cpuMhz = 0.0;   ///< "Speed"; 0 = unknown
    std::string model;     ///< "Vendor Model", "" = unknown
};

/// Totals over vHost.
struct RvToolsHostSummary {
    std::vector<RvToolsHost> hosts; ///< in sheet order
    int hostCount = 0;              ///< hosts.size()
    int clusterCount = 0;           ///< distinct non-empty Cluster values
    int sockets = 0;                ///< Σ sockets
    int cores = 0;                  ///< Σ cores
    double memoryGb = 0.0;          ///< Σ memory
};

/// Everything one RVTools export yields. `inventory` is ready for mergeInventory (its workloads carry the
/// utilisation and, if asked, used-disk storage, with the matching `provided` bits).
struct RvToolsWorkbookImport {
    InventoryImport inventory;         ///< workloads, problems (rows skipped, unreadable parts), notes
    std::vector<std::string> tabsUsed; ///< tabs that contributed, e.g. {"vInfo", "vCPU", "vHost"}
    int vmRows = 0;                    ///< vInfo rows naming a VM: workloads + templates + placeholders + skipped
    std::vector<std::optional<double>> usedDiskGb; ///< per inventory.workloads[i]: Σ vPartition Consumed, GB
    int cpuUtilSet = 0;                            ///< workloads given cpuUtilP95Pct from vCPU Overall / Max
    int memUtilSet = 0;                            ///< workloads given memUtilP95Pct from vMemory Active / Size
    int usedDiskSet = 0;                           ///< workloads with a vPartition used-disk total
    int conflicts = 0;                             ///< vCPU / vMemory values that disagree with vInfo (vInfo kept)
    int unmatchedRows = 0;                         ///< vCPU / vMemory / vPartition rows naming no imported VM
    RvToolsHostSummary hosts;                      ///< from vHost (empty when the tab is absent)
};

/// Reads an RVTools .xlsx export (only the vInfo, vCPU, vMemory, vPartition and vHost sheets are inflated).
/// A file that is not a readable workbook, or has no usable vInfo, gives inventory.readable == false.
RvToolsWorkbookImport importRvToolsWorkbook(std::string_view xlsxBytes, const RvToolsWorkbookOptions& options = {});

/// The same over tables already read: xlsx sheets, or CSV tab files named like "RVTools_tabvInfo.csv"
/// (tab found by name, ignoring case, an "RVTools_tab" prefix and a ".csv" suffix). `style` is how
/// numbers are written (CSV in a decimal-comma locale); xlsx cells read either way.
RvToolsWorkbookImport importRvToolsTables(const std::vector<formats::Table>& tables,
                                          const RvToolsWorkbookOptions& options = {},
                                          formats::text::NumberStyle style = formats::text::NumberStyle::DecimalPoint);

/// True if `tables` hold an RVTools vInfo tab (a sheet or CSV tab whose header looks like vInfo).
bool hasRvToolsVInfo(const std::vector<formats::Table>& tables);

/// Sets the on-premises drivers the host inventory determines: coresPerHost = cores / hosts and hostRamGb =
/// memory / hosts (each only when known and > 0; RAM only when it is at least largestVmRamGb). Returns the names
/// of the fields it changed ("coresPerHost", "hostRamGb").
std::vector<std::string> applyHostDrivers(const RvToolsHostSummary& hosts, double largestVmRamGb,
                                          model::OnPremDrivers& drivers);

} // namespace est::io
