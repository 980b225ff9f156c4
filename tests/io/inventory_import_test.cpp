// tests/io/inventory_import_test.cpp - RVTools (3 dialects), AWS, Azure and mapped CSV imports, and merging.
#include <catch2/catch.hpp>

#include "formats/csv.hpp"
#include "io/inventory_import.hpp"
#include "io/rvtools_columns.hpp"
#include "test_support.hpp"

using namespace est::io;
using namespace est::formats;
using est::model::PowerState;
using est::test::readDataFile;

namespace {
const ImportedWorkload* byName(const InventoryImport& imp, const std::string& name) {
    for (const auto& w : imp.workloads)
        if (w.workload.name == name) return &w;
    return nullptr;
}
FileImport importFile(const std::string& name) {
    return importInventoryBytes(readDataFile(name), name, ImportSettings{});
}
} // namespace

TEST_CASE("an RVTools 4.x vInfo CSV with custom attributes imports by header name", "[io][import][rvtools]") {
    const FileImport f = importFile("rvtools_4x_vInfo.csv");
    const InventoryImport& imp = f.inventory;
    CHECK(imp.format == InventoryFormat::RvToolsVInfo);
    CHECK(imp.dialect.find("4.x") != std::string::npos);
    // 8 data rows: web-01, db-01, old-app-01, 59 import; a template and an SRM placeholder are excluded;
    // broken-01 is skipped with a reason; one row is empty.
    REQUIRE(imp.workloads.size() == 4);
    CHECK(imp.excludedTemplates == 1);
    CHECK(imp.excludedPlaceholders == 1);
    CHECK(imp.skippedRows == 1);
    CHECK(imp.emptyRows == 1);
    REQUIRE(imp.problems.size() == 1);
    // Header on line 1, web-01 spans lines 2-3 (multi-line custom attribute), db-01 line 4, template 5,
    // placeholder 6, old-app-01 7, broken-01 8.
    CHECK(imp.problems[0].where == "line 8");
    CHECK(imp.problems[0].message.find("CPUs") != std::string::npos);

    const ImportedWorkload* web = byName(imp, "web-01");
    REQUIRE(web != nullptr);
    CHECK(web->workload.id == "4210aaaa-0000-0000-0000-000000000001"); // VM UUID is the stable id
    CHECK(web->workload.vcpu == 4);
    CHECK(web->workload.ramGb == Approx(16.0));      // 16384 MiB / 1024
    CHECK(web->workload.storageGb == Approx(100.0)); // Provisioned 102400 MiB / 1024 (not Total disk 96)
    CHECK(web->workload.os == "Microsoft Windows Server 2019 Datacenter"); // Tools column wins
    CHECK(web->workload.host == "esx01.corp.example");
    CHECK(web->workload.environment == est::model::Environment::Production); // from the custom attribute
    const ImportedWorkload* db = byName(imp, "db-01");
    REQUIRE(db != nullptr);
    CHECK(db->workload.os == "Red Hat Enterprise Linux 9 (64-bit)"); // Tools empty: configuration file
    CHECK(db->workload.storageGb == Approx(1024.0));
    CHECK(db->workload.environment == est::model::Environment::NonProduction);
    CHECK(byName(imp, "old-app-01")->workload.powerState == PowerState::Off);
    const ImportedWorkload* numeric = byName(imp, "59");
    REQUIRE(numeric != nullptr);
    CHECK(numeric->workload.id == "59"); // no UUID: the VM name (digits kept as text)
    CHECK(numeric->workload.powerState == PowerState::Suspended);
}

