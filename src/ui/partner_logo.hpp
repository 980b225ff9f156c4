// ui/partner_logo.hpp - the partner's logo drawn on a light chip, so a dark wordmark stays readable on dark chrome.
#pragma once

#include "app/partner_theme.hpp"

namespace est::ui {

/// Draws the decoded logo on a light rounded chip `chipHeight` pixels high (the logo inside it, aspect kept) as one
/// layout item; the image's own rectangle is named `locatorName`. Returns false, drawing nothing, while there is no
/// decoded logo.
bool partnerLogoOnChip(const app::PartnerTheme& partner, float chipHeight, const char* locatorName);

} // namespace est::ui
