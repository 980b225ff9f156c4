// io/inventory_import.hpp - inventory files in: detect the format from the header and import any table.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/column_mapping.hpp"
#include "io/inventory.hpp"
#include "formats/table.hpp"
#include "formats/text.hpp"

namespace est::io {

/// The format a header belongs to: RVTools vInfo (any dialect), the AWS Migration Hub / ADS import template,
/// the Azure Migrate import CSV, else Generic (imported through a column mapping).
InventoryFormat detectInventoryFormat(const std::vector<std::string>& header);

/// AWS Migration Hub / Application Discovery import template (formats.md 2): id = ExternalId (else HostName,
/// VMware.VMName, IPAddress, MACAddress), vCPU = logical cores (else cores, else processors), RAM MB -> GB,
/// CPU utilisation = CPU.UsagePct.Max (else Avg), memory = RAM.UsedSizeInMB.Max / total, application and
/// environment from Applications / Tags ("env:prod"). No disk column: storage is not provided.
InventoryImport importAwsDiscovery(const formats::Table& table,
                                   formats::text::NumberStyle style = formats::text::NumberStyle::DecimalPoint);

/// Azure Migrate import CSV (formats.md 4; "*" is part of the mandatory headers): name = *Server name,
/// vCPU = *Cores, RAM = *Memory (In MB) -> GB, OS = *OS name (+ OS version), storage = sum of Disk N size
/// (In GB) (else Storage in use), utilisation percentages -> decimals.
InventoryImport importAzureMigrate(const formats::Table& table,
                                   formats::text::NumberStyle style = formats::text::NumberStyle::DecimalPoint);

/// Imports a table of any known format; Generic tables use `mapping` (or, when null, a saved mapping for
/// this header from `settings`, else a guessed one). The mapping used for a Generic table is returned in
/// `usedMapping` when given.
InventoryImport importInventoryTable(const formats::Table& table, formats::text::NumberStyle style,
                                     const ImportSettings& settings, const ColumnMapping* mapping = nullptr,
                                     ColumnMapping* usedMapping = nullptr);

/// What importing one file gave.
struct FileImport {
    InventoryImport inventory;            ///< workloads, problems, notes, counts
    std::optional<ColumnMapping> mapping; ///< the mapping used for a Generic file (guessed or saved)
    bool mappingWasSaved = false;         ///< the mapping came from ImportSettings
    std::vector<std::string> header;      ///< the file's header (for a mapping editor)
};

/// Imports the bytes of an uploaded or opened file: CSV (any separator, BOM, UTF-16; format detected from the
/// header) or an RVTools .xlsx workbook (zip magic; importRvToolsWorkbook). The file name labels messages.
FileImport importInventoryBytes(std::string_view bytes, std::string_view fileName, const ImportSettings& settings,
                                const ColumnMapping* mapping = nullptr);

/// One-line summary as the CLI prints it: "imported N workloads, updated M, skipped K".
std::string summaryLine(const MergeReport& report);

} // namespace est::io
