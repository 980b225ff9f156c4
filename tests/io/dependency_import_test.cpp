// tests/io/dependency_import_test.cpp - each dependency export read from a file in its documented shape:
// Azure Migrate (classic and wide headers), AWS ADS agent connections, the MPA workbook sheets, ServiceNow
// cmdb_rel_ci and a plain source,target CSV; resolution by name / short name / IP; merging.
#include <catch2/catch.hpp>

#include "io/dependency_import.hpp"
#include "formats/xlsx_writer.hpp"
#include "test_support.hpp"

using namespace est::io;
using namespace est::formats;
using est::model::Dependency;
using est::model::DependencyKind;
using est::test::readDataFile;

namespace {

est::model::Workload workload(const std::string& id, const std::string& app, const std::string& ips) {
    est::model::Workload w;
    w.id = id;
    w.name = id;
    w.application = app;
    w.ipAddresses = ips;
    return w;
}

// The inventory the files talk about: ord-api01 and 10.20.9.77 are deliberately not in it.
est::model::Scenario inventory() {
    est::model::Scenario s;
    s.workloads = {workload("ord-web01", "Ordering", "10.20.1.11"),
                   workload("ord-web02", "Ordering", "10.20.1.12; fe80::1"),
                   workload("ord-sql01", "Ordering DB", "10.20.2.21"), workload("dns01", "", "10.20.0.5"),
                   workload("bill01", "Billing", "10.30.1.5")};
    return s;
}

const Dependency* edge(const DependencyImport& imp, const std::string& source, const std::string& target, int port) {
    for (const Dependency& d : imp.dependencies)
        if (d.source == source && d.target == target && d.port == port) return &d;
    return nullptr;
}

DependencyImport importFile(const std::string& name) {
    return importDependencyBytes(readDataFile("dependencies/" + name), name, inventory());
}

} // namespace

TEST_CASE("Azure Migrate classic export: slots aggregate, IP-only ends resolve, unresolved ends stay external",
          "[io][dependencies]") {
    const DependencyImport imp = importFile("azure_agentless_classic.csv");
    CHECK(imp.format == DependencyFormat::AzureMigrate);
    CHECK(imp.dialect.find("classic") != std::string::npos);
    // 7 rows: two slots of web01 -> sql01, web02 by IP only, an unknown IP, DNS, an API server not in the
    // inventory, and one bad port on line 8.
    REQUIRE(imp.dependencies.size() == 5);
    CHECK(imp.rowsRead == 6);
    CHECK(imp.skippedRows == 1);
    REQUIRE(imp.problems.size() == 1);
    CHECK(imp.problems[0].where == "line 8");
    CHECK(imp.problems[0].message.find("14x3") != std::string::npos);

    const Dependency* webSql = edge(imp, "ord-web01", "ord-sql01", 1433);
    REQUIRE(webSql);
    CHECK(webSql->observations == 2);                   // two 6-hour slots
    CHECK(webSql->kind == DependencyKind::Hard);        // SQL Server listener
    REQUIRE(edge(imp, "ord-web02", "ord-sql01", 1433)); // Source IP 10.20.1.12 -> ord-web02
    REQUIRE(edge(imp, "10.20.9.77", "ord-sql01", 1433));
    const Dependency* dns = edge(imp, "ord-web01", "dns01", 53);
    REQUIRE(dns);
    CHECK(dns->kind == DependencyKind::Infrastructure);
    const Dependency* api = edge(imp, "ord-web01", "ord-api01", 8443);
    REQUIRE(api);
    CHECK(api->kind == DependencyKind::Soft);
    CHECK(imp.infrastructureEdges == 1);
    CHECK(imp.unresolvedEdges == 2);
    CHECK(imp.unresolvedNames == std::vector<std::string>{"10.20.9.77", "ord-api01"});
    bool noted = false;
    for (const auto& n : imp.notes) noted = noted || n.message.find("2 of 5 dependencies") != std::string::npos;
    CHECK(noted);
}

TEST_CASE("Azure Migrate wide export: FQDN names resolve by short name, Connection Count adds up",
          "[io][dependencies]") {
    const DependencyImport imp = importFile("azure_agentless_wide.csv");
    CHECK(imp.format == DependencyFormat::AzureMigrate);
    CHECK(imp.dialect.find("wide") != std::string::npos);
    REQUIRE(imp.dependencies.size() == 3);
    CHECK(imp.problems.empty());
    const Dependency* web = edge(imp, "ord-web01", "ord-sql01", 1433); // ORD-WEB01.corp.example
    REQUIRE(web);
    CHECK(web->observations == 40);
    REQUIRE(edge(imp, "ord-web02", "ord-sql01", 1433));
    CHECK(edge(imp, "ord-web02", "ord-sql01", 1433)->observations == 2);
    const Dependency* ntp = edge(imp, "ord-web02", "dns01", 123); // destination by IP only; empty count = 1
    REQUIRE(ntp);
    CHECK(ntp->kind == DependencyKind::Infrastructure);
    CHECK(ntp->observations == 1);
    CHECK(imp.unresolvedEdges == 0);
}

