// io/column_mapping.cpp - importing any CSV through a column mapping: guessed from headers, editable, saved.
#include "io/column_mapping.hpp"

#include <algorithm>
#include <unordered_map>

#include "io/import_common.hpp"

namespace est::io {
namespace {

// Unit suffixes a header may carry after the field word ("Memory (MB)" -> "memorymb").
const std::initializer_list<std::string_view> kUnitSuffixes = {"",   "gb",  "gib",  "mb",   "mib",   "tb",    "tib",
                                                               "kb", "kib", "ingb", "inmb", "ingib", "inmib", "intb"};

struct Synonyms {
    std::string ColumnMapping::*member;
    std::vector<std::string_view> names; // normalised, best first
};

// Header words seen in real exports (formats.md 2-8: ServiceNow, CMF intake, ME, MPA, Google MC, ...).
const std::vector<Synonyms>& synonyms() {
    static const std::vector<Synonyms> kSynonyms = {
        {&ColumnMapping::id,
         {"id", "workloadid", "serverid", "externalid", "assetid", "sysid", "ciid", "vmuuid", "uuid", "instanceid",
          "machineid", "assettag"}},
        {&ColumnMapping::name,
         {"name", "servername", "hostname", "vmname", "vm", "machinename", "machine", "computername", "server", "node",
          "ciname", "assetname", "fqdn", "serverfqdn", "dnsname", "displayname", "workload", "workloadname"}},
        {&ColumnMapping::application,
         {"application", "applicationname", "app", "appname", "applications", "businessservice", "businessapplication",
          "service", "system"}},
        {&ColumnMapping::environment,
         {"environment", "env", "serverenvironment", "environmenttype", "stage", "usedfor", "lifecycle"}},
        {&ColumnMapping::os,
         {"os", "osname", "operatingsystem", "serveros", "osfamily", "serverosfamily", "guestos", "platform"}},
        {&ColumnMapping::vcpu,
         {"vcpu", "vcpus", "cpus", "cpu", "cores", "cpucores", "numcpus", "numcpu", "cpucount", "numberofcpus",
          "logicalcores", "processors", "allocatedprocessorcorecount", "corecount"}},
        {&ColumnMapping::ram, {"ram", "memory", "totalram", "ramsize", "memorysize", "mem", "memoryallocated"}},
        {&ColumnMapping::storage,
         {"storage", "disk", "disksize", "totaldisk", "diskspace", "provisionedstorage", "storagetotaldisksize",
          "totaldiskallocated", "provisioned", "totalstorage", "storageallocated", "disktotal"}},
        {&ColumnMapping::cpuUtil,
         {"cpuutil", "cpuutilisation", "cpuutilization", "cpuutilizationpeak", "cpup95", "cpuusage", "maxcpuusage",
          "cpuusagepct", "peakcpu"}},
        {&ColumnMapping::memUtil,
         {"memutil", "memoryutil", "memoryutilisation", "memoryutilization", "memoryutilizationpeak", "memp95",
          "memoryusage", "ramusage", "ramutilisation", "ramutilization", "peakmemory"}},
        {&ColumnMapping::powerState, {"powerstate", "power", "state", "status", "machinestatus", "operationalstatus"}},
        {&ColumnMapping::database, {"database", "databaseengine", "dbengine", "db", "engine", "sqledition", "dbms"}},
        {&ColumnMapping::licence, {"licence", "license", "licencemodel", "licensemodel", "licensing"}},
        {&ColumnMapping::monthlyCost,
         {"monthlycost", "monthlycostusd", "costpermonth", "monthlyusd", "monthlyspend", "monthlybill", "cost"}},
        {&ColumnMapping::host, {"host", "esxhost", "physicalhost", "hypervisorhost", "hypervisorname"}},
        {&ColumnMapping::wave, {"wave", "waveid", "wavenumber", "wavename", "migrationwave"}},
        {&ColumnMapping::ipAddresses, {"ipaddresses", "ipaddress", "ip", "primaryipaddress", "ipv4address", "ipv4"}},
    };
    return kSynonyms;
}

std::optional<SizeUnit> unitFromHeader(std::string_view header) {
    const std::string n = formats::text::normalizeHeader(header);
    auto endsWith = [&](std::string_view s) {
        return n.size() >= s.size() && n.compare(n.size() - s.size(), s.size(), s) == 0;
    };
    if (endsWith("mib") || endsWith("mb")) return SizeUnit::Mib;
    if (endsWith("gib") || endsWith("gb")) return SizeUnit::Gib;
    if (endsWith("tib") || endsWith("tb")) return SizeUnit::Tib;
    if (endsWith("kib") || endsWith("kb")) return SizeUnit::Kib;
    return std::nullopt;
}

int columnIndex(const std::vector<std::string>& header, const std::string& name) {
    if (name.empty()) return -1;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return static_cast<int>(i);
    const std::string n = formats::text::normalizeHeader(name);
    for (std::size_t i = 0; i < header.size(); ++i)
        if (formats::text::normalizeHeader(header[i]) == n) return static_cast<int>(i);
    return -1;
}

// Values of one column that parse as numbers (at most the first 500 rows: enough to sniff units).
std::vector<double> sampleNumbers(const formats::Table& table, int col, formats::text::NumberStyle style) {
    std::vector<double> out;
    if (col < 0) return out;
    for (std::size_t r = 0; r < table.rows.size() && r < 500; ++r)
        if (auto v = detail::parseNumberEither(cellAt(table.rows[r], col), style)) out.push_back(*v);
    return out;
}

std::optional<int> parseWave(std::string_view s) {
    // "3", "Wave 3", "W03": the first run of digits.
    std::size_t i = 0;
    while (i < s.size() && !(s[i] >= '0' && s[i] <= '9')) ++i;
    if (i == s.size()) return std::nullopt;
    int value = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
        value = value * 10 + (s[i] - '0');
        if (value > 1000) return std::nullopt;
    }
    return value > 0 ? std::optional<int>(value) : std::nullopt;
}

} // namespace

