// tests/io/aws_price_list_test.cpp - AWS Price List bulk offer files (CSV) into a catalogue, and the streaming
// CSV record reader under it. Data files: tests/io/data/aws_*.csv, in the layout AWS publishes (five metadata
// rows, the header row verbatim, all values quoted, empty cells unquoted).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "io/aws_price_list.hpp"
#include "formats/csv_stream.hpp"
#include "io/price_catalogue.hpp"

using namespace est::io;
using namespace est::formats;
namespace m = est::model;

namespace {

std::string dataPath(const std::string& name) { return std::string(EST_IO_TEST_DATA) + "/" + name; }

PriceListImport importFiles(const std::vector<std::string>& names) {
    std::vector<std::ifstream> streams;
    streams.reserve(names.size());
    std::vector<OfferFileInput> inputs;
    for (const std::string& n : names) {
        streams.emplace_back(dataPath(n), std::ios::binary);
        REQUIRE(streams.back());
    }
    for (std::size_t i = 0; i < names.size(); ++i) inputs.push_back({names[i], &streams[i]});
    return importAwsPriceList(inputs, "2026-12-01");
}

PriceListImport importText(const std::string& text) {
    std::istringstream in(text);
    return importAwsPriceList({{"inline.csv", &in}}, "2026-12-01");
}

bool mentions(const std::vector<InputProblem>& ps, std::string_view where, std::string_view text) {
    for (const InputProblem& p : ps)
        if (p.where.find(where) != std::string::npos && p.message.find(text) != std::string::npos) return true;
    return false;
}

double rate(const m::PriceCatalogue& c, const m::RateTable* t, const char* type) {
    REQUIRE(t != nullptr);
    const int spec = c.findInstance(type);
    REQUIRE(spec >= 0);
    return t->rateOf(spec).value_or(-1.0);
}

} // namespace

TEST_CASE("the streaming CSV reader returns RFC 4180 records with their starting line", "[io][csv]") {
    std::istringstream in("\xEF\xBB\xBF\"a\",\"b, c\"\r\n\r\n\"multi\nline\",,\"say \"\"hi\"\"\"\nlast");
    CsvRecordReader reader(in);
    std::vector<std::string> f;
    REQUIRE(reader.next(f));
    CHECK(f == std::vector<std::string>{"a", "b, c"});
    CHECK(reader.line() == 1);
    REQUIRE(reader.next(f)); // the blank line 2 is skipped
    CHECK(f == std::vector<std::string>{"multi\nline", "", "say \"hi\""});
    CHECK(reader.line() == 3);
    REQUIRE(reader.next(f));
    CHECK(f == std::vector<std::string>{"last"});
    CHECK(reader.line() == 5);
    CHECK_FALSE(reader.next(f));
}

TEST_CASE("the streaming CSV reader crosses its 64 KiB chunks and flags a quote left open", "[io][csv]") {
    // 20,000 records of 10 bytes = 200 KB: four chunk boundaries fall inside records.
    std::string text;
    for (int i = 0; i < 20000; ++i)
        text += "\"r" + std::string(4 - std::to_string(i % 10000).size(), '0') + std::to_string(i % 10000) + "\",1\n";
    text += "\"open,2\n";
    std::istringstream in(text);
    CsvRecordReader reader(in);
    std::vector<std::string> f;
    int records = 0;
    bool allTwoCells = true;
    while (reader.next(f) && !reader.unclosedQuote()) {
        ++records;
        allTwoCells = allTwoCells && f.size() == 2 && f[1] == "1" && f[0].size() == 5;
    }
    CHECK(records == 20000);
    CHECK(allTwoCells);
    CHECK(reader.unclosedQuote());
    CHECK(reader.line() == 20001);
}

