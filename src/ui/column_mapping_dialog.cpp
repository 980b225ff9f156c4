// ui/column_mapping_dialog.cpp - column-mapping modal: a header combo per field, units, live preview, import/cancel.
#include "ui/column_mapping_dialog.hpp"

#include "app/documents.hpp"
#include "io/enum_names.hpp"
#include "ui/widget_locator.hpp"

#include <imgui.h>

#include <cstdio>
#include <string>

namespace est::ui {
namespace {
constexpr const char* kPopupId = "Map the columns of your file";
constexpr const char* kNotMapped = "(not mapped)";

// One combo of the file's headers (plus "not mapped") for a workload field; returns the chosen column when changed.
bool headerCombo(const app::PendingImport& pending, const io::MappingField& field, int& chosen) {
    const int current = pending.columnOf(field.key);
    const std::string preview = current < 0 ? kNotMapped : pending.header[static_cast<std::size_t>(current)];
    const std::string name = std::string("mapping.field.") + field.key;
    ImGui::SetNextItemWidth(-1.0f);
    const bool open = ImGui::BeginCombo(("##" + name).c_str(), preview.c_str());
    locateLastItem(name);
    if (!open) return false;
    bool changed = false;
    if (ImGui::Selectable(kNotMapped, current < 0)) {
        chosen = -1;
        changed = true;
    }
    locateLastItem("mapping.option.none");
    for (std::size_t i = 0; i < pending.header.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string label =
            pending.header[i].empty() ? "(column " + std::to_string(i + 1) + ")" : pending.header[i];
        if (ImGui::Selectable(label.c_str(), current == static_cast<int>(i))) {
            chosen = static_cast<int>(i);
            changed = true;
        }
        locateLastItem("mapping.option." + std::to_string(i));
        ImGui::PopID();
    }
    ImGui::EndCombo();
    return changed;
}

bool unitCombo(const char* label, const char* locatorName, io::SizeUnit& unit) {
    static constexpr io::SizeUnit kUnits[] = {io::SizeUnit::Kib, io::SizeUnit::Mib, io::SizeUnit::Gib,
                                              io::SizeUnit::Tib};
    ImGui::TextUnformatted(label);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
    const bool open = ImGui::BeginCombo((std::string("##") + locatorName).c_str(), io::sizeUnitKey(unit));
    locateLastItem(locatorName);
    if (!open) return false;
    bool changed = false;
    for (io::SizeUnit u : kUnits) {
        if (ImGui::Selectable(io::sizeUnitKey(u), u == unit)) {
            changed = u != unit;
            unit = u;
        }
        locateLastItem(std::string(locatorName) + "." + io::sizeUnitKey(u));
    }
    ImGui::EndCombo();
    return changed;
}

void previewTable(const app::PendingImport& pending) {
    const auto& rows = pending.preview().workloads;
    constexpr int kColumns = 9;
    const ImGuiTableFlags flags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    const float height =
        ImGui::GetTextLineHeightWithSpacing() * (static_cast<float>(app::PendingImport::kPreviewRows) + 1.5f);
    if (!ImGui::BeginTable("mapping.preview", kColumns, flags, ImVec2(0.0f, height))) return;
    for (const char* h : {"Line", "Id", "Name", "Application", "Env", "OS", "vCPU", "RAM GB", "Storage GB"})
        ImGui::TableSetupColumn(h);
    ImGui::TableHeadersRow();
    char number[32];
    for (std::size_t r = 0; r < rows.size() && r < app::PendingImport::kPreviewRows; ++r) {
        const model::Workload& w = rows[r].workload;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%d", rows[r].line);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(w.id.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(w.name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(w.application.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(std::string(io::toName(w.environment)).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(w.os.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", w.vcpu);
        ImGui::TableNextColumn();
        std::snprintf(number, sizeof number, "%.2f", w.ramGb);
        ImGui::TextUnformatted(number);
        ImGui::TableNextColumn();
        std::snprintf(number, sizeof number, "%.1f", w.storageGb);
        ImGui::TextUnformatted(number);
    }
    ImGui::EndTable();
    locateLastItem("mapping.preview");
}
} // namespace

