// io/scenario_json.cpp - the scenario file: versioned JSON for a whole Scenario, loaded with every problem.
#include "io/scenario_json.hpp"

#include "model/assumptions.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <nlohmann/json.hpp>

#include "io/enum_names.hpp"
#include "io/json_writer.hpp"
#include "io/partner_brand_json.hpp"
#include "formats/text.hpp"
#include "model/customer_name.hpp"
#include "model/format.hpp"

namespace est::io {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 64; // scenario files nest 4 deep; anything far deeper is not one of ours

// ---------------------------------------------------------------------------------------------------------
// Reading: an object cursor that knows its path, records type problems and reports keys nobody read.

struct Problems {
    std::vector<formats::InputProblem> errors;
    std::vector<formats::InputProblem> warnings;
    std::vector<std::string> errorPaths;   // parallel to errors/warnings: the bare path, for line lookup
    std::vector<std::string> warningPaths;
    void error(const std::string& path, std::string message) {
        errors.push_back({path, std::move(message)});
        errorPaths.push_back(path);
    }
    void warning(const std::string& path, std::string message) {
        warnings.push_back({path, std::move(message)});
        warningPaths.push_back(path);
    }
};

std::string describe(const json& j) {
    switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return j.get<bool>() ? "true" : "false";
    case json::value_t::string: {
        std::string s = j.get<std::string>();
        if (s.size() > 40) s = s.substr(0, 40) + "...";
        return "\"" + formats::text::sanitizeUtf8(s) + "\"";
    }
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return j.dump();
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return "a value";
    }
}

class Obj {
public:
    Obj(const json& j, std::string path, Problems& p) : m_j(j), m_path(std::move(path)), m_p(p) {}
    Obj(const Obj&) = delete;
    Obj& operator=(const Obj&) = delete;
    ~Obj() { reportUnknown(); }

    const std::string& path() const { return m_path; }
    std::string at(const char* key) const { return m_path.empty() ? std::string(key) : m_path + "." + key; }

    /// The member, marked as read; nullptr when absent.
    const json* get(const char* key) {
        m_read.push_back(key);
        auto it = m_j.find(key);
        return it == m_j.end() ? nullptr : &*it;
    }

    void number(const char* key, double& out) {
        if (const json* v = get(key)) readNumber(*v, at(key), out);
    }
    /// A field of an older schema that no longer has a meaning: read (so it is not "unknown") and explained.
    void retired(const char* key, const std::string& why) {
        if (get(key)) m_p.warning(at(key), why);
    }
    void integer(const char* key, int& out) {
        if (const json* v = get(key)) readInt(*v, at(key), out);
    }
    void boolean(const char* key, bool& out) {
        if (const json* v = get(key)) readBool(*v, at(key), out);
    }
    void string(const char* key, std::string& out) {
        if (const json* v = get(key)) readString(*v, at(key), out);
    }
    template <typename E> void enumeration(const char* key, E& out) {
        if (const json* v = get(key)) readEnum(*v, at(key), out);
    }
    void optNumber(const char* key, std::optional<double>& out) {
        const json* v = get(key);
        if (v == nullptr) return;
        if (v->is_null()) { out.reset(); return; }
        double d = 0.0;
        if (readNumber(*v, at(key), d)) out = d;
    }
    void optInteger(const char* key, std::optional<int>& out) {
        const json* v = get(key);
        if (v == nullptr) return;
        if (v->is_null()) { out.reset(); return; }
        int i = 0;
        if (readInt(*v, at(key), i)) out = i;
    }
    void optBoolean(const char* key, std::optional<bool>& out) {
        const json* v = get(key);
        if (v == nullptr) return;
        if (v->is_null()) { out.reset(); return; }
        bool b = false;
        if (readBool(*v, at(key), b)) out = b;
    }
    template <typename E> void optEnumeration(const char* key, std::optional<E>& out) {
        const json* v = get(key);
        if (v == nullptr) return;
        if (v->is_null()) { out.reset(); return; }
        E e{};
        if (readEnum(*v, at(key), e)) out = e;
    }
    void range(const char* key, model::Range& out) {
        object(key, [&](Obj& o) {
            o.number("low", out.low);
            o.number("expected", out.expected);
            o.number("high", out.high);
        });
    }
    template <typename F> void object(const char* key, F&& f) {
        const json* v = get(key);
        if (v == nullptr) return;
        if (!v->is_object()) {
            m_p.error(at(key), "expected an object, got " + describe(*v));
            return;
        }
        Obj child(*v, at(key), m_p);
        f(child);
    }
    /// Calls f(element, path) for each element; returns false (and reports) when the member is not an array.
    template <typename F> bool array(const char* key, F&& f) {
        const json* v = get(key);
        if (v == nullptr) return false;
        if (!v->is_array()) {
            m_p.error(at(key), "expected an array, got " + describe(*v));
            return false;
        }
        for (std::size_t i = 0; i < v->size(); ++i) f((*v)[i], at(key) + "[" + std::to_string(i) + "]");
        return true;
    }

