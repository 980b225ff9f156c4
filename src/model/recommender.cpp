// model/recommender.cpp - the disposition recommender and its OS checks (see recommender.hpp).
#include "model/recommender.hpp"

#include "model/format.hpp"

#include <string>

namespace est::model {

bool isWindowsOs(std::string_view os) { return containsIgnoreCase(os, "windows"); }

bool isUnsupportedOs(std::string_view os) {
    static constexpr std::string_view kEnded[] = {"windows server 2003",
                                                  "windows server 2008",
                                                  "windows server 2012",
                                                  "windows 2003",
                                                  "windows 2008",
                                                  "windows 2012",
                                                  "windows xp",
                                                  "windows 7",
                                                  "centos linux",
                                                  "centos 4",
                                                  "centos 5",
                                                  "centos 6",
                                                  "centos 7",
                                                  "centos 8",
                                                  "red hat enterprise linux 5",
                                                  "red hat enterprise linux 6",
                                                  "rhel 5",
                                                  "rhel 6",
                                                  "suse linux enterprise 11",
                                                  "sles 11",
                                                  "ubuntu 14",
                                                  "ubuntu 16",
                                                  "debian 8",
                                                  "debian 9"};
    for (std::string_view n : kEnded)
        if (containsIgnoreCase(os, n)) return true;
    return false;
}

// The recommender's rules, in priority order; `unsupportedOs` comes from the caller (cached per OS string).
Disposition recommendRules(const Scenario& s, const Workload& w, bool unsupportedOs, RecommendationReason& reason) {
    if (w.powerState != PowerState::On) {
        reason = RecommendationReason::PoweredOff;
        return Disposition::Retire;
    }
    // A reading of exactly 0 % is an export artefact (no guest tools reporting), not an idle server: the sizer
    // reads it as not measured, and so does this rule.
    const auto measured = [](const std::optional<double>& pct) { return pct && *pct > 0.0; };
    if (measured(w.cpuUtilP95Pct) && measured(w.memUtilP95Pct) && *w.cpuUtilP95Pct < s.recommender.idleCpuPct &&
        *w.memUtilP95Pct < s.recommender.idleMemPct) {
        reason = RecommendationReason::Idle;
        return Disposition::Retire;
    }
    if (w.kind == WorkloadKind::ManagedDatabase) {
        reason = RecommendationReason::ManagedDatabase;
        return Disposition::Replatform;
    }
    if (w.database != DatabaseEngine::None) {
        reason = RecommendationReason::Database;
        return Disposition::Replatform;
    }
    // An OS past end of support is a flag (extended support or an upgrade), not a reason to rebuild the application.
    if (unsupportedOs) {
        reason = RecommendationReason::UnsupportedOs;
        return Disposition::Rehost;
    }
    reason = RecommendationReason::Default;
    return Disposition::Rehost;
}

Disposition recommend(const Scenario& s, const Workload& w, RecommendationReason& reason) {
    return recommendRules(s, w, isUnsupportedOs(w.os), reason);
}

std::string recommendationText(const Scenario& s, const WorkloadResult& r, std::size_t index) {
    const Workload* w = index < s.workloads.size() ? &s.workloads[index] : nullptr;
    static constexpr const char* kEngines[] = {"no database", "MySQL",  "PostgreSQL",
                                               "SQL Server",  "Oracle", "a database"};
    switch (r.reason) {
    case RecommendationReason::PoweredOff:
        return "Retire: powered off or suspended, so nobody depends on it at run time (confirm with the owner).";
    case RecommendationReason::Idle:
        return "Retire: idle, p95 CPU " + formatPct(w && w->cpuUtilP95Pct ? *w->cpuUtilP95Pct : 0.0) + " and memory " +
               formatPct(w && w->memUtilP95Pct ? *w->memUtilP95Pct : 0.0) + " are below " +
               formatPct(s.recommender.idleCpuPct) + " / " + formatPct(s.recommender.idleMemPct) + ".";
    case RecommendationReason::ManagedDatabase:
        return "Replatform: already a managed database, so it lands on a managed database service (Amazon RDS).";
    case RecommendationReason::Database:
        return std::string("Replatform: runs ") + kEngines[w ? static_cast<int>(w->database) : 5] +
               "; a managed database (Amazon RDS) removes patching and backups from the admins' work.";
    case RecommendationReason::UnsupportedOs:
        return "Rehost, and plan the OS upgrade: " + (w ? w->os : std::string("its OS")) +
               " is past end of support (pay for extended support or upgrade it in place, before or after the move).";
    case RecommendationReason::Default: {
        std::string t = "Rehost: runs as is";
        const PriceCatalogue* c = s.aws.catalogue.get();
        if (c != nullptr && r.instanceIndex >= 0 && static_cast<std::size_t>(r.instanceIndex) < c->instances.size()) {
            const InstanceSpec& it = c->instances[static_cast<std::size_t>(r.instanceIndex)];
            t += " on a right-sized " + it.type + " (" + std::to_string(it.vcpu) + " vCPU, " +
                 formatNumber(it.memoryGib) + " GiB) for " + formatNumber(r.neededVcpu) + " vCPU / " +
                 formatNumber(r.neededRamGb) + " GiB needed";
        }
        return t + ".";
    }
    }
    return "";
}

// [SECTION] estimate -----------------------------------------------------------------------------------------
} // namespace est::model