TEST_CASE("AWS ADS agent connections: IP ends through the inventory, loopback dropped, bad port reported",
          "[io][dependencies]") {
    const DependencyImport imp = importFile("ads_sourceProcessConnection.csv");
    CHECK(imp.format == DependencyFormat::IpFlows);
    CHECK(imp.dialect.find("Application Discovery Service") != std::string::npos);
    // Rows 2-3 are one edge (two samples); row 4 DNS; row 5 loopback; row 6 an outside IP; row 7 port "http".
    REQUIRE(imp.dependencies.size() == 3);
    CHECK(edge(imp, "ord-web01", "ord-sql01", 1433)->observations == 2);
    CHECK(edge(imp, "ord-web01", "ord-sql01", 1433)->protocol == "TCP");
    CHECK(edge(imp, "ord-web01", "dns01", 53)->kind == DependencyKind::Infrastructure);
    REQUIRE(edge(imp, "ord-web01", "172.16.5.9", 443));
    REQUIRE(imp.problems.size() == 1);
    CHECK(imp.problems[0].where == "line 7");
    CHECK(imp.unresolvedNames == std::vector<std::string>{"172.16.5.9"});
}

TEST_CASE("ServiceNow cmdb_rel_ci: Runs on maps CIs to servers, Depends on becomes an edge", "[io][dependencies]") {
    const DependencyImport imp = importFile("servicenow_cmdb_rel_ci.csv");
    CHECK(imp.format == DependencyFormat::ServiceNow);
    REQUIRE(imp.dependencies.size() == 2);
    // "ORD Web App" runs on ord-web01, "ORD SQL Instance" on ord-sql01: the app-level Depends on lands on them.
    const Dependency* d = edge(imp, "ord-web01", "ord-sql01", 1433);
    REQUIRE(d);
    CHECK(d->kind == DependencyKind::Hard);
    REQUIRE(edge(imp, "ord-web02", "ord-api01", 8443));
    REQUIRE(imp.problems.size() == 1); // Depends on with no child, line 7
    CHECK(imp.problems[0].where == "line 7");
}

TEST_CASE("plain source,target CSV: kinds as written, a bad kind and a missing source reported by line",
          "[io][dependencies]") {
    const DependencyImport imp = importFile("plain_edges.csv");
    CHECK(imp.format == DependencyFormat::Plain);
    REQUIRE(imp.dependencies.size() == 3);
    CHECK(edge(imp, "ord-web01", "ord-sql01", 0)->kind == DependencyKind::Hard);
    CHECK(edge(imp, "ord-web02", "ord-api01", 0)->kind == DependencyKind::Soft);
    CHECK(edge(imp, "ord-web01", "dns01", 0)->kind == DependencyKind::Infrastructure);
    REQUIRE(imp.problems.size() == 2);
    CHECK(imp.problems[0].where == "line 5");
    CHECK(imp.problems[0].message.find("sometimes") != std::string::npos);
    CHECK(imp.problems[1].where == "line 6");
}

TEST_CASE("an edge list with its own header names is read as source,target and says which columns it used",
          "[io][dependencies]") {
    const std::string csv = "From server,To server,Type,Dst port\n"
                            "ord-web01,ord-sql01,hard,1433\n"
                            "ord-web02,bill01,,8443\n"
                            "ord-web01,dns01,shared,53\n";
    CHECK(detectDependencyFormat({"From server", "To server", "Type"}) == DependencyFormat::Plain);
    CHECK(detectDependencyFormat({"Application", "Depends on"}) == DependencyFormat::Unknown); // no source column
    CHECK(detectDependencyFormat({"Server", "Depends on"}) == DependencyFormat::Unknown);
    const DependencyImport imp = importDependencyBytes(csv, "edges.csv", inventory());
    CHECK(imp.format == DependencyFormat::Plain);
    CHECK(imp.problems.empty());
    REQUIRE(imp.dependencies.size() == 3);
    CHECK(edge(imp, "ord-web01", "ord-sql01", 1433)->kind == DependencyKind::Hard); // as written
    CHECK(edge(imp, "ord-web02", "bill01", 8443)->kind == DependencyKind::Soft);    // no kind: by port, 8443 is soft
    CHECK(edge(imp, "ord-web01", "dns01", 53)->kind == DependencyKind::Infrastructure);
    REQUIRE_FALSE(imp.notes.empty());
    CHECK(imp.notes[0].message ==
          "columns used: source = 'From server', target = 'To server', kind = 'Type', port = 'Dst port', "
          "count = none");
}

