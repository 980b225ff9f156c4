// tests/app/brand_commands_test.cpp - the commands behind "Your brand": the customer's name is an undoable settings
// edit refused with a message naming the field when no header could show it; the partner's name, colour and logo
// (PNG, JPEG, SVG bytes) change the brand and survive a reload through the autosave, like a theme file's.
#include "app/autosave.hpp"
#include "app/brand_commands.hpp"
#include "app/documents.hpp"
#include "io/scenario_json.hpp"
#include "map_store.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace est::app;

namespace {

const std::string kPng("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
const std::string kJpeg("\xFF\xD8\xFF\xE0\0\x10JFIF", 10);
const std::string kSvg =
    "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"30\" height=\"10\"/>";

} // namespace

TEST_CASE("the customer's name is one undoable settings edit", "[app][brand]") {
    AppState state = est::test::engineState();
    const long revision = state.revision;
    CHECK(setCustomerName(state, "Acme Retail").empty());
    CHECK(state.scenario.settings.customerName == "Acme Retail");
    CHECK(state.revision == revision + 1);
    CHECK(state.history().undoLabel() == "Set customer name");
    CHECK(setCustomerName(state, "Acme Retail").empty()); // unchanged: no new step
    CHECK(state.history().undoDepth() == 1);
    CHECK(state.undo());
    CHECK(state.scenario.settings.customerName.empty());
    CHECK(state.redo());
    CHECK(state.scenario.settings.customerName == "Acme Retail");
}

TEST_CASE("a customer's name no header can show is refused with the field named, and nothing changes", "[app][brand]") {
    AppState state = est::test::engineState();
    const long revision = state.revision;
    const std::string tooLong = setCustomerName(state, std::string(121, 'a'));
    CHECK(tooLong == "Customer name: has 121 characters; at most 120 fit a header line.");
    const std::string broken = setCustomerName(state, "Acme\nRetail");
    CHECK(broken.rfind("Customer name: contains a control character", 0) == 0);
    CHECK(state.scenario.settings.customerName.empty());
    CHECK(state.revision == revision);
    CHECK_FALSE(state.history().canUndo());
}

TEST_CASE("the partner's name, colour and logo are set through the brand commands", "[app][brand]") {
    AppState state = est::test::engineState();
    // Colour and logo need a name first: a brand without one is not kept.
    CHECK(setPartnerAccent(state, "#0073BB").rfind("Accent colour: type your company's name first", 0) == 0);
    CHECK(setPartnerLogo(state, kPng, "logo.png").find("type your company's name") != std::string::npos);
    CHECK(setPartnerName(state, "").find("Reset") != std::string::npos);
    const long generation = state.partnerGeneration;

    CHECK(setPartnerName(state, "Northwind Cloud").empty());
    CHECK(state.partner.name == "Northwind Cloud");
    CHECK(state.partnerGeneration == generation + 1);
    CHECK(setPartnerAccent(state, "#0073bb").empty());
    CHECK(state.partner.accentRgb == 0x0073BBu);
    CHECK(setPartnerAccent(state, "0073BX") == "Accent colour: expected six hexadecimal digits such as #0073BB.");
    CHECK(state.partner.accentRgb == 0x0073BBu);

    CHECK(setPartnerLogo(state, kPng, "logo.png").empty());
    CHECK(state.partner.logoMime == "image/png");
    CHECK(state.partner.logoDataUrl.rfind("data:image/png;base64,", 0) == 0);
    CHECK(setPartnerLogo(state, kJpeg, "logo.jpg").empty());
    CHECK(state.partner.logoMime == "image/jpeg");
    CHECK(setPartnerLogo(state, kSvg, "logo.svg").empty());
    CHECK(state.partner.logoMime == "image/svg+xml");
    CHECK(setPartnerLogo(state, "Server,Cores\napp-01,4\n", "servers.csv") ==
          "servers.csv is not a PNG, JPEG or SVG image; the logo was not changed.");
    CHECK(setPartnerLogo(state, kPng + std::string(300 * 1024, '\0'), "huge.png").find("at most 256 KB") !=
          std::string::npos);
    CHECK(state.partner.logoMime == "image/svg+xml");
    // None of it is a scenario edit: the undo history is untouched.
    CHECK_FALSE(state.history().canUndo());

    removePartnerLogo(state);
    CHECK(state.partner.logoDataUrl.empty());
    CHECK(state.partner.name == "Northwind Cloud");
    resetPartnerBrand(state);
    CHECK(state.partner.name.empty());
    CHECK(state.partner.accentRgb == 0u);
}

TEST_CASE("only image bytes are taken for a logo when a file is dropped", "[app][brand]") {
    CHECK(est::io::looksLikeLogoImage(kPng));
    CHECK(est::io::looksLikeLogoImage(kJpeg));
    CHECK(est::io::looksLikeLogoImage(kSvg));
    CHECK_FALSE(est::io::looksLikeLogoImage("{\"partnerName\": \"Acme\"}"));
    CHECK_FALSE(est::io::looksLikeLogoImage("Server,Cores\napp-01,4\n"));
    CHECK_FALSE(est::io::looksLikeLogoImage(std::string("PK\x03\x04", 4)));
}

TEST_CASE("the brand and the customer's name set in the dialog survive a reload through the autosave", "[app][brand]") {
    AppState before = est::test::engineState();
    REQUIRE(setPartnerName(before, "Northwind Cloud").empty());
    REQUIRE(setPartnerAccent(before, "#0073BB").empty());
    REQUIRE(setPartnerLogo(before, kPng, "logo.png").empty());
    REQUIRE(setCustomerName(before, "Acme Retail").empty());
    est::test::MapStore store;
    REQUIRE(writeAutosave(store, autosaveWork(before, nullptr), "2026-12-06T05:00:00Z").written);

    const RestoreOutcome read = readAutosave(store);
    REQUIRE(read.kind == RestoreOutcome::Kind::Restored);
    AppState after = est::test::engineState();
    est::io::ScenarioLoad loaded = est::io::loadScenario(read.scenarioJson, after.defaults);
    REQUIRE(loaded.ok());
    std::vector<std::string> notes;
    adoptExtras(after, loaded, notes);
    after.reset(std::move(loaded.scenario));
    CHECK(after.scenario.settings.customerName == "Acme Retail");
    CHECK(static_cast<const est::io::PartnerBrand&>(after.partner) ==
          static_cast<const est::io::PartnerBrand&>(before.partner));
}
