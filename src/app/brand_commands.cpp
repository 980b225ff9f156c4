// app/brand_commands.cpp - checks and applies the brand dialog's edits (partner brand, customer name).
#include "app/brand_commands.hpp"

#include "model/customer_name.hpp"

#include <algorithm>
#include <cctype>

namespace est::app {

std::string setCustomerName(AppState& state, std::string_view name) {
    if (std::string problem = model::displayNameProblem(name); !problem.empty())
        return "Customer name: " + problem + ".";
    if (state.scenario.settings.customerName == name) return {};
    state.endGesture(); // its own undo step, never merged into a slider drag
    state.edit("Set customer name", EditScope::Settings,
               [value = std::string(name)](model::Scenario& s) { s.settings.customerName = value; });
    return {};
}

std::string setPartnerName(AppState& state, std::string_view name) {
    if (name.empty()) return "Your company's name: type a name, or use Reset to remove your brand.";
    if (std::string problem = model::displayNameProblem(name); !problem.empty())
        return "Your company's name: " + problem + ".";
    if (state.partner.name == name) return {};
    PartnerTheme next = state.partner;
    next.name = std::string(name);
    state.setPartner(std::move(next));
    return {};
}

std::string setPartnerAccent(AppState& state, std::string_view hex) {
    if (state.partner.name.empty()) return "Accent colour: type your company's name first (the brand is kept with it).";
    if (!hex.empty() && hex.front() == '#') hex.remove_prefix(1);
    const bool valid = hex.size() == 6 && std::all_of(hex.begin(), hex.end(), [](char c) {
                           return std::isxdigit(static_cast<unsigned char>(c)) != 0;
                       });
    if (!valid) return "Accent colour: expected six hexadecimal digits such as #0073BB.";
    const auto rgb = static_cast<std::uint32_t>(std::stoul(std::string(hex), nullptr, 16));
    // 0 means "the theme's own colour" in the brand, so pure black is stored as the nearest colour that is not 0.
    const std::uint32_t stored = rgb == 0 ? 0x000001u : rgb;
    if (state.partner.accentRgb == stored) return {};
    PartnerTheme next = state.partner;
    next.accentRgb = stored;
    state.setPartner(std::move(next));
    return {};
}

std::string setPartnerLogo(AppState& state, std::string_view bytes, const std::string& fileName) {
    if (state.partner.name.empty())
        return fileName + ": type your company's name in Your brand first, then add the logo.";
    std::string error;
    std::string url = io::logoDataUrlFromFile(bytes, error);
    if (url.empty()) return fileName + " " + error + "; the logo was not changed.";
    PartnerTheme next = state.partner;
    next.logoMime = url.substr(5, url.find(';') - 5); // "data:image/png;base64,..." -> "image/png"
    next.logoDataUrl = std::move(url);
    // The new image is decoded by the page; until then nothing is drawn rather than the old logo.
    next.logoTexture = 0;
    next.logoWidth = 0;
    next.logoHeight = 0;
    state.setPartner(std::move(next));
    return {};
}

void removePartnerLogo(AppState& state) {
    if (state.partner.logoDataUrl.empty()) return;
    PartnerTheme next = state.partner;
    next.logoDataUrl.clear();
    next.logoMime.clear();
    next.logoTexture = 0;
    next.logoWidth = 0;
    next.logoHeight = 0;
    state.setPartner(std::move(next));
}

void resetPartnerBrand(AppState& state) {
    if (static_cast<const io::PartnerBrand&>(state.partner) == io::PartnerBrand{}) return;
    state.setPartner(PartnerTheme{});
}

} // namespace est::app
