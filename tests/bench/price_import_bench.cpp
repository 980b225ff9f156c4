// tests/bench/price_import_bench.cpp - importing a 100,000-row AWS Price List EC2 offer file (CSV, AWS's layout),
// generated into a temp dir and streamed from disk. Prints "BENCH <name> <value> <unit>"; never a timed test.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/aws_price_list.hpp"
#include "bench_support.hpp"

namespace {

using est::bench::kSuffix;
using est::bench::medianMs;

// The header row of a 2025-09-12 AmazonEC2 offer file, verbatim (91 columns).
const char* kHeader =
    "\"SKU\",\"OfferTermCode\",\"RateCode\",\"TermType\",\"PriceDescription\",\"EffectiveDate\",\"StartingRange\","
    "\"EndingRange\","
    "\"Unit\",\"PricePerUnit\",\"Currency\",\"RelatedTo\",\"LeaseContractLength\",\"PurchaseOption\",\"OfferingClass\","
    "\"Product Family\",\"serviceCode\",\"Location\",\"Location Type\",\"Instance Type\",\"Current Generation\","
    "\"Instance Family\",\"vCPU\",\"Physical Processor\",\"Clock Speed\",\"Memory\",\"Storage\",\"Network "
    "Performance\","
    "\"Processor Architecture\",\"Storage Media\",\"Volume Type\",\"Max Volume Size\",\"Max IOPS/volume\","
    "\"Max IOPS Burst Performance\",\"Max throughput/volume\",\"Provisioned\",\"Tenancy\",\"EBS Optimized\","
    "\"Operating System\",\"License Model\",\"Group\",\"Group Description\",\"Transfer Type\",\"From Location\","
    "\"From Location Type\",\"To Location\",\"To Location Type\",\"usageType\",\"operation\",\"AvailabilityZone\","
    "\"CapacityStatus\",\"ClassicNetworkingSupport\",\"Dedicated EBS Throughput\",\"ECU\",\"Elastic Graphics Type\","
    "\"Enhanced Networking Supported\",\"From Region Code\",\"GPU\",\"GPU Memory\",\"Instance\","
    "\"Instance Capacity - 10xlarge\",\"Instance Capacity - 12xlarge\",\"Instance Capacity - 16xlarge\","
    "\"Instance Capacity - 18xlarge\",\"Instance Capacity - 24xlarge\",\"Instance Capacity - 2xlarge\","
    "\"Instance Capacity - 32xlarge\",\"Instance Capacity - 4xlarge\",\"Instance Capacity - 8xlarge\","
    "\"Instance Capacity - 9xlarge\",\"Instance Capacity - large\",\"Instance Capacity - medium\","
    "\"Instance Capacity - metal\",\"Instance Capacity - xlarge\",\"instanceSKU\",\"Intel AVX2 Available\","
    "\"Intel AVX Available\",\"Intel Turbo Available\",\"MarketOption\",\"Normalization Size Factor\",\"Physical "
    "Cores\","
    "\"Pre Installed S/W\",\"Processor Features\",\"Product Type\",\"Region Code\",\"Resource Type\",\"serviceName\","
    "\"SnapshotArchiveFeeType\",\"To Region Code\",\"Volume API Name\",\"VPCNetworkingSupport\"";

std::vector<std::string> headerNames() {
    std::vector<std::string> names;
    std::string h = kHeader;
    for (std::size_t start = 1; start < h.size();) {
        const std::size_t end = h.find('"', start);
        names.push_back(h.substr(start, end - start));
        start = end + 3; // past '","'
    }
    return names;
}

// Rows as AWS writes them: every value quoted, empty cells bare; a mix of on-demand and reserved terms,
// operating systems, SQL Server editions, tenancies and families, as in a real regional file.
void writeOfferFile(const std::string& path, int rows) {
    const std::vector<std::string> names = headerNames();
    auto column = [&](const char* name) {
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == name) return i;
        return names.size();
    };
    const std::size_t sku = column("SKU"), term = column("TermType"), unit = column("Unit"),
                      price = column("PricePerUnit"), currency = column("Currency"), family = column("Product Family"),
                      location = column("Location"), locationType = column("Location Type"),
                      type = column("Instance Type"), vcpu = column("vCPU"), memory = column("Memory"),
                      processor = column("Physical Processor"), tenancy = column("Tenancy"),
                      os = column("Operating System"), licence = column("License Model"),
                      capacity = column("CapacityStatus"), market = column("MarketOption"),
                      software = column("Pre Installed S/W"), region = column("Region Code"),
                      description = column("PriceDescription"), usage = column("usageType");
    const char* families[] = {"m5", "m6i", "m7i", "c6i", "c7g", "r6i", "r7g", "t3", "m4", "p4d", "x2idn", "i4i"};
    const char* sizes[] = {"large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge"};
    const char* oses[] = {"Linux", "Windows", "RHEL", "SUSE", "Ubuntu Pro"};
    const char* sw[] = {"NA", "NA", "SQL Std", "SQL Web", "SQL Ent"};
    const char* tenancies[] = {"Shared", "Dedicated", "Host"};
    std::ofstream out(path, std::ios::binary);
    out << "\"FormatVersion\",\"v1.0\"\n\"Disclaimer\",\"This pricing list is for informational purposes only.\"\n"
           "\"Publication "
           "Date\",\"2025-09-12T22:53:08Z\"\n\"Version\",\"20250912225308\"\n\"OfferCode\",\"AmazonEC2\"\n"
        << kHeader << "\n";
    std::vector<std::string> cells(names.size());
    std::string line;
    for (int i = 0; i < rows; ++i) {
        for (std::string& c : cells) c.clear();
        const int size = i % 8, fam = (i / 8) % 12, o = (i / 96) % 5, t = (i / 480) % 3;
        const std::string itype = std::string(families[fam]) + "." + sizes[size];
        const int cpus = 2 << size;
        cells[sku] = "SKU" + std::to_string(i);
        cells[term] = i % 4 == 3 ? "Reserved" : "OnDemand";
        cells[unit] = "Hrs";
        cells[price] = std::to_string(0.048 * cpus * (1 + o)) + "0000";
        cells[currency] = "USD";
        cells[family] = "Compute Instance";
        cells[location] = "EU (Ireland)";
        cells[locationType] = "AWS Region";
        cells[type] = itype;
        cells[vcpu] = std::to_string(cpus);
        cells[memory] = std::to_string(cpus * 4) + " GiB";
        cells[processor] = fam == 4 || fam == 6 ? "AWS Graviton3 Processor" : "Intel Xeon 8375C (Ice Lake)";
        cells[tenancy] = tenancies[t];
        cells[os] = oses[o];
        cells[licence] = "No License required";
        cells[capacity] = "Used";
        cells[market] = "OnDemand";
        cells[software] = sw[(i / 1440) % 5];
        cells[region] = "eu-west-1";
        cells[description] =
            "$" + cells[price].substr(0, 5) + " per On Demand " + oses[o] + " " + itype + " Instance Hour";
        cells[usage] = "EU-BoxUsage:" + itype;
        line.clear();
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (c > 0) line += ',';
            if (!cells[c].empty()) line += '"' + cells[c] + '"';
        }
        line += '\n';
        out << line;
    }
}

} // namespace

int main() {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "est_bench_price_import";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "index.csv").string();
    constexpr int kRows = 100000;
    writeOfferFile(path, kRows);
    const auto bytes = static_cast<double>(std::filesystem::file_size(path));
    int rowsRead = 0;
    bool ok = false;
    const double ms = medianMs(3, [&] {
        std::ifstream in(path, std::ios::binary);
        const est::io::PriceListImport imported = est::io::importAwsPriceList({{"index.csv", &in}}, "2026-12-01");
        ok = imported.catalogue.has_value();
        rowsRead = imported.files.empty() ? 0 : imported.files[0].rows;
    });
    std::filesystem::remove_all(dir);
    if (!ok || rowsRead != kRows) {
        std::fprintf(stderr, "price_import_bench: read %d of %d rows (catalogue %s)\n", rowsRead, kRows,
                     ok ? "built" : "refused");
        return 1;
    }
    std::printf("BENCH price_import_100k_rows_%s_ms %.1f ms\n", kSuffix, ms);
    std::printf("BENCH price_import_100k_rows_%s_mb_per_s %.1f MB/s\n", kSuffix, bytes / 1e6 / (ms / 1000.0));
    return 0;
}
