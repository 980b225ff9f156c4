// ui/snapshots_panel.cpp - save named snapshots; show inputs changed, outputs moved and the biggest mover's trace.
#include "app/snapshots.hpp"
#include "model/assumptions.hpp"
#include "ui/lever_format.hpp"
#include "ui/panels.hpp"
#include "ui/trace_view.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <cmath>

namespace est::ui {
namespace {
constexpr const char* kCurrent = "Current scenario";

// A titled separator (ImGui 1.86 has no SeparatorText).
void section(const std::string& title) {
    ImGui::Spacing();
    ImGui::TextUnformatted(title.c_str());
    ImGui::Separator();
}

// A figure in display form: money through the display format, the rest as the engine wrote it.
std::string figureText(const model::FigureMove& m, double value, const std::string& engineText, const NumberFormat& f) {
    return m.money ? money(value, f) : engineText;
}

std::string deltaText(const model::FigureMove& m, const NumberFormat& f) {
    if (m.money) return (m.delta > 0.0 ? "+" : "") + money(m.delta, f);
    if (m.unit == "%") return (m.delta > 0.0 ? "+" : "") + number(m.delta * 100.0, f, 1) + " points";
    if (m.unit == "month") {
        if (!std::isfinite(m.delta)) return m.delta > 0.0 ? "later than the horizon" : "now within the horizon";
        return (m.delta > 0.0 ? "+" : "") + number(m.delta, f, 0) + " months";
    }
    return m.delta > 0.0 ? "up" : "down";
}

bool snapshotCombo(const char* id, std::string& selected, const app::SnapshotStore& store, bool allowCurrent) {
    bool changed = false;
    const char* shown = selected.empty() ? (allowCurrent ? kCurrent : "(choose)") : selected.c_str();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    if (ImGui::BeginCombo(id, shown)) {
        if (allowCurrent && ImGui::Selectable(kCurrent, selected.empty())) {
            selected.clear();
            changed = true;
        }
        for (const app::NamedSnapshot& s : store.list())
            if (ImGui::Selectable(s.name.c_str(), s.name == selected)) {
                selected = s.name;
                changed = true;
            }
        ImGui::EndCombo();
    }
    return changed;
}
} // namespace

void SnapshotsPanel::draw(PanelContext& ctx) {
    app::AppState& state = ctx.state;
    app::SnapshotStore& store = state.snapshots;
    const NumberFormat& f = ctx.format;
    heading("Snapshots");
    ImGui::TextWrapped("Save the scenario under a name, change it, and see what moved. Snapshots are kept by the "
                       "autosave and saved in the scenario file (Ctrl+S); undo does not remove them.");

    // Save.
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
    const bool enter =
        ImGui::InputTextWithHint("##name", "Snapshot name", name, sizeof name, ImGuiInputTextFlags_EnterReturnsTrue);
    locateLastItem("snapshots.name");
    ImGui::SameLine();
    const bool canSave = state.hasResult();
    if (!canSave) ImGui::BeginDisabled();
    if ((ImGui::Button("Save snapshot") || enter) && canSave) {
        const std::string saved = store.save(name, state.scenario, state.result);
        name[0] = '\0';
        if (before.empty()) before = saved;
        state.notify(app::Notice::Level::Info, "Saved snapshot \"" + saved + "\"");
    }
    locateLastItem("snapshots.save");
    if (!canSave) ImGui::EndDisabled();

    if (store.empty()) {
        ImGui::TextDisabled("No snapshots yet.");
        return;
    }
    // The list with the headline figures of each snapshot.
    std::string removeName;
    if (ImGui::BeginTable("list", 5,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Snapshot", 0, 2.0f);
        ImGui::TableSetupColumn("AWS spend / year");
        ImGui::TableSetupColumn("Total funding");
        ImGui::TableSetupColumn("NPV");
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 4.0f);
        tableHeaders(1u << 1 | 1u << 2 | 1u << 3);
        for (const app::NamedSnapshot& s : store.list()) {
            ImGui::PushID(static_cast<int>(s.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(s.name.c_str());
            ImGui::TableNextColumn();
            moneyCell("arr", money(s.result.projectedArrUsd, f), moneyPlain(s.result.projectedArrUsd, f));
            ImGui::TableNextColumn();
            moneyCell("fund", money(s.result.funding.totalUsd, f), moneyPlain(s.result.funding.totalUsd, f));
            ImGui::TableNextColumn();
            moneyCell("npv", money(s.result.tco.npvUsd, f), moneyPlain(s.result.tco.npvUsd, f));
            ImGui::TableNextColumn();
            if (ImGui::SmallButton("Delete")) removeName = s.name;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (!removeName.empty()) {
        store.remove(removeName);
        if (before == removeName) before.clear();
        if (after == removeName) after.clear();
    }
    if (store.empty()) return;
    if (before.empty() || !store.find(before)) before = store.list().front().name;
    if (!after.empty() && !store.find(after)) after.clear();

    // Compare.
    ImGui::Spacing();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Compare");
    ImGui::SameLine();
    snapshotCombo("##before", before, store, false);
    locateLastItem("snapshots.before");
    ImGui::SameLine();
    ImGui::TextUnformatted("with");
    ImGui::SameLine();
    snapshotCombo("##after", after, store, true);
    locateLastItem("snapshots.after");
    if (after.empty() && !state.hasResult()) {
        ImGui::TextDisabled("The current scenario has no result yet.");
        return;
    }
    const app::SnapshotComparison* c = store.compare(before, after, state.scenario, state.result, state.revision);
    if (!c) return;
    if (!c->outputs.comparable) {
        ImGui::TextDisabled("One side cannot be estimated: nothing to compare.");
        return;
    }

    section("Inputs changed");
    if (c->inputs.empty()) ImGui::TextDisabled("None: the two are the same scenario.");
    if (!c->inputs.assumptions.empty() || !c->inputs.fields.empty()) {
        if (ImGui::BeginTable("inputs", 3,
                              ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("Input", 0, 2.0f);
            ImGui::TableSetupColumn("Before");
            ImGui::TableSetupColumn("After");
            ImGui::TableHeadersRow();
            for (const model::AssumptionChange& a : c->inputs.assumptions) {
                const model::Assumption* entry = model::findAssumption(a.key);
                const model::AssumptionUnit unit = entry ? entry->unit : model::AssumptionUnit::Factor;
                const bool integer = entry && entry->integer;
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(a.label.c_str());
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.key.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(unitValueText(unit, integer, a.before, f).c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(unitValueText(unit, integer, a.after, f).c_str());
            }
            for (const model::FieldChange& fc : c->inputs.fields) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(fc.field.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(fc.before.empty() ? "-" : fc.before.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(fc.after.empty() ? "-" : fc.after.c_str());
            }
            ImGui::EndTable();
        }
    }
    const auto& in = c->inputs;
    if (!in.workloadsAdded.empty() || !in.workloadsRemoved.empty() || !in.workloadsChanged.empty()) {
        ImGui::Text("Workloads: %d added, %d removed, %d changed", static_cast<int>(in.workloadsAdded.size()),
                    static_cast<int>(in.workloadsRemoved.size()), static_cast<int>(in.workloadsChanged.size()));
        if (ImGui::TreeNode("Workload changes")) {
            constexpr std::size_t kShown = 50; // the first few say enough; the rest are counted above
            for (std::size_t i = 0; i < in.workloadsAdded.size() && i < kShown; ++i)
                ImGui::BulletText("added %s", in.workloadsAdded[i].c_str());
            for (std::size_t i = 0; i < in.workloadsRemoved.size() && i < kShown; ++i)
                ImGui::BulletText("removed %s", in.workloadsRemoved[i].c_str());
            for (std::size_t i = 0; i < in.workloadsChanged.size() && i < kShown; ++i) {
                std::string line = in.workloadsChanged[i].id + ":";
                for (const model::FieldChange& fc : in.workloadsChanged[i].fields)
                    line += " " + fc.field + " " + fc.before + " -> " + fc.after + ";";
                ImGui::BulletText("%s", line.c_str());
            }
            ImGui::TreePop();
        }
    }

    section("Outputs moved");
    if (c->outputs.moved.empty())
        ImGui::TextDisabled("No headline figure moved.");
    else if (ImGui::BeginTable("outputs", 4,
                               ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                   ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Figure", 0, 2.0f);
        ImGui::TableSetupColumn("Before");
        ImGui::TableSetupColumn("After");
        ImGui::TableSetupColumn("Change");
        ImGui::TableHeadersRow();
        int row = 0;
        for (const model::FigureMove& m : c->outputs.moved) {
            ImGui::PushID(row++);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(m.label.c_str());
            ImGui::TableNextColumn();
            if (m.hasTrace)
                traceValue("b", figureText(m, m.before, m.beforeText, f), "", m.traceBefore, f);
            else
                ImGui::TextUnformatted(figureText(m, m.before, m.beforeText, f).c_str());
            ImGui::TableNextColumn();
            if (m.hasTrace)
                traceValue("a", figureText(m, m.after, m.afterText, f), "", m.traceAfter, f);
            else
                ImGui::TextUnformatted(figureText(m, m.after, m.afterText, f).c_str());
            ImGui::TableNextColumn();
            const std::string d = deltaText(m, f);
            copyableText("d", d, m.money ? moneyPlain(m.delta, f) : "");
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    locateLastItem("snapshots.outputs");

    // The biggest mover with an engine trace, before and after side by side.
    const model::FigureMove* traced = nullptr;
    for (const model::FigureMove& m : c->outputs.moved)
        if (m.hasTrace) {
            traced = &m;
            break;
        }
    if (!traced) return;
    section(("Why " + traced->label + " moved").c_str());
    if (ImGui::BeginTable("why", 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("Before (%s)", before.c_str());
        ImGui::PushID("before");
        drawTraceBody(traced->traceBefore, f, "snapshots.why.before");
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("After (%s)", after.empty() ? kCurrent : after.c_str());
        ImGui::PushID("after");
        drawTraceBody(traced->traceAfter, f, "snapshots.why.after");
        ImGui::PopID();
        ImGui::EndTable();
    }
}

} // namespace est::ui