TEST_CASE("EC2 and RDS offer files of one region become that region's dated tables", "[io][catalogue][aws]") {
    const PriceListImport imp = importFiles({"aws_ec2_eu-west-1.csv", "aws_rds_eu-west-1.csv"});
    for (const auto& p : imp.problems) UNSCOPED_INFO(p.where << ": " << p.message);
    REQUIRE(imp.catalogue);
    CHECK(imp.problems.empty());
    const m::PriceCatalogue& c = *imp.catalogue;
    REQUIRE(c.regions.size() == 1);
    const m::RegionPrices& r = c.regions[0];
    CHECK(r.code == "eu-west-1");
    CHECK(r.name == "EU (Ireland)");
    REQUIRE(c.available.size() == 1);
    CHECK(c.available[0].file.empty());

    // EC2: the four on-demand, shared, used, licence-included rows of the file.
    CHECK(rate(c, r.ec2For(m::Ec2Os::Linux), "m6i.large") == 0.107);
    CHECK(rate(c, r.ec2For(m::Ec2Os::Linux), "m7g.xlarge") == 0.1824);
    CHECK(rate(c, r.ec2For(m::Ec2Os::Linux), "t3.large") == 0.0912);
    CHECK(rate(c, r.ec2For(m::Ec2Os::Linux), "r6i.32xlarge") == 9.072);
    CHECK(rate(c, r.ec2For(m::Ec2Os::Windows), "m6i.large") == 0.188);
    CHECK(rate(c, r.ec2For(m::Ec2Os::WindowsSqlStandard), "m6i.large") == 0.688);
    CHECK(r.ec2.size() == 3); // Linux, Windows, Windows + SQL Standard
    CHECK(r.ec2For(m::Ec2Os::Linux)->rates.size() == 4);
    // Sorted cheapest first: t3.large 0.0912 < m6i.large 0.107 < m7g.xlarge 0.1824 < r6i.32xlarge 9.072.
    CHECK(r.ec2For(m::Ec2Os::Linux)->rates.front().spec == c.findInstance("t3.large"));
    CHECK(r.ec2For(m::Ec2Os::Linux)->provenance.asOf == "2025-09-12");
    CHECK(
        r.ec2For(m::Ec2Os::Linux)->provenance.source ==
        "AWS Price List bulk offer file AmazonEC2 eu-west-1, version 20250912225308, published 2025-09-12, Amazon Web "
        "Services, "
        "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/20250912225308/eu-west-1/index.csv");

    // Families the shipped catalogue leaves out never become specs.
    for (const char* left : {"p4d.24xlarge", "m4.large", "m5.metal"}) CHECK(c.findInstance(left) == -1);

    // Specs from the vCPU / Memory / Physical Processor columns.
    const m::InstanceSpec& big = c.instances[static_cast<std::size_t>(c.findInstance("r6i.32xlarge"))];
    CHECK(big.vcpu == 128);
    CHECK(big.memoryGib == 1024.0); // "1,024 GiB"
    CHECK(big.family == "r6i");
    CHECK(c.instances[static_cast<std::size_t>(c.findInstance("m7g.xlarge"))].arch == m::CpuArch::Arm64);
    CHECK(c.instances[static_cast<std::size_t>(c.findInstance("m6i.large"))].arch == m::CpuArch::X86_64);
    CHECK(c.instances[static_cast<std::size_t>(c.findInstance("t3.large"))].burstBaselinePct == 0.3);

    // RDS: Single-AZ and Multi-AZ as published (no derivation), SQL Server SE and Oracle SE2 licence included.
    const m::RdsTable* mysqlMulti = r.rdsFor(m::RdsEngine::MySql, m::RdsDeployment::MultiAz);
    CHECK(rate(c, r.rdsFor(m::RdsEngine::MySql, m::RdsDeployment::SingleAz), "m6i.large") == 0.189);
    CHECK(rate(c, mysqlMulti, "m6i.large") == 0.378);
    CHECK(mysqlMulti->provenance.derivation.empty());
    CHECK(mysqlMulti->provenance.asOf == "2026-04-28");
    CHECK(rate(c, r.rdsFor(m::RdsEngine::SqlServerStandard, m::RdsDeployment::SingleAz), "m6i.large") == 1.053);
    CHECK(rate(c, r.rdsFor(m::RdsEngine::SqlServerStandard, m::RdsDeployment::MultiAz), "m6i.large") == 2.106);
    CHECK(rate(c, r.rdsFor(m::RdsEngine::OracleSe2LicenceIncluded, m::RdsDeployment::SingleAz), "m6i.large") == 0.349);
    // db.r6g.large: priced by RDS only, so its spec comes from the RDS row (Graviton2, 16 GiB).
    CHECK(rate(c, r.rdsFor(m::RdsEngine::PostgreSql, m::RdsDeployment::SingleAz), "r6g.large") == 0.258);
    CHECK(c.instances[static_cast<std::size_t>(c.findInstance("r6g.large"))].arch == m::CpuArch::Arm64);
    CHECK(r.rds.size() == 6);

    // Storage: gp3 from the EC2 file, General Purpose Single-AZ from the RDS file.
    REQUIRE(r.ebsGp3);
    CHECK(r.ebsGp3->usdPerGbMonth == 0.088);
    REQUIRE(r.rdsStorage);
    CHECK(r.rdsStorage->usdPerGbMonth == 0.127);
    CHECK(r.rdsStorage->provenance.asOf == "2026-04-28");

    // What was skipped, and why: the EC2 file has 18 data rows, 7 priced (6 rates + gp3).
    REQUIRE(imp.files.size() == 2);
    const OfferFileSummary& ec2 = imp.files[0];
    CHECK(ec2.rows == 18);
    CHECK(ec2.priced == 7);
    CHECK(ec2.publicationDate == "2025-09-12");
    CHECK(ec2.region == "eu-west-1");
    CHECK(ec2.skipped.at("not on-demand (Reserved terms)") == 1);
    CHECK(ec2.skipped.at("not shared tenancy on-demand capacity (dedicated, host, reservations, capacity blocks)") ==
          2);
    CHECK(ec2.skipped.at("family left out of the catalogue (GPU, accelerator, HPC, Mac, older generation, dense HDD, "
                         "bare metal, a1)") == 3);
    CHECK(ec2.skipped.at("not an AWS Region (Local Zone, Wavelength, Outposts)") == 1);
    // RDS: 13 rows, 7 priced (6 rates + storage); skipped: reserved, readable standbys, BYOL SQL Server, Aurora,
    // db.m4.large and Multi-AZ storage.
    CHECK(imp.files[1].rows == 13);
    CHECK(imp.files[1].priced == 7);
    CHECK(summaryLine(ec2).find("aws_ec2_eu-west-1.csv: eu-west-1 AmazonEC2 version 20250912225308 (published "
                                "2025-09-12): 18 rows, 7 priced; skipped: ") == 0);
}