bool ColumnMappingDialog::draw(app::AppState& state) {
    if (!pending) return false;
    if (!ImGui::IsPopupOpen(kPopupId)) ImGui::OpenPopup(kPopupId);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x * 0.85f, viewport->Size.y * 0.85f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kPopupId, nullptr, ImGuiWindowFlags_NoSavedSettings)) return true;
    app::PendingImport& p = *pending;
    // The body scrolls; the reasons Import is disabled and the buttons stay in view below it.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float footer =
        ImGui::GetFrameHeightWithSpacing() + ImGui::GetTextLineHeightWithSpacing() * 2.0f + style.ItemSpacing.y * 2.0f;
    ImGui::BeginChild("mapping.body", ImVec2(0.0f, -footer));
    ImGui::Text("%s is not a format the estimator knows (RVTools, AWS discovery, Azure Migrate).", p.fileName.c_str());
    locateLastItem("mapping.title");
    ImGui::TextWrapped("Choose which column of the file holds each workload field. %s",
                       p.fromSavedMapping ? "This layout was seen before: its saved mapping is filled in."
                                          : "The choices below are guessed from the column names.");

    // The fields, two per row: label | header combo.
    const auto& fields = io::mappingFields();
    if (ImGui::BeginTable("mapping.fields", 4, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("f1", ImGuiTableColumnFlags_WidthStretch, 0.8f);
        ImGui::TableSetupColumn("c1", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("f2", ImGuiTableColumnFlags_WidthStretch, 0.8f);
        ImGui::TableSetupColumn("c2", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        for (const io::MappingField& field : fields) {
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            const bool required = std::string_view(field.key) == "name" || std::string_view(field.key) == "id";
            ImGui::Text("%s%s", field.label, required ? " *" : "");
            ImGui::TableNextColumn();
            ImGui::PushID(field.key);
            int chosen = -1;
            if (headerCombo(p, field, chosen)) p.mapField(field.key, chosen);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::TextDisabled("* Name or Id is required: the other is taken from it.");

    // Units of the mapped numbers.
    io::ColumnMapping m = p.mapping();
    bool unitsChanged = unitCombo("RAM in", "mapping.unit.ram", m.ramUnit);
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
    unitsChanged |= unitCombo("Storage in", "mapping.unit.storage", m.storageUnit);
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
    ImGui::TextUnformatted("Utilisation as");
    ImGui::SameLine();
    int utilMode = m.utilAsFraction ? 1 : 0;
    if (ImGui::RadioButton("percent (0..100)", &utilMode, 0)) unitsChanged = true;
    locateLastItem("mapping.util.percent");
    ImGui::SameLine();
    if (ImGui::RadioButton("fraction (0..1)", &utilMode, 1)) unitsChanged = true;
    locateLastItem("mapping.util.fraction");
    m.utilAsFraction = utilMode == 1;
    if (unitsChanged) p.setMapping(m);

    ImGui::Separator();
    ImGui::Text("Preview of the first rows as they would import (%zu of %zu rows would import):", p.importableRows(),
                p.fileRows());
    locateLastItem("mapping.count");
    previewTable(p);

    const std::vector<std::string> problems = p.problemLines();
    if (!problems.empty()) {
        ImGui::TextUnformatted("Rows that would be skipped:");
        for (const std::string& line : problems) ImGui::BulletText("%s", line.c_str());
        locateLastItem("mapping.problems");
    }
    ImGui::EndChild();

    ImGui::Separator();
    const std::vector<std::string> blockers = p.blockers();
    if (blockers.empty()) {
        ImGui::Text("%zu of %zu rows will import; workloads with an id already in the estate are updated.",
                    p.importableRows(), p.fileRows());
    }
    for (const std::string& b : blockers) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.45f, 0.40f, 1.0f));
        ImGui::TextUnformatted(b.c_str());
        ImGui::PopStyleColor();
        locateLastItem("mapping.blocker");
    }
    const bool canImport = blockers.empty();
    bool close = false;
    ImGui::BeginDisabled(!canImport);
    const std::string importLabel = "Import " + std::to_string(p.importableRows()) + " workloads";
    if (ImGui::Button(importLabel.c_str())) {
        app::commitPendingImport(state, p);
        close = true;
    }
    ImGui::EndDisabled();
    locateLastItem("mapping.import");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        state.notify(app::Notice::Level::Info, p.fileName + " was not imported (cancelled).");
        close = true;
    }
    locateLastItem("mapping.cancel");
    if (close) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        pending.reset();
        return false;
    }
    ImGui::EndPopup();
    return true;
}

} // namespace est::ui
