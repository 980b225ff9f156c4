// tests/io/customer_name_test.cpp - settings.customerName in the scenario file: it round-trips, an older file without
// it reads as "", and a name no header can show (too long, control characters) is refused naming the field.
#include <catch2/catch.hpp>

#include "io/defaults_json.hpp"
#include "io/scenario_json.hpp"
#include "model/customer_name.hpp"
#include "model/engine.hpp"

#include <nlohmann/json.hpp>

#include <string>

using namespace est::io;
namespace m = est::model;

namespace {

bool hasError(const ScenarioLoad& load, const std::string& where, const std::string& part) {
    for (const est::formats::InputProblem& p : load.errors)
        if (p.where.rfind(where, 0) == 0 && p.message.find(part) != std::string::npos) return true;
    return false;
}

// The default scenario saved, with settings.customerName replaced by `name` (a JSON value).
std::string withCustomerName(const nlohmann::json& name) {
    nlohmann::json doc = nlohmann::json::parse(saveScenario(embeddedDefaults().scenario));
    doc["settings"]["customerName"] = name;
    return doc.dump(2);
}

} // namespace

TEST_CASE("the customer's name round-trips through the scenario file under settings.customerName",
          "[io][customer-name]") {
    m::Scenario s = embeddedDefaults().scenario;
    s.settings.customerName = "Acme Retail \xC3\x96sterreich"; // "Acme Retail Österreich": non-ASCII letters are fine
    const std::string saved = saveScenario(s);
    const nlohmann::json doc = nlohmann::json::parse(saved);
    CHECK(doc["settings"]["customerName"] == "Acme Retail \xC3\x96sterreich");
    const ScenarioLoad load = loadScenario(saved, embeddedDefaults().scenario);
    REQUIRE(load.ok());
    CHECK(load.scenario.settings.customerName == s.settings.customerName);
    CHECK(load.scenario == s);
    CHECK(saveScenario(load.scenario) == saved); // the same bytes again
}

TEST_CASE("a scenario file written before the customer's name existed reads it as empty, with no warning",
          "[io][customer-name]") {
    nlohmann::json doc = nlohmann::json::parse(saveScenario(embeddedDefaults().scenario));
    doc["settings"].erase("customerName");
    const ScenarioLoad load = loadScenario(doc.dump(2), embeddedDefaults().scenario);
    REQUIRE(load.ok());
    CHECK(load.scenario.settings.customerName.empty());
    for (const est::formats::InputProblem& w : load.warnings) CHECK(w.where.find("customerName") == std::string::npos);
}

TEST_CASE("a customer's name over 120 characters is refused with an error naming settings.customerName",
          "[io][customer-name]") {
    const ScenarioLoad fits = loadScenario(withCustomerName(std::string(120, 'a')), embeddedDefaults().scenario);
    CHECK(fits.ok());
    const ScenarioLoad load = loadScenario(withCustomerName(std::string(121, 'a')), embeddedDefaults().scenario);
    CHECK_FALSE(load.ok());
    CHECK(hasError(load, "settings.customerName", "has 121 characters; at most 120"));
    // Characters, not bytes: 120 two-byte letters fit.
    std::string accented;
    for (int i = 0; i < 120; ++i) accented += "\xC3\xA9";
    CHECK(loadScenario(withCustomerName(accented), embeddedDefaults().scenario).ok());
}

TEST_CASE("a customer's name with a line break, a tab or another control character is refused naming the field",
          "[io][customer-name]") {
    for (const std::string& bad : {std::string("Acme\nRetail"), std::string("Acme\tRetail"),
                                   std::string("Acme\x7FRetail"), std::string("Acme\xC2\x85Retail")}) {
        const ScenarioLoad load = loadScenario(withCustomerName(bad), embeddedDefaults().scenario);
        CHECK_FALSE(load.ok());
        CHECK(hasError(load, "settings.customerName", "control character"));
    }
    const ScenarioLoad number = loadScenario(withCustomerName(42), embeddedDefaults().scenario);
    CHECK_FALSE(number.ok());
    CHECK(hasError(number, "settings.customerName", ""));
}

TEST_CASE("validate() names settings.customerName when a scenario built in code carries a name no header can show",
          "[io][customer-name]") {
    m::Scenario s = embeddedDefaults().scenario;
    s.settings.customerName = std::string(200, 'x');
    bool named = false;
    for (const m::ValidationError& e : m::validate(s)) named = named || e.path == "settings.customerName";
    CHECK(named);
    CHECK(m::displayNameProblem("").empty());
    CHECK(m::displayNameProblem("Acme Retail").empty());
    CHECK(m::displayNameProblem("\xFF\xFE") == "is not valid UTF-8 text");
}