TEST_CASE("an RVTools 3.x CSV with MB headers, quoted thousands, CRLF and a BOM imports in MiB",
          "[io][import][rvtools]") {
    const FileImport f = importFile("RVTools_tabvInfo_3x.csv");
    const InventoryImport& imp = f.inventory;
    CHECK(imp.format == InventoryFormat::RvToolsVInfo);
    CHECK(imp.dialect.find("3.x") != std::string::npos);
    REQUIRE(imp.workloads.size() == 2);
    CHECK(imp.excludedTemplates == 1);
    const auto& utm = imp.workloads[0].workload;
    CHECK(utm.name == "sophos-utm");
    CHECK(utm.ramGb == Approx(16.0));                             // "16,384" MB (really MiB) / 1024
    CHECK(utm.storageGb == Approx(206057.0 / 1024.0));            // "206,057" MB
    CHECK(imp.workloads[1].workload.storageGb == Approx(1100.0)); // "1,126,400" / 1024
    CHECK(imp.workloads[1].line == 4); // header 1, sophos-utm lines 2-3 (multi-line NB_LAST_BACKUP)
}

TEST_CASE("RVTools DB column names (vInfoVMName ...) import like the display names", "[io][import][rvtools]") {
    const FileImport f = importFile("rvtools_db_columns_vInfo.csv");
    const InventoryImport& imp = f.inventory;
    CHECK(imp.format == InventoryFormat::RvToolsVInfo);
    CHECK(imp.dialect == "RVTools DB column names");
    REQUIRE(imp.workloads.size() == 2);
    CHECK(imp.workloads[0].workload.id == "4230bbbb-0000-0000-0000-000000000001");
    CHECK(imp.workloads[0].workload.storageGb == Approx(60.0)); // vInfoProvisioned 61440 / 1024
    CHECK(imp.workloads[1].workload.storageGb == Approx(20.0)); // no Provisioned: Total disk capacity 20480
    CHECK(imp.workloads[1].workload.os == "Microsoft Windows Server 2022 Datacenter");
    CHECK(imp.workloads[1].workload.powerState == PowerState::Off);
}

TEST_CASE("a semicolon-separated RVTools re-save reads continental numbers and UTF-8 names", "[io][import][rvtools]") {
    const FileImport f = importFile("rvtools_semicolon_vInfo.csv");
    REQUIRE(f.inventory.workloads.size() == 2);
    CHECK(f.inventory.workloads[0].workload.name == "srv-m\xC3\xBCnchen-01");
    CHECK(f.inventory.workloads[0].workload.ramGb == Approx(16.0));                 // "16.384"
    CHECK(f.inventory.workloads[0].workload.storageGb == Approx(51200.5 / 1024.0)); // "51.200,5"
    CHECK(f.inventory.workloads[1].workload.name == "srv-k\xC3\xB6ln; 02");
}

TEST_CASE("the vInfo mapping works on a Table from any reader, with shifted columns", "[io][import][rvtools]") {
    Table t;
    t.name = "vInfo";
    t.header = {"VM", "Powerstate", "Annotation", "owner", "app", "CPUs", "Memory", "Provisioned MiB"};
    t.rows = {{"a", "poweredOn", "", "me", "Billing", "2", "4096", "20480"}, {"b", "poweredOn"}};
    t.rowLines = {7, 8};
    const InventoryImport imp = importRvToolsVInfo(t);
    REQUIRE(imp.workloads.size() == 1);
    CHECK(imp.workloads[0].workload.application == "Billing");
    CHECK(imp.workloads[0].workload.ramGb == Approx(4.0));
    REQUIRE(imp.problems.size() == 1); // "b" is a partial row: no CPUs
    CHECK(imp.problems[0].where == "line 8");
    Table notVInfo;
    notVInfo.header = {"VM", "Disk", "Capacity MiB"};
    CHECK_FALSE(importRvToolsVInfo(notVInfo).readable);
}

