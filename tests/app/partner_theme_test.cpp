// tests/app/partner_theme_test.cpp - the partner theme file: name, colour, and errors for bad values.
#include "app/partner_theme.hpp"

#include <catch2/catch.hpp>

TEST_CASE("a partner theme gives the name and the accent colour", "[app]") {
    std::vector<std::string> errors;
    const auto theme = est::app::parsePartnerTheme(R"({"partnerName":"Acme Cloud","accentColor":"#0073BB"})", errors);
    REQUIRE(theme);
    CHECK(theme->name == "Acme Cloud");
    CHECK(theme->accentRgb == 0x0073BBu);
    CHECK(errors.empty());
}

TEST_CASE("a partner theme with a bad colour is refused with the field named", "[app]") {
    std::vector<std::string> errors;
    CHECK_FALSE(est::app::parsePartnerTheme(R"({"partnerName":"Acme","accentColor":"blue"})", errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("accentColor", 0) == 0);
    CHECK(est::app::looksLikePartnerTheme(R"({"partnerName":"x"})"));
    CHECK_FALSE(est::app::looksLikePartnerTheme(R"({"settings":{}})"));
}
