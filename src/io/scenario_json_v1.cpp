// io/scenario_json_v1.cpp - the version 1 scenario file (estimator 0.0.x) moved to version 2, where the
// current reader takes over. Frozen: version 1 will never change again.
#include "io/scenario_json_v1.hpp"

#include <algorithm>

#include "io/scenario_json.hpp"

namespace est::io {

using nlohmann::json;

// Version 1 -> 2. Version 1 (estimator 0.0.x) kept everything flat: "name", "currency", "horizonYears",
// "discountRatePercent" (8 = 8 %), "startQuarter" as "2027-Q1", "source" {"type": "on-prem" | "cloud" |
// "paas", "provider", "monthlyBill"}, "servers" [{"hostname", "app", "env": "prod" | "nonprod", "os",
// "cpus", "memoryMb", "diskGb", "cpuPeakPercent", "powerOn", "wave", "strategy", "database"}], "waves"
// [{"name", "start", "months"}] and "map" {"assessPercent", "mobilizePercent", "creditPercent"}.

nlohmann::json migrateScenarioV1Document(const nlohmann::json& v1, std::vector<formats::InputProblem>& notes) {
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
        if (k == "name")
            settings["name"] = v;
        else if (k == "currency")
            settings["currencyCode"] = v;
        else if (k == "horizonYears")
            settings["horizonYears"] = v;
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
                    src["kind"] = t == "on-prem" ? "onPremises"
                                  : t == "cloud" ? "otherCloud"
                                  : t == "paas"  ? "paas"
                                                 : t;
                } else if (s.key() == "provider")
                    src["provider"] = s.value();
                else if (s.key() == "monthlyBill")
                    src["monthlyBillUsd"] = s.value();
                else
                    src[s.key()] = s.value(); // unknown: the v2 reader warns with its path
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
                    } else if (fk == "app")
                        w["application"] = fv;
                    else if (fk == "env" && fv.is_string())
                        w["environment"] = fv.get<std::string>() == "prod" ? "production" : "nonProduction";
                    else if (fk == "os")
                        w["os"] = fv;
                    else if (fk == "cpus")
                        w["vcpu"] = fv;
                    else if (fk == "memoryMb")
                        w["ramGb"] = fv.is_number() ? json(fv.get<double>() / 1024.0) : fv;
                    else if (fk == "diskGb")
                        w["storageGb"] = fv;
                    else if (fk == "cpuPeakPercent")
                        w["cpuUtilP95Pct"] = percent(fv);
                    else if (fk == "powerOn" && fv.is_boolean())
                        w["powerState"] = fv.get<bool>() ? "on" : "off";
                    else if (fk == "wave")
                        w["wave"] = fv;
                    else if (fk == "strategy")
                        w["disposition"] = fv;
                    else if (fk == "database")
                        w["database"] = fv;
                    else
                        w[fk] = fv;
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
                    if (f.key() == "start")
                        w["startMonth"] = f.value();
                    else if (f.key() == "months")
                        w["lengthMonths"] = f.value();
                    else
                        w[f.key()] = f.value();
                }
                waves.push_back(w);
            }
            v2["plan"] = json{{"waves", waves}};
        } else if (k == "map" && v.is_object()) {
            json program = json::object();
            for (auto f = v.begin(); f != v.end(); ++f) {
                if (f.key() == "assessPercent")
                    program["assessPctOfArr"] = percent(f.value());
                else if (f.key() == "mobilizePercent")
                    program["mobilizePctOfArr"] = percent(f.value());
                else if (f.key() == "creditPercent") {
                    // One number in v1; v2 keeps a range: the same value as low, expected and high.
                    const json c = percent(f.value());
                    program["migrateCreditPct"] = json{{"low", c}, {"expected", c}, {"high", c}};
                } else
                    program[f.key()] = f.value();
            }
            v2["program"] = program;
        } else {
            v2[k] = v; // unknown in v1 too: the v2 reader reports it
        }
    }
    if (!settings.empty()) v2["settings"] = settings;
    return v2;
}

std::string migrateScenarioV1(std::string_view v1Json, std::vector<formats::InputProblem>& notes) {
    json v1 = json::parse(v1Json.begin(), v1Json.end(), nullptr, false);
    if (v1.is_discarded() || !v1.is_object()) return {};
    return migrateScenarioV1Document(v1, notes).dump(2);
}

} // namespace est::io
