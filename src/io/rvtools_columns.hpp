// io/rvtools_columns.hpp - RVTools vInfo: the one place that knows its column names in every dialect.
//
// Used by the CSV import (RVTools_tabvInfo.csv) and the .xlsx import (vInfo sheet) alike. Columns are found
// by header name only, never by position: custom attributes sit between Annotation and Datacenter and shift
// everything after them (formats.md section 1).
#pragma once

#include <string>
#include <vector>

#include "io/inventory.hpp"
#include "formats/table.hpp"
#include "formats/text.hpp"

namespace est::io {

/// Which header dialect a vInfo table uses.
enum class RvToolsDialect { Display4x, Display3x, DbColumnNames };

/// Column indices of the vInfo fields the estimator reads; -1 = the column is absent.
struct RvToolsVInfoColumns {
    RvToolsDialect dialect = RvToolsDialect::Display4x;
    int vm = -1;             ///< "VM" / "vInfoVMName"  (required)
    int powerstate = -1;     ///< "Powerstate"
    int isTemplate = -1;     ///< "Template"
    int srmPlaceholder = -1; ///< "SRM Placeholder"
    int dnsName = -1;        ///< "DNS Name" / "vInfoGuestHostName"
    int cpus = -1;           ///< "CPUs"  (required)
    int memory = -1;         ///< "Memory", MiB  (required)
    int provisioned = -1;    ///< "Provisioned MiB" / "Provisioned MB" (values are MiB in both)
    int inUse = -1;          ///< "In Use MiB" / "In Use MB"
    int totalDisk = -1;      ///< "Total disk capacity MiB" (4.x only)
    int annotation = -1;
    int folder = -1;
    int resourcePool = -1;
    int datacenter = -1;
    int cluster = -1;
    int host = -1;
    int primaryIp = -1;
    int osConfig = -1; ///< "OS according to the configuration file" / "vInfoOS"
    int osTools = -1;  ///< "OS according to the VMware Tools" / "vInfoOSTools"
    int vmUuid = -1;   ///< "VM UUID" / "vInfoUUID": the stable id
    int viSdkServer = -1;
    int environment = -1; ///< a custom attribute / tag column naming the environment, if any
    int application = -1; ///< a custom attribute / tag column naming the application, if any
};

/// Finds the vInfo columns in a header (4.x MiB, 3.x MB or DB column names, any case, trailing spaces,
/// any position). Returns true when VM, CPUs and Memory were all found (the minimum RVTools subset).
bool findRvToolsVInfoColumns(const std::vector<std::string>& header, RvToolsVInfoColumns& columns);

/// For each header cell, whether importRvToolsVInfo reads it (so a reader can skip the other ~70 columns).
std::vector<bool> rvToolsVInfoColumnsUsed(const std::vector<std::string>& header);

/// True when the header looks like an RVTools vInfo tab (VM, CPUs, Memory and Powerstate or a MiB/MB column).
bool looksLikeRvToolsVInfo(const std::vector<std::string>& header);

/// Maps a vInfo table (from CSV or xlsx) to workloads: id = VM UUID (else VM name), name = VM, vCPU = CPUs,
/// RAM = Memory MiB / 1024, storage = Provisioned MiB / 1024 (else Total disk capacity, else In Use), OS from
/// the Tools column (else the configuration file), host, power state, environment / application from custom
/// attribute columns when present. Templates and SRM placeholders are excluded and counted; rows with no VM
/// are ignored; unreadable rows are reported with their line (table.rowLines) and skipped. `style` says how the
/// file writes numbers ("16,384" vs "16.384"); xlsx cells are plain numbers and read either way.
InventoryImport importRvToolsVInfo(const formats::Table& table,
                                   formats::text::NumberStyle style = formats::text::NumberStyle::DecimalPoint);

} // namespace est::io
