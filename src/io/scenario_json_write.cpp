// io/scenario_json_write.cpp - the scenario file written: schema version 4 through JsonWriter, fields in
// the struct order (the same order the reader in scenario_json.cpp visits them).
#include "io/scenario_json.hpp"

#include <optional>

#include "io/enum_names.hpp"
#include "io/json_writer.hpp"
#include "io/partner_brand_json.hpp"

namespace est::io {
namespace {

template <typename E>
std::string_view enumJson(E v) {
    return toName(v);
}
template <typename E>
std::optional<std::string_view> enumJson(const std::optional<E>& v) {
    return v ? std::optional<std::string_view>(toName(*v)) : std::nullopt;
}

void writeRange(JsonWriter& w, std::string_view name, const model::Range& r) {
    w.beginObject(name).field("low", r.low).field("expected", r.expected).field("high", r.high).endObject();
}

void writeWorkload(JsonWriter& w, const model::Workload& x) {
    w.beginObject()
        .field("id", x.id)
        .field("name", x.name)
        .field("application", x.application)
        .field("environment", enumJson(x.environment))
        .field("kind", enumJson(x.kind))
        .field("os", x.os)
        .field("vcpu", x.vcpu)
        .field("ramGb", x.ramGb)
        .field("storageGb", x.storageGb)
        .field("cpuUtilP95Pct", x.cpuUtilP95Pct)
        .field("memUtilP95Pct", x.memUtilP95Pct)
        .field("powerState", enumJson(x.powerState))
        .field("database", enumJson(x.database))
        .field("databaseEdition", enumJson(x.databaseEdition))
        .field("licence", enumJson(x.licence))
        .field("standbyToday", x.standbyToday)
        .field("multiAz", x.multiAz)
        .field("usedStorageGb", x.usedStorageGb)
        .field("users", x.users)
        .field("monthlyCostOverrideUsd", x.monthlyCostOverrideUsd)
        .field("host", x.host)
        .field("ipAddresses", x.ipAddresses)
        .field("wave", x.wave)
        .field("disposition", enumJson(x.disposition))
        .field("mapTagged", x.mapTagged)
        .field("taggedFromMonth", x.taggedFromMonth)
        .field("fundedElsewhere", x.fundedElsewhere)
        .field("fundedElsewhereProgram", x.fundedElsewhereProgram)
        .endObject();
}

void writeOnPrem(JsonWriter& w, const model::OnPremDrivers& d) {
    w.beginObject("onPrem")
        .field("hardwareUsdPerServer", d.hardwareUsdPerServer)
        .field("serverRefreshYears", d.serverRefreshYears)
        .field("maintenancePct", d.maintenancePct)
        .field("powerKwPerHost", d.powerKwPerHost)
        .field("pue", d.pue)
        .field("powerUsdPerKwh", d.powerUsdPerKwh)
        .field("spaceUsdPerHostMonth", d.spaceUsdPerHostMonth)
        .field("storageUsdPerGb", d.storageUsdPerGb)
        .field("storageRefreshYears", d.storageRefreshYears)
        .field("storageMaintenancePct", d.storageMaintenancePct)
        .field("storageKwPerTb", d.storageKwPerTb)
        .field("networkPct", d.networkPct)
        .field("virtualisationUsdPerCoreYear", d.virtualisationUsdPerCoreYear)
        .field("coresPerHost", d.coresPerHost)
        .field("threadsPerCore", d.threadsPerCore)
        .field("hostRamGb", d.hostRamGb)
        .field("vcpuOversubscription", d.vcpuOversubscription)
        .field("socketsPerHost", d.socketsPerHost)
        .field("windowsDatacenterUsdPer16Cores", d.windowsDatacenterUsdPer16Cores)
        .field("sqlEnterpriseUsdPer2Cores", d.sqlEnterpriseUsdPer2Cores)
        .field("sqlStandardUsdPer2Cores", d.sqlStandardUsdPer2Cores)
        .field("softwareAssurancePct", d.softwareAssurancePct)
        .field("oracleEeUsdPerProcessor", d.oracleEeUsdPerProcessor)
        .field("oracleSe2UsdPerProcessor", d.oracleSe2UsdPerProcessor)
        .field("oracleSupportPct", d.oracleSupportPct)
        .field("licenceLifeYears", d.licenceLifeYears)
        .field("rhelUsdPerVmYear", d.rhelUsdPerVmYear)
        .field("suseUsdPerVmYear", d.suseUsdPerVmYear)
        .field("serversPerAdmin", d.serversPerAdmin)
        .field("adminUsdPerYear", d.adminUsdPerYear)
        .field("managementUsdPerServerYear", d.managementUsdPerServerYear)
        .field("backupUsdPerGbMonth", d.backupUsdPerGbMonth)
        .endObject();
}

void writeAws(JsonWriter& w, const model::AwsTarget& a) {
    w.beginObject("aws")
        .field("region", a.region)
        .field("regionMultiplier", a.regionMultiplier)
        .field("headroomPct", a.headroomPct)
        .field("pricingModel", enumJson(a.pricingModel))
        .field("savingsPlan1YearPct", a.savingsPlan1YearPct)
        .field("savingsPlan3YearPct", a.savingsPlan3YearPct)
        .field("rdsReservedPct", a.rdsReservedPct)
        .field("rdsReserved3YearPct", a.rdsReserved3YearPct)
        .field("allowGraviton", a.allowGraviton)
        .field("allowBurstable", a.allowBurstable)
        .field("mpaFallbackPeaks", a.mpaFallbackPeaks)
        .field("rdsMultiAzForProduction", a.rdsMultiAzForProduction)
        .field("enterpriseDiscountPct", a.enterpriseDiscountPct)
        .field("supportPlan", enumJson(a.supportPlan))
        .field("opsLabourChangePct", a.opsLabourChangePct)
        .field("relocateHostUsdPerHour", a.relocateHostUsdPerHour)
        .field("relocateVmsPerHost", a.relocateVmsPerHost)
        .field("backupUsdPerGbMonth", a.backupUsdPerGbMonth)
        .field("monitoringUsdPerServerMonth", a.monitoringUsdPerServerMonth)
        .field("securityUsdPerServerMonth", a.securityUsdPerServerMonth)
        .endObject();
}

void writePlan(JsonWriter& w, const model::Plan& plan) {
    w.beginObject("plan").field("assessWeeks", plan.assessWeeks).field("mobilizeWeeks", plan.mobilizeWeeks);
    w.beginArray("waves");
    for (const model::Wave& x : plan.waves)
        w.beginObject()
            .field("name", x.name)
            .field("startMonth", x.startMonth)
            .field("lengthMonths", x.lengthMonths)
            .field("dualRunningMonths", x.dualRunningMonths)
            .endObject();
    w.endArray();
    const model::WavePlanningRules& wp = plan.wavePlanning;
    w.beginObject("wavePlanning")
        .field("pilotWaveServers", wp.pilotWaveServers)
        .field("serversIncreasePerWave", wp.serversIncreasePerWave)
        .field("maxServersPerWave", wp.maxServersPerWave)
        .field("maxVcpuPerWave", wp.maxVcpuPerWave)
        .field("maxStorageGbPerWave", wp.maxStorageGbPerWave)
        .field("waveLengthMonths", wp.waveLengthMonths)
        .field("monthsBetweenWaves", wp.monthsBetweenWaves)
        .field("dualRunningMonths", wp.dualRunningMonths)
        .field("fundingAware", wp.fundingAware)
        .field("separateEnvironments", wp.separateEnvironments);
    w.beginArray("locks");
    for (const model::WaveLock& l : wp.locks)
        w.beginObject()
            .field("workloadId", l.workloadId)
            .field("application", l.application)
            .field("wave", l.wave)
            .endObject();
    w.endArray().endObject().endObject();
}

void writeProgram(JsonWriter& w, const model::Program& g) {
    w.beginObject("program")
        .field("assessPctOfArr", g.assessPctOfArr)
        .field("mobilizePctOfArr", g.mobilizePctOfArr)
        .field("mobilizePctOfServices", g.mobilizePctOfServices)
        .field("mobilizeBasis", enumJson(g.mobilizeBasis))
        .field("migrationServicesUsd", g.migrationServicesUsd);
    writeRange(w, "migrateCreditPct", g.migrateCreditPct);
    w.field("creditLagQuarters", g.creditLagQuarters).field("minEligibleSpendUsd", g.minEligibleSpendUsd);
    writeRange(w, "creditWindowMonths", g.creditWindowMonths);
    w.field("partnerFundingCapUsd", g.partnerFundingCapUsd)
        .field("mapLiteMinArrUsd", g.mapLiteMinArrUsd)
        .field("mapMinArrUsd", g.mapMinArrUsd);
    writeRange(w, "scopeFloorServers", g.scopeFloorServers);
    w.field("professionalServicesDiscountPct", g.professionalServicesDiscountPct)
        .field("trainingAllowanceUsdPerPerson", g.trainingAllowanceUsdPerPerson)
        .field("trainingPeople", g.trainingPeople)
        .field("partnerMigrationCompetency", g.partnerMigrationCompetency)
        .field("capIncludesCredits", g.capIncludesCredits)
        .field("headlineProfile", enumJson(g.headlineProfile))
        .field("projectedArrOverrideUsd", g.projectedArrOverrideUsd)
        .field("practicalFloorMonthlyUsd", g.practicalFloorMonthlyUsd)
        .field("assessTierMapUsd", g.assessTierMapUsd)
        .field("assessTierLiteUsd", g.assessTierLiteUsd)
        .field("assessmentFeeUsd", g.assessmentFeeUsd)
        .field("assessPctOfFee", g.assessPctOfFee)
        .field("mobilizeArrCountedUsd", g.mobilizeArrCountedUsd)
        .field("mobilizeCashCapUsd", g.mobilizeCashCapUsd)
        .field("mobilizeTranche1TriggerUsd", g.mobilizeTranche1TriggerUsd)
        .field("mobilizeTranche1MaxUsd", g.mobilizeTranche1MaxUsd)
        .field("mobilizeTranche2TriggerPctOfArr", g.mobilizeTranche2TriggerPctOfArr);
    writeRange(w, "creditRatePct", g.creditRatePct);
    w.field("creditThresholdUsd", g.creditThresholdUsd)
        .field("creditPeriodMonths", g.creditPeriodMonths)
        .field("agreementStartMonth", g.agreementStartMonth)
        .field("migrationSpendTargetUsd", g.migrationSpendTargetUsd)
        .field("creditCapUsd", g.creditCapUsd)
        .field("dataTransferSharePct", g.dataTransferSharePct)
        .field("marketplaceSharePct", g.marketplaceSharePct)
        .field("tagKey", enumJson(g.tagKey))
        .field("tagValue", g.tagValue)
        .endObject();
}

void writeImport(JsonWriter& w, const ImportSettings& import) {
    w.beginObject("import").beginArray("mappings");
    for (const SavedMapping& sm : import.mappings) {
        w.beginObject().field("headerSignature", sm.headerSignature);
        w.beginObject("columns");
        for (const MappingField& f : mappingFields()) w.field(f.key, sm.mapping.*(f.member));
        w.endObject();
        w.field("ramUnit", sizeUnitKey(sm.mapping.ramUnit))
            .field("storageUnit", sizeUnitKey(sm.mapping.storageUnit))
            .field("utilAsFraction", sm.mapping.utilAsFraction)
            .endObject();
    }
    w.endArray().endObject();
}

// The members of a scenario from "settings" to "ranges": the file's body and a snapshot's (which leaves out the
// workloads when they are the file's own).
void writeScenarioMembers(JsonWriter& w, const model::Scenario& s, bool withWorkloads) {
    const model::Settings& st = s.settings;
    w.beginObject("settings")
        .field("name", st.name)
        .field("customerName", st.customerName)
        .field("currencyCode", st.currencyCode)
        .field("currencySymbol", st.currencySymbol)
        .field("usdToDisplayRate", st.usdToDisplayRate)
        .field("horizonYears", st.horizonYears)
        .field("discountRatePct", st.discountRatePct)
        .field("startYear", st.startYear)
        .field("startQuarter", st.startQuarter)
        .endObject();
    w.beginObject("source")
        .field("kind", enumJson(s.source.kind))
        .field("provider", s.source.provider)
        .field("monthlyBillUsd", s.source.monthlyBillUsd)
        .field("paasOperationsFte", s.source.paasOperationsFte)
        .field("storageBasis", enumJson(s.source.storageBasis));
    writeOnPrem(w, s.source.onPrem);
    w.endObject();
    writeAws(w, s.aws);
    w.beginArray("rules");
    for (const model::DispositionRule& r : s.rules)
        w.beginObject()
            .field("disposition", enumJson(r.disposition))
            .field("oneTimeUsdPerWorkload", r.oneTimeUsdPerWorkload)
            .field("runRateFactor", r.runRateFactor)
            .field("durationWeeks", r.durationWeeks)
            .field("opsLabourFactor", r.opsLabourFactor)
            .field("subscriptionUsdPerUserMonth", r.subscriptionUsdPerUserMonth)
            .field("oneTimeUsdPerApplication", r.oneTimeUsdPerApplication)
            .endObject();
    w.endArray();
    writePlan(w, s.plan);
    writeProgram(w, s.program);
    w.beginObject("recommender")
        .field("idleCpuPct", s.recommender.idleCpuPct)
        .field("idleMemPct", s.recommender.idleMemPct)
        .endObject();
    if (withWorkloads) {
        w.beginArray("workloads");
        for (const model::Workload& x : s.workloads) writeWorkload(w, x);
        w.endArray();
    }
    w.beginArray("dependencies");
    for (const model::Dependency& dep : s.dependencies)
        w.beginObject()
            .field("source", dep.source)
            .field("target", dep.target)
            .field("kind", enumJson(dep.kind))
            .field("port", dep.port)
            .field("protocol", dep.protocol)
            .field("observations", dep.observations)
            .field("origin", dep.origin)
            .endObject();
    w.endArray();
    w.beginArray("ranges");
    for (const model::AssumptionRange& r : s.ranges)
        w.beginObject()
            .field("key", r.key)
            .field("low", r.range.low)
            .field("expected", r.range.expected)
            .field("high", r.range.high)
            .endObject();
    w.endArray();
}

void writeScenarioFile(JsonWriter& w, const model::Scenario& s, const ImportSettings& import,
                       const ScenarioExtras& extras) {
    w.beginObject().field("schemaVersion", kScenarioSchemaVersion);
    writeScenarioMembers(w, s, true);
    writeImport(w, import);
    if (!extras.snapshots.empty()) {
        w.beginArray("snapshots");
        for (const SavedSnapshot* snapshot : extras.snapshots) {
            // Snapshots usually change settings, not the estate: an unchanged estate is written once, not per snapshot.
            const bool sameWorkloads = snapshot->scenario.workloads == s.workloads;
            w.beginObject().field("name", snapshot->name);
            if (sameWorkloads) w.field("sameWorkloads", true);
            w.beginObject("scenario");
            writeScenarioMembers(w, snapshot->scenario, !sameWorkloads);
            w.endObject().endObject();
        }
        w.endArray();
    }
    if (extras.partner != nullptr && !extras.partner->name.empty()) {
        w.key("partner");
        writePartnerBrand(w, *extras.partner);
    }
    w.endObject();
}

} // namespace

std::string saveScenario(const model::Scenario& scenario, const ImportSettings& import, const ScenarioExtras& extras) {
    JsonWriter w;
    writeScenarioFile(w, scenario, import, extras);
    std::string out = w.take();
    out.push_back('\n');
    return out;
}

} // namespace est::io
