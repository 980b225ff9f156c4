// app/partner_theme.cpp - reads the partner theme file (the brand layout of io/partner_brand).
#include "app/partner_theme.hpp"

#include "io/partner_brand_json.hpp"

#include <nlohmann/json.hpp>

namespace est::app {

std::optional<PartnerTheme> parsePartnerTheme(std::string_view json, std::vector<std::string>& errors) {
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        errors.push_back("the partner theme is not valid JSON");
        return std::nullopt;
    }
    std::vector<formats::InputProblem> problems;
    std::optional<io::PartnerBrand> brand = io::readPartnerBrand(doc, "", problems);
    for (const formats::InputProblem& p : problems) errors.push_back(p.where + ": " + p.message);
    if (!brand) return std::nullopt;
    PartnerTheme theme;
    static_cast<io::PartnerBrand&>(theme) = std::move(*brand);
    return theme;
}

} // namespace est::app
