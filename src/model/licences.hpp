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
// - licence included: Windows is in the EC2 Windows rate (the price table's OS rate); SQL Server and
//   Oracle SE2 add the edition's rate per vCPU-hour (licenceIncludedUsdPerVcpuHour, from AWS's public price
//   list until the catalogue's edition rates replace it); RHEL / SUSE keep today's subscription as an AWS
//   charge until the catalogue brings their EC2 rate.
// - bring your own: the yearly licence cost continues, paid outside AWS (at least what the AWS instance needs:
//   Oracle counts 2 vCPU = 1 processor licence, SE2 4 vCPU = 1 socket; SQL Server 4 cores minimum), on the
//   condition licenceCondition() states.
// - open source: none. Relocate keeps every licence, the hypervisor's included. Repurchase replaces them.
#pragma once

#include "model/scenario.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace est::model {

/// The licensed operating system family of an OS string.
enum class OsFamily { Other, Windows, Rhel, Suse };

/// Classifies an OS string (case-insensitive): "Windows", "Red Hat" / "RHEL", "SUSE" / "SLES".
OsFamily osFamily(std::string_view os);

/// Today's monthly OS and database licence cost of one workload, and the counts behind them.
struct TodayLicences {
    Money osUsd = 0.0;
    Money dbUsd = 0.0;
    double osUnits = 0.0;                       ///< Windows: core licences (host share); RHEL / SUSE: 1 subscription
    double dbUnits = 0.0;                       ///< SQL Server: core licences; Oracle: processor licences / sockets
};

/// Today's OS and database licences (on any source: for a cloud source they are what BYOL would carry).
TodayLicences todayLicences(const OnPremDrivers& d, const Workload& w, OsFamily os, double hostShare);

/// Where a workload lands for licence purposes.
enum class LicenceTarget { None, Ec2, Rds, Relocate };

/// Licences after the move, monthly. includedUsdPerHour is added to the instance's hourly price (AWS spend);
/// keptUsd is paid outside AWS (bring your own, Relocate).
struct AfterLicences {
    Money includedUsdPerHour = 0.0;             ///< SQL Server / Oracle SE2 licence-included rate for the instances
    Money includedUsdMonthly = 0.0;             ///< RHEL / SUSE licence included (interim: today's subscription)
    Money keptOsUsd = 0.0;
    Money keptDbUsd = 0.0;
    Money keptHypervisorUsd = 0.0;
    bool windowsIncluded = false;               ///< price the instance at the Windows rate
    /// Kept licences, monthly.
    Money keptUsd() const { return keptOsUsd + keptDbUsd + keptHypervisorUsd; }
};

/// Licence-included rate per vCPU-hour for a SQL Server / Oracle edition on EC2 or RDS; 0 when AWS offers none.
Money licenceIncludedUsdPerVcpuHour(DatabaseEngine engine, DatabaseEdition edition, LicenceTarget target);

/// The licences after the move. awsVcpu = vCPU of the instances it lands on; hypervisorToday = its share of the
/// hypervisor licence today (kept by Relocate).
AfterLicences afterLicences(const OnPremDrivers& d, const Workload& w, OsFamily os, LicenceTarget target, double awsVcpu,
                            const TodayLicences& today, Money hypervisorToday);

/// A licence model that does not fit the workload's OS or engine, as a sentence; "" when it fits.
std::string licenceMismatch(const Workload& w, OsFamily os, LicenceTarget target);

/// What bringing this workload's licences to AWS requires, in words; "" when nothing is brought.
std::string licenceCondition(const Workload& w, OsFamily os, LicenceTarget target);

/// One licence line of a workload's trace: "SQL Server Enterprise: 8 core licences x $7,561.50 ... = $3,150/month".
struct LicenceLine {
    std::string side;                           ///< "today" or "after"
    std::string text;
    Money monthlyUsd = 0.0;
};

/// Every licence line of a workload, today and after (for traces and reports).
std::vector<LicenceLine> licenceLines(const OnPremDrivers& d, const Workload& w, double hostShare, LicenceTarget target,
                                      double awsVcpu, Money hypervisorToday);

} // namespace est::model