TEST_CASE("the AWS Migration Hub import template maps ids, logical cores, RAM MB and tags", "[io][import][aws]") {
    const FileImport f = importFile("aws_migration_hub_import.csv");
    const InventoryImport& imp = f.inventory;
    CHECK(imp.format == InventoryFormat::AwsDiscovery);
    REQUIRE(imp.workloads.size() == 2);
    const auto& crm = imp.workloads[0].workload;
    CHECK(crm.id == "srv-001");
    CHECK(crm.name == "crm-app-01");
    CHECK(crm.vcpu == 8);                      // logical cores win over cores and processors
    CHECK(crm.ramGb == Approx(32.0));          // 32768 MB / 1024
    CHECK(*crm.cpuUtilP95Pct == Approx(0.61)); // CPU.UsagePct.Max 61 %
    CHECK(*crm.memUtilP95Pct == Approx(0.5));  // 16384 / 32768
    CHECK(crm.os == "Windows Server 2019");
    CHECK(crm.application == "CRM");
    CHECK(crm.environment == est::model::Environment::Production);
    CHECK((imp.workloads[0].provided & bit(WorkloadField::StorageGb)) == 0); // no disk column in the template
    const auto& agent = imp.workloads[1].workload;
    CHECK(agent.id == "build-agent-02"); // no ExternalId: HostName
    CHECK(agent.vcpu == 2);
    CHECK(agent.environment == est::model::Environment::NonProduction);
    REQUIRE(imp.problems.size() == 1);
    CHECK(imp.problems[0].where == "line 4");
}

TEST_CASE("the Azure Migrate CSV with asterisk headers sums disks and converts percentages", "[io][import][azure]") {
    const FileImport f = importFile("azure_migrate_import.csv");
    const InventoryImport& imp = f.inventory;
    CHECK(imp.format == InventoryFormat::AzureMigrate);
    REQUIRE(imp.workloads.size() == 2);
    const auto& sql = imp.workloads[0].workload;
    CHECK(sql.name == "sql01.contoso.local");
    CHECK(sql.vcpu == 8);
    CHECK(sql.ramGb == Approx(64.0));
    CHECK(sql.storageGb == Approx(1152.0)); // 128 + 1024
    CHECK(*sql.cpuUtilP95Pct == Approx(0.45));
    CHECK(*sql.memUtilP95Pct == Approx(0.80));
    CHECK(sql.os == "Windows Server 2016");                     // version already in the name
    CHECK(imp.workloads[1].workload.storageGb == Approx(40.0)); // no disks: storage in use
    CHECK(imp.workloads[1].workload.os == "Ubuntu Linux 20.04");
    REQUIRE(imp.problems.size() == 1);
    CHECK(imp.problems[0].where == "line 4");
    CHECK(imp.problems[0].message.find("*Cores") != std::string::npos);
}

TEST_CASE("any other CSV imports through a mapping guessed from its headers", "[io][import][mapping]") {
    const FileImport f = importFile("cmdb_servers.csv");
    REQUIRE(f.mapping.has_value());
    const ColumnMapping& m = *f.mapping;
    CHECK(m.id == "Server ID");
    CHECK(m.name == "Host name");
    CHECK(m.application == "Business application");
    CHECK(m.vcpu == "CPU count");
    CHECK(m.ram == "RAM (GB)");
    CHECK(m.ramUnit == SizeUnit::Gib);
    CHECK(m.storage == "Disk (GB)");
    CHECK(m.cpuUtil == "CPU utilization peak (%)");
    CHECK_FALSE(m.utilAsFraction);
    CHECK(m.database == "Database");
    CHECK(m.monthlyCost == "Monthly cost");
    CHECK(m.wave == "Wave");
    const InventoryImport& imp = f.inventory;
    CHECK(imp.format == InventoryFormat::Generic);
    REQUIRE(imp.workloads.size() == 3);
    const auto& erp = imp.workloads[0].workload;
    CHECK(erp.id == "CI0001");
    CHECK(erp.vcpu == 16);
    CHECK(erp.ramGb == Approx(128.0));
    CHECK(*erp.cpuUtilP95Pct == Approx(0.55));
    CHECK(erp.database == est::model::DatabaseEngine::Oracle);
    CHECK(*erp.monthlyCostOverrideUsd == Approx(4200.0));
    CHECK(erp.wave == 2); // "Wave 2"
    CHECK(imp.workloads[2].workload.environment == est::model::Environment::NonProduction);
    REQUIRE(imp.problems.size() == 1);
    CHECK(imp.problems[0].where == "line 5");
}