    bool readNumber(const json& v, const std::string& path, double& out) {
        if (!v.is_number()) {
            m_p.error(path, "expected a number, got " + describe(v));
            return false;
        }
        const double d = v.get<double>();
        if (!std::isfinite(d)) {
            m_p.error(path, "expected a finite number");
            return false;
        }
        out = d;
        return true;
    }
    bool readInt(const json& v, const std::string& path, int& out) {
        if (v.is_number_integer() || v.is_number_unsigned()) {
            if (v.is_number_unsigned() ? v.get<std::uint64_t>() > 2147483647ULL
                                       : (v.get<std::int64_t>() > 2147483647LL || v.get<std::int64_t>() < -2147483647LL)) {
                m_p.error(path, "whole number out of range: " + v.dump());
                return false;
            }
            out = static_cast<int>(v.get<std::int64_t>());
            return true;
        }
        if (v.is_number_float()) {
            const double d = v.get<double>();
            if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 2147483647.0) {
                out = static_cast<int>(d);
                return true;
            }
        }
        m_p.error(path, "expected a whole number, got " + describe(v));
        return false;
    }
    bool readBool(const json& v, const std::string& path, bool& out) {
        if (!v.is_boolean()) {
            m_p.error(path, "expected true or false, got " + describe(v));
            return false;
        }
        out = v.get<bool>();
        return true;
    }
    bool readString(const json& v, const std::string& path, std::string& out) {
        if (!v.is_string()) {
            m_p.error(path, "expected a string, got " + describe(v));
            return false;
        }
        out = v.get<std::string>();
        return true;
    }
    template <typename E> bool readEnum(const json& v, const std::string& path, E& out) {
        if (v.is_string()) {
            if (auto e = fromName<E>(v.get<std::string>())) {
                out = *e;
                return true;
            }
        }
        m_p.error(path, "expected one of " + std::string(allNames<E>()) + ", got " + describe(v));
        return false;
    }

private:
    void reportUnknown() {
        if (!m_j.is_object()) return;
        for (auto it = m_j.begin(); it != m_j.end(); ++it) {
            if (std::find(m_read.begin(), m_read.end(), it.key()) == m_read.end())
                m_p.warning(at(it.key().c_str()), "unknown field, ignored");
        }
    }

    const json& m_j;
    std::string m_path;
    Problems& m_p;
    std::vector<std::string_view> m_read; // keys are string literals: no allocation per field
};

// Before version 4 a rule's one-time cost was one figure per workload, and the defaults were per application
// figures charged per server ($5,500 per Rehost server). A rule that kept such a default moves to the current
// split (a per-server rate plus an effort per application); a figure the user set stays, per server.
void migrateRuleUnits(model::DispositionRule& rule, bool hasPerApplication, const std::string& path, Problems& p) {
    if (hasPerApplication) return;
    struct Former { model::Disposition disposition; double perWorkload; };
    static constexpr Former kFormer[] = {{model::Disposition::Rehost, 5500.0}, {model::Disposition::Repurchase, 10000.0},
                                         {model::Disposition::Replatform, 16500.0}, {model::Disposition::Refactor, 52500.0}};
    for (const Former& f : kFormer) {
        if (rule.disposition != f.disposition || rule.oneTimeUsdPerWorkload != f.perWorkload) continue;
        const model::DispositionRule current = model::defaultRules()[static_cast<std::size_t>(f.disposition)];
        rule.oneTimeUsdPerWorkload = current.oneTimeUsdPerWorkload;
        rule.oneTimeUsdPerApplication = current.oneTimeUsdPerApplication;
        if (f.disposition == model::Disposition::Replatform && rule.runRateFactor == 0.85) rule.runRateFactor = 1.0;
        p.warning(path + ".oneTimeUsdPerWorkload", "the former default of " + model::formatUsd(f.perWorkload) +
                                                       " per server is read as the current one: " +
                                                       model::formatUsd(current.oneTimeUsdPerWorkload) + " per server plus " +
                                                       model::formatUsd(current.oneTimeUsdPerApplication) + " per application");
    }
}

