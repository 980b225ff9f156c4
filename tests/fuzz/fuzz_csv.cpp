// tests/fuzz/fuzz_csv.cpp - libFuzzer target: any bytes through the CSV readers, every inventory importer and
// the AWS Price List offer-file import.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "io/aws_price_list.hpp"
#include "formats/csv.hpp"
#include "io/inventory_import.hpp"
#include "io/rvtools_columns.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // The whole path a dropped file takes: format detection, import, merge into a scenario.
    est::io::ImportSettings settings;
    est::io::FileImport imported = est::io::importInventoryBytes(bytes, "fuzz.csv", settings);
    est::model::Scenario scenario;
    (void)est::io::mergeInventory(scenario, imported.inventory);
    // Each importer on the same table, whatever the header says, so all row parsers see odd rows.
    const est::formats::CsvResult csv = est::formats::readCsv(bytes, "fuzz.csv");
    (void)est::io::importRvToolsVInfo(csv.table, csv.numberStyle);
    (void)est::io::importAwsDiscovery(csv.table, csv.numberStyle);
    (void)est::io::importAzureMigrate(csv.table, csv.numberStyle);
    (void)est::io::importWithMapping(csv.table, est::io::guessColumnMapping(csv.table, csv.numberStyle),
                                     csv.numberStyle);
    // The streaming offer-file reader, in a 64 KiB-chunked stream like a file on disk.
    std::istringstream offer{std::string(bytes)};
    (void)est::io::importAwsPriceList({{"fuzz.csv", &offer}}, "2026-12-01");
    return 0;
}
