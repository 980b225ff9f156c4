// tests/io/sniff_test.cpp - every kind of file the app reads is recognised from its bytes, billing exports included,
// over hand-made headers and over every public sample in ../shared/data.
#include "io/sniff.hpp"

#include "formats/inflate.hpp"
#include "formats/zip_writer.hpp"
#include "../shared_samples.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

using est::io::Container;
using est::io::FileKind;
using est::io::sniff;

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string gzipOf(const std::string& data) {
    std::string deflated;
    REQUIRE(est::formats::deflateRaw(data, deflated).empty());
    std::string out("\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\xFF", 10);
    out += deflated;
    for (const std::uint32_t v : {est::formats::crc32Of(data), static_cast<std::uint32_t>(data.size())})
        for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFFu));
    return out;
}

} // namespace

TEST_CASE("the estimator's own JSON files are told apart by their top-level keys", "[io][sniff]") {
    CHECK(sniff(R"({"schemaVersion": 2, "settings": {}})", "plan.json").kind == FileKind::ScenarioJson);
    CHECK(sniff("\xEF\xBB\xBF  {\"settings\": {}}", "plan.txt").kind == FileKind::ScenarioJson);
    CHECK(sniff(R"({"format": "estimator-partner-theme", "partnerName": "Acme"})", "t.json").kind ==
          FileKind::PartnerThemeJson);
    // A scenario's own partner section is one level down: still a scenario.
    CHECK(sniff(R"({"partner": {"partnerName": "Acme"}, "workloads": []})", "s.json").kind == FileKind::ScenarioJson);
    CHECK(sniff(R"({"format":"estimator-price-catalogue","version":1})", "eu-west-1.json").kind ==
          FileKind::PriceCatalogueJson);
    CHECK(sniff(R"({"format": "estimator-defaults", "version": 1})", "defaults.json").kind == FileKind::DefaultsJson);
    const auto other = sniff(R"({"ECU": 0, "arch": ["x86_64"]})", "instance.json");
    CHECK(other.kind == FileKind::Unknown);
    CHECK(other.detail.find("none of the keys") != std::string::npos);
    CHECK(sniff("{\"settings\": ", "cut.json").kind == FileKind::ScenarioJson); // recognised before the cut
    CHECK(sniff("[1, 2]", "list.json").detail == "JSON that is not an object");
    CHECK(sniff("not json at all", "x.json").detail == "JSON that does not parse");
}

TEST_CASE("billing exports are recognised by their header columns", "[io][sniff][billing]") {
    CHECK(sniff("identity/LineItemId,lineItem/UsageAccountId,lineItem/UnblendedCost\n1,2,3\n", "cur.csv").kind ==
          FileKind::BillingCur);
    CHECK(sniff("line_item_usage_account_id,line_item_unblended_cost,resource_tags\n", "cur2.csv").kind ==
          FileKind::BillingCur2);
    // A legacy CUR queried through Athena: snake_case, tags as resource_tags_user_* columns.
    const auto athena = sniff("line_item_usage_account_id,resource_tags_user_map_migrated\n", "athena.csv");
    CHECK(athena.kind == FileKind::BillingCur);
    CHECK(athena.detail == "with Athena column names");
    const auto focus10 = sniff("\"BilledCost\",\"ChargeCategory\",\"ChargePeriodStart\"\n", "focus.csv");
    CHECK(focus10.kind == FileKind::BillingFocus);
    CHECK(focus10.detail == "FOCUS 1.0");
    CHECK(sniff("BilledCost,ChargePeriodStart,InvoiceId\n", "focus.csv").detail == "FOCUS 1.2");
    CHECK(
        sniff("\"Service\",\"EC2-Instances($)\",\"Tax($)\",\"Total costs($)\"\n\"Service total\",\"10\",\"1\",\"11\"\n",
              "costs.csv")
            .kind == FileKind::BillingCostExplorer);
    CHECK(sniff("Linked account,Amazon S3 ($),Total cost ($)\n", "old-console.csv").kind ==
          FileKind::BillingCostExplorer);
    CHECK(est::io::isBillingExport(FileKind::BillingCostExplorer));
    CHECK_FALSE(est::io::isBillingExport(FileKind::InventoryCsv));
}

TEST_CASE("a billing export inside a .gz or a .zip is recognised from its first decoded bytes",
          "[io][sniff][billing]") {
    const std::string csv = "bill_payer_account_id,line_item_line_item_type,line_item_unblended_cost\n1,Usage,2.5\n";
    const auto gz = sniff(gzipOf(csv), "export-00001.csv.gz");
    CHECK(gz.kind == FileKind::BillingCur2);
    CHECK(gz.container == Container::Gzip);
    est::formats::ZipWriter zip;
    zip.add("report-1.csv", "lineItem/LineItemType,lineItem/UnblendedCost\nUsage,1\n");
    const auto zipped = sniff(zip.finish(), "report-1.csv.zip");
    CHECK(zipped.kind == FileKind::BillingCur);
    CHECK(zipped.container == Container::Zip);
    const auto notBilling = sniff(gzipOf("name,vcpu\nweb01,2\n"), "servers.csv.gz");
    CHECK(notBilling.kind == FileKind::Unknown);
    CHECK(notBilling.detail == "a gzip file that is not an AWS billing export");
    CHECK(sniff(std::string("\x1F\x8B\x08garbage", 10), "bad.gz").kind == FileKind::Unknown);
}

