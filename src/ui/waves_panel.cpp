// ui/waves_panel.cpp - the migration waves: re-plan, a timeline of waves, capacity use, move groups with their
// dependencies on demand, and the planner's warnings in words.
#include "app/wave_planning.hpp"
#include "io/wave_plan_out.hpp"
#include "ui/charts.hpp"
#include "ui/panels.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <set>

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

// The scenario's dependencies `edges` (with an end in one move group), each with its kind to change (hard: same
// move group; soft: moves no later; shared service: neither). The change is an app command; the planner re-groups
// on Plan waves.
void drawGroupEdges(app::AppState& state, const std::vector<std::size_t>& edges) {
    const model::Scenario& s = state.scenario;
    if (edges.empty()) return;
    constexpr std::size_t kShown = 60;
    ImGui::TextWrapped(
        "Its dependencies (%zu). Hard keeps both ends in one move group, soft moves the one needed no later, a shared "
        "service neither groups nor orders.",
        edges.size());
    if (!ImGui::BeginTable("waves.edges", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("Needs");
    ImGui::TableSetupColumn("Port");
    ImGui::TableSetupColumn("Kind");
    ImGui::TableHeadersRow();
    static constexpr std::pair<model::DependencyKind, const char*> kKinds[] = {
        {model::DependencyKind::Hard, "hard"},
        {model::DependencyKind::Soft, "soft"},
        {model::DependencyKind::Infrastructure, "shared service"}};
    for (std::size_t k = 0; k < edges.size() && k < kShown; ++k) {
        const std::size_t i = edges[k];
        if (i >= s.dependencies.size()) break;
        const model::Dependency& d = s.dependencies[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%s needs %s", d.source.c_str(), d.target.c_str());
        ImGui::TableNextColumn();
        if (d.port > 0) ImGui::Text("%d", d.port);
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(i));
        std::optional<model::DependencyKind> chosen;
        for (const auto& [kind, name] : kKinds) {
            if (kind != model::DependencyKind::Hard) ImGui::SameLine();
            if (ImGui::RadioButton(name, d.kind == kind) && d.kind != kind) chosen = kind;
            locateLastItem("waves.edge." + std::to_string(i) + "." +
                           (kind == model::DependencyKind::Infrastructure ? "shared" : name));
        }
        ImGui::PopID();
        if (chosen) {
            app::setDependencyKind(state, i, *chosen);
            break; // the rest of the list is drawn next frame, from the changed scenario
        }
    }
    ImGui::EndTable();
    if (edges.size() > kShown) ImGui::TextDisabled("... and %zu more", edges.size() - kShown);
}

// "Wave 2  Billing  (12 servers, locked)" for each group of `order`.
std::vector<std::string> moveGroupLabels(const model::WavePlan& plan, const std::vector<int>& order) {
    std::vector<std::string> labels;
    for (int g : order) {
        const model::MoveGroup& grp = plan.groups[static_cast<std::size_t>(g)];
        labels.push_back("Wave " + std::to_string(grp.wave) + "  " + grp.name + "  (" + std::to_string(grp.servers) +
                         " servers" + (grp.locked ? ", locked" : "") +
                         (grp.oversize ? ", larger than a full wave" : "") + ")##g" + std::to_string(g));
    }
    return labels;
}

// A notice wrapped to the panel's width, not a line running off its right edge.
void wrappedBullet(const std::string& text) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", text.c_str());
}

} // namespace

