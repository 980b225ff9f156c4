// ui/partner_logo.cpp - the logo on its chip: logos are made for white paper, so they get a near-white background.
#include "ui/partner_logo.hpp"

#include "ui/widget_locator.hpp"

#include <imgui.h>

namespace est::ui {

bool partnerLogoOnChip(const app::PartnerTheme& partner, float chipHeight, const char* locatorName) {
    if (partner.logoTexture == 0 || partner.logoWidth <= 0 || partner.logoHeight <= 0) return false;
    const float pad = chipHeight * 0.12f;
    const float height = chipHeight - 2.0f * pad;
    const float width = height * static_cast<float>(partner.logoWidth) / static_cast<float>(partner.logoHeight);
    const ImVec2 chip(width + 2.0f * pad, chipHeight);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(origin, ImVec2(origin.x + chip.x, origin.y + chip.y),
                                              IM_COL32(250, 250, 250, 255), pad);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + pad, origin.y + pad));
    ImGui::Image(reinterpret_cast<ImTextureID>(partner.logoTexture), ImVec2(width, height));
    locateLastItem(locatorName); // the image itself: tests check its aspect and its pixels
    // The chip, not the image, is the layout item (the next item goes beside or below the whole chip).
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(chip);
    return true;
}

} // namespace est::ui