TEST_CASE("inventories, dependencies and price lists keep the routes they had", "[io][sniff]") {
    CHECK(sniff("VM,Powerstate,CPUs,Memory,Provisioned MiB,In Use MiB,OS according to the configuration file\n",
                "vInfo.csv")
              .kind == FileKind::InventoryCsv);
    CHECK(sniff("host,cores,ram\nweb01,2,4\n", "odd.csv").kind == FileKind::InventoryCsvToMap);
    CHECK(sniff("source,target,kind\na,b,hard\n", "deps.csv").kind == FileKind::DependencyCsv);
    CHECK(sniff("\"FormatVersion\",\"v1.0\"\n", "offer.csv").kind == FileKind::AwsPriceListCsv);
    CHECK(sniff("", "empty.csv").detail == "an empty file");
    CHECK(sniff(std::string("MZ\0\0binary", 10), "tool.exe").kind == FileKind::Unknown);
    est::formats::ZipWriter notXlsx;
    notXlsx.add("readme.txt", "hello");
    CHECK(sniff(notXlsx.finish(), "archive.zip").kind == FileKind::Unknown);
}

TEST_CASE("every public sample file is recognised as what it is", "[io][sniff][sample]") {
    const std::string root = EST_SHARED_DATA_DIR;
    if (!est::test::samplePresent(root + "/samples") || !est::test::samplePresent(root + "/billing/samples")) return;
    struct Expected {
        FileKind kind;
        Container container;
    };
    // Path under ../shared/data -> kind. Licences and READMEs are documentation, not samples.
    const std::map<std::string, Expected> expected{
        {"samples/rvtools/kubev2v-migration-planner_example1.xlsx", {FileKind::RvToolsWorkbook, Container::Plain}},
        {"samples/rvtools/mjvincent-rvtools-to-ibm-cloud_SizingWorkshop-RVTools.xlsx",
         {FileKind::RvToolsWorkbook, Container::Plain}},
        {"samples/rvtools/mjvincent-rvtools-to-ibm-cloud_rvtools-small-complete.SYNTHETIC.xlsx",
         {FileKind::RvToolsWorkbook, Container::Plain}},
        // A list of RVTools column names, not a file the app reads.
        {"samples/rvtools/rvtools_4.7.1_headers_std.json", {FileKind::Unknown, Container::Plain}},
        // One ec2instances.info record: not the estimator's catalogue format.
        {"samples/pricing/vantage-ec2instances_ec2_single_instance.json", {FileKind::Unknown, Container::Plain}},
        // The Cloud Migration Factory intake (wave, app, server; no CPU or memory): a table to map.
        {"samples/templates/aws-cloud-migration-factory_0-intake-form.csv",
         {FileKind::InventoryCsvToMap, Container::Plain}},
        {"billing/map-included-services.csv", {FileKind::InventoryCsvToMap, Container::Plain}},
        {"billing/samples/cur2-mock_keboola-00001.csv.gz", {FileKind::BillingCur2, Container::Gzip}},
        {"billing/samples/cur2-mock_keboola-Manifest.json", {FileKind::Unknown, Container::Plain}},
        {"billing/samples/focus-1.0_sample-1000_finops-foundation.csv", {FileKind::BillingFocus, Container::Plain}},
        {"billing/samples/legacy-cur-mock_keboola-00001.csv.zip", {FileKind::BillingCur, Container::Zip}},
        {"billing/samples/legacy-cur-mock_keboola-Manifest.json", {FileKind::Unknown, Container::Plain}},
        {"billing/samples/legacy-cur_usage-tax_focus-converters.csv", {FileKind::BillingCur, Container::Plain}},
        {"billing/samples/pair-cur20_sbroenne.csv", {FileKind::BillingCur2, Container::Plain}},
        {"billing/samples/pair-legacy_sbroenne.csv", {FileKind::BillingCur, Container::Plain}},
    };
    std::size_t seen = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file()) continue;
        const std::string name = entry.path().filename().string();
        if (name.rfind("LICENSE", 0) == 0 || name == "README.md") continue;
        const std::string relative = std::filesystem::relative(entry.path(), root).generic_string();
        if (relative.rfind("samples/", 0) != 0 && relative.rfind("billing/", 0) != 0) continue;
        INFO(relative);
        const auto it = expected.find(relative);
        REQUIRE(it != expected.end()); // a new sample: say here what it is
        const est::io::SniffResult found = sniff(readFile(entry.path().string()), name);
        CHECK(found.kind == it->second.kind);
        CHECK(found.container == it->second.container);
        ++seen;
    }
    CHECK(seen == expected.size());
}

TEST_CASE("a PNG, JPEG or SVG is the partner's logo, not an inventory", "[io][sniff]") {
    CHECK(sniff(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "logo.png").kind == FileKind::LogoImage);
    CHECK(sniff(std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10), "logo.jpg").kind == FileKind::LogoImage);
    CHECK(sniff("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "logo.svg").kind ==
          FileKind::LogoImage);
    // Markup that is no SVG stays what it was: the CSV reader explains it.
    CHECK(sniff("<html><body>not a logo</body></html>", "page.html").kind != FileKind::LogoImage);
}
