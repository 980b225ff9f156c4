// ui/quick_size_panel.cpp - quick-size inputs and live answers from the engine's result of the quick scenario.
#include "ui/quick_size_panel.hpp"
#include "ui/theme.hpp"

#include "model/format.hpp"
#include "model/names.hpp"
#include "ui/charts.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <string>

namespace est::ui {
namespace {
// The check the verdict is closest to clearing: the first failing check (the engine orders them by importance).
const model::EligibilityCheck* nextThreshold(const model::Eligibility& e) {
    for (const model::EligibilityCheck& c : e.checks)
        if (c.status == model::CheckStatus::Fail) return &c;
    return nullptr;
}

// "Feb 2027" kept on one line when a note wraps (wrappedText breaks at plain spaces only).
std::string unbroken(std::string text) {
    for (std::size_t at = text.find(' '); at != std::string::npos; at = text.find(' ', at))
        text.replace(at, 1, "\xC2\xA0");
    return text;
}
} // namespace

bool QuickSizePanel::draw(PanelContext& ctx) {
    app::QuickSizeState& quick = ctx.state.quick;
    app::QuickSizeInputs& in = quick.inputs;
    const NumberFormat& f = ctx.format;
    bool adopt = false;

    const float inputsWidth = ImGui::GetFontSize() * 19.0f;
    ImGui::BeginChild("quick-inputs", ImVec2(inputsWidth, 0), true);
    ImGui::PushFont(largeFont());
    ImGui::TextUnformatted("Quick size");
    ImGui::PopFont();
    ImGui::TextWrapped("Three questions, answers as you type. Every figure is an estimate from public list prices "
                       "and program rules; the detailed workspace lets you check each one.");
    if (in == app::QuickSizeInputs{}) {
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colourWarning()),
                           "Example answers: replace them with yours.");
        locateLastItem("quick.example");
    }
    ImGui::Spacing();
    ImGui::TextUnformatted("Where does the estate run today?");
    int source = static_cast<int>(in.source);
    bool changed = false;
    changed |= ImGui::RadioButton("On-premises", &source, static_cast<int>(model::SourceKind::OnPremises));
    locateLastItem("quick.source.onprem");
    changed |= ImGui::RadioButton("Another cloud", &source, static_cast<int>(model::SourceKind::OtherCloud));
    locateLastItem("quick.source.cloud");
    changed |= ImGui::RadioButton("PaaS (Heroku, ...)", &source, static_cast<int>(model::SourceKind::Paas));
    locateLastItem("quick.source.paas");
    in.source = static_cast<model::SourceKind>(source);
    ImGui::Spacing();
    ImGui::TextUnformatted("Roughly how big is it?");
    ImGui::PushItemWidth(ImGui::GetFontSize() * 7.0f);
    // Plain fields (no +/- buttons): typing is the quick way, and a test can click the field itself.
    changed |= ImGui::InputInt("##servers", &in.servers, 0, 0);
    locateLastItem("quick.servers");
    ImGui::SameLine();
    ImGui::TextUnformatted("servers / VMs");
    changed |= ImGui::InputInt("##databases", &in.databases, 0, 0);
    locateLastItem("quick.databases");
    ImGui::SameLine();
    ImGui::TextUnformatted("databases");
    changed |= ImGui::InputInt("##applications", &in.applications, 0, 0);
    locateLastItem("quick.applications");
    ImGui::SameLine();
    ImGui::TextUnformatted("applications");
    ImGui::Spacing();
    ImGui::TextUnformatted("What does it cost today, per month?");
    changed |= inputMoney("##spend", in.monthlySpendUsd, f);
    locateLastItem("quick.spend");
    ImGui::SameLine();
    ImGui::TextUnformatted("per month");
    ImGui::TextUnformatted("Committed AWS spend per month (optional)");
    changed |= inputMoney("##committed", in.committedMonthlyUsd, f);
    locateLastItem("quick.committed");
    ImGui::SameLine();
    ImGui::TextUnformatted("0 = from the sizing");
    // Folded: the partner's rate card is optional, and the buttons below stay on a 768-pixel screen.
    const bool rateCardOpen = ImGui::TreeNode("Migration labour (your rate card)");
    locateLastItem("quick.rateCard");
    if (rateCardOpen) {
        changed |= inputMoney("##per-server", in.rehostUsdPerServer, f);
        locateLastItem("quick.perServer");
        ImGui::SameLine();
        ImGui::TextUnformatted("per server moved as is");
        changed |= inputMoney("##per-application", in.replatformUsdPerApplication, f);
        locateLastItem("quick.perApplication");
        ImGui::SameLine();
        ImGui::TextUnformatted("per application replatformed");
        ImGui::TreePop();
    }
    ImGui::PopItemWidth();
    if (in.servers < 0) in.servers = 0;
    if (in.databases < 0) in.databases = 0;
    if (in.applications < 1) in.applications = 1;
    if (in.monthlySpendUsd < 0.0) in.monthlySpendUsd = 0.0;
    if (in.committedMonthlyUsd < 0.0) in.committedMonthlyUsd = 0.0;
    if (in.rehostUsdPerServer < 0.0) in.rehostUsdPerServer = 0.0;
    if (in.replatformUsdPerApplication < 0.0) in.replatformUsdPerApplication = 0.0;
    if (changed) quick.dirty = true;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    // For the customer's AWS partner: the one-page summary to print, or a link that carries these answers.
    // The summary is made from these answers as they stand: the workspace and the panel stay as they are.
    // Short labels: the column is 19 ems wide, and a clipped "(print to PDF" read as broken at 1366x768.
    if (wideButton("Summary for your AWS partner", "quick.summary")) {
        ctx.requests.exportReport = true;
        ctx.requests.exportKind = app::ExportKind::ExecutiveSummary;
        ctx.requests.exportFromQuickSize = true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("A web page with these answers, to open and print to PDF");
    // The link carries these answers; the workspace stays as it is.
    if (wideButton("Copy a link for your AWS partner", "quick.share")) ctx.requests.shareFromQuickSize = true;
    if (wideButton("Open in the detailed workspace", "quick.adopt")) adopt = true;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped("Replaces the workspace's scenario; Ctrl+Z brings the previous one back.");
    ImGui::PopStyleColor();
    ImGui::EndChild();

    ImGui::SameLine();
    ImGui::BeginChild("quick-answers", ImVec2(0, 0), false);
    const model::Result& r = quick.result;
    if (!r.ok()) {
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(colourFail()), "These inputs cannot be estimated:");
        for (const model::ValidationError& e : r.errors) ImGui::BulletText("%s", e.toString().c_str());
    } else if (r.months == 0) {
        ImGui::TextDisabled("Estimating...");
    } else {
        // The answer first, as a sentence: what moving saves, what AWS funds, when it pays back.
        headlineText(quick.headline, "quick.headline");
        ImGui::Spacing();
        const model::EligibilityCheck* next = nextThreshold(r.eligibility);
        tileRow({{"runrate", "On AWS, per month", money(r.tco.targetMonthlyUsd, f) + " / mo",
                  moneyPlain(r.tco.targetMonthlyUsd, f), "today " + money(r.tco.todayMonthlyUsd, f) + " / mo",
                  "quick.runrate"},
                 {"arr", "Your AWS spend per year", money(r.projectedArrUsd, f), moneyPlain(r.projectedArrUsd, f),
                  in.committedMonthlyUsd > 0.0 ? "12 x committed monthly spend" : "12 x steady monthly AWS usage",
                  "quick.arr", &r.traces.projectedArr},
                 {"verdict", "MAP funding",
                  quick.notEligible.shown ? std::string("Not eligible yet")
                                          : std::string(model::verdictName(r.eligibility.verdict)),
                  "", next ? "gap to the next threshold below" : "clears every threshold", "quick.verdict"}},
                f);
        if (next) {
            wrappedText("To clear \"" + next->label + "\": " + next->clearText);
            locateLastItem("quick.gap");
        }

        ImGui::Spacing();
        ImGui::PushFont(largeFont());
        ImGui::TextUnformatted("Funding ladder");
        ImGui::PopFont();
        if (quick.notEligible.shown) {
            // Qualifying for nothing is not four $0 tiles: the overview's gap in dollars a year and what closes it.
            notEligiblePath(quick.notEligible, "quick");
        } else {
            wrappedText(fundingProfilesLine(r.fundingProfiles, f));
            locateLastItem("quick.profiles");
            for (const model::EligibilityReading& reading : r.eligibility.readings)
                ImGui::BulletText("%s: %s", reading.label.c_str(),
                                  reading.eligible ? money(reading.fundingUsd, f).c_str() : "not eligible, $0");
            // Who is paid and when, short enough for two lines of a quarter of this column at 1366x768; what
            // releases each payment is in its trace (one click on the figure) and on the Funding panel.
            const model::Settings& settings = quick.scenario.settings;
            tileRow(
                {{"assess", "1. Assess", money(r.funding.assess.amountUsd, f),
                  moneyPlain(r.funding.assess.amountUsd, f),
                  "paid to your partner, " + unbroken(model::monthText(settings, r.funding.assess.releaseMonth)),
                  "quick.assess", &r.traces.assess},
                 {"mobilize", "2. Mobilize", money(r.funding.mobilize.amountUsd, f),
                  moneyPlain(r.funding.mobilize.amountUsd, f),
                  "paid to your partner, " + unbroken(model::monthText(settings, r.funding.mobilize.releaseMonth)),
                  "quick.mobilize", &r.traces.mobilize},
                 {"credits", "3. Migrate & Modernize credits", money(r.funding.creditsUsd, f),
                  moneyPlain(r.funding.creditsUsd, f), "on tagged eligible spend", "quick.credits", &r.traces.credits},
                 {"total", "Total funding", money(r.funding.totalUsd, f), moneyPlain(r.funding.totalUsd, f),
                  r.funding.capApplied ? "partner cap applied" : "within the horizon", "quick.total",
                  &r.traces.totalFunding}},
                f);
        }

        ImGui::Spacing();
        ImGui::PushFont(largeFont());
        ImGui::Text("%d-year cost of ownership", static_cast<int>(r.yearly.size()));
        ImGui::PopFont();
        charts::Axes axes;
        axes.xTitle = "Year";
        axes.yTitle = "Cost per year (" + f.symbol + ")";
        axes.xLabel = [](int i) { return "Y" + std::to_string(i + 1); };
        axes.yTick = moneyShortFormatter(f);
        axes.yExact = moneyFormatter(f);
        const std::vector<charts::Series> series = {
            {"Today (status quo)", quick.derived.yearlyTodayUsd, colourToday(), true},
            {"Moving to AWS (net of funding)", quick.derived.yearlyMigrationUsd, colourAws(), false}};
        charts::groupedBars("quick-tco", series, axes,
                            std::max(ImGui::GetContentRegionAvail().y, ImGui::GetFontSize() * 9.0f));
        locateLastItem("quick.tco");
    }
    ImGui::EndChild();
    return adopt;
}

} // namespace est::ui