const std::vector<MappingField>& mappingFields() {
    static const std::vector<MappingField> kFields = {
        {"id", "Id", &ColumnMapping::id},
        {"name", "Name", &ColumnMapping::name},
        {"application", "Application", &ColumnMapping::application},
        {"environment", "Environment", &ColumnMapping::environment},
        {"os", "Operating system", &ColumnMapping::os},
        {"vcpu", "vCPU", &ColumnMapping::vcpu},
        {"ram", "RAM", &ColumnMapping::ram},
        {"storage", "Storage", &ColumnMapping::storage},
        {"cpuUtil", "CPU utilisation (p95)", &ColumnMapping::cpuUtil},
        {"memUtil", "Memory utilisation (p95)", &ColumnMapping::memUtil},
        {"powerState", "Power state", &ColumnMapping::powerState},
        {"database", "Database engine", &ColumnMapping::database},
        {"licence", "Licence model", &ColumnMapping::licence},
        {"monthlyCost", "Monthly cost (USD)", &ColumnMapping::monthlyCost},
        {"host", "Host", &ColumnMapping::host},
        {"wave", "Wave", &ColumnMapping::wave},
        {"ipAddresses", "IP addresses", &ColumnMapping::ipAddresses},
    };
    return kFields;
}

std::string headerSignature(const std::vector<std::string>& header) {
    std::string out;
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (i > 0) out.push_back('|');
        out += formats::text::normalizeHeader(header[i]);
    }
    return out;
}

