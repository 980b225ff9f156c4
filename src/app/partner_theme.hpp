// app/partner_theme.hpp - the partner's name and colour from a small JSON theme file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::app {

/// {"format": "estimator-partner-theme", "partnerName": "Acme Cloud", "accentColor": "#0073BB", "tagline": "..."}
struct PartnerTheme {
    std::string name;              ///< shown in the title bar and the share link page title
    std::string tagline;           ///< optional line under the name
    std::uint32_t accentRgb = 0;   ///< 0xRRGGBB; 0 = keep the theme's colour
};

/// True when the JSON text looks like a partner theme (has "partnerName").
bool looksLikePartnerTheme(std::string_view json);
/// Parses a partner theme; on failure returns nothing and fills `errors`.
std::optional<PartnerTheme> parsePartnerTheme(std::string_view json, std::vector<std::string>& errors);

} // namespace est::app
