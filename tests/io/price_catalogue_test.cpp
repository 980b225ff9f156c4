// tests/io/price_catalogue_test.cpp - the price catalogue file: reading, refusing bad files, round trip, merge.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "embedded_assets.hpp"
#include "io/price_catalogue.hpp"

#include <nlohmann/json.hpp>

using namespace est::io;
using namespace est::formats;
namespace m = est::model;

namespace {

// Two types, two regions, in the shape of docs/price-catalogue.md.
constexpr const char* kSmall = R"J({"format": "estimator-price-catalogue", "version": 1, "currency": "USD",
 "generated": "2026-12-01",
 "instances": [{"type": "m6i.large", "family": "m6i", "vcpu": 2, "memoryGib": 8, "arch": "x86_64"},
               {"type": "t3.large", "family": "t3", "vcpu": 2, "memoryGib": 8, "arch": "x86_64", "burstBaselinePct": 0.3},
               {"type": "m5.large", "family": "m5", "vcpu": 2, "memoryGib": 8}],
 "available": [{"code": "eu-west-1", "name": "Europe (Ireland)", "file": "eu-west-1.json"}],
 "regions": [{"code": "us-east-1", "name": "US East (N. Virginia)",
   "ec2": [{"os": "linux", "asOf": "2026-07-20", "source": "S1", "usdPerHour": {"m6i.large": 0.096, "t3.large": 0.0832}},
           {"os": "windows", "asOf": "2022-07-07", "source": "S2", "olderTable": true, "usdPerHour": {"m6i.large": 0.188}}],
   "rds": [{"engine": "mysql", "deployment": "multi-az", "asOf": "2021-08-03", "source": "S3",
            "derivation": "2 x Single-AZ", "usdPerHour": {"db.m5.large": 0.342}}],
   "ebsGp3": {"usdPerGbMonth": 0.08, "asOf": "2024-07-01", "source": "S4"}}]})J";

