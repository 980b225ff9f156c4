// io/inventory_import.cpp - inventory files in: detect the format from the header and import any table.
#include "io/inventory_import.hpp"

#include <unordered_map>

#include "formats/csv.hpp"
#include "io/import_common.hpp"
#include "io/inventory_values.hpp"
#include "io/rvtools_columns.hpp"
#include "io/rvtools_workbook.hpp"

namespace est::io {
namespace {

bool has(const std::vector<std::string>& normalized, std::string_view name) {
    return detail::findColumn(normalized, {name}) >= 0;
}

std::string headerAt(const formats::Table& table, int col) {
    return col >= 0 && static_cast<std::size_t>(col) < table.header.size() ? table.header[static_cast<std::size_t>(col)]
                                                                           : std::string();
}

// Appends the version to the OS name unless the name already says it ("Windows Server 2019" + "2019").
std::string joinOs(std::string_view name, std::string_view version) {
    name = formats::text::trim(name);
    version = formats::text::trim(version);
    if (version.empty() || formats::text::containsIgnoreCase(name, version)) return formats::text::sanitizeUtf8(name);
    if (name.empty()) return formats::text::sanitizeUtf8(version);
    return formats::text::sanitizeUtf8(std::string(name) + " " + std::string(version));
}

} // namespace

InventoryFormat detectInventoryFormat(const std::vector<std::string>& header) {
    if (looksLikeRvToolsVInfo(header)) return InventoryFormat::RvToolsVInfo;
    const std::vector<std::string> n = detail::normalizeAll(header);
    int ads = 0;
    for (std::string_view k :
         {"externalid", "smbiosid", "cpunumberofprocessors", "cpunumberofcores", "cpunumberoflogicalcores",
          "ramtotalsizeinmb", "cpuusagepctavg", "vmwaremorefid", "vmwarevmname", "osname"})
        if (has(n, k)) ++ads;
    if (ads >= 3) return InventoryFormat::AwsDiscovery;
    if (has(n, "servername") && has(n, "cores") && has(n, "memoryinmb")) return InventoryFormat::AzureMigrate;
    return InventoryFormat::Generic;
}

InventoryImport importAwsDiscovery(const formats::Table& table, formats::text::NumberStyle style) {
    InventoryImport out;
    out.format = InventoryFormat::AwsDiscovery;
    out.dialect = "AWS Migration Hub import template";
    const std::vector<std::string> n = detail::normalizeAll(table.header);
    const int cExternal = detail::findColumn(n, {"externalid"});
    const int cHost = detail::findColumn(n, {"hostname"});
    const int cVmName = detail::findColumn(n, {"vmwarevmname"});
    const int cIp = detail::findColumn(n, {"ipaddress"});
    const int cMac = detail::findColumn(n, {"macaddress"});
    const int cCpu = detail::findColumn(n, {"cpunumberoflogicalcores", "cpunumberofcores", "cpunumberofprocessors"});
    const int cRam = detail::findColumn(n, {"ramtotalsizeinmb"});
    const int cRamUsed = detail::findColumn(n, {"ramusedsizeinmbmax", "ramusedsizeinmbavg"});
    const int cCpuUtil = detail::findColumn(n, {"cpuusagepctmax", "cpuusagepctavg"});
    const int cOsName = detail::findColumn(n, {"osname"});
    const int cOsVersion = detail::findColumn(n, {"osversion"});
    const int cApps = detail::findColumn(n, {"applications"});
    const int cTags = detail::findColumn(n, {"tags"});
    if (cExternal < 0 && cHost < 0 && cVmName < 0 && cIp < 0 && cMac < 0) {
        out.problems.push_back(
            {"header", "no identifier column (ExternalId, HostName, VMware.VMName, IPAddress or MACAddress)"});
        return out;
    }
    out.readable = true;
    out.notes.push_back({"file", "the AWS import template has no disk size: storage is not imported"});
    std::unordered_map<std::string, int> seenIds;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        std::string_view id;
        for (int c : {cExternal, cHost, cVmName, cIp, cMac})
            if (id.empty()) id = formats::text::trim(cellAt(row, c));
        if (id.empty()) {
            ++out.emptyRows;
            continue;
        }
        ImportedWorkload iw;
        iw.line = detail::lineOf(table, r);
        model::Workload& w = iw.workload;
        w.id = formats::text::sanitizeUtf8(id);
        std::string_view name = formats::text::trim(cellAt(row, cHost));
        if (name.empty()) name = formats::text::trim(cellAt(row, cVmName));
        w.name = name.empty() ? w.id : formats::text::sanitizeUtf8(name);
        iw.provided = bit(WorkloadField::Name) | bit(WorkloadField::Kind);
        if (const std::string_view ip = formats::text::trim(cellAt(row, cIp)); !ip.empty()) {
            w.ipAddresses = formats::text::sanitizeUtf8(ip);
            iw.provided |= bit(WorkloadField::IpAddresses);
        }
        std::string reason;
        bool bad = false;
        if (!formats::text::trim(cellAt(row, cCpu)).empty()) {
            if (auto v = detail::readCount(cellAt(row, cCpu), headerAt(table, cCpu), style, reason)) {
                w.vcpu = *v;
                iw.provided |= bit(WorkloadField::Vcpu);
            } else {
                bad = true;
            }
        }
        std::optional<double> ramMb;
        if (!bad && !formats::text::trim(cellAt(row, cRam)).empty()) {
            ramMb = detail::readAmount(cellAt(row, cRam), headerAt(table, cRam), style, reason, false);
            if (ramMb) {
                w.ramGb = toGb(*ramMb, SizeUnit::Mib);
                iw.provided |= bit(WorkloadField::RamGb);
            } else {
                bad = true;
            }
        }
        if (bad) {
            out.problems.push_back({detail::whereOf(table, r), detail::quoted(w.id) + " skipped: " + reason});
            ++out.skippedRows;
            continue;
        }
        if (auto [it, inserted] = seenIds.emplace(w.id, iw.line); !inserted) {
            out.problems.push_back({detail::whereOf(table, r),
                                    detail::quoted(w.id) + " skipped: same id as line " + std::to_string(it->second)});
            ++out.skippedRows;
            continue;
        }
        if (!(iw.provided & bit(WorkloadField::Vcpu)) || !(iw.provided & bit(WorkloadField::RamGb)))
            out.notes.push_back(
                {detail::whereOf(table, r), detail::quoted(w.id) + ": no CPU or RAM size, defaults kept"});
        if (auto u = detail::readUtilisation(cellAt(row, cCpuUtil), false, style)) {
            w.cpuUtilP95Pct = *u;
            iw.provided |= bit(WorkloadField::CpuUtil);
        }
        if (ramMb && *ramMb > 0.0) {
            if (auto used = detail::parseNumberEither(cellAt(row, cRamUsed), style);
                used && *used >= 0.0 && *used <= *ramMb) {
                w.memUtilP95Pct = *used / *ramMb;
                iw.provided |= bit(WorkloadField::MemUtil);
            }
        }
        const std::string os = joinOs(cellAt(row, cOsName), cellAt(row, cOsVersion));
        if (!os.empty()) {
            w.os = os;
            iw.provided |= bit(WorkloadField::Os);
        }
        const std::string_view tags = cellAt(row, cTags);
        std::string app = std::string(formats::text::trim(cellAt(row, cApps)));
        if (app.empty()) app = tagValue(tags, {"app", "application"});
        if (!app.empty()) {
            w.application = formats::text::sanitizeUtf8(app);
            iw.provided |= bit(WorkloadField::Application);
        }
        if (auto env = parseEnvironment(tagValue(tags, {"env", "environment", "stage"}))) {
            w.environment = *env;
            iw.provided |= bit(WorkloadField::Environment);
        }
        if (detail::skipImplausibleRow(out, table, r, detail::quoted(w.id), iw)) continue;
        out.workloads.push_back(std::move(iw));
    }
    return out;
}

