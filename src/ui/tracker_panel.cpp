// ui/tracker_panel.cpp - the Tracker step: the bill's MAP figures against the plan, drawn from app::TrackerState.
#include "ui/tracker_panel.hpp"

#include "ui/charts.hpp"
#include "ui/panels.hpp"
#include "ui/widget_locator.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

namespace est::ui {
namespace {

constexpr ImGuiTableFlags kTableFlags =
    ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp;

std::string count(std::uint64_t n, const NumberFormat& f) { return number(static_cast<double>(n), f); }

// "12.4 MB" for a byte count (the progress bar's "left").
std::string megabytes(std::uint64_t bytes, const NumberFormat& f) {
    return number(static_cast<double>(bytes) / (1024.0 * 1024.0), f, 1) + " MB";
}

// The reading file's bar: rows read, bytes left, and Cancel (the tracker keeps what it had).
void drawProgress(app::TrackerState& tracker, const NumberFormat& f) {
    const std::optional<app::TrackerLoadProgress> p = tracker.loading();
    if (!p) return;
    const float fraction =
        p->bytesTotal > 0 ? static_cast<float>(static_cast<double>(p->bytesRead) / static_cast<double>(p->bytesTotal))
                          : 0.0f;
    std::string line = "Reading " + p->fileName;
    if (p->fileCount > 1)
        line += " (file " + std::to_string(p->fileNumber) + " of " + std::to_string(p->fileCount) + ")";
    line += ": " + count(p->rowsRead, f) + " rows read";
    if (p->bytesTotal > 0) line += ", " + megabytes(p->bytesLeft(), f) + " left";
    ImGui::TextUnformatted(line.c_str());
    locateLastItem("tracker.progressText");
    ImGui::ProgressBar(std::clamp(fraction, 0.0f, 1.0f), ImVec2(-ImGui::GetFontSize() * 8.0f, 0.0f));
    locateLastItem("tracker.progress");
    ImGui::SameLine();
    ImGui::BeginDisabled(p->cancelRequested);
    if (ImGui::Button(p->cancelRequested ? "Cancelling..." : "Cancel")) tracker.requestCancel();
    ImGui::EndDisabled();
    locateLastItem("tracker.cancel");
    ImGui::Separator();
}

// The tracker's own Undo and Redo, on the line drawn last: beside the files, or in the empty state after the last
// file was removed.
void undoRedoButtons(app::TrackerState& tracker) {
    const std::string undo = tracker.undoLabel();
    if (!undo.empty()) {
        ImGui::SameLine();
        if (ImGui::Button(("Undo: " + undo).c_str())) tracker.undo();
        locateLastItem("tracker.undo");
    }
    const std::string redo = tracker.redoLabel();
    if (!redo.empty()) {
        ImGui::SameLine();
        if (ImGui::Button(("Redo: " + redo).c_str())) tracker.redo();
        locateLastItem("tracker.redo");
    }
}

void drawFiles(app::TrackerState& tracker, app::Requests& requests, const NumberFormat& f) {
    const std::vector<model::LoadedBillingFile> files = tracker.files();
    if (ImGui::BeginTable("tracker.files", 5, kTableFlags)) {
        ImGui::TableSetupColumn("Billing file");
        ImGui::TableSetupColumn("Kind");
        ImGui::TableSetupColumn("Months");
        ImGui::TableSetupColumn("Lines");
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
        tableHeaders(1u << 3);
        for (std::size_t i = 0; i < files.size(); ++i) {
            const model::LoadedBillingFile& file = files[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(file.identity.fileName.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(model::billingFormatLabel(file.identity.format));
            ImGui::TableNextColumn();
            std::string months;
            for (const std::string& m : file.months) months += (months.empty() ? "" : ", ") + m;
            ImGui::TextUnformatted(months.empty() ? "none counted" : months.c_str());
            ImGui::TableNextColumn();
            rightAlignedText(count(file.lines, f));
            ImGui::TableNextColumn();
            if (ImGui::SmallButton("Remove")) tracker.removeFile(i);
            locateLastItem("tracker.remove" + std::to_string(i));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (ImGui::Button("Open billing files...")) requests.openBillingFiles = true;
    locateLastItem("tracker.open");
    ImGui::SameLine();
    if (ImGui::Button("Remove every file")) tracker.clear();
    locateLastItem("tracker.clear");
    undoRedoButtons(tracker);
}

// The agreement the tags and credits are checked against; Enter applies it (the summary is made again).
void drawAgreement(TrackerPanel& panel, app::TrackerState& tracker) {
    if (panel.mpeShownGeneration != tracker.generation()) {
        panel.mpeBuffer.fill('\0');
        tracker.mpeId().copy(panel.mpeBuffer.data(), panel.mpeBuffer.size() - 1);
        panel.mpeShownGeneration = tracker.generation();
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
    if (ImGui::InputTextWithHint("MAP agreement ID (MPE)", "e.g. 12345", panel.mpeBuffer.data(), panel.mpeBuffer.size(),
                                 ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CharsNoBlank))
        tracker.setMpeId(panel.mpeBuffer.data());
    locateLastItem("tracker.mpe");
    ImGui::SameLine();
    if (tracker.effectiveMpeId().empty())
        ImGui::TextDisabled("none given: any well-formed MAP tag value counts, and every credit naming an MPE");
    else if (tracker.mpeId().empty())
        ImGui::TextDisabled("%s, from the scenario's MAP tag (press Enter on a new ID to change it)",
                            tracker.effectiveMpeId().c_str());
}

void drawTiles(const app::TrackerState& tracker, const NumberFormat& f) {
    const model::TrackerTotals& t = tracker.result().totals;
    const app::TrackerOutlook& o = tracker.outlook();
    tileRow({{"eligible", "MAP-eligible spend", money(t.eligibleUsd, f), moneyPlain(t.eligibleUsd, f),
              "on the services MAP counts", "tracker.eligible"},
             {"tagged", "Tagged for MAP", money(t.taggedEligibleUsd, f), moneyPlain(t.taggedEligibleUsd, f),
              percent(o.taggedShare, f, 0) + " of eligible spend", "tracker.tagged"},
             {"credits", "MAP credits applied", money(t.mapCreditsUsd, f), moneyPlain(t.mapCreditsUsd, f),
              "other credits " + money(t.otherCreditsUsd, f), "tracker.credits"},
             {"stake", "Credits at stake a quarter", money(o.creditsAtStakeUsdPerQuarter, f),
              moneyPlain(o.creditsAtStakeUsdPerQuarter, f), "on untagged eligible spend", "tracker.atStake"}},
            f);
}

// The re-forecast in one sentence (with a plan) or the run rate alone (without).
void drawReforecast(const app::TrackerState& tracker, const NumberFormat& f) {
    const app::TrackerOutlook& o = tracker.outlook();
    if (o.runRateBasis.empty()) return;
    std::string text = "At the current run rate (" + o.runRateBasis + "), tagged eligible spend is " +
                       money(o.taggedUsdPerQuarter, f) + " a quarter, earning about " +
                       money(o.creditsAtRunRateUsdPerQuarter, f) + " of credits a quarter at " +
                       percent(o.creditRate, f, 0) + ".";
    if (o.planned)
        text += " Over the credit period (to " + o.creditPeriodEnd + ", " + std::to_string(o.quartersLeft) +
                " quarters left) that re-forecasts " + money(o.reforecastCreditsUsd, f) +
                " of credits, against the plan's " + money(o.planCreditsUsd, f) + ".";
    else
        text += " Open the scenario of this migration to compare with its plan.";
    ImGui::TextWrapped("%s", text.c_str());
    locateLastItem("tracker.reforecast");
}

void drawUntagged(const app::TrackerState& tracker, app::Requests& requests, const NumberFormat& f) {
    const model::TrackerResult& r = tracker.result();
    const app::TrackerOutlook& o = tracker.outlook();
    heading(("Tag these now: " + money(o.creditsAtStakeUsdPerQuarter, f) + " a quarter of credits at stake").c_str());
    locateLastItem("tracker.untaggedHeading");
    if (!r.hasResourceIds) {
        ImGui::TextWrapped("These files name no resources (a Cost Explorer download, or a report made without "
                           "\"Include resource IDs\"), so the untagged spend cannot be listed by resource. Untagged "
                           "eligible spend in all: %s.",
                           money(r.totals.untaggedEligibleUsd, f).c_str());
        return;
    }
    if (r.untaggedResources.empty()) {
        ImGui::TextDisabled("Every resource with eligible spend carries a valid MAP tag.");
        return;
    }
    ImGui::TextWrapped("Eligible spend without a valid MAP tag, by resource, most expensive first. Tags count from the "
                       "day they are applied: spend before it never earns credits.");
    if (ImGui::Button("Download for your tagging script (CSV)")) {
        requests.exportReport = true;
        requests.exportKind = app::ExportKind::UntaggedResourcesCsv;
    }
    locateLastItem("tracker.downloadUntagged");
    const float rows = static_cast<float>(std::min<std::size_t>(r.untaggedResources.size(), 10) + 1);
    if (ImGui::BeginTable("tracker.untagged", 6, kTableFlags | ImGuiTableFlags_ScrollY,
                          ImVec2(0.0f, ImGui::GetFrameHeightWithSpacing() * rows))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Resource");
        ImGui::TableSetupColumn("Account");
        ImGui::TableSetupColumn("Service");
        ImGui::TableSetupColumn("Name tag");
        ImGui::TableSetupColumn("Eligible spend");
        ImGui::TableSetupColumn("Tag to apply");
        tableHeaders(1u << 4);
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(r.untaggedResources.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const model::UntaggedResource& u = r.untaggedResources[static_cast<std::size_t>(i)];
                ImGui::PushID(i);
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(u.resourceId.c_str());
                if (i == 0) locateLastItem("tracker.untagged.row0");
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(u.account.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(u.serviceName.empty() ? u.productCode.c_str() : u.serviceName.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(u.nameTag.c_str());
                ImGui::TableNextColumn();
                moneyCell("usd", money(u.eligibleUsd, f), moneyPlain(u.eligibleUsd, f));
                ImGui::TableNextColumn();
                if (u.tagValueToApply.empty())
                    ImGui::TextDisabled("your agreement's value");
                else
                    ImGui::Text("map-migrated = %s", u.tagValueToApply.c_str());
                ImGui::PopID();
            }
        ImGui::EndTable();
    }
    if (r.untaggedResourcesTruncated)
        ImGui::TextDisabled("Only the most expensive %s resources are listed.",
                            count(r.untaggedResources.size(), f).c_str());
}

void drawWorkloads(const model::TrackerResult& r, const NumberFormat& f) {
    if (r.workloads.empty()) return;
    if (!ImGui::TreeNodeEx("Planned workloads on the bill (matched by their Name tag)", ImGuiTreeNodeFlags_DefaultOpen))
        return;
    locateLastItem("tracker.workloads");
    if (ImGui::BeginTable("tracker.workloads.table", 4, kTableFlags)) {
        ImGui::TableSetupColumn("Workload");
        ImGui::TableSetupColumn("On the bill");
        ImGui::TableSetupColumn("Tagged");
        ImGui::TableSetupColumn("Not tagged");
        tableHeaders(1u << 2 | 1u << 3);
        for (std::size_t i = 0; i < r.workloads.size(); ++i) {
            const model::WorkloadTagging& w = r.workloads[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(w.name.empty() ? w.workloadId.c_str() : w.name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(w.status.c_str());
            ImGui::TableNextColumn();
            moneyCell("t", money(w.taggedEligibleUsd, f), moneyPlain(w.taggedEligibleUsd, f));
            ImGui::TableNextColumn();
            moneyCell("u", money(w.untaggedEligibleUsd, f), moneyPlain(w.untaggedEligibleUsd, f));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::TreePop();
}

// Tag values that earn nothing (and near-miss keys), with the spend they carry.
void drawTagProblems(const model::TrackerResult& r, const NumberFormat& f) {
    std::vector<const model::TagValueSpend*> invalid;
    for (const model::TagValueSpend& v : r.tagValues)
        if (!v.valid) invalid.push_back(&v);
    if (invalid.empty() && r.nearMissKeys.empty()) return;
    if (!ImGui::TreeNodeEx("MAP tags that earn nothing", ImGuiTreeNodeFlags_DefaultOpen)) return;
    locateLastItem("tracker.invalidTags");
    if (ImGui::BeginTable("tracker.invalid.table", 3, kTableFlags)) {
        ImGui::TableSetupColumn("Tag");
        ImGui::TableSetupColumn("Why it earns nothing");
        ImGui::TableSetupColumn("Eligible spend");
        tableHeaders(1u << 2);
        for (const model::TagValueSpend* v : invalid) {
            ImGui::PushID(v);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("map-migrated = %s", v->value.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(v->problem.c_str());
            ImGui::TableNextColumn();
            moneyCell("usd", money(v->usd, f), moneyPlain(v->usd, f));
            ImGui::PopID();
        }
        for (const model::NearMissTagKey& k : r.nearMissKeys) {
            ImGui::PushID(&k);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("key \"%s\"", k.key.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted("the key must be exactly map-migrated");
            ImGui::TableNextColumn();
            moneyCell("usd", money(k.eligibleUsd, f), moneyPlain(k.eligibleUsd, f));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::TreePop();
}

void drawExcluded(const model::TrackerResult& r, const NumberFormat& f) {
    if (r.excluded.empty()) return;
    if (!ImGui::TreeNode("Spend MAP does not count, by reason")) return;
    locateLastItem("tracker.excluded");
    if (ImGui::BeginTable("tracker.excluded.table", 3, kTableFlags)) {
        ImGui::TableSetupColumn("Reason");
        ImGui::TableSetupColumn("Spend");
        ImGui::TableSetupColumn("Billing lines");
        tableHeaders(1u << 1 | 1u << 2);
        for (const model::ExcludedSpend& e : r.excluded) {
            ImGui::PushID(static_cast<int>(e.reason));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(model::exclusionLabel(e.reason));
            ImGui::TableNextColumn();
            moneyCell("usd", money(e.usd, f), moneyPlain(e.usd, f));
            ImGui::TableNextColumn();
            rightAlignedText(count(e.lines, f));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    for (const model::UnknownLineType& u : r.unknownLineTypes)
        ImGui::BulletText("Billing lines of a kind this version does not know: \"%s\", %s lines, %s", u.type.c_str(),
                          count(u.lines, f).c_str(), money(u.usd, f).c_str());
    ImGui::TreePop();
}

void drawAccounts(const model::TrackerResult& r, const NumberFormat& f) {
    if (r.accounts.empty()) return;
    if (!ImGui::TreeNode("By linked account")) return;
    locateLastItem("tracker.accounts");
    if (ImGui::BeginTable("tracker.accounts.table", 5, kTableFlags)) {
        ImGui::TableSetupColumn("Account");
        ImGui::TableSetupColumn("Eligible spend");
        ImGui::TableSetupColumn("Tagged");
        ImGui::TableSetupColumn("Not tagged");
        ImGui::TableSetupColumn("MAP credits");
        tableHeaders(1u << 1 | 1u << 2 | 1u << 3 | 1u << 4);
        for (const model::AccountSpend& a : r.accounts) {
            ImGui::PushID(a.account.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(a.account.c_str());
            ImGui::TableNextColumn();
            moneyCell("e", money(a.eligibleUsd, f), moneyPlain(a.eligibleUsd, f));
            ImGui::TableNextColumn();
            moneyCell("t", money(a.taggedEligibleUsd, f), moneyPlain(a.taggedEligibleUsd, f));
            ImGui::TableNextColumn();
            moneyCell("u", money(a.untaggedEligibleUsd, f), moneyPlain(a.untaggedEligibleUsd, f));
            ImGui::TableNextColumn();
            moneyCell("c", money(a.mapCreditsUsd, f), moneyPlain(a.mapCreditsUsd, f));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::TreePop();
}

void drawCreditsAndNotes(const model::TrackerResult& r, const NumberFormat& f) {
    if (!r.otherCredits.empty() && ImGui::TreeNode("Other credits and refunds (not this agreement's MAP credits)")) {
        for (const model::OtherCredit& c : r.otherCredits)
            ImGui::BulletText("%s: %s", c.description.empty() ? "(no description)" : c.description.c_str(),
                              money(c.usd, f).c_str());
        ImGui::TreePop();
    }
    if (!r.rulesSource.empty()) ImGui::TextDisabled("Eligible services: %s.", r.rulesSource.c_str());
}

charts::Axes quarterAxes(const PanelContext& ctx, const std::string& yTitle) {
    const std::vector<model::TrackerQuarter>& quarters = ctx.state.tracker.result().quarters;
    const NumberFormat f = ctx.format;
    charts::Axes axes;
    axes.xTitle = "Calendar quarter";
    axes.yTitle = yTitle + " (" + f.symbol + ")";
    axes.xLabel = [quarters](int q) {
        return q >= 0 && static_cast<std::size_t>(q) < quarters.size() ? quarters[static_cast<std::size_t>(q)].quarter
                                                                       : std::string();
    };
    axes.yTick = moneyShortFormatter(f);
    axes.yExact = moneyFormatter(f);
    return axes;
}

} // namespace

const char* trackerEmptyText() {
    return "Drop your AWS billing export here to see, quarter by quarter, how much of your spend carries the MAP tag, "
           "the MAP credits on your bill against the plan, and which resources to tag now. The file is read in this "
           "browser: nothing is uploaded.\n\n"
           "Which file: in the AWS Billing and Cost Management console, Data Exports, a standard data export "
           "(CUR 2.0) or a legacy Cost and Usage Report, with \"Include resource IDs\" and the file format CSV "
           "compressed with GZIP. Download every part of each month from its S3 bucket and drop them together. "
           "Parquet files cannot be read yet. A FOCUS export and the Cost Explorer \"Download CSV\" are read too "
           "(Cost Explorer has totals only, no resources).";
}

void trackerSpendChart(const PanelContext& ctx, float height, const char* locatorName) {
    const model::TrackerResult& r = ctx.state.tracker.result();
    std::vector<charts::Series> series = {{"Tagged eligible spend on your bill", {}, colourAws(), false}};
    const bool planned = ctx.state.tracker.hasForecast();
    if (planned) series.push_back({"The plan's forecast", {}, colourMuted(), false});
    for (const model::TrackerQuarter& q : r.quarters) {
        series[0].values.push_back(q.taggedEligibleUsd);
        if (planned) series[1].values.push_back(q.forecastTaggedEligibleUsd.value_or(0.0));
    }
    charts::groupedBars("tracker-spend", series, quarterAxes(ctx, "Tagged eligible spend"), height);
    locateLastItem(locatorName);
}

void trackerCreditsChart(const PanelContext& ctx, float height, const char* locatorName) {
    const model::TrackerResult& r = ctx.state.tracker.result();
    const app::TrackerOutlook& o = ctx.state.tracker.outlook();
    std::vector<charts::Series> series = {{"MAP credits applied on your bill", {}, colourFunding(), false}};
    if (o.planned) series.push_back({"The plan's credits", {}, colourMuted(), false});
    for (std::size_t i = 0; i < r.quarters.size(); ++i) {
        series[0].values.push_back(r.quarters[i].mapCreditsUsd);
        if (o.planned)
            series[1].values.push_back(i < o.forecastCreditsUsd.size() ? o.forecastCreditsUsd[i].value_or(0.0) : 0.0);
    }
    charts::groupedBars("tracker-credits", series, quarterAxes(ctx, "MAP credits"), height);
    locateLastItem(locatorName);
}

void TrackerPanel::draw(PanelContext& ctx) {
    app::TrackerState& tracker = ctx.state.tracker;
    const NumberFormat& f = ctx.format;
    heading("Credit tracker: your AWS bill against the plan");
    drawProgress(tracker, f);
    if (tracker.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 40.0f);
        ImGui::TextUnformatted(trackerEmptyText());
        ImGui::PopTextWrapPos();
        locateLastItem("tracker.empty");
        ImGui::Spacing();
        if (!tracker.loading()) {
            if (ImGui::Button("Open billing files...")) ctx.requests.openBillingFiles = true;
            locateLastItem("tracker.open");
            undoRedoButtons(tracker);
        }
        return;
    }
    drawFiles(tracker, ctx.requests, f);
    for (const std::string& note : tracker.result().notes)
        ImGui::TextDisabled("%s", note.c_str()); // what the files cannot tell
    drawAgreement(*this, tracker);
    ImGui::Separator();
    drawTiles(tracker, f);
    drawReforecast(tracker, f);
    const model::TrackerResult& r = tracker.result();
    if (!r.quarters.empty()) {
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const float half = (ImGui::GetContentRegionAvail().x - spacing) * 0.5f;
        const float height = ImGui::GetFontSize() * 14.0f;
        ImGui::BeginChild("spend", ImVec2(half, height), false);
        trackerSpendChart(ctx, height - ImGui::GetStyle().ItemSpacing.y, "tracker.spendChart");
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("credits", ImVec2(0.0f, height), false);
        trackerCreditsChart(ctx, height - ImGui::GetStyle().ItemSpacing.y, "tracker.creditsChart");
        ImGui::EndChild();
    }
    drawUntagged(tracker, ctx.requests, f);
    drawWorkloads(r, f);
    drawTagProblems(r, f);
    drawExcluded(r, f);
    drawAccounts(r, f);
    drawCreditsAndNotes(r, f);
}

} // namespace est::ui
