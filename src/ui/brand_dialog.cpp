// ui/brand_dialog.cpp - the brand dialog's fields; every change goes through an app command.
#include "ui/brand_dialog.hpp"

#include "app/brand_commands.hpp"
#include "io/partner_brand.hpp"
#include "io/prepared_for.hpp"
#include "ui/partner_logo.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace est::ui {
namespace {
template <std::size_t N>
void copyInto(char (&buffer)[N], const std::string& text) {
    const std::size_t n = std::min(text.size(), N - 1);
    text.copy(buffer, n);
    buffer[n] = '\0';
}
} // namespace

void BrandDialog::nameField(app::AppState& state, float width) {
    if (!m_editingName) copyInto(m_name, state.partner.name);
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint("Your company", "your company's name, e.g. Northwind Cloud", m_name, sizeof m_name);
    locateLastItem("brand.partnerName");
    m_editingName = ImGui::IsItemActive();
    // Applied once the name is typed (Enter or leaving the field), not per key: each change is written to storage.
    if (ImGui::IsItemDeactivatedAfterEdit()) m_error = app::setPartnerName(state, m_name);
}

void BrandDialog::accentField(app::AppState& state, float width) {
    const bool named = !state.partner.name.empty();
    if (!m_editingAccent)
        copyInto(m_accent, state.partner.accentRgb != 0 ? io::accentHex(state.partner.accentRgb) : std::string());
    ImGui::BeginDisabled(!named);
    ImGui::SetNextItemWidth(width * 0.4f);
    ImGui::InputTextWithHint("##accent", "#0073BB", m_accent, sizeof m_accent, ImGuiInputTextFlags_CharsNoBlank);
    locateLastItem("brand.accent");
    m_editingAccent = ImGui::IsItemActive();
    if (ImGui::IsItemDeactivatedAfterEdit()) m_error = app::setPartnerAccent(state, m_accent);
    ImGui::SameLine();
    // A swatch of the colour in use, not ImGui's colour picker: the picker's code alone would push the download past
    // its 800 KB budget (README, Performance), and the hex field already takes any colour.
    const std::uint32_t rgb = state.partner.accentRgb;
    const ImVec4 swatch(static_cast<float>((rgb >> 16) & 0xFF) / 255.0f, static_cast<float>((rgb >> 8) & 0xFF) / 255.0f,
                        static_cast<float>(rgb & 0xFF) / 255.0f, rgb != 0 ? 1.0f : 0.0f);
    ImGui::ColorButton("##accentSwatch", swatch, ImGuiColorEditFlags_NoTooltip);
    ImGui::SameLine();
    ImGui::TextUnformatted("Accent colour");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("Colours the buttons, the menu highlight and the documents' headings.");
    ImGui::EndDisabled();
}

void BrandDialog::logoRow(app::AppState& state, app::Requests& requests) {
    const bool named = !state.partner.name.empty();
    ImGui::TextUnformatted("Logo");
    ImGui::SameLine(ImGui::GetFontSize() * 7.0f);
    if (!state.partner.logoDataUrl.empty()) {
        if (!partnerLogoOnChip(state.partner, ImGui::GetFrameHeight() * 1.6f, "brand.logo"))
            ImGui::TextDisabled("(loading...)");
        ImGui::SameLine();
    }
    ImGui::BeginDisabled(!named);
    if (ImGui::Button("Choose a logo...")) requests.pickLogo = true;
    locateLastItem("brand.logo.choose");
    if (!state.partner.logoDataUrl.empty()) {
        ImGui::SameLine();
        if (ImGui::Button("Remove logo")) app::removePartnerLogo(state);
        locateLastItem("brand.logo.remove");
    }
    ImGui::EndDisabled();
    ImGui::TextDisabled("PNG, JPEG or SVG, at most %d KB; or drop the file anywhere on the page.",
                        static_cast<int>(io::kMaxPartnerLogoBytes / 1024));
}

void BrandDialog::draw(app::AppState& state, app::Requests& requests) {
    if (!open) return;
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowSize(ImVec2(em * 34.0f, 0), ImGuiCond_Appearing);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(
        ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + viewport->WorkSize.y * 0.3f),
        ImGuiCond_Appearing, ImVec2(0.5f, 0.3f));
    ImGui::SetNextWindowBgAlpha(1.0f); // opaque: the overview's figures must not show through the fields
    if (!ImGui::Begin("Your brand", &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::End();
        return;
    }
    locateLastItem("brand.window");
    const float width = em * 18.0f;
    ImGui::TextWrapped("Your name, colour and logo go on the slides, the executive summary, the appendix and the "
                       "workbook. They stay in this browser and travel in the scenario file.");
    ImGui::Spacing();
    nameField(state, width);
    if (state.partner.name.empty())
        ImGui::TextDisabled("Type your company's name first: the colour and the logo are kept with it.");
    accentField(state, width);
    logoRow(state, requests);
    ImGui::Separator();
    m_customer.draw(state, "brand.customerName", width);
    const std::string line = io::preparedForLine(state.scenario.settings.customerName, &state.partner);
    ImGui::TextDisabled("Documents say:");
    ImGui::SameLine();
    ImGui::TextUnformatted(line.empty() ? "(nothing: name the customer or your company)" : line.c_str());
    locateLastItem("brand.preparedFor");
    if (!m_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colourFail());
        ImGui::TextWrapped("%s", m_error.c_str());
        ImGui::PopStyleColor();
        locateLastItem("brand.error");
    }
    ImGui::Separator();
    ImGui::BeginDisabled(state.partner.name.empty() && state.partner.logoDataUrl.empty() &&
                         state.partner.accentRgb == 0);
    if (ImGui::Button("Reset")) {
        app::resetPartnerBrand(state);
        m_error.clear();
    }
    ImGui::EndDisabled();
    locateLastItem("brand.reset");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip(
            "Removes your name, colour and logo. The customer's name belongs to the scenario: Ctrl+Z undoes it.");
    ImGui::SameLine();
    ImGui::TextDisabled("A theme file (theme.json) dropped on the page sets the same brand.");
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize("Close").x -
                    ImGui::GetStyle().FramePadding.x * 2.0f);
    if (ImGui::Button("Close")) open = false;
    locateLastItem("brand.close");
    ImGui::End();
}

} // namespace est::ui
