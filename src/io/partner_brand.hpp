// io/partner_brand.hpp - the partner's name, colour and logo: the partner theme file and the scenario file's
// "partner" section share one layout and one reader (io/partner_brand_json.hpp).
#pragma once

#include "formats/table.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::io {

/// {"partnerName": "Acme Cloud", "accentColor": "#0073BB", "tagline": "...", "logo": "data:image/png;base64,..."}
struct PartnerBrand {
    std::string name;            ///< shown in the title bar and the share link page title
    std::string tagline;         ///< optional line under the name
    std::uint32_t accentRgb = 0; ///< 0xRRGGBB; 0 = keep the theme's colour
    std::string logoDataUrl;     ///< a checked PNG, JPEG or SVG data URL; "" = no logo (the page decodes it)
    std::string logoMime;        ///< "image/png", "image/jpeg" or "image/svg+xml" when there is a logo
    bool operator==(const PartnerBrand&) const = default;
};

/// An accent colour as CSS and the theme file write it: 0x0073BB -> "#0073BB".
std::string accentHex(std::uint32_t rgb);

/// The largest logo accepted, decoded from base64 (a menu-bar logo needs far less).
inline constexpr std::size_t kMaxPartnerLogoBytes = 256 * 1024;

/// Checks a logo data URL: "data:image/png;base64,..." (PNG signature required), "data:image/jpeg;base64,..." (JPEG
/// start-of-image marker required) or "data:image/svg+xml;base64,..." / "data:image/svg+xml,..." (must contain
/// "<svg"), at most kMaxPartnerLogoBytes decoded. Returns the MIME
/// type, or nothing with a plain-words reason in `error`.
std::optional<std::string> checkLogoDataUrl(std::string_view url, std::string& error);

/// A logo image file's bytes as a checked data URL (PNG, JPEG or SVG, told by content, not by name), or "" with a
/// plain-words reason in `error` (another kind of file, more than kMaxPartnerLogoBytes).
std::string logoDataUrlFromFile(std::string_view bytes, std::string& error);

/// True when `bytes` start like a PNG, a JPEG or an SVG image (a logo dropped on the page or picked for it).
bool looksLikeLogoImage(std::string_view bytes);

} // namespace est::io
