// io/rvtools_workbook.cpp - joins the RVTools tabs (vInfo + vCPU, vMemory, vPartition, vHost) into one import.
#include "io/rvtools_workbook.hpp"

#include "io/inventory_values.hpp"
#include "io/rvtools_columns.hpp"
#include "formats/xlsx_reader.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace est::io {
namespace {

// Sheet or CSV tab name -> lower-case tab key: "vInfo" -> "vinfo", "RVTools_tabvCPU.csv" -> "vcpu".
std::string tabKey(std::string_view name) {
    std::string n = formats::text::lower(formats::text::trim(name));
    const std::size_t slash = n.find_last_of("/\\");
    if (slash != std::string::npos) n.erase(0, slash + 1);
    if (n.size() > 4 && n.compare(n.size() - 4, 4, ".csv") == 0) n.resize(n.size() - 4);
    if (n.rfind("rvtools_tab", 0) == 0) n.erase(0, 11);
    return n;
}

const formats::Table* findTab(const std::vector<formats::Table>& tables, std::string_view key) {
    for (const formats::Table& t : tables)
        if (tabKey(t.name) == key) return &t;
    return nullptr;
}

// Normalised headers with the DB dialect's tab prefix removed ("vCPUOverall" -> "overall").
std::vector<std::string> headerKeys(const formats::Table& table, std::string_view prefix) {
    std::vector<std::string> keys;
    keys.reserve(table.header.size());
    for (const std::string& h : table.header) {
        std::string k = formats::text::normalizeHeader(h);
        if (k.size() > prefix.size() && k.compare(0, prefix.size(), prefix) == 0) k.erase(0, prefix.size());
        keys.push_back(std::move(k));
    }
    return keys;
}

int column(const std::vector<std::string>& keys, std::initializer_list<std::string_view> names) {
    for (std::string_view name : names)
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == name) return static_cast<int>(i);
    return -1;
}

std::optional<double> number(const std::vector<std::string>& row, int col, formats::text::NumberStyle style) {
    const std::string_view cell = cellAt(row, col);
    if (formats::text::trim(cell).empty()) return std::nullopt;
    if (auto v = formats::text::parseNumber(cell, style)) return v;
    return formats::text::parseNumber(cell, style == formats::text::NumberStyle::DecimalPoint
                                                ? formats::text::NumberStyle::DecimalComma
                                                : formats::text::NumberStyle::DecimalPoint);
}

std::string where(const formats::Table& table, std::size_t r) {
    const int line = r < table.rowLines.size() ? table.rowLines[r] : static_cast<int>(r) + 2;
    return table.name + " row " + std::to_string(line);
}

std::string fmt(double v) { return formats::text::formatShortest(v); }

// Finds the imported workload a row of another tab describes.
class VmIndex {
public:
    VmIndex(const formats::Table& vinfo, const InventoryImport& inventory) {
        RvToolsVInfoColumns c;
        findRvToolsVInfoColumns(vinfo.header, c);
        std::map<int, std::size_t> byLine;
        for (std::size_t i = 0; i < inventory.workloads.size(); ++i) byLine[inventory.workloads[i].line] = i;
        std::map<std::string, int> nameCount;
        for (const auto& row : vinfo.rows) ++nameCount[std::string(formats::text::trim(cellAt(row, c.vm)))];
        for (std::size_t r = 0; r < vinfo.rows.size(); ++r) {
            const int line = r < vinfo.rowLines.size() ? vinfo.rowLines[r] : static_cast<int>(r) + 2;
            const auto it = byLine.find(line);
            const std::string name(formats::text::trim(cellAt(vinfo.rows[r], c.vm)));
            const std::string uuid(formats::text::trim(cellAt(vinfo.rows[r], c.vmUuid)));
            if (it == byLine.end()) { // template, placeholder or skipped row: known, but not a workload
                if (!name.empty()) m_notWorkloads.insert(name);
                if (!uuid.empty()) m_notWorkloads.insert(uuid);
                continue;
            }
            if (!uuid.empty()) m_byUuid.emplace(uuid, it->second);
            if (!name.empty() && nameCount[name] == 1) m_byName.emplace(name, it->second);
        }
    }

