// io/wave_plan_out.hpp - the migration waves out: the AWS Cloud Migration Factory intake CSV and a per-wave
// summary the HTML report and the xlsx business case share.
#pragma once

#include <string>
#include <vector>

#include "model/result.hpp"
#include "model/scenario.hpp"

namespace est::io {

/// One plan wave as the reports show it (from the scenario's waves and each workload's wave).
struct WaveSummary {
    std::string name;
    int startMonth = 0;
    int goLiveMonth = 0; ///< start + length (a longer rule duration may delay single workloads)
    int servers = 0;     ///< workloads that move in it (Retain excluded)
    int vcpu = 0;
    double storageGb = 0.0;
    model::Money awsMonthlyUsd = 0.0;      ///< AWS usage the wave adds at steady state
    std::vector<std::string> applications; ///< distinct, in estate order
};

/// Every plan wave in order; `result` supplies dispositions and AWS spend (when not ok(), all workloads count).
std::vector<WaveSummary> summarizeWaves(const model::Scenario& scenario, const model::Result& result);

/// The wave plan as an AWS Cloud Migration Factory intake CSV (UI import shape):
/// wave_name,app_name,server_name,server_os_family,server_os_version,server_fqdn,server_environment,r_type
/// One line per workload that moves (Retain excluded), in wave then estate order. app_name is the workload's
/// application, or its own name when it has none (CMF needs one); server_os_family is windows or linux;
/// server_environment prod or nonprod; r_type the 7-R (Rehost, Replatform, ...).
std::string cmfIntakeCsv(const model::Scenario& scenario, const model::Result& result);

} // namespace est::io
