// tests/io/legacy_json_writers.cpp - the scenario and result writers as they were when they built nlohmann
// ordered_json trees (schema 4, result schema 1), kept as the oracle for the streaming writers that replaced
// them: json_writer_equality_test compares their bytes on the demos and on perturbed scenarios. Frozen: a
// deliberate change of either format changes the production writer and this copy together.
#include "legacy_json_writers.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "io/enum_names.hpp"
#include "io/report.hpp"
#include "model/aws_discount.hpp"
#include "model/aws_pricing.hpp"
#include "model/names.hpp"
#include "model/payback.hpp"
#include "model/workload_trace.hpp"

namespace est::test::legacy {
namespace {

using namespace est::io;
using ojson = nlohmann::ordered_json;

ojson partnerBrandJson(const PartnerBrand& brand) {
    ojson o;
    o["partnerName"] = brand.name;
    if (!brand.tagline.empty()) o["tagline"] = brand.tagline;
    if (brand.accentRgb != 0) o["accentColor"] = accentHex(brand.accentRgb);
    if (!brand.logoDataUrl.empty()) o["logo"] = brand.logoDataUrl;
    return o;
}

ojson rangeJson(const model::Range& r) { return ojson{{"low", r.low}, {"expected", r.expected}, {"high", r.high}}; }
template <typename T>
ojson opt(const std::optional<T>& v) {
    return v ? ojson(*v) : ojson(nullptr);
}
template <typename E>
ojson optEnum(const std::optional<E>& v) {
    return v ? ojson(std::string(toName(*v))) : ojson(nullptr);
}
template <typename E>
ojson en(E v) {
    return ojson(std::string(toName(v)));
}

ojson workloadJson(const model::Workload& w) {
    ojson o;
    o["id"] = w.id;
    o["name"] = w.name;
    o["application"] = w.application;
    o["environment"] = en(w.environment);
    o["kind"] = en(w.kind);
    o["os"] = w.os;
    o["vcpu"] = w.vcpu;
    o["ramGb"] = w.ramGb;
    o["storageGb"] = w.storageGb;
    o["cpuUtilP95Pct"] = opt(w.cpuUtilP95Pct);
    o["memUtilP95Pct"] = opt(w.memUtilP95Pct);
    o["powerState"] = en(w.powerState);
    o["database"] = en(w.database);
    o["databaseEdition"] = en(w.databaseEdition);
    o["licence"] = en(w.licence);
    o["standbyToday"] = w.standbyToday;
    o["multiAz"] = opt(w.multiAz);
    o["usedStorageGb"] = opt(w.usedStorageGb);
    o["users"] = opt(w.users);
    o["monthlyCostOverrideUsd"] = opt(w.monthlyCostOverrideUsd);
    o["host"] = w.host;
    o["ipAddresses"] = w.ipAddresses;
    o["wave"] = w.wave;
    o["disposition"] = optEnum(w.disposition);
    o["mapTagged"] = w.mapTagged;
    o["taggedFromMonth"] = opt(w.taggedFromMonth);
    o["fundedElsewhere"] = w.fundedElsewhere;
    o["fundedElsewhereProgram"] = w.fundedElsewhereProgram;
    return o;
}

ojson scenarioJson(const model::Scenario& s, const ImportSettings& import, const ScenarioExtras& extras) {
    ojson root;
    root["schemaVersion"] = kScenarioSchemaVersion;
    const model::Settings& st = s.settings;
    root["settings"] = ojson{{"name", st.name},
                             {"customerName", st.customerName},
                             {"currencyCode", st.currencyCode},
                             {"currencySymbol", st.currencySymbol},
                             {"usdToDisplayRate", st.usdToDisplayRate},
                             {"horizonYears", st.horizonYears},
                             {"discountRatePct", st.discountRatePct},
                             {"startYear", st.startYear},
                             {"startQuarter", st.startQuarter}};
    const model::OnPremDrivers& d = s.source.onPrem;
    root["source"] = ojson{{"kind", en(s.source.kind)},
                           {"provider", s.source.provider},
                           {"monthlyBillUsd", s.source.monthlyBillUsd},
                           {"paasOperationsFte", s.source.paasOperationsFte},
                           {"storageBasis", en(s.source.storageBasis)},
                           {"onPrem", ojson{{"hardwareUsdPerServer", d.hardwareUsdPerServer},
                                            {"serverRefreshYears", d.serverRefreshYears},
                                            {"maintenancePct", d.maintenancePct},
                                            {"powerKwPerHost", d.powerKwPerHost},
                                            {"pue", d.pue},
                                            {"powerUsdPerKwh", d.powerUsdPerKwh},
                                            {"spaceUsdPerHostMonth", d.spaceUsdPerHostMonth},
                                            {"storageUsdPerGb", d.storageUsdPerGb},
                                            {"storageRefreshYears", d.storageRefreshYears},
                                            {"storageMaintenancePct", d.storageMaintenancePct},
                                            {"storageKwPerTb", d.storageKwPerTb},
                                            {"networkPct", d.networkPct},
                                            {"virtualisationUsdPerCoreYear", d.virtualisationUsdPerCoreYear},
                                            {"coresPerHost", d.coresPerHost},
                                            {"threadsPerCore", d.threadsPerCore},
                                            {"hostRamGb", d.hostRamGb},
                                            {"vcpuOversubscription", d.vcpuOversubscription},
                                            {"socketsPerHost", d.socketsPerHost},
                                            {"windowsDatacenterUsdPer16Cores", d.windowsDatacenterUsdPer16Cores},
                                            {"sqlEnterpriseUsdPer2Cores", d.sqlEnterpriseUsdPer2Cores},
                                            {"sqlStandardUsdPer2Cores", d.sqlStandardUsdPer2Cores},
                                            {"softwareAssurancePct", d.softwareAssurancePct},
                                            {"oracleEeUsdPerProcessor", d.oracleEeUsdPerProcessor},
                                            {"oracleSe2UsdPerProcessor", d.oracleSe2UsdPerProcessor},
                                            {"oracleSupportPct", d.oracleSupportPct},
                                            {"licenceLifeYears", d.licenceLifeYears},
                                            {"rhelUsdPerVmYear", d.rhelUsdPerVmYear},
                                            {"suseUsdPerVmYear", d.suseUsdPerVmYear},
                                            {"serversPerAdmin", d.serversPerAdmin},
                                            {"adminUsdPerYear", d.adminUsdPerYear},
                                            {"managementUsdPerServerYear", d.managementUsdPerServerYear},
                                            {"backupUsdPerGbMonth", d.backupUsdPerGbMonth}}}};
    const model::AwsTarget& a = s.aws;
    root["aws"] = ojson{{"region", a.region},
                        {"regionMultiplier", a.regionMultiplier},
                        {"headroomPct", a.headroomPct},
                        {"pricingModel", en(a.pricingModel)},
                        {"savingsPlan1YearPct", a.savingsPlan1YearPct},
                        {"savingsPlan3YearPct", a.savingsPlan3YearPct},
                        {"rdsReservedPct", a.rdsReservedPct},
                        {"rdsReserved3YearPct", a.rdsReserved3YearPct},
                        {"allowGraviton", a.allowGraviton},
                        {"allowBurstable", a.allowBurstable},
                        {"mpaFallbackPeaks", a.mpaFallbackPeaks},
                        {"rdsMultiAzForProduction", a.rdsMultiAzForProduction},
                        {"enterpriseDiscountPct", a.enterpriseDiscountPct},
                        {"supportPlan", en(a.supportPlan)},
                        {"opsLabourChangePct", a.opsLabourChangePct},
                        {"relocateHostUsdPerHour", a.relocateHostUsdPerHour},
                        {"relocateVmsPerHost", a.relocateVmsPerHost},
                        {"backupUsdPerGbMonth", a.backupUsdPerGbMonth},
                        {"monitoringUsdPerServerMonth", a.monitoringUsdPerServerMonth},
                        {"securityUsdPerServerMonth", a.securityUsdPerServerMonth}};
    ojson rules = ojson::array();
    for (const model::DispositionRule& r : s.rules)
        rules.push_back(ojson{{"disposition", en(r.disposition)},
                              {"oneTimeUsdPerWorkload", r.oneTimeUsdPerWorkload},
                              {"runRateFactor", r.runRateFactor},
                              {"durationWeeks", r.durationWeeks},
                              {"opsLabourFactor", r.opsLabourFactor},
                              {"subscriptionUsdPerUserMonth", r.subscriptionUsdPerUserMonth},
                              {"oneTimeUsdPerApplication", r.oneTimeUsdPerApplication}});
    root["rules"] = std::move(rules);
    ojson waves = ojson::array();
    for (const model::Wave& w : s.plan.waves)
        waves.push_back(ojson{{"name", w.name},
                              {"startMonth", w.startMonth},
                              {"lengthMonths", w.lengthMonths},
                              {"dualRunningMonths", w.dualRunningMonths}});
    const model::WavePlanningRules& wp = s.plan.wavePlanning;
    ojson locks = ojson::array();
    for (const model::WaveLock& l : wp.locks)
        locks.push_back(ojson{{"workloadId", l.workloadId}, {"application", l.application}, {"wave", l.wave}});
    ojson wavePlanning{{"pilotWaveServers", wp.pilotWaveServers},
                       {"serversIncreasePerWave", wp.serversIncreasePerWave},
                       {"maxServersPerWave", wp.maxServersPerWave},
                       {"maxVcpuPerWave", wp.maxVcpuPerWave},
                       {"maxStorageGbPerWave", wp.maxStorageGbPerWave},
                       {"waveLengthMonths", wp.waveLengthMonths},
                       {"monthsBetweenWaves", wp.monthsBetweenWaves},
                       {"dualRunningMonths", wp.dualRunningMonths},
                       {"fundingAware", wp.fundingAware},
                       {"separateEnvironments", wp.separateEnvironments},
                       {"locks", std::move(locks)}};
    root["plan"] = ojson{{"assessWeeks", s.plan.assessWeeks},
                         {"mobilizeWeeks", s.plan.mobilizeWeeks},
                         {"waves", std::move(waves)},
                         {"wavePlanning", std::move(wavePlanning)}};
    const model::Program& g = s.program;
    root["program"] = ojson{{"assessPctOfArr", g.assessPctOfArr},
                            {"mobilizePctOfArr", g.mobilizePctOfArr},
                            {"mobilizePctOfServices", g.mobilizePctOfServices},
                            {"mobilizeBasis", en(g.mobilizeBasis)},
                            {"migrationServicesUsd", g.migrationServicesUsd},
                            {"migrateCreditPct", rangeJson(g.migrateCreditPct)},
                            {"creditLagQuarters", g.creditLagQuarters},
                            {"minEligibleSpendUsd", g.minEligibleSpendUsd},
                            {"creditWindowMonths", rangeJson(g.creditWindowMonths)},
                            {"partnerFundingCapUsd", g.partnerFundingCapUsd},
                            {"mapLiteMinArrUsd", g.mapLiteMinArrUsd},
                            {"mapMinArrUsd", g.mapMinArrUsd},
                            {"scopeFloorServers", rangeJson(g.scopeFloorServers)},
                            {"professionalServicesDiscountPct", g.professionalServicesDiscountPct},
                            {"trainingAllowanceUsdPerPerson", g.trainingAllowanceUsdPerPerson},
                            {"trainingPeople", g.trainingPeople},
                            {"partnerMigrationCompetency", opt(g.partnerMigrationCompetency)},
                            {"capIncludesCredits", g.capIncludesCredits},
                            {"headlineProfile", en(g.headlineProfile)},
                            {"projectedArrOverrideUsd", g.projectedArrOverrideUsd},
                            {"practicalFloorMonthlyUsd", g.practicalFloorMonthlyUsd},
                            {"assessTierMapUsd", g.assessTierMapUsd},
                            {"assessTierLiteUsd", g.assessTierLiteUsd},
                            {"assessmentFeeUsd", g.assessmentFeeUsd},
                            {"assessPctOfFee", g.assessPctOfFee},
                            {"mobilizeArrCountedUsd", g.mobilizeArrCountedUsd},
                            {"mobilizeCashCapUsd", g.mobilizeCashCapUsd},
                            {"mobilizeTranche1TriggerUsd", g.mobilizeTranche1TriggerUsd},
                            {"mobilizeTranche1MaxUsd", g.mobilizeTranche1MaxUsd},
                            {"mobilizeTranche2TriggerPctOfArr", g.mobilizeTranche2TriggerPctOfArr},
                            {"creditRatePct", rangeJson(g.creditRatePct)},
                            {"creditThresholdUsd", g.creditThresholdUsd},
                            {"creditPeriodMonths", g.creditPeriodMonths},
                            {"agreementStartMonth", g.agreementStartMonth},
                            {"migrationSpendTargetUsd", g.migrationSpendTargetUsd},
                            {"creditCapUsd", g.creditCapUsd},
                            {"dataTransferSharePct", g.dataTransferSharePct},
                            {"marketplaceSharePct", g.marketplaceSharePct},
                            {"tagKey", en(g.tagKey)},
                            {"tagValue", g.tagValue}};
    root["recommender"] = ojson{{"idleCpuPct", s.recommender.idleCpuPct}, {"idleMemPct", s.recommender.idleMemPct}};
    ojson workloads = ojson::array();
    for (const model::Workload& w : s.workloads) workloads.push_back(workloadJson(w));
    root["workloads"] = std::move(workloads);
    ojson dependencies = ojson::array();
    for (const model::Dependency& dep : s.dependencies)
        dependencies.push_back(ojson{{"source", dep.source},
                                     {"target", dep.target},
                                     {"kind", en(dep.kind)},
                                     {"port", dep.port},
                                     {"protocol", dep.protocol},
                                     {"observations", dep.observations},
                                     {"origin", dep.origin}});
    root["dependencies"] = std::move(dependencies);
    ojson ranges = ojson::array();
    for (const model::AssumptionRange& r : s.ranges)
        ranges.push_back(
            ojson{{"key", r.key}, {"low", r.range.low}, {"expected", r.range.expected}, {"high", r.range.high}});
    root["ranges"] = std::move(ranges);
    ojson mappings = ojson::array();
    for (const SavedMapping& sm : import.mappings) {
        ojson columns;
        for (const MappingField& f : mappingFields()) columns[f.key] = sm.mapping.*(f.member);
        mappings.push_back(ojson{{"headerSignature", sm.headerSignature},
                                 {"columns", std::move(columns)},
                                 {"ramUnit", sizeUnitKey(sm.mapping.ramUnit)},
                                 {"storageUnit", sizeUnitKey(sm.mapping.storageUnit)},
                                 {"utilAsFraction", sm.mapping.utilAsFraction}});
    }
    root["import"] = ojson{{"mappings", std::move(mappings)}};
    if (!extras.snapshots.empty()) {
        ojson snapshots = ojson::array();
        for (const SavedSnapshot* snapshot : extras.snapshots) {
            ojson body = scenarioJson(snapshot->scenario, {}, {});
            body.erase("schemaVersion");
            body.erase("import");
            ojson entry{{"name", snapshot->name}};
            // Snapshots usually change settings, not the estate: an unchanged estate is written once, not per snapshot.
            if (snapshot->scenario.workloads == s.workloads) {
                body.erase("workloads");
                entry["sameWorkloads"] = true;
            }
            entry["scenario"] = std::move(body);
            snapshots.push_back(std::move(entry));
        }
        root["snapshots"] = std::move(snapshots);
    }
    if (extras.partner != nullptr && !extras.partner->name.empty()) root["partner"] = partnerBrandJson(*extras.partner);
    return root;
}

using ojson = nlohmann::ordered_json;

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

ojson seriesJson(const model::Scenario& s, const std::vector<model::PeriodFigures>& periods, SeriesPeriod kind) {
    ojson arr = ojson::array();
    for (std::size_t i = 0; i < periods.size(); ++i) {
        ojson o;
        o["index"] = i;
        o["label"] = periodLabel(s, kind, static_cast<int>(i));
        for (const PeriodColumn& c : kPeriodColumns) o[c.name] = usd(periods[i].*(c.member));
        arr.push_back(std::move(o));
    }
    return arr;
}

ojson breakdownJson(const model::CostBreakdown& b) {
    return ojson{{"hardware", usd(b.hardwareUsd)},
                 {"maintenance", usd(b.maintenanceUsd)},
                 {"power", usd(b.powerUsd)},
                 {"space", usd(b.spaceUsd)},
                 {"storage", usd(b.storageUsd)},
                 {"network", usd(b.networkUsd)},
                 {"os_licence", usd(b.osLicenceUsd)},
                 {"db_licence", usd(b.dbLicenceUsd)},
                 {"virtualisation", usd(b.virtualisationUsd)},
                 {"admin_labour", usd(b.adminLabourUsd)},
                 {"management", usd(b.managementUsd)},
                 {"other_cloud_bill", usd(b.otherCloudBillUsd)},
                 {"aws_compute", usd(b.awsComputeUsd)},
                 {"aws_database", usd(b.awsDatabaseUsd)},
                 {"aws_storage", usd(b.awsStorageUsd)},
                 {"aws_relocate_hosts", usd(b.awsRelocateHostsUsd)},
                 {"aws_management", usd(b.awsManagementUsd)},
                 {"aws_support", usd(b.awsSupportUsd)},
                 {"subscription", usd(b.subscriptionUsd)},
                 {"ops_labour", usd(b.opsLabourUsd)},
                 {"licences_kept", usd(b.licencesKeptUsd)},
                 {"one_time", usd(b.oneTimeUsd)},
                 {"total", usd(b.totalUsd())}};
}

ojson phaseJson(const char* name, const model::FundingPhase& p) {
    return ojson{{"phase", name},
                 {"amount", usd(p.amountUsd)},
                 {"uncapped", usd(p.uncappedUsd)},
                 {"basis", usd(p.basisUsd)},
                 {"pct", share(p.pct)},
                 {"release_month", p.releaseMonth},
                 {"released_in_horizon", p.releasedInHorizon},
                 {"released_by", p.releasedBy}};
}

// The licence lines of a workload's cost trace ("today: ..." / "after: ..." notes), as plain strings.
ojson licenceLinesJson(const model::Trace& t) {
    ojson lines = ojson::array();
    for (const std::string& note : t.notes)
        if (note.rfind("today: ", 0) == 0 || note.rfind("after: ", 0) == 0) lines.push_back(note);
    return lines;
}

// One trace: {formula, terms, figure_label, notes}; `head` fields (a list element's identity) come first.
ojson traceJson(const model::Trace& t, ojson head = ojson::object()) {
    ojson terms = ojson::array();
    for (const model::TraceTerm& term : t.terms)
        terms.push_back(ojson{{"label", term.label}, {"value", term.value}, {"unit", term.unit}});
    head["formula"] = t.formula;
    head["terms"] = std::move(terms);
    head["figure_label"] = t.figureLabel;
    head["notes"] = t.notes;
    return head;
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

ojson tracesJson(const model::Scenario& s, const model::Result& r) {
    const model::Traces& tr = r.traces;
    ojson years = ojson::array();
    for (std::size_t i = 0; i < tr.tcoYears.size(); ++i)
        years.push_back(
            traceJson(tr.tcoYears[i],
                      ojson{{"year", i + 1}, {"label", periodLabel(s, SeriesPeriod::Yearly, static_cast<int>(i))}}));
    ojson quarters = ojson::array();
    for (std::size_t i = 0; i < tr.creditQuarters.size(); ++i) {
        const int q = i < r.funding.quarters.size() ? r.funding.quarters[i].quarter : static_cast<int>(i);
        quarters.push_back(traceJson(tr.creditQuarters[i],
                                     ojson{{"quarter", q}, {"label", periodLabel(s, SeriesPeriod::Quarterly, q)}}));
    }
    ojson reasons = ojson::array();
    for (std::size_t i = 0;
         i < tr.leftOnTableReasons.size() && i < static_cast<std::size_t>(model::kLeftOnTableReasonCount); ++i)
        reasons.push_back(
            traceJson(tr.leftOnTableReasons[i],
                      ojson{{"reason", std::string(leftReasonKey(static_cast<model::LeftOnTableReason>(i)))}}));
    ojson checks = ojson::array();
    for (std::size_t i = 0; i < tr.eligibilityChecks.size(); ++i) {
        const bool has = i < r.eligibility.checks.size();
        checks.push_back(
            traceJson(tr.eligibilityChecks[i],
                      ojson{{"id", has ? r.eligibility.checks[i].id : std::string()},
                            {"status", std::string(has ? statusKey(r.eligibility.checks[i].status) : "unknown")}}));
    }
    return ojson{{"projected_arr", traceJson(tr.projectedArr)},
                 {"assess", traceJson(tr.assess)},
                 {"mobilize", traceJson(tr.mobilize)},
                 {"credits", traceJson(tr.credits)},
                 {"total_funding", traceJson(tr.totalFunding)},
                 {"npv", traceJson(tr.npv)},
                 {"payback", traceJson(tr.payback)},
                 {"run_rate_savings", traceJson(tr.runRateSavings)},
                 {"left_on_table", traceJson(tr.leftOnTable)},
                 {"tco_years", std::move(years)},
                 {"credit_quarters", std::move(quarters)},
                 {"left_on_table_reasons", std::move(reasons)},
                 {"eligibility_checks", std::move(checks)}};
}

std::string dump(const ojson& j) {
    std::string out = j.dump(2, ' ', false, ojson::error_handler_t::replace);
    out.push_back('\n');
    return out;
}

// One funding profile: the ladder fields, partner cash apart from customer credits, milestones and traces.
ojson profileJson(const model::FundingProfileFigures& p) {
    ojson tranches = ojson::array();
    for (const model::MobilizeTranche& t : p.mobilizeTranches)
        tranches.push_back(ojson{{"amount", usd(t.amountUsd)},
                                 {"trigger", usd(t.triggerUsd)},
                                 {"month", t.month >= 0 ? ojson(t.month) : ojson(nullptr)},
                                 {"released_by", t.releasedBy}});
    ojson late = ojson::array();
    for (const model::LateWaveLoss& w : p.lateWaves)
        late.push_back(ojson{{"wave", w.wave},
                             {"name", w.name},
                             {"go_live_month", w.goLiveMonth},
                             {"after_horizon", w.afterHorizon},
                             {"spend_after_credit_period", usd(w.spendAfterPeriodUsd)},
                             {"credits_lost", usd(w.creditsLostUsd)}});
    return ojson{{"name", p.name},
                 {"assess", usd(p.assessUsd)},
                 {"mobilize", usd(p.mobilizeUsd)},
                 {"migrate_credits", usd(p.migrateCreditsUsd)},
                 {"training", usd(p.trainingUsd)},
                 {"total", usd(p.totalUsd)},
                 {"partner_cash", usd(p.partnerCashUsd)},
                 {"customer_credits", usd(p.customerCreditsUsd)},
                 {"services_cost", usd(p.servicesCostUsd)},
                 {"left_on_table", usd(p.leftOnTableUsd)},
                 {"assess_month", p.assessMonth >= 0 ? ojson(p.assessMonth) : ojson(nullptr)},
                 {"mobilize_tranches", std::move(tranches)},
                 {"credit_period_start_month", p.creditPeriodStartMonth},
                 {"credit_period_end_month", p.creditPeriodEndMonth},
                 {"credit_cap", usd(p.creditCapUsd)},
                 {"credit_pct", share(p.creditPct)},
                 {"late_waves", std::move(late)},
                 {"traces", ojson{{"assess", traceJson(p.assess)},
                                  {"mobilize", traceJson(p.mobilize)},
                                  {"migrate_credits", traceJson(p.credits)},
                                  {"total", traceJson(p.total)}}}};
}

} // namespace

std::string saveScenario(const model::Scenario& scenario, const ImportSettings& import, const ScenarioExtras& extras) {
    std::string out = scenarioJson(scenario, import, extras).dump(2, ' ', false, ojson::error_handler_t::replace);
    out.push_back('\n');
    return out;
}

std::string resultJson(const model::Scenario& s, const model::Result& r) {
    ojson root;
    root["schema"] = "estimator-result";
    root["schema_version"] = 1;
    root["ok"] = r.ok();
    if (!r.ok()) {
        ojson errors = ojson::array();
        for (const model::ValidationError& e : r.errors)
            errors.push_back(ojson{{"path", e.path}, {"message", e.message}});
        root["errors"] = std::move(errors);
        return dump(root);
    }
    ojson warnings = ojson::array();
    for (const model::ResultWarning& w : r.warnings)
        warnings.push_back(ojson{{"id", w.id}, {"text", w.text}, {"path", w.path}});
    root["warnings"] = std::move(warnings);
    root["scenario"] = ojson{{"name", s.settings.name},
                             {"currency", "USD"},
                             {"display_currency", s.settings.currencyCode},
                             {"usd_to_display_rate", s.settings.usdToDisplayRate},
                             {"display_currency_symbol", s.settings.currencySymbol},
                             {"currency_statement", currencyStatement(s.settings)},
                             {"start", periodLabel(s, SeriesPeriod::Quarterly, 0)},
                             {"horizon_months", r.months},
                             {"workloads", s.workloads.size()},
                             {"source_kind", std::string(toName(s.source.kind))}};
    root["projected_arr"] = usd(r.projectedArrUsd);
    root["arr_basis"] = s.program.projectedArrOverrideUsd > 0.0 ? "committed" : "sized";
    root["sized_arr"] = usd(r.sizedArrUsd);

    ojson checks = ojson::array();
    for (const model::EligibilityCheck& c : r.eligibility.checks)
        checks.push_back(ojson{{"id", c.id},
                               {"label", c.label},
                               {"status", std::string(statusKey(c.status))},
                               {"measured", c.measured},
                               {"threshold", c.threshold},
                               {"unit", c.unit},
                               {"blocking", c.blocking},
                               {"clear_amount", c.clearAmount},
                               {"clear_text", c.clearText}});
    ojson readings = ojson::array();
    for (const model::EligibilityReading& x : r.eligibility.readings)
        readings.push_back(
            ojson{{"label", x.label}, {"source", x.source}, {"eligible", x.eligible}, {"funding", usd(x.fundingUsd)}});
    root["eligibility"] = ojson{{"verdict", std::string(verdictKey(r.eligibility.verdict))},
                                {"verdict_label", std::string(model::verdictName(r.eligibility.verdict))},
                                {"checks", std::move(checks)},
                                {"readings", std::move(readings)}};

    const model::FundingLadder& f = r.funding;
    const model::LeftOnTable& l = f.leftOnTable;
    ojson quarters = ojson::array();
    for (const model::QuarterCredit& q : f.quarters)
        quarters.push_back(ojson{{"quarter", q.quarter},
                                 {"label", periodLabel(s, SeriesPeriod::Quarterly, q.quarter)},
                                 {"tagged_spend", usd(q.taggedSpendUsd)},
                                 {"creditable_spend", usd(q.creditableSpendUsd)},
                                 {"earned", usd(q.earnedUsd)},
                                 {"received", usd(q.receivedUsd)},
                                 {"release_quarter", q.releaseQuarter},
                                 {"released_in_horizon", q.releasedInHorizon}});
    root["funding"] = ojson{
        {"assess", usd(f.assess.amountUsd)},
        {"mobilize", usd(f.mobilize.amountUsd)},
        {"migrate_credits", usd(f.creditsUsd)},
        {"training", usd(f.trainingUsd)},
        {"total", usd(f.totalUsd)},
        {"partner_cash", usd(f.partnerCashUsd)},
        {"customer_credits", usd(f.customerCreditsUsd)},
        {"assessment_fee", usd(f.assessmentFeeUsd)},
        {"profile", std::string(toName(f.profile))},
        {"left_on_table", usd(l.totalUsd)},
        {"left_on_table_by_reason", ojson{{"untagged", usd(l.untaggedUsd)},
                                          {"tagged_late", usd(l.taggedLateUsd)},
                                          {"window_closed", usd(l.windowClosedUsd)},
                                          {"cap", usd(l.capUsd)},
                                          {"below_minimum", usd(l.belowMinimumUsd)},
                                          {"funded_elsewhere", usd(l.fundedElsewhereUsd)},
                                          {"not_eligible", usd(l.notEligibleUsd)}}},
        {"uncapped_total", usd(f.uncappedTotalUsd)},
        {"cap", usd(f.capUsd)},
        {"cap_applied", f.capApplied},
        {"credit_pct", share(f.creditPct)},
        {"credits_earned", usd(f.creditsEarnedUsd)},
        {"credits_after_horizon", usd(f.creditsAfterHorizonUsd)},
        {"tagged_spend", usd(f.taggedSpendUsd)},
        {"mobilize_basis", f.mobilizeBasis == model::MobilizeBasis::ProjectedArr ? "projected_arr" : "services_cost"},
        {"phases", ojson::array({phaseJson("assess", f.assess), phaseJson("mobilize", f.mobilize)})},
        {"quarters", std::move(quarters)}};

    root["funding_profiles"] = ojson{{"headline", std::string(toName(r.fundingProfiles.headline))},
                                     {"program_mechanics", profileJson(r.fundingProfiles.programMechanics)},
                                     {"published_rules", profileJson(r.fundingProfiles.publishedRules)}};

    const model::TcoSummary& t = r.tco;
    ojson byDisposition = ojson::array();
    for (int d = 0; d < model::kDispositionCount; ++d) {
        const model::DispositionTotals& x = t.byDisposition[static_cast<std::size_t>(d)];
        byDisposition.push_back(ojson{{"disposition", std::string(toName(static_cast<model::Disposition>(d)))},
                                      {"workloads", x.workloads},
                                      {"today_monthly", usd(x.todayMonthlyUsd)},
                                      {"target_monthly", usd(x.targetMonthlyUsd)},
                                      {"aws_monthly", usd(x.awsMonthlyUsd)},
                                      {"one_time", usd(x.oneTimeUsd)},
                                      {"horizon_legacy", usd(x.horizonLegacyUsd)},
                                      {"horizon_target", usd(x.horizonTargetUsd)}});
    }
    ojson todayShares = ojson::array();
    for (const model::CategoryShare& c : t.todayShares)
        todayShares.push_back(
            ojson{{"category", c.category}, {"monthly", usd(c.monthlyUsd)}, {"share", share(c.share)}});
    root["tco"] = ojson{
        {"npv", usd(t.npvUsd)},
        {"payback_month", t.paybackMonth ? ojson(*t.paybackMonth) : ojson(nullptr)},
        {"payback_note", t.paybackMonth ? ojson(nullptr) : ojson(std::string(model::noFigureText(t.whyNoPayback)))},
        {"roi", t.roiPct ? ojson(share(*t.roiPct)) : ojson(nullptr)},
        {"roi_note", t.roiPct ? ojson(nullptr) : ojson(std::string(model::roiNote(t)))},
        {"today_monthly", usd(t.todayMonthlyUsd)},
        {"target_monthly", usd(t.targetMonthlyUsd)},
        {"steady_aws_usage_monthly", usd(t.steadyAwsUsageMonthlyUsd)},
        {"status_quo_total", usd(t.statusQuoTotalUsd)},
        {"migration_total", usd(t.migrationTotalUsd)},
        {"one_time", usd(t.oneTimeUsd)},
        {"dual_running", usd(t.dualRunningUsd)},
        {"funding", usd(t.fundingUsd)},
        {"net_migration_cost", usd(t.netMigrationCostUsd)},
        {"horizon_savings", usd(t.horizonSavingsUsd)},
        {"horizon_savings_pct", share(t.horizonSavingsPct)},
        {"run_rate_savings_pct", share(t.runRateSavingsPct)},
        {"today_shares", std::move(todayShares)},
        {"sanity", ojson{{"low_pct", share(t.sanity.lowPct)},
                         {"high_pct", share(t.sanity.highPct)},
                         {"outside", t.sanity.outside},
                         {"warning", t.sanity.warning}}},
        {"status_quo_by_category", breakdownJson(t.statusQuoByCategory)},
        {"migration_by_category", breakdownJson(t.migrationByCategory)},
        {"by_disposition", std::move(byDisposition)}};

    root["timeline"] = ojson{{"assess_end_month", r.timeline.assessEndMonth},
                             {"mobilize_end_month", r.timeline.mobilizeEndMonth},
                             {"wave_go_live_months", r.timeline.waveGoLiveMonth},
                             {"last_go_live_month", r.timeline.lastGoLiveMonth}};
    root["series"] = seriesJson(s, r.monthly, SeriesPeriod::Monthly);
    root["series_quarterly"] = seriesJson(s, r.quarterly, SeriesPeriod::Quarterly);
    root["series_yearly"] = seriesJson(s, r.yearly, SeriesPeriod::Yearly);

    ojson workloads = ojson::array();
    for (std::size_t i = 0; i < r.workloads.size() && i < s.workloads.size(); ++i) {
        const model::WorkloadResult& w = r.workloads[i];
        const std::string type = model::instanceTypeName(s, w);
        const bool sized = !type.empty();
        const std::string warning = model::sizingWarningText(s, w);
        const model::AwsDiscount discount = model::awsDiscountOf(s, w);
        workloads.push_back(ojson{{"id", s.workloads[i].id},
                                  {"name", s.workloads[i].name},
                                  {"disposition", std::string(toName(w.effective))},
                                  {"recommended", std::string(toName(w.recommended))},
                                  {"recommendation_reason", std::string(reasonKey(w.reason))},
                                  {"disposition_from_user", w.dispositionFromUser},
                                  {"instance_type", sized ? ojson(type) : ojson(nullptr)},
                                  {"instance_count", w.instanceCount},
                                  {"instance_usd_per_hour", sized ? ojson(w.instanceUsdPerHour) : ojson(nullptr)},
                                  {"price_table", sized ? ojson(model::priceTableName(w.priceKey)) : ojson(nullptr)},
                                  {"sizing_trace", sized ? ojson(model::sizingTrace(s, w, i)) : ojson(nullptr)},
                                  {"sizing_warning", warning.empty() ? ojson(nullptr) : ojson(warning)},
                                  {"today_monthly", usd(w.todayMonthlyUsd)},
                                  {"host_share", w.hostShare},
                                  {"today_licences_monthly", usd(w.todayLicenceMonthlyUsd)},
                                  {"licence_included_monthly", usd(w.licenceIncludedMonthlyUsd)},
                                  {"licences_kept_monthly", usd(w.licencesKeptMonthlyUsd)},
                                  {"licence_lines", licenceLinesJson(model::workloadCostTrace(s, r, i))},
                                  {"aws_monthly", usd(w.awsMonthlyUsd)},
                                  {"aws_management_monthly", usd(w.awsManagementMonthlyUsd)},
                                  {"aws_discount_pct", discount.pct},
                                  {"aws_discount_name", discount.name.empty() ? ojson(nullptr) : ojson(discount.name)},
                                  {"rule_of_thumb_factor", model::ruleOfThumbFactor(s, w)},
                                  {"target_monthly", usd(w.targetMonthlyUsd)},
                                  {"one_time", usd(w.oneTimeUsd)},
                                  {"wave_start_month", w.waveStartMonth},
                                  {"go_live_month", w.goLiveMonth},
                                  {"legacy_end_month", w.legacyEndMonth},
                                  {"map_eligible", w.mapEligible},
                                  {"map_exclusion", std::string(exclusionKey(w.mapExclusion))}});
        // SQL Server / Oracle on RDS: the same database on EC2 with the customer's own licences, and the difference.
        ojson& added = workloads.back();
        const model::Money rdsChoice = w.awsMonthlyUsd + w.licencesKeptMonthlyUsd;
        added["multi_az"] =
            w.priceKey.rds ? ojson(w.priceKey.deployment == model::RdsDeployment::MultiAz) : ojson(nullptr);
        added["ec2_byol_alternative_monthly"] =
            w.ec2ByolAlternativeMonthlyUsd ? ojson(usd(*w.ec2ByolAlternativeMonthlyUsd)) : ojson(nullptr);
        added["ec2_byol_difference_monthly"] =
            w.ec2ByolAlternativeMonthlyUsd ? ojson(usd(*w.ec2ByolAlternativeMonthlyUsd - rdsChoice)) : ojson(nullptr);
    }
    root["workloads"] = std::move(workloads);
    ojson tables = ojson::array();
    for (const model::PriceTableUse& table : model::priceTablesInUse(s, r))
        tables.push_back(ojson{
            {"name", table.name},
            {"as_of", table.provenance.asOf},
            {"source", table.provenance.source},
            {"older_table", table.provenance.olderTable},
            {"derivation", table.provenance.derivation.empty() ? ojson(nullptr) : ojson(table.provenance.derivation)},
            {"workloads", table.workloads}});
    root["prices"] = ojson{{"region", s.aws.region},
                           {"region_name", s.aws.catalogue ? s.aws.catalogue->regionName(s.aws.region) : s.aws.region},
                           {"region_multiplier", s.aws.regionMultiplier},
                           {"tables", std::move(tables)}};
    const model::DatabaseAlternatives& alt = r.databaseAlternatives;
    root["database_alternatives"] = ojson{{"workloads", alt.workloads},
                                          {"rds_monthly", usd(alt.rdsMonthlyUsd)},
                                          {"ec2_byol_monthly", usd(alt.ec2ByolMonthlyUsd)},
                                          {"ec2_byol_saving_monthly", usd(alt.savingMonthlyUsd)}};
    root["traces"] = tracesJson(s, r);
    return dump(root);
}

} // namespace est::test::legacy