InventoryImport importAzureMigrate(const formats::Table& table, formats::text::NumberStyle style) {
    InventoryImport out;
    out.format = InventoryFormat::AzureMigrate;
    out.dialect = "Azure Migrate import CSV";
    const std::vector<std::string> n = detail::normalizeAll(table.header);
    const int cName = detail::findColumn(n, {"servername"});
    const int cCores = detail::findColumn(n, {"cores"});
    const int cMemory = detail::findColumn(n, {"memoryinmb"});
    const int cOsName = detail::findColumn(n, {"osname"});
    const int cOsVersion = detail::findColumn(n, {"osversion"});
    const int cCpuUtil = detail::findColumn(n, {"cpuutilizationpercentage"});
    const int cMemUtil = detail::findColumn(n, {"memoryutilizationpercentage"});
    const int cInUse = detail::findColumn(n, {"storageinuseingb"});
    const int cIps = detail::findColumn(n, {"ipaddresses", "ipaddress"});
    std::vector<int> diskColumns; // "Disk N size (In GB)", N = 1..20 in any order
    for (std::size_t i = 0; i < n.size(); ++i) {
        const std::string& h = n[i];
        if (h.size() > 12 && h.rfind("disk", 0) == 0 && h.compare(h.size() - 8, 8, "sizeingb") == 0) {
            const std::string middle = h.substr(4, h.size() - 12);
            if (!middle.empty() && middle.find_first_not_of("0123456789") == std::string::npos)
                diskColumns.push_back(static_cast<int>(i));
        }
    }
    if (cName < 0 || cCores < 0 || cMemory < 0) {
        out.problems.push_back(
            {"header", "not an Azure Migrate import: needs *Server name, *Cores and *Memory (In MB)"});
        return out;
    }
    out.readable = true;
    std::unordered_map<std::string, int> seenIds;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        const std::string_view name = formats::text::trim(cellAt(row, cName));
        if (name.empty()) {
            ++out.emptyRows;
            continue;
        }
        ImportedWorkload iw;
        iw.line = detail::lineOf(table, r);
        model::Workload& w = iw.workload;
        w.id = formats::text::sanitizeUtf8(name);
        w.name = w.id;
        if (const std::string_view ips = formats::text::trim(cellAt(row, cIps)); !ips.empty()) {
            w.ipAddresses = formats::text::sanitizeUtf8(ips);
            iw.provided |= bit(WorkloadField::IpAddresses);
        }
        std::string reason;
        const auto cores =
            detail::readCount(cellAt(row, cCores), table.header[static_cast<std::size_t>(cCores)], style, reason);
        std::optional<double> memory;
        if (cores)
            memory = detail::readAmount(cellAt(row, cMemory), table.header[static_cast<std::size_t>(cMemory)], style,
                                        reason, false);
        if (!cores || !memory) {
            out.problems.push_back({detail::whereOf(table, r), detail::quoted(name) + " skipped: " + reason});
            ++out.skippedRows;
            continue;
        }
        if (auto [it, inserted] = seenIds.emplace(w.id, iw.line); !inserted) {
            out.problems.push_back(
                {detail::whereOf(table, r),
                 detail::quoted(name) + " skipped: same server name as line " + std::to_string(it->second)});
            ++out.skippedRows;
            continue;
        }
        w.vcpu = *cores;
        w.ramGb = toGb(*memory, SizeUnit::Mib);
        iw.provided =
            bit(WorkloadField::Name) | bit(WorkloadField::Kind) | bit(WorkloadField::Vcpu) | bit(WorkloadField::RamGb);
        double disks = 0.0;
        bool anyDisk = false;
        for (int c : diskColumns) {
            if (auto v = detail::parseNumberEither(cellAt(row, c), style); v && *v >= 0.0 && *v < 1e12) {
                disks += *v;
                anyDisk = true;
            }
        }
        if (!anyDisk) {
            if (auto v = detail::parseNumberEither(cellAt(row, cInUse), style); v && *v >= 0.0 && *v < 1e12) {
                disks = *v;
                anyDisk = true;
            }
        }
        if (anyDisk) {
            w.storageGb = disks;
            iw.provided |= bit(WorkloadField::StorageGb);
        }
        const std::string os = joinOs(cellAt(row, cOsName), cellAt(row, cOsVersion));
        if (!os.empty()) {
            w.os = os;
            iw.provided |= bit(WorkloadField::Os);
        }
        if (auto u = detail::readUtilisation(cellAt(row, cCpuUtil), false, style)) {
            w.cpuUtilP95Pct = *u;
            iw.provided |= bit(WorkloadField::CpuUtil);
        }
        if (auto u = detail::readUtilisation(cellAt(row, cMemUtil), false, style)) {
            w.memUtilP95Pct = *u;
            iw.provided |= bit(WorkloadField::MemUtil);
        }
        if (detail::skipImplausibleRow(out, table, r, detail::quoted(name), iw)) continue;
        out.workloads.push_back(std::move(iw));
    }
    return out;
}

