// tests/io/scenario_extras_test.cpp - the scenario file's optional "snapshots" and "partner" sections: round trip,
// older files without them, and damaged sections that are skipped with a warning while the rest still loads.
#include <catch2/catch.hpp>

#include "formats/base64.hpp"
#include "io/scenario_json.hpp"

#include <nlohmann/json.hpp>

using namespace est::io;
using namespace est::formats;
namespace m = est::model;

namespace {

m::Scenario baseScenario() {
    m::Scenario s;
    s.settings.name = "Acme estate";
    m::Workload w;
    w.id = "vm-1";
    w.name = "app-01";
    w.vcpu = 4;
    w.ramGb = 16.0;
    w.storageGb = 200.0;
    s.workloads.push_back(w);
    s.plan.waves.push_back(m::Wave{"Wave 1", 3, 6, 2});
    return s;
}

// The smallest valid PNG signature plus a few bytes: checkLogoDataUrl reads only the signature.
std::string pngLogo() {
    return "data:image/png;base64," + encodeBase64(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
}

bool hasWarning(const ScenarioLoad& r, const std::string& where, const std::string& part) {
    for (const InputProblem& p : r.warnings)
        if (p.where.rfind(where, 0) == 0 && p.message.find(part) != std::string::npos) return true;
    return false;
}

// The scenario file with two snapshots (one changed, one as is) and a partner theme with a logo.
struct Saved {
    m::Scenario scenario = baseScenario();
    SavedSnapshot before{"Before rightsizing", baseScenario()};
    SavedSnapshot after{"After – 東京", baseScenario()};
    PartnerBrand brand{"Acme Cloud", "Migrations done right", 0x0073BB, pngLogo(), "image/png"};
    Saved() {
        after.scenario.workloads[0].vcpu = 2;
        after.scenario.settings.horizonYears = 3;
    }
    std::string text() const {
        ScenarioExtras extras;
        extras.snapshots = {&before, &after};
        extras.partner = &brand;
        return saveScenario(scenario, {}, extras);
    }
};

} // namespace

TEST_CASE("a scenario with two snapshots and a partner theme round-trips through JSON", "[io][scenario]") {
    const Saved saved;
    const std::string text = saved.text();
    const ScenarioLoad r = loadScenario(text);
    INFO((r.errors.empty() ? std::string() : r.errors[0].where + ": " + r.errors[0].message));
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    CHECK(r.fileVersion == kScenarioSchemaVersion);
    CHECK(r.scenario == saved.scenario);
    CHECK(r.hasSnapshots);
    REQUIRE(r.snapshots.size() == 2);
    CHECK(r.snapshots[0].name == "Before rightsizing");
    CHECK(r.snapshots[0].scenario == saved.before.scenario);
    CHECK(r.snapshots[1].name == "After – 東京");
    CHECK(r.snapshots[1].scenario == saved.after.scenario);
    CHECK(r.snapshots[1].scenario.workloads[0].vcpu == 2);
    REQUIRE(r.partner);
    CHECK(*r.partner == saved.brand);
    // "Before" has the scenario's estate: written once, as "sameWorkloads"; "After" changed a workload: written out.
    CHECK(text.find("\"sameWorkloads\": true") != std::string::npos);
    CHECK(text.find("\"sameWorkloads\"", text.find("\"sameWorkloads\"") + 1) == std::string::npos);
    // The colour is written the way the theme file spells it, and a second save gives the same bytes.
    CHECK(text.find("\"accentColor\": \"#0073BB\"") != std::string::npos);
    ScenarioExtras again;
    again.snapshots = {&r.snapshots[0], &r.snapshots[1]};
    again.partner = &*r.partner;
    CHECK(saveScenario(r.scenario, r.import, again) == text);
}

TEST_CASE("a file without snapshots or partner sections loads as before and writes none", "[io][scenario]") {
    // A version-2 file (before the sections existed) still loads, with no warning about them.
    const ScenarioLoad v2 = loadScenario(R"({"schemaVersion": 2, "settings": {"name": "Older"}})");
    REQUIRE(v2.ok());
    CHECK(v2.warnings.empty());
    CHECK(v2.fileVersion == 2);
    CHECK(v2.scenario.settings.name == "Older");
    CHECK_FALSE(v2.hasSnapshots);
    CHECK(v2.snapshots.empty());
    CHECK_FALSE(v2.partner);
    // Nothing to carry: the file has no such sections (and so reads the same in an older estimator).
    const std::string plain = saveScenario(baseScenario());
    CHECK(plain.find("\"snapshots\"") == std::string::npos);
    CHECK(plain.find("\"partner\"") == std::string::npos);
    // A brand without a name is no theme: not written.
    PartnerBrand unnamed;
    ScenarioExtras extras;
    extras.partner = &unnamed;
    CHECK(saveScenario(baseScenario(), {}, extras).find("\"partner\"") == std::string::npos);
}

TEST_CASE("a damaged snapshot is skipped with a warning naming its field and the rest of the file loads",
          "[io][scenario]") {
    nlohmann::json doc = nlohmann::json::parse(Saved().text());
    doc["snapshots"][0]["scenario"]["settings"]["horizonYears"] = "five"; // a type error inside snapshot 0
    doc["snapshots"].push_back({{"name", ""}, {"scenario", nlohmann::json::object()}});             // no name
    doc["snapshots"].push_back(42);                                                                 // not an object
    doc["snapshots"].push_back({{"name", "After – 東京"}, {"scenario", nlohmann::json::object()}}); // same name again
    doc["snapshots"].push_back({{"name", "No body"}});                                              // no scenario
    const ScenarioLoad r = loadScenario(doc.dump(2));
    REQUIRE(r.ok()); // a warning, never an error that refuses the file
    CHECK(r.scenario == baseScenario());
    REQUIRE(r.snapshots.size() == 1);
    CHECK(r.snapshots[0].name == "After – 東京");
    CHECK(
        hasWarning(r, "snapshots[0].scenario.settings.horizonYears (line ", "snapshot \"Before rightsizing\" skipped"));
    CHECK(hasWarning(r, "snapshots[2].name", "non-empty name"));
    CHECK(hasWarning(r, "snapshots[3]", "expected a snapshot object, got 42"));
    CHECK(hasWarning(r, "snapshots[4].name", "a second snapshot called"));
    CHECK(hasWarning(r, "snapshots[5].scenario", "got none"));
    REQUIRE(r.partner); // the partner section is untouched by the snapshots' problems

    doc["snapshots"] = "all of them";
    const ScenarioLoad notArray = loadScenario(doc.dump());
    REQUIRE(notArray.ok());
    CHECK(notArray.snapshots.empty());
    CHECK(hasWarning(notArray, "snapshots", "expected an array of snapshots"));
}

TEST_CASE("a damaged partner section is a warning naming the field and the scenario and snapshots still load",
          "[io][scenario]") {
    nlohmann::json doc = nlohmann::json::parse(Saved().text());
    const auto loadWith = [&](const nlohmann::json& partner) {
        nlohmann::json copy = doc;
        copy["partner"] = partner;
        return loadScenario(copy.dump(2));
    };
    const ScenarioLoad badColour = loadWith({{"partnerName", "Acme"}, {"accentColor", "blue"}});
    REQUIRE(badColour.ok());
    CHECK_FALSE(badColour.partner);
    CHECK(badColour.snapshots.size() == 2);
    CHECK(hasWarning(badColour, "partner.accentColor", "expected \"#RRGGBB\""));
    CHECK(hasWarning(badColour, "partner.accentColor", "the partner theme was not applied"));

    // A logo over the bound is refused with its size; the base64 of 300 KiB of zero bytes after a PNG signature.
    const std::string big =
        "data:image/png;base64," + encodeBase64(std::string("\x89PNG\r\n\x1a\n", 8) + std::string(300 * 1024, '\0'));
    const ScenarioLoad tooBig = loadWith({{"partnerName", "Acme"}, {"logo", big}});
    REQUIRE(tooBig.ok());
    CHECK_FALSE(tooBig.partner);
    CHECK(hasWarning(tooBig, "partner.logo", "a logo may be at most 256 KB"));

    const ScenarioLoad noName = loadWith(nlohmann::json::object());
    CHECK(hasWarning(noName, "partner.partnerName", "non-empty string"));
    const ScenarioLoad notObject = loadWith("Acme");
    CHECK(hasWarning(notObject, "partner", "expected an object"));
    CHECK(notObject.scenario == baseScenario());
    // null means "no partner theme", not a problem.
    const ScenarioLoad none = loadWith(nullptr);
    CHECK(none.warnings.empty());
    CHECK_FALSE(none.partner);
}
