// io/dependency_flows.cpp - observed network flows: Azure Migrate agentless export (both header dialects),
// IP connection exports (AWS ADS agent CSVs, VMConnection query results) and the MPA workbook's
// "Asset Communication Data" sheet. One row = one connection seen; rows of the same pair and port aggregate.
#include "io/dependency_common.hpp"
#include "io/import_common.hpp"
#include "io/inventory_values.hpp"

namespace est::io::detail {
namespace {

// A row whose port or count cell cannot be read is reported with its line and skipped.
bool readNumbers(const formats::Table& table, std::size_t r, int cPort, int cCount, int& port, int& count,
                 DependencyImport& out) {
    const auto& row = table.rows[r];
    const auto p = readPort(cellAt(row, cPort));
    const auto c = readObservations(cellAt(row, cCount));
    if (p && c) {
        port = *p;
        count = *c;
        return true;
    }
    const int col = p ? cCount : cPort;
    out.problems.push_back({whereOf(table, r), table.header[static_cast<std::size_t>(col)] + ": not a " +
                                                   (p ? "count " : "port ") + quoted(cellAt(row, col)) +
                                                   ", row skipped"});
    ++out.skippedRows;
    return false;
}

void missingEnd(const formats::Table& table, std::size_t r, DependencyImport& out) {
    out.problems.push_back({whereOf(table, r), "no source or no destination (name or IP), row skipped"});
    ++out.skippedRows;
}

} // namespace

void readAzureMigrate(const formats::Table& table, const std::vector<std::string>& n, EdgeCollector& edges,
                      DependencyImport& out) {
    const bool wide = findColumn(n, {"sourcemachinearmid"}) >= 0 || findColumn(n, {"sourceappliancename"}) >= 0;
    out.dialect =
        wide ? "wide header (Date, Source Appliance Name, ...)" : "classic header (Time slot, Source server name, ...)";
    const int cSrcName = findColumn(n, {"sourceservername"}), cSrcIp = findColumn(n, {"sourceip"});
    const int cDstName = findColumn(n, {"destinationservername"}), cDstIp = findColumn(n, {"destinationip"});
    const int cPort = findColumn(n, {"destinationport"});
    const int cCount = findColumn(n, {"connectioncount", "count"});
    const int cProtocol = findColumn(n, {"protocol"});
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        int port = 0, count = 1;
        if (!readNumbers(table, r, cPort, cCount, port, count, out)) continue;
        if (!edges.add({cellAt(row, cSrcName), cellAt(row, cSrcIp)}, {cellAt(row, cDstName), cellAt(row, cDstIp)}, port,
                       cProtocol >= 0 ? cellAt(row, cProtocol) : "TCP", count))
            missingEnd(table, r, out);
    }
}

void readIpFlows(const formats::Table& table, const std::vector<std::string>& n, EdgeCollector& edges,
                 DependencyImport& out) {
    if (findColumn(n, {"agentid"}) >= 0)
        out.dialect = "AWS Application Discovery Service agent connections";
    else if (findColumn(n, {"computer"}) >= 0)
        out.dialect = "Log Analytics VMConnection query";
    else
        out.dialect = "source IP, destination IP";
    const int cSrc = findColumn(n, {"sourceip"}), cDst = findColumn(n, {"destinationip"});
    const int cPort = findColumn(n, {"destinationport"});
    const int cCount =
        findColumn(n, {"connectioncount", "occurrence", "count", "sumlinksestablished", "linksestablished"});
    const int cProtocol = findColumn(n, {"transportprotocol", "protocol"});
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        int port = 0, count = 1;
        if (!readNumbers(table, r, cPort, cCount, port, count, out)) continue;
        // An IP-only export: the IP is both the name to try and the IP to resolve.
        if (!edges.add({{}, cellAt(row, cSrc)}, {{}, cellAt(row, cDst)}, port, cellAt(row, cProtocol), count))
            missingEnd(table, r, out);
    }
    out.notes.push_back(
        {"file", "connections name IP addresses only: ends resolve through the inventory's IP addresses"});
}

void readMpaCommunication(const formats::Table& table, const std::vector<std::string>& n, EdgeCollector& edges,
                          DependencyImport& out) {
    out.dialect = "Asset Communication Data";
    const int cSrcName = findColumn(n, {"sourcename"}), cSrcIp = findColumn(n, {"sourceipaddress"});
    const int cDstName = findColumn(n, {"targetname"}), cDstIp = findColumn(n, {"targetipaddress"});
    const int cPort = findColumn(n, {"targetport"});
    const int cCount = findColumn(n, {"count"});
    const int cProtocol = findColumn(n, {"transportprotocol"});
    const int cState = findColumn(n, {"state"});
    int notEstablished = 0;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        // Socket states other than Established (TIME_WAIT, LISTEN, ...) are not dependencies (ModelizeIT advice).
        if (const std::string_view state = formats::text::trim(cellAt(row, cState));
            !state.empty() && !formats::text::equalsIgnoreCase(state, "Established")) {
            ++notEstablished;
            continue;
        }
        int port = 0, count = 1;
        if (!readNumbers(table, r, cPort, cCount, port, count, out)) continue;
        if (!edges.add({cellAt(row, cSrcName), cellAt(row, cSrcIp)}, {cellAt(row, cDstName), cellAt(row, cDstIp)}, port,
                       cellAt(row, cProtocol), count))
            missingEnd(table, r, out);
    }
    if (notEstablished > 0)
        out.notes.push_back(
            {table.name, std::to_string(notEstablished) + " row(s) with a State other than Established ignored"});
}

} // namespace est::io::detail