TEST_CASE("an imported catalogue writes and reads back as the catalogue format", "[io][catalogue][aws]") {
    const PriceListImport imp = importFiles({"aws_ec2_eu-west-1.csv", "aws_rds_eu-west-1.csv"});
    REQUIRE(imp.catalogue);
    const CatalogueLoad back = readPriceCatalogue(writePriceCatalogue(*imp.catalogue));
    for (const auto& p : back.problems) UNSCOPED_INFO(p.where << ": " << p.message);
    REQUIRE(back.catalogue);
    CHECK(back.problems.empty());
    CHECK(*back.catalogue == *imp.catalogue);
    CHECK(back.catalogue->generated == "2026-12-01");
}

TEST_CASE("malformed rows are skipped naming their line, the rest of the file loads", "[io][catalogue][aws]") {
    const PriceListImport imp = importFiles({"aws_ec2_bad_rows.csv"});
    REQUIRE(imp.catalogue);
    // Line 8: m6i.xlarge priced "abc"; line 10: a row cut after five cells.
    CHECK(mentions(imp.problems, "aws_ec2_bad_rows.csv line 8", "PricePerUnit \"abc\" is not a positive number"));
    CHECK(mentions(imp.problems, "aws_ec2_bad_rows.csv line 10", "5 cells where the header has 91"));
    CHECK(imp.catalogue->findInstance("m6i.xlarge") == -1);
    CHECK(imp.catalogue->regions[0].ec2For(m::Ec2Os::Linux)->rates.size() == 2); // m6i.large, c6i.large
}

