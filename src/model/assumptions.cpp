// model/assumptions.cpp - the assumption registry table (one entry per editable scalar of a Scenario).
#include "model/assumptions.hpp"

#include "model/checked_int.hpp"
#include "model/format.hpp"

#include <algorithm>
#include <cmath>

namespace est::model {
namespace {

// Rules are addressed by disposition index; a short (invalid) rules table reads as 0 and ignores writes,
// validate() reports it.
double ruleField(const Scenario& s, int i, double DispositionRule::*field) {
    return static_cast<std::size_t>(i) < s.rules.size() ? s.rules[static_cast<std::size_t>(i)].*field : 0.0;
}
void setRuleField(Scenario& s, int i, double DispositionRule::*field, double v) {
    if (static_cast<std::size_t>(i) < s.rules.size()) s.rules[static_cast<std::size_t>(i)].*field = v;
}

// An enum from a registry value: truncated, then clamped to its enumerators (a cast outside them is undefined).
template <typename E>
E enumValue(double v, int last) {
    return static_cast<E>(std::clamp(truncToInt(v), 0, last));
}

// Plausibility bounds (maxValue with a maxReason) sit one or two orders of magnitude above anything real, so a
// value beyond them is a typo or a wrong unit, and products of bounded inputs stay far below double overflow.
// The registry is a table: one assumption per entry, its key, label, unit and bounds on the first line.
// clang-format off
std::vector<Assumption> buildRegistry() {
    return {
        {"settings.horizonYears", "Analysis horizon", AssumptionUnit::Years, true, 3.0, false, 5.0, false,
         [](const Scenario& s) { return static_cast<double>(s.settings.horizonYears); },
         [](Scenario& s, double v) { s.settings.horizonYears = truncToInt(v); },
         nullptr, nullptr, {}},
        {"settings.discountRatePct", "Discount rate for NPV (annual)", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.settings.discountRatePct; },
         [](Scenario& s, double v) { s.settings.discountRatePct = v; },
         nullptr, nullptr, {}},
        {"settings.usdToDisplayRate", "Display currency per USD", AssumptionUnit::Factor, false, 0.01, false, 1e6, false, // no currency trades above 100 USD a unit
         [](const Scenario& s) { return s.settings.usdToDisplayRate; },
         [](Scenario& s, double v) { s.settings.usdToDisplayRate = v; },
         nullptr, nullptr, "per USD, more than the weakest currency trades at"},
        {"settings.startQuarter", "Start quarter", AssumptionUnit::Count, true, 1.0, false, 4.0, false,
         [](const Scenario& s) { return static_cast<double>(s.settings.startQuarter); },
         [](Scenario& s, double v) { s.settings.startQuarter = truncToInt(v); },
         nullptr, nullptr, {}},
        {"source.monthlyBillUsd", "Monthly bill today (other cloud / PaaS)", AssumptionUnit::Usd, false, 0.0, false, 1e8, false,
         [](const Scenario& s) { return s.source.monthlyBillUsd; },
         [](Scenario& s, double v) { s.source.monthlyBillUsd = v; },
         nullptr, nullptr, "a month (over $1 billion a year for one estate)"},
        {"source.paasOperationsFte", "PaaS: engineers to run the moved stack on AWS", AssumptionUnit::Factor, false, 0.0, false, 1000.0, false,
         [](const Scenario& s) { return s.source.paasOperationsFte; },
         [](Scenario& s, double v) { s.source.paasOperationsFte = v; },
         nullptr, nullptr, "engineers for one estate"},
        {"source.onPrem.hardwareUsdPerServer", "Hardware price per physical server", AssumptionUnit::Usd, false, 0.0, false, 1e6, false,
         [](const Scenario& s) { return s.source.onPrem.hardwareUsdPerServer; },
         [](Scenario& s, double v) { s.source.onPrem.hardwareUsdPerServer = v; },
         nullptr, nullptr, "of a fully equipped 8-socket server"},
        {"source.onPrem.serverRefreshYears", "Server refresh cycle", AssumptionUnit::Years, false, 0.0, true, 30.0, false,
         [](const Scenario& s) { return s.source.onPrem.serverRefreshYears; },
         [](Scenario& s, double v) { s.source.onPrem.serverRefreshYears = v; },
         nullptr, nullptr, "(no server is kept that long)"},
        {"source.onPrem.maintenancePct", "Hardware maintenance per year (of price)", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.source.onPrem.maintenancePct; },
         [](Scenario& s, double v) { s.source.onPrem.maintenancePct = v; },
         nullptr, nullptr, "(100 %) of the hardware price a year", WrongUnit::PercentPoints},
        {"source.onPrem.powerKwPerHost", "Power draw per host", AssumptionUnit::Kw, false, 0.0, false, 20.0, false,
         [](const Scenario& s) { return s.source.onPrem.powerKwPerHost; },
         [](Scenario& s, double v) { s.source.onPrem.powerKwPerHost = v; },
         nullptr, nullptr, "per host, twice an 8-GPU server's 10.2 kW (NVIDIA DGX H100)"},
        {"source.onPrem.pue", "Power usage effectiveness (PUE)", AssumptionUnit::Factor, false, 1.0, false, 4.0, false,
         [](const Scenario& s) { return s.source.onPrem.pue; },
         [](Scenario& s, double v) { s.source.onPrem.pue = v; },
         nullptr, nullptr, "(the industry average is about 1.6)"},
        {"source.onPrem.powerUsdPerKwh", "Electricity price", AssumptionUnit::UsdPerKwh, false, 0.0, false, 2.0, false,
         [](const Scenario& s) { return s.source.onPrem.powerUsdPerKwh; },
         [](Scenario& s, double v) { s.source.onPrem.powerUsdPerKwh = v; },
         nullptr, nullptr, "(several times the dearest retail electricity)", WrongUnit::Cents},
        {"source.onPrem.spaceUsdPerHostMonth", "Rack space per host per month", AssumptionUnit::Usd, false, 0.0, false, 10000.0, false,
         [](const Scenario& s) { return s.source.onPrem.spaceUsdPerHostMonth; },
         [](Scenario& s, double v) { s.source.onPrem.spaceUsdPerHostMonth = v; },
         nullptr, nullptr, "per host a month, more than a whole colocation rack"},
        {"source.onPrem.storageUsdPerGb", "Storage acquisition per GB", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.source.onPrem.storageUsdPerGb; },
         [](Scenario& s, double v) { s.source.onPrem.storageUsdPerGb = v; },
         nullptr, nullptr, {}},
        {"source.onPrem.storageRefreshYears", "Storage refresh cycle", AssumptionUnit::Years, false, 0.0, true, 30.0, false,
         [](const Scenario& s) { return s.source.onPrem.storageRefreshYears; },
         [](Scenario& s, double v) { s.source.onPrem.storageRefreshYears = v; },
         nullptr, nullptr, {}},
        {"source.onPrem.storageMaintenancePct", "Storage maintenance per year (of acquisition)", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.source.onPrem.storageMaintenancePct; },
         [](Scenario& s, double v) { s.source.onPrem.storageMaintenancePct = v; },
         nullptr, nullptr, {}},
        {"source.onPrem.storageKwPerTb", "Storage power per TB", AssumptionUnit::Kw, false, 0.0, false, 20.0, false,
         [](const Scenario& s) { return s.source.onPrem.storageKwPerTb; },
         [](Scenario& s, double v) { s.source.onPrem.storageKwPerTb = v; },
         nullptr, nullptr, {}},
        {"source.onPrem.networkPct", "Network (of compute + storage)", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.source.onPrem.networkPct; },
         [](Scenario& s, double v) { s.source.onPrem.networkPct = v; },
         nullptr, nullptr, {}},
        {"source.onPrem.virtualisationUsdPerCoreYear", "Hypervisor licence per host core-year", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.source.onPrem.virtualisationUsdPerCoreYear; },
         [](Scenario& s, double v) { s.source.onPrem.virtualisationUsdPerCoreYear = v; },
         nullptr, nullptr, "per core-year, above any hypervisor's list price"},
        {"source.onPrem.coresPerHost", "Cores per physical host", AssumptionUnit::Count, false, 0.0, true, 1024.0, false,
         [](const Scenario& s) { return s.source.onPrem.coresPerHost; },
         [](Scenario& s, double v) { s.source.onPrem.coresPerHost = v; },
         nullptr, nullptr, "per host, more than an 8-socket server has"},
        {"source.onPrem.threadsPerCore", "Hardware threads per core", AssumptionUnit::Factor, false, 1.0, false, 8.0, false,
         [](const Scenario& s) { return s.source.onPrem.threadsPerCore; },
         [](Scenario& s, double v) { s.source.onPrem.threadsPerCore = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"source.onPrem.hostRamGb", "Memory per host (GB)", AssumptionUnit::Count, false, 0.0, true, 1e6, false,
         [](const Scenario& s) { return s.source.onPrem.hostRamGb; },
         [](Scenario& s, double v) { s.source.onPrem.hostRamGb = v; },
         nullptr, nullptr, {}},
        {"source.onPrem.vcpuOversubscription", "vCPU per hardware thread (oversubscription)", AssumptionUnit::Factor, false, 1.0, false, 64.0, false,
         [](const Scenario& s) { return s.source.onPrem.vcpuOversubscription; },
         [](Scenario& s, double v) { s.source.onPrem.vcpuOversubscription = v; },
         nullptr, nullptr, {}},
        {"source.onPrem.socketsPerHost", "Processor sockets per host", AssumptionUnit::Count, false, 1.0, false, 16.0, false,
         [](const Scenario& s) { return s.source.onPrem.socketsPerHost; },
         [](Scenario& s, double v) { s.source.onPrem.socketsPerHost = v; },
         nullptr, nullptr, {}},
        {"source.onPrem.windowsDatacenterUsdPer16Cores", "Windows Server Datacenter list price per 16 cores", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.source.onPrem.windowsDatacenterUsdPer16Cores; },
         [](Scenario& s, double v) { s.source.onPrem.windowsDatacenterUsdPer16Cores = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"source.onPrem.sqlEnterpriseUsdPer2Cores", "SQL Server Enterprise list price per 2-core pack", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.source.onPrem.sqlEnterpriseUsdPer2Cores; },
         [](Scenario& s, double v) { s.source.onPrem.sqlEnterpriseUsdPer2Cores = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"source.onPrem.sqlStandardUsdPer2Cores", "SQL Server Standard list price per 2-core pack", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.source.onPrem.sqlStandardUsdPer2Cores; },
         [](Scenario& s, double v) { s.source.onPrem.sqlStandardUsdPer2Cores = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"source.onPrem.softwareAssurancePct", "Microsoft Software Assurance per year (of licence)", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.source.onPrem.softwareAssurancePct; },
         [](Scenario& s, double v) { s.source.onPrem.softwareAssurancePct = v; },
         nullptr, nullptr, {}},
        {"source.onPrem.oracleEeUsdPerProcessor", "Oracle Database EE list price per processor", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.source.onPrem.oracleEeUsdPerProcessor; },
         [](Scenario& s, double v) { s.source.onPrem.oracleEeUsdPerProcessor = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"source.onPrem.oracleSe2UsdPerProcessor", "Oracle Database SE2 list price per processor (socket)", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.source.onPrem.oracleSe2UsdPerProcessor; },
         [](Scenario& s, double v) { s.source.onPrem.oracleSe2UsdPerProcessor = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"source.onPrem.oracleSupportPct", "Oracle support per year (of licence)", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.source.onPrem.oracleSupportPct; },
         [](Scenario& s, double v) { s.source.onPrem.oracleSupportPct = v; },
         nullptr, nullptr, {}},
        {"source.onPrem.licenceLifeYears", "Perpetual licence life (amortisation)", AssumptionUnit::Years, false, 0.0, true, 30.0, false,
         [](const Scenario& s) { return s.source.onPrem.licenceLifeYears; },
         [](Scenario& s, double v) { s.source.onPrem.licenceLifeYears = v; },
         nullptr, nullptr, {}},
        {"source.onPrem.rhelUsdPerVmYear", "Red Hat Enterprise Linux subscription per VM-year", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.source.onPrem.rhelUsdPerVmYear; },
         [](Scenario& s, double v) { s.source.onPrem.rhelUsdPerVmYear = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"source.onPrem.suseUsdPerVmYear", "SUSE Linux Enterprise subscription per VM-year", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.source.onPrem.suseUsdPerVmYear; },
         [](Scenario& s, double v) { s.source.onPrem.suseUsdPerVmYear = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"source.onPrem.serversPerAdmin", "Servers (VMs) per admin", AssumptionUnit::Factor, false, 0.0, true, 1000.0, false,
         [](const Scenario& s) { return s.source.onPrem.serversPerAdmin; },
         [](Scenario& s, double v) { s.source.onPrem.serversPerAdmin = v; },
         nullptr, nullptr, "per admin"},
        {"source.onPrem.adminUsdPerYear", "Admin cost per year (fully loaded)", AssumptionUnit::Usd, false, 0.0, false, 2e6, false,
         [](const Scenario& s) { return s.source.onPrem.adminUsdPerYear; },
         [](Scenario& s, double v) { s.source.onPrem.adminUsdPerYear = v; },
         nullptr, nullptr, "a year for one admin"},
        {"source.onPrem.managementUsdPerServerYear", "Management tooling (monitoring, patching, security) per server-year", AssumptionUnit::Usd, false, 0.0, false, 100000.0, false,
         [](const Scenario& s) { return s.source.onPrem.managementUsdPerServerYear; },
         [](Scenario& s, double v) { s.source.onPrem.managementUsdPerServerYear = v; },
         nullptr, nullptr, "per server-year"},
        {"source.onPrem.backupUsdPerGbMonth", "Backup of production storage today, per GB-month", AssumptionUnit::UsdPerGbMonth, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return s.source.onPrem.backupUsdPerGbMonth; },
         [](Scenario& s, double v) { s.source.onPrem.backupUsdPerGbMonth = v; },
         nullptr, nullptr, "per GB-month, above any backup service's price"},
        {"aws.regionMultiplier", "Region price override (1 = the region's own prices)", AssumptionUnit::Factor, false, 0.0, true, 5.0, false,
         [](const Scenario& s) { return s.aws.regionMultiplier; },
         [](Scenario& s, double v) { s.aws.regionMultiplier = v; },
         nullptr, nullptr, "(the dearest AWS region costs under twice us-east-1)"},
        {"aws.headroomPct", "Headroom above p95 utilisation", AssumptionUnit::Percent, false, 0.0, false, 4.0, false,
         [](const Scenario& s) { return s.aws.headroomPct; },
         [](Scenario& s, double v) { s.aws.headroomPct = v; },
         nullptr, nullptr, "(400 %) of headroom", WrongUnit::PercentPoints},
        {"aws.pricingModel", "Pricing model (0 on-demand, 1 SP 1-year, 2 SP 3-year)", AssumptionUnit::Count, true, 0.0, false, 2.0, false,
         [](const Scenario& s) { return static_cast<double>(static_cast<int>(s.aws.pricingModel)); },
         [](Scenario& s, double v) { s.aws.pricingModel = enumValue<PricingModel>(v, 2); },
         nullptr, nullptr, {}},
        {"aws.savingsPlan1YearPct", "Savings plan 1-year discount", AssumptionUnit::Percent, false, 0.0, false, 0.99, false,
         [](const Scenario& s) { return s.aws.savingsPlan1YearPct; },
         [](Scenario& s, double v) { s.aws.savingsPlan1YearPct = v; },
         nullptr, nullptr, {}},
        {"aws.rdsReservedPct", "RDS reserved-instance discount", AssumptionUnit::Percent, false, 0.0, false, 0.99, false,
         [](const Scenario& s) { return s.aws.rdsReservedPct; },
         [](Scenario& s, double v) { s.aws.rdsReservedPct = v; },
         nullptr, nullptr, {}},
        {"aws.rdsReserved3YearPct", "RDS 3-year reserved-instance discount", AssumptionUnit::Percent, false, 0.0, false, 0.99, false,
         [](const Scenario& s) { return s.aws.rdsReserved3YearPct; },
         [](Scenario& s, double v) { s.aws.rdsReserved3YearPct = v; },
         nullptr, nullptr, {}},
        {"aws.savingsPlan3YearPct", "Savings plan 3-year discount", AssumptionUnit::Percent, false, 0.0, false, 0.99, false,
         [](const Scenario& s) { return s.aws.savingsPlan3YearPct; },
         [](Scenario& s, double v) { s.aws.savingsPlan3YearPct = v; },
         nullptr, nullptr, {}},
        {"aws.enterpriseDiscountPct", "Enterprise discount (after savings plans)", AssumptionUnit::Percent, false, 0.0, false, 0.99, false,
         [](const Scenario& s) { return s.aws.enterpriseDiscountPct; },
         [](Scenario& s, double v) { s.aws.enterpriseDiscountPct = v; },
         nullptr, nullptr, {}},
        {"aws.supportPlan", "Support plan (0 Basic, 1 Developer, 2 Business, 3 Enterprise)", AssumptionUnit::Count, true, 0.0, false, 3.0, false,
         [](const Scenario& s) { return static_cast<double>(static_cast<int>(s.aws.supportPlan)); },
         [](Scenario& s, double v) { s.aws.supportPlan = enumValue<SupportPlan>(v, 3); },
         nullptr, nullptr, {}},
        {"aws.opsLabourChangePct", "Change in admin labour on AWS", AssumptionUnit::Percent, false, -1.0, false, 10.0, false,
         [](const Scenario& s) { return s.aws.opsLabourChangePct; },
         [](Scenario& s, double v) { s.aws.opsLabourChangePct = v; },
         nullptr, nullptr, "(1000 %) more admin labour", WrongUnit::PercentPoints},
        {"aws.relocateHostUsdPerHour", "Relocate: bare-metal host per hour", AssumptionUnit::Usd, false, 0.0, false, 1000.0, false,
         [](const Scenario& s) { return s.aws.relocateHostUsdPerHour; },
         [](Scenario& s, double v) { s.aws.relocateHostUsdPerHour = v; },
         nullptr, nullptr, "an hour, above the dearest bare-metal instance"},
        {"aws.relocateVmsPerHost", "Relocate: VMs per AWS host", AssumptionUnit::Factor, false, 0.0, true, 1024.0, false,
         [](const Scenario& s) { return s.aws.relocateVmsPerHost; },
         [](Scenario& s, double v) { s.aws.relocateVmsPerHost = v; },
         nullptr, nullptr, "per host of VMware vSphere 8's configuration maximum"},
        {"aws.backupUsdPerGbMonth", "AWS: snapshots / AWS Backup of production storage, per GB-month", AssumptionUnit::UsdPerGbMonth, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return s.aws.backupUsdPerGbMonth; },
         [](Scenario& s, double v) { s.aws.backupUsdPerGbMonth = v; },
         nullptr, nullptr, "per GB-month, above any backup service's price"},
        {"aws.monitoringUsdPerServerMonth", "AWS: monitoring and logs (CloudWatch) per server-month", AssumptionUnit::Usd, false, 0.0, false, 10000.0, false,
         [](const Scenario& s) { return s.aws.monitoringUsdPerServerMonth; },
         [](Scenario& s, double v) { s.aws.monitoringUsdPerServerMonth = v; },
         nullptr, nullptr, "per server-month"},
        {"aws.securityUsdPerServerMonth", "AWS: security tooling (Amazon Inspector) per server-month", AssumptionUnit::Usd, false, 0.0, false, 10000.0, false,
         [](const Scenario& s) { return s.aws.securityUsdPerServerMonth; },
         [](Scenario& s, double v) { s.aws.securityUsdPerServerMonth = v; },
         nullptr, nullptr, "per server-month"},
        {"rules.retire.oneTimeUsdPerWorkload", "Retire: decommissioning cost per server", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return ruleField(s, 0, &DispositionRule::oneTimeUsdPerWorkload); },
         [](Scenario& s, double v) { setRuleField(s, 0, &DispositionRule::oneTimeUsdPerWorkload, v); },
         nullptr, nullptr, "per server (ten large refactors)"},
        {"rules.retire.runRateFactor", "Retire: run cost vs right-sized rehost", AssumptionUnit::Factor, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return ruleField(s, 0, &DispositionRule::runRateFactor); },
         [](Scenario& s, double v) { setRuleField(s, 0, &DispositionRule::runRateFactor, v); },
         nullptr, nullptr, "times a right-sized rehost"},
        {"rules.retire.durationWeeks", "Retire: duration per workload", AssumptionUnit::Weeks, false, 0.0, false, 520.0, false,
         [](const Scenario& s) { return ruleField(s, 0, &DispositionRule::durationWeeks); },
         [](Scenario& s, double v) { setRuleField(s, 0, &DispositionRule::durationWeeks, v); },
         nullptr, nullptr, "(ten years)"},
        {"rules.retire.opsLabourFactor", "Retire: admin labour vs rehost", AssumptionUnit::Factor, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return ruleField(s, 0, &DispositionRule::opsLabourFactor); },
         [](Scenario& s, double v) { setRuleField(s, 0, &DispositionRule::opsLabourFactor, v); },
         nullptr, nullptr, "times rehost's admin labour"},
        {"rules.retain.oneTimeUsdPerWorkload", "Retain: one-time cost per server", AssumptionUnit::Usd, false, 0.0, false, 1e7, false,
         [](const Scenario& s) { return ruleField(s, 1, &DispositionRule::oneTimeUsdPerWorkload); },
         [](Scenario& s, double v) { setRuleField(s, 1, &DispositionRule::oneTimeUsdPerWorkload, v); },
         nullptr, nullptr, "per server (ten large refactors)"},
        {"rules.retain.runRateFactor", "Retain: run cost vs right-sized rehost", AssumptionUnit::Factor, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return ruleField(s, 1, &DispositionRule::runRateFactor); },
         [](Scenario& s, double v) { setRuleField(s, 1, &DispositionRule::runRateFactor, v); },
         nullptr, nullptr, "times a right-sized rehost"},
        {"rules.retain.durationWeeks", "Retain: duration per workload", AssumptionUnit::Weeks, false, 0.0, false, 520.0, false,
         [](const Scenario& s) { return ruleField(s, 1, &DispositionRule::durationWeeks); },
         [](Scenario& s, double v) { setRuleField(s, 1, &DispositionRule::durationWeeks, v); },
         nullptr, nullptr, "(ten years)"},
        {"rules.retain.opsLabourFactor", "Retain: admin labour vs rehost", AssumptionUnit::Factor, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return ruleField(s, 1, &DispositionRule::opsLabourFactor); },
         [](Scenario& s, double v) { setRuleField(s, 1, &DispositionRule::opsLabourFactor, v); },
         nullptr, nullptr, "times rehost's admin labour"},
        {"rules.rehost.oneTimeUsdPerWorkload", "Rehost: one-time cost per server (factory rate)", AssumptionUnit::Usd, false, 0.0, false, 1e7, false,
         [](const Scenario& s) { return ruleField(s, 2, &DispositionRule::oneTimeUsdPerWorkload); },
         [](Scenario& s, double v) { setRuleField(s, 2, &DispositionRule::oneTimeUsdPerWorkload, v); },
         nullptr, nullptr, "per server (ten large refactors)"},
        {"rules.rehost.oneTimeUsdPerApplication", "Rehost: one-time effort per application", AssumptionUnit::Usd, false, 0.0, false, 1e8, false,
         [](const Scenario& s) { return ruleField(s, 2, &DispositionRule::oneTimeUsdPerApplication); },
         [](Scenario& s, double v) { setRuleField(s, 2, &DispositionRule::oneTimeUsdPerApplication, v); },
         nullptr, nullptr, "per application (a large programme's whole budget)"},
        {"rules.rehost.runRateFactor", "Rehost: run cost vs right-sized rehost (unused: priced from the catalogue)", AssumptionUnit::Factor, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return ruleField(s, 2, &DispositionRule::runRateFactor); },
         [](Scenario& s, double v) { setRuleField(s, 2, &DispositionRule::runRateFactor, v); },
         nullptr, nullptr, "times a right-sized rehost"},
        {"rules.rehost.durationWeeks", "Rehost: duration per workload", AssumptionUnit::Weeks, false, 0.0, false, 520.0, false,
         [](const Scenario& s) { return ruleField(s, 2, &DispositionRule::durationWeeks); },
         [](Scenario& s, double v) { setRuleField(s, 2, &DispositionRule::durationWeeks, v); },
         nullptr, nullptr, "(ten years)"},
        {"rules.rehost.opsLabourFactor", "Rehost: admin labour vs rehost", AssumptionUnit::Factor, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return ruleField(s, 2, &DispositionRule::opsLabourFactor); },
         [](Scenario& s, double v) { setRuleField(s, 2, &DispositionRule::opsLabourFactor, v); },
         nullptr, nullptr, "times rehost's admin labour"},
        {"rules.relocate.oneTimeUsdPerWorkload", "Relocate: one-time cost per server (factory rate)", AssumptionUnit::Usd, false, 0.0, false, 1e7, false,
         [](const Scenario& s) { return ruleField(s, 3, &DispositionRule::oneTimeUsdPerWorkload); },
         [](Scenario& s, double v) { setRuleField(s, 3, &DispositionRule::oneTimeUsdPerWorkload, v); },
         nullptr, nullptr, "per server (ten large refactors)"},
        {"rules.relocate.runRateFactor", "Relocate: run cost vs right-sized rehost", AssumptionUnit::Factor, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return ruleField(s, 3, &DispositionRule::runRateFactor); },
         [](Scenario& s, double v) { setRuleField(s, 3, &DispositionRule::runRateFactor, v); },
         nullptr, nullptr, "times a right-sized rehost"},
        {"rules.relocate.durationWeeks", "Relocate: duration per workload", AssumptionUnit::Weeks, false, 0.0, false, 520.0, false,
         [](const Scenario& s) { return ruleField(s, 3, &DispositionRule::durationWeeks); },
         [](Scenario& s, double v) { setRuleField(s, 3, &DispositionRule::durationWeeks, v); },
         nullptr, nullptr, "(ten years)"},
        {"rules.relocate.opsLabourFactor", "Relocate: admin labour vs rehost", AssumptionUnit::Factor, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return ruleField(s, 3, &DispositionRule::opsLabourFactor); },
         [](Scenario& s, double v) { setRuleField(s, 3, &DispositionRule::opsLabourFactor, v); },
         nullptr, nullptr, "times rehost's admin labour"},
        {"rules.repurchase.oneTimeUsdPerWorkload", "Repurchase: one-time cost per server (factory rate)", AssumptionUnit::Usd, false, 0.0, false, 1e7, false,
         [](const Scenario& s) { return ruleField(s, 4, &DispositionRule::oneTimeUsdPerWorkload); },
         [](Scenario& s, double v) { setRuleField(s, 4, &DispositionRule::oneTimeUsdPerWorkload, v); },
         nullptr, nullptr, "per server (ten large refactors)"},
        {"rules.repurchase.oneTimeUsdPerApplication", "Repurchase: one-time effort per application", AssumptionUnit::Usd, false, 0.0, false, 1e8, false,
         [](const Scenario& s) { return ruleField(s, 4, &DispositionRule::oneTimeUsdPerApplication); },
         [](Scenario& s, double v) { setRuleField(s, 4, &DispositionRule::oneTimeUsdPerApplication, v); },
         nullptr, nullptr, "per application (a large programme's whole budget)"},
        {"rules.repurchase.runRateFactor", "Repurchase: subscription as a factor of today's licences", AssumptionUnit::Factor, false, 0.0, false, 1000.0, false,
         [](const Scenario& s) { return ruleField(s, 4, &DispositionRule::runRateFactor); },
         [](Scenario& s, double v) { setRuleField(s, 4, &DispositionRule::runRateFactor, v); },
         nullptr, nullptr, "times a right-sized rehost"},
        {"rules.repurchase.durationWeeks", "Repurchase: duration per workload", AssumptionUnit::Weeks, false, 0.0, false, 520.0, false,
         [](const Scenario& s) { return ruleField(s, 4, &DispositionRule::durationWeeks); },
         [](Scenario& s, double v) { setRuleField(s, 4, &DispositionRule::durationWeeks, v); },
         nullptr, nullptr, "(ten years)"},
        {"rules.repurchase.opsLabourFactor", "Repurchase: admin labour vs rehost", AssumptionUnit::Factor, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return ruleField(s, 4, &DispositionRule::opsLabourFactor); },
         [](Scenario& s, double v) { setRuleField(s, 4, &DispositionRule::opsLabourFactor, v); },
         nullptr, nullptr, "times rehost's admin labour"},
        {"rules.repurchase.subscriptionUsdPerUserMonth", "Repurchase: subscription per user-month (0 = factor x today's licences)", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return ruleField(s, 4, &DispositionRule::subscriptionUsdPerUserMonth); },
         [](Scenario& s, double v) { setRuleField(s, 4, &DispositionRule::subscriptionUsdPerUserMonth, v); },
         nullptr, nullptr, {}},
        {"rules.replatform.oneTimeUsdPerWorkload", "Replatform: one-time cost per server (factory rate)", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return ruleField(s, 5, &DispositionRule::oneTimeUsdPerWorkload); },
         [](Scenario& s, double v) { setRuleField(s, 5, &DispositionRule::oneTimeUsdPerWorkload, v); },
         nullptr, nullptr, "per server (ten large refactors)"},
        {"rules.replatform.oneTimeUsdPerApplication", "Replatform: one-time effort per application", AssumptionUnit::Usd, false, 0.0, false, 1e8, false,
         [](const Scenario& s) { return ruleField(s, 5, &DispositionRule::oneTimeUsdPerApplication); },
         [](Scenario& s, double v) { setRuleField(s, 5, &DispositionRule::oneTimeUsdPerApplication, v); },
         nullptr, nullptr, "per application (a large programme's whole budget)"},
        {"rules.replatform.runRateFactor", "Replatform: run cost vs right-sized rehost (unused: priced from the catalogue)", AssumptionUnit::Factor, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return ruleField(s, 5, &DispositionRule::runRateFactor); },
         [](Scenario& s, double v) { setRuleField(s, 5, &DispositionRule::runRateFactor, v); },
         nullptr, nullptr, "times a right-sized rehost"},
        {"rules.replatform.durationWeeks", "Replatform: duration per workload", AssumptionUnit::Weeks, false, 0.0, false, 520.0, false,
         [](const Scenario& s) { return ruleField(s, 5, &DispositionRule::durationWeeks); },
         [](Scenario& s, double v) { setRuleField(s, 5, &DispositionRule::durationWeeks, v); },
         nullptr, nullptr, "(ten years)"},
        {"rules.replatform.opsLabourFactor", "Replatform: admin labour vs rehost", AssumptionUnit::Factor, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return ruleField(s, 5, &DispositionRule::opsLabourFactor); },
         [](Scenario& s, double v) { setRuleField(s, 5, &DispositionRule::opsLabourFactor, v); },
         nullptr, nullptr, "times rehost's admin labour"},
        {"rules.refactor.oneTimeUsdPerWorkload", "Refactor: one-time cost per server (factory rate)", AssumptionUnit::Usd, false, 0.0, false, 1e7, false,
         [](const Scenario& s) { return ruleField(s, 6, &DispositionRule::oneTimeUsdPerWorkload); },
         [](Scenario& s, double v) { setRuleField(s, 6, &DispositionRule::oneTimeUsdPerWorkload, v); },
         nullptr, nullptr, "per server (ten large refactors)"},
        {"rules.refactor.oneTimeUsdPerApplication", "Refactor: one-time effort per application", AssumptionUnit::Usd, false, 0.0, false, 1e8, false,
         [](const Scenario& s) { return ruleField(s, 6, &DispositionRule::oneTimeUsdPerApplication); },
         [](Scenario& s, double v) { setRuleField(s, 6, &DispositionRule::oneTimeUsdPerApplication, v); },
         nullptr, nullptr, "per application (a large programme's whole budget)"},
        {"rules.refactor.runRateFactor", "Refactor: run cost vs right-sized rehost (rule of thumb: no catalogue price)", AssumptionUnit::Factor, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return ruleField(s, 6, &DispositionRule::runRateFactor); },
         [](Scenario& s, double v) { setRuleField(s, 6, &DispositionRule::runRateFactor, v); },
         nullptr, nullptr, "times a right-sized rehost"},
        {"rules.refactor.durationWeeks", "Refactor: duration per workload", AssumptionUnit::Weeks, false, 0.0, false, 520.0, false,
         [](const Scenario& s) { return ruleField(s, 6, &DispositionRule::durationWeeks); },
         [](Scenario& s, double v) { setRuleField(s, 6, &DispositionRule::durationWeeks, v); },
         nullptr, nullptr, "(ten years)"},
        {"rules.refactor.opsLabourFactor", "Refactor: admin labour vs rehost", AssumptionUnit::Factor, false, 0.0, false, 10.0, false,
         [](const Scenario& s) { return ruleField(s, 6, &DispositionRule::opsLabourFactor); },
         [](Scenario& s, double v) { setRuleField(s, 6, &DispositionRule::opsLabourFactor, v); },
         nullptr, nullptr, "times rehost's admin labour"},
        {"plan.assessWeeks", "Assess phase length", AssumptionUnit::Weeks, false, 0.0, false, 520.0, false,
         [](const Scenario& s) { return s.plan.assessWeeks; },
         [](Scenario& s, double v) { s.plan.assessWeeks = v; },
         nullptr, nullptr, "(ten years)"},
        {"plan.mobilizeWeeks", "Mobilize phase length", AssumptionUnit::Weeks, false, 0.0, false, 520.0, false,
         [](const Scenario& s) { return s.plan.mobilizeWeeks; },
         [](Scenario& s, double v) { s.plan.mobilizeWeeks = v; },
         nullptr, nullptr, "(ten years)"},
        {"plan.wavePlanning.pilotWaveServers", "Wave planning: pilot wave capacity (servers)", AssumptionUnit::Count, true, 1.0, false, 100000.0, false,
         [](const Scenario& s) { return static_cast<double>(s.plan.wavePlanning.pilotWaveServers); },
         [](Scenario& s, double v) { s.plan.wavePlanning.pilotWaveServers = truncToInt(v); },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"plan.wavePlanning.serversIncreasePerWave", "Wave planning: capacity added per wave (servers)", AssumptionUnit::Count, true, 0.0, false, 100000.0, false,
         [](const Scenario& s) { return static_cast<double>(s.plan.wavePlanning.serversIncreasePerWave); },
         [](Scenario& s, double v) { s.plan.wavePlanning.serversIncreasePerWave = truncToInt(v); },
         nullptr, nullptr, {}},
        {"plan.wavePlanning.maxServersPerWave", "Wave planning: maximum servers per wave", AssumptionUnit::Count, true, 1.0, false, 100000.0, false,
         [](const Scenario& s) { return static_cast<double>(s.plan.wavePlanning.maxServersPerWave); },
         [](Scenario& s, double v) { s.plan.wavePlanning.maxServersPerWave = truncToInt(v); },
         nullptr, nullptr, {}},
        {"plan.wavePlanning.maxVcpuPerWave", "Wave planning: maximum vCPU per wave", AssumptionUnit::Count, true, 1.0, false, 10000000.0, false,
         [](const Scenario& s) { return static_cast<double>(s.plan.wavePlanning.maxVcpuPerWave); },
         [](Scenario& s, double v) { s.plan.wavePlanning.maxVcpuPerWave = truncToInt(v); },
         nullptr, nullptr, {}},
        {"plan.wavePlanning.maxStorageGbPerWave", "Wave planning: maximum storage per wave (GB)", AssumptionUnit::Count, false, 0.0, true, 1000000000.0, false,
         [](const Scenario& s) { return s.plan.wavePlanning.maxStorageGbPerWave; },
         [](Scenario& s, double v) { s.plan.wavePlanning.maxStorageGbPerWave = v; },
         nullptr, nullptr, {}},
        {"plan.wavePlanning.waveLengthMonths", "Wave planning: wave length", AssumptionUnit::Months, true, 1.0, false, 60.0, false,
         [](const Scenario& s) { return static_cast<double>(s.plan.wavePlanning.waveLengthMonths); },
         [](Scenario& s, double v) { s.plan.wavePlanning.waveLengthMonths = truncToInt(v); },
         nullptr, nullptr, {}},
        {"plan.wavePlanning.monthsBetweenWaves", "Wave planning: months between wave starts", AssumptionUnit::Months, true, 0.0, false, 60.0, false,
         [](const Scenario& s) { return static_cast<double>(s.plan.wavePlanning.monthsBetweenWaves); },
         [](Scenario& s, double v) { s.plan.wavePlanning.monthsBetweenWaves = truncToInt(v); },
         nullptr, nullptr, {}},
        {"plan.wavePlanning.dualRunningMonths", "Wave planning: dual running per wave", AssumptionUnit::Months, true, 0.0, false, 60.0, false,
         [](const Scenario& s) { return static_cast<double>(s.plan.wavePlanning.dualRunningMonths); },
         [](Scenario& s, double v) { s.plan.wavePlanning.dualRunningMonths = truncToInt(v); },
         nullptr, nullptr, {}},
        {"program.assessPctOfArr", "Assess funding (of projected ARR)", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.program.assessPctOfArr; },
         [](Scenario& s, double v) { s.program.assessPctOfArr = v; },
         nullptr, nullptr, {}},
        {"program.mobilizePctOfArr", "Mobilize funding (of projected ARR)", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.program.mobilizePctOfArr; },
         [](Scenario& s, double v) { s.program.mobilizePctOfArr = v; },
         nullptr, nullptr, {}},
        {"program.mobilizePctOfServices", "Mobilize funding (of eligible services cost)", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.program.mobilizePctOfServices; },
         [](Scenario& s, double v) { s.program.mobilizePctOfServices = v; },
         nullptr, nullptr, {}},
        {"program.mobilizeBasis", "Mobilize basis (0 projected ARR, 1 services cost)", AssumptionUnit::Count, true, 0.0, false, 1.0, false,
         [](const Scenario& s) { return static_cast<double>(static_cast<int>(s.program.mobilizeBasis)); },
         [](Scenario& s, double v) { s.program.mobilizeBasis = enumValue<MobilizeBasis>(v, 1); },
         nullptr, nullptr, {}},
        {"program.migrationServicesUsd", "Eligible migration services cost (0 = estimated one-time cost)", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.migrationServicesUsd; },
         [](Scenario& s, double v) { s.program.migrationServicesUsd = v; },
         nullptr, nullptr, "of migration services"},
        {"program.migrateCreditPct", "Migrate & Modernize credits (of incremental tagged spend)", AssumptionUnit::Percent, false, 0.0, false, 1.0, true,
         [](const Scenario& s) { return s.program.migrateCreditPct.expected; },
         [](Scenario& s, double v) { s.program.migrateCreditPct.expected = v; },
         [](const Scenario& s) { return s.program.migrateCreditPct; }, [](Scenario& s, const Range& r) { s.program.migrateCreditPct = r; }, {}},
        {"program.creditLagQuarters", "Credit lag", AssumptionUnit::Count, true, 0.0, false, 8.0, false,
         [](const Scenario& s) { return static_cast<double>(s.program.creditLagQuarters); },
         [](Scenario& s, double v) { s.program.creditLagQuarters = truncToInt(v); },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"program.minEligibleSpendUsd", "Minimum eligible (tagged) spend before credits", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.minEligibleSpendUsd; },
         [](Scenario& s, double v) { s.program.minEligibleSpendUsd = v; },
         nullptr, nullptr, "of tagged spend"},
        {"program.creditWindowMonths", "Post-go-live credit window", AssumptionUnit::Months, false, 0.0, false, 120.0, true,
         [](const Scenario& s) { return s.program.creditWindowMonths.expected; },
         [](Scenario& s, double v) { s.program.creditWindowMonths.expected = v; },
         [](const Scenario& s) { return s.program.creditWindowMonths; }, [](Scenario& s, const Range& r) { s.program.creditWindowMonths = r; }, {}},
        {"program.partnerFundingCapUsd", "Partner-funding cap", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.partnerFundingCapUsd; },
         [](Scenario& s, double v) { s.program.partnerFundingCapUsd = v; },
         nullptr, nullptr, "of partner funding"},
        {"program.mapLiteMinArrUsd", "MAP Lite minimum projected ARR", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.mapLiteMinArrUsd; },
         [](Scenario& s, double v) { s.program.mapLiteMinArrUsd = v; },
         nullptr, nullptr, "of projected ARR"},
        {"program.mapMinArrUsd", "MAP (full) minimum projected ARR", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.mapMinArrUsd; },
         [](Scenario& s, double v) { s.program.mapMinArrUsd = v; },
         nullptr, nullptr, "of projected ARR"},
        {"program.scopeFloorServers", "Scope floor (servers or equivalent workloads)", AssumptionUnit::Count, false, 0.0, false, 1e6, true,
         [](const Scenario& s) { return s.program.scopeFloorServers.expected; },
         [](Scenario& s, double v) { s.program.scopeFloorServers.expected = v; },
         [](const Scenario& s) { return s.program.scopeFloorServers; }, [](Scenario& s, const Range& r) { s.program.scopeFloorServers = r; }, "workloads"},
        {"program.professionalServicesDiscountPct", "Professional-services discount on migration labour", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.program.professionalServicesDiscountPct; },
         [](Scenario& s, double v) { s.program.professionalServicesDiscountPct = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"program.trainingAllowanceUsdPerPerson", "Training allowance per person", AssumptionUnit::Usd, false, 0.0, false, 100000.0, false,
         [](const Scenario& s) { return s.program.trainingAllowanceUsdPerPerson; },
         [](Scenario& s, double v) { s.program.trainingAllowanceUsdPerPerson = v; },
         nullptr, nullptr, "per person"},
        {"program.trainingPeople", "People trained", AssumptionUnit::Count, true, 0.0, false, 1e6, false,
         [](const Scenario& s) { return static_cast<double>(s.program.trainingPeople); },
         [](Scenario& s, double v) { s.program.trainingPeople = truncToInt(v); },
         nullptr, nullptr, "people"},
        {"program.headlineProfile", "Headline funding profile (0 program mechanics, 1 published rules of thumb)", AssumptionUnit::Count, true, 0.0, false, 1.0, false,
         [](const Scenario& s) { return static_cast<double>(static_cast<int>(s.program.headlineProfile)); },
         [](Scenario& s, double v) { s.program.headlineProfile = enumValue<FundingProfile>(v, 1); },
         nullptr, nullptr, {}},
        {"program.projectedArrOverrideUsd", "Projected ARR entered (committed spend x 12; 0 = from the sizing)", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.projectedArrOverrideUsd; },
         [](Scenario& s, double v) { s.program.projectedArrOverrideUsd = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"program.practicalFloorMonthlyUsd", "Monthly AWS spend that opens the ladder (borderline floor)", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.practicalFloorMonthlyUsd; },
         [](Scenario& s, double v) { s.program.practicalFloorMonthlyUsd = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"program.assessTierMapUsd", "Program: Assess partner cash at full-MAP ARR", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.assessTierMapUsd; },
         [](Scenario& s, double v) { s.program.assessTierMapUsd = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"program.assessTierLiteUsd", "Program: Assess partner cash below full-MAP ARR", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.assessTierLiteUsd; },
         [](Scenario& s, double v) { s.program.assessTierLiteUsd = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"program.assessmentFeeUsd", "Program: partner's assessment fee (0 = not quoted)", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.assessmentFeeUsd; },
         [](Scenario& s, double v) { s.program.assessmentFeeUsd = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"program.assessPctOfFee", "Program: Assess pays at most this share of the fee", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.program.assessPctOfFee; },
         [](Scenario& s, double v) { s.program.assessPctOfFee = v; },
         nullptr, nullptr, {}},
        {"program.mobilizeArrCountedUsd", "Program: projected ARR counted for Mobilize, at most", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.mobilizeArrCountedUsd; },
         [](Scenario& s, double v) { s.program.mobilizeArrCountedUsd = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"program.mobilizeCashCapUsd", "Program: Mobilize partner cash cap", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.mobilizeCashCapUsd; },
         [](Scenario& s, double v) { s.program.mobilizeCashCapUsd = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"program.mobilizeTranche1TriggerUsd", "Program: Mobilize tranche 1 trigger (cumulative tagged spend)", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.mobilizeTranche1TriggerUsd; },
         [](Scenario& s, double v) { s.program.mobilizeTranche1TriggerUsd = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"program.mobilizeTranche1MaxUsd", "Program: Mobilize tranche 1, at most", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.mobilizeTranche1MaxUsd; },
         [](Scenario& s, double v) { s.program.mobilizeTranche1MaxUsd = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"program.mobilizeTranche2TriggerPctOfArr", "Program: Mobilize tranche 2 trigger (share of projected ARR)", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.program.mobilizeTranche2TriggerPctOfArr; },
         [](Scenario& s, double v) { s.program.mobilizeTranche2TriggerPctOfArr = v; },
         nullptr, nullptr, {}},
        {"program.creditRatePct", "Program: credit rate (of tagged eligible spend)", AssumptionUnit::Percent, false, 0.0, false, 1.0, true,
         [](const Scenario& s) { return s.program.creditRatePct.expected; },
         [](Scenario& s, double v) { s.program.creditRatePct.expected = v; },
         [](const Scenario& s) { return s.program.creditRatePct; }, [](Scenario& s, const Range& r) { s.program.creditRatePct = r; }, {}},
        {"program.creditThresholdUsd", "Program: tagged spend before credits start", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.creditThresholdUsd; },
         [](Scenario& s, double v) { s.program.creditThresholdUsd = v; },
         nullptr, nullptr, {}},
        {"program.creditPeriodMonths", "Program: MAP credit period from the agreement", AssumptionUnit::Months, true, 1.0, false, 120.0, false,
         [](const Scenario& s) { return static_cast<double>(s.program.creditPeriodMonths); },
         [](Scenario& s, double v) { s.program.creditPeriodMonths = truncToInt(v); },
         nullptr, nullptr, {}},
        {"program.agreementStartMonth", "Program: MAP agreement start month (-1 = start of Mobilize)", AssumptionUnit::Months, true, -1.0, false, 59.0, false,
         [](const Scenario& s) { return static_cast<double>(s.program.agreementStartMonth); },
         [](Scenario& s, double v) { s.program.agreementStartMonth = truncToInt(v); },
         nullptr, nullptr, "(the last month of a five-year horizon)"},
        {"program.migrationSpendTargetUsd", "Program: migration spend target (0 = projected over the credit period)", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.migrationSpendTargetUsd; },
         [](Scenario& s, double v) { s.program.migrationSpendTargetUsd = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"program.creditCapUsd", "Program: credit cap (0 = credit rate x migration spend target)", AssumptionUnit::Usd, false, 0.0, false, 1e9, false,
         [](const Scenario& s) { return s.program.creditCapUsd; },
         [](Scenario& s, double v) { s.program.creditCapUsd = v; },
         nullptr, nullptr, "(a billion), far above any migration programme"},
        {"program.dataTransferSharePct", "Share of AWS spend that is data transfer (not eligible)", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.program.dataTransferSharePct; },
         [](Scenario& s, double v) { s.program.dataTransferSharePct = v; },
         nullptr, nullptr, {}},
        {"program.marketplaceSharePct", "Share of AWS spend that is Marketplace software (not eligible)", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.program.marketplaceSharePct; },
         [](Scenario& s, double v) { s.program.marketplaceSharePct = v; },
         nullptr, nullptr, {}},
        {"program.tagKey", "MAP tag key (0 map-migrated, 1 aws-apn-id)", AssumptionUnit::Count, true, 0.0, false, 1.0, false,
         [](const Scenario& s) { return static_cast<double>(static_cast<int>(s.program.tagKey)); },
         [](Scenario& s, double v) { s.program.tagKey = enumValue<MapTagKey>(v, 1); },
         nullptr, nullptr, {}},
        {"recommender.idleCpuPct", "Idle below p95 CPU", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.recommender.idleCpuPct; },
         [](Scenario& s, double v) { s.recommender.idleCpuPct = v; },
         nullptr, nullptr, {}},
        {"recommender.idleMemPct", "Idle below p95 memory", AssumptionUnit::Percent, false, 0.0, false, 1.0, false,
         [](const Scenario& s) { return s.recommender.idleMemPct; },
         [](Scenario& s, double v) { s.recommender.idleMemPct = v; },
         nullptr, nullptr, {}},
    };
}
// clang-format on

