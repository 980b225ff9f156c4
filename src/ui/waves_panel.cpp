// ui/waves_panel.cpp - the migration waves: re-plan, a timeline of waves, capacity use, move groups with their
// dependencies on demand, and the planner's warnings in words.
#include "app/wave_planning.hpp"
#include "io/wave_plan_out.hpp"
#include "ui/charts.hpp"
#include "ui/panels.hpp"
#include "ui/widget_locator.hpp"

#include <imgui.h>

#include <algorithm>

namespace est::ui {
namespace {

void section(const char* title) {
    ImGui::Spacing();
    ImGui::TextUnformatted(title);
    ImGui::Separator();
}

std::string workloadName(const model::Scenario& s, int i) {
    const model::Workload& w = s.workloads[static_cast<std::size_t>(i)];
    return w.name.empty() ? w.id : w.name;
}

} // namespace

void WavesPanel::draw(PanelContext& ctx) {
    app::AppState& state = ctx.state;
    const model::Scenario& s = state.scenario;
    heading("Migration waves");
    ImGui::TextWrapped("%zu workloads, %zu dependencies. Planning keeps each application and its hard dependencies in one move group, "
                       "moves what a workload needs no later than the workload, puts non-production first and fills small pilot waves "
                       "before full ones.",
                       s.workloads.size(), s.dependencies.size());
    if (!ctx.presenter) {
        if (ImGui::Button("Plan waves")) {
            model::WavePlan planned;
            if (app::planWaves(state, &planned).ok) {
                plan = std::move(planned);
                planRevision = state.revision;
                selectedGroup = -1;
            }
        }
        locateLastItem("waves.plan");
        ImGui::SameLine();
        bool fundingAware = s.plan.wavePlanning.fundingAware;
        if (ImGui::Checkbox("Most eligible spend first", &fundingAware))
            state.edit("Funding-aware wave order", app::EditScope::Settings, [&](model::Scenario& x) { x.plan.wavePlanning.fundingAware = fundingAware; });
        ImGui::SameLine();
        ImGui::TextDisabled("Drop a dependency export (Azure Migrate, ADS, MPA workbook, ServiceNow, source,target CSV) to add dependencies.");
    }
    if (!state.hasResult()) {
        drawInvalid(ctx);
        return;
    }

    // Timeline of the scenario's waves (what the estimate uses, so undo shows here at once).
    const std::vector<io::WaveSummary> waves = io::summarizeWaves(s, state.result);
    section("Timeline");
    std::vector<charts::GanttBar> bars;
    static const unsigned int kColours[] = {IM_COL32(76, 114, 176, 255), IM_COL32(221, 132, 82, 255), IM_COL32(85, 168, 104, 255),
                                            IM_COL32(196, 78, 82, 255), IM_COL32(129, 114, 179, 255)};
    for (std::size_t w = 0; w < waves.size(); ++w) {
        const int dual = w < s.plan.waves.size() ? s.plan.waves[w].dualRunningMonths : 0;
        charts::GanttBar b;
        b.label = waves[w].name;
        b.start = waves[w].startMonth;
        b.goLive = waves[w].goLiveMonth;
        b.end = waves[w].goLiveMonth + dual;
        b.colour = kColours[w % 5];
        b.tooltip = waves[w].name + ": " + std::to_string(waves[w].servers) + " servers, " + std::to_string(waves[w].vcpu) + " vCPU, " +
                    number(waves[w].storageGb, ctx.format) + " GB\nstarts " + monthLabel(s.settings, b.start) + ", goes live " +
                    monthLabel(s.settings, b.goLive) + ", dual running until " + monthLabel(s.settings, b.end) + "\nAWS " +
                    money(waves[w].awsMonthlyUsd, ctx.format) + " a month";
        bars.push_back(std::move(b));
    }
    charts::gantt("waves.timeline", bars, state.result.months, [&](int m) { return monthLabel(s.settings, m); });
    locateLastItem("waves.timeline");

    const bool planCurrent = planRevision == state.revision && !plan.waves.empty();
    if (!planCurrent) {
        ImGui::TextDisabled("Press Plan waves to see move groups, capacity use and warnings for this scenario.");
        return;
    }
    if (plan.comparison.computed)
        ImGui::TextWrapped("Most eligible spend first earns %s more MAP credits than the dependency-only order (%s against %s); NPV %s.",
                           money(plan.comparison.creditsGainUsd(), ctx.format).c_str(),
                           money(plan.comparison.creditsFundingAwareUsd, ctx.format).c_str(),
                           money(plan.comparison.creditsDependencyOnlyUsd, ctx.format).c_str(),
                           money(plan.comparison.npvGainUsd(), ctx.format).c_str());

    section("Capacity use");
    if (ImGui::BeginTable("waves.capacity", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Wave");
        ImGui::TableSetupColumn("Servers");
        ImGui::TableSetupColumn("vCPU");
        ImGui::TableSetupColumn("Storage");
        ImGui::TableHeadersRow();
        for (const model::PlannedWave& w : plan.waves) {
            auto use = [](double used, double cap, const std::string& text) {
                ImGui::ProgressBar(cap > 0.0 ? static_cast<float>(std::min(used / cap, 1.0)) : 0.0f, ImVec2(-1.0f, 0.0f), text.c_str());
            };
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(w.name.c_str());
            ImGui::TableNextColumn();
            use(w.servers, w.capacityServers, std::to_string(w.servers) + " / " + std::to_string(w.capacityServers));
            ImGui::TableNextColumn();
            use(w.vcpu, w.capacityVcpu, std::to_string(w.vcpu) + " / " + std::to_string(w.capacityVcpu));
            ImGui::TableNextColumn();
            use(w.storageGb, w.capacityStorageGb, number(w.storageGb, ctx.format) + " / " + number(w.capacityStorageGb, ctx.format) + " GB");
        }
        ImGui::EndTable();
    }

    section("Move groups");
    ImGui::BeginChild("waves.groups", ImVec2(0.0f, ImGui::GetFontSize() * 12.0f), true);
    for (std::size_t g = 0; g < plan.groups.size() && g < 2000; ++g) {
        const model::MoveGroup& grp = plan.groups[g];
        const std::string label = "Wave " + std::to_string(grp.wave) + "  " + grp.name + "  (" + std::to_string(grp.servers) + " servers" +
                                  (grp.locked ? ", locked" : "") + (grp.oversize ? ", over capacity" : "") + ")##g" + std::to_string(g);
        if (ImGui::Selectable(label.c_str(), selectedGroup == static_cast<int>(g))) selectedGroup = static_cast<int>(g);
    }
    ImGui::EndChild();
    if (selectedGroup >= 0 && static_cast<std::size_t>(selectedGroup) < plan.groups.size()) {
        // The dependency graph of one group, in words: its members, what it needs and what needs it.
        const model::MoveGroup& grp = plan.groups[static_cast<std::size_t>(selectedGroup)];
        std::string members;
        for (std::size_t k = 0; k < grp.workloads.size() && k < 30; ++k) members += (k ? ", " : "") + workloadName(s, grp.workloads[k]);
        if (grp.workloads.size() > 30) members += " and " + std::to_string(grp.workloads.size() - 30) + " more";
        ImGui::TextWrapped("%s moves together: %s.", grp.name.c_str(), members.c_str());
        for (int p : grp.dependsOn)
            ImGui::BulletText("needs %s (wave %d) to move in the same wave or earlier", plan.groups[static_cast<std::size_t>(p)].name.c_str(),
                              plan.groups[static_cast<std::size_t>(p)].wave);
        for (std::size_t h = 0; h < plan.groups.size(); ++h)
            if (std::find(plan.groups[h].dependsOn.begin(), plan.groups[h].dependsOn.end(), selectedGroup) != plan.groups[h].dependsOn.end())
                ImGui::BulletText("is needed by %s (wave %d)", plan.groups[h].name.c_str(), plan.groups[h].wave);
    }

    if (!plan.warnings.empty()) {
        section("Conflicts and warnings");
        for (const std::string& w : plan.warnings) ImGui::BulletText("%s", w.c_str());
    }
}

} // namespace est::ui
