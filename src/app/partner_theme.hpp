// app/partner_theme.hpp - the partner's name and colour from a small JSON theme file.
#pragma once

#include "io/partner_brand.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::app {

/// The brand as read (io::PartnerBrand: the theme file, also the scenario file's "partner" section) plus the
/// logo's texture once the page has decoded it. A file is
/// {"format": "estimator-partner-theme", "partnerName": "Acme Cloud", "accentColor": "#0073BB", "tagline": "...",
///  "logo": "data:image/png;base64,..."}
struct PartnerTheme : io::PartnerBrand {
    std::uintptr_t logoTexture = 0; ///< set by the platform once the page decoded and uploaded it; 0 = not (yet)
    int logoWidth = 0;              ///< decoded size in pixels (0 until decoded)
    int logoHeight = 0;
};

/// Parses a partner theme; on failure returns nothing and fills `errors`.
std::optional<PartnerTheme> parsePartnerTheme(std::string_view json, std::vector<std::string>& errors);

} // namespace est::app