void WavesPanel::draw(PanelContext& ctx) {
    app::AppState& state = ctx.state;
    const model::Scenario& s = state.scenario;
    heading("Plan: the migration waves");
    ImGui::TextWrapped(
        "%zu workloads, %zu dependencies. Planning keeps each application and its hard dependencies in one move group, "
        "moves what a workload needs no later than the workload, puts non-production first and fills small pilot waves "
        "before full ones.",
        s.workloads.size(), s.dependencies.size());
    if (ImGui::Button("Plan waves")) {
        model::WavePlan planned;
        if (app::planWaves(state, &planned).ok) {
            plan = std::move(planned);
            planRevision = state.revision;
            selectedGroup = -1;
            m_groupOrder = app::groupsInWaveOrder(plan);
            m_groupLabels = moveGroupLabels(plan, m_groupOrder);
            m_details = {};
        }
    }
    locateLastItem("waves.plan");
    ImGui::SameLine();
    bool fundingAware = s.plan.wavePlanning.fundingAware;
    if (ImGui::Checkbox("Most eligible spend first", &fundingAware))
        state.edit("Funding-aware wave order", app::EditScope::Settings,
                   [&](model::Scenario& x) { x.plan.wavePlanning.fundingAware = fundingAware; });
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "On by default, used when MAP applies: among the orders the dependencies allow, the move groups with the "
            "most MAP-eligible monthly AWS spend go first.");
    if (fundingAware && state.hasResult() && state.result.eligibility.verdict == model::Verdict::NotEligible) {
        ImGui::SameLine();
        ImGui::TextDisabled("(MAP does not apply: dependency order only)");
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped("Drop a dependency export (Azure Migrate, ADS, MPA workbook, ServiceNow, source,target CSV) to "
                       "add dependencies.");
    ImGui::PopStyleColor();
    if (!state.hasResult()) {
        drawInvalid(ctx);
        return;
    }

    // Timeline of the scenario's waves (what the estimate uses, so undo shows here at once).
    section("Timeline");
    // The plan made here, while it is the scenario's, marks the waves over their capacity.
    std::vector<charts::GanttBar> bars = m_timeline.bars(state, ctx.format);
    if (planRevision == state.revision) markOverCapacity(bars, plan);
    charts::gantt(
        "waves.timeline", bars, state.result.months, [&](int m) { return monthLabel(s.settings, m); },
        planTimelineView(state, bars, 0.0f));
    locateLastItem("waves.timeline");

    // A plan stays on show after later edits (marking edges one after another) while it still fits the estate.
    if (plan.waves.empty() || plan.workloadWave.size() != s.workloads.size()) {
        ImGui::TextDisabled("Press Plan waves to see move groups, capacity use and warnings for this scenario.");
        return;
    }
    if (planRevision != state.revision)
        ImGui::TextWrapped("The scenario changed since this plan was made: press Plan waves to plan again (a "
                           "dependency marked hard or "
                           "soft re-groups then).");
    if (plan.comparison.computed)
        ImGui::TextWrapped(
            "Most eligible spend first changes total MAP funding by %s against the dependency-only order (%s against "
            "%s; credits %s); NPV %s.",
            money(plan.comparison.fundingGainUsd(), ctx.format).c_str(),
            money(plan.comparison.fundingFundingAwareUsd, ctx.format).c_str(),
            money(plan.comparison.fundingDependencyOnlyUsd, ctx.format).c_str(),
            money(plan.comparison.creditsGainUsd(), ctx.format).c_str(),
            money(plan.comparison.npvGainUsd(), ctx.format).c_str());

    section("Capacity use");
    if (ImGui::BeginTable("waves.capacity", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Wave");
        ImGui::TableSetupColumn("Servers");
        ImGui::TableSetupColumn("vCPU");
        ImGui::TableSetupColumn("Storage");
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < plan.waves.size(); ++i) {
            const model::PlannedWave& w = plan.waves[i];
            const app::WaveLoad load = app::waveLoad(static_cast<int>(i) + 1, w.servers, w.vcpu, w.storageGb,
                                                     {w.capacityServers, w.capacityVcpu, w.capacityStorageGb});
            // Over capacity in the warning colour, the binding limit's bar saying how many times over.
            auto use = [&](double used, double cap, const std::string& text, const char* limit) {
                const bool over = cap > 0.0 && used > cap;
                if (over) ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImGui::ColorConvertU32ToFloat4(colourFail()));
                const std::string shown =
                    over && load.limit == limit ? text + ": " + load.text.substr(0, load.text.find(" (")) : text;
                ImGui::ProgressBar(cap > 0.0 ? static_cast<float>(std::min(used / cap, 1.0)) : 0.0f,
                                   ImVec2(-1.0f, 0.0f), shown.c_str());
                if (over) ImGui::PopStyleColor();
                if (over && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", load.text.c_str());
            };
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(i == 0 ? (w.name + " (pilot)").c_str() : w.name.c_str());
            ImGui::TableNextColumn();
            use(w.servers, w.capacityServers, std::to_string(w.servers) + " / " + std::to_string(w.capacityServers),
                "servers");
            if (load.over) locateLastItem("waves.capacity.over" + std::to_string(i));
            ImGui::TableNextColumn();
            use(w.vcpu, w.capacityVcpu, std::to_string(w.vcpu) + " / " + std::to_string(w.capacityVcpu), "vCPU");
            ImGui::TableNextColumn();
            use(w.storageGb, w.capacityStorageGb,
                number(w.storageGb, ctx.format) + " / " + number(w.capacityStorageGb, ctx.format) + " GB", "storage");
        }
        ImGui::EndTable();
    }

    section("Move groups");
    drawMoveGroups();
    drawGroupDetails(state);

    if (!plan.warnings.empty()) {
        section("Conflicts and warnings");
        for (const std::string& w : plan.warnings) wrappedBullet(w);
    }
}

