// io/dependency_common.hpp - what the dependency readers share (internal to est_io): resolving an end
// against the inventory and collecting edges with aggregation and bookkeeping.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "io/dependency_import.hpp"

namespace est::io::detail {

/// Finds the workload an export names: by id, name, short host name (before the first dot) or one of its IPs,
/// ignoring case; an application name resolves to one of its workloads (the planner moves an application
/// whole, so any member stands for it).
class EndpointResolver {
public:
    explicit EndpointResolver(const model::Scenario& scenario);
    /// The workload id for a name and/or IP (a name that is no workload may name an application), or "".
    std::string resolve(std::string_view name, std::string_view ip = {}) const;
    /// A workload id of the application named `application`, or "".
    std::string resolveApplication(std::string_view application) const;
    /// Makes `alias` (a CI name, an application id) resolve like workload `id`.
    void addAlias(std::string_view alias, const std::string& id);

private:
    std::unordered_map<std::string, std::string> m_byName; // lower-case id / name / short name / alias -> id
    std::unordered_map<std::string, std::string> m_byIp;
    std::unordered_map<std::string, std::string> m_byApplication;
};

/// One end as the file gives it.
struct EndText {
    std::string_view name;
    std::string_view ip;
};

/// Collects edges into a DependencyImport: resolves, drops self-loops and loopback, aggregates per
/// (source, target, port), classifies by port when the file gives no kind, and counts unresolved ends.
class EdgeCollector {
public:
    EdgeCollector(const EndpointResolver& resolver, DependencyImport& out, std::string origin);
    /// Adds one row's edge; returns false (and adds nothing) when an end is empty.
    bool add(EndText source, EndText target, int port, std::string_view protocol, int count,
             std::optional<model::DependencyKind> kind = std::nullopt);
    /// Adds an edge whose ends are already resolved ids (or external labels).
    void addResolved(const std::string& source, bool sourceResolved, const std::string& target, bool targetResolved,
                     int port, std::string_view protocol, int count, std::optional<model::DependencyKind> kind);
    /// Writes the aggregated edges and the notes into the import.
    void finish();

private:
    const EndpointResolver& m_resolver;
    DependencyImport& m_out;
    std::string m_origin;
    std::map<std::tuple<std::string, std::string, int>, std::size_t> m_index;
    std::set<std::string> m_unresolved;
    int m_selfLoops = 0;
};

/// Reads a port cell: empty = 0 (unknown); not a whole number 0..65535 = nothing (the row is bad).
std::optional<int> readPort(std::string_view cell);
/// Reads a count cell: empty = 1; not a whole number >= 0 = nothing.
std::optional<int> readObservations(std::string_view cell);
/// True for 127.0.0.0/8, ::1 and 0.0.0.0.
bool isLoopback(std::string_view ip);

/// The columns of a plain edge list, found by common header names ("source", "From server", "Destination host",
/// "Depends on", "Type", ...); -1 = absent. A plain edge list needs both ends.
struct PlainColumns {
    int source = -1, target = -1, kind = -1, port = -1, count = -1;
};
PlainColumns findPlainColumns(const std::vector<std::string>& normalized);

// Per-format readers (dependency_flows.cpp, dependency_declared.cpp). Each fills out.dialect, problems, edges.
void readAzureMigrate(const formats::Table& table, const std::vector<std::string>& normalized, EdgeCollector& edges,
                      DependencyImport& out);
void readIpFlows(const formats::Table& table, const std::vector<std::string>& normalized, EdgeCollector& edges,
                 DependencyImport& out);
void readMpaCommunication(const formats::Table& table, const std::vector<std::string>& normalized, EdgeCollector& edges,
                          DependencyImport& out);
void readMpaMapping(const formats::Table& table, const std::vector<std::string>& normalized, bool app2db,
                    EdgeCollector& edges, DependencyImport& out);
void readServiceNow(const formats::Table& table, const std::vector<std::string>& normalized, EndpointResolver& resolver,
                    EdgeCollector& edges, DependencyImport& out);
void readPlain(const formats::Table& table, const std::vector<std::string>& normalized, EdgeCollector& edges,
               DependencyImport& out);

} // namespace est::io::detail
