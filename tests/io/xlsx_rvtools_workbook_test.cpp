// tests/io/xlsx_rvtools_workbook_test.cpp - RVTools workbooks: vInfo workloads enriched by vCPU, vMemory,
// vPartition and vHost, on the public sample files and on made-up tabs.
#include "io/rvtools_workbook.hpp"
#include "../formats/xlsx_test_support.hpp"
#include "../shared_samples.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using est::formats::InputProblem;
using est::formats::Table;
using est::io::RvToolsWorkbookImport;

namespace {

const std::string kSamples = EST_SAMPLES_DIR;

std::string sample(const std::string& name) { return est::test::readFileBytes(kSamples + "/rvtools/" + name); }

std::string allOf(const std::vector<InputProblem>& problems) {
    std::string s;
    for (const InputProblem& p : problems) s += p.where + ": " + p.message + "\n";
    return s;
}

const est::model::Workload* byName(const RvToolsWorkbookImport& r, const std::string& name) {
    for (const auto& iw : r.inventory.workloads)
        if (iw.workload.name == name) return &iw.workload;
    return nullptr;
}

std::size_t indexOf(const RvToolsWorkbookImport& r, const std::string& name) {
    for (std::size_t i = 0; i < r.inventory.workloads.size(); ++i)
        if (r.inventory.workloads[i].workload.name == name) return i;
    return r.inventory.workloads.size();
}

Table table(std::string name, std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
    Table t;
    t.name = std::move(name);
    t.header = std::move(header);
    t.rows = std::move(rows);
    for (std::size_t i = 0; i < t.rows.size(); ++i) t.rowLines.push_back(static_cast<int>(i) + 2);
    return t;
}

} // namespace

TEST_CASE("the 805-VM workbook imports 795 workloads and reports its 10 templates", "[io][xlsx][rvtools][sample]") {
    const std::string bytes = sample("mjvincent-rvtools-to-ibm-cloud_SizingWorkshop-RVTools.xlsx");
    if (bytes.empty() && !est::test::samplePresent(kSamples)) return; // CI: a missing samples folder fails
    const RvToolsWorkbookImport r = est::io::importRvToolsWorkbook(bytes);
    CHECK(allOf(r.inventory.problems) == "");
    REQUIRE(r.inventory.readable);
    // 805 VM rows in vInfo (README), of which 10 have Template = True: templates are not workloads.
    CHECK(r.vmRows == 805);
    CHECK(r.inventory.excludedTemplates == 10);
    CHECK(r.inventory.excludedPlaceholders == 0);
    REQUIRE(r.inventory.workloads.size() == 795);
    CHECK(r.tabsUsed == std::vector<std::string>{"vInfo", "vPartition", "vHost"});

    // Expected totals computed independently with a Python stdlib script (zipfile + xml.etree over
    // xl/sharedStrings.xml and xl/worksheets/sheet1.xml, rows with a non-empty VM and Template != "True"):
    //   sum CPUs = 2721 (2741 with the 10 templates), sum Memory = 10,733,908 MiB,
    //   sum Provisioned MB = 233,556,214 MiB; vPartition: 762 of those VMs have partitions,
    //   sum Consumed MB = 101,104,892 MiB; vHost: 34 hosts, # CPU 68, # Cores 528, # Memory 15,006,368 MiB.
    int vcpu = 0;
    double ramGb = 0.0, storageGb = 0.0, usedGb = 0.0;
    for (const auto& iw : r.inventory.workloads) {
        vcpu += iw.workload.vcpu;
        ramGb += iw.workload.ramGb;
        storageGb += iw.workload.storageGb;
    }
    for (const auto& u : r.usedDiskGb)
        if (u) usedGb += *u;
    CHECK(vcpu == 2721);
    CHECK(ramGb == Approx(10733908.0 / 1024.0)); // 10,482.33 GB
    CHECK(storageGb == Approx(233556214.0 / 1024.0));
    CHECK(r.usedDiskSet == 762);
    CHECK(usedGb == Approx(101104892.0 / 1024.0));
    CHECK(r.hosts.hostCount == 34);
    CHECK(r.hosts.sockets == 68);
    CHECK(r.hosts.cores == 528);
    CHECK(r.hosts.memoryGb == Approx(15006368.0 / 1024.0));
    CHECK(r.hosts.clusterCount >= 1);
    CHECK(r.cpuUtilSet == 0); // no vCPU / vMemory tabs in this subset export
    CHECK(r.memUtilSet == 0);

    const auto* first = byName(r, "wadfs1");
    REQUIRE(first);
    CHECK(first->vcpu == 1);
    CHECK(first->ramGb == 4.0);                          // 4096 MiB
    CHECK(first->storageGb == Approx(86201.0 / 1024.0)); // Provisioned MB
    CHECK(first->host == "bovmsp-04.customer.com");

    est::model::OnPremDrivers drivers;
    const auto changed = est::io::applyHostDrivers(r.hosts, 64.0, drivers);
    CHECK(changed == std::vector<std::string>{"coresPerHost", "hostRamGb"});
    CHECK(drivers.coresPerHost == Approx(528.0 / 34.0));
    CHECK(drivers.hostRamGb == Approx(15006368.0 / 1024.0 / 34.0)); // ~431 GB per host
    // A VM larger than the average host keeps the default host RAM (validation would refuse the estate).
    est::model::OnPremDrivers kept;
    CHECK(est::io::applyHostDrivers(r.hosts, 1024.0, kept) == std::vector<std::string>{"coresPerHost"});
    CHECK(kept.hostRamGb == est::model::OnPremDrivers{}.hostRamGb);
}