ColumnMapping guessColumnMapping(const formats::Table& table, formats::text::NumberStyle style) {
    ColumnMapping m;
    const std::vector<std::string> normalized = detail::normalizeAll(table.header);
    std::vector<bool> used(normalized.size(), false);
    auto take = [&](int col) -> std::string {
        used[static_cast<std::size_t>(col)] = true;
        return table.header[static_cast<std::size_t>(col)];
    };
    // Exact synonym first (in synonym order), then synonym + a unit suffix, then (utilisation only) a
    // header containing both words: "CPU Utilization Peak (%)", "maxCpuUsagePctDec (%)".
    std::unordered_map<std::string, std::vector<int>> byName; // normalised header -> columns, in order
    for (std::size_t i = 0; i < normalized.size(); ++i) byName[normalized[i]].push_back(static_cast<int>(i));
    for (const Synonyms& s : synonyms()) {
        int found = -1;
        for (std::string_view name : s.names) {
            for (std::string_view suffix : kUnitSuffixes) {
                auto it = byName.find(std::string(name) + std::string(suffix));
                if (it == byName.end()) continue;
                for (int col : it->second)
                    if (!used[static_cast<std::size_t>(col)]) {
                        found = col;
                        break;
                    }
                if (found >= 0) break;
            }
            if (found >= 0) break;
        }
        if (found >= 0) m.*(s.member) = take(found);
    }
    auto containsBoth = [&](std::string ColumnMapping::*member, std::initializer_list<std::string_view> a,
                            std::initializer_list<std::string_view> b) {
        if (!(m.*member).empty()) return;
        for (std::size_t i = 0; i < normalized.size(); ++i) {
            if (used[i]) continue;
            const bool hasA = std::any_of(
                a.begin(), a.end(), [&](std::string_view w) { return normalized[i].find(w) != std::string::npos; });
            const bool hasB = std::any_of(
                b.begin(), b.end(), [&](std::string_view w) { return normalized[i].find(w) != std::string::npos; });
            if (hasA && hasB) {
                m.*member = take(static_cast<int>(i));
                return;
            }
        }
    };
    containsBoth(&ColumnMapping::cpuUtil, {"cpu"}, {"util", "usage"});
    containsBoth(&ColumnMapping::memUtil, {"mem", "ram"}, {"util", "usage"});
    containsBoth(&ColumnMapping::ram, {"memory", "ram"}, {"gb", "mb", "gib", "mib", "size", "total"});
    containsBoth(&ColumnMapping::storage, {"disk", "storage"}, {"gb", "mb", "gib", "mib", "tb", "size", "capacity"});

    const int ramCol = columnIndex(table.header, m.ram);
    if (auto unit = unitFromHeader(m.ram)) {
        m.ramUnit = *unit;
    } else if (ramCol >= 0) {
        // No unit in the header: more than 2048 "GB" of RAM on a server is implausible, so it is MiB.
        const std::vector<double> values = sampleNumbers(table, ramCol, style);
        const bool large = std::any_of(values.begin(), values.end(), [](double v) { return v > 2048.0; });
        m.ramUnit = large ? SizeUnit::Mib : SizeUnit::Gib;
    }
    if (auto unit = unitFromHeader(m.storage)) m.storageUnit = *unit;
    // Utilisation: fractions when every value is within 0..1 and at least one is not a whole number.
    std::vector<double> util = sampleNumbers(table, columnIndex(table.header, m.cpuUtil), style);
    const std::vector<double> mem = sampleNumbers(table, columnIndex(table.header, m.memUtil), style);
    util.insert(util.end(), mem.begin(), mem.end());
    m.utilAsFraction = !util.empty() &&
                       std::all_of(util.begin(), util.end(), [](double v) { return v >= 0.0 && v <= 1.0; }) &&
                       std::any_of(util.begin(), util.end(), [](double v) { return v > 0.0 && v < 1.0; });
    return m;
}

std::optional<ColumnMapping> findSavedMapping(const ImportSettings& settings, const std::vector<std::string>& header) {
    const std::string signature = headerSignature(header);
    for (const SavedMapping& saved : settings.mappings)
        if (saved.headerSignature == signature) return saved.mapping;
    return std::nullopt;
}

void rememberMapping(ImportSettings& settings, const std::vector<std::string>& header, const ColumnMapping& mapping) {
    const std::string signature = headerSignature(header);
    for (SavedMapping& saved : settings.mappings) {
        if (saved.headerSignature == signature) {
            saved.mapping = mapping;
            return;
        }
    }
    settings.mappings.push_back({signature, mapping});
}