bool mentions(const std::vector<InputProblem>& ps, std::string_view where, std::string_view text) {
    for (const InputProblem& p : ps)
        if (p.where.find(where) != std::string::npos && p.message.find(text) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("a catalogue file loads with specs, dated tables sorted cheapest first, and its regions", "[io][catalogue]") {
    const CatalogueLoad load = readPriceCatalogue(kSmall);
    for (const auto& p : load.problems) UNSCOPED_INFO(p.where << ": " << p.message);
    REQUIRE(load.catalogue);
    CHECK(load.problems.empty());
    const m::PriceCatalogue& c = *load.catalogue;
    REQUIRE(c.instances.size() == 3);
    CHECK(c.instances[1].burstable());
    CHECK(c.instances[1].burstBaselinePct == 0.3);
    CHECK_FALSE(c.instances[0].burstable());
    const m::RegionPrices* r = c.region("us-east-1");
    REQUIRE(r != nullptr);
    const m::Ec2Table* linux = r->ec2For(m::Ec2Os::Linux);
    REQUIRE(linux != nullptr);
    REQUIRE(linux->rates.size() == 2);
    // Sorted cheapest first: t3.large 0.0832 before m6i.large 0.096.
    CHECK(c.instances[static_cast<std::size_t>(linux->rates[0].spec)].type == "t3.large");
    CHECK(linux->provenance.asOf == "2026-07-20");
    const m::Ec2Table* windows = r->ec2For(m::Ec2Os::Windows);
    REQUIRE(windows != nullptr);
    CHECK(windows->provenance.olderTable);
    const m::RdsTable* rds = r->rdsFor(m::RdsEngine::MySql, m::RdsDeployment::MultiAz);
    REQUIRE(rds != nullptr);
    CHECK(rds->rateOf(2) == 0.342); // db.m5.large -> spec of m5.large (index 2)
    CHECK(rds->provenance.derivation == "2 x Single-AZ");
    REQUIRE(r->ebsGp3);
    CHECK(r->ebsGp3->usdPerGbMonth == 0.08);
    CHECK_FALSE(r->rdsStorage);
    // The loaded region plus the one on demand, by name.
    REQUIRE(c.available.size() == 2);
    CHECK(c.regionName("eu-west-1") == "Europe (Ireland)");
    CHECK(c.available[1].code == "us-east-1");
    CHECK(c.available[1].file.empty());
}

TEST_CASE("the catalogue writer keeps the bytes nlohmann::json's dump(2) of a sorted map gave", "[io][catalogue]") {
    // nlohmann (the test oracle) parses the file into sorted maps and dumps it with two spaces: the same bytes
    // only when every object's keys are already in byte order and every number is formatted as nlohmann does.
    const CatalogueLoad small = readPriceCatalogue(kSmall);
    REQUIRE(small.catalogue);
    est::model::PriceCatalogue c = *small.catalogue;
    c.regions[0].rds[0].provenance.olderTable = true;              // rds: deployment < derivation < engine < olderTable
    c.regions[0].rdsStorage = c.regions[0].ebsGp3;                 // storage after rds
    c.regions[0].ebsGp3->provenance.derivation = "from the table"; // storage: asOf < derivation < source
    const std::string written = writePriceCatalogue(c);
    CHECK(written == nlohmann::json::parse(written).dump(2) + "\n");
    const CatalogueLoad shipped = readPriceCatalogue(est::assets::find("price-catalogue.json").value_or(""));
    REQUIRE(shipped.catalogue);
    const std::string shippedWritten = writePriceCatalogue(*shipped.catalogue);
    CHECK(shippedWritten == nlohmann::json::parse(shippedWritten).dump(2) + "\n");
}

TEST_CASE("a catalogue round-trips through its writer", "[io][catalogue]") {
    const CatalogueLoad a = readPriceCatalogue(kSmall);
    REQUIRE(a.catalogue);
    const CatalogueLoad b = readPriceCatalogue(writePriceCatalogue(*a.catalogue));
    REQUIRE(b.catalogue);
    CHECK(b.problems.empty());
    CHECK(*b.catalogue == *a.catalogue);
}

TEST_CASE("a bad catalogue is refused with the line or field named", "[io][catalogue]") {
    SECTION("malformed JSON names its line") {
        const CatalogueLoad l =
            readPriceCatalogue("{\"format\": \"estimator-price-catalogue\",\n\"version\": 1,\n oops}");
        CHECK_FALSE(l.catalogue);
        CHECK(mentions(l.problems, "line 3", "not valid JSON"));
    }
    SECTION("another format") {
        const CatalogueLoad l = readPriceCatalogue(R"J({"format": "estimator-prices", "version": 1})J");
        CHECK_FALSE(l.catalogue);
        CHECK(mentions(l.problems, "format", "not a price catalogue"));
    }
    SECTION("a newer version") {
        const CatalogueLoad l = readPriceCatalogue(R"J({"format": "estimator-price-catalogue", "version": 2})J");
        CHECK_FALSE(l.catalogue);
        CHECK(mentions(l.problems, "version", "reads version 1"));
    }
    SECTION("no region") {
        const CatalogueLoad l = readPriceCatalogue(R"J({"format": "estimator-price-catalogue", "version": 1,
            "instances": [{"type": "m6i.large", "vcpu": 2, "memoryGib": 8}],
            "regions": [{"name": "Europe (Ireland)", "ec2": []}]})J");
        CHECK_FALSE(l.catalogue);
        CHECK(mentions(l.problems, "regions[0].code", "AWS code"));
        CHECK(mentions(l.problems, "regions", "no region"));
    }
    SECTION("no usable rows") {
        const CatalogueLoad l = readPriceCatalogue(R"J({"format": "estimator-price-catalogue", "version": 1,
            "instances": [{"type": "m6i.large", "vcpu": 2, "memoryGib": 8}],
            "regions": [{"code": "us-east-1", "ec2": [{"os": "linux", "asOf": "2026-07-20", "source": "S",
                          "usdPerHour": {"m6i.large": -1, "m9z.huge": 1.0}}]}]})J");
        CHECK_FALSE(l.catalogue);
        CHECK(mentions(l.problems, "regions[0].ec2[0].usdPerHour.m6i.large", "not a positive number"));
        CHECK(mentions(l.problems, "regions[0].ec2[0].usdPerHour.m9z.huge", "no instance spec"));
        CHECK(mentions(l.problems, "regions", "no usable rate"));
    }
}