TEST_CASE("storage can be sized on vPartition used disk instead of provisioned", "[io][xlsx][rvtools][sample]") {
    const std::string bytes = sample("mjvincent-rvtools-to-ibm-cloud_SizingWorkshop-RVTools.xlsx");
    if (bytes.empty() && !est::test::samplePresent(kSamples)) return; // CI: a missing samples folder fails
    est::io::RvToolsWorkbookOptions options;
    options.storageFromUsedDisk = true;
    const RvToolsWorkbookImport r = est::io::importRvToolsWorkbook(bytes, options);
    REQUIRE(r.inventory.workloads.size() == 795);
    int fromUsed = 0;
    for (std::size_t i = 0; i < r.usedDiskGb.size(); ++i)
        if (r.usedDiskGb[i]) {
            CHECK(r.inventory.workloads[i].workload.storageGb == *r.usedDiskGb[i]);
            ++fromUsed;
        }
    CHECK(fromUsed == 762);
}

TEST_CASE("the kubev2v workbook reports its partial row and every cross-tab conflict", "[io][xlsx][rvtools][sample]") {
    const std::string bytes = sample("kubev2v-migration-planner_example1.xlsx");
    if (bytes.empty() && !est::test::samplePresent(kSamples)) return; // CI: a missing samples folder fails
    const RvToolsWorkbookImport r = est::io::importRvToolsWorkbook(bytes);
    REQUIRE(r.inventory.readable);
    CHECK(r.vmRows == 9);
    CHECK(r.inventory.workloads.size() == 8);
    // vm-9 (sheet row 10) has only its first 10 cells: no CPUs, no Memory -> reported and skipped.
    REQUIRE(r.inventory.problems.size() == 1);
    CHECK(r.inventory.skippedRows == 1);
    CHECK(r.inventory.problems[0].message.find("vm-9") != std::string::npos);
    CHECK(r.inventory.problems[0].where.find("10") != std::string::npos);
    // Conflicts by hand from the sheets: vCPU CPUs differ from vInfo for vm-1 (2/1), vm-4 (9/8), vm-5 (7/8),
    // vm-6 (9/7), vm-7 (7/9) = 5; vMemory Size MiB differs from vInfo Memory for vm-1..vm-8 = 8. Total 13.
    CHECK(r.conflicts == 13);
    CHECK(r.unmatchedRows == 0); // vm-9 is in vInfo (as a skipped row), so its other rows are not "unknown"
    const std::string notes = allOf(r.inventory.notes);
    CHECK(notes.find("vCPU row 2: VM 'vm-1': vCPU CPUs 2 disagrees with vInfo CPUs 1; vInfo kept") !=
          std::string::npos);
    CHECK(notes.find("vMemory row 2: VM 'vm-1': vMemory Size MiB 2048 disagrees with vInfo Memory 2224") !=
          std::string::npos);

    // Utilisation only for the powered-on VMs: vm-3 Overall 91 / Max 9180 MHz, Active 286 / Size 4096 MiB;
    // vm-8 3304 / 36720 MHz, 10240 / 40960 MiB.
    CHECK(r.cpuUtilSet == 2);
    CHECK(r.memUtilSet == 2);
    const auto* vm3 = byName(r, "vm-3");
    REQUIRE(vm3);
    REQUIRE(vm3->cpuUtilP95Pct);
    CHECK(*vm3->cpuUtilP95Pct == Approx(91.0 / 9180.0));
    CHECK(*vm3->memUtilP95Pct == Approx(286.0 / 4096.0));
    const auto* vm8 = byName(r, "vm-8");
    REQUIRE(vm8);
    CHECK(*vm8->cpuUtilP95Pct == Approx(3304.0 / 36720.0));
    CHECK(*vm8->memUtilP95Pct == Approx(0.25));
    const auto* vm1 = byName(r, "vm-1");
    REQUIRE(vm1);
    CHECK_FALSE(vm1->cpuUtilP95Pct); // powered off: Overall 0 MHz is not a load measurement
    CHECK(vm1->vcpu == 1);           // vInfo wins over vCPU's 2
    CHECK(vm1->ramGb == Approx(2224.0 / 1024.0));
    CHECK(r.inventory.workloads[indexOf(r, "vm-3")].provided & est::io::bit(est::io::WorkloadField::CpuUtil));

    // vPartition Consumed MiB: vm-1 60, vm-5 45082.
    CHECK(r.usedDiskSet == 8);
    CHECK(*r.usedDiskGb[indexOf(r, "vm-1")] == Approx(60.0 / 1024.0));
    CHECK(*r.usedDiskGb[indexOf(r, "vm-5")] == Approx(45082.0 / 1024.0));
    // vHost: 7 hosts x (2 sockets, 32 cores, 261,797 MiB).
    CHECK(r.hosts.hostCount == 7);
    CHECK(r.hosts.sockets == 14);
    CHECK(r.hosts.cores == 224);
    CHECK(r.hosts.memoryGb == Approx(7 * 261797.0 / 1024.0));
    CHECK(r.hosts.hosts[0].cpuMhz == 2295.0);
    CHECK(r.tabsUsed == std::vector<std::string>{"vInfo", "vCPU", "vMemory", "vPartition", "vHost"});
}