TEST_CASE("a truncated file, a file with no usable row and a file without a region are refused",
          "[io][catalogue][aws]") {
    SECTION("a quoted cell never closed") {
        const PriceListImport imp = importFiles({"aws_ec2_unclosed_quote.csv"});
        CHECK_FALSE(imp.catalogue);
        REQUIRE_FALSE(imp.problems.empty());
        CHECK(imp.problems[0].where == "aws_ec2_unclosed_quote.csv line 8");
        CHECK(imp.problems[0].message.find("never closed") != std::string::npos);
    }
    SECTION("no usable row says how many rows were skipped and why") {
        const PriceListImport imp = importFiles({"aws_ec2_no_usable_rows.csv"});
        CHECK_FALSE(imp.catalogue);
        REQUIRE_FALSE(imp.problems.empty());
        CHECK(imp.problems[0].where == "aws_ec2_no_usable_rows.csv");
        CHECK(imp.problems[0].message.find("no usable row: 3 rows read, skipped: ") == 0);
        CHECK(imp.problems[0].message.find("1 not on-demand (Reserved terms)") != std::string::npos);
    }
    SECTION("the 2017 layout has no Region Code column") {
        const PriceListImport imp = importFiles({"aws_ec2_2017_no_region_code.csv"});
        CHECK_FALSE(imp.catalogue);
        REQUIRE_FALSE(imp.problems.empty());
        CHECK(imp.problems[0].where == "aws_ec2_2017_no_region_code.csv line 6");
        CHECK(imp.problems[0].message.find("\"Region Code\"") != std::string::npos);
    }
    SECTION("one bad file refuses the whole import") {
        const PriceListImport imp = importFiles({"aws_ec2_eu-west-1.csv", "aws_ec2_unclosed_quote.csv"});
        CHECK_FALSE(imp.catalogue);
    }
    SECTION("the same offer and region twice") {
        const PriceListImport imp = importFiles({"aws_ec2_eu-west-1.csv", "aws_ec2_eu-west-1.csv"});
        CHECK_FALSE(imp.catalogue);
        CHECK(mentions(imp.problems, "line 7", "eu-west-1 AmazonEC2 was already read"));
    }
}

TEST_CASE("files that are not EC2 or RDS offer files are refused naming the line or field", "[io][catalogue][aws]") {
    const std::string meta =
        "\"FormatVersion\",\"v1.0\"\n\"Disclaimer\",\"x\"\n\"Publication Date\",\"2025-09-12T22:53:08Z\"\n"
        "\"Version\",\"20250912225308\"\n";
    CHECK(importText("").problems.at(0).message.find("empty file") != std::string::npos);
    CHECK(importText("{\"format\": \"estimator-price-catalogue\"}\n").problems.at(0).where == "inline.csv line 1");
    CHECK(importText(meta + "\"OfferCode\",\"AmazonS3\"\n\"SKU\",\"TermType\"\n").problems.at(0).where ==
          "inline.csv OfferCode");
    CHECK(importText(meta + "\"OfferCode\",\"AmazonEC2\"\n").problems.at(0).message.find("no header row") == 0);
    const PriceListImport noDate = importText("\"FormatVersion\",\"v1.0\"\n\"OfferCode\",\"AmazonRDS\"\n\"SKU\"\n");
    CHECK(noDate.problems.at(0).where == "inline.csv Publication Date");
    const PriceListImport fewColumns =
        importText(meta + "\"OfferCode\",\"AmazonEC2\"\n\"SKU\",\"TermType\",\"Region Code\"\n");
    CHECK(fewColumns.problems.at(0).where == "inline.csv line 6");
    CHECK(fewColumns.problems.at(0).message.find("the header lacks \"Product Family\"") == 0);
    CHECK(looksLikeAwsPriceList("\"FormatVersion\",\"v1.0\"\n"));
    CHECK_FALSE(looksLikeAwsPriceList("{\"format\""));
}
