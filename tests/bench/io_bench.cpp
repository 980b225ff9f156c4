// tests/bench/io_bench.cpp - io speed: a 100,000-row RVTools vInfo CSV import and a 10,000-workload scenario
// save + load. Prints "BENCH <name> <value> ms" lines (native and wasm names differ); never a timed test.
#include <cstdio>
#include <string>
#include <vector>

#include "io/inventory_import.hpp"
#include "io/scenario_json.hpp"
#include "bench_support.hpp"

namespace {

using est::bench::kSuffix;
using est::bench::medianMs;

// The RVTools 4.7.1 vInfo header (formats.md 1.2) with three custom attributes after Annotation.
const char* kHeader = "VM,Powerstate,Template,SRM Placeholder,Config status,DNS Name,Connection state,Guest "
                      "state,Heartbeat,Consolidation Needed,"
                      "PowerOn,Suspended To Memory,Suspend time,Suspend Interval,Creation date,Change "
                      "Version,CPUs,Overall Cpu Readiness,Memory,"
                      "Active Memory,NICs,Disks,Total disk capacity MiB,Fixed Passthru HotPlug,min Required EVC Mode "
                      "Key,Latency Sensitivity,"
                      "Op Notification Timeout,EnableUUID,CBT,Primary IP Address,Network #1,Network #2,Network "
                      "#3,Network #4,Network #5,Network #6,"
                      "Network #7,Network #8,Num Monitors,Video Ram KiB,Resource pool,Folder ID,Folder,vApp,DAS "
                      "protection,FT State,FT Role,"
                      "FT Latency,FT Bandwidth,FT Sec. Latency,Vm Failover In Progress,Provisioned MiB,In Use "
                      "MiB,Unshared MiB,HA Restart Priority,"
                      "HA Isolation Response,HA VM Monitoring,Cluster rule(s),Cluster rule name(s),Boot Required,Boot "
                      "delay,Boot retry delay,"
                      "Boot retry enabled,Boot BIOS setup,Reboot PowerOff,EFI Secure boot,Firmware,HW version,HW "
                      "upgrade status,HW upgrade policy,"
                      "HW target,Path,Log directory,Snapshot directory,Suspend directory,Annotation,Backup "
                      "status,NB_LAST_BACKUP,owner,Datacenter,"
                      "Cluster,Host,OS according to the configuration file,OS according to the VMware "
                      "Tools,Customization Info,Guest Detailed Data,"
                      "VM ID,SMBIOS UUID,VM UUID,VI SDK Server type,VI SDK API Version,VI SDK Server,VI SDK UUID\r\n";

// A realistic row: every column filled the way RVTools fills it, quoted thousands in Memory / MiB columns.
std::string generateRvTools(int rows) {
    std::string csv = kHeader;
    csv.reserve(static_cast<std::size_t>(rows) * 900 + csv.size());
    const char* oses[] = {"Microsoft Windows Server 2019 (64-bit)", "Red Hat Enterprise Linux 8 (64-bit)",
                          "Ubuntu Linux (64-bit)", "Microsoft Windows Server 2016 or later (64-bit)"};
    char line[2048];
    for (int i = 0; i < rows; ++i) {
        const int cpus = 1 << (i % 4);
        const int memory = cpus * 4096;
        const int provisioned = 40960 + (i % 50) * 10240;
        const char* os = oses[i % 4];
        std::snprintf(
            line, sizeof line,
            "vm-%06d,%s,False,False,green,vm-%06d.corp.example,connected,running,green,False,"
            "2026/08/05 02:42:00,False,,,2024/01/15 10:00:00,2026-08-05T02:42:00.123456Z,%d,0%%,\"%d,%03d\","
            "%d,1,2,%d,False,intel-icelake,normal,120,True,True,10.%d.%d.%d,VM Network,,,,,,,,1,16384,"
            "/Resources/Prod,group-v%d,/Datacenters/DC1/vm/Prod,,True,notConfigured,,,,,False,\"%d,%03d\",%d,%d,"
            "medium,powerOff,vmMonitoringDisabled,,,False,0,10000,True,False,False,True,efi,vmx-19,none,never,,"
            "[ds%02d] vm-%06d/vm-%06d.vmx,[ds%02d] vm-%06d/,[ds%02d] vm-%06d/,[ds%02d] vm-%06d/,"
            "\"Owner: team %d, \"\"critical\"\"\",OK,2026/11/01 "
            "02:00:00,team%d,DC1,Cluster-%d,esx%03d.corp.example,%s,%s,,,"
            "vm-%d,4210%04x-0000-4000-8000-%012d,5010%04x-1111-4222-8333-%012d,VMware vCenter Server,8.0.2,"
            "vcenter01.corp.example,5d2c7e10-0000-4000-8000-000000000001\r\n",
            i, i % 17 == 0 ? "poweredOff" : "poweredOn", i, cpus, memory / 1000, memory % 1000, memory / 4, provisioned,
            i / 65536 % 256, i / 256 % 256, i % 256, i % 300, provisioned / 1000, provisioned % 1000, provisioned / 2,
            provisioned / 3, i % 40, i, i, i % 40, i, i % 40, i, i % 40, i, i % 50, i % 50, i % 8, i % 200, os, os, i,
            i % 65536, i, i % 65536, i);
        csv += line;
    }
    return csv;
}

est::model::Scenario generateScenario(int workloads) {
    est::model::Scenario s;
    s.plan.waves = {{"Wave 1", 3, 2, 2}, {"Wave 2", 5, 3, 2}};
    s.workloads.reserve(static_cast<std::size_t>(workloads));
    for (int i = 0; i < workloads; ++i) {
        est::model::Workload w;
        w.id = "vm-" + std::to_string(i);
        w.name = "server-" + std::to_string(i) + ".corp.example";
        w.application = "App " + std::to_string(i % 97);
        w.os = i % 2 ? "Microsoft Windows Server 2019 Datacenter" : "Red Hat Enterprise Linux 8.6 (Ootpa)";
        w.vcpu = 1 << (i % 5);
        w.ramGb = 4.0 * w.vcpu;
        w.storageGb = 50.0 + (i % 20) * 25.0;
        if (i % 3) w.cpuUtilP95Pct = 0.05 + (i % 90) / 100.0;
        w.host = "esx" + std::to_string(i % 300);
        w.wave = 1 + i % 2;
        s.workloads.push_back(std::move(w));
    }
    return s;
}

} // namespace

