// io/report_json.cpp - the Result as JSON and its series as CSV (names documented in docs/result-json.md).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "formats/csv.hpp"
#include "io/enum_names.hpp"
#include "io/json_writer.hpp"
#include "io/report.hpp"
#include "formats/text.hpp"
#include "model/aws_discount.hpp"
#include "model/aws_pricing.hpp"
#include "model/names.hpp"
#include "model/workload_trace.hpp"
#include "model/payback.hpp"

namespace est::io {
namespace {

// Money to cents, shares to 6 decimals: exports are read by people and diff tools, not re-computed.
double usd(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r; // no "-0.0"
}
double share(double v) {
    const double r = std::round(v * 1e6) / 1e6;
    return r == 0.0 ? 0.0 : r;
}

std::string_view statusKey(model::CheckStatus s) {
    switch (s) {
    case model::CheckStatus::Pass:
        return "pass";
    case model::CheckStatus::Fail:
        return "fail";
    case model::CheckStatus::Unknown:
        return "unknown";
    }
    return "unknown";
}

std::string_view reasonKey(model::RecommendationReason r) {
    switch (r) {
    case model::RecommendationReason::PoweredOff:
        return "powered_off";
    case model::RecommendationReason::Idle:
        return "idle";
    case model::RecommendationReason::ManagedDatabase:
        return "managed_database";
    case model::RecommendationReason::Database:
        return "database";
    case model::RecommendationReason::UnsupportedOs:
        return "unsupported_os";
    case model::RecommendationReason::Default:
        return "default";
    }
    return "default";
}

std::string_view exclusionKey(model::MapExclusion e) {
    switch (e) {
    case model::MapExclusion::None:
        return "none";
    case model::MapExclusion::NotMigrating:
        return "not_migrating";
    case model::MapExclusion::NotAwsSpend:
        return "not_aws_spend";
    case model::MapExclusion::FundedElsewhere:
        return "funded_elsewhere";
    }
    return "none";
}

// The columns of a period, in the order JSON objects and CSV columns use.
struct PeriodColumn {
    const char* name;
    model::Money model::PeriodFigures::*member;
};
const PeriodColumn kPeriodColumns[] = {
    {"status_quo", &model::PeriodFigures::statusQuoUsd},
    {"legacy", &model::PeriodFigures::legacyUsd},
    {"dual_running", &model::PeriodFigures::dualRunningUsd},
    {"aws_usage", &model::PeriodFigures::awsUsageUsd},
    {"aws_support", &model::PeriodFigures::awsSupportUsd},
    {"aws", &model::PeriodFigures::awsUsd},
    {"subscription", &model::PeriodFigures::subscriptionUsd},
    {"ops_labour", &model::PeriodFigures::opsLabourUsd},
    {"licences_kept", &model::PeriodFigures::licencesKeptUsd},
    {"one_time", &model::PeriodFigures::oneTimeUsd},
    {"funding_assess", &model::PeriodFigures::fundingAssessUsd},
    {"funding_mobilize", &model::PeriodFigures::fundingMobilizeUsd},
    {"funding_credits", &model::PeriodFigures::fundingCreditsUsd},
    {"funding_training", &model::PeriodFigures::fundingTrainingUsd},
    {"funding_total", &model::PeriodFigures::fundingTotalUsd},
    {"tagged_spend", &model::PeriodFigures::taggedSpendUsd},
    {"net_cash_flow", &model::PeriodFigures::netCashFlowUsd},
    {"cumulative_savings", &model::PeriodFigures::cumulativeSavingsUsd},
};

void writeSeries(JsonWriter& w, const model::Scenario& s, const std::vector<model::PeriodFigures>& periods,
                 SeriesPeriod kind) {
    w.beginArray();
    for (std::size_t i = 0; i < periods.size(); ++i) {
        w.beginObject().field("index", i).field("label", periodLabel(s, kind, static_cast<int>(i)));
        for (const PeriodColumn& c : kPeriodColumns) w.field(c.name, usd(periods[i].*(c.member)));
        w.endObject();
    }
    w.endArray();
}

void writeBreakdown(JsonWriter& w, const model::CostBreakdown& b) {
    w.beginObject()
        .field("hardware", usd(b.hardwareUsd))
        .field("maintenance", usd(b.maintenanceUsd))
        .field("power", usd(b.powerUsd))
        .field("space", usd(b.spaceUsd))
        .field("storage", usd(b.storageUsd))
        .field("network", usd(b.networkUsd))
        .field("os_licence", usd(b.osLicenceUsd))
        .field("db_licence", usd(b.dbLicenceUsd))
        .field("virtualisation", usd(b.virtualisationUsd))
        .field("admin_labour", usd(b.adminLabourUsd))
        .field("management", usd(b.managementUsd))
        .field("other_cloud_bill", usd(b.otherCloudBillUsd))
        .field("aws_compute", usd(b.awsComputeUsd))
        .field("aws_database", usd(b.awsDatabaseUsd))
        .field("aws_storage", usd(b.awsStorageUsd))
        .field("aws_relocate_hosts", usd(b.awsRelocateHostsUsd))
        .field("aws_management", usd(b.awsManagementUsd))
        .field("aws_support", usd(b.awsSupportUsd))
        .field("subscription", usd(b.subscriptionUsd))
        .field("ops_labour", usd(b.opsLabourUsd))
        .field("licences_kept", usd(b.licencesKeptUsd))
        .field("one_time", usd(b.oneTimeUsd))
        .field("total", usd(b.totalUsd()))
        .endObject();
}

void writePhase(JsonWriter& w, const char* name, const model::FundingPhase& p) {
    w.beginObject()
        .field("phase", name)
        .field("amount", usd(p.amountUsd))
        .field("uncapped", usd(p.uncappedUsd))
        .field("basis", usd(p.basisUsd))
        .field("pct", share(p.pct))
        .field("release_month", p.releaseMonth)
        .field("released_in_horizon", p.releasedInHorizon)
        .field("released_by", p.releasedBy)
        .endObject();
}

// The licence lines of a workload's cost trace ("today: ..." / "after: ..." notes), as plain strings.
void writeLicenceLines(JsonWriter& w, const model::Trace& t) {
    w.beginArray();
    for (const std::string& note : t.notes)
        if (note.rfind("today: ", 0) == 0 || note.rfind("after: ", 0) == 0) w.value(note);
    w.endArray();
}

// The body of one trace: formula, terms, figure_label, notes. The caller opens the object (and writes a list
// element's identity first) and closes it.
void writeTraceFields(JsonWriter& w, const model::Trace& t) {
    w.field("formula", t.formula);
    w.beginArray("terms");
    for (const model::TraceTerm& term : t.terms)
        w.beginObject().field("label", term.label).field("value", term.value).field("unit", term.unit).endObject();
    w.endArray();
    w.field("figure_label", t.figureLabel).field("notes", t.notes);
}

void writeTrace(JsonWriter& w, std::string_view name, const model::Trace& t) {
    w.beginObject(name);
    writeTraceFields(w, t);
    w.endObject();
}

std::string_view leftReasonKey(model::LeftOnTableReason reason) {
    switch (reason) {
    case model::LeftOnTableReason::Untagged:
        return "untagged";
    case model::LeftOnTableReason::TaggedLate:
        return "tagged_late";
    case model::LeftOnTableReason::WindowClosed:
        return "window_closed";
    case model::LeftOnTableReason::Cap:
        return "cap";
    case model::LeftOnTableReason::BelowMinimum:
        return "below_minimum";
    case model::LeftOnTableReason::FundedElsewhere:
        return "funded_elsewhere";
    case model::LeftOnTableReason::NotEligible:
        return "not_eligible";
    }
    return "untagged";
}

void writeTraces(JsonWriter& w, const model::Scenario& s, const model::Result& r) {
    const model::Traces& tr = r.traces;
    w.beginObject("traces");
    writeTrace(w, "projected_arr", tr.projectedArr);
    writeTrace(w, "assess", tr.assess);
    writeTrace(w, "mobilize", tr.mobilize);
    writeTrace(w, "credits", tr.credits);
    writeTrace(w, "total_funding", tr.totalFunding);
    writeTrace(w, "npv", tr.npv);
    writeTrace(w, "payback", tr.payback);
    writeTrace(w, "run_rate_savings", tr.runRateSavings);
    writeTrace(w, "left_on_table", tr.leftOnTable);
    w.beginArray("tco_years");
    for (std::size_t i = 0; i < tr.tcoYears.size(); ++i) {
        w.beginObject().field("year", i + 1).field("label", periodLabel(s, SeriesPeriod::Yearly, static_cast<int>(i)));
        writeTraceFields(w, tr.tcoYears[i]);
        w.endObject();
    }
    w.endArray();
    w.beginArray("credit_quarters");
    for (std::size_t i = 0; i < tr.creditQuarters.size(); ++i) {
        const int q = i < r.funding.quarters.size() ? r.funding.quarters[i].quarter : static_cast<int>(i);
        w.beginObject().field("quarter", q).field("label", periodLabel(s, SeriesPeriod::Quarterly, q));
        writeTraceFields(w, tr.creditQuarters[i]);
        w.endObject();
    }
    w.endArray();
    w.beginArray("left_on_table_reasons");
    for (std::size_t i = 0;
         i < tr.leftOnTableReasons.size() && i < static_cast<std::size_t>(model::kLeftOnTableReasonCount); ++i) {
        w.beginObject().field("reason", leftReasonKey(static_cast<model::LeftOnTableReason>(i)));
        writeTraceFields(w, tr.leftOnTableReasons[i]);
        w.endObject();
    }
    w.endArray();
    w.beginArray("eligibility_checks");
    for (std::size_t i = 0; i < tr.eligibilityChecks.size(); ++i) {
        const bool has = i < r.eligibility.checks.size();
        w.beginObject()
            .field("id", has ? std::string_view(r.eligibility.checks[i].id) : std::string_view())
            .field("status", has ? statusKey(r.eligibility.checks[i].status) : std::string_view("unknown"));
        writeTraceFields(w, tr.eligibilityChecks[i]);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

std::string finish(JsonWriter& w) {
    std::string out = w.take();
    out.push_back('\n');
    return out;
}

// A month, or null when there is none (-1).
std::optional<int> monthOrNull(int month) { return month >= 0 ? std::optional<int>(month) : std::nullopt; }

// One funding profile: the ladder fields, partner cash apart from customer credits, milestones and traces.
void writeProfile(JsonWriter& w, std::string_view name, const model::FundingProfileFigures& p) {
    w.beginObject(name)
        .field("name", p.name)
        .field("assess", usd(p.assessUsd))
        .field("mobilize", usd(p.mobilizeUsd))
        .field("migrate_credits", usd(p.migrateCreditsUsd))
        .field("training", usd(p.trainingUsd))
        .field("total", usd(p.totalUsd))
        .field("partner_cash", usd(p.partnerCashUsd))
        .field("customer_credits", usd(p.customerCreditsUsd))
        .field("services_cost", usd(p.servicesCostUsd))
        .field("left_on_table", usd(p.leftOnTableUsd))
        .field("assess_month", monthOrNull(p.assessMonth));
    w.beginArray("mobilize_tranches");
    for (const model::MobilizeTranche& t : p.mobilizeTranches)
        w.beginObject()
            .field("amount", usd(t.amountUsd))
            .field("trigger", usd(t.triggerUsd))
            .field("month", monthOrNull(t.month))
            .field("released_by", t.releasedBy)
            .endObject();
    w.endArray();
    w.field("credit_period_start_month", p.creditPeriodStartMonth)
        .field("credit_period_end_month", p.creditPeriodEndMonth)
        .field("credit_cap", usd(p.creditCapUsd))
        .field("credit_pct", share(p.creditPct));
    w.beginArray("late_waves");
    for (const model::LateWaveLoss& lw : p.lateWaves)
        w.beginObject()
            .field("wave", lw.wave)
            .field("name", lw.name)
            .field("go_live_month", lw.goLiveMonth)
            .field("after_horizon", lw.afterHorizon)
            .field("spend_after_credit_period", usd(lw.spendAfterPeriodUsd))
            .field("credits_lost", usd(lw.creditsLostUsd))
            .endObject();
    w.endArray();
    w.beginObject("traces");
    writeTrace(w, "assess", p.assess);
    writeTrace(w, "mobilize", p.mobilize);
    writeTrace(w, "migrate_credits", p.credits);
    writeTrace(w, "total", p.total);
    w.endObject();
    w.endObject();
}

} // namespace

std::string_view verdictKey(model::Verdict v) {
    switch (v) {
    case model::Verdict::NotEligible:
        return "not_eligible";
    case model::Verdict::MapLite:
        return "map_lite";
    case model::Verdict::Map:
        return "map";
    case model::Verdict::Borderline:
        return "borderline";
    }
    return "not_eligible";
}

std::string periodLabel(const model::Scenario& s, SeriesPeriod period, int index) {
    const int startMonth0 = (std::clamp(s.settings.startQuarter, 1, 4) - 1) * 3; // 0-based calendar month
    char buffer[32];
    switch (period) {
    case SeriesPeriod::Monthly: {
        const int m = startMonth0 + index;
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", s.settings.startYear + m / 12, m % 12 + 1);
        break;
    }
    case SeriesPeriod::Quarterly: {
        const int q = startMonth0 / 3 + index;
        std::snprintf(buffer, sizeof buffer, "%04d-Q%d", s.settings.startYear + q / 4, q % 4 + 1);
        break;
    }
    case SeriesPeriod::Yearly:
        // Horizon years start with the scenario (a year beginning in Q3 is labelled by its first month).
        std::snprintf(buffer, sizeof buffer, "Y%d", index + 1);
        break;
    }
    return buffer;
}

std::string rateText(double rate) {
    if (!(rate > 0.0) || !std::isfinite(rate)) rate = 1.0; // as model::toDisplay
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.6f", rate);
    std::string t = buffer;
    while (!t.empty() && t.back() == '0') t.pop_back();
    if (!t.empty() && t.back() == '.') t.pop_back();
    return t;
}

std::string currencyStatement(const model::Settings& settings) {
    const std::string rate = rateText(settings.usdToDisplayRate);
    if (settings.currencyCode == "USD" && rate == "1") return "Amounts in USD";
    return "Amounts in " + settings.currencyCode + " at " + rate + " per USD";
}

std::string resultJson(const model::Scenario& s, const model::Result& r) {
    JsonWriter w;
    w.beginObject().field("schema", "estimator-result").field("schema_version", 1).field("ok", r.ok());
    if (!r.ok()) {
        w.beginArray("errors");
        for (const model::ValidationError& e : r.errors)
            w.beginObject().field("path", e.path).field("message", e.message).endObject();
        w.endArray().endObject();
        return finish(w);
    }
    w.beginArray("warnings");
    for (const model::ResultWarning& x : r.warnings)
        w.beginObject().field("id", x.id).field("text", x.text).field("path", x.path).endObject();
    w.endArray();
    w.beginObject("scenario")
        .field("name", s.settings.name)
        .field("currency", "USD")
        .field("display_currency", s.settings.currencyCode)
        .field("usd_to_display_rate", s.settings.usdToDisplayRate)
        .field("display_currency_symbol", s.settings.currencySymbol)
        .field("currency_statement", currencyStatement(s.settings))
        .field("start", periodLabel(s, SeriesPeriod::Quarterly, 0))
        .field("horizon_months", r.months)
        .field("workloads", s.workloads.size())
        .field("source_kind", toName(s.source.kind))
        .endObject();
    w.field("projected_arr", usd(r.projectedArrUsd))
        .field("arr_basis", s.program.projectedArrOverrideUsd > 0.0 ? "committed" : "sized")
        .field("sized_arr", usd(r.sizedArrUsd));

    w.beginObject("eligibility")
        .field("verdict", verdictKey(r.eligibility.verdict))
        .field("verdict_label", model::verdictName(r.eligibility.verdict));
    w.beginArray("checks");
    for (const model::EligibilityCheck& c : r.eligibility.checks)
        w.beginObject()
            .field("id", c.id)
            .field("label", c.label)
            .field("status", statusKey(c.status))
            .field("measured", c.measured)
            .field("threshold", c.threshold)
            .field("unit", c.unit)
            .field("blocking", c.blocking)
            .field("clear_amount", c.clearAmount)
            .field("clear_text", c.clearText)
            .endObject();
    w.endArray();
    w.beginArray("readings");
    for (const model::EligibilityReading& x : r.eligibility.readings)
        w.beginObject()
            .field("label", x.label)
            .field("source", x.source)
            .field("eligible", x.eligible)
            .field("funding", usd(x.fundingUsd))
            .endObject();
    w.endArray().endObject();

    const model::FundingLadder& f = r.funding;
    const model::LeftOnTable& l = f.leftOnTable;
    w.beginObject("funding")
        .field("assess", usd(f.assess.amountUsd))
        .field("mobilize", usd(f.mobilize.amountUsd))
        .field("migrate_credits", usd(f.creditsUsd))
        .field("training", usd(f.trainingUsd))
        .field("total", usd(f.totalUsd))
        .field("partner_cash", usd(f.partnerCashUsd))
        .field("customer_credits", usd(f.customerCreditsUsd))
        .field("assessment_fee", usd(f.assessmentFeeUsd))
        .field("profile", toName(f.profile))
        .field("left_on_table", usd(l.totalUsd));
    w.beginObject("left_on_table_by_reason")
        .field("untagged", usd(l.untaggedUsd))
        .field("tagged_late", usd(l.taggedLateUsd))
        .field("window_closed", usd(l.windowClosedUsd))
        .field("cap", usd(l.capUsd))
        .field("below_minimum", usd(l.belowMinimumUsd))
        .field("funded_elsewhere", usd(l.fundedElsewhereUsd))
        .field("not_eligible", usd(l.notEligibleUsd))
        .endObject();
    w.field("uncapped_total", usd(f.uncappedTotalUsd))
        .field("cap", usd(f.capUsd))
        .field("cap_applied", f.capApplied)
        .field("credit_pct", share(f.creditPct))
        .field("credits_earned", usd(f.creditsEarnedUsd))
        .field("credits_after_horizon", usd(f.creditsAfterHorizonUsd))
        .field("tagged_spend", usd(f.taggedSpendUsd))
        .field("mobilize_basis",
               f.mobilizeBasis == model::MobilizeBasis::ProjectedArr ? "projected_arr" : "services_cost");
    w.beginArray("phases");
    writePhase(w, "assess", f.assess);
    writePhase(w, "mobilize", f.mobilize);
    w.endArray();
    w.beginArray("quarters");
    for (const model::QuarterCredit& q : f.quarters)
        w.beginObject()
            .field("quarter", q.quarter)
            .field("label", periodLabel(s, SeriesPeriod::Quarterly, q.quarter))
            .field("tagged_spend", usd(q.taggedSpendUsd))
            .field("creditable_spend", usd(q.creditableSpendUsd))
            .field("earned", usd(q.earnedUsd))
            .field("received", usd(q.receivedUsd))
            .field("release_quarter", q.releaseQuarter)
            .field("released_in_horizon", q.releasedInHorizon)
            .endObject();
    w.endArray().endObject();

    w.beginObject("funding_profiles").field("headline", toName(r.fundingProfiles.headline));
    writeProfile(w, "program_mechanics", r.fundingProfiles.programMechanics);
    writeProfile(w, "published_rules", r.fundingProfiles.publishedRules);
    w.endObject();

    const model::TcoSummary& t = r.tco;
    w.beginObject("tco").field("npv", usd(t.npvUsd)).field("payback_month", t.paybackMonth);
    if (t.paybackMonth)
        w.field("payback_note", nullptr);
    else
        w.field("payback_note", model::noFigureText(t.whyNoPayback));
    if (t.roiPct)
        w.field("roi", share(*t.roiPct)).field("roi_note", nullptr);
    else
        w.field("roi", nullptr).field("roi_note", model::roiNote(t));
    w.field("today_monthly", usd(t.todayMonthlyUsd))
        .field("target_monthly", usd(t.targetMonthlyUsd))
        .field("steady_aws_usage_monthly", usd(t.steadyAwsUsageMonthlyUsd))
        .field("status_quo_total", usd(t.statusQuoTotalUsd))
        .field("migration_total", usd(t.migrationTotalUsd))
        .field("one_time", usd(t.oneTimeUsd))
        .field("dual_running", usd(t.dualRunningUsd))
        .field("funding", usd(t.fundingUsd))
        .field("net_migration_cost", usd(t.netMigrationCostUsd))
        .field("horizon_savings", usd(t.horizonSavingsUsd))
        .field("horizon_savings_pct", share(t.horizonSavingsPct))
        .field("run_rate_savings_pct", share(t.runRateSavingsPct));
    w.beginArray("today_shares");
    for (const model::CategoryShare& c : t.todayShares)
        w.beginObject()
            .field("category", c.category)
            .field("monthly", usd(c.monthlyUsd))
            .field("share", share(c.share))
            .endObject();
    w.endArray();
    w.beginObject("sanity")
        .field("low_pct", share(t.sanity.lowPct))
        .field("high_pct", share(t.sanity.highPct))
        .field("outside", t.sanity.outside)
        .field("warning", t.sanity.warning)
        .endObject();
    w.key("status_quo_by_category");
    writeBreakdown(w, t.statusQuoByCategory);
    w.key("migration_by_category");
    writeBreakdown(w, t.migrationByCategory);
    w.beginArray("by_disposition");
    for (int d = 0; d < model::kDispositionCount; ++d) {
        const model::DispositionTotals& x = t.byDisposition[static_cast<std::size_t>(d)];
        w.beginObject()
            .field("disposition", toName(static_cast<model::Disposition>(d)))
            .field("workloads", x.workloads)
            .field("today_monthly", usd(x.todayMonthlyUsd))
            .field("target_monthly", usd(x.targetMonthlyUsd))
            .field("aws_monthly", usd(x.awsMonthlyUsd))
            .field("one_time", usd(x.oneTimeUsd))
            .field("horizon_legacy", usd(x.horizonLegacyUsd))
            .field("horizon_target", usd(x.horizonTargetUsd))
            .endObject();
    }
    w.endArray().endObject();

    w.beginObject("timeline")
        .field("assess_end_month", r.timeline.assessEndMonth)
        .field("mobilize_end_month", r.timeline.mobilizeEndMonth)
        .field("wave_go_live_months", r.timeline.waveGoLiveMonth)
        .field("last_go_live_month", r.timeline.lastGoLiveMonth)
        .endObject();
    w.key("series");
    writeSeries(w, s, r.monthly, SeriesPeriod::Monthly);
    w.key("series_quarterly");
    writeSeries(w, s, r.quarterly, SeriesPeriod::Quarterly);
    w.key("series_yearly");
    writeSeries(w, s, r.yearly, SeriesPeriod::Yearly);

    w.beginArray("workloads");
    for (std::size_t i = 0; i < r.workloads.size() && i < s.workloads.size(); ++i) {
        const model::WorkloadResult& x = r.workloads[i];
        const std::string type = model::instanceTypeName(s, x);
        const bool sized = !type.empty();
        const std::string warning = model::sizingWarningText(s, x);
        const model::AwsDiscount discount = model::awsDiscountOf(s, x);
        w.beginObject()
            .field("id", s.workloads[i].id)
            .field("name", s.workloads[i].name)
            .field("disposition", toName(x.effective))
            .field("recommended", toName(x.recommended))
            .field("recommendation_reason", reasonKey(x.reason))
            .field("disposition_from_user", x.dispositionFromUser);
        if (sized)
            w.field("instance_type", type);
        else
            w.field("instance_type", nullptr);
        w.field("instance_count", x.instanceCount);
        if (sized)
            w.field("instance_usd_per_hour", x.instanceUsdPerHour)
                .field("price_table", model::priceTableName(x.priceKey))
                .field("sizing_trace", model::sizingTrace(s, x, i));
        else
            w.field("instance_usd_per_hour", nullptr).field("price_table", nullptr).field("sizing_trace", nullptr);
        if (warning.empty())
            w.field("sizing_warning", nullptr);
        else
            w.field("sizing_warning", warning);
        w.field("today_monthly", usd(x.todayMonthlyUsd))
            .field("host_share", x.hostShare)
            .field("today_licences_monthly", usd(x.todayLicenceMonthlyUsd))
            .field("licence_included_monthly", usd(x.licenceIncludedMonthlyUsd))
            .field("licences_kept_monthly", usd(x.licencesKeptMonthlyUsd));
        w.key("licence_lines");
        writeLicenceLines(w, model::workloadCostTrace(s, r, i));
        w.field("aws_monthly", usd(x.awsMonthlyUsd))
            .field("aws_management_monthly", usd(x.awsManagementMonthlyUsd))
            .field("aws_discount_pct", discount.pct);
        if (discount.name.empty())
            w.field("aws_discount_name", nullptr);
        else
            w.field("aws_discount_name", discount.name);
        w.field("rule_of_thumb_factor", model::ruleOfThumbFactor(s, x))
            .field("target_monthly", usd(x.targetMonthlyUsd))
            .field("one_time", usd(x.oneTimeUsd))
            .field("wave_start_month", x.waveStartMonth)
            .field("go_live_month", x.goLiveMonth)
            .field("legacy_end_month", x.legacyEndMonth)
            .field("map_eligible", x.mapEligible)
            .field("map_exclusion", exclusionKey(x.mapExclusion));
        // SQL Server / Oracle on RDS: the same database on EC2 with the customer's own licences, and the difference.
        const model::Money rdsChoice = x.awsMonthlyUsd + x.licencesKeptMonthlyUsd;
        if (x.priceKey.rds)
            w.field("multi_az", x.priceKey.deployment == model::RdsDeployment::MultiAz);
        else
            w.field("multi_az", nullptr);
        if (x.ec2ByolAlternativeMonthlyUsd)
            w.field("ec2_byol_alternative_monthly", usd(*x.ec2ByolAlternativeMonthlyUsd))
                .field("ec2_byol_difference_monthly", usd(*x.ec2ByolAlternativeMonthlyUsd - rdsChoice));
        else
            w.field("ec2_byol_alternative_monthly", nullptr).field("ec2_byol_difference_monthly", nullptr);
        w.endObject();
    }
    w.endArray();
    w.beginObject("prices")
        .field("region", s.aws.region)
        .field("region_name", s.aws.catalogue ? s.aws.catalogue->regionName(s.aws.region) : s.aws.region)
        .field("region_multiplier", s.aws.regionMultiplier);
    w.beginArray("tables");
    for (const model::PriceTableUse& table : model::priceTablesInUse(s, r)) {
        w.beginObject()
            .field("name", table.name)
            .field("as_of", table.provenance.asOf)
            .field("source", table.provenance.source)
            .field("older_table", table.provenance.olderTable);
        if (table.provenance.derivation.empty())
            w.field("derivation", nullptr);
        else
            w.field("derivation", table.provenance.derivation);
        w.field("workloads", table.workloads).endObject();
    }
    w.endArray().endObject();
    const model::DatabaseAlternatives& alt = r.databaseAlternatives;
    w.beginObject("database_alternatives")
        .field("workloads", alt.workloads)
        .field("rds_monthly", usd(alt.rdsMonthlyUsd))
        .field("ec2_byol_monthly", usd(alt.ec2ByolMonthlyUsd))
        .field("ec2_byol_saving_monthly", usd(alt.savingMonthlyUsd))
        .endObject();
    writeTraces(w, s, r);
    w.endObject();
    return finish(w);
}

std::string seriesCsv(const model::Scenario& s, const model::Result& r, SeriesPeriod period) {
    const std::vector<model::PeriodFigures>& rows = period == SeriesPeriod::Monthly     ? r.monthly
                                                    : period == SeriesPeriod::Quarterly ? r.quarterly
                                                                                        : r.yearly;
    std::string out = period == SeriesPeriod::Monthly     ? "month,label"
                      : period == SeriesPeriod::Quarterly ? "quarter,label"
                                                          : "year,label";
    for (const PeriodColumn& c : kPeriodColumns) {
        out.push_back(',');
        out += c.name;
        out += "_usd";
    }
    out += "\r\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        out += std::to_string(i);
        out.push_back(',');
        formats::appendCsvField(out, periodLabel(s, period, static_cast<int>(i)));
        for (const PeriodColumn& c : kPeriodColumns) {
            out.push_back(',');
            char buffer[64];
            std::snprintf(buffer, sizeof buffer, "%.2f", usd(rows[i].*(c.member)));
            out += buffer;
        }
        out += "\r\n";
    }
    return out;
}

} // namespace est::io
