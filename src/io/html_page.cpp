// io/html_page.cpp - the start of every exported HTML page (see html_page.hpp).
#include "io/html_page.hpp"

#include <utility>

#include "io/palette.hpp"

namespace est::io {

std::string paletteCss() {
    namespace p = palette;
    const std::pair<const char*, p::Rgb> entries[] = {
        {"today", p::kToday},       {"aws", p::kAws},         {"one-time", p::kOneTime},  {"savings", p::kSavings},
        {"funding", p::kFunding},   {"assess", p::kAssess},   {"mobilize", p::kMobilize}, {"credits", p::kCredits},
        {"training", p::kTraining}, {"warning", p::kWarning}, {"fail", p::kFail},         {"other-run", p::kOtherRun},
        {"pass", p::kPass},         {"ink", p::kInk}};
    std::string css = ":root{";
    for (const auto& [name, colour] : entries) css += std::string("--") + name + ":" + p::cssHex(colour) + ";";
    css.back() = '}';
    return css;
}

std::string htmlPageStart(std::string_view escapedTitle, std::string_view css) {
    std::string h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"";
    h += kExportedPageCsp;
    h += "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
    h += escapedTitle;
    h += "</title>\n<style>";
    h += paletteCss();
    h += css;
    h += "</style></head><body>\n";
    return h;
}

} // namespace est::io
