// app/partner_theme.hpp - the partner's name and colour from a small JSON theme file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::app {

/// {"format": "estimator-partner-theme", "partnerName": "Acme Cloud", "accentColor": "#0073BB", "tagline": "...",
///  "logo": "data:image/png;base64,..."}
struct PartnerTheme {
    std::string name;              ///< shown in the title bar and the share link page title
    std::string tagline;           ///< optional line under the name
    std::uint32_t accentRgb = 0;   ///< 0xRRGGBB; 0 = keep the theme's colour
    std::string logoDataUrl;       ///< a checked PNG or SVG data URL; "" = no logo (the page decodes it)
    std::string logoMime;          ///< "image/png" or "image/svg+xml" when there is a logo
    std::uintptr_t logoTexture = 0; ///< set by the platform once the page decoded and uploaded it; 0 = not (yet)
    int logoWidth = 0;             ///< decoded size in pixels (0 until decoded)
    int logoHeight = 0;
};

/// The largest logo accepted, decoded from base64 (a menu-bar logo needs far less).
inline constexpr std::size_t kMaxPartnerLogoBytes = 256 * 1024;

/// Checks a logo data URL: "data:image/png;base64,..." (PNG signature required) or "data:image/svg+xml;base64,..."
/// / "data:image/svg+xml,..." (must contain "<svg"), at most kMaxPartnerLogoBytes decoded. Returns the MIME
/// type, or nothing with a plain-words reason in `error`.
std::optional<std::string> checkLogoDataUrl(std::string_view url, std::string& error);

/// True when the JSON text looks like a partner theme (has "partnerName").
bool looksLikePartnerTheme(std::string_view json);
/// Parses a partner theme; on failure returns nothing and fills `errors`.
std::optional<PartnerTheme> parsePartnerTheme(std::string_view json, std::vector<std::string>& errors);

} // namespace est::app
