// ui/funding_panel.cpp - the MAP funding ladder, quarterly credits and the money left on the table.
#include "io/explanations.hpp"
#include "model/funding_program.hpp"
#include "model/trace_eval.hpp"
#include "ui/charts.hpp"
#include "ui/glossary.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/trace_view.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace est::ui {

// Which resource to tag, with which key and value, by when: credits count only spend after the tag.
void FundingPanel::drawTaggingPlan(PanelContext& ctx) {
    const app::AppState& state = ctx.state;
    if (taggingPlanRevision != state.resultRevision) {
        taggingPlan = model::taggingPlan(state.scenario, state.result);
        taggingPlanRevision = state.resultRevision;
    }
    const std::string title =
        "Tagging plan: " + std::to_string(taggingPlan.size()) + " MAP-eligible workloads, most expensive first";
    const bool open = ImGui::TreeNode("tagging", "%s", title.c_str());
    locateLastItem("funding.tagging");
    if (!open) return;
    ImGui::TextWrapped(
        "Tag each resource when it is created on AWS, no later than the month shown: spend before the tag "
        "never earns credits. File > Export > Advanced > MAP tagging plan (CSV) writes this table.");
    const NumberFormat& f = ctx.format;
    const model::Settings& settings = state.scenario.settings;
    const float rows = static_cast<float>(std::min<std::size_t>(taggingPlan.size(), 12) + 1);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_BordersInnerV;
    if (ImGui::BeginTable("funding.tagging.table", 6, flags, ImVec2(0.0f, ImGui::GetFrameHeightWithSpacing() * rows))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Resource");
        ImGui::TableSetupColumn("Wave");
        ImGui::TableSetupColumn("Goes live");
        ImGui::TableSetupColumn("Tag by");
        ImGui::TableSetupColumn("Tag");
        ImGui::TableSetupColumn("Eligible spend a month");
        tableHeaders(1u << 5);
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(taggingPlan.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const model::TaggingPlanRow& row = taggingPlan[static_cast<std::size_t>(i)];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(row.name.empty() ? row.id.c_str() : row.name.c_str());
                if (i == 0) locateLastItem("funding.tagging.row0");
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(row.waveName.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(row.afterHorizon ? "after the horizon"
                                                        : monthLabel(settings, row.goLiveMonth).c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(monthLabel(settings, row.tagByMonth).c_str());
                ImGui::TableNextColumn();
                ImGui::Text("%s = %s", row.tagKey.c_str(), row.tagValue.c_str());
                defineLastItem("map-migrated");
                ImGui::TableNextColumn();
                moneyCell("amount", money(row.monthlyEligibleUsd, f), moneyPlain(row.monthlyEligibleUsd, f));
            }
        ImGui::EndTable();
    }
    ImGui::TreePop();
}

// Qualifying for nothing: the gap to MAP Lite and the routes that close it, in the quick size's and the overview's
// words, and the spend it is measured on. No $0 ladder, and no "money left on the table" for money never on offer.
void FundingPanel::drawNotEligible(PanelContext& ctx) {
    const app::AppState& state = ctx.state;
    const NumberFormat& f = ctx.format;
    const io::NotEligiblePath& path = state.summary.notEligible;
    notEligiblePath(path, "funding");
    ImGui::Spacing();
    termLabel("Your AWS spend per year (MAP funding is based on it):", "AWS spend per year");
    ImGui::SameLine();
    traceValue("arr", money(state.result.projectedArrUsd, f), moneyPlain(state.result.projectedArrUsd, f),
               state.result.traces.projectedArr, f, "funding.arr");
    if (path.gapBridge.empty()) return;
    charts::Axes axes;
    axes.yTitle = "AWS spend per year (" + f.symbol + ")";
    axes.yTick = moneyShortFormatter(f);
    axes.yExact = moneyFormatter(f);
    ImGui::Spacing();
    charts::bridge(
        "funding-gap", summaryBridgeBars(path.gapBridge), axes,
        std::clamp(ImGui::GetContentRegionAvail().y, ImGui::GetFontSize() * 10.0f, ImGui::GetFontSize() * 22.0f));
    locateLastItem("funding.gapChart");
}

void FundingPanel::draw(PanelContext& ctx) {
    const app::AppState& state = ctx.state;
    heading("Funding ladder");
    if (drawInvalid(ctx) || drawNoEstate(ctx)) return;
    const model::FundingLadder& l = state.result.funding;
    const NumberFormat& f = ctx.format;
    if (state.summary.notEligible.shown) {
        drawNotEligible(ctx);
        return;
    }
    const model::Settings settings = state.scenario.settings;
    // Under the program's mechanics Assess is a tier, not a share of ARR: say so rather than "0 % of".
    tileRow({{"assess", "1. Assess", money(l.assess.amountUsd, f), moneyPlain(l.assess.amountUsd, f),
              (l.assess.pct > 0.0 ? percent(l.assess.pct, f, 0) + " of " + moneyShort(l.assess.basisUsd, f)
                                  : std::string("tiered partner payment")) +
                  ", " + monthLabel(settings, l.assess.releaseMonth),
              "funding.assess", &state.result.traces.assess},
             {"mobilize", "2. Mobilize", money(l.mobilize.amountUsd, f), moneyPlain(l.mobilize.amountUsd, f),
              percent(l.mobilize.pct, f, 0) + " of " + moneyShort(l.mobilize.basisUsd, f) + ", " +
                  monthLabel(settings, l.mobilize.releaseMonth),
              "funding.mobilize", &state.result.traces.mobilize},
             {"credits", "3. Migrate & Modernize credits", money(l.creditsUsd, f), moneyPlain(l.creditsUsd, f),
              percent(l.creditPct, f, 0) + " of " + moneyShort(l.taggedSpendUsd, f) + " tagged spend",
              "funding.credits", &state.result.traces.credits},
             {"total", "Total within the horizon", money(l.totalUsd, f), moneyPlain(l.totalUsd, f),
              l.capApplied ? "cap of " + moneyShort(l.capUsd, f) + " applied"
                           : "cap " + moneyShort(l.capUsd, f) + " not reached",
              "funding.total", &state.result.traces.totalFunding}},
            f);
    // Both profiles, headline first; partner cash apart from customer credits.
    wrappedText("Funding " + fundingProfilesLine(state.result.fundingProfiles, f));
    locateLastItem("funding.profiles");
    // The articles word the published rules' credits as "incremental tagged spend growth": that reading beside it.
    if (const std::optional<double> growth = model::termValue(state.result.fundingProfiles.publishedRules.credits,
                                                              "credits on spend growth (other reading)"))
        ImGui::TextDisabled(
            "Published rules' credits on tagged spend growth only (the articles' wording): %s earned, against %s "
            "on the total tagged spend",
            money(*growth, f).c_str(),
            money(model::termValue(state.result.fundingProfiles.publishedRules.credits, "credits earned").value_or(0.0),
                  f)
                .c_str());
    ImGui::TextDisabled(
        "The assessment is costed at %s in the one-time cost (%s).", money(l.assessmentFeeUsd, f).c_str(),
        state.scenario.program.assessmentFeeUsd > 0.0 ? "the partner's fee"
                                                      : "no fee quoted: the Assess cash that pays for it");
    ImGui::TextDisabled(
        "Partner cash %s (Assess + Mobilize, paid to the partner, offsets its fees); customer credits %s "
        "(on the AWS bill)",
        money(l.partnerCashUsd, f).c_str(), money(l.customerCreditsUsd, f).c_str());
    for (const model::EligibilityReading& reading : state.result.eligibility.readings)
        ImGui::BulletText("Borderline reading: %s -> %s (%s)", reading.label.c_str(),
                          reading.eligible ? money(reading.fundingUsd, f).c_str() : "not eligible, $0",
                          reading.source.c_str());
    // Projected ARR is the base of the ladder: one click explains it too. A committed spend says so, beside the sizing.
    const bool committed = state.scenario.program.projectedArrOverrideUsd > 0.0;
    termLabel(committed ? "Your committed AWS spend per year (committed ARR; MAP funding is based on it):"
                        : "Your AWS spend per year (MAP funding is based on it):",
              "AWS spend per year");
    ImGui::SameLine();
    traceValue("arr", money(state.result.projectedArrUsd, f), moneyPlain(state.result.projectedArrUsd, f),
               state.result.traces.projectedArr, f, "funding.arr");
    ImGui::SameLine();
    ImGui::TextDisabled(committed ? "(committed, entered; the sizing gives %s a year)"
                                  : "(click any figure to see how it is computed)",
                        money(state.result.sizedArrUsd, f).c_str());
    // The funding readings that need a second look: a committed spend far from the sizing, funding above ~25 % of ARR.
    for (const char* id : io::kFundingWarningIds)
        if (const model::ResultWarning* warning = state.result.warning(id)) {
            ImGui::Bullet();
            wrappedText(io::warningText(*warning)); // as the workbook and appendix say it
            locateLastItem(std::string("funding.warning.").append(id).c_str());
        }
    if (ImGui::TreeNode("How each phase is computed")) {
        for (const model::Trace* t :
             {&state.result.traces.projectedArr, &state.result.traces.assess, &state.result.traces.mobilize,
              &state.result.traces.credits, &state.result.traces.totalFunding})
            if (!t->formula.empty()) ImGui::BulletText("%s", t->formula.c_str());
        // Credits by spend quarter, each one click from its formula (tagged spend, minimum, share, cap, lag).
        const std::vector<model::Trace>& quarterTraces = state.result.traces.creditQuarters;
        for (std::size_t i = 0; i < l.quarters.size() && i < quarterTraces.size(); ++i) {
            const model::QuarterCredit& q = l.quarters[i];
            if (q.earnedUsd <= 0.0 && q.receivedUsd <= 0.0) continue;
            ImGui::PushID(static_cast<int>(i));
            ImGui::Bullet();
            ImGui::Text("Credits on %s spend:", quarterLabel(settings, q.quarter).c_str());
            ImGui::SameLine();
            const std::string locator = "funding.quarter" + std::to_string(i);
            traceValue("q", money(q.receivedUsd, f), moneyPlain(q.receivedUsd, f), quarterTraces[i], f,
                       locator.c_str());
            ImGui::PopID();
        }
        ImGui::BulletText("Assess is released by: %s", l.assess.releasedBy.c_str());
        ImGui::BulletText("Mobilize is released by: %s", l.mobilize.releasedBy.c_str());
        ImGui::TreePop();
    }
    drawTaggingPlan(ctx);

    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    const float height = std::max(ImGui::GetFontSize() * 13.0f, ImGui::GetContentRegionAvail().y);
    ImGui::BeginChild("quarters", ImVec2(half * 1.2f, height), false);
    charts::Axes axes;
    axes.xTitle = "Quarter the funding arrives";
    axes.yTitle = "Funding received (" + f.symbol + ")";
    axes.xLabel = [settings](int q) { return quarterLabel(settings, q); };
    axes.yTick = moneyShortFormatter(f);
    axes.yExact = moneyFormatter(f);
    // Each phase its own hue, the same on the slides, the summary and the workbook (io/palette.hpp).
    std::vector<charts::Series> stacks = {{"Assess", {}, colourFundingPhase(FundingPhase::Assess), false},
                                          {"Mobilize", {}, colourFundingPhase(FundingPhase::Mobilize), false},
                                          {"MAP credits", {}, colourFundingPhase(FundingPhase::Credits), false},
                                          {"Training", {}, colourFundingPhase(FundingPhase::Training), false}};
    for (const model::PeriodFigures& q : state.result.quarterly) {
        stacks[0].values.push_back(q.fundingAssessUsd);
        stacks[1].values.push_back(q.fundingMobilizeUsd);
        stacks[2].values.push_back(q.fundingCreditsUsd);
        stacks[3].values.push_back(q.fundingTrainingUsd);
    }
    charts::stackedBars("funding-quarters", stacks, axes, height - ImGui::GetStyle().ItemSpacing.y);
    locateLastItem("funding.quarters");
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("left", ImVec2(0, height), true);
    ImGui::TextUnformatted("Money left on the table");
    const model::LeftOnTable& left = l.leftOnTable;
    traceValue("lot", money(left.totalUsd, f), moneyPlain(left.totalUsd, f), state.result.traces.leftOnTable, f,
               "funding.leftOnTable");
    // The reasons in the words of every screen and export (model::leftOnTableLines), in LeftOnTableReason order,
    // the order of traces.leftOnTableReasons; the one beyond the cap is not counted in the total.
    const std::vector<model::Trace>& reasonTraces = state.result.traces.leftOnTableReasons;
    const model::Trace noTrace;
    for (const model::LeftOnTableLine& reason : model::leftOnTableLines(l)) {
        const std::size_t i = static_cast<std::size_t>(reason.reason);
        ImGui::PushID(static_cast<int>(i));
        if (reason.counted) ImGui::Bullet();
        ImGui::TextUnformatted(reason.label.c_str());
        ImGui::SameLine();
        const std::string locator = "funding.leftOnTable.reason" + std::to_string(i);
        traceValue("v", money(reason.amountUsd, f), moneyPlain(reason.amountUsd, f),
                   i < reasonTraces.size() ? reasonTraces[i] : noTrace, f, locator.c_str());
        ImGui::Indent();
        ImGui::TextDisabled("%s", reason.fix.c_str());
        ImGui::Unindent();
        ImGui::PopID();
    }
    if (left.totalUsd <= 0.0) ImGui::TextDisabled("Nothing: every eligible dollar is funded.");
    if (l.creditsAfterHorizonUsd > 0.0)
        ImGui::TextWrapped("Also %s of credits earned in the horizon arrive after it.",
                           money(l.creditsAfterHorizonUsd, f).c_str());
    ImGui::EndChild();
}

} // namespace est::ui
