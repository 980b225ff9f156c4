// io/dependency_declared.cpp - declared relationships: ServiceNow cmdb_rel_ci, the MPA workbook's App2App and
// App2DB mapping sheets, and a plain source,target[,kind][,port] CSV.
#include <optional>

#include "io/dependency_common.hpp"
#include "io/import_common.hpp"
#include "io/inventory_values.hpp"

namespace est::io::detail {
namespace {

bool outOfScope(std::string_view cell) {
    const std::string v = formats::text::lower(formats::text::trim(cell));
    return v == "no" || v == "n" || v == "false" || v == "0";
}

std::optional<model::DependencyKind> parseKind(std::string_view cell, bool& bad) {
    bad = false;
    const std::string v = formats::text::lower(formats::text::trim(cell));
    if (v.empty()) return std::nullopt;
    if (v == "hard" || v == "strong" || v == "same wave") return model::DependencyKind::Hard;
    if (v == "soft" || v == "weak") return model::DependencyKind::Soft;
    if (v == "infrastructure" || v == "infra" || v == "shared" || v == "shared services")
        return model::DependencyKind::Infrastructure;
    bad = true;
    return std::nullopt;
}

} // namespace

void readMpaMapping(const formats::Table& table, const std::vector<std::string>& n, bool app2db, EdgeCollector& edges,
                    DependencyImport& out) {
    out.dialect = app2db ? "App2DB" : "App2App";
    // App2App has two columns both called "Application ID": the first is the source, the second the target.
    int cSource = -1, cTarget = -1;
    for (std::size_t i = 0; i < n.size(); ++i) {
        const bool app = n[i] == "applicationid";
        if (app2db ? app : (app && cSource < 0))
            cSource = static_cast<int>(i);
        else if (app2db ? n[i] == "databaseid" : app)
            cTarget = static_cast<int>(i);
    }
    const int cScope = findColumn(n, {"inscope"});
    int outOfScopeRows = 0;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        if (outOfScope(cellAt(row, cScope))) {
            ++outOfScopeRows;
            continue;
        }
        // Application ends resolve to one workload of the application (its whole move group follows);
        // an application the inventory lacks is kept as an external end under its id.
        const std::string_view source = formats::text::trim(cellAt(row, cSource)),
                               target = formats::text::trim(cellAt(row, cTarget));
        if (source.empty() || target.empty()) {
            out.problems.push_back({whereOf(table, r), "no application or database id, row skipped"});
            ++out.skippedRows;
            continue;
        }
        // An application workload talks to its database: the database must be there (hard, AWS guidance on
        // chatty app-to-database links); App2App is a declared dependency (soft).
        edges.add({source, {}}, {target, {}}, 0, "", 1,
                  app2db ? model::DependencyKind::Hard : model::DependencyKind::Soft);
    }
    if (outOfScopeRows > 0)
        out.notes.push_back({table.name, std::to_string(outOfScopeRows) + " row(s) marked not in scope ignored"});
}

void readServiceNow(const formats::Table& table, const std::vector<std::string>& n, EndpointResolver& resolver,
                    EdgeCollector& edges, DependencyImport& out) {
    out.dialect = "cmdb_rel_ci list export";
    const int cParent = findColumn(n, {"parent"}), cChild = findColumn(n, {"child"});
    const int cType = findColumn(n, {"type"}), cPort = findColumn(n, {"port"});
    // Placement relations (an application CI runs on / is hosted on a server) map CI names to servers first,
    // so that "Depends on" between application CIs resolves to the servers that move.
    auto isPlacement = [](std::string_view type) {
        for (std::string_view p :
             {"runs on", "hosted on", "virtualized by", "members", "member of", "contains", "contained by"})
            if (formats::text::lower(type).rfind(p, 0) == 0) return true;
        return false;
    };
    for (const auto& row : table.rows) {
        if (!isPlacement(cellAt(row, cType))) continue;
        const std::string server = resolver.resolve(cellAt(row, cChild));
        if (!server.empty() && resolver.resolve(cellAt(row, cParent)).empty())
            resolver.addAlias(cellAt(row, cParent), server);
    }
    int otherTypes = 0;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        const std::string type = formats::text::lower(formats::text::trim(cellAt(row, cType)));
        if (isPlacement(type)) continue;
        const bool dependency = type.empty() || type.rfind("depends on", 0) == 0 || type.rfind("connects to", 0) == 0 ||
                                type.rfind("exchanges data", 0) == 0 || type.rfind("uses", 0) == 0;
        if (!dependency) {
            ++otherTypes;
            continue;
        }
        const auto port = readPort(cellAt(row, cPort));
        if (!port) {
            out.problems.push_back(
                {whereOf(table, r), "port: not a port " + quoted(cellAt(row, cPort)) + ", row skipped"});
            ++out.skippedRows;
            continue;
        }
        // "Depends on::Used by": the parent depends on the child.
        if (!edges.add({cellAt(row, cParent), {}}, {cellAt(row, cChild), {}}, *port, "", 1)) {
            out.problems.push_back({whereOf(table, r), "no parent or no child, row skipped"});
            ++out.skippedRows;
        }
    }
    if (otherTypes > 0)
        out.notes.push_back(
            {"file", std::to_string(otherTypes) +
                         " relation(s) of other types (Managed by, ...) are not dependencies: ignored"});
}

