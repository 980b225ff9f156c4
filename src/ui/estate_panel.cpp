// ui/estate_panel.cpp - the estate table over ImGuiListClipper: only visible rows are drawn, so 100,000 scroll.
#include "ui/estate_panel.hpp"
#include "ui/theme.hpp"

#include "model/assumptions.hpp"
#include "model/aws_pricing.hpp"
#include "model/format.hpp"
#include "model/stable_sort.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include "model/workload_trace.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>

namespace est::ui {
namespace {
enum Column {
    ColName,
    ColApp,
    ColEnv,
    ColOs,
    ColVcpu,
    ColRam,
    ColStorage,
    ColToday,
    ColAws,
    ColInstance,
    ColDisposition,
    ColWave,
    ColTagged,
    ColCount
};

// The disposition names as the C strings ImGui wants, by disposition (kDispositionCount of them):
// dispositionName's views are of string literals, so each is NUL-terminated.
const char* const* dispositionLabels() {
    static const std::array<const char*, model::kDispositionCount> labels = [] {
        std::array<const char*, model::kDispositionCount> names{};
        for (int d = 0; d < model::kDispositionCount; ++d)
            names[static_cast<std::size_t>(d)] = model::dispositionName(static_cast<model::Disposition>(d)).data();
        return names;
    }();
    return labels.data();
}
} // namespace

void EstatePanel::rebuild(const app::AppState& state) {
    const auto& workloads = state.scenario.workloads;
    const bool haveResult = state.hasResult() && state.result.workloads.size() == workloads.size();
    std::vector<int> rows;
    rows.reserve(workloads.size());
    const std::string needle = filter;
    for (int i = 0; i < static_cast<int>(workloads.size()); ++i) {
        const model::Workload& w = workloads[static_cast<std::size_t>(i)];
        if (!needle.empty() && !model::containsIgnoreCase(w.name, needle) && !model::containsIgnoreCase(w.id, needle) &&
            !model::containsIgnoreCase(w.application, needle) && !model::containsIgnoreCase(w.os, needle))
            continue;
        if (dispositionFilter >= 0 && haveResult &&
            static_cast<int>(state.result.workloads[static_cast<std::size_t>(i)].effective) != dispositionFilter)
            continue;
        rows.push_back(i);
    }
    auto effective = [&](int i) {
        return haveResult ? static_cast<int>(state.result.workloads[static_cast<std::size_t>(i)].effective) : -1;
    };
    auto less = [&](int a, int b) {
        const model::Workload& x = workloads[static_cast<std::size_t>(a)];
        const model::Workload& y = workloads[static_cast<std::size_t>(b)];
        switch (m_sortColumn) {
        case ColApp:
            return x.application < y.application;
        case ColEnv:
            return x.environment < y.environment;
        case ColOs:
            return x.os < y.os;
        case ColVcpu:
            return x.vcpu < y.vcpu;
        case ColRam:
            return x.ramGb < y.ramGb;
        case ColStorage:
            return x.storageGb < y.storageGb;
        case ColToday:
            return haveResult && state.result.workloads[static_cast<std::size_t>(a)].todayMonthlyUsd <
                                     state.result.workloads[static_cast<std::size_t>(b)].todayMonthlyUsd;
        case ColAws:
            return haveResult && state.result.workloads[static_cast<std::size_t>(a)].targetMonthlyUsd <
                                     state.result.workloads[static_cast<std::size_t>(b)].targetMonthlyUsd;
        case ColDisposition:
            return effective(a) < effective(b);
        case ColWave:
            return x.wave < y.wave;
        case ColTagged:
            return x.mapTagged < y.mapTagged;
        default:
            return x.name < y.name;
        }
    };
    model::stableSort(rows, [&](int a, int b) { return m_sortAscending ? less(a, b) : less(b, a); });
    m_rows.clear();
    m_groups.clear();
    m_groupCounts.clear();
    if (groupByApplication) {
        // Groups in name order; rows keep the chosen sort inside their group.
        std::map<std::string, std::vector<int>> byApp;
        for (int i : rows) byApp[workloads[static_cast<std::size_t>(i)].application].push_back(i);
        for (auto& [app, members] : byApp) {
            m_groups.push_back(app);
            m_groupCounts.push_back(static_cast<int>(members.size()));
            m_rows.push_back(-static_cast<int>(m_groups.size()));
            if (!collapsedApps.count(app)) m_rows.insert(m_rows.end(), members.begin(), members.end());
        }
    } else {
        m_rows = std::move(rows);
    }
    m_shownCount = static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](int r) { return r >= 0; }));
    m_builtRevision = state.revision;
    m_builtFilter = filter;
    m_builtDisposition = dispositionFilter;
    m_builtGrouped = groupByApplication;
    m_builtCollapsed = collapsedApps.size();
    m_sortDirty = false;
}