    /// The workload index, or -1 (and `known` tells whether vInfo has the VM as a non-workload row).
    long find(std::string_view name, std::string_view uuid, bool& known) const {
        known = false;
        if (!uuid.empty()) {
            if (auto it = m_byUuid.find(std::string(uuid)); it != m_byUuid.end()) return static_cast<long>(it->second);
            if (m_notWorkloads.count(std::string(uuid)) != 0) known = true;
        }
        if (auto it = m_byName.find(std::string(name)); it != m_byName.end()) return static_cast<long>(it->second);
        if (m_notWorkloads.count(std::string(name)) != 0) known = true;
        return -1;
    }

private:
    std::map<std::string, std::size_t> m_byUuid;
    std::map<std::string, std::size_t> m_byName;
    std::set<std::string> m_notWorkloads;
};

// Per-row notes of one kind, capped, with a closing count.
class NoteSink {
public:
    NoteSink(std::vector<formats::InputProblem>& notes, int cap) : m_notes(notes), m_cap(cap) {}
    void add(std::string where, std::string message) {
        if (m_count++ < m_cap) m_notes.push_back({std::move(where), std::move(message)});
    }
    void close(const std::string& where, const std::string& what) {
        if (m_count > m_cap)
            m_notes.push_back({where, std::to_string(m_count - m_cap) + " more " + what + " not listed"});
    }
    int count() const { return m_count; }

private:
    std::vector<formats::InputProblem>& m_notes;
    int m_cap;
    int m_count = 0;
};

struct TabColumns {
    int vm = -1, uuid = -1, isTemplate = -1, srm = -1, powerstate = -1;
};

TabColumns vmColumns(const std::vector<std::string>& keys) {
    TabColumns c;
    c.vm = column(keys, {"vm", "vmname", "name"});
    c.uuid = column(keys, {"vmuuid", "uuid"});
    c.isTemplate = column(keys, {"template"});
    c.srm = column(keys, {"srmplaceholder"});
    c.powerstate = column(keys, {"powerstate"});
    return c;
}

bool skipRow(const std::vector<std::string>& row, const TabColumns& c) {
    return parseBool(cellAt(row, c.isTemplate)).value_or(false) || parseBool(cellAt(row, c.srm)).value_or(false);
}

bool poweredOn(const model::Workload& w) { return w.powerState == model::PowerState::On; }

// Calls visit(row, r, name, workloadIndex) for each row of a per-VM tab that names a vInfo VM; rows naming
// an unknown VM are reported, templates and SRM placeholders skipped.
template <typename Visit>
void forEachVinfoRow(const formats::Table& tab, const TabColumns& c, const VmIndex& index, NoteSink& unmatched,
                     Visit visit) {
    for (std::size_t r = 0; r < tab.rows.size(); ++r) {
        const auto& row = tab.rows[r];
        const std::string_view name = formats::text::trim(cellAt(row, c.vm));
        if (name.empty() || skipRow(row, c)) continue;
        bool known = false;
        const long i = index.find(name, formats::text::trim(cellAt(row, c.uuid)), known);
        if (i < 0) {
            if (!known) unmatched.add(where(tab, r), "VM '" + std::string(name) + "' is not in vInfo; row ignored");
            continue;
        }
        visit(tab.rows[r], r, name, static_cast<std::size_t>(i));
    }
}