std::string wrongUnitHint(WrongUnit u, double v, double max) {
    switch (u) {
    case WrongUnit::None:
        break;
    case WrongUnit::PercentPoints:
        if (v / 100.0 <= max)
            return ": was it entered as a percentage? " + formatNumber(v) + " % is " + formatNumber(v / 100.0);
        break;
    case WrongUnit::Cents:
        if (v / 100.0 <= max) return ": was it entered in cents?";
        break;
    case WrongUnit::BytesForGb:
        if (v / 1024.0 <= max) return ": was it entered in MB?";
        if (v / (1024.0 * 1024.0) <= max) return ": was it entered in KB?";
        if (v / (1024.0 * 1024.0 * 1024.0) <= max) return ": was it entered in bytes?";
        break;
    }
    return "";
}

std::string checkBound(double v, double min, bool minExclusive, double max, std::string_view unit,
                       std::string_view maxReason, WrongUnit wrongUnit) {
    if (!std::isfinite(v)) return "must be a finite number, got " + formatNumber(v);
    const bool lowOk = minExclusive ? v > min : v >= min;
    if (!lowOk) {
        if (!maxReason.empty() || minExclusive)
            return std::string(minExclusive ? "must be > " : "must be >= ") + formatNumber(min) + ", got " +
                   formatNumber(v);
        return "must be between " + formatNumber(min) + " and " + formatNumber(max) + ", got " + formatNumber(v);
    }
    if (v <= max) return "";
    if (maxReason.empty())
        return "must be between " + formatNumber(min) + " and " + formatNumber(max) + ", got " + formatNumber(v);
    std::string text = formatNumber(v) + " is more than the " + formatNumber(max);
    if (!unit.empty()) text += " " + std::string(unit);
    if (!maxReason.empty()) text += " " + std::string(maxReason);
    return text + wrongUnitHint(wrongUnit, v, max);
}

} // namespace

