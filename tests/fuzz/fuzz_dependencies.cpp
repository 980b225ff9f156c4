// tests/fuzz/fuzz_dependencies.cpp - libFuzzer target: any bytes through the dependency importers (format
// detection, every reader, resolution against an inventory, merge) and the wave planner on what they produced.
// Each reader also gets the fuzzed rows under its own canonical header, so all row parsers see odd rows.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "formats/csv.hpp"
#include "io/dependency_import.hpp"
#include "model/wave_planner.hpp"

namespace {

// A small estate the ends can resolve against: by id, name, short name, IP and application.
est::model::Scenario inventory() {
    est::model::Scenario s;
    const char* rows[][3] = {{"ord-web01", "Ordering", "10.20.1.11"},
                             {"ord-web02", "Ordering", "10.20.1.12; fe80::1"},
                             {"ord-sql01", "Ordering DB", "10.20.2.21"},
                             {"dns01", "", "10.20.0.5"},
                             {"bill01", "Billing", "10.30.1.5"}};
    for (const auto& r : rows) {
        est::model::Workload w;
        w.id = r[0];
        w.name = std::string(r[0]) + ".corp.example";
        w.application = r[1];
        w.ipAddresses = r[2];
        s.workloads.push_back(w);
    }
    return s;
}

// One header per reader (the documented shapes of tests/io/data/dependencies and the MPA workbook sheets).
const std::vector<std::vector<std::string>>& canonicalHeaders() {
    static const std::vector<std::vector<std::string>> headers = {
        {"Time slot", "Source server name", "Source IP", "Source application", "Source process",
         "Destination server name", "Destination IP", "Destination application", "Destination process",
         "Destination port"},
        {"Date", "Source Server Name", "Source IP", "Destination Server Name", "Destination IP", "Destination Port",
         "Connection Count"},
        {"sourceIp", "sourcePort", "destinationIp", "destinationPort", "transportProtocol"},
        {"Source Name", " Source IP Address", " Target Name", " Target IP Address", " Target Port",
         "Transport Protocol", "Count"},
        {"Application ID", "Application ID", "In Scope"},
        {"Database ID", "Application ID", "In Scope"},
        {"parent", "type", "child", "port"},
        {"From server", "To server", "Type", "Port", "Count"},
    };
    return headers;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    static const est::model::Scenario estate = inventory();
    // The whole path a dropped file takes: detection, import, merge, then a plan over the edges.
    const est::io::DependencyImport imported = est::io::importDependencyBytes(bytes, "fuzz.csv", estate);
    (void)est::io::dependencySummary(imported);
    est::model::Scenario merged = estate;
    (void)est::io::mergeDependencies(merged, imported);
    (void)est::io::mergeDependencies(merged, imported); // a second merge only refreshes
    (void)est::model::planWavesInOrder(merged, est::model::Result{}, false);

    // Every reader on the same rows.
    const est::formats::CsvResult csv = est::formats::readCsv(bytes, "fuzz.csv");
    for (const std::vector<std::string>& header : canonicalHeaders()) {
        est::formats::Table table = csv.table;
        table.header = header;
        (void)est::io::importDependencyTable(table, estate);
    }
    return 0;
}