void readVcpu(const formats::Table& tab, const VmIndex& index, RvToolsWorkbookImport& out,
              formats::text::NumberStyle style, NoteSink& conflicts, NoteSink& unmatched, int& offSkipped) {
    const auto keys = headerKeys(tab, "vcpu");
    const TabColumns c = vmColumns(keys);
    const int cpus = column(keys, {"cpus", "numcpu", "numcpus"});
    const int max = column(keys, {"max", "maxmhz"});
    const int overall = column(keys, {"overall", "overallmhz"});
    if (c.vm < 0) {
        out.inventory.notes.push_back({tab.name + " header", "no VM column: " + tab.name + " not used"});
        return;
    }
    if (max < 0 || overall < 0)
        out.inventory.notes.push_back({tab.name + " header", "no Max and Overall columns: CPU utilisation not read"});
    bool used = false;
    forEachVinfoRow(tab, c, index, unmatched,
                    [&](const std::vector<std::string>& row, std::size_t r, std::string_view name, std::size_t i) {
                        ImportedWorkload& iw = out.inventory.workloads[i];
                        used = true;
                        if (const auto n = number(row, cpus, style); n && *n != static_cast<double>(iw.workload.vcpu))
                            conflicts.add(where(tab, r), "VM '" + std::string(name) + "': " + tab.name + " CPUs " +
                                                             fmt(*n) + " disagrees with vInfo CPUs " +
                                                             std::to_string(iw.workload.vcpu) + "; vInfo kept");
                        const auto mx = number(row, max, style);
                        const auto ov = number(row, overall, style);
                        if (!mx || !ov || *mx <= 0.0 || *ov < 0.0) return;
                        if (!poweredOn(iw.workload)) {
                            ++offSkipped; // a stopped VM's 0 MHz says nothing about its load when running
                            return;
                        }
                        iw.workload.cpuUtilP95Pct = std::min(1.0, *ov / *mx);
                        iw.provided |= bit(WorkloadField::CpuUtil);
                        ++out.cpuUtilSet;
                    });
    if (used) out.tabsUsed.push_back(tab.name);
}

void readVmemory(const formats::Table& tab, const VmIndex& index, RvToolsWorkbookImport& out,
                 formats::text::NumberStyle style, NoteSink& conflicts, NoteSink& unmatched, int& offSkipped) {
    const auto keys = headerKeys(tab, "vmemory");
    const TabColumns c = vmColumns(keys);
    const int size = column(keys, {"sizemib", "sizemb", "size", "memory"});
    const int active = column(keys, {"active", "activemib", "activemb"});
    if (c.vm < 0) {
        out.inventory.notes.push_back({tab.name + " header", "no VM column: " + tab.name + " not used"});
        return;
    }
    if (size < 0 || active < 0)
        out.inventory.notes.push_back(
            {tab.name + " header", "no Size MiB and Active columns: memory utilisation not read"});
    bool used = false;
    forEachVinfoRow(tab, c, index, unmatched,
                    [&](const std::vector<std::string>& row, std::size_t r, std::string_view name, std::size_t i) {
                        ImportedWorkload& iw = out.inventory.workloads[i];
                        used = true;
                        const auto sz = number(row, size, style);
                        // vInfo Memory (MiB) became ramGb = MiB / 1024; compare in MiB, to the nearest MiB.
                        const double vinfoMib = iw.workload.ramGb * 1024.0;
                        if (sz && (*sz - vinfoMib > 0.5 || vinfoMib - *sz > 0.5))
                            conflicts.add(where(tab, r), "VM '" + std::string(name) + "': " + tab.name + " Size MiB " +
                                                             fmt(*sz) + " disagrees with vInfo Memory " +
                                                             fmt(vinfoMib) + "; vInfo kept");
                        const auto ac = number(row, active, style);
                        if (!sz || !ac || *sz <= 0.0 || *ac < 0.0) return;
                        if (!poweredOn(iw.workload)) {
                            ++offSkipped;
                            return;
                        }
                        iw.workload.memUtilP95Pct = std::min(1.0, *ac / *sz);
                        iw.provided |= bit(WorkloadField::MemUtil);
                        ++out.memUtilSet;
                    });
    if (used) out.tabsUsed.push_back(tab.name);
}