void readOnPrem(Obj& o, model::OnPremDrivers& d, int fileVersion, Problems& problems) {
    o.number("hardwareUsdPerServer", d.hardwareUsdPerServer);
    o.number("serverRefreshYears", d.serverRefreshYears);
    o.retired("vmsPerHost", "ignored since schema 3: each VM now carries its host share (coresPerHost, threadsPerCore, "
                            "hostRamGb, vcpuOversubscription)");
    o.number("maintenancePct", d.maintenancePct);
    o.number("powerKwPerHost", d.powerKwPerHost);
    o.number("pue", d.pue);
    o.number("powerUsdPerKwh", d.powerUsdPerKwh);
    o.number("spaceUsdPerHostMonth", d.spaceUsdPerHostMonth);
    o.retired("storageUsdPerGbMonth", "ignored since schema 3: storage is an acquisition cost per GB (storageUsdPerGb), "
                                      "amortised over storageRefreshYears plus storageMaintenancePct a year");
    o.number("storageUsdPerGb", d.storageUsdPerGb);
    o.number("storageRefreshYears", d.storageRefreshYears);
    o.number("storageMaintenancePct", d.storageMaintenancePct);
    o.number("storageKwPerTb", d.storageKwPerTb);
    o.number("networkPct", d.networkPct);
    for (const char* old : {"osLicenceUsdPerCoreYear", "windowsLicenceUsdPerCoreYear", "sqlServerLicenceUsdPerCoreYear",
                            "oracleLicenceUsdPerCoreYear"})
        o.retired(old, "ignored since schema 3: licences follow the vendors' rules from list prices (windowsDatacenterUsdPer16Cores, "
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
        problems.warning(o.at("managementUsdPerServerYear"),
                         "the former default of $1,440 a server-year (backup included) is read as the current one: $435 "
                         "a server-year plus $0.022 per GB-month of production storage for backup");
    }
}

void readWorkload(const json& e, const std::string& path, Problems& problems, std::vector<model::Workload>& out) {
    if (!e.is_object()) {
        problems.error(path, "expected an object, got " + describe(e));
        return;
    }
    model::Workload w;
    Obj o(e, path, problems);
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

void readDependency(const json& e, const std::string& path, Problems& problems, std::vector<model::Dependency>& out) {
    if (!e.is_object()) {
        problems.error(path, "expected an object, got " + describe(e));
        return;
    }
    model::Dependency d;
    Obj o(e, path, problems);
    o.string("source", d.source);
    o.string("target", d.target);
    o.enumeration("kind", d.kind);
    o.integer("port", d.port);
    o.string("protocol", d.protocol);
    o.integer("observations", d.observations);
    o.string("origin", d.origin);
    out.push_back(std::move(d));
}

void readWavePlanning(Obj& o, model::WavePlanningRules& w, Problems& problems) {
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
            if (!e.is_object()) {
                problems.error(path, "expected an object, got " + describe(e));
                return;
            }
            model::WaveLock lock;
            Obj lo(e, path, problems);
            lo.string("workloadId", lock.workloadId);
            lo.string("application", lock.application);
            lo.integer("wave", lock.wave);
            locks.push_back(std::move(lock));
        }))
        w.locks = std::move(locks);
}

void readMapping(Obj& o, ColumnMapping& m, Problems& p) {
    auto unitError = [&](const std::string& path, const json& v) { p.error(path, "expected KiB, MiB, GiB or TiB, got " + describe(v)); };
    o.object("columns", [&](Obj& c) {
        for (const MappingField& f : mappingFields()) c.string(f.key, m.*(f.member));
    });
    for (const char* key : {"ramUnit", "storageUnit"}) {
        SizeUnit& target = std::string_view(key) == "ramUnit" ? m.ramUnit : m.storageUnit;
        if (const json* v = o.get(key)) {
            std::optional<SizeUnit> u = v->is_string() ? parseSizeUnit(v->get<std::string>()) : std::nullopt;
            if (u) target = *u;
            else unitError(o.at(key), *v);
        }
    }
    o.boolean("utilAsFraction", m.utilAsFraction);
}

