// io/scenario_json_v1.cpp - the version 1 scenario file (estimator 0.0.x) moved to version 2, where the
// current reader takes over. Frozen: version 1 will never change again.
#include "io/scenario_json_v1.hpp"

#include <algorithm>

#include "io/json_cursor.hpp"
#include "io/json_writer.hpp"
#include "io/scenario_json.hpp"

namespace est::io {

using json = formats::JsonValue;

// Version 1 -> 2. Version 1 (estimator 0.0.x) kept everything flat: "name", "currency", "horizonYears",
// "discountRatePercent" (8 = 8 %), "startQuarter" as "2027-Q1", "source" {"type": "on-prem" | "cloud" |
// "paas", "provider", "monthlyBill"}, "servers" [{"hostname", "app", "env": "prod" | "nonprod", "os",
// "cpus", "memoryMb", "diskGb", "cpuPeakPercent", "powerOn", "wave", "strategy", "database"}], "waves"
// [{"name", "start", "months"}] and "map" {"assessPercent", "mobilizePercent", "creditPercent"}.

json migrateScenarioV1Document(const json& v1, std::vector<formats::InputProblem>& notes) {
    json v2 = json::object();
    v2.set("schemaVersion", 2);
    auto note = [&](const std::string& where, const std::string& what) { notes.push_back({where, what}); };
    note("version", "version 1 file migrated to version 2");
    auto percent = [](const json& v) -> json { return v.isNumber() ? json(v.asDouble() / 100.0) : v; };
    json settings = json::object();
    for (const formats::JsonMember& member : v1.members()) {
        const std::string& k = member.key;
        const json& v = member.value;
        if (k == "version") continue;
        if (k == "name")
            settings.set("name", v);
        else if (k == "currency")
            settings.set("currencyCode", v);
        else if (k == "horizonYears")
            settings.set("horizonYears", v);
        else if (k == "discountRatePercent") {
            settings.set("discountRatePct", percent(v));
            note("discountRatePercent", "percent converted to a decimal (settings.discountRatePct)");
        } else if (k == "startQuarter" && v.isString()) {
            // "2027-Q1" -> startYear 2027, startQuarter 1
            const std::string q = v.asString();
            const std::size_t dash = q.find("-Q");
            if (dash == 4 && q.size() == 7 && q[6] >= '1' && q[6] <= '4' &&
                std::all_of(q.begin(), q.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) {
                settings.set("startYear", std::stoi(q.substr(0, 4)));
                settings.set("startQuarter", q[6] - '0');
            } else {
                settings.set("startQuarter", v); // reported as a type problem by the v2 reader
            }
        } else if (k == "source" && v.isObject()) {
            json src = json::object();
            for (const formats::JsonMember& s : v.members()) {
                if (s.key == "type" && s.value.isString()) {
                    const std::string t = s.value.asString();
                    src.set("kind", t == "on-prem" ? std::string("onPremises")
                                    : t == "cloud" ? std::string("otherCloud")
                                                   : t);
                } else if (s.key == "provider")
                    src.set("provider", s.value);
                else if (s.key == "monthlyBill")
                    src.set("monthlyBillUsd", s.value);
                else
                    src.set(s.key, s.value); // unknown: the v2 reader warns with its path
            }
            v2.set("source", std::move(src));
        } else if (k == "servers" && v.isArray()) {
            json workloads = json::array();
            for (const json& sv : v.elements()) {
                if (!sv.isObject()) {
                    workloads.push(sv);
                    continue;
                }
                json w = json::object();
                for (const formats::JsonMember& f : sv.members()) {
                    const std::string& fk = f.key;
                    const json& fv = f.value;
                    if (fk == "hostname") {
                        w.set("id", fv);
                        w.set("name", fv);
                    } else if (fk == "app")
                        w.set("application", fv);
                    else if (fk == "env" && fv.isString())
                        w.set("environment", fv.asString() == "prod" ? "production" : "nonProduction");
                    else if (fk == "os")
                        w.set("os", fv);
                    else if (fk == "cpus")
                        w.set("vcpu", fv);
                    else if (fk == "memoryMb")
                        w.set("ramGb", fv.isNumber() ? json(fv.asDouble() / 1024.0) : fv);
                    else if (fk == "diskGb")
                        w.set("storageGb", fv);
                    else if (fk == "cpuPeakPercent")
                        w.set("cpuUtilP95Pct", percent(fv));
                    else if (fk == "powerOn" && fv.isBool())
                        w.set("powerState", fv.asBool() ? "on" : "off");
                    else if (fk == "wave")
                        w.set("wave", fv);
                    else if (fk == "strategy")
                        w.set("disposition", fv);
                    else if (fk == "database")
                        w.set("database", fv);
                    else
                        w.set(fk, fv);
                }
                workloads.push(std::move(w));
            }
            v2.set("workloads", std::move(workloads));
            note("servers", "servers became workloads (memoryMb / 1024 -> ramGb, cpuPeakPercent -> decimal)");
        } else if (k == "waves" && v.isArray()) {
            json waves = json::array();
            for (const json& wv : v.elements()) {
                if (!wv.isObject()) {
                    waves.push(wv);
                    continue;
                }
                json w = json::object();
                for (const formats::JsonMember& f : wv.members()) {
                    if (f.key == "start")
                        w.set("startMonth", f.value);
                    else if (f.key == "months")
                        w.set("lengthMonths", f.value);
                    else
                        w.set(f.key, f.value);
                }
                waves.push(std::move(w));
            }
            json plan = json::object();
            plan.set("waves", std::move(waves));
            v2.set("plan", std::move(plan));
        } else if (k == "map" && v.isObject()) {
            json program = json::object();
            for (const formats::JsonMember& f : v.members()) {
                if (f.key == "assessPercent")
                    program.set("assessPctOfArr", percent(f.value));
                else if (f.key == "mobilizePercent")
                    program.set("mobilizePctOfArr", percent(f.value));
                else if (f.key == "creditPercent") {
                    // One number in v1; v2 keeps a range: the same value as low, expected and high.
                    const json c = percent(f.value);
                    json range = json::object();
                    range.set("low", c);
                    range.set("expected", c);
                    range.set("high", c);
                    program.set("migrateCreditPct", std::move(range));
                } else
                    program.set(f.key, f.value);
            }
            v2.set("program", std::move(program));
        } else {
            v2.set(k, v); // unknown in v1 too: the v2 reader reports it
        }
    }
    if (settings.size() != 0) v2.set("settings", std::move(settings));
    return v2;
}

std::string migrateScenarioV1(std::string_view v1Json, std::vector<formats::InputProblem>& notes) {
    const formats::JsonParseResult v1 = formats::parseJson(v1Json);
    if (!v1.ok || !v1.value.isObject()) return {};
    JsonWriter w(2);
    writeJsonValue(w, migrateScenarioV1Document(v1.value, notes));
    return w.take();
}

} // namespace est::io