void WavesPanel::drawMoveGroups() {
    // A plan set from outside this panel has no labels yet.
    if (m_groupLabels.size() != std::min<std::size_t>(plan.groups.size(), 2000)) {
        m_groupOrder = app::groupsInWaveOrder(plan);
        m_groupLabels = moveGroupLabels(plan, m_groupOrder);
    }
    ImGui::BeginChild("waves.groups", ImVec2(0.0f, ImGui::GetFontSize() * 12.0f), true);
    // Only the rows in view are drawn: a large estate plans thousands of groups.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_groupLabels.size()));
    while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const int g = m_groupOrder[static_cast<std::size_t>(row)];
            if (ImGui::Selectable(m_groupLabels[static_cast<std::size_t>(row)].c_str(), selectedGroup == g))
                selectedGroup = g;
            locateLastItem("waves.group." + plan.groups[static_cast<std::size_t>(g)].name);
            if (row < 3) locateLastItem("waves.groupRow" + std::to_string(row)); // the first rows, for the order's test
        }
    ImGui::EndChild();
}

void WavesPanel::drawGroupDetails(app::AppState& state) {
    if (selectedGroup < 0 || static_cast<std::size_t>(selectedGroup) >= plan.groups.size()) return;
    const model::Scenario& s = state.scenario;
    const model::MoveGroup& grp = plan.groups[static_cast<std::size_t>(selectedGroup)];
    if (m_details.group != selectedGroup || m_details.revision != state.revision) {
        // The dependency graph of one group, in words: its members, what it needs and what needs it.
        m_details = {};
        m_details.group = selectedGroup;
        m_details.revision = state.revision;
        for (std::size_t k = 0; k < grp.workloads.size() && k < 30; ++k)
            m_details.members += (k ? ", " : "") + workloadName(s, grp.workloads[k]);
        if (grp.workloads.size() > 30)
            m_details.members += " and " + std::to_string(grp.workloads.size() - 30) + " more";
        for (std::size_t h = 0; h < plan.groups.size(); ++h)
            if (std::find(plan.groups[h].dependsOn.begin(), plan.groups[h].dependsOn.end(), selectedGroup) !=
                plan.groups[h].dependsOn.end())
                m_details.neededBy.push_back(static_cast<int>(h));
        std::set<std::string> members;
        for (int w : grp.workloads)
            if (w >= 0 && static_cast<std::size_t>(w) < s.workloads.size())
                members.insert(s.workloads[static_cast<std::size_t>(w)].id);
        for (std::size_t i = 0; i < s.dependencies.size(); ++i)
            if (members.count(s.dependencies[i].source) || members.count(s.dependencies[i].target))
                m_details.edges.push_back(i);
    }
    ImGui::TextWrapped("%s moves together: %s.", grp.name.c_str(), m_details.members.c_str());
    for (int p : grp.dependsOn)
        ImGui::BulletText("needs %s (wave %d) to move in the same wave or earlier",
                          plan.groups[static_cast<std::size_t>(p)].name.c_str(),
                          plan.groups[static_cast<std::size_t>(p)].wave);
    for (int h : m_details.neededBy)
        ImGui::BulletText("is needed by %s (wave %d)", plan.groups[static_cast<std::size_t>(h)].name.c_str(),
                          plan.groups[static_cast<std::size_t>(h)].wave);
    drawGroupEdges(state, m_details.edges);
}

} // namespace est::ui