// Per-field plausibility bounds. AWS's largest instances (u7i-12tb.224xlarge, u7in-32tb.224xlarge; Amazon EC2
// High Memory instances, AWS, 2024) have 896 vCPU and up to 32 TiB of memory.
namespace bounds {
const FieldBound kWorkloadVcpu{"vcpu", "vCPU", 0.0, false, 896.0, "of the largest AWS instance"};
const FieldBound kWorkloadRamGb{
    "ramGb", "GB", 0.0, false, 32768.0, "of the largest AWS instance", WrongUnit::BytesForGb};
// 1 PiB: more than any single server's disks (an EBS volume holds at most 64 TiB).
const FieldBound kWorkloadStorageGb{"storageGb",          "GB", 0.0, false, 1048576.0, "(a petabyte) for one workload",
                                    WrongUnit::BytesForGb};
const FieldBound kWorkloadMonthlyCostUsd{"monthlyCostOverrideUsd",   "USD",           0.0, false, 1e7,
                                         "a month for one workload", WrongUnit::Cents};
// Ten years: twice the longest horizon, so month arithmetic stays small; a later tag month means "never".
const FieldBound kWorkloadTaggedFromMonth{
    "taggedFromMonth", "months", 0.0, false, 120.0, "(ten years, twice the longest horizon)"};
const FieldBound kWaveMonths{"months", "months", 0.0, false, 120.0, "(ten years, twice the longest horizon)"};
// One wave a month for ten years.
const FieldBound kWaveCount{"waves", "waves", 0.0, false, 120.0, "(one a month for ten years)"};
const FieldBound kInstanceVcpu{"vcpu", "vCPU", 0.0, true, 896.0, "of the largest AWS instance"};
const FieldBound kInstanceRamGb{
    "ramGb", "GB", 0.0, true, 32768.0, "of the largest AWS instance", WrongUnit::BytesForGb};
// The dearest on-demand instances cost a few hundred USD an hour (u7in-32tb.224xlarge ~ $400).
const FieldBound kInstanceUsdPerHour{
    "usdPerHour", "USD", 0.0, false, 10000.0, "an hour, 25 times the dearest AWS instance", WrongUnit::Cents};
const FieldBound kStartYear{"startYear", "", 2000.0, false, 2100.0, ""};
} // namespace bounds

