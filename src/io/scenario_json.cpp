// io/scenario_json.cpp - the scenario file read: every section of schema 4 through JsonCursor, the forward
// migrations of older versions (1 through io/scenario_json_v1, 2 and 3 field by field), problems with lines.
// Writing is scenario_json_write.cpp.
#include "io/scenario_json.hpp"

#include <algorithm>
#include <map>

#include "formats/text.hpp"
#include "io/json_cursor.hpp"
#include "io/json_lines.hpp"
#include "io/partner_brand_json.hpp"
#include "io/scenario_json_v1.hpp"
#include "model/assumptions.hpp"
#include "model/customer_name.hpp"
#include "model/format.hpp"
#include "model/stable_sort.hpp"

namespace est::io {
namespace {

using json = formats::JsonValue;

// Before version 4 a rule's one-time cost was one figure per workload, and the defaults were per application
// figures charged per server ($5,500 per Rehost server). A rule that kept such a default moves to the current
// split (a per-server rate plus an effort per application); a figure the user set stays, per server.
void migrateRuleUnits(model::DispositionRule& rule, bool hasPerApplication, const std::string& path, JsonProblems& p) {
    if (hasPerApplication) return;
    struct Former {
        model::Disposition disposition;
        double perWorkload;
    };
    static constexpr Former kFormer[] = {{model::Disposition::Rehost, 5500.0},
                                         {model::Disposition::Repurchase, 10000.0},
                                         {model::Disposition::Replatform, 16500.0},
                                         {model::Disposition::Refactor, 52500.0}};
    for (const Former& f : kFormer) {
        if (rule.disposition != f.disposition || rule.oneTimeUsdPerWorkload != f.perWorkload) continue;
        const model::DispositionRule current = model::defaultRules()[static_cast<std::size_t>(f.disposition)];
        rule.oneTimeUsdPerWorkload = current.oneTimeUsdPerWorkload;
        rule.oneTimeUsdPerApplication = current.oneTimeUsdPerApplication;
        if (f.disposition == model::Disposition::Replatform && rule.runRateFactor == 0.85) rule.runRateFactor = 1.0;
        p.warning(path + ".oneTimeUsdPerWorkload",
                  "the former default of " + model::formatUsd(f.perWorkload) +
                      " per server is read as the current one: " + model::formatUsd(current.oneTimeUsdPerWorkload) +
                      " per server plus " + model::formatUsd(current.oneTimeUsdPerApplication) + " per application");
    }
}

void readOnPrem(JsonCursor& o, model::OnPremDrivers& d, int fileVersion, JsonProblems& problems) {
    o.number("hardwareUsdPerServer", d.hardwareUsdPerServer);
    o.number("serverRefreshYears", d.serverRefreshYears);
    o.retired("vmsPerHost", "ignored since schema 3: each VM now carries its host share (coresPerHost, threadsPerCore, "
                            "hostRamGb, vcpuOversubscription)");
    o.number("maintenancePct", d.maintenancePct);
    o.number("powerKwPerHost", d.powerKwPerHost);
    o.number("pue", d.pue);
    o.number("powerUsdPerKwh", d.powerUsdPerKwh);
    o.number("spaceUsdPerHostMonth", d.spaceUsdPerHostMonth);
    o.retired("storageUsdPerGbMonth",
              "ignored since schema 3: storage is an acquisition cost per GB (storageUsdPerGb), "
              "amortised over storageRefreshYears plus storageMaintenancePct a year");
    o.number("storageUsdPerGb", d.storageUsdPerGb);
    o.number("storageRefreshYears", d.storageRefreshYears);
    o.number("storageMaintenancePct", d.storageMaintenancePct);
    o.number("storageKwPerTb", d.storageKwPerTb);
    o.number("networkPct", d.networkPct);
    for (const char* old : {"osLicenceUsdPerCoreYear", "windowsLicenceUsdPerCoreYear", "sqlServerLicenceUsdPerCoreYear",
                            "oracleLicenceUsdPerCoreYear"})
        o.retired(old, "ignored since schema 3: licences follow the vendors' rules from list prices "
                       "(windowsDatacenterUsdPer16Cores, "
                       "sqlEnterpriseUsdPer2Cores, oracleEeUsdPerProcessor, ...)");
    o.number("virtualisationUsdPerCoreYear", d.virtualisationUsdPerCoreYear);
    o.number("coresPerHost", d.coresPerHost);
    o.number("threadsPerCore", d.threadsPerCore);
    o.number("hostRamGb", d.hostRamGb);
    o.number("vcpuOversubscription", d.vcpuOversubscription);
    o.number("socketsPerHost", d.socketsPerHost);
    o.number("windowsDatacenterUsdPer16Cores", d.windowsDatacenterUsdPer16Cores);
    o.number("sqlEnterpriseUsdPer2Cores", d.sqlEnterpriseUsdPer2Cores);
    o.number("sqlStandardUsdPer2Cores", d.sqlStandardUsdPer2Cores);
    o.number("softwareAssurancePct", d.softwareAssurancePct);
    o.number("oracleEeUsdPerProcessor", d.oracleEeUsdPerProcessor);
    o.number("oracleSe2UsdPerProcessor", d.oracleSe2UsdPerProcessor);
    o.number("oracleSupportPct", d.oracleSupportPct);
    o.number("licenceLifeYears", d.licenceLifeYears);
    o.number("rhelUsdPerVmYear", d.rhelUsdPerVmYear);
    o.number("suseUsdPerVmYear", d.suseUsdPerVmYear);
    o.number("serversPerAdmin", d.serversPerAdmin);
    o.number("adminUsdPerYear", d.adminUsdPerYear);
    o.number("managementUsdPerServerYear", d.managementUsdPerServerYear);
    o.number("backupUsdPerGbMonth", d.backupUsdPerGbMonth);
    // Before version 4 the management default ($1,440 a server-year) held backup too; a file that kept it moves to
    // the current default ($435 plus backup per GB-month of production storage). A figure the user set stays.
    if (fileVersion < 4 && d.managementUsdPerServerYear == 1440.0 && o.get("backupUsdPerGbMonth") == nullptr) {
        const model::OnPremDrivers current;
        d.managementUsdPerServerYear = current.managementUsdPerServerYear;
        d.backupUsdPerGbMonth = current.backupUsdPerGbMonth;
        problems.warning(
            o.at("managementUsdPerServerYear"),
            "the former default of $1,440 a server-year (backup included) is read as the current one: $435 "
            "a server-year plus $0.022 per GB-month of production storage for backup");
    }
}

void readWorkload(const json& e, const std::string& path, JsonProblems& problems, std::vector<model::Workload>& out) {
    if (!e.isObject()) {
        problems.error(path, "expected an object, got " + describeJson(e));
        return;
    }
    model::Workload w;
    JsonCursor o(e, path, problems);
    o.string("id", w.id);
    o.string("name", w.name);
    o.string("application", w.application);
    o.enumeration("environment", w.environment);
    o.enumeration("kind", w.kind);
    o.string("os", w.os);
    o.integer("vcpu", w.vcpu);
    o.number("ramGb", w.ramGb);
    o.number("storageGb", w.storageGb);
    o.optNumber("cpuUtilP95Pct", w.cpuUtilP95Pct);
    o.optNumber("memUtilP95Pct", w.memUtilP95Pct);
    o.enumeration("powerState", w.powerState);
    o.enumeration("database", w.database);
    o.enumeration("databaseEdition", w.databaseEdition);
    o.enumeration("licence", w.licence);
    o.boolean("standbyToday", w.standbyToday);
    o.optBoolean("multiAz", w.multiAz);
    o.optNumber("usedStorageGb", w.usedStorageGb);
    o.optInteger("users", w.users);
    o.optNumber("monthlyCostOverrideUsd", w.monthlyCostOverrideUsd);
    o.string("host", w.host);
    o.string("ipAddresses", w.ipAddresses);
    o.integer("wave", w.wave);
    o.optEnumeration("disposition", w.disposition);
    o.boolean("mapTagged", w.mapTagged);
    o.optInteger("taggedFromMonth", w.taggedFromMonth);
    o.boolean("fundedElsewhere", w.fundedElsewhere);
    o.string("fundedElsewhereProgram", w.fundedElsewhereProgram);
    out.push_back(std::move(w));
}

void readDependency(const json& e, const std::string& path, JsonProblems& problems,
                    std::vector<model::Dependency>& out) {
    if (!e.isObject()) {
        problems.error(path, "expected an object, got " + describeJson(e));
        return;
    }
    model::Dependency d;
    JsonCursor o(e, path, problems);
    o.string("source", d.source);
    o.string("target", d.target);
    o.enumeration("kind", d.kind);
    o.integer("port", d.port);
    o.string("protocol", d.protocol);
    o.integer("observations", d.observations);
    o.string("origin", d.origin);
    out.push_back(std::move(d));
}

void readWavePlanning(JsonCursor& o, model::WavePlanningRules& w, JsonProblems& problems) {
    o.integer("pilotWaveServers", w.pilotWaveServers);
    o.integer("serversIncreasePerWave", w.serversIncreasePerWave);
    o.integer("maxServersPerWave", w.maxServersPerWave);
    o.integer("maxVcpuPerWave", w.maxVcpuPerWave);
    o.number("maxStorageGbPerWave", w.maxStorageGbPerWave);
    o.integer("waveLengthMonths", w.waveLengthMonths);
    o.integer("monthsBetweenWaves", w.monthsBetweenWaves);
    o.integer("dualRunningMonths", w.dualRunningMonths);
    o.boolean("fundingAware", w.fundingAware);
    o.boolean("separateEnvironments", w.separateEnvironments);
    std::vector<model::WaveLock> locks;
    if (o.array("locks", [&](const json& e, const std::string& path) {
            if (!e.isObject()) {
                problems.error(path, "expected an object, got " + describeJson(e));
                return;
            }
            model::WaveLock lock;
            JsonCursor lo(e, path, problems);
            lo.string("workloadId", lock.workloadId);
            lo.string("application", lock.application);
            lo.integer("wave", lock.wave);
            locks.push_back(std::move(lock));
        }))
        w.locks = std::move(locks);
}

void readMapping(JsonCursor& o, ColumnMapping& m, JsonProblems& p) {
    auto unitError = [&](const std::string& path, const json& v) {
        p.error(path, "expected KiB, MiB, GiB or TiB, got " + describeJson(v));
    };
    o.object("columns", [&](JsonCursor& c) {
        for (const MappingField& f : mappingFields()) c.string(f.key, m.*(f.member));
    });
    for (const char* key : {"ramUnit", "storageUnit"}) {
        SizeUnit& target = std::string_view(key) == "ramUnit" ? m.ramUnit : m.storageUnit;
        if (const json* v = o.get(key)) {
            std::optional<SizeUnit> u = v->isString() ? parseSizeUnit(v->asString()) : std::nullopt;
            if (u)
                target = *u;
            else
                unitError(o.at(key), *v);
        }
    }
    o.boolean("utilAsFraction", m.utilAsFraction);
}

void readExtras(JsonCursor& r, const model::Scenario& defaults, const std::vector<model::Workload>& estate,
                ScenarioLoad& out, JsonProblems& p);

// `documentPath` is "" for the file itself and "snapshots[i].scenario" for a snapshot's scenario.
void readDocument(const json& root, const model::Scenario& defaults, ScenarioLoad& out, JsonProblems& p,
                  const std::string& documentPath = {}) {
    model::Scenario s = defaults;
    JsonCursor r(root, documentPath, p);
    r.get("schemaVersion");
    r.object("settings", [&](JsonCursor& o) {
        model::Settings& st = s.settings;
        o.string("name", st.name);
        // Optional: files written before it existed read as "" (no customer named).
        o.string("customerName", st.customerName);
        if (std::string problem = model::displayNameProblem(st.customerName); !problem.empty())
            p.error(o.at("customerName"), "the customer's name " + problem);
        o.string("currencyCode", st.currencyCode);
        o.string("currencySymbol", st.currencySymbol);
        o.number("usdToDisplayRate", st.usdToDisplayRate);
        o.integer("horizonYears", st.horizonYears);
        o.number("discountRatePct", st.discountRatePct);
        o.integer("startYear", st.startYear);
        o.integer("startQuarter", st.startQuarter);
    });
    r.object("source", [&](JsonCursor& o) {
        o.enumeration("kind", s.source.kind);
        o.string("provider", s.source.provider);
        o.number("monthlyBillUsd", s.source.monthlyBillUsd);
        o.number("paasOperationsFte", s.source.paasOperationsFte);
        o.enumeration("storageBasis", s.source.storageBasis);
        o.object("onPrem", [&](JsonCursor& d) { readOnPrem(d, s.source.onPrem, out.fileVersion, p); });
    });
    r.object("aws", [&](JsonCursor& o) {
        model::AwsTarget& a = s.aws;
        o.string("region", a.region);
        if (const json* prices = o.get("prices")) {
            // Files before the catalogue carried a remembered price table: its region is the target region.
            if (prices->isObject() && o.get("region") == nullptr)
                if (const json* region = prices->find("region"); region != nullptr && region->isString())
                    a.region = region->asString();
            p.warning(o.at("prices"), "the price table inside the file is no longer used: prices come from the dated "
                                      "AWS price catalogue for " +
                                          a.region);
        }
        o.number("regionMultiplier", a.regionMultiplier);
        if (out.fileVersion < 3 && a.regionMultiplier != 1.0)
            p.warning(o.at("regionMultiplier"), "a region multiplier of " + model::formatNumber(a.regionMultiplier) +
                                                    " is kept as an explicit override on every AWS price of " +
                                                    a.region +
                                                    "; the region's own prices make it unnecessary (set 1 to drop it)");
        o.number("headroomPct", a.headroomPct);
        o.enumeration("pricingModel", a.pricingModel);
        o.number("savingsPlan1YearPct", a.savingsPlan1YearPct);
        o.number("savingsPlan3YearPct", a.savingsPlan3YearPct);
        o.number("rdsReservedPct", a.rdsReservedPct);
        o.number("rdsReserved3YearPct", a.rdsReserved3YearPct);
        o.boolean("allowGraviton", a.allowGraviton);
        o.boolean("allowBurstable", a.allowBurstable);
        o.boolean("mpaFallbackPeaks", a.mpaFallbackPeaks);
        o.boolean("rdsMultiAzForProduction", a.rdsMultiAzForProduction);
        o.number("enterpriseDiscountPct", a.enterpriseDiscountPct);
        o.enumeration("supportPlan", a.supportPlan);
        o.number("opsLabourChangePct", a.opsLabourChangePct);
        o.number("relocateHostUsdPerHour", a.relocateHostUsdPerHour);
        o.number("relocateVmsPerHost", a.relocateVmsPerHost);
        o.number("backupUsdPerGbMonth", a.backupUsdPerGbMonth);
        o.number("monitoringUsdPerServerMonth", a.monitoringUsdPerServerMonth);
        o.number("securityUsdPerServerMonth", a.securityUsdPerServerMonth);
    });
    std::vector<model::DispositionRule> rules;
    if (r.array("rules", [&](const json& e, const std::string& path) {
            if (!e.isObject()) {
                p.error(path, "expected an object, got " + describeJson(e));
                return;
            }
            model::DispositionRule rule;
            JsonCursor o(e, path, p);
            o.enumeration("disposition", rule.disposition);
            o.number("oneTimeUsdPerWorkload", rule.oneTimeUsdPerWorkload);
            o.number("runRateFactor", rule.runRateFactor);
            o.number("durationWeeks", rule.durationWeeks);
            o.number("opsLabourFactor", rule.opsLabourFactor);
            o.number("subscriptionUsdPerUserMonth", rule.subscriptionUsdPerUserMonth);
            o.number("oneTimeUsdPerApplication", rule.oneTimeUsdPerApplication);
            if (out.fileVersion < 4) migrateRuleUnits(rule, o.get("oneTimeUsdPerApplication") != nullptr, path, p);
            rules.push_back(rule);
        }))
        s.rules = std::move(rules);
    r.object("plan", [&](JsonCursor& o) {
        o.number("assessWeeks", s.plan.assessWeeks);
        o.number("mobilizeWeeks", s.plan.mobilizeWeeks);
        std::vector<model::Wave> waves;
        if (o.array("waves", [&](const json& e, const std::string& path) {
                if (!e.isObject()) {
                    p.error(path, "expected an object, got " + describeJson(e));
                    return;
                }
                model::Wave w;
                JsonCursor wo(e, path, p);
                wo.string("name", w.name);
                wo.integer("startMonth", w.startMonth);
                wo.integer("lengthMonths", w.lengthMonths);
                wo.integer("dualRunningMonths", w.dualRunningMonths);
                waves.push_back(std::move(w));
            }))
            s.plan.waves = std::move(waves);
        o.object("wavePlanning", [&](JsonCursor& wo) { readWavePlanning(wo, s.plan.wavePlanning, p); });
    });
    r.object("program", [&](JsonCursor& o) {
        model::Program& g = s.program;
        o.number("assessPctOfArr", g.assessPctOfArr);
        o.number("mobilizePctOfArr", g.mobilizePctOfArr);
        o.number("mobilizePctOfServices", g.mobilizePctOfServices);
        o.enumeration("mobilizeBasis", g.mobilizeBasis);
        o.number("migrationServicesUsd", g.migrationServicesUsd);
        o.range("migrateCreditPct", g.migrateCreditPct);
        o.integer("creditLagQuarters", g.creditLagQuarters);
        o.number("minEligibleSpendUsd", g.minEligibleSpendUsd);
        o.range("creditWindowMonths", g.creditWindowMonths);
        o.number("partnerFundingCapUsd", g.partnerFundingCapUsd);
        o.number("mapLiteMinArrUsd", g.mapLiteMinArrUsd);
        o.number("mapMinArrUsd", g.mapMinArrUsd);
        o.range("scopeFloorServers", g.scopeFloorServers);
        o.number("professionalServicesDiscountPct", g.professionalServicesDiscountPct);
        o.number("trainingAllowanceUsdPerPerson", g.trainingAllowanceUsdPerPerson);
        o.integer("trainingPeople", g.trainingPeople);
        o.optBoolean("partnerMigrationCompetency", g.partnerMigrationCompetency);
        o.boolean("capIncludesCredits", g.capIncludesCredits);
        o.enumeration("headlineProfile", g.headlineProfile);
        o.number("projectedArrOverrideUsd", g.projectedArrOverrideUsd);
        o.number("practicalFloorMonthlyUsd", g.practicalFloorMonthlyUsd);
        o.number("assessTierMapUsd", g.assessTierMapUsd);
        o.number("assessTierLiteUsd", g.assessTierLiteUsd);
        o.number("assessmentFeeUsd", g.assessmentFeeUsd);
        o.number("assessPctOfFee", g.assessPctOfFee);
        o.number("mobilizeArrCountedUsd", g.mobilizeArrCountedUsd);
        o.number("mobilizeCashCapUsd", g.mobilizeCashCapUsd);
        o.number("mobilizeTranche1TriggerUsd", g.mobilizeTranche1TriggerUsd);
        o.number("mobilizeTranche1MaxUsd", g.mobilizeTranche1MaxUsd);
        o.number("mobilizeTranche2TriggerPctOfArr", g.mobilizeTranche2TriggerPctOfArr);
        o.range("creditRatePct", g.creditRatePct);
        o.number("creditThresholdUsd", g.creditThresholdUsd);
        o.integer("creditPeriodMonths", g.creditPeriodMonths);
        o.integer("agreementStartMonth", g.agreementStartMonth);
        o.number("migrationSpendTargetUsd", g.migrationSpendTargetUsd);
        o.number("creditCapUsd", g.creditCapUsd);
        o.number("dataTransferSharePct", g.dataTransferSharePct);
        o.number("marketplaceSharePct", g.marketplaceSharePct);
        o.enumeration("tagKey", g.tagKey);
        o.string("tagValue", g.tagValue);
    });
    r.object("recommender", [&](JsonCursor& o) {
        o.number("idleCpuPct", s.recommender.idleCpuPct);
        o.number("idleMemPct", s.recommender.idleMemPct);
    });
    std::vector<model::Workload> workloads;
    if (r.array("workloads", [&](const json& e, const std::string& path) { readWorkload(e, path, p, workloads); }))
        s.workloads = std::move(workloads);
    std::vector<model::Dependency> dependencies;
    if (r.array("dependencies",
                [&](const json& e, const std::string& path) { readDependency(e, path, p, dependencies); }))
        s.dependencies = std::move(dependencies);
    std::vector<model::AssumptionRange> ranges;
    if (r.array("ranges", [&](const json& e, const std::string& path) {
            if (!e.isObject()) {
                p.error(path, "expected an object, got " + describeJson(e));
                return;
            }
            model::AssumptionRange ar;
            JsonCursor o(e, path, p);
            o.string("key", ar.key);
            o.number("low", ar.range.low);
            o.number("expected", ar.range.expected);
            o.number("high", ar.range.high);
            ranges.push_back(std::move(ar));
        }))
        s.ranges = std::move(ranges);
    r.object("import", [&](JsonCursor& o) {
        o.array("mappings", [&](const json& e, const std::string& path) {
            if (!e.isObject()) {
                p.error(path, "expected an object, got " + describeJson(e));
                return;
            }
            SavedMapping sm;
            JsonCursor mo(e, path, p);
            mo.string("headerSignature", sm.headerSignature);
            readMapping(mo, sm.mapping, p);
            out.import.mappings.push_back(std::move(sm));
        });
    });
    if (documentPath.empty()) readExtras(r, defaults, s.workloads, out, p);
    out.scenario = std::move(s);
}

// One snapshot: {"name", "scenario"}. Its problems become warnings and a snapshot with any error is skipped,
// so a damaged snapshot never costs the user the scenario around it.
void readSnapshot(const json& e, const std::string& path, const model::Scenario& defaults,
                  const std::vector<model::Workload>& estate, ScenarioLoad& out, JsonProblems& p) {
    if (!e.isObject()) {
        p.warning(path, "expected a snapshot object, got " + describeJson(e) + "; skipped");
        return;
    }
    const json* name = e.find("name");
    if (name == nullptr || !name->isString() || name->asString().empty()) {
        p.warning(path + ".name", "a snapshot needs a non-empty name, got " +
                                      (name == nullptr ? std::string("none") : describeJson(*name)) + "; skipped");
        return;
    }
    const std::string& title = name->asString();
    for (const SavedSnapshot& earlier : out.snapshots)
        if (earlier.name == title) {
            p.warning(path + ".name",
                      "a second snapshot called \"" + formats::text::sanitizeUtf8(title) + "\"; skipped");
            return;
        }
    bool sameWorkloads = false;
    for (const formats::JsonMember& m : e.members()) {
        if (m.key == "sameWorkloads" && m.value.isBool())
            sameWorkloads = m.value.asBool();
        else if (m.key == "sameWorkloads")
            p.warning(path + ".sameWorkloads",
                      "expected true or false, got " + describeJson(m.value) + "; read as false");
        else if (m.key != "name" && m.key != "scenario")
            p.warning(path + "." + m.key, "unknown field, ignored");
    }
    const json* body = e.find("scenario");
    if (body == nullptr || !body->isObject()) {
        p.warning(path + ".scenario", "expected the snapshot's scenario object, got " +
                                          (body == nullptr ? std::string("none") : describeJson(*body)) + "; skipped");
        return;
    }
    JsonProblems own;
    ScenarioLoad read;
    readDocument(*body, defaults, read, own, path + ".scenario");
    const std::string skipped = "; snapshot \"" + formats::text::sanitizeUtf8(title) + "\" skipped";
    for (std::size_t i = 0; i < own.errors.size(); ++i) p.warning(own.errorPaths[i], own.errors[i].message + skipped);
    for (std::size_t i = 0; i < own.warnings.size(); ++i) p.warning(own.warningPaths[i], own.warnings[i].message);
    if (!own.errors.empty()) return;
    if (sameWorkloads) read.scenario.workloads = estate;
    out.snapshots.push_back(SavedSnapshot{title, std::move(read.scenario)});
}

// The sections that travel with the scenario but are not part of it: named snapshots and the partner brand.
void readExtras(JsonCursor& r, const model::Scenario& defaults, const std::vector<model::Workload>& estate,
                ScenarioLoad& out, JsonProblems& p) {
    if (const json* v = r.get("snapshots")) {
        out.hasSnapshots = true;
        if (!v->isArray())
            p.warning("snapshots",
                      "expected an array of snapshots, got " + describeJson(*v) + "; no snapshot was loaded");
        else
            for (std::size_t i = 0; i < v->size(); ++i)
                readSnapshot((*v)[i], "snapshots[" + std::to_string(i) + "]", defaults, estate, out, p);
    }
    if (const json* v = r.get("partner"); v != nullptr && !v->isNull()) {
        std::vector<formats::InputProblem> problems;
        out.partner = readPartnerBrand(*v, "partner", problems);
        for (formats::InputProblem& problem : problems)
            p.warning(problem.where, problem.message + "; the partner theme was not applied");
    }
}

} // namespace

ScenarioLoad loadScenario(std::string_view text, const model::Scenario& defaults) {
    ScenarioLoad out;
    out.scenario = defaults;
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (text.size() > kMaxScenarioJsonBytes) {
        out.errors.push_back({"(document)", "larger than " + std::to_string(kMaxScenarioJsonBytes >> 20) +
                                                " MiB, the limit for a scenario file"});
        return out;
    }
    if (jsonTooDeep(text)) {
        out.errors.push_back(
            {"(document)", "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels: not a scenario file"});
        return out;
    }
    formats::JsonParseResult parsed = formats::parseJson(text);
    if (!parsed.ok) {
        out.errors.push_back(
            {"line " + std::to_string(parsed.error.line) + ", column " + std::to_string(parsed.error.column),
             "not valid JSON: " + formats::text::sanitizeUtf8(parsed.error.message)});
        return out;
    }
    json root = std::move(parsed.value);
    if (!root.isObject()) {
        out.errors.push_back({"(document)", "expected a JSON object at the top level"});
        return out;
    }
    JsonProblems p;
    int version = 0;
    bool migrated = false;
    if (const json* it = root.find("schemaVersion"); it != nullptr) {
        if (it->isInteger())
            version = static_cast<int>(std::clamp<std::int64_t>(it->asInt64(), -1, 1000000));
        else
            p.error("schemaVersion", "expected a whole number, got " + describeJson(*it));
    } else if (const json* v = root.find("version"); v != nullptr && v->isInteger() && v->asInt64() == 1) {
        version = 1;
    } else {
        version = kScenarioSchemaVersion;
        p.warning("schemaVersion", "missing: read as version " + std::to_string(kScenarioSchemaVersion));
    }
    out.fileVersion = version;
    if (version > kScenarioSchemaVersion) {
        out.errors.push_back({"schemaVersion", "version " + std::to_string(version) +
                                                   " was written by a newer estimator (this one reads up to " +
                                                   std::to_string(kScenarioSchemaVersion) + ")"});
        return out;
    }
    if (version < 1 && p.errors.empty()) p.error("schemaVersion", "unknown version " + std::to_string(version));
    if (version == 1) {
        std::vector<formats::InputProblem> notes;
        root = migrateScenarioV1Document(root, notes);
        for (formats::InputProblem& n : notes) p.warning(n.where, std::move(n.message));
        migrated = true;
    }
    readDocument(root, defaults, out, p); // every member is type-checked before use: nothing here throws
    // Version 3 offers only 3- and 5-year horizons; an older file's other horizon becomes the nearer of the two
    // (4 -> 5, keeping the years it covered), with a warning.
    if (version < 3 && !model::isOfferedHorizon(out.scenario.settings.horizonYears)) {
        const int was = out.scenario.settings.horizonYears;
        out.scenario.settings.horizonYears = was >= 4 ? 5 : 3;
        out.scenario.settings.horizonRequestedYears = was; // the estimate says so too (warning horizon_adjusted)
        p.warning("settings.horizonYears", "horizon of " + std::to_string(was) +
                                               " years is no longer offered: read as " +
                                               std::to_string(out.scenario.settings.horizonYears) + " years");
    }
    // Attach lines to paths (not for migrated files: their paths are version-2 paths).
    std::map<std::string, int> lines;
    if (!migrated && (!p.errors.empty() || !p.warnings.empty()))
        for (auto& [path, line] : jsonPathLines(text)) lines.emplace(path, line);
    // Attach the line and list problems in file order (the reader visits fields in struct order).
    auto withLine = [&](std::vector<formats::InputProblem>& list, const std::vector<std::string>& paths) {
        std::vector<std::pair<int, formats::InputProblem>> keyed;
        keyed.reserve(list.size());
        for (std::size_t i = 0; i < list.size(); ++i) {
            int line = 1 << 30;
            if (auto it = lines.find(paths[i]); it != lines.end()) {
                line = it->second;
                list[i].where += " (line " + std::to_string(line) + ")";
            }
            keyed.emplace_back(line, std::move(list[i]));
        }
        model::stableSort(keyed, [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 0; i < list.size(); ++i) list[i] = std::move(keyed[i].second);
    };
    withLine(p.errors, p.errorPaths);
    withLine(p.warnings, p.warningPaths);
    out.errors.insert(out.errors.end(), p.errors.begin(), p.errors.end());
    out.warnings = std::move(p.warnings);
    return out;
}

} // namespace est::io