InventoryImport importWithMapping(const formats::Table& table, const ColumnMapping& m,
                                  formats::text::NumberStyle style) {
    InventoryImport out;
    out.format = InventoryFormat::Generic;
    out.dialect = "column mapping";
    const auto col = [&](const std::string& name) { return columnIndex(table.header, name); };
    const int cId = col(m.id), cName = col(m.name), cApp = col(m.application), cEnv = col(m.environment),
              cOs = col(m.os);
    const int cVcpu = col(m.vcpu), cRam = col(m.ram), cStorage = col(m.storage), cCpu = col(m.cpuUtil),
              cMem = col(m.memUtil);
    const int cPower = col(m.powerState), cDb = col(m.database), cLic = col(m.licence), cCost = col(m.monthlyCost);
    const int cHost = col(m.host), cWave = col(m.wave), cIps = col(m.ipAddresses);
    if (cId < 0 && cName < 0) {
        out.problems.push_back({"header", "no id or name column is mapped: map at least one of them"});
        return out;
    }
    for (const MappingField& f : mappingFields()) {
        const std::string& header = m.*(f.member);
        if (!header.empty() && col(header) < 0)
            out.notes.push_back(
                {"header", std::string(f.label) + ": mapped column '" + header + "' is not in the file"});
    }
    out.readable = true;
    std::unordered_map<std::string, int> seenIds;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const std::vector<std::string>& row = table.rows[r];
        const std::string_view id = formats::text::trim(cellAt(row, cId));
        const std::string_view name = formats::text::trim(cellAt(row, cName));
        if (id.empty() && name.empty()) {
            ++out.emptyRows;
            continue;
        }
        ImportedWorkload iw;
        iw.line = detail::lineOf(table, r);
        model::Workload& w = iw.workload;
        w.id = formats::text::sanitizeUtf8(id.empty() ? name : id);
        w.name = formats::text::sanitizeUtf8(name.empty() ? id : name);
        iw.provided = bit(WorkloadField::Name);
        std::string reason;
        auto fail = [&](const std::string& why) {
            out.problems.push_back({detail::whereOf(table, r), detail::quoted(w.id) + " skipped: " + why});
            ++out.skippedRows;
        };
        if (cVcpu >= 0 && !formats::text::trim(cellAt(row, cVcpu)).empty()) {
            auto v = detail::readCount(cellAt(row, cVcpu), m.vcpu, style, reason);
            if (!v) {
                fail(reason);
                continue;
            }
            w.vcpu = *v;
            iw.provided |= bit(WorkloadField::Vcpu);
        }
        if (cRam >= 0 && !formats::text::trim(cellAt(row, cRam)).empty()) {
            auto v = detail::readAmount(cellAt(row, cRam), m.ram, style, reason, false);
            if (!v) {
                fail(reason);
                continue;
            }
            w.ramGb = toGb(*v, m.ramUnit);
            iw.provided |= bit(WorkloadField::RamGb);
        }
        if (cStorage >= 0 && !formats::text::trim(cellAt(row, cStorage)).empty()) {
            auto v = detail::readAmount(cellAt(row, cStorage), m.storage, style, reason, true);
            if (!v) {
                fail(reason);
                continue;
            }
            w.storageGb = toGb(*v, m.storageUnit);
            iw.provided |= bit(WorkloadField::StorageGb);
        }
        if (cCost >= 0 && !formats::text::trim(cellAt(row, cCost)).empty()) {
            std::string_view cost = formats::text::trim(cellAt(row, cCost));
            if (!cost.empty() && cost.front() == '$') cost.remove_prefix(1);
            auto v = detail::readAmount(cost, m.monthlyCost, style, reason, true);
            if (!v) {
                fail(reason);
                continue;
            }
            w.monthlyCostOverrideUsd = *v;
            iw.provided |= bit(WorkloadField::MonthlyCost);
        }
        if (auto v = detail::readUtilisation(cellAt(row, cCpu), m.utilAsFraction, style)) {
            w.cpuUtilP95Pct = *v;
            iw.provided |= bit(WorkloadField::CpuUtil);
        } else if (!formats::text::trim(cellAt(row, cCpu)).empty()) {
            out.notes.push_back({detail::whereOf(table, r), m.cpuUtil + ": " + detail::quoted(cellAt(row, cCpu)) +
                                                                " is not a utilisation, ignored"});
        }
        if (auto v = detail::readUtilisation(cellAt(row, cMem), m.utilAsFraction, style)) {
            w.memUtilP95Pct = *v;
            iw.provided |= bit(WorkloadField::MemUtil);
        } else if (!formats::text::trim(cellAt(row, cMem)).empty()) {
            out.notes.push_back({detail::whereOf(table, r), m.memUtil + ": " + detail::quoted(cellAt(row, cMem)) +
                                                                " is not a utilisation, ignored"});
        }
        if (auto [it, inserted] = seenIds.emplace(w.id, iw.line); !inserted) {
            fail("same id as line " + std::to_string(it->second));
            continue;
        }
        if (const std::string_view v = formats::text::trim(cellAt(row, cApp)); !v.empty()) {
            w.application = formats::text::sanitizeUtf8(v);
            iw.provided |= bit(WorkloadField::Application);
        }
        if (auto env = parseEnvironment(cellAt(row, cEnv))) {
            w.environment = *env;
            iw.provided |= bit(WorkloadField::Environment);
        }
        if (const std::string_view v = formats::text::trim(cellAt(row, cOs)); !v.empty()) {
            w.os = formats::text::sanitizeUtf8(v);
            iw.provided |= bit(WorkloadField::Os);
        }
        if (auto ps = parsePowerState(cellAt(row, cPower))) {
            w.powerState = *ps;
            iw.provided |= bit(WorkloadField::PowerState);
        }
        if (auto db = parseDatabaseEngine(cellAt(row, cDb));
            db && cDb >= 0 && !formats::text::trim(cellAt(row, cDb)).empty()) {
            w.database = *db;
            if (auto edition = parseDatabaseEdition(cellAt(row, cDb))) w.databaseEdition = *edition;
            iw.provided |= bit(WorkloadField::Database);
        }
        if (auto lic = parseLicenceModel(cellAt(row, cLic))) {
            w.licence = *lic;
            iw.provided |= bit(WorkloadField::Licence);
        }
        if (const std::string_view v = formats::text::trim(cellAt(row, cHost)); !v.empty()) {
            w.host = formats::text::sanitizeUtf8(v);
            iw.provided |= bit(WorkloadField::Host);
        }
        if (auto wave = parseWave(cellAt(row, cWave))) {
            w.wave = *wave;
            iw.provided |= bit(WorkloadField::Wave);
        }
        if (const std::string_view v = formats::text::trim(cellAt(row, cIps)); !v.empty()) {
            w.ipAddresses = formats::text::sanitizeUtf8(v);
            iw.provided |= bit(WorkloadField::IpAddresses);
        }
        if (detail::skipImplausibleRow(out, table, r, detail::quoted(w.id), iw)) continue;
        out.workloads.push_back(std::move(iw));
    }
    return out;
}

const char* sizeUnitKey(SizeUnit unit) {
    switch (unit) {
    case SizeUnit::Kib:
        return "KiB";
    case SizeUnit::Mib:
        return "MiB";
    case SizeUnit::Gib:
        return "GiB";
    case SizeUnit::Tib:
        return "TiB";
    }
    return "GiB";
}

std::optional<SizeUnit> parseSizeUnit(std::string_view s) {
    const std::string n = formats::text::normalizeHeader(s);
    if (n == "kib" || n == "kb") return SizeUnit::Kib;
    if (n == "mib" || n == "mb") return SizeUnit::Mib;
    if (n == "gib" || n == "gb") return SizeUnit::Gib;
    if (n == "tib" || n == "tb") return SizeUnit::Tib;
    return std::nullopt;
}

} // namespace est::io
