// ui/aws_prices_section.cpp - the AWS prices block of the Assumptions panel: the target region by name, the
// sizer's settings, and the date and source of every price table the estimate uses.
#include "model/aws_pricing.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace est::ui {
namespace {
// The regions the picker offers: every region the catalogue knows, loaded or not.
std::vector<model::RegionRef> pickerRegions(const model::PriceCatalogue& c) {
    if (!c.available.empty()) return c.available;
    std::vector<model::RegionRef> out;
    for (const model::RegionPrices& r : c.regions) out.push_back({r.code, r.name, ""});
    return out;
}

void regionPicker(app::AppState& state, const model::PriceCatalogue& catalogue) {
    const std::string& code = state.scenario.aws.region;
    const std::string preview = catalogue.regionName(code) + " (" + code + ")";
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Target region");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18.0f);
    const bool open = ImGui::BeginCombo("##region", preview.c_str());
    locateLastItem("assumptions.region");
    if (!open) return;
    for (const model::RegionRef& r : pickerRegions(catalogue)) {
        const bool loaded = catalogue.region(r.code) != nullptr;
        const std::string label =
            (r.name.empty() ? r.code : r.name) + " (" + r.code + ")" + (loaded ? "" : " - prices not loaded");
        if (ImGui::Selectable(label.c_str(), r.code == code) && r.code != code) {
            const std::string chosen = r.code;
            state.edit("Set AWS region to " + chosen, app::EditScope::Settings,
                       [chosen](model::Scenario& s) { s.aws.region = chosen; });
        }
        locateLastItem("assumptions.region." + r.code);
    }
    ImGui::EndCombo();
}

// Where a region's file sits in the project ("assets/prices/eu-west-1.json"); the catalogue names it relative.
std::string shippedPath(const std::string& file) {
    return (file.find('/') == std::string::npos ? "assets/prices/" : "assets/") + file;
}

// Says plainly when the chosen region cannot be priced, instead of showing another region's figures.
void regionAvailability(const app::AppState& state, const model::PriceCatalogue& catalogue, const std::string& code) {
    if (catalogue.region(code) != nullptr) return;
    std::string file;
    for (const model::RegionRef& r : catalogue.available)
        if (r.code == code) file = r.file;
    const auto fetch = state.regionPricesFetch.find(code);
    if (fetch != state.regionPricesFetch.end() && fetch->second.empty()) {
        ImGui::TextWrapped("Loading the price tables for %s from this site...", catalogue.regionName(code).c_str());
        locateLastItem("assumptions.region.loading");
        return;
    }
    const std::string why = fetch != state.regionPricesFetch.end()
                                ? " (they could not be loaded from this site: " + fetch->second + ")"
                                : "";
    const std::string text =
        "This app carries no price tables for " + catalogue.regionName(code) + why +
        ", so nothing can be priced there" +
        (file.empty() ? std::string(".") : "; its tables are the catalogue file " + shippedPath(file) + ".") +
        " Drop that file on the page to use it, or pick a region whose prices are loaded (Ctrl+Z undoes the change).";
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colourFail()));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
    locateLastItem("assumptions.region.notLoaded");
}

// One undoable checkbox over a boolean sizing setting.
void settingCheckbox(app::AppState& state, const char* label, bool model::AwsTarget::*field, const char* help) {
    bool value = state.scenario.aws.*field;
    if (ImGui::Checkbox(label, &value))
        state.edit(std::string(value ? "Allow: " : "Disallow: ") + label, app::EditScope::Settings,
                   [field, value](model::Scenario& s) { s.aws.*field = value; });
    ImGui::SameLine();
    helpMarker(help);
}