std::string boundProblem(const FieldBound& b, double value) {
    return checkBound(value, b.minValue, b.minExclusive, b.maxValue, b.unit, b.maxReason, b.wrongUnit);
}

std::string boundProblem(const Assumption& a, double value) {
    // Percent values are decimals: their reasons say the percentage, the unit label would mislead.
    const std::string_view unit = a.unit == AssumptionUnit::Percent ? std::string_view() : unitLabel(a.unit);
    return checkBound(value, a.minValue, a.minExclusive, a.maxValue, unit, a.maxReason, a.wrongUnit);
}

const std::vector<Assumption>& assumptions() {
    static const std::vector<Assumption> registry = buildRegistry();
    return registry;
}

const Assumption* findAssumption(std::string_view key) {
    for (const Assumption& a : assumptions())
        if (a.key == key) return &a;
    return nullptr;
}

std::optional<Range> rangeOf(const Scenario& s, const Assumption& a) {
    if (a.isRangeField && a.getRange) return a.getRange(s);
    for (const AssumptionRange& r : s.ranges)
        if (r.key == a.key) return r.range;
    return std::nullopt;
}

std::vector<const Assumption*> rangedAssumptions(const Scenario& s) {
    std::vector<const Assumption*> out;
    for (const Assumption& a : assumptions()) {
        const std::optional<Range> r = rangeOf(s, a);
        if (r && r->low < r->high) out.push_back(&a);
    }
    return out;
}