void readVpartition(const formats::Table& tab, const VmIndex& index, RvToolsWorkbookImport& out,
                    const RvToolsWorkbookOptions& opt, formats::text::NumberStyle style, NoteSink& unmatched) {
    const auto keys = headerKeys(tab, "vpartition");
    const TabColumns c = vmColumns(keys);
    const int consumed = column(keys, {"consumedmib", "consumedmb", "consumed"});
    if (c.vm < 0 || consumed < 0) {
        out.inventory.notes.push_back({tab.name + " header", "no VM and Consumed MiB columns: used disk not read"});
        return;
    }
    std::vector<double> sumMib(out.inventory.workloads.size(), 0.0);
    std::vector<bool> seen(out.inventory.workloads.size(), false);
    forEachVinfoRow(tab, c, index, unmatched,
                    [&](const std::vector<std::string>& row, std::size_t, std::string_view, std::size_t i) {
                        const auto mib = number(row, consumed, style);
                        if (!mib || *mib < 0.0) return;
                        sumMib[i] += *mib;
                        seen[i] = true;
                    });
    for (std::size_t i = 0; i < seen.size(); ++i) {
        if (!seen[i]) continue;
        const double gb = toGb(sumMib[i], SizeUnit::Mib);
        out.usedDiskGb[i] = gb;
        ++out.usedDiskSet;
        if (opt.storageFromUsedDisk) {
            out.inventory.workloads[i].workload.storageGb = gb;
            out.inventory.workloads[i].provided |= bit(WorkloadField::StorageGb);
        }
    }
    if (out.usedDiskSet > 0) out.tabsUsed.push_back(tab.name);
}

void readVhost(const formats::Table& tab, RvToolsWorkbookImport& out, formats::text::NumberStyle style) {
    const auto keys = headerKeys(tab, "vhost");
    const int name = column(keys, {"host", "name", "hostname"});
    if (name < 0) {
        out.inventory.notes.push_back({tab.name + " header", "no Host column: host counts not read"});
        return;
    }
    const int cluster = column(keys, {"cluster"});
    const int sockets = column(keys, {"cpu", "numcpu"});
    const int coresPerCpu = column(keys, {"corespercpu"});
    const int cores = column(keys, {"cores", "numcpucores"});
    const int memory = column(keys, {"memory", "memorysize"});
    const int speed = column(keys, {"speed", "cpumhz"});
    const int vendor = column(keys, {"vendor"});
    const int model = column(keys, {"model"});
    RvToolsHostSummary& s = out.hosts;
    std::set<std::string> clusters;
    for (std::size_t r = 0; r < tab.rows.size(); ++r) {
        const auto& row = tab.rows[r];
        const std::string_view hostName = formats::text::trim(cellAt(row, name));
        if (hostName.empty()) continue;
        RvToolsHost h;
        h.name = formats::text::sanitizeUtf8(hostName);
        h.cluster = formats::text::sanitizeUtf8(formats::text::trim(cellAt(row, cluster)));
        const auto whole = [](std::optional<double> v) { return v && *v > 0.0 && *v < 1e6 ? static_cast<int>(*v) : 0; };
        h.sockets = whole(number(row, sockets, style));
        h.cores = whole(number(row, cores, style));
        if (h.cores == 0 && h.sockets > 0) h.cores = h.sockets * whole(number(row, coresPerCpu, style));
        if (const auto m = number(row, memory, style); m && *m > 0.0) h.memoryGb = toGb(*m, SizeUnit::Mib);
        if (const auto sp = number(row, speed, style); sp && *sp > 0.0) h.cpuMhz = *sp;
        std::string vm = std::string(formats::text::trim(cellAt(row, vendor)));
        const std::string_view md = formats::text::trim(cellAt(row, model));
        if (!md.empty()) vm += (vm.empty() ? "" : " ") + std::string(md);
        h.model = formats::text::sanitizeUtf8(vm);
        if (!h.cluster.empty()) clusters.insert(h.cluster);
        s.sockets += h.sockets;
        s.cores += h.cores;
        s.memoryGb += h.memoryGb;
        s.hosts.push_back(std::move(h));
    }
    s.hostCount = static_cast<int>(s.hosts.size());
    s.clusterCount = static_cast<int>(clusters.size());
    if (s.hostCount > 0) out.tabsUsed.push_back(tab.name);
}