TEST_CASE("the synthetic openpyxl workbook imports without errors", "[io][xlsx][rvtools][sample]") {
    const std::string bytes = sample("mjvincent-rvtools-to-ibm-cloud_rvtools-small-complete.SYNTHETIC.xlsx");
    if (bytes.empty() && !est::test::samplePresent(kSamples)) return; // CI: a missing samples folder fails
    const RvToolsWorkbookImport r = est::io::importRvToolsWorkbook(bytes);
    CHECK(allOf(r.inventory.problems) == "");
    REQUIRE(r.inventory.readable);
    CHECK(r.inventory.workloads.size() == 3);
    CHECK(r.vmRows == 3);
    CHECK(r.hosts.hostCount == 2);
    // Its vCPU tab has Overall but no Max: said so, not guessed.
    CHECK(allOf(r.inventory.notes).find("vCPU header: no Max and Overall columns") != std::string::npos);
}

TEST_CASE("tables from CSV tab files combine like sheets, matched by VM UUID before name", "[io][rvtools]") {
    std::vector<Table> tables;
    tables.push_back(table("RVTools_tabvInfo.csv", {"VM", "Powerstate", "Template", "CPUs", "Memory", "VM UUID"},
                           {{"app", "poweredOn", "False", "4", "8192", "u-1"},
                            {"app", "poweredOn", "False", "2", "4096", "u-2"}, // same name, another vCenter
                            {"tpl", "poweredOff", "True", "2", "4096", "u-3"}}));
    tables.push_back(table("RVTools_tabvCPU.csv", {"VM", "Template", "CPUs", "Max", "Overall", "VM UUID"},
                           {{"app", "False", "2", "4,600", "2,300", "u-2"},
                            {"app", "False", "4", "9200", "920", "u-1"},
                            {"tpl", "True", "2", "0", "0", "u-3"},
                            {"ghost", "False", "2", "100", "1", "u-9"}}));
    tables.push_back(table("RVTools_tabvMemory.csv", {"VM", "Size MiB", "Active"},
                           {{"app", "8192", "4096"}})); // no UUID and the name repeats: not matched
    tables.push_back(table("RVTools_tabvPartition.csv", {"vPartitionVMName", "vPartitionConsumedMiB", "VM UUID"},
                           {{"app", "1024", "u-1"}, {"app", "1024", "u-1"}, {"app", "512", "u-2"}}));
    const RvToolsWorkbookImport r = est::io::importRvToolsTables(tables);
    REQUIRE(r.inventory.workloads.size() == 2);
    CHECK(r.inventory.excludedTemplates == 1);
    const auto& a = r.inventory.workloads[0].workload;
    const auto& b = r.inventory.workloads[1].workload;
    CHECK(a.id == "u-1");
    CHECK(*a.cpuUtilP95Pct == Approx(0.1)); // 920 / 9200
    CHECK(*b.cpuUtilP95Pct == Approx(0.5)); // "2,300" / "4,600" with thousands separators
    CHECK_FALSE(a.memUtilP95Pct);
    CHECK(r.unmatchedRows == 2); // ghost in vCPU, the ambiguous name in vMemory
    CHECK(r.conflicts == 0);
    CHECK(*r.usedDiskGb[0] == Approx(2.0)); // 1024 + 1024 MiB
    CHECK(*r.usedDiskGb[1] == Approx(0.5));
    CHECK(r.hosts.hostCount == 0);
}

TEST_CASE("a workbook without vInfo is refused with a clear problem", "[io][rvtools]") {
    est::test::BookSpec spec;
    spec.sheets = {{"Sheet1", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>"}};
    const RvToolsWorkbookImport r = est::io::importRvToolsWorkbook(est::test::buildXlsx(spec));
    CHECK_FALSE(r.inventory.readable);
    REQUIRE(r.inventory.problems.size() == 1);
    CHECK(r.inventory.problems[0].message.find("no vInfo tab") != std::string::npos);

    const RvToolsWorkbookImport bad = est::io::importRvToolsWorkbook("not a workbook at all");
    CHECK_FALSE(bad.inventory.readable);
    REQUIRE(bad.inventory.problems.size() == 1);
    CHECK(bad.inventory.problems[0].message.find("not a ZIP archive") != std::string::npos);
}