std::string_view unitLabel(AssumptionUnit u) {
    switch (u) {
    case AssumptionUnit::Usd:
        return "USD";
    case AssumptionUnit::Percent:
        return "%";
    case AssumptionUnit::Factor:
        return "x";
    case AssumptionUnit::Count:
        return "";
    case AssumptionUnit::Months:
        return "months";
    case AssumptionUnit::Weeks:
        return "weeks";
    case AssumptionUnit::Years:
        return "years";
    case AssumptionUnit::Hours:
        return "hours";
    case AssumptionUnit::Kw:
        return "kW";
    case AssumptionUnit::UsdPerKwh:
        return "USD/kWh";
    case AssumptionUnit::UsdPerGbMonth:
        return "USD/GB-month";
    }
    return "";
}

std::string_view dispositionKey(Disposition d) {
    static constexpr std::string_view kKeys[kDispositionCount] = {"retire",     "retain",     "rehost",  "relocate",
                                                                  "repurchase", "replatform", "refactor"};
    return kKeys[static_cast<int>(d)];
}

std::string_view dispositionName(Disposition d) {
    static constexpr std::string_view kNames[kDispositionCount] = {"Retire",     "Retain",     "Rehost",  "Relocate",
                                                                   "Repurchase", "Replatform", "Refactor"};
    return kNames[static_cast<int>(d)];
}

} // namespace est::model