TEST_CASE("an edited mapping saved for a header layout is used on the next import", "[io][import][mapping]") {
    const std::string csv = "Machine,Cores,Mem\nm1,2,2048\nm2,4,4096\n";
    const auto table = readCsv(csv).table;
    ColumnMapping guessed = guessColumnMapping(table);
    CHECK(guessed.name == "Machine");
    CHECK(guessed.vcpu == "Cores");
    CHECK(guessed.ramUnit == SizeUnit::Mib); // no unit in the header, values above 2048: MiB
    ImportSettings settings;
    ColumnMapping edited = guessed;
    edited.ramUnit = SizeUnit::Gib; // the user says the file is in GB
    rememberMapping(settings, table.header, edited);
    const FileImport f = importInventoryBytes(csv, "x.csv", settings);
    CHECK(f.mappingWasSaved);
    REQUIRE(f.inventory.workloads.size() == 2);
    CHECK(f.inventory.workloads[0].workload.ramGb == Approx(2048.0));
    // Remembering again for the same layout replaces instead of adding.
    rememberMapping(settings, table.header, guessed);
    CHECK(settings.mappings.size() == 1);
}

TEST_CASE("the CMF intake form sample (wave, app, environment, no sizes) maps without CPU or RAM",
          "[io][import][mapping]") {
    const std::string csv =
        "wave_id,app_name,aws_region,aws_accountid,server_name,server_os_family,server_os_version,server_fqdn,server_"
        "tier,server_environment\n"
        "1,app01-hr,us-east-1,111122223333,Server1,windows,windows server 2012 R2,server1.mydomain.local,web,dev\n"
        "2,app02-sales,us-west-2,111122223333,Server3,windows,windows server 2016,server3.mydomain.local,web,prod\n";
    const FileImport f = importInventoryBytes(csv, "0-intake-form.csv", {});
    REQUIRE(f.inventory.workloads.size() == 2);
    const auto& w = f.inventory.workloads[1];
    CHECK(w.workload.name == "Server3");
    CHECK(w.workload.application == "app02-sales");
    CHECK(w.workload.wave == 2);
    CHECK(w.workload.environment == est::model::Environment::Production);
    CHECK((w.provided & bit(WorkloadField::Vcpu)) == 0);
}

TEST_CASE("files that are not CSV text are refused with a reason", "[io][import]") {
    CHECK_FALSE(
        importInventoryBytes(std::string("PK\x03\x04rest", 8), "a.xlsx", {}).inventory.readable); // a broken workbook
    CHECK_FALSE(importInventoryBytes(std::string("ab\0cd", 5), "a.bin", {}).inventory.readable);
    CHECK_FALSE(importInventoryBytes("", "empty.csv", {}).inventory.readable);
    const FileImport noId = importInventoryBytes("colour,size\nred,2\n", "x.csv", {});
    CHECK_FALSE(noId.inventory.readable);
    REQUIRE_FALSE(noId.inventory.problems.empty());
}

