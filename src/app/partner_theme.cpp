// app/partner_theme.cpp - reads the partner theme file (a colour as "#RRGGBB").
#include "app/partner_theme.hpp"

#include <nlohmann/json.hpp>

namespace est::app {

bool looksLikePartnerTheme(std::string_view json) {
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    return !doc.is_discarded() && doc.is_object() && doc.contains("partnerName");
}

std::optional<PartnerTheme> parsePartnerTheme(std::string_view json, std::vector<std::string>& errors) {
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        errors.push_back("the partner theme is not valid JSON");
        return std::nullopt;
    }
    PartnerTheme theme;
    const auto name = doc.find("partnerName");
    if (name == doc.end() || !name->is_string() || name->get<std::string>().empty()) {
        errors.push_back("partnerName: must be a non-empty string");
        return std::nullopt;
    }
    theme.name = name->get<std::string>();
    if (const auto tagline = doc.find("tagline"); tagline != doc.end() && tagline->is_string()) theme.tagline = tagline->get<std::string>();
    if (const auto accent = doc.find("accentColor"); accent != doc.end()) {
        const std::string text = accent->is_string() ? accent->get<std::string>() : std::string();
        if (text.size() != 7 || text[0] != '#' || text.find_first_not_of("0123456789abcdefABCDEF", 1) != std::string::npos) {
            errors.push_back("accentColor: expected \"#RRGGBB\", got " + accent->dump());
            return std::nullopt;
        }
        theme.accentRgb = static_cast<std::uint32_t>(std::stoul(text.substr(1), nullptr, 16));
    }
    return theme;
}

} // namespace est::app