TEST_CASE("bad rows are skipped and named, the rest loads", "[io][catalogue]") {
    const CatalogueLoad l = readPriceCatalogue(R"J({"format": "estimator-price-catalogue", "version": 1,
        "instances": [{"type": "m6i.large", "vcpu": 2, "memoryGib": 8}, {"type": "x", "vcpu": 0, "memoryGib": 8}],
        "regions": [{"code": "us-east-1", "ec2": [
            {"os": "linux", "asOf": "2026-07-20", "source": "S", "usdPerHour": {"m6i.large": 0.096}},
            {"os": "beos", "asOf": "2026-07-20", "source": "S", "usdPerHour": {"m6i.large": 0.1}},
            {"os": "linux", "asOf": "2026-07-20", "source": "S", "usdPerHour": {"m6i.large": 0.2}}]}]})J");
    REQUIRE(l.catalogue);
    CHECK(l.catalogue->instances.size() == 1);
    CHECK(mentions(l.problems, "instances[1]", "vcpu"));
    CHECK(mentions(l.problems, "regions[0].ec2[1].os", "not a known"));
    CHECK(mentions(l.problems, "regions[0].ec2[2]", "second table"));
    CHECK(l.catalogue->regions[0].ec2.at(0).rates.at(0).usdPerHour == 0.096);
}

TEST_CASE("a region file merges into the catalogue by type name", "[io][catalogue]") {
    CatalogueLoad base = readPriceCatalogue(kSmall);
    REQUIRE(base.catalogue);
    const CatalogueLoad eu = readPriceCatalogue(R"J({"format": "estimator-price-catalogue", "version": 1,
        "instances": [{"type": "r6i.large", "vcpu": 2, "memoryGib": 16}, {"type": "m6i.large", "vcpu": 2, "memoryGib": 8}],
        "regions": [{"code": "eu-west-1", "name": "Europe (Ireland)", "ec2": [{"os": "linux", "asOf": "2024-04-04",
            "source": "S", "olderTable": true, "usdPerHour": {"m6i.large": 0.107, "r6i.large": 0.141}}]}]})J");
    REQUIRE(eu.catalogue);
    m::mergeRegions(*base.catalogue, *eu.catalogue);
    const m::PriceCatalogue& c = *base.catalogue;
    CHECK(c.instances.size() == 4); // r6i.large added, m6i.large shared
    const m::RegionPrices* r = c.region("eu-west-1");
    REQUIRE(r != nullptr);
    const m::Ec2Table* linux = r->ec2For(m::Ec2Os::Linux);
    REQUIRE(linux != nullptr);
    CHECK(linux->rateOf(c.findInstance("m6i.large")) == 0.107);
    CHECK(linux->rateOf(c.findInstance("r6i.large")) == 0.141);
    for (const m::RegionRef& ref : c.available)
        if (ref.code == "eu-west-1") CHECK(ref.file.empty());
}

TEST_CASE("the shipped catalogue and every region file load without problems", "[io][catalogue]") {
    const CatalogueLoad shipped = readPriceCatalogue(est::assets::find("price-catalogue.json").value_or(""));
    for (const auto& p : shipped.problems) UNSCOPED_INFO(p.where << ": " << p.message);
    REQUIRE(shipped.catalogue);
    CHECK(shipped.problems.empty());
    REQUIRE(embeddedCatalogue());
    const m::PriceCatalogue& c = *embeddedCatalogue();
    const m::RegionPrices* us = c.region("us-east-1");
    REQUIRE(us != nullptr);
    const m::Ec2Table* linux = us->ec2For(m::Ec2Os::Linux);
    REQUIRE(linux != nullptr);
    CHECK(linux->provenance.asOf == "2026-07-20");
    CHECK(linux->rateOf(c.findInstance("m6i.large")) == 0.096); // ec2_ondemand_linux.csv: us-east-1,m6i.large,0.096000
    CHECK(c.available.size() == 31);
    CHECK(c.regionName("eu-west-1") == "Europe (Ireland)");
    for (const m::RegionRef& ref : c.available) {
        if (ref.file.empty()) continue;
        INFO(ref.file);
        std::ifstream in(std::string(EST_PRICES_DIR) + "/" + ref.file, std::ios::binary);
        REQUIRE(in);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const CatalogueLoad region = readPriceCatalogue(bytes);
        for (const auto& p : region.problems) UNSCOPED_INFO(p.where << ": " << p.message);
        REQUIRE(region.catalogue);
        CHECK(region.problems.empty());
        CHECK(region.catalogue->region(ref.code) != nullptr);
    }
}