// Every header key the tab readers above look up (after headerKeys' tab-prefix removal).
const std::set<std::string, std::less<>> kUsedKeys = {
    "vm",         "vmname", "name",     "vmuuid",  "uuid",      "template",    "srmplaceholder", "powerstate",
    "cpus",       "numcpu", "numcpus",  "max",     "maxmhz",    "overall",     "overallmhz",     "sizemib",
    "sizemb",     "size",   "memory",   "active",  "activemib", "activemb",    "consumedmib",    "consumedmb",
    "consumed",   "host",   "hostname", "cluster", "cpu",       "corespercpu", "cores",          "numcpucores",
    "memorysize", "speed",  "cpumhz",   "vendor",  "model"};

// Only the columns the import reads are kept: a 90-column vInfo of 100,000 VMs then costs ~20 columns.
std::vector<bool> selectRvToolsColumns(const std::string& sheet, const std::vector<std::string>& header) {
    std::vector<bool> keep(header.size(), false);
    const std::string key = tabKey(sheet);
    if (key == "vinfo") {
        RvToolsVInfoColumns c;
        findRvToolsVInfoColumns(header, c);
        // Every column field of RvToolsVInfoColumns (rvtools_columns.hpp): keep this list in step with it.
        for (int i : {c.vm,           c.powerstate,  c.isTemplate,  c.srmPlaceholder, c.dnsName,    c.cpus,
                      c.memory,       c.provisioned, c.inUse,       c.totalDisk,      c.annotation, c.folder,
                      c.resourcePool, c.datacenter,  c.cluster,     c.host,           c.osConfig,   c.osTools,
                      c.vmUuid,       c.viSdkServer, c.environment, c.application})
            if (i >= 0 && static_cast<std::size_t>(i) < keep.size()) keep[static_cast<std::size_t>(i)] = true;
        return keep;
    }
    const std::string prefix = key;
    formats::Table probe;
    probe.header = header;
    const auto keys = headerKeys(probe, prefix);
    for (std::size_t i = 0; i < keys.size(); ++i) keep[i] = kUsedKeys.count(keys[i]) != 0;
    return keep;
}

} // namespace

bool hasRvToolsVInfo(const std::vector<formats::Table>& tables) {
    const formats::Table* vinfo = findTab(tables, "vinfo");
    if (vinfo != nullptr) return true;
    return std::any_of(tables.begin(), tables.end(),
                       [](const formats::Table& t) { return looksLikeRvToolsVInfo(t.header); });
}

