// tests/app/catalogue_file_test.cpp - a dropped or opened price catalogue: the catalogue format or an AWS offer
// file gives a catalogue to install; a bad file gives errors naming the line or field and no catalogue.
#include "io/sniff.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "app/catalogue_file.hpp"
#include "test_support.hpp"

using est::app::loadCatalogueFile;

namespace {

std::string readData(const std::string& name) {
    std::ifstream in(std::string(EST_IO_TEST_DATA) + "/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

constexpr const char* kCatalogue = R"J({"format": "estimator-price-catalogue", "version": 1,
 "instances": [{"type": "m6i.large", "family": "m6i", "vcpu": 2, "memoryGib": 8}],
 "regions": [{"code": "eu-west-1", "name": "Europe (Ireland)",
   "ec2": [{"os": "linux", "asOf": "2025-09-12", "source": "S", "usdPerHour": {"m6i.large": 0.107}}]}]})J";

} // namespace

TEST_CASE("a dropped catalogue file gives the catalogue to install", "[app][catalogue]") {
    const auto load = loadCatalogueFile(kCatalogue, "mine.json", "2026-12-01");
    REQUIRE(load.catalogue);
    CHECK(load.catalogue->regions.at(0).code == "eu-west-1");
    CHECK(load.summary == "Prices from mine.json: eu-west-1, 1 instance types");
}

TEST_CASE("a dropped AWS offer file is imported in place", "[app][catalogue]") {
    const std::string bytes = readData("aws_ec2_eu-west-1.csv");
    REQUIRE_FALSE(bytes.empty());
    const auto load = loadCatalogueFile(bytes, "index.csv", "2026-12-01");
    REQUIRE(load.catalogue);
    CHECK(load.catalogue->generated == "2026-12-01");
    // m6i.large, m7g.xlarge, t3.large, r6i.32xlarge: the four kept types of the file.
    CHECK(load.catalogue->instances.size() == 4);
    CHECK(load.summary == "Prices from index.csv: eu-west-1, 4 instance types");
}

TEST_CASE("a bad catalogue file gives no catalogue and an error naming the line or field", "[app][catalogue]") {
    SECTION("malformed JSON names its line") {
        const auto load = loadCatalogueFile("{\n\"format\": \"estimator-price-catalogue\",\n\"version\": 1,,\n}",
                                            "bad.json", "2026-12-01");
        CHECK_FALSE(load.catalogue);
        REQUIRE_FALSE(load.problems.empty());
        CHECK(load.problems[0].where == "line 3");
        CHECK(load.summary.find("bad.json not loaded: line 3: not valid JSON") == 0);
    }
    SECTION("a region without its code") {
        std::string noCode = kCatalogue;
        noCode.replace(noCode.find("\"code\": \"eu-west-1\", "), 21, "");
        const auto load = loadCatalogueFile(noCode, "nocode.json", "2026-12-01");
        CHECK_FALSE(load.catalogue);
        bool named = false;
        for (const auto& p : load.problems) named = named || p.where == "regions[0].code";
        CHECK(named);
    }
    SECTION("an offer file with no usable row") {
        const auto load = loadCatalogueFile(readData("aws_ec2_no_usable_rows.csv"), "index.csv", "2026-12-01");
        CHECK_FALSE(load.catalogue);
        CHECK(load.summary.find("index.csv not loaded: index.csv: no usable row") == 0);
    }
    SECTION("an offer file that does not say its region") {
        const auto load = loadCatalogueFile(readData("aws_ec2_2017_no_region_code.csv"), "old.csv", "2026-12-01");
        CHECK_FALSE(load.catalogue);
        CHECK(load.summary.find("old.csv line 6: no \"Region Code\" column") != std::string::npos);
    }
}

TEST_CASE("a dropped catalogue adds its regions to the one in use as an undoable step, a bad one leaves it",
          "[app][catalogue]") {
    est::app::AppState state = est::test::engineState();
    const auto shipped = state.scenario.aws.catalogue;
    REQUIRE(state.scenario.aws.region == "us-east-1");
    CHECK(est::io::sniff(kCatalogue, "prices.json").kind == est::io::FileKind::PriceCatalogueJson);
    CHECK(est::io::sniff("name,vcpu\nweb01,2\n", "servers.csv").kind != est::io::FileKind::PriceCatalogueJson);

    // The file carries eu-west-1 only, so the target region follows it; us-east-1 stays priced.
    REQUIRE(est::app::useCatalogueFile(state, kCatalogue, "mine.json", "2026-12-01"));
    REQUIRE(state.scenario.aws.catalogue != shipped);
    REQUIRE(state.scenario.aws.catalogue->region("eu-west-1"));
    CHECK(state.scenario.aws.catalogue->region("eu-west-1")->ec2.at(0).provenance.asOf == "2025-09-12");
    CHECK(state.scenario.aws.catalogue->region("us-east-1"));
    CHECK(state.scenario.aws.region == "eu-west-1");

    const auto mine = state.scenario.aws.catalogue;
    CHECK_FALSE(
        est::app::useCatalogueFile(state, "{\"format\": \"estimator-price-catalogue\",,}", "bad.json", "2026-12-01"));
    CHECK(state.scenario.aws.catalogue == mine);
    CHECK(state.notices.back().level == est::app::Notice::Level::Error);

    REQUIRE(state.undo());
    CHECK(state.scenario.aws.catalogue == shipped);
    CHECK(state.scenario.aws.region == "us-east-1");
}

TEST_CASE("a region file the page fetched adds that region's prices without an undo step", "[app][catalogue]") {
    est::app::AppState state = est::test::engineState();
    const auto shipped = state.scenario.aws.catalogue;
    state.edit("Set AWS region to eu-west-1", est::app::EditScope::Settings,
               [](est::model::Scenario& s) { s.aws.region = "eu-west-1"; });
    const int undoDepth = static_cast<int>(state.history().undoDepth());
    const long revision = state.revision;

    CHECK_FALSE(est::app::addRegionPrices(state, "not a catalogue", "eu-west-1.json", "2026-12-01"));
    CHECK(state.scenario.aws.catalogue == shipped);

    REQUIRE(est::app::addRegionPrices(state, kCatalogue, "eu-west-1.json", "2026-12-01"));
    REQUIRE(state.scenario.aws.catalogue->region("eu-west-1"));
    CHECK(state.scenario.aws.catalogue->region("us-east-1"));            // the shipped region stays
    CHECK(state.defaults.aws.catalogue == state.scenario.aws.catalogue); // new scenarios can price there too
    CHECK(state.scenario.aws.region == "eu-west-1");
    CHECK(static_cast<int>(state.history().undoDepth()) == undoDepth); // nothing to undo: the user chose nothing
    CHECK(state.revision > revision);                                  // but the estimate runs again
}
