// ui/customer_name_field.cpp - the customer's name field: edits applied on Enter or when the field is left.
#include "ui/customer_name_field.hpp"

#include "app/brand_commands.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace est::ui {

void CustomerNameField::draw(app::AppState& state, const char* locatorName, float width) {
    const std::string& current = state.scenario.settings.customerName;
    // The state may change under the field (undo, another file): show it unless the user is typing or fixing a refusal.
    if (!m_editing && !m_refused) {
        const std::size_t n = std::min(current.size(), sizeof m_buffer - 1);
        current.copy(m_buffer, n);
        m_buffer[n] = '\0';
    }
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputTextWithHint("Prepared for", "the customer's name, e.g. Acme Retail", m_buffer, sizeof m_buffer))
        m_refused = false;
    locateLastItem(locatorName);
    m_editing = ImGui::IsItemActive();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Who this business case is for: the slides, the summary, the appendix and the workbook say "
                          "\"Prepared for\" this name. Leave it empty to name no one.");
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        m_error = app::setCustomerName(state, m_buffer);
        m_refused = !m_error.empty();
    }
    if (!m_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colourFail());
        ImGui::TextWrapped("%s", m_error.c_str());
        ImGui::PopStyleColor();
        locateLastItem(std::string(locatorName) + ".error");
    }
}

} // namespace est::ui