RvToolsWorkbookImport importRvToolsTables(const std::vector<formats::Table>& tables,
                                          const RvToolsWorkbookOptions& options, formats::text::NumberStyle style) {
    RvToolsWorkbookImport out;
    const formats::Table* vinfo = findTab(tables, "vinfo");
    if (vinfo == nullptr) // a renamed sheet: take the first one shaped like vInfo
        for (const formats::Table& t : tables)
            if (looksLikeRvToolsVInfo(t.header)) {
                vinfo = &t;
                break;
            }
    if (vinfo == nullptr) {
        out.inventory.format = InventoryFormat::RvToolsVInfo;
        out.inventory.problems.push_back({"workbook", "no vInfo tab: this does not look like an RVTools export "
                                                      "(need a sheet with VM, CPUs and Memory columns)"});
        return out;
    }
    out.inventory = importRvToolsVInfo(*vinfo, style);
    if (!out.inventory.readable) return out;
    out.tabsUsed.push_back(vinfo->name);
    out.vmRows = static_cast<int>(out.inventory.workloads.size()) + out.inventory.excludedTemplates +
                 out.inventory.excludedPlaceholders + out.inventory.skippedRows;
    out.usedDiskGb.assign(out.inventory.workloads.size(), std::nullopt);

    const VmIndex index(*vinfo, out.inventory);
    std::vector<formats::InputProblem>& notes = out.inventory.notes;
    NoteSink conflicts(notes, options.maxNotesPerKind);
    NoteSink unmatched(notes, options.maxNotesPerKind);
    int offSkipped = 0;
    if (const formats::Table* t = findTab(tables, "vcpu"))
        readVcpu(*t, index, out, style, conflicts, unmatched, offSkipped);
    if (const formats::Table* t = findTab(tables, "vmemory"))
        readVmemory(*t, index, out, style, conflicts, unmatched, offSkipped);
    if (const formats::Table* t = findTab(tables, "vpartition"))
        readVpartition(*t, index, out, options, style, unmatched);
    if (const formats::Table* t = findTab(tables, "vhost")) readVhost(*t, out, style);
    conflicts.close("workbook", "cross-tab conflicts");
    unmatched.close("workbook", "rows naming VMs not in vInfo");
    out.conflicts = conflicts.count();
    out.unmatchedRows = unmatched.count();
    if (out.cpuUtilSet + out.memUtilSet > 0)
        notes.push_back({"workbook", "utilisation from vCPU Overall/Max and vMemory Active/Size is one point-in-time "
                                     "snapshot, used as the p95 estimate; replace it with monitored p95 where known"});
    if (offSkipped > 0)
        notes.push_back({"workbook", std::to_string(offSkipped) +
                                         " utilisation value(s) of powered-off or suspended "
                                         "VMs ignored (0 MHz at rest says nothing about load)"});
    return out;
}

RvToolsWorkbookImport importRvToolsWorkbook(std::string_view xlsxBytes, const RvToolsWorkbookOptions& options) {
    std::vector<formats::InputProblem> problems;
    formats::XlsxReadOptions read;
    read.onlySheets = {"vInfo", "vCPU", "vMemory", "vPartition", "vHost"};
    read.selectColumns = selectRvToolsColumns;
    std::vector<formats::Table> tables = formats::readXlsx(xlsxBytes, problems, read);
    if (tables.empty() && problems.empty()) {
        // Renamed tabs: read everything and let the vInfo detection pick the sheet.
        tables = formats::readXlsx(xlsxBytes, problems);
    }
    RvToolsWorkbookImport out;
    if (!tables.empty())
        out = importRvToolsTables(tables, options);
    else
        out.inventory.format = InventoryFormat::RvToolsVInfo;
    // Reader problems first: they explain what follows (a sheet that could not be read).
    out.inventory.problems.insert(out.inventory.problems.begin(), problems.begin(), problems.end());
    if (tables.empty() && out.inventory.problems.empty())
        out.inventory.problems.push_back({"workbook", "the workbook has no sheets"});
    return out;
}

std::vector<std::string> applyHostDrivers(const RvToolsHostSummary& hosts, double largestVmRamGb,
                                          model::OnPremDrivers& drivers) {
    std::vector<std::string> changed;
    if (hosts.hostCount <= 0) return changed;
    if (hosts.cores > 0) {
        drivers.coresPerHost = static_cast<double>(hosts.cores) / hosts.hostCount;
        changed.emplace_back("coresPerHost");
    }
    // Host RAM only when every VM still fits: validation refuses a host smaller than the largest VM.
    if (hosts.memoryGb > 0.0 && hosts.memoryGb / hosts.hostCount >= largestVmRamGb) {
        drivers.hostRamGb = hosts.memoryGb / hosts.hostCount;
        changed.emplace_back("hostRamGb");
    }
    return changed;
}

} // namespace est::io
