// model/licences.hpp - what a workload's licences cost today and after the move, per vendor rule.
//
// Today (perpetual licences amortised over licenceLifeYears plus yearly support; subscriptions per year):
// - Windows Server Datacenter: licensed per physical host core (at least 16 per host), unlimited VMs; a
//   Windows VM carries its host share of the host's core licences.
// - SQL Server per core: the VM's vCPU, at least 4 core licences per VM (licensing by virtual OSE with
//   Software Assurance). Enterprise / Standard from the 2-core pack price; Web is sold through hosting
//   providers only (no list price: 0 here, enter an override); Express is free.
// - Oracle Database: Enterprise = processor licences, the VM's physical cores (vCPU / threads per core) x 0.5
//   core factor (Intel / AMD), rounded up; Standard Edition 2 = one per socket the VM's cores span.
//   Support 22 % a year.
// - RHEL / SUSE: a subscription per VM-year.
// - Hypervisor: per host core, following the host share (today_cost.hpp).
// After (AWS):
// - licence included: in the catalogue's rate (aws_pricing.hpp): EC2 Windows, RHEL, SUSE and Windows / Linux +
//   SQL Server edition rates, RDS SQL Server and Oracle SE2 licence-included engine rates. Nothing is added on
//   top; on EC2 the trace shows the licence part as the licensed rate minus the same type's Linux rate.
//   Windows on EC2 shared tenancy is always licence included (bring-your-own Windows needs Dedicated Hosts,
//   which the estimate does not price), so bring your own on Windows brings the database licence only.
// - bring your own: the yearly licence cost continues, paid outside AWS (at least what the AWS instance needs:
//   Oracle counts 2 vCPU = 1 processor licence, SE2 4 vCPU = 1 socket; SQL Server 4 cores minimum), on the
//   condition licenceCondition() states.
// - open source: none. Relocate keeps every licence, the hypervisor's included. Repurchase replaces them.
#pragma once

#include "model/scenario.hpp"
#include "model/sizing.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace est::model {

/// Today's monthly OS and database licence cost of one workload, and the counts behind them.
struct TodayLicences {
    Money osUsd = 0.0;
    Money dbUsd = 0.0;
    double osUnits = 0.0; ///< Windows: core licences (host share); RHEL / SUSE: 1 subscription
    double dbUnits = 0.0; ///< SQL Server: core licences; Oracle: processor licences / sockets
};

/// Today's OS and database licences (on any source: for a cloud source they are what BYOL would carry).
TodayLicences todayLicences(const OnPremDrivers& d, const Workload& w, OsFamily os, double hostShare);
/// The same with the licence model taken as `licence` instead of the workload's (a what-if, without copying it).
TodayLicences todayLicences(const OnPremDrivers& d, const Workload& w, LicenceModel licence, OsFamily os,
                            double hostShare);

/// Where a workload lands for licence purposes.
enum class LicenceTarget { None, Ec2, Rds, Relocate };

/// Licences after the move that are paid outside AWS, monthly (bring your own, Relocate). Licence-included
/// licences are in the catalogue's rate (aws_pricing.hpp), never here.
struct AfterLicences {
    Money keptOsUsd = 0.0;
    Money keptDbUsd = 0.0;
    Money keptHypervisorUsd = 0.0;
    /// Kept licences, monthly.
    Money keptUsd() const { return keptOsUsd + keptDbUsd + keptHypervisorUsd; }
};

/// The licences after the move. awsVcpu = vCPU of the instances it lands on; hypervisorToday = its share of the
/// hypervisor licence today (kept by Relocate).
AfterLicences afterLicences(const OnPremDrivers& d, const Workload& w, OsFamily os, LicenceTarget target,
                            double awsVcpu, const TodayLicences& today, Money hypervisorToday);
/// The same with the licence model taken as `licence` instead of the workload's (a what-if, without copying it).
AfterLicences afterLicences(const OnPremDrivers& d, const Workload& w, LicenceModel licence, OsFamily os,
                            LicenceTarget target, double awsVcpu, const TodayLicences& today, Money hypervisorToday);

/// A licence model that does not fit the workload's OS or engine, as a sentence; nullptr when it fits.
const char* licenceMismatch(const Workload& w, OsFamily os, LicenceTarget target);

/// What bringing this workload's licences to AWS requires, in words; "" when nothing is brought.
std::string licenceCondition(const Workload& w, OsFamily os, LicenceTarget target);

/// One licence line of a workload's trace: "SQL Server Enterprise: 8 core licences x $7,561.50 ... = $3,150/month".
struct LicenceLine {
    std::string side; ///< "today" or "after"
    std::string text;
    Money monthlyUsd = 0.0;
};

/// Every licence line of a workload, today and after (for traces and reports). includedUsd = the licence-included
/// part of its AWS rate (WorkloadResult::licenceIncludedMonthlyUsd; on RDS 0: "included in the rate").
std::vector<LicenceLine> licenceLines(const OnPremDrivers& d, const Workload& w, double hostShare, LicenceTarget target,
                                      double awsVcpu, Money hypervisorToday, Money includedUsd = 0.0);

} // namespace est::model
