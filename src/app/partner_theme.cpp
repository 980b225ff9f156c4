// app/partner_theme.cpp - reads the partner theme file (the brand layout of io/partner_brand).
#include "app/partner_theme.hpp"

#include "io/partner_brand_json.hpp"

#include "formats/json_value.hpp"

namespace est::app {

std::optional<PartnerTheme> parsePartnerTheme(std::string_view json, std::vector<std::string>& errors) {
    const formats::JsonParseResult doc = formats::parseJson(json);
    if (!doc.ok || !doc.value.isObject()) {
        errors.push_back("the partner theme is not valid JSON");
        return std::nullopt;
    }
    std::vector<formats::InputProblem> problems;
    std::optional<io::PartnerBrand> brand = io::readPartnerBrand(doc.value, "", problems);
    for (const formats::InputProblem& p : problems) errors.push_back(p.where + ": " + p.message);
    if (!brand) return std::nullopt;
    PartnerTheme theme;
    static_cast<io::PartnerBrand&>(theme) = std::move(*brand);
    return theme;
}

} // namespace est::app
