// io/dependency_import.hpp - server-to-server dependency exports in: detect the format, resolve both ends
// against the inventory (id, name, short name, IP), classify, aggregate, and merge into the scenario.
//
// Formats: Azure Migrate agentless dependency export (classic "Time slot,Source server name,..." and the wide
// "Date,Source Appliance Name,..." dialect); IP flow exports (AWS Application Discovery Service agent
// connection CSVs, Log Analytics VMConnection query results); the AWS MPA-compatible inventory workbook's
// "Asset Communication Data", "App2App" and "App2DB" sheets; ServiceNow cmdb_rel_ci list exports; a plain
// "source,target[,kind][,port]" CSV. Headers are matched by normalised name (case, spaces and punctuation
// ignored, so the MPA sheet's leading spaces and Athena's snake_case columns match too).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "formats/table.hpp"
#include "model/scenario.hpp"

namespace est::io {

enum class DependencyFormat {
    Unknown,
    AzureMigrate,
    IpFlows,
    MpaCommunication,
    MpaApp2App,
    MpaApp2Db,
    ServiceNow,
    Plain
};
/// Human label ("Azure Migrate dependency export", ...).
const char* dependencyFormatLabel(DependencyFormat f);

/// What reading one dependency file produced, before merging.
struct DependencyImport {
    DependencyFormat format = DependencyFormat::Unknown; ///< of the last table read (a workbook has several)
    std::string dialect;                                 ///< "classic header", "wide header", "AWS ADS agent", ...
    std::vector<model::Dependency> dependencies;         ///< aggregated: one per (source, target, port)
    std::vector<formats::InputProblem> problems;         ///< rows skipped (line + reason) and file-level errors
    std::vector<formats::InputProblem> notes;            ///< per-file remarks: unresolved ends, filtered rows
    int rowsRead = 0;                                    ///< data rows that gave an edge (before aggregation)
    int skippedRows = 0;                                 ///< rows reported in problems
    int unresolvedEdges = 0;                  ///< edges with at least one end that matches no workload (kept, external)
    std::vector<std::string> unresolvedNames; ///< the distinct unmatched ends, first 20
    int infrastructureEdges = 0;              ///< classified as shared services (DNS, NTP, AD, RDP, SSH, SMB, RPC)
    bool readable = false;                    ///< false when the file as a whole could not be used
};

/// The format of a table by its header (Unknown when none matches).
DependencyFormat detectDependencyFormat(const std::vector<std::string>& header);

/// Reads one table of a known or detected format; ends resolve against `scenario`'s workloads.
DependencyImport importDependencyTable(const formats::Table& table, const model::Scenario& scenario);

/// Reads a CSV or an .xlsx workbook (the MPA sheets) of dependencies.
DependencyImport importDependencyBytes(std::string_view bytes, std::string_view fileName,
                                       const model::Scenario& scenario);

/// The kind an edge gets from its destination port when the file says none: infrastructure ports (DNS 53,
/// NTP 123, Kerberos 88/464, LDAP 389/636/3268/3269, RDP 3389, SSH 22, SMB 445/139, RPC 135, NetBIOS
/// 137/138) are shared services; database listener ports (1433 SQL Server, 1521 Oracle, 3306 MySQL,
/// 5432 PostgreSQL, 27017 MongoDB, 6379 Redis) are hard (chatty, latency-bound); everything else soft.
model::DependencyKind kindForPort(int port);

/// What merging did.
struct DependencyMerge {
    int added = 0;
    int updated = 0; ///< same source, target and port: observations refreshed, kind kept
    bool operator==(const DependencyMerge&) const = default;
};

/// Adds new edges and refreshes existing ones (same source, target and port): the kind the user set is kept.
DependencyMerge mergeDependencies(model::Scenario& scenario, const DependencyImport& imported);

/// "12 dependencies (3 infrastructure), 2 unresolved ends: 10.20.9.77, ..." for the CLI and the UI.
std::string dependencySummary(const DependencyImport& imported);

} // namespace est::io
