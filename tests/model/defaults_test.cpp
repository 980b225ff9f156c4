// tests/model/defaults_test.cpp - assets/defaults.json matches the engine's struct defaults and the registry.
#include "model/assumptions.hpp"
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

TEST_CASE("the sample price table is a subset of prices_us-east-1.json", "[model][defaults]") {
    const std::optional<std::string_view> text = est::assets::find("prices_us-east-1.json");
    REQUIRE(text);
    const nlohmann::json doc = nlohmann::json::parse(*text);
    const Scenario s;
    CHECK(doc.at("storageUsdPerGbMonth").get<double>() == s.aws.prices.storageUsdPerGbMonth);
    CHECK(doc.at("managedDatabaseUplift").get<double>() == s.aws.prices.managedDatabaseUplift);
    CHECK(doc.at("relocateHostUsdPerHour").get<double>() == s.aws.relocateHostUsdPerHour);
    const PriceTable sample = samplePriceTable();
    for (const InstanceType& it : sample.instances) {
        INFO(it.name);
        bool found = false;
        for (const nlohmann::json& j : doc.at("instances"))
            if (j.at("name") == it.name) {
                found = true;
                CHECK(j.at("vcpu").get<int>() == it.vcpu);
                CHECK(j.at("ramGb").get<double>() == it.ramGb);
                CHECK(j.at("linuxUsdPerHour").get<double>() == Approx(it.linuxUsdPerHour));
                CHECK(j.at("windowsUsdPerHour").get<double>() == Approx(it.windowsUsdPerHour));
            }
        CHECK(found);
    }
}
