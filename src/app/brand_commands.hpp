// app/brand_commands.hpp - the commands behind "Your brand" and the customer's name: the only way views change them.
#pragma once

#include "app/app_state.hpp"

#include <string>
#include <string_view>

namespace est::app {

/// Sets settings.customerName (who the business case is prepared for) as one undoable step "Set customer name".
/// Returns "" when set (or unchanged), else the error naming the field ("Customer name: has 131 characters; ...");
/// the scenario is then unchanged.
std::string setCustomerName(AppState& state, std::string_view name);

/// Sets the partner's name (creates the brand when there is none). Not undoable, like a theme file: the brand is
/// the partner's, not the scenario's. An empty name is refused (resetPartnerBrand removes the brand).
/// Returns "" or the error naming the field.
std::string setPartnerName(AppState& state, std::string_view name);

/// Sets the partner's accent colour from "#RRGGBB" (a leading '#' optional). Needs a partner name first (a brand
/// without a name is not kept). Returns "" or the error naming the field.
std::string setPartnerAccent(AppState& state, std::string_view hex);

/// Sets the partner's logo from an image file's bytes (PNG, JPEG or SVG, at most io::kMaxPartnerLogoBytes); the
/// page decodes it for the menu bar and the slides. Needs a partner name first. Returns "" or the error naming
/// the file.
std::string setPartnerLogo(AppState& state, std::string_view bytes, const std::string& fileName);

/// Removes the logo and keeps the name and colour.
void removePartnerLogo(AppState& state);

/// Removes the partner brand (name, colour, logo): the documents say "Prepared for" the customer only.
void resetPartnerBrand(AppState& state);

} // namespace est::app