void sizingSettings(app::AppState& state) {
    settingCheckbox(
        state, "Graviton (Arm) for Linux", &model::AwsTarget::allowGraviton,
        "Lets the sizer pick Graviton types for Linux workloads and open-source RDS engines. Off by default: "
        "moving to Arm needs the software rebuilt and tested.");
    ImGui::SameLine();
    settingCheckbox(state, "Burstable types", &model::AwsTarget::allowBurstable,
                    "t3 / t3a / t4g only when the measured p95 CPU need stays under the type's baseline.");
    settingCheckbox(state, "MPA fallback peaks for unknown utilisation", &model::AwsTarget::mpaFallbackPeaks,
                    "Without measured utilisation, size at CPU 24 % and memory 59 % of provisioned (AWS Migration "
                    "Portfolio Assessment fallback) instead of like-for-like.");
    ImGui::SameLine();
    settingCheckbox(
        state, "RDS Multi-AZ for production", &model::AwsTarget::rdsMultiAzForProduction,
        "Production databases moved to RDS that run a standby today are priced Multi-AZ (two instances and twice the "
        "storage); a workload's own Multi-AZ choice wins.");
}

// The date and source of each price table the estimate uses.
void priceTables(const std::vector<model::PriceTableUse>& tables) {
    if (!ImGui::BeginTable("priceTables", 4,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("Price table", 0, 1.6f);
    ImGui::TableSetupColumn("Workloads", 0, 0.6f);
    ImGui::TableSetupColumn("As of", 0, 1.0f);
    ImGui::TableSetupColumn("Source", 0, 4.0f);
    ImGui::TableHeadersRow();
    int row = 0;
    for (const model::PriceTableUse& t : tables) {
        ImGui::TableNextRow();
        ImGui::PushID(row);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(t.name.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", t.workloads);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(t.provenance.asOf.c_str());
        // The date is in the name so a browser test can read what the canvas shows.
        if (row == 0) locateLastItem("assumptions.prices.asOf." + t.provenance.asOf);
        if (t.provenance.olderTable) {
            ImGui::SameLine();
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colourFail()), "older table");
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip(
                    "A newer table of this kind exists, but not for this region: these are the newest prices it has.");
        }
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", t.provenance.source.c_str());
        if (!t.provenance.derivation.empty()) ImGui::TextDisabled("Derived: %s", t.provenance.derivation.c_str());
        ImGui::PopID();
        ++row;
    }
    ImGui::EndTable();
}

// The tables in use, folded: a dozen tables with their sources would push the assumptions below off the panel.
void tablesInUse(const std::vector<model::PriceTableUse>& tables) {
    if (tables.empty()) {
        ImGui::TextDisabled("No price table prices this estimate.");
        return;
    }
    const bool open =
        ImGui::TreeNode("priceTablesNode", "Price tables this estimate uses (%d)", static_cast<int>(tables.size()));
    locateLastItem("assumptions.prices.tables");
    if (!open) return;
    priceTables(tables);
    ImGui::TreePop();
}
} // namespace

void AwsPricesSection::draw(PanelContext& ctx) {
    app::AppState& state = ctx.state;
    if (!ImGui::CollapsingHeader("AWS prices and sizing", ImGuiTreeNodeFlags_DefaultOpen)) return;
    locateLastItem("assumptions.prices");
    const model::PriceCatalogue* catalogue = state.scenario.aws.catalogue.get();
    if (catalogue == nullptr) {
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colourFail()), "No price catalogue is loaded.");
        return;
    }
    regionPicker(state, *catalogue);
    regionAvailability(state, *catalogue, state.scenario.aws.region);
    if (state.scenario.aws.regionMultiplier != 1.0)
        ImGui::TextWrapped(
            "An explicit region multiplier of %.3g from an older scenario file applies to every AWS price.",
            state.scenario.aws.regionMultiplier);
    sizingSettings(state);
    if (!state.hasResult()) {
        ImGui::TextDisabled("The price tables in use show once the scenario has a valid estimate.");
    } else {
        if (m_tablesRevision != state.resultRevision) {
            m_tables = model::priceTablesInUse(state.scenario, state.result);
            m_tablesRevision = state.resultRevision;
        }
        tablesInUse(m_tables);
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Catalogue generated %s. %s", catalogue->generated.c_str(), catalogue->disclaimer.c_str());
    ImGui::PopStyleColor();
    if (!catalogue->excluded.empty() && ImGui::IsItemHovered())
        ImGui::SetTooltip("Left out: %s", catalogue->excluded.c_str());
    ImGui::Separator();
}

} // namespace est::ui
