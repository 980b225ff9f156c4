// tests/model/defaults_test.cpp - assets/defaults.json matches the engine's struct defaults and the registry.
#include "model/assumptions.hpp"
#include "io/price_catalogue.hpp"
#include "model/synthetic_estate.hpp"

#include <embedded_assets.hpp>
#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

using namespace est::model;
using Catch::Detail::Approx;

TEST_CASE("defaults.json has one entry per registry key with value, source, date and confidence", "[model][defaults]") {
    const std::optional<std::string_view> text = est::assets::find("defaults.json");
    REQUIRE(text);
    const nlohmann::json doc = nlohmann::json::parse(*text);
    const nlohmann::json& entries = doc.at("assumptions");
    const Scenario s;
    CHECK(entries.size() == assumptions().size());
    for (const Assumption& a : assumptions()) {
        const std::string key(a.key);
        INFO(key);
        REQUIRE(entries.contains(key));
        const nlohmann::json& e = entries.at(key);
        CHECK(e.at("value").get<double>() == Approx(a.get(s)).margin(1e-12));
        CHECK_FALSE(e.at("source").get<std::string>().empty());
        CHECK_FALSE(e.at("date").get<std::string>().empty());
        const std::string confidence = e.at("confidence").get<std::string>();
        CHECK((confidence == "high" || confidence == "medium" || confidence == "low" || confidence == "unverified"));
        const std::optional<Range> r = rangeOf(s, a);
        CHECK(e.contains("low") == r.has_value());
        if (r) {
            CHECK(e.at("low").get<double>() == Approx(r->low).margin(1e-12));
            CHECK(e.at("high").get<double>() == Approx(r->high).margin(1e-12));
        }
    }
}

TEST_CASE("the sample catalogue is a subset of the shipped catalogue's us-east-1 tables", "[model][defaults]") {
    const std::shared_ptr<const PriceCatalogue> shipped = est::io::embeddedCatalogue();
    REQUIRE(shipped);
    const RegionPrices* us = shipped->region("us-east-1");
    REQUIRE(us != nullptr);
    const PriceCatalogue& sample = *sampleCatalogue();
    const RegionPrices& r = sample.regions.at(0);
    CHECK(r.ebsGp3->usdPerGbMonth == us->ebsGp3->usdPerGbMonth);
    for (Ec2Os os : {Ec2Os::Linux, Ec2Os::Windows}) {
        const Ec2Table* mine = r.ec2For(os);
        const Ec2Table* theirs = us->ec2For(os);
        REQUIRE(mine != nullptr);
        REQUIRE(theirs != nullptr);
        for (const InstanceRate& rate : mine->rates) {
            const InstanceSpec& spec = sample.instances[static_cast<std::size_t>(rate.spec)];
            INFO(spec.type << " " << ec2OsName(os));
            const int at = shipped->findInstance(spec.type);
            REQUIRE(at >= 0);
            CHECK(shipped->instances[static_cast<std::size_t>(at)].vcpu == spec.vcpu);
            CHECK(shipped->instances[static_cast<std::size_t>(at)].memoryGib == spec.memoryGib);
            CHECK(shipped->instances[static_cast<std::size_t>(at)].burstBaselinePct == spec.burstBaselinePct);
            CHECK(theirs->rateOf(at) == rate.usdPerHour);
        }
    }
}