TEST_CASE("merging adds new ids, updates only provided fields and keeps everything else", "[io][import][merge]") {
    est::model::Scenario s;
    est::model::Workload kept;
    kept.id = "4210aaaa-0000-0000-0000-000000000001";
    kept.name = "web-01";
    kept.vcpu = 2;
    kept.ramGb = 16.0;
    kept.wave = 3;
    kept.disposition = est::model::Disposition::Replatform;
    kept.application = "Shop";
    s.workloads.push_back(kept);
    est::model::Workload other;
    other.id = "manual-1";
    s.workloads.push_back(other);

    const FileImport f = importFile("rvtools_4x_vInfo.csv");
    const MergeReport report = mergeInventory(s, f.inventory);
    CHECK(report.added == 3);
    CHECK(report.updated == 1);
    CHECK(report.skipped == 3); // broken row + template + placeholder
    CHECK(summaryLine(report) == "imported 3 workloads, updated 1, skipped 3");
    REQUIRE(s.workloads.size() == 5);
    const auto& web = s.workloads[0];
    CHECK(web.vcpu == 4);
    CHECK(web.wave == 3);                                          // not in the file: kept
    CHECK(web.disposition == est::model::Disposition::Replatform); // kept
    CHECK(web.application == "Shop");                              // no application column: kept
    CHECK(s.workloads[1].id == "manual-1");                        // nothing removed
    bool sawVcpu = false;
    for (const FieldChange& c : report.changes)
        if (c.field == "vcpu") {
            sawVcpu = true;
            CHECK(c.before == "2");
            CHECK(c.after == "4");
        }
    CHECK(sawVcpu);
    // The same import again changes nothing.
    const MergeReport again = mergeInventory(s, f.inventory);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 4);
    CHECK(s.workloads.size() == 5);
}

TEST_CASE("merging into an empty plan adds the waves the workloads name", "[io][import][merge]") {
    est::model::Scenario s;
    s.plan.waves.clear();
    InventoryImport imp;
    ImportedWorkload a;
    a.workload.id = "a";
    a.workload.wave = 2;
    imp.workloads.push_back(a);
    const MergeReport report = mergeInventory(s, imp);
    REQUIRE(s.plan.waves.size() == 2);
    CHECK(report.wavesAdded == std::vector<std::string>{"Wave 1", "Wave 2"});
    // Wave 2 starts when wave 1 ends: default start 3 + default length 2.
    CHECK(s.plan.waves[1].startMonth == s.plan.waves[0].startMonth + s.plan.waves[0].lengthMonths);
}

TEST_CASE("another RVTools tab is refused instead of importing hosts or disks as workloads", "[io][import][rvtools]") {
    const std::string vHost = "Host,Datacenter,Cluster,Config status,CPU Model,Speed,# CPU,Cores per CPU,# Cores,# "
                              "Memory,VI SDK Server,VI SDK UUID\n"
                              "esx01,DC1,C1,green,Intel Xeon,2300,2,16,32,\"524,288\",vc01,uuid-1\n";
    const FileImport f = importInventoryBytes(vHost, "RVTools_tabvHost.csv", {});
    CHECK_FALSE(f.inventory.readable);
    CHECK(f.inventory.workloads.empty());
    REQUIRE(f.inventory.problems.size() == 1);
    CHECK(f.inventory.problems[0].message.find("vInfo") != std::string::npos);
}

TEST_CASE("a database column that names an edition sets the workload's database edition", "[io][import][mapping]") {
    const std::string csv = "Server ID,Host name,CPU count,RAM (GB),Database\n"
                            "a,sql-a,4,16,SQL Server 2019 Enterprise\n"
                            "b,sql-b,4,16,MS SQL Web edition\n"
                            "c,sql-c,4,16,SQL Server 2022\n"
                            "d,ora-d,4,16,Oracle 19c SE2\n"
                            "e,sql-e,4,16,SQL Server Developer\n";
    const FileImport f = importInventoryBytes(csv, "editions.csv", ImportSettings{});
    const auto& w = f.inventory.workloads;
    REQUIRE(w.size() == 5);
    CHECK(w[0].workload.databaseEdition == est::model::DatabaseEdition::Enterprise);
    CHECK(w[1].workload.databaseEdition == est::model::DatabaseEdition::Web);
    CHECK(w[2].workload.databaseEdition == est::model::DatabaseEdition::Standard); // none named: the default
    CHECK(w[3].workload.database == est::model::DatabaseEngine::Oracle);
    CHECK(w[3].workload.databaseEdition == est::model::DatabaseEdition::Standard);
    CHECK(w[4].workload.databaseEdition == est::model::DatabaseEdition::Express); // Developer is free, like Express
}
