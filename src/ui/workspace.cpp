// ui/workspace.cpp - lays out the estimator's window over the whole canvas.
#include "ui/workspace.hpp"

#include "ui/widget_locator.hpp"

#include <imgui.h>

namespace est::ui {

void Workspace::draw(app::AppState& state) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Migration Funding Estimator", nullptr, flags);
    ImGui::TextUnformatted("Migration Funding Estimator");
    locateLastItem("title");
    ImGui::Separator();
    ImGui::Text("Scenario: %s", state.scenario.settings.name.c_str());
    ImGui::TextWrapped("Size a move to AWS before anyone signs anything: total cost of ownership, a 7-Rs "
                       "disposition per application, and the MAP funding ladder with its eligibility checks.");
    ImGui::End();
}

} // namespace est::ui
