// io/rvtools_columns.cpp - RVTools vInfo: the one place that knows its column names in every dialect.
#include "io/rvtools_columns.hpp"

#include <unordered_map>

#include "io/import_common.hpp"
#include "io/inventory_values.hpp"

namespace est::io {
namespace {

// Header as matched: normalised (lower-case letters and digits) with the DB dialect's "vinfo" prefix
// removed, so "vInfoCPUs" and "CPUs" meet at "cpus" (formats.md 1.4's suggested rule).
std::string matchKey(const std::string& header, bool& hadDbPrefix) {
    std::string n = formats::text::normalizeHeader(header);
    hadDbPrefix = n.size() > 5 && n.rfind("vinfo", 0) == 0;
    if (hadDbPrefix) n.erase(0, 5);
    return n;
}

int first(const std::unordered_map<std::string, int>& index, std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (auto it = index.find(name); it != index.end()) return it->second;
    return -1;
}

} // namespace

bool findRvToolsVInfoColumns(const std::vector<std::string>& header, RvToolsVInfoColumns& c) {
    c = RvToolsVInfoColumns{};
    std::unordered_map<std::string, int> index; // first occurrence of each key wins
    int dbPrefixed = 0;
    bool sawMb = false;
    for (std::size_t i = 0; i < header.size(); ++i) {
        bool db = false;
        std::string key = matchKey(header[i], db);
        if (db) ++dbPrefixed;
        if (key == "provisionedmb" || key == "inusemb") sawMb = true;
        index.emplace(std::move(key), static_cast<int>(i));
    }
    c.vm = first(index, {"vm", "vmname"});
    c.powerstate = first(index, {"powerstate"});
    c.isTemplate = first(index, {"template"});
    c.srmPlaceholder = first(index, {"srmplaceholder"});
    c.dnsName = first(index, {"dnsname", "guesthostname"});
    c.cpus = first(index, {"cpus", "numcpu", "numcpus"});
    c.memory = first(index, {"memory", "memorymib", "memorymb"});
    c.provisioned = first(index, {"provisionedmib", "provisionedmb", "provisioned"});
    c.inUse = first(index, {"inusemib", "inusemb", "inuse"});
    c.totalDisk = first(index, {"totaldiskcapacitymib", "totaldiskcapacitymb"});
    c.annotation = first(index, {"annotation"});
    c.folder = first(index, {"folder"});
    c.resourcePool = first(index, {"resourcepool"});
    c.datacenter = first(index, {"datacenter"});
    c.cluster = first(index, {"cluster"});
    c.host = first(index, {"host"});
    c.primaryIp = first(index, {"primaryipaddress"});
    c.osConfig = first(index, {"osaccordingtotheconfigurationfile", "os"});
    c.osTools = first(index, {"osaccordingtothevmwaretools", "ostools"});
    c.vmUuid = first(index, {"vmuuid", "uuid"});
    c.viSdkServer = first(index, {"visdkserver"});
    // Environment / application live in custom attributes or tags when a site keeps them at all.
    c.environment = first(index, {"environment", "env", "tagsenvironment", "tagsenv", "stage"});
    c.application = first(index, {"application", "app", "applicationname", "appname", "tagsapplication"});
    if (dbPrefixed >= 3)
        c.dialect = RvToolsDialect::DbColumnNames;
    else if (sawMb)
        c.dialect = RvToolsDialect::Display3x;
    else
        c.dialect = RvToolsDialect::Display4x;
    return c.vm >= 0 && c.cpus >= 0 && c.memory >= 0;
}

std::vector<bool> rvToolsVInfoColumnsUsed(const std::vector<std::string>& header) {
    std::vector<bool> used(header.size(), false);
    RvToolsVInfoColumns c;
    findRvToolsVInfoColumns(header, c);
    // Only what importRvToolsVInfo reads (keep the two in step).
    for (int index : {c.vm, c.powerstate, c.isTemplate, c.srmPlaceholder, c.cpus, c.memory, c.provisioned, c.inUse,
                      c.totalDisk, c.host, c.primaryIp, c.osConfig, c.osTools, c.vmUuid, c.environment, c.application})
        if (index >= 0) used[static_cast<std::size_t>(index)] = true;
    return used;
}

bool looksLikeRvToolsVInfo(const std::vector<std::string>& header) {
    RvToolsVInfoColumns c;
    if (!findRvToolsVInfoColumns(header, c)) return false;
    return c.powerstate >= 0 || c.provisioned >= 0 || c.osConfig >= 0 || c.isTemplate >= 0;
}

InventoryImport importRvToolsVInfo(const formats::Table& table, formats::text::NumberStyle style) {
    InventoryImport out;
    out.format = InventoryFormat::RvToolsVInfo;
    RvToolsVInfoColumns c;
    if (!findRvToolsVInfoColumns(table.header, c)) {
        std::string missing;
        if (c.vm < 0) missing += " VM";
        if (c.cpus < 0) missing += " CPUs";
        if (c.memory < 0) missing += " Memory";
        out.problems.push_back({table.name.empty() ? "header" : table.name + " header",
                                "not an RVTools vInfo table: missing column(s)" + missing});
        return out;
    }
    out.readable = true;
    switch (c.dialect) {
    case RvToolsDialect::Display4x:
        out.dialect = "RVTools 4.x (MiB headers)";
        break;
    case RvToolsDialect::Display3x:
        out.dialect = "RVTools 3.x (MB headers, values in MiB)";
        break;
    case RvToolsDialect::DbColumnNames:
        out.dialect = "RVTools DB column names";
        break;
    }
    if (c.provisioned < 0 && c.totalDisk < 0 && c.inUse < 0)
        out.notes.push_back({"header", "no Provisioned / Total disk capacity / In Use column: storage left as it is"});

    std::unordered_map<std::string, int> seenIds; // id -> line, to report duplicates
    seenIds.reserve(table.rows.size());
    out.workloads.reserve(table.rows.size());
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const std::vector<std::string>& row = table.rows[r];
        const std::string_view vm = formats::text::trim(cellAt(row, c.vm));
        if (vm.empty()) {
            ++out.emptyRows; // styled empty rows of re-saved workbooks, partial trailing rows
            continue;
        }
        if (parseBool(cellAt(row, c.isTemplate)).value_or(false)) {
            ++out.excludedTemplates;
            continue;
        }
        if (parseBool(cellAt(row, c.srmPlaceholder)).value_or(false)) {
            ++out.excludedPlaceholders;
            continue;
        }
        std::string reason;
        const auto cpus =
            detail::readCount(cellAt(row, c.cpus), table.header[static_cast<std::size_t>(c.cpus)], style, reason);
        std::optional<double> memory;
        if (cpus)
            memory = detail::readAmount(cellAt(row, c.memory), table.header[static_cast<std::size_t>(c.memory)], style,
                                        reason, false);
        if (!cpus || !memory) {
            out.problems.push_back({detail::whereOf(table, r), "VM " + detail::quoted(vm) + " skipped: " + reason});
            ++out.skippedRows;
            continue;
        }
        ImportedWorkload iw;
        iw.line = detail::lineOf(table, r);
        model::Workload& w = iw.workload;
        const std::string_view uuid = formats::text::trim(cellAt(row, c.vmUuid));
        w.id = formats::text::sanitizeUtf8(uuid.empty() ? vm : uuid);
        w.name = formats::text::sanitizeUtf8(vm);
        if (auto [it, inserted] = seenIds.emplace(w.id, iw.line); !inserted) {
            out.problems.push_back({detail::whereOf(table, r), "VM " + detail::quoted(vm) + " skipped: same id " +
                                                                   detail::quoted(w.id) + " as line " +
                                                                   std::to_string(it->second)});
            ++out.skippedRows;
            continue;
        }
        w.kind = model::WorkloadKind::Server;
        w.vcpu = *cpus;
        w.ramGb = toGb(*memory, SizeUnit::Mib);
        iw.provided =
            bit(WorkloadField::Name) | bit(WorkloadField::Kind) | bit(WorkloadField::Vcpu) | bit(WorkloadField::RamGb);

        // Storage: provisioned (what the VM holds today, incl. swap/snapshots), then the vmdk sum, then used.
        for (int col : {c.provisioned, c.totalDisk, c.inUse}) {
            if (col < 0) continue;
            const std::string_view cell = cellAt(row, col);
            if (formats::text::trim(cell).empty()) continue;
            if (auto mib = detail::parseNumberEither(cell, style); mib && *mib >= 0.0 && *mib < 1e15) {
                w.storageGb = toGb(*mib, SizeUnit::Mib);
                iw.provided |= bit(WorkloadField::StorageGb);
            } else {
                out.notes.push_back({detail::whereOf(table, r), table.header[static_cast<std::size_t>(col)] +
                                                                    ": not a number " + detail::quoted(cell) +
                                                                    ", storage not imported"});
            }
            break;
        }
        std::string_view os = formats::text::trim(cellAt(row, c.osTools));
        if (os.empty()) os = formats::text::trim(cellAt(row, c.osConfig));
        if (!os.empty()) {
            w.os = formats::text::sanitizeUtf8(os);
            iw.provided |= bit(WorkloadField::Os);
        }
        if (const std::string_view host = formats::text::trim(cellAt(row, c.host)); !host.empty()) {
            w.host = formats::text::sanitizeUtf8(host);
            iw.provided |= bit(WorkloadField::Host);
        }
        if (const std::string_view ip = formats::text::trim(cellAt(row, c.primaryIp)); !ip.empty()) {
            w.ipAddresses = formats::text::sanitizeUtf8(ip);
            iw.provided |= bit(WorkloadField::IpAddresses);
        }
        if (c.powerstate >= 0) {
            const std::string_view ps = cellAt(row, c.powerstate);
            if (auto state = parsePowerState(ps)) {
                w.powerState = *state;
                iw.provided |= bit(WorkloadField::PowerState);
            } else if (!formats::text::trim(ps).empty()) {
                out.notes.push_back(
                    {detail::whereOf(table, r), "Powerstate " + detail::quoted(ps) + " not recognised, kept as on"});
            }
        }
        if (auto env = parseEnvironment(cellAt(row, c.environment))) {
            w.environment = *env;
            iw.provided |= bit(WorkloadField::Environment);
        }
        if (const std::string_view app = formats::text::trim(cellAt(row, c.application)); !app.empty()) {
            w.application = formats::text::sanitizeUtf8(app);
            iw.provided |= bit(WorkloadField::Application);
        }
        if (detail::skipImplausibleRow(out, table, r, "VM " + detail::quoted(vm), iw)) continue;
        out.workloads.push_back(std::move(iw));
    }
    if (out.excludedTemplates > 0)
        out.notes.push_back({"file", std::to_string(out.excludedTemplates) + " template(s) excluded"});
    if (out.excludedPlaceholders > 0)
        out.notes.push_back({"file", std::to_string(out.excludedPlaceholders) + " SRM placeholder(s) excluded"});
    return out;
}

} // namespace est::io