EstatePanel::RowText& EstatePanel::rowText(const app::AppState& state, std::size_t workload, const NumberFormat& f) {
    // Kept while the result and the format stay; rows scrolled past stay too, up to a bound, so scrolling back is free.
    constexpr std::size_t kKeptRows = 4096;
    if (m_rowTextRevision != state.resultRevision || m_rowTextFormat != f || m_rowText.size() > kKeptRows) {
        m_rowText.clear();
        m_rowTextRevision = state.resultRevision;
        m_rowTextFormat = f;
    }
    auto [it, added] = m_rowText.try_emplace(workload);
    RowText& text = it->second;
    if (added) {
        const model::WorkloadResult& wr = state.result.workloads[workload];
        text.today = money(wr.todayMonthlyUsd, f);
        text.todayPlain = moneyPlain(wr.todayMonthlyUsd, f);
        text.aws = money(wr.targetMonthlyUsd, f);
        text.awsPlain = moneyPlain(wr.targetMonthlyUsd, f);
        text.instanceType = model::instanceTypeName(state.scenario, wr);
        if (!text.instanceType.empty()) {
            char rate[32];
            std::snprintf(rate, sizeof rate, " $%.4g", wr.instanceUsdPerHour);
            text.instance =
                text.instanceType + (wr.instanceCount > 1 ? " x" + std::to_string(wr.instanceCount) : "") + rate;
        }
    }
    return text;
}

