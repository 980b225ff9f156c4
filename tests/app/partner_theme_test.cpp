// tests/app/partner_theme_test.cpp - the partner theme file: name, colour, and errors for bad values.
#include "app/partner_theme.hpp"

#include "io/sniff.hpp"

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
    CHECK(est::io::sniff(R"({"partnerName":"x"})", "theme.json").kind == est::io::FileKind::PartnerThemeJson);
    CHECK(est::io::sniff(R"({"settings":{}})", "theme.json").kind != est::io::FileKind::PartnerThemeJson);
}

TEST_CASE("a partner theme may carry a PNG logo as a data URL", "[app]") {
    std::vector<std::string> errors;
    // "iVBORw0KGgo" is base64 of the 8-byte PNG signature 89 50 4E 47 0D 0A 1A 0A; "AAAADUlIRFI" goes on into
    // the IHDR chunk header (length 13, "IHDR"): enough for the signature check, the page decodes the rest.
    const auto theme = est::app::parsePartnerTheme(
        R"({"partnerName":"Acme","logo":"data:image/png;base64,iVBORw0KGgoAAAANSUhEUg=="})", errors);
    REQUIRE(theme);
    CHECK(errors.empty());
    CHECK(theme->logoMime == "image/png");
    CHECK(theme->logoDataUrl.rfind("data:image/png;base64,", 0) == 0);
    CHECK(theme->logoTexture == 0u); // the platform sets it once the page decoded the image
}

TEST_CASE("an SVG logo is accepted as base64 or as percent-encoded text", "[app]") {
    std::string error;
    // "PHN2ZyB4bWxucz0iIi8+" is base64 of <svg xmlns=""/>.
    CHECK(est::io::checkLogoDataUrl("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iIi8+", error) == "image/svg+xml");
    CHECK(est::io::checkLogoDataUrl("data:image/svg+xml,%3Csvg%20width='4'%20height='4'/%3E", error) ==
          "image/svg+xml");
}

TEST_CASE("a logo over 256 KB is refused with its size and the limit", "[app]") {
    // 8-byte PNG signature then 300,000 base64 'A's = 225,000 zero bytes + 8 = 225,008 bytes: under the limit;
    // 360,000 'A's = 270,000 + 8 = 270,008 bytes > 262,144 (256 KB): refused.
    const std::string small = "data:image/png;base64,iVBORw0KGgo" + std::string(300000, 'A');
    const std::string big = "data:image/png;base64,iVBORw0KGgo" + std::string(360000, 'A');
    std::string error;
    CHECK(est::io::checkLogoDataUrl(small, error) == "image/png");
    CHECK_FALSE(est::io::checkLogoDataUrl(big, error));
    CHECK(error.find("256 KB") != std::string::npos);
    std::vector<std::string> errors;
    CHECK_FALSE(est::app::parsePartnerTheme(R"({"partnerName":"Acme","logo":")" + big + "\"}", errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("logo: ", 0) == 0);
}

TEST_CASE("a logo that is not an image data URL is refused in plain words", "[app]") {
    std::vector<std::string> errors;
    CHECK_FALSE(est::app::parsePartnerTheme(R"({"partnerName":"Acme","logo":"acme-logo.png"})", errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("PNG, JPEG or SVG image as a data URL") != std::string::npos);

    std::string error;
    CHECK_FALSE(est::io::checkLogoDataUrl("data:text/plain;base64,aGVsbG8=", error));
    CHECK(error.find("data URL") != std::string::npos);
    // Labelled PNG but the bytes are "<svg>" ("PHN2Zz4=").
    CHECK_FALSE(est::io::checkLogoDataUrl("data:image/png;base64,PHN2Zz4=", error));
    CHECK(error == "the data URL says PNG but the data is not a PNG image");
    CHECK_FALSE(est::io::checkLogoDataUrl("data:image/png;base64,iVBO*w0KGgo", error));
    CHECK(error.find("damaged") != std::string::npos);
    errors.clear();
    CHECK_FALSE(est::app::parsePartnerTheme(R"({"partnerName":"Acme","logo":42})", errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0] == "logo: expected a data URL string, got number");
}