InventoryImport importInventoryTable(const formats::Table& table, formats::text::NumberStyle style,
                                     const ImportSettings& settings, const ColumnMapping* mapping,
                                     ColumnMapping* usedMapping) {
    switch (detectInventoryFormat(table.header)) {
    case InventoryFormat::RvToolsVInfo:
        return importRvToolsVInfo(table, style);
    case InventoryFormat::AwsDiscovery:
        return importAwsDiscovery(table, style);
    case InventoryFormat::AzureMigrate:
        return importAzureMigrate(table, style);
    case InventoryFormat::Generic:
    case InventoryFormat::Unknown:
        break;
    }
    ColumnMapping m;
    if (mapping != nullptr)
        m = *mapping;
    else if (auto saved = findSavedMapping(settings, table.header))
        m = *saved;
    else
        m = guessColumnMapping(table, style);
    if (usedMapping != nullptr) *usedMapping = m;
    return importWithMapping(table, m, style);
}

FileImport importInventoryBytes(std::string_view bytes, std::string_view fileName, const ImportSettings& settings,
                                const ColumnMapping* mapping) {
    FileImport out;
    if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
        // An .xlsx workbook: the RVTools workbook reader (vInfo + vCPU/vMemory/vPartition/vHost) takes it.
        out.inventory = importRvToolsWorkbook(bytes).inventory;
        return out;
    }
    if (bytes.find('\0') != std::string_view::npos &&
        !(bytes.size() >= 2 &&
          (static_cast<unsigned char>(bytes[0]) == 0xFF || static_cast<unsigned char>(bytes[0]) == 0xFE))) {
        out.inventory.problems.push_back({std::string(fileName), "binary data, not a CSV text file"});
        return out;
    }
    // RVTools vInfo has ~90 columns and the importer reads ~20: skip the rest while reading (4x less work
    // on a 100,000-row export). Other formats are kept whole (the mapping editor shows every column).
    formats::CsvOptions options;
    options.selectColumns = [&out](const std::vector<std::string>& header) {
        out.header = header;
        if (looksLikeRvToolsVInfo(header)) return rvToolsVInfoColumnsUsed(header);
        return std::vector<bool>(header.size(), true);
    };
    formats::CsvResult csv = formats::readCsv(bytes, std::string(fileName), options);
    if (csv.table.header.empty()) {
        out.inventory.problems.push_back({std::string(fileName), "the file is empty: no header line"});
        return out;
    }
    const InventoryFormat format = detectInventoryFormat(csv.table.header);
    const std::vector<std::string> normalized = detail::normalizeAll(out.header);
    if (format == InventoryFormat::Generic && (has(normalized, "visdkuuid") || has(normalized, "visdkserver"))) {
        // Another RVTools tab (vHost, vDisk, vCPU ...): its rows are not workloads, so a mapping would mislead.
        out.inventory.problems.push_back({std::string(fileName),
                                          "an RVTools tab other than vInfo: import RVTools_tabvInfo.csv "
                                          "(or the whole .xlsx export) to get the VMs"});
        return out;
    }
    if (format == InventoryFormat::Generic) {
        ColumnMapping used;
        out.mappingWasSaved = mapping == nullptr && findSavedMapping(settings, csv.table.header).has_value();
        out.inventory = importInventoryTable(csv.table, csv.numberStyle, settings, mapping, &used);
        out.mapping = used;
    } else {
        out.inventory = importInventoryTable(csv.table, csv.numberStyle, settings);
    }
    // CSV-level oddities (unclosed quote ...) are worth knowing but did not stop the import.
    for (formats::InputProblem& p : csv.problems) out.inventory.notes.push_back(std::move(p));
    return out;
}

std::string summaryLine(const MergeReport& report) {
    return "imported " + std::to_string(report.added) + " workloads, updated " + std::to_string(report.updated) +
           ", skipped " + std::to_string(report.skipped);
}

} // namespace est::io