TEST_CASE("MPA workbook: Asset Communication Data (leading-space headers), App2App and App2DB by application id",
          "[io][dependencies]") {
    using C = XlsxCell;
    std::vector<XlsxSheet> sheets(4);
    sheets[0].name = "Applications";
    sheets[0].rows = {{C::str("Application ID"), C::str("Application Name")},
                      {C::str("APP-1"), C::str("Ordering")},
                      {C::str("APP-2"), C::str("Billing")}};
    sheets[1].name = "Asset Communication Data";
    std::vector<C> header;
    for (const char* h :
         {"Source Name", " Source Process", " Source IP Address", " Source Port", " Target Name", " Target IP Address",
          "Target Process", " Target Port", "IP Version", "Transport Protocol", "Count", "State"})
        header.push_back(C::str(h));
    sheets[1].rows = {header,
                      {C::str("ord-web01"), C::str("w3wp.exe"), C::str("10.20.1.11"), C::num(51544),
                       C::str("ord-sql01"), C::str("10.20.2.21"), C::str("sqlservr.exe"), C::num(1433), C::str("IPv4"),
                       C::str("TCP"), C::num(212), C::str("Established")},
                      {C::str("ord-web02"), C::str("w3wp.exe"), C::str("10.20.1.12"), C::num(51545),
                       C::str("ord-sql01"), C::str("10.20.2.21"), C::str("sqlservr.exe"), C::num(1433), C::str("IPv4"),
                       C::str("TCP"), C::num(3), C::str("TIME_WAIT")}};
    sheets[2].name = "App2App";
    sheets[2].rows = {{C::str("Application ID"), C::str("Application ID"), C::str("In Scope")},
                      {C::str("APP-1"), C::str("APP-2"), C::str("Yes")},
                      {C::str("APP-2"), C::str("APP-1"), C::str("Yes")}};
    sheets[3].name = "App2DB";
    sheets[3].rows = {{C::str("Database ID"), C::str("Application ID"), C::str("In Scope")},
                      {C::str("ord-sql01"), C::str("APP-1"), C::str("Yes")},
                      {C::str("other-db"), C::str("APP-2"), C::str("No")}};
    const DependencyImport imp = importDependencyBytes(writeXlsx(sheets), "Inventory_Template_v3.xlsx", inventory());
    CHECK(imp.problems.empty());
    REQUIRE(imp.dependencies.size() == 4);
    const Dependency* flow = edge(imp, "ord-web01", "ord-sql01", 1433);
    REQUIRE(flow);
    CHECK(flow->observations == 212);
    // APP-1 is Ordering (first workload ord-web01), APP-2 Billing (bill01); both directions listed.
    REQUIRE(edge(imp, "ord-web01", "bill01", 0));
    REQUIRE(edge(imp, "bill01", "ord-web01", 0));
    const Dependency* db = edge(imp, "ord-web01", "ord-sql01", 0);
    REQUIRE(db);
    CHECK(db->kind == DependencyKind::Hard);
}

TEST_CASE("a file whose ends match no workload is reported, and merging keeps the user's kind", "[io][dependencies]") {
    est::model::Scenario empty;
    const DependencyImport none =
        importDependencyBytes(readDataFile("dependencies/plain_edges.csv"), "plain_edges.csv", empty);
    CHECK(none.unresolvedEdges == 3);
    bool reported = false;
    for (const auto& p : none.problems)
        reported = reported || p.message.find("no dependency joins two workloads") != std::string::npos;
    CHECK(reported);

    est::model::Scenario s = inventory();
    const DependencyImport imp = importFile("azure_agentless_classic.csv");
    CHECK(mergeDependencies(s, imp) == DependencyMerge{5, 0});
    s.dependencies[0].kind = DependencyKind::Soft; // the user demotes web01 -> sql01
    DependencyImport again = imp;
    again.dependencies[0].observations = 9;
    CHECK(mergeDependencies(s, again) == DependencyMerge{0, 1});
    CHECK(s.dependencies.size() == 5);
    CHECK(s.dependencies[0].kind == DependencyKind::Soft);
    CHECK(s.dependencies[0].observations == 9);
}

TEST_CASE("an unknown header is refused with the formats it expects", "[io][dependencies]") {
    const DependencyImport imp = importDependencyBytes("a,b\n1,2\n", "x.csv", inventory());
    CHECK_FALSE(imp.readable);
    REQUIRE(imp.problems.size() == 1);
    CHECK(imp.problems[0].message.find("Azure Migrate") != std::string::npos);
}