// The sized instance and its on-demand list rate (USD, as the catalogue publishes it); the sizing trace on
// hover; a warning marker when nothing fits or the OS / engine has no price in the region.
void EstatePanel::drawInstanceCell(const app::AppState& state, std::size_t workload, RowText& text, bool firstRow) {
    const model::WorkloadResult& wr = state.result.workloads[workload];
    if (wr.sizingWarning != model::SizingWarning::None) {
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colourFail()), "(!)");
        if (ImGui::IsItemHovered()) {
            if (!text.sizingWarning) text.sizingWarning = model::sizingWarningText(state.scenario, wr);
            ImGui::SetTooltip("%s", text.sizingWarning->c_str());
        }
        if (firstRow) locateLastItem("estate.row0.sizingWarning");
        ImGui::SameLine();
    }
    if (text.instanceType.empty()) {
        ImGui::TextDisabled("-");
        return;
    }
    ImGui::TextUnformatted(text.instance.c_str());
    // The type is in the name so a browser test can read what the canvas shows.
    if (firstRow) locateLastItem("estate.row0.instance." + text.instanceType);
    if (ImGui::IsItemHovered()) {
        if (!text.sizingTrace) text.sizingTrace = model::sizingTrace(state.scenario, wr, workload);
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
        ImGui::TextUnformatted(text.sizingTrace->c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void EstatePanel::draw(PanelContext& ctx) {
    app::AppState& state = ctx.state;
    const auto& workloads = state.scenario.workloads;
    if (selected.size() != workloads.size()) {
        selected.assign(workloads.size(), 0);
        selectedCount = 0;
        lastClicked = -1;
    }
    const bool haveResult = state.hasResult() && state.result.workloads.size() == workloads.size();

    // Tool bar: filter, grouping, import, bulk edits.
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
    ImGui::InputTextWithHint("##filter", "Filter by name, application, OS", filter, sizeof filter);
    locateLastItem("estate.filter");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
    const char* preview = dispositionFilter < 0 ? "All dispositions" : dispositionLabels()[dispositionFilter];
    if (ImGui::BeginCombo("##dispfilter", preview)) {
        if (ImGui::Selectable("All dispositions", dispositionFilter < 0)) dispositionFilter = -1;
        for (int d = 0; d < model::kDispositionCount; ++d)
            if (ImGui::Selectable(dispositionLabels()[d], dispositionFilter == d)) dispositionFilter = d;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::Checkbox("Group by application", &groupByApplication);
    ImGui::SameLine();
    if (ImGui::Button("Import inventory...")) ctx.requests.importInventory = true;
    locateLastItem("estate.import");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("RVTools vInfo, AWS Migration Hub import, Azure Migrate or any CSV / xlsx.\n"
                          "You can also drop the file anywhere on the page.");
    ImGui::Text("%d workloads, %d shown, %d selected", static_cast<int>(workloads.size()), m_shownCount, selectedCount);
    locateLastItem("estate.count");
    if (selectedCount > 0) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
        ImGui::Combo("##bulkdisp", &bulkDisposition, dispositionLabels(), model::kDispositionCount);
        ImGui::SameLine();
        if (ImGui::Button("Set disposition")) {
            const auto d = static_cast<model::Disposition>(bulkDisposition);
            state.edit("Set disposition of " + std::to_string(selectedCount) + " workloads", app::EditScope::Workloads,
                       [&](model::Scenario& s) {
                           for (std::size_t i = 0; i < s.workloads.size(); ++i)
                               if (selected[i]) s.workloads[i].disposition = d;
                       });
        }
        locateLastItem("estate.bulk.disposition");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
        ImGui::InputInt("##bulkwave", &bulkWave, 0);
        if (bulkWave < 1) bulkWave = 1;
        ImGui::SameLine();
        if (ImGui::Button("Set wave")) {
            state.edit("Set wave of " + std::to_string(selectedCount) + " workloads", app::EditScope::Workloads,
                       [&](model::Scenario& s) {
                           for (std::size_t i = 0; i < s.workloads.size(); ++i)
                               if (selected[i]) s.workloads[i].wave = bulkWave;
                       });
        }
        ImGui::SameLine();
        for (bool tag : {true, false}) {
            if (ImGui::Button(tag ? "Tag" : "Untag")) {
                state.edit(std::string(tag ? "Tag " : "Untag ") + std::to_string(selectedCount) + " workloads",
                           app::EditScope::Workloads, [&](model::Scenario& s) {
                               for (std::size_t i = 0; i < s.workloads.size(); ++i)
                                   if (selected[i]) s.workloads[i].mapTagged = tag;
                           });
            }
            ImGui::SameLine();
        }
        if (ImGui::Button("Clear selection")) {
            std::fill(selected.begin(), selected.end(), 0);
            selectedCount = 0;
        }
    }

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_Hideable;
    if (!ImGui::BeginTable("estate", ColCount, flags, ImVec2(0, 0))) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_NoHide, em * 10.0f,
                            ColName);
    ImGui::TableSetupColumn("Application", 0, em * 8.0f, ColApp);
    ImGui::TableSetupColumn("Env", 0, em * 3.5f, ColEnv);
    ImGui::TableSetupColumn("OS", 0, em * 8.0f, ColOs);
    ImGui::TableSetupColumn("vCPU", ImGuiTableColumnFlags_PreferSortDescending, em * 3.6f, ColVcpu);
    ImGui::TableSetupColumn("RAM GB", ImGuiTableColumnFlags_PreferSortDescending, em * 4.8f, ColRam);
    ImGui::TableSetupColumn("Disk GB", ImGuiTableColumnFlags_PreferSortDescending, em * 4.5f, ColStorage);
    ImGui::TableSetupColumn("Today / mo", ImGuiTableColumnFlags_PreferSortDescending, em * 6.0f, ColToday);
    ImGui::TableSetupColumn("AWS / mo", ImGuiTableColumnFlags_PreferSortDescending, em * 6.0f, ColAws);
    ImGui::TableSetupColumn("Instance, $/h", ImGuiTableColumnFlags_NoSort, em * 11.5f, ColInstance);
    ImGui::TableSetupColumn("Disposition", 0, em * 8.0f, ColDisposition);
    ImGui::TableSetupColumn("Wave", 0, em * 4.5f, ColWave);
    ImGui::TableSetupColumn("Tagged", 0, em * 3.5f, ColTagged);
    tableHeaders(1u << ColVcpu | 1u << ColRam | 1u << ColStorage | 1u << ColToday | 1u << ColAws);

    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
        if (specs->SpecsDirty && specs->SpecsCount > 0) {
            m_sortColumn = static_cast<int>(specs->Specs[0].ColumnUserID);
            m_sortAscending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
            m_sortDirty = true;
            specs->SpecsDirty = false;
        }
    }
    if (m_sortDirty || m_builtRevision != state.revision || m_builtFilter != filter ||
        m_builtDisposition != dispositionFilter || m_builtGrouped != groupByApplication ||
        m_builtCollapsed != collapsedApps.size())
        rebuild(state);

    int clickedRow = -1;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_rows.size()));
    float rowHeight = 0.0f;
    while (clipper.Step()) {
        if (clipper.ItemsHeight > 0.0f) rowHeight = clipper.ItemsHeight;
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const int entry = m_rows[static_cast<std::size_t>(row)];
            ImGui::TableNextRow();
            ImGui::PushID(row);
            if (entry < 0) {
                // Application group header: collapse toggle and select-all of its members.
                const std::string& app = m_groups[static_cast<std::size_t>(-entry - 1)];
                ImGui::TableSetColumnIndex(ColName);
                const bool collapsed = collapsedApps.count(app) > 0;
                if (ImGui::SmallButton(collapsed ? "+" : "-")) {
                    if (collapsed)
                        collapsedApps.erase(app);
                    else
                        collapsedApps.insert(app);
                }
                ImGui::SameLine();
                ImGui::Text("%s (%d)", app.empty() ? "(no application)" : app.c_str(),
                            m_groupCounts[static_cast<std::size_t>(-entry - 1)]);
                ImGui::TableSetColumnIndex(ColApp);
                if (ImGui::SmallButton("select group")) {
                    for (std::size_t i = 0; i < workloads.size(); ++i)
                        if (workloads[i].application == app && !selected[i]) {
                            selected[i] = 1;
                            ++selectedCount;
                        }
                }
                ImGui::PopID();
                continue;
            }
            const auto i = static_cast<std::size_t>(entry);
            const model::Workload& w = workloads[i];
            ImGui::TableSetColumnIndex(ColName);
            if (ImGui::Selectable(w.name.empty() ? w.id.c_str() : w.name.c_str(), selected[i] != 0,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
                clickedRow = row;
            if (row == 0) locateLastItem("estate.row0");
            ImGui::TableSetColumnIndex(ColApp);
            ImGui::TextUnformatted(w.application.c_str());
            ImGui::TableSetColumnIndex(ColEnv);
            ImGui::TextUnformatted(w.environment == model::Environment::Production ? "prod" : "non-prod");
            ImGui::TableSetColumnIndex(ColOs);
            ImGui::TextUnformatted(w.os.c_str());
            // Quantities right-aligned like the money beside them.
            ImGui::TableSetColumnIndex(ColVcpu);
            rightAlignedText(number(w.vcpu, ctx.format));
            ImGui::TableSetColumnIndex(ColRam);
            rightAlignedText(number(w.ramGb, ctx.format));
            ImGui::TableSetColumnIndex(ColStorage);
            rightAlignedText(number(w.storageGb, ctx.format));
            if (haveResult) {
                RowText& text = rowText(state, i, ctx.format);
                // One click from the workload's cost trace (host share, storage, licence lines today and after),
                // made on that click rather than for every visible row on every frame.
                const auto costTrace = [&]() -> const model::Trace& {
                    return m_costTrace.get(i, state.resultRevision,
                                           [&] { return model::workloadCostTrace(state.scenario, state.result, i); });
                };
                ImGui::TableSetColumnIndex(ColToday);
                rightAlignNext(ImGui::CalcTextSize(text.today.c_str()).x);
                traceValueOnDemand("copy-today", text.today, text.todayPlain, costTrace, ctx.format,
                                   row == 0 ? "estate.row0.today" : nullptr);
                ImGui::TableSetColumnIndex(ColAws);
                rightAlignNext(ImGui::CalcTextSize(text.aws.c_str()).x);
                traceValueOnDemand("copy-aws", text.aws, text.awsPlain, costTrace, ctx.format);
                ImGui::TableSetColumnIndex(ColInstance);
                drawInstanceCell(state, i, text, row == 0);
            }
            ImGui::TableSetColumnIndex(ColDisposition);
            int current = haveResult ? static_cast<int>(state.result.workloads[i].effective)
                                     : (w.disposition ? static_cast<int>(*w.disposition) : -1);
            ImGui::SetNextItemWidth(-1);
            const bool open = ImGui::BeginCombo("##disp", current >= 0 ? dispositionLabels()[current] : "-");
            if (row == 0) locateLastItem("estate.row0.disposition");
            if (open) {
                for (int d = 0; d < model::kDispositionCount; ++d) {
                    if (ImGui::Selectable(dispositionLabels()[d], d == current) && d != current) {
                        const auto chosen = static_cast<model::Disposition>(d);
                        state.edit("Set disposition of " + w.name, app::EditScope::Workloads,
                                   [i, chosen](model::Scenario& s) { s.workloads[i].disposition = chosen; });
                    }
                    if (row == 0) locateLastItem(std::string("estate.row0.disposition.") + dispositionLabels()[d]);
                }
                ImGui::EndCombo();
            }
            ImGui::TableSetColumnIndex(ColWave);
            int wave = w.wave;
            ImGui::SetNextItemWidth(-1);
            if (ImGui::InputInt("##wave", &wave, 0) && wave >= 1) {
                state.edit(
                    "Set wave of " + w.name, app::EditScope::Workloads,
                    [i, wave](model::Scenario& s) { s.workloads[i].wave = wave; }, "wave:" + w.id);
            }
            if (ImGui::IsItemDeactivatedAfterEdit()) state.endGesture();
            ImGui::TableSetColumnIndex(ColTagged);
            bool tagged = w.mapTagged;
            if (ImGui::Checkbox("##tag", &tagged))
                state.edit(std::string(tagged ? "Tag " : "Untag ") + w.name, app::EditScope::Workloads,
                           [i, tagged](model::Scenario& s) { s.workloads[i].mapTagged = tagged; });
            ImGui::PopID();
        }
    }
    // Rows scroll under the frozen header, so the scroll offset over the row height is the top row's position.
    firstVisibleRow = rowHeight > 0.0f ? static_cast<int>(ImGui::GetScrollY() / rowHeight) : 0;
    ImGui::EndTable();

    if (clickedRow >= 0) {
        const ImGuiIO& io = ImGui::GetIO();
        const auto index = static_cast<std::size_t>(m_rows[static_cast<std::size_t>(clickedRow)]);
        if (io.KeyShift && lastClicked >= 0) {
            const int lo = std::min(lastClicked, clickedRow), hi = std::max(lastClicked, clickedRow);
            for (int r = lo; r <= hi && r < static_cast<int>(m_rows.size()); ++r) {
                const int e = m_rows[static_cast<std::size_t>(r)];
                if (e >= 0 && !selected[static_cast<std::size_t>(e)]) {
                    selected[static_cast<std::size_t>(e)] = 1;
                    ++selectedCount;
                }
            }
        } else if (io.KeyCtrl) {
            selected[index] = !selected[index];
            selectedCount += selected[index] ? 1 : -1;
        } else {
            std::fill(selected.begin(), selected.end(), 0);
            selected[index] = 1;
            selectedCount = 1;
        }
        lastClicked = clickedRow;
    }
}

} // namespace est::ui