PlainColumns findPlainColumns(const std::vector<std::string>& n) {
    // Names other tools and hand-made sheets use; "client" and "server" are the ends of a connection list.
    PlainColumns c;
    c.source = findColumn(n, {"source", "from", "src", "sourceserver", "sourcehost", "sourcehostname", "sourcemachine",
                              "sourcevm", "sourcename", "fromserver", "fromhost", "fromhostname", "frommachine",
                              "fromvm", "client", "caller"});
    c.target = findColumn(n, {"target",
                              "destination",
                              "to",
                              "dest",
                              "dst",
                              "targetserver",
                              "targethost",
                              "targethostname",
                              "targetmachine",
                              "targetvm",
                              "targetname",
                              "destinationserver",
                              "destinationhost",
                              "destinationhostname",
                              "destinationmachine",
                              "destinationvm",
                              "destinationname",
                              "toserver",
                              "tohost",
                              "tohostname",
                              "tomachine",
                              "tovm",
                              "dependson",
                              "callee",
                              "server"});
    c.kind = findColumn(n, {"kind", "type", "dependencytype", "dependencykind", "strength", "edgetype", "linktype",
                            "relationshiptype"});
    c.port = findColumn(n, {"port", "destinationport", "targetport", "toport", "dstport"});
    c.count = findColumn(n, {"count", "observations", "connections", "connectioncount", "calls"});
    return c;
}

void readPlain(const formats::Table& table, const std::vector<std::string>& n, EdgeCollector& edges,
               DependencyImport& out) {
    out.dialect = "source,target";
    const PlainColumns c = findPlainColumns(n);
    const int cSource = c.source, cTarget = c.target, cKind = c.kind, cPort = c.port, cCount = c.count;
    if (cSource < 0 || cTarget < 0) {
        out.problems.push_back({"header", "no source and target columns (source/from, target/destination/to)"});
        out.readable = false;
        return;
    }
    // Which header fed which field, so a file with its own names can be checked at a glance.
    auto used = [&](const char* field, int column) {
        return std::string(field) + " = " +
               (column >= 0 ? quoted(table.header[static_cast<std::size_t>(column)]) : std::string("none"));
    };
    out.notes.push_back({"header", "columns used: " + used("source", cSource) + ", " + used("target", cTarget) + ", " +
                                       used("kind", cKind) + ", " + used("port", cPort) + ", " +
                                       used("count", cCount)});
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        bool badKind = false;
        const auto kind = parseKind(cellAt(row, cKind), badKind);
        const auto port = readPort(cellAt(row, cPort));
        const auto count = readObservations(cellAt(row, cCount));
        std::string reason;
        if (badKind)
            reason = "kind " + quoted(cellAt(row, cKind)) + " is not hard, soft or infrastructure";
        else if (!port)
            reason = "port " + quoted(cellAt(row, cPort)) + " is not a port number";
        else if (!count)
            reason = "count " + quoted(cellAt(row, cCount)) + " is not a whole number";
        if (reason.empty() &&
            !edges.add({cellAt(row, cSource), {}}, {cellAt(row, cTarget), {}}, *port, "", *count, kind))
            reason = "no source or no target";
        if (!reason.empty()) {
            out.problems.push_back({whereOf(table, r), reason + ", row skipped"});
            ++out.skippedRows;
        }
    }
}

} // namespace est::io::detail