int main() {
    const std::string csv = generateRvTools(100000);
    std::size_t imported = 0;
    const double importMs = medianMs(3, [&] {
        const est::io::FileImport f = est::io::importInventoryBytes(csv, "RVTools_tabvInfo.csv", {});
        imported = f.inventory.workloads.size();
    });
    if (imported != 100000) {
        std::fprintf(stderr, "io_bench: imported %zu of 100000 rows\n", imported);
        return 1;
    }
    std::printf("BENCH import_rvtools_100k_%s_ms %.1f ms\n", kSuffix, importMs);
    std::printf("BENCH import_rvtools_100k_%s_mb_per_s %.1f MB/s\n", kSuffix,
                static_cast<double>(csv.size()) / 1e6 / (importMs / 1000.0));

    const est::model::Scenario scenario = generateScenario(10000);
    bool same = false;
    const double roundTripMs = medianMs(3, [&] {
        const std::string text = est::io::saveScenario(scenario);
        same = est::io::loadScenario(text).scenario == scenario;
    });
    if (!same) {
        std::fprintf(stderr, "io_bench: the 10k scenario did not round-trip\n");
        return 1;
    }
    std::printf("BENCH scenario_10k_roundtrip_%s_ms %.1f ms\n", kSuffix, roundTripMs);
    return 0;
}
