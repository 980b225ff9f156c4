// io/wave_plan_out.cpp - the Cloud Migration Factory intake CSV and the per-wave summary.
#include "io/wave_plan_out.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "formats/csv.hpp"
#include "model/assumptions.hpp"
#include "model/recommender.hpp"
#include "model/stable_sort.hpp"

namespace est::io {
namespace {

bool moves(const model::Result& result, std::size_t i) {
    return !result.ok() || i >= result.workloads.size() || result.workloads[i].effective != model::Disposition::Retain;
}

} // namespace

std::vector<WaveSummary> summarizeWaves(const model::Scenario& s, const model::Result& result) {
    std::vector<WaveSummary> out(s.plan.waves.size());
    std::vector<std::unordered_set<std::string_view>> seen(s.plan.waves.size());
    for (std::size_t w = 0; w < s.plan.waves.size(); ++w) {
        out[w].name = s.plan.waves[w].name;
        out[w].startMonth = s.plan.waves[w].startMonth;
        out[w].goLiveMonth = s.plan.waves[w].startMonth + s.plan.waves[w].lengthMonths;
    }
    for (std::size_t i = 0; i < s.workloads.size(); ++i) {
        const model::Workload& wl = s.workloads[i];
        if (!moves(result, i) || wl.wave < 1 || static_cast<std::size_t>(wl.wave) > out.size()) continue;
        WaveSummary& w = out[static_cast<std::size_t>(wl.wave - 1)];
        ++w.servers;
        w.vcpu += wl.vcpu;
        w.storageGb += wl.storageGb;
        if (result.ok() && i < result.workloads.size()) w.awsMonthlyUsd += result.workloads[i].awsMonthlyUsd;
        // Each wave's applications once, in order of first appearance: a set per wave keeps this linear.
        if (!wl.application.empty() && seen[static_cast<std::size_t>(wl.wave - 1)].insert(wl.application).second)
            w.applications.push_back(wl.application);
    }
    return out;
}

std::string cmfIntakeCsv(const model::Scenario& s, const model::Result& result) {
    std::string out =
        "wave_name,app_name,server_name,server_os_family,server_os_version,server_fqdn,server_environment,r_type\n";
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < s.workloads.size(); ++i)
        if (moves(result, i)) order.push_back(i);
    model::stableSort(order, [&](std::size_t a, std::size_t b) { return s.workloads[a].wave < s.workloads[b].wave; });
    for (std::size_t i : order) {
        const model::Workload& w = s.workloads[i];
        const std::string& name = w.name.empty() ? w.id : w.name;
        const bool validWave = w.wave >= 1 && static_cast<std::size_t>(w.wave) <= s.plan.waves.size();
        const model::Disposition d = result.ok() && i < result.workloads.size()
                                         ? result.workloads[i].effective
                                         : w.disposition.value_or(model::Disposition::Rehost);
        auto field = [&](std::string_view v, bool last = false) {
            formats::appendCsvField(out, v);
            out.push_back(last ? '\n' : ',');
        };
        field(validWave ? s.plan.waves[static_cast<std::size_t>(w.wave - 1)].name : "Wave " + std::to_string(w.wave));
        field(w.application.empty() ? name : w.application);
        field(name);
        field(model::isWindowsOs(w.os) ? "windows" : "linux");
        field(w.os);
        field(name);
        field(w.environment == model::Environment::Production ? "prod" : "nonprod");
        field(model::dispositionName(d), true);
    }
    return out;
}

} // namespace est::io
