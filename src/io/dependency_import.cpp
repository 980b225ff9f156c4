// io/dependency_import.cpp - dependency files in: detection, end resolution, aggregation, merge.
#include "io/dependency_import.hpp"

#include <algorithm>

#include "formats/csv.hpp"
#include "io/dependency_common.hpp"
#include "io/import_common.hpp"
#include "io/inventory_values.hpp"
#include "formats/text.hpp"
#include "formats/xlsx_reader.hpp"

namespace est::io {
namespace detail {
namespace {

std::string shortName(std::string_view name) {
    // "ord-web01.corp.example" -> "ord-web01"; an IP keeps its dots.
    const std::size_t dot = name.find('.');
    if (dot == std::string_view::npos || dot == 0) return std::string();
    if (name.find_first_not_of("0123456789.") == std::string_view::npos) return std::string();
    return formats::text::lower(name.substr(0, dot));
}

} // namespace

EndpointResolver::EndpointResolver(const model::Scenario& scenario) {
    for (const model::Workload& w : scenario.workloads) {
        m_byName.emplace(formats::text::lower(w.id), w.id);
        if (!w.name.empty()) m_byName.emplace(formats::text::lower(w.name), w.id);
        if (const std::string s = shortName(w.name); !s.empty()) m_byName.emplace(s, w.id);
        if (!w.application.empty()) m_byApplication.emplace(formats::text::lower(w.application), w.id);
        std::string_view ips = w.ipAddresses;
        while (!ips.empty()) {
            const std::size_t cut = ips.find_first_of(",; ");
            const std::string_view ip = formats::text::trim(ips.substr(0, cut));
            if (!ip.empty()) m_byIp.emplace(std::string(ip), w.id);
            if (cut == std::string_view::npos) break;
            ips.remove_prefix(cut + 1);
        }
    }
}

std::string EndpointResolver::resolve(std::string_view name, std::string_view ip) const {
    name = formats::text::trim(name);
    ip = formats::text::trim(ip);
    if (!name.empty()) {
        const std::string key = formats::text::lower(name);
        if (auto it = m_byName.find(key); it != m_byName.end()) return it->second;
        if (const std::string s = shortName(name); !s.empty())
            if (auto it = m_byName.find(s); it != m_byName.end()) return it->second;
        if (auto it = m_byIp.find(std::string(name)); it != m_byIp.end()) return it->second;
    }
    if (!ip.empty())
        if (auto it = m_byIp.find(std::string(ip)); it != m_byIp.end()) return it->second;
    if (!name.empty()) return resolveApplication(name);
    return std::string();
}

std::string EndpointResolver::resolveApplication(std::string_view application) const {
    const auto it = m_byApplication.find(formats::text::lower(formats::text::trim(application)));
    return it == m_byApplication.end() ? std::string() : it->second;
}

void EndpointResolver::addAlias(std::string_view alias, const std::string& id) {
    m_byName.emplace(formats::text::lower(formats::text::trim(alias)), id);
}

EdgeCollector::EdgeCollector(const EndpointResolver& resolver, DependencyImport& out, std::string origin)
    : m_resolver(resolver), m_out(out), m_origin(std::move(origin)) {}

bool EdgeCollector::add(EndText source, EndText target, int port, std::string_view protocol, int count,
                        std::optional<model::DependencyKind> kind) {
    const std::string_view sLabel =
        formats::text::trim(source.name).empty() ? formats::text::trim(source.ip) : formats::text::trim(source.name);
    const std::string_view tLabel =
        formats::text::trim(target.name).empty() ? formats::text::trim(target.ip) : formats::text::trim(target.name);
    if (sLabel.empty() || tLabel.empty()) return false;
    if (isLoopback(source.ip) || isLoopback(target.ip)) {
        ++m_selfLoops;
        return true;
    }
    const std::string s = m_resolver.resolve(source.name, source.ip);
    const std::string t = m_resolver.resolve(target.name, target.ip);
    addResolved(s.empty() ? formats::text::sanitizeUtf8(sLabel) : s, !s.empty(),
                t.empty() ? formats::text::sanitizeUtf8(tLabel) : t, !t.empty(), port, protocol, count, kind);
    return true;
}

void EdgeCollector::addResolved(const std::string& source, bool sourceResolved, const std::string& target,
                                bool targetResolved, int port, std::string_view protocol, int count,
                                std::optional<model::DependencyKind> kind) {
    ++m_out.rowsRead;
    if (source == target) {
        ++m_selfLoops;
        return;
    }
    if (!sourceResolved) m_unresolved.insert(source);
    if (!targetResolved) m_unresolved.insert(target);
    const auto key = std::make_tuple(source, target, port);
    if (auto it = m_index.find(key); it != m_index.end()) {
        m_out.dependencies[it->second].observations += count;
        return;
    }
    model::Dependency d;
    d.source = source;
    d.target = target;
    d.port = port;
    d.protocol = formats::text::sanitizeUtf8(formats::text::trim(protocol));
    d.observations = count;
    d.kind = kind ? *kind : kindForPort(port);
    d.origin = m_origin;
    // Remember resolution per edge for the unresolved count (external ends are kept, never dropped).
    if (!sourceResolved || !targetResolved) ++m_out.unresolvedEdges;
    m_index.emplace(key, m_out.dependencies.size());
    m_out.dependencies.push_back(std::move(d));
}

void EdgeCollector::finish() {
    int infrastructure = 0;
    for (const model::Dependency& d : m_out.dependencies)
        if (d.kind == model::DependencyKind::Infrastructure) ++infrastructure;
    m_out.infrastructureEdges = infrastructure;
    for (const std::string& name : m_unresolved) {
        if (m_out.unresolvedNames.size() >= 20) break;
        m_out.unresolvedNames.push_back(name);
    }
    if (m_out.unresolvedEdges > 0) {
        std::string names;
        for (const std::string& n : m_out.unresolvedNames) names += (names.empty() ? "" : ", ") + n;
        if (m_unresolved.size() > m_out.unresolvedNames.size()) names += ", ...";
        m_out.notes.push_back(
            {"file", std::to_string(m_out.unresolvedEdges) + " of " + std::to_string(m_out.dependencies.size()) +
                         " dependencies have an end that matches no workload (kept as external): " + names});
    }
    if (!m_out.dependencies.empty() && m_out.unresolvedEdges == static_cast<int>(m_out.dependencies.size()))
        m_out.problems.push_back(
            {"file", "no dependency joins two workloads of the inventory: import the inventory first, or check "
                     "that the names or IP addresses match"});
    if (m_selfLoops > 0)
        m_out.notes.push_back(
            {"file", std::to_string(m_selfLoops) + " connection(s) of a server to itself or to loopback ignored"});
}

std::optional<int> readPort(std::string_view cell) {
    cell = formats::text::trim(cell);
    if (cell.empty()) return 0;
    const auto v = formats::text::parseNumber(cell);
    if (!v || *v < 0 || *v > 65535 || *v != static_cast<double>(static_cast<int>(*v))) return std::nullopt;
    return static_cast<int>(*v);
}

std::optional<int> readObservations(std::string_view cell) {
    cell = formats::text::trim(cell);
    if (cell.empty()) return 1;
    const auto v = formats::text::parseNumber(cell);
    if (!v || *v < 0 || *v > 2e9 || *v != static_cast<double>(static_cast<long long>(*v))) return std::nullopt;
    return static_cast<int>(*v);
}

bool isLoopback(std::string_view ip) {
    ip = formats::text::trim(ip);
    return ip.rfind("127.", 0) == 0 || ip == "::1" || ip == "0.0.0.0";
}

} // namespace detail

namespace {

bool hasAll(const std::vector<std::string>& n, std::initializer_list<std::string_view> names) {
    for (std::string_view name : names)
        if (detail::findColumn(n, {name}) < 0) return false;
    return true;
}

} // namespace

const char* dependencyFormatLabel(DependencyFormat f) {
    switch (f) {
    case DependencyFormat::AzureMigrate:
        return "Azure Migrate dependency export";
    case DependencyFormat::IpFlows:
        return "IP connection export";
    case DependencyFormat::MpaCommunication:
        return "MPA workbook: Asset Communication Data";
    case DependencyFormat::MpaApp2App:
        return "MPA workbook: App2App";
    case DependencyFormat::MpaApp2Db:
        return "MPA workbook: App2DB";
    case DependencyFormat::ServiceNow:
        return "ServiceNow cmdb_rel_ci";
    case DependencyFormat::Plain:
        return "source,target CSV";
    case DependencyFormat::Unknown:
        break;
    }
    return "unknown";
}

DependencyFormat detectDependencyFormat(const std::vector<std::string>& header) {
    const std::vector<std::string> n = detail::normalizeAll(header);
    if (hasAll(n, {"destinationip", "destinationport"}) &&
        (hasAll(n, {"sourceservername"}) || hasAll(n, {"destinationservername"})))
        return DependencyFormat::AzureMigrate;
    if (hasAll(n, {"sourceip", "destinationip"})) return DependencyFormat::IpFlows;
    if (hasAll(n, {"sourcename", "targetname"})) return DependencyFormat::MpaCommunication;
    if (hasAll(n, {"databaseid", "applicationid"})) return DependencyFormat::MpaApp2Db;
    if (std::count(n.begin(), n.end(), "applicationid") >= 2) return DependencyFormat::MpaApp2App;
    if (hasAll(n, {"parent", "child"})) return DependencyFormat::ServiceNow;
    // A plain edge list needs both ends, so an inventory that merely has a "Source" column is not taken for one.
    if (const detail::PlainColumns plain = detail::findPlainColumns(n); plain.source >= 0 && plain.target >= 0)
        return DependencyFormat::Plain;
    return DependencyFormat::Unknown;
}

namespace {

void importInto(const formats::Table& table, detail::EndpointResolver& resolver, detail::EdgeCollector& edges,
                DependencyImport& out) {
    const std::vector<std::string> n = detail::normalizeAll(table.header);
    const DependencyFormat format = detectDependencyFormat(table.header);
    if (format == DependencyFormat::Unknown) {
        out.problems.push_back(
            {table.name.empty() ? "header" : table.name + " header",
             "not a dependency export: expected Azure Migrate (Source server name, Destination IP, Destination port), "
             "ADS (sourceIp, destinationIp), MPA (Source Name, Target Name), ServiceNow (parent, child) or "
             "a source,target CSV (also From/To, Source server/Destination server, Depends on)"});
        return;
    }
    out.format = format;
    out.readable = true;
    switch (format) {
    case DependencyFormat::AzureMigrate:
        detail::readAzureMigrate(table, n, edges, out);
        break;
    case DependencyFormat::IpFlows:
        detail::readIpFlows(table, n, edges, out);
        break;
    case DependencyFormat::MpaCommunication:
        detail::readMpaCommunication(table, n, edges, out);
        break;
    case DependencyFormat::MpaApp2App:
        detail::readMpaMapping(table, n, false, edges, out);
        break;
    case DependencyFormat::MpaApp2Db:
        detail::readMpaMapping(table, n, true, edges, out);
        break;
    case DependencyFormat::ServiceNow:
        detail::readServiceNow(table, n, resolver, edges, out);
        break;
    case DependencyFormat::Plain:
        detail::readPlain(table, n, edges, out);
        break;
    case DependencyFormat::Unknown:
        break;
    }
}

} // namespace

DependencyImport importDependencyTable(const formats::Table& table, const model::Scenario& scenario) {
    DependencyImport out;
    detail::EndpointResolver resolver(scenario);
    detail::EdgeCollector edges(resolver, out, dependencyFormatLabel(detectDependencyFormat(table.header)));
    importInto(table, resolver, edges, out);
    edges.finish();
    return out;
}

DependencyImport importDependencyBytes(std::string_view bytes, std::string_view fileName,
                                       const model::Scenario& scenario) {
    if (!formats::looksLikeXlsx(bytes)) {
        formats::CsvResult csv = formats::readCsv(bytes, std::string(fileName));
        DependencyImport out = importDependencyTable(csv.table, scenario);
        out.notes.insert(out.notes.end(), csv.problems.begin(), csv.problems.end());
        return out;
    }
    DependencyImport out;
    formats::XlsxReadOptions options;
    options.onlySheets = {"Asset Communication Data", "App2App", "App2DB", "Applications"};
    std::vector<formats::Table> sheets = formats::readXlsx(bytes, out.problems, options);
    detail::EndpointResolver resolver(scenario);
    // The Applications sheet maps the Application IDs App2App / App2DB use to names the inventory knows.
    for (const formats::Table& t : sheets) {
        if (!formats::text::equalsIgnoreCase(t.name, "Applications")) continue;
        const std::vector<std::string> n = detail::normalizeAll(t.header);
        const int cId = detail::findColumn(n, {"applicationid"});
        const int cName = detail::findColumn(n, {"applicationname", "name"});
        for (const auto& row : t.rows)
            if (const std::string id = resolver.resolveApplication(cellAt(row, cName)); !id.empty() && cId >= 0)
                resolver.addAlias(cellAt(row, cId), id);
    }
    detail::EdgeCollector edges(resolver, out, "MPA inventory workbook");
    bool any = false;
    for (const formats::Table& t : sheets) {
        if (formats::text::equalsIgnoreCase(t.name, "Applications") || t.header.empty()) continue;
        any = true;
        importInto(t, resolver, edges, out);
    }
    if (!any)
        out.problems.push_back(
            {"workbook",
             "no dependency rows: expected a filled 'Asset Communication Data', 'App2App' or 'App2DB' sheet"});
    edges.finish();
    if (any) out.dialect = "MPA inventory workbook";
    return out;
}

model::DependencyKind kindForPort(int port) {
    switch (port) {
    case 53:
    case 123:
    case 88:
    case 464:
    case 389:
    case 636:
    case 3268:
    case 3269:
    case 3389:
    case 22:
    case 445:
    case 139:
    case 135:
    case 137:
    case 138:
        return model::DependencyKind::Infrastructure;
    case 1433:
    case 1521:
    case 3306:
    case 5432:
    case 27017:
    case 6379:
        return model::DependencyKind::Hard;
    default:
        return model::DependencyKind::Soft;
    }
}

DependencyMerge mergeDependencies(model::Scenario& scenario, const DependencyImport& imported) {
    DependencyMerge report;
    std::map<std::tuple<std::string, std::string, int>, std::size_t> index;
    for (std::size_t i = 0; i < scenario.dependencies.size(); ++i) {
        const model::Dependency& d = scenario.dependencies[i];
        index.emplace(std::make_tuple(d.source, d.target, d.port), i);
    }
    for (const model::Dependency& d : imported.dependencies) {
        const auto key = std::make_tuple(d.source, d.target, d.port);
        if (auto it = index.find(key); it != index.end()) {
            model::Dependency& existing = scenario.dependencies[it->second];
            if (existing.observations != d.observations || existing.protocol != d.protocol) {
                existing.observations = d.observations;
                existing.protocol = d.protocol;
                ++report.updated;
            }
            continue;
        }
        index.emplace(key, scenario.dependencies.size());
        scenario.dependencies.push_back(d);
        ++report.added;
    }
    return report;
}

std::string dependencySummary(const DependencyImport& imported) {
    std::string s = std::to_string(imported.dependencies.size()) + " dependencies from " +
                    std::to_string(imported.rowsRead) + " rows (" + std::to_string(imported.infrastructureEdges) +
                    " infrastructure)";
    if (imported.unresolvedEdges > 0) s += ", " + std::to_string(imported.unresolvedEdges) + " with an external end";
    if (imported.skippedRows > 0) s += ", " + std::to_string(imported.skippedRows) + " rows skipped";
    return s;
}

} // namespace est::io