void readExtras(Obj& r, const model::Scenario& defaults, const std::vector<model::Workload>& estate, ScenarioLoad& out,
                Problems& p);

// `documentPath` is "" for the file itself and "snapshots[i].scenario" for a snapshot's scenario.
void readDocument(const json& root, const model::Scenario& defaults, ScenarioLoad& out, Problems& p,
                  const std::string& documentPath = {}) {
    model::Scenario s = defaults;
    Obj r(root, documentPath, p);
    r.get("schemaVersion");
    r.object("settings", [&](Obj& o) {
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
    r.object("source", [&](Obj& o) {
        o.enumeration("kind", s.source.kind);
        o.string("provider", s.source.provider);
        o.number("monthlyBillUsd", s.source.monthlyBillUsd);
        o.number("paasOperationsFte", s.source.paasOperationsFte);
        o.enumeration("storageBasis", s.source.storageBasis);
        o.object("onPrem", [&](Obj& d) { readOnPrem(d, s.source.onPrem, out.fileVersion, p); });
    });
    r.object("aws", [&](Obj& o) {
        model::AwsTarget& a = s.aws;
        o.string("region", a.region);
        if (const json* prices = o.get("prices")) {
            // Files before the catalogue carried a remembered price table: its region is the target region.
            if (prices->is_object() && o.get("region") == nullptr)
                if (auto it = prices->find("region"); it != prices->end() && it->is_string()) a.region = it->get<std::string>();
            p.warning(o.at("prices"), "the price table inside the file is no longer used: prices come from the dated "
                                      "AWS price catalogue for " + a.region);
        }
        o.number("regionMultiplier", a.regionMultiplier);
        if (out.fileVersion < 3 && a.regionMultiplier != 1.0)
            p.warning(o.at("regionMultiplier"), "a region multiplier of " + model::formatNumber(a.regionMultiplier) +
                                                    " is kept as an explicit override on every AWS price of " + a.region +
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
            if (!e.is_object()) {
                p.error(path, "expected an object, got " + describe(e));
                return;
            }
            model::DispositionRule rule;
            Obj o(e, path, p);
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
    r.object("plan", [&](Obj& o) {
        o.number("assessWeeks", s.plan.assessWeeks);
        o.number("mobilizeWeeks", s.plan.mobilizeWeeks);
        std::vector<model::Wave> waves;
        if (o.array("waves", [&](const json& e, const std::string& path) {
                if (!e.is_object()) {
                    p.error(path, "expected an object, got " + describe(e));
                    return;
                }
                model::Wave w;
                Obj wo(e, path, p);
                wo.string("name", w.name);
                wo.integer("startMonth", w.startMonth);
                wo.integer("lengthMonths", w.lengthMonths);
                wo.integer("dualRunningMonths", w.dualRunningMonths);
                waves.push_back(std::move(w));
            }))
            s.plan.waves = std::move(waves);
        o.object("wavePlanning", [&](Obj& wo) { readWavePlanning(wo, s.plan.wavePlanning, p); });
    });
    r.object("program", [&](Obj& o) {
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
    r.object("recommender", [&](Obj& o) {
        o.number("idleCpuPct", s.recommender.idleCpuPct);
        o.number("idleMemPct", s.recommender.idleMemPct);
    });
    std::vector<model::Workload> workloads;
    if (r.array("workloads", [&](const json& e, const std::string& path) { readWorkload(e, path, p, workloads); }))
        s.workloads = std::move(workloads);
    std::vector<model::Dependency> dependencies;
    if (r.array("dependencies", [&](const json& e, const std::string& path) { readDependency(e, path, p, dependencies); }))
        s.dependencies = std::move(dependencies);
    std::vector<model::AssumptionRange> ranges;
    if (r.array("ranges", [&](const json& e, const std::string& path) {
            if (!e.is_object()) {
                p.error(path, "expected an object, got " + describe(e));
                return;
            }
            model::AssumptionRange ar;
            Obj o(e, path, p);
            o.string("key", ar.key);
            o.number("low", ar.range.low);
            o.number("expected", ar.range.expected);
            o.number("high", ar.range.high);
            ranges.push_back(std::move(ar));
        }))
        s.ranges = std::move(ranges);
    r.object("import", [&](Obj& o) {
        o.array("mappings", [&](const json& e, const std::string& path) {
            if (!e.is_object()) {
                p.error(path, "expected an object, got " + describe(e));
                return;
            }
            SavedMapping sm;
            Obj mo(e, path, p);
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
                  const std::vector<model::Workload>& estate, ScenarioLoad& out, Problems& p) {
    if (!e.is_object()) {
        p.warning(path, "expected a snapshot object, got " + describe(e) + "; skipped");
        return;
    }
    const auto name = e.find("name");
    if (name == e.end() || !name->is_string() || name->get<std::string>().empty()) {
        p.warning(path + ".name", "a snapshot needs a non-empty name, got " + (name == e.end() ? std::string("none") : describe(*name)) + "; skipped");
        return;
    }
    const std::string& title = name->get_ref<const std::string&>();
    for (const SavedSnapshot& earlier : out.snapshots)
        if (earlier.name == title) {
            p.warning(path + ".name", "a second snapshot called \"" + formats::text::sanitizeUtf8(title) + "\"; skipped");
            return;
        }
    bool sameWorkloads = false;
    for (auto it = e.begin(); it != e.end(); ++it) {
        if (it.key() == "sameWorkloads" && it.value().is_boolean()) sameWorkloads = it.value().get<bool>();
        else if (it.key() == "sameWorkloads") p.warning(path + ".sameWorkloads", "expected true or false, got " + describe(it.value()) + "; read as false");
        else if (it.key() != "name" && it.key() != "scenario") p.warning(path + "." + it.key(), "unknown field, ignored");
    }
    const auto body = e.find("scenario");
    if (body == e.end() || !body->is_object()) {
        p.warning(path + ".scenario", "expected the snapshot's scenario object, got " +
                                          (body == e.end() ? std::string("none") : describe(*body)) + "; skipped");
        return;
    }
    Problems own;
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
void readExtras(Obj& r, const model::Scenario& defaults, const std::vector<model::Workload>& estate, ScenarioLoad& out,
                Problems& p) {
    if (const json* v = r.get("snapshots")) {
        out.hasSnapshots = true;
        if (!v->is_array()) p.warning("snapshots", "expected an array of snapshots, got " + describe(*v) + "; no snapshot was loaded");
        else
            for (std::size_t i = 0; i < v->size(); ++i)
                readSnapshot((*v)[i], "snapshots[" + std::to_string(i) + "]", defaults, estate, out, p);
    }
    if (const json* v = r.get("partner"); v != nullptr && !v->is_null()) {
        std::vector<formats::InputProblem> problems;
        out.partner = readPartnerBrand(*v, "partner", problems);
        for (formats::InputProblem& problem : problems) p.warning(problem.where, problem.message + "; the partner theme was not applied");
    }
}

// ---------------------------------------------------------------------------------------------------------
// Writing: fields in the struct order, so files diff well and stay byte-stable.

template <typename E> std::string_view enumJson(E v) { return toName(v); }
template <typename E> std::optional<std::string_view> enumJson(const std::optional<E>& v) {
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
        w.beginObject().field("workloadId", l.workloadId).field("application", l.application).field("wave", l.wave).endObject();
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
    w.field("partnerFundingCapUsd", g.partnerFundingCapUsd).field("mapLiteMinArrUsd", g.mapLiteMinArrUsd).field("mapMinArrUsd", g.mapMinArrUsd);
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
    w.beginObject("recommender").field("idleCpuPct", s.recommender.idleCpuPct).field("idleMemPct", s.recommender.idleMemPct).endObject();
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
        w.beginObject().field("key", r.key).field("low", r.range.low).field("expected", r.range.expected).field("high", r.range.high).endObject();
    w.endArray();
}

void writeScenarioFile(JsonWriter& w, const model::Scenario& s, const ImportSettings& import, const ScenarioExtras& extras) {
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

// ---------------------------------------------------------------------------------------------------------
// Version 1 -> 2. Version 1 (estimator 0.0.x) kept everything flat: "name", "currency", "horizonYears",
// "discountRatePercent" (8 = 8 %), "startQuarter" as "2027-Q1", "source" {"type": "on-prem" | "cloud" |
// "paas", "provider", "monthlyBill"}, "servers" [{"hostname", "app", "env": "prod" | "nonprod", "os",
// "cpus", "memoryMb", "diskGb", "cpuPeakPercent", "powerOn", "wave", "strategy", "database"}], "waves"
// [{"name", "start", "months"}] and "map" {"assessPercent", "mobilizePercent", "creditPercent"}.

json migrateV1(const json& v1, std::vector<formats::InputProblem>& notes) {
    json v2 = json::object();
    v2["schemaVersion"] = 2;
    auto note = [&](const std::string& where, const std::string& what) { notes.push_back({where, what}); };
    note("version", "version 1 file migrated to version 2");
    auto percent = [](const json& v) -> json { return v.is_number() ? json(v.get<double>() / 100.0) : v; };
    json settings = json::object();
    for (auto it = v1.begin(); it != v1.end(); ++it) {
        const std::string& k = it.key();
        const json& v = it.value();
        if (k == "version") continue;
        if (k == "name") settings["name"] = v;
        else if (k == "currency") settings["currencyCode"] = v;
        else if (k == "horizonYears") settings["horizonYears"] = v;
        else if (k == "discountRatePercent") {
            settings["discountRatePct"] = percent(v);
            note("discountRatePercent", "percent converted to a decimal (settings.discountRatePct)");
        } else if (k == "startQuarter" && v.is_string()) {
            // "2027-Q1" -> startYear 2027, startQuarter 1
            const std::string q = v.get<std::string>();
            const std::size_t dash = q.find("-Q");
            if (dash == 4 && q.size() == 7 && q[6] >= '1' && q[6] <= '4' &&
                std::all_of(q.begin(), q.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) {
                settings["startYear"] = std::stoi(q.substr(0, 4));
                settings["startQuarter"] = q[6] - '0';
            } else {
                settings["startQuarter"] = v; // reported as a type problem by the v2 reader
            }
        } else if (k == "source" && v.is_object()) {
            json src = json::object();
            for (auto s = v.begin(); s != v.end(); ++s) {
                if (s.key() == "type" && s.value().is_string()) {
                    const std::string t = s.value().get<std::string>();
                    src["kind"] = t == "on-prem" ? "onPremises" : t == "cloud" ? "otherCloud" : t == "paas" ? "paas" : t;
                } else if (s.key() == "provider") src["provider"] = s.value();
                else if (s.key() == "monthlyBill") src["monthlyBillUsd"] = s.value();
                else src[s.key()] = s.value(); // unknown: the v2 reader warns with its path
            }
            v2["source"] = src;
        } else if (k == "servers" && v.is_array()) {
            json workloads = json::array();
            for (const json& sv : v) {
                if (!sv.is_object()) {
                    workloads.push_back(sv);
                    continue;
                }
                json w = json::object();
                for (auto f = sv.begin(); f != sv.end(); ++f) {
                    const std::string& fk = f.key();
                    const json& fv = f.value();
                    if (fk == "hostname") {
                        w["id"] = fv;
                        w["name"] = fv;
                    } else if (fk == "app") w["application"] = fv;
                    else if (fk == "env" && fv.is_string()) w["environment"] = fv.get<std::string>() == "prod" ? "production" : "nonProduction";
                    else if (fk == "os") w["os"] = fv;
                    else if (fk == "cpus") w["vcpu"] = fv;
                    else if (fk == "memoryMb") w["ramGb"] = fv.is_number() ? json(fv.get<double>() / 1024.0) : fv;
                    else if (fk == "diskGb") w["storageGb"] = fv;
                    else if (fk == "cpuPeakPercent") w["cpuUtilP95Pct"] = percent(fv);
                    else if (fk == "powerOn" && fv.is_boolean()) w["powerState"] = fv.get<bool>() ? "on" : "off";
                    else if (fk == "wave") w["wave"] = fv;
                    else if (fk == "strategy") w["disposition"] = fv;
                    else if (fk == "database") w["database"] = fv;
                    else w[fk] = fv;
                }
                workloads.push_back(w);
            }
            v2["workloads"] = workloads;
            note("servers", "servers became workloads (memoryMb / 1024 -> ramGb, cpuPeakPercent -> decimal)");
        } else if (k == "waves" && v.is_array()) {
            json waves = json::array();
            for (const json& wv : v) {
                if (!wv.is_object()) {
                    waves.push_back(wv);
                    continue;
                }
                json w = json::object();
                for (auto f = wv.begin(); f != wv.end(); ++f) {
                    if (f.key() == "start") w["startMonth"] = f.value();
                    else if (f.key() == "months") w["lengthMonths"] = f.value();
                    else w[f.key()] = f.value();
                }
                waves.push_back(w);
            }
            v2["plan"] = json{{"waves", waves}};
        } else if (k == "map" && v.is_object()) {
            json program = json::object();
            for (auto f = v.begin(); f != v.end(); ++f) {
                if (f.key() == "assessPercent") program["assessPctOfArr"] = percent(f.value());
                else if (f.key() == "mobilizePercent") program["mobilizePctOfArr"] = percent(f.value());
                else if (f.key() == "creditPercent") {
                    // One number in v1; v2 keeps a range: the same value as low, expected and high.
                    const json c = percent(f.value());
                    program["migrateCreditPct"] = json{{"low", c}, {"expected", c}, {"high", c}};
                } else program[f.key()] = f.value();
            }
            v2["program"] = program;
        } else {
            v2[k] = v; // unknown in v1 too: the v2 reader reports it
        }
    }
    if (!settings.empty()) v2["settings"] = settings;
    return v2;
}

// Quick bracket-depth check before parsing, so absurd nesting never reaches the parser.
bool tooDeep(std::string_view s) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') inString = false;
            continue;
        }
        if (c == '"') inString = true;
        else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth) return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

std::pair<int, int> lineColumnOf(std::string_view s, std::size_t offset) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < s.size() && i < offset; ++i) {
        if (s[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

std::vector<std::pair<std::string, int>> jsonPathLines(std::string_view s) {
    // A small tokenizer: tracks the container stack and records the line where each value starts.
    std::vector<std::pair<std::string, int>> out;
    struct Frame {
        bool isArray;
        std::string path;
        std::size_t index;
        std::string key;
    };
    std::vector<Frame> stack;
    int line = 1;
    bool expectKey = false;
    auto valuePath = [&]() -> std::string {
        if (stack.empty()) return "";
        const Frame& f = stack.back();
        if (f.isArray) return f.path + "[" + std::to_string(f.index) + "]";
        return f.path.empty() ? f.key : f.path + "." + f.key;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == ':') continue;
        if (c == ',') {
            if (!stack.empty()) {
                if (stack.back().isArray) ++stack.back().index;
                else expectKey = true;
            }
            continue;
        }
        if (c == '}' || c == ']') {
            if (stack.empty()) return {};
            stack.pop_back();
            expectKey = false;
            continue;
        }
        if (c == '"') {
            std::string str;
            ++i;
            for (; i < s.size() && s[i] != '"'; ++i) {
                if (s[i] == '\\' && i + 1 < s.size()) ++i;
                if (s[i] == '\n') ++line;
                str.push_back(s[i]);
            }
            if (expectKey) {
                stack.back().key = std::move(str);
                expectKey = false;
            } else {
                out.emplace_back(valuePath(), line);
            }
            continue;
        }
        if (c == '{' || c == '[') {
            const std::string path = valuePath();
            out.emplace_back(path, line);
            stack.push_back({c == '[', path, 0, {}});
            expectKey = c == '{';
            if (stack.size() > static_cast<std::size_t>(kMaxDepth)) return {};
            continue;
        }
        // A bare literal (number, true, false, null): skip to its end.
        out.emplace_back(valuePath(), line);
        while (i + 1 < s.size() && std::string_view(",}] \t\r\n").find(s[i + 1]) == std::string_view::npos) ++i;
    }
    return out;
}

std::string migrateScenarioV1(std::string_view v1Json, std::vector<formats::InputProblem>& notes) {
    json v1 = json::parse(v1Json.begin(), v1Json.end(), nullptr, false);
    if (v1.is_discarded() || !v1.is_object()) return {};
    return migrateV1(v1, notes).dump(2);
}

ScenarioLoad loadScenario(std::string_view text, const model::Scenario& defaults) {
    ScenarioLoad out;
    out.scenario = defaults;
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (text.size() > kMaxScenarioJsonBytes) {
        out.errors.push_back({"(document)", "larger than " + std::to_string(kMaxScenarioJsonBytes >> 20) +
                                                " MiB, the limit for a scenario file"});
        return out;
    }
    if (tooDeep(text)) {
        out.errors.push_back({"(document)", "nesting deeper than " + std::to_string(kMaxDepth) + " levels: not a scenario file"});
        return out;
    }
    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        const auto [line, column] = lineColumnOf(text, e.byte > 0 ? e.byte - 1 : 0);
        std::string what = e.what();
        // nlohmann's message: "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
        if (const std::size_t colon = what.find(": ", what.find("parse error")); colon != std::string::npos) what = what.substr(colon + 2);
        out.errors.push_back({"line " + std::to_string(line) + ", column " + std::to_string(column), "not valid JSON: " + formats::text::sanitizeUtf8(what)});
        return out;
    }
    catch (const json::exception& e) {
        // e.g. out_of_range 406: a number too large for a double; nlohmann gives no byte offset for it.
        out.errors.push_back({"(document)", "not valid JSON: " + formats::text::sanitizeUtf8(e.what())});
        return out;
    }
    if (!root.is_object()) {
        out.errors.push_back({"(document)", "expected a JSON object at the top level"});
        return out;
    }
    Problems p;
    int version = 0;
    bool migrated = false;
    if (auto it = root.find("schemaVersion"); it != root.end()) {
        if (it->is_number_integer() || it->is_number_unsigned()) version = static_cast<int>(std::clamp<std::int64_t>(it->get<std::int64_t>(), -1, 1000000));
        else p.error("schemaVersion", "expected a whole number, got " + describe(*it));
    } else if (auto v = root.find("version"); v != root.end() && v->is_number_integer() && v->get<std::int64_t>() == 1) {
        version = 1;
    } else {
        version = kScenarioSchemaVersion;
        p.warning("schemaVersion", "missing: read as version " + std::to_string(kScenarioSchemaVersion));
    }
    out.fileVersion = version;
    if (version > kScenarioSchemaVersion) {
        out.errors.push_back({"schemaVersion", "version " + std::to_string(version) + " was written by a newer estimator (this one reads up to " +
                                                   std::to_string(kScenarioSchemaVersion) + ")"});
        return out;
    }
    if (version < 1 && p.errors.empty()) p.error("schemaVersion", "unknown version " + std::to_string(version));
    if (version == 1) {
        std::vector<formats::InputProblem> notes;
        root = migrateV1(root, notes);
        for (formats::InputProblem& n : notes) p.warning(n.where, std::move(n.message));
        migrated = true;
    }
    try {
        readDocument(root, defaults, out, p);
    } catch (const std::exception& e) {
        // Defensive only: every member is type-checked before use.
        p.error("(document)", std::string("unreadable: ") + e.what());
    }
    // Version 3 offers only 3- and 5-year horizons; an older file's other horizon becomes the nearer of the two
    // (4 -> 5, keeping the years it covered), with a warning.
    if (version < 3 && !model::isOfferedHorizon(out.scenario.settings.horizonYears)) {
        const int was = out.scenario.settings.horizonYears;
        out.scenario.settings.horizonYears = was >= 4 ? 5 : 3;
        out.scenario.settings.horizonRequestedYears = was; // the estimate says so too (warning horizon_adjusted)
        p.warning("settings.horizonYears", "horizon of " + std::to_string(was) + " years is no longer offered: read as " +
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
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 0; i < list.size(); ++i) list[i] = std::move(keyed[i].second);
    };
    withLine(p.errors, p.errorPaths);
    withLine(p.warnings, p.warningPaths);
    out.errors.insert(out.errors.end(), p.errors.begin(), p.errors.end());
    out.warnings = std::move(p.warnings);
    return out;
}

std::string saveScenario(const model::Scenario& scenario, const ImportSettings& import, const ScenarioExtras& extras) {
    JsonWriter w;
    writeScenarioFile(w, scenario, import, extras);
    std::string out = w.take();
    out.push_back('\n');
    return out;
}

} // namespace est::io
