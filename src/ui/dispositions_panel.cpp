// ui/dispositions_panel.cpp - 7-Rs counts and cost effect, proposals that differ from the choice, accept actions.
#include "model/assumptions.hpp"
#include "model/recommender.hpp"
#include "ui/glossary.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace est::ui {

void DispositionsPanel::draw(PanelContext& ctx) {
    app::AppState& state = ctx.state;
    heading("Dispositions (7 Rs)");
    if (drawInvalid(ctx) || drawNoEstate(ctx)) return;
    const model::Result& r = state.result;
    const NumberFormat& f = ctx.format;
    if (ImGui::BeginTable("by-disposition", 6,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Disposition");
        ImGui::TableSetupColumn("Chosen");
        ImGui::TableSetupColumn("Proposed");
        ImGui::TableSetupColumn("Today / mo");
        ImGui::TableSetupColumn("After / mo");
        ImGui::TableSetupColumn("One-time");
        tableHeaders(1u << 3 | 1u << 4 | 1u << 5);
        for (int d = 0; d < model::kDispositionCount; ++d) {
            const model::DispositionTotals& t = r.tco.byDisposition[static_cast<std::size_t>(d)];
            ImGui::TableNextRow();
            ImGui::PushID(d);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(std::string(model::dispositionName(static_cast<model::Disposition>(d))).c_str());
            defineLastItem(model::dispositionName(static_cast<model::Disposition>(d)));
            ImGui::TableNextColumn();
            ImGui::Text("%d", state.derived.dispositionCounts[d]);
            if (d == static_cast<int>(model::Disposition::Rehost)) locateLastItem("dispositions.rehost.count");
            ImGui::TableNextColumn();
            ImGui::Text("%d", state.derived.recommendedCounts[d]);
            ImGui::TableNextColumn();
            moneyCell("c1", money(t.todayMonthlyUsd, f), moneyPlain(t.todayMonthlyUsd, f));
            ImGui::TableNextColumn();
            moneyCell("c2", money(t.targetMonthlyUsd, f), moneyPlain(t.targetMonthlyUsd, f));
            ImGui::TableNextColumn();
            moneyCell("c3", money(t.oneTimeUsd, f), moneyPlain(t.oneTimeUsd, f));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    // The database choice shown as a choice: RDS (the estimate's) against EC2 with the customer's own licences.
    if (const model::DatabaseAlternatives& alt = r.databaseAlternatives; alt.workloads > 0)
        ImGui::TextWrapped(
            "%d SQL Server / Oracle databases on RDS: %s a month; on EC2 with your own licences %s a month "
            "(%s %s a month%s).",
            alt.workloads, moneyPlain(alt.rdsMonthlyUsd, f).c_str(), moneyPlain(alt.ec2ByolMonthlyUsd, f).c_str(),
            alt.savingMonthlyUsd >= 0.0 ? "choosing EC2 saves" : "EC2 costs",
            moneyPlain(alt.savingMonthlyUsd >= 0.0 ? alt.savingMonthlyUsd : -alt.savingMonthlyUsd, f).c_str(),
            alt.savingMonthlyUsd >= 0.0 ? "" : " more");
    const auto& workloads = state.scenario.workloads;
    if (checked.size() != workloads.size()) checked.assign(workloads.size(), 0);
    ImGui::Text("%d workloads differ from the recommender's proposal.", state.derived.differsFromRecommendation);
    if (state.derived.differsFromRecommendation > 0) {
        ImGui::SameLine();
        if (ImGui::Button("Accept all proposals")) {
            state.edit("Accept all proposed dispositions", app::EditScope::Workloads, [&r](model::Scenario& s) {
                for (std::size_t i = 0; i < s.workloads.size() && i < r.workloads.size(); ++i)
                    s.workloads[i].disposition = r.workloads[i].recommended;
            });
        }
        ImGui::SameLine();
        if (ImGui::Button("Accept ticked")) {
            state.edit("Accept ticked proposals", app::EditScope::Workloads, [&](model::Scenario& s) {
                for (std::size_t i = 0; i < s.workloads.size() && i < r.workloads.size(); ++i)
                    if (checked[i]) s.workloads[i].disposition = r.workloads[i].recommended;
            });
            std::fill(checked.begin(), checked.end(), 0);
        }
    }
    if (r.workloads.size() != workloads.size()) return;
    ImGui::Checkbox("Only workloads whose choice differs from the proposal", &onlyDiffering);
    if (m_listedRevision != state.resultRevision || m_listedOnlyDiffering != onlyDiffering) {
        if (m_listedRevision != state.resultRevision) m_reasons.clear();
        m_listed.clear();
        for (std::size_t i = 0; i < r.workloads.size(); ++i)
            if (!onlyDiffering || r.workloads[i].effective != r.workloads[i].recommended)
                m_listed.push_back(static_cast<int>(i));
        m_listedRevision = state.resultRevision;
        m_listedOnlyDiffering = onlyDiffering;
    }
    if (ImGui::BeginTable("differs", 5,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersOuter |
                              ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 1.8f);
        ImGui::TableSetupColumn("Workload");
        ImGui::TableSetupColumn("Chosen");
        ImGui::TableSetupColumn("Proposed");
        ImGui::TableSetupColumn("Why", 0, 3.0f);
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(m_listed.size()));
        while (clipper.Step())
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                const auto i = static_cast<std::size_t>(m_listed[static_cast<std::size_t>(row)]);
                const model::WorkloadResult& wr = r.workloads[i];
                ImGui::TableNextRow();
                ImGui::PushID(static_cast<int>(i));
                ImGui::TableNextColumn();
                bool tick = checked[i] != 0;
                if (ImGui::Checkbox("##tick", &tick)) checked[i] = tick ? 1 : 0;
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(workloads[i].name.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(std::string(model::dispositionName(wr.effective)).c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(std::string(model::dispositionName(wr.recommended)).c_str());
                ImGui::TableNextColumn();
                auto [reason, added] = m_reasons.try_emplace(i);
                if (added) reason->second = model::recommendationText(state.scenario, wr, i);
                ImGui::TextWrapped("%s", reason->second.c_str());
                ImGui::PopID();
            }
        ImGui::EndTable();
    }
}

} // namespace est::ui
