// model/licences.cpp - licence arithmetic per vendor rule, today and after (see licences.hpp for the rules).
#include "model/licences.hpp"

#include "model/format.hpp"
#include "model/today_cost.hpp"

#include <algorithm>
#include <cmath>

namespace est::model {
namespace {

constexpr double kSqlMinCoresPerVm = 4.0;       // SQL Server: at least 4 core licences per VM
constexpr double kOracleX86CoreFactor = 0.5;    // Oracle core factor table: Intel / AMD x86
constexpr double kOracleVcpuPerProcessor = 2.0; // Oracle in AWS: 2 vCPU = 1 processor licence (hyper-threaded)
constexpr double kOracleSe2VcpuPerSocket = 4.0; // Oracle SE2 in AWS: 4 vCPU = 1 socket

DatabaseEdition editionOf(const Workload& w) { return w.databaseEdition; }

bool commercialEngine(DatabaseEngine e) { return e == DatabaseEngine::SqlServer || e == DatabaseEngine::Oracle; }

// A perpetual licence per month: price amortised over its life plus yearly support.
Money perpetualMonthly(Money price, double supportPct, double lifeYears) {
    return price * (1.0 / lifeYears + supportPct) / 12.0;
}

Money sqlUsdPerCore(const OnPremDrivers& d, DatabaseEdition e) {
    if (e == DatabaseEdition::Enterprise) return d.sqlEnterpriseUsdPer2Cores / 2.0;
    if (e == DatabaseEdition::Standard) return d.sqlStandardUsdPer2Cores / 2.0;
    return 0.0; // Web: hosting providers only (no list price); Express: free
}

Money oracleUsdPerUnit(const OnPremDrivers& d, DatabaseEdition e) {
    if (e == DatabaseEdition::Enterprise) return d.oracleEeUsdPerProcessor;
    if (e == DatabaseEdition::Express) return 0.0;
    return d.oracleSe2UsdPerProcessor;
}

double windowsLicensedCores(const OnPremDrivers& d) {
    return std::max({d.coresPerHost, 16.0, 8.0 * d.socketsPerHost}); // Datacenter: 16 per host, 8 per processor
}

double oracleUnitsToday(const OnPremDrivers& d, const Workload& w, DatabaseEdition e) {
    const double cores = w.vcpu / d.threadsPerCore;
    if (e == DatabaseEdition::Enterprise) return std::max(1.0, std::ceil(cores * kOracleX86CoreFactor - 1e-9));
    const double coresPerSocket = d.coresPerHost / d.socketsPerHost;
    return std::max(1.0, std::ceil(cores / coresPerSocket - 1e-9));
}

double oracleUnitsOnAws(double awsVcpu, DatabaseEdition e) {
    const double per = e == DatabaseEdition::Enterprise ? kOracleVcpuPerProcessor : kOracleSe2VcpuPerSocket;
    return std::max(1.0, std::ceil(awsVcpu / per - 1e-9));
}

const char* editionName(DatabaseEngine engine, DatabaseEdition e) {
    if (engine == DatabaseEngine::Oracle)
        return e == DatabaseEdition::Enterprise ? "Oracle Database Enterprise Edition"
               : e == DatabaseEdition::Express  ? "Oracle Database Express"
                                                : "Oracle Database Standard Edition 2";
    switch (e) {
    case DatabaseEdition::Enterprise:
        return "SQL Server Enterprise";
    case DatabaseEdition::Web:
        return "SQL Server Web";
    case DatabaseEdition::Express:
        return "SQL Server Express";
    default:
        return "SQL Server Standard";
    }
}

// Bring-your-own is what happens, whatever the workload says, where AWS offers no licence-included option.
bool bringsDbLicence(const Workload& w, LicenceModel licence, LicenceTarget target) {
    const DatabaseEdition e = editionOf(w);
    if (licence == LicenceModel::OpenSource || e == DatabaseEdition::Express) return false;
    if (w.database == DatabaseEngine::SqlServer)
        return target == LicenceTarget::Ec2 && licence == LicenceModel::BringYourOwn;
    if (w.database == DatabaseEngine::Oracle)
        return target == LicenceTarget::Ec2 || e == DatabaseEdition::Enterprise ||
               licence == LicenceModel::BringYourOwn;
    return false;
}
bool bringsDbLicence(const Workload& w, LicenceTarget target) { return bringsDbLicence(w, w.licence, target); }

} // namespace

TodayLicences todayLicences(const OnPremDrivers& d, const Workload& w, OsFamily os, double hostShare) {
    return todayLicences(d, w, w.licence, os, hostShare);
}

TodayLicences todayLicences(const OnPremDrivers& d, const Workload& w, LicenceModel licence, OsFamily os,
                            double hostShare) {
    TodayLicences t;
    if (os == OsFamily::Windows) {
        t.osUnits = windowsLicensedCores(d) * hostShare;
        t.osUsd = t.osUnits *
                  perpetualMonthly(d.windowsDatacenterUsdPer16Cores / 16.0, d.softwareAssurancePct, d.licenceLifeYears);
    } else if (os == OsFamily::Rhel || os == OsFamily::Suse) {
        t.osUnits = 1.0;
        t.osUsd = (os == OsFamily::Rhel ? d.rhelUsdPerVmYear : d.suseUsdPerVmYear) / 12.0;
    }
    if (licence == LicenceModel::OpenSource) return t;
    const DatabaseEdition e = editionOf(w);
    if (w.database == DatabaseEngine::SqlServer) {
        t.dbUnits = std::max(static_cast<double>(w.vcpu), kSqlMinCoresPerVm);
        t.dbUsd = t.dbUnits * perpetualMonthly(sqlUsdPerCore(d, e), d.softwareAssurancePct, d.licenceLifeYears);
    } else if (w.database == DatabaseEngine::Oracle && e != DatabaseEdition::Express) {
        t.dbUnits = oracleUnitsToday(d, w, e);
        t.dbUsd = t.dbUnits * perpetualMonthly(oracleUsdPerUnit(d, e), d.oracleSupportPct, d.licenceLifeYears);
    }
    return t;
}

AfterLicences afterLicences(const OnPremDrivers& d, const Workload& w, OsFamily os, LicenceTarget target,
                            double awsVcpu, const TodayLicences& today, Money hypervisorToday) {
    return afterLicences(d, w, w.licence, os, target, awsVcpu, today, hypervisorToday);
}

AfterLicences afterLicences(const OnPremDrivers& d, const Workload& w, LicenceModel licence, OsFamily os,
                            LicenceTarget target, double awsVcpu, const TodayLicences& today, Money hypervisorToday) {
    AfterLicences a;
    if (target == LicenceTarget::None) return a;
    if (target == LicenceTarget::Relocate) {
        // The same VMs on VMware-style hosts: every licence stays, the hypervisor's included.
        a.keptOsUsd = today.osUsd;
        a.keptDbUsd = today.dbUsd;
        a.keptHypervisorUsd = hypervisorToday;
        return a;
    }
    const bool byol = licence == LicenceModel::BringYourOwn;
    // Windows on EC2 is in the Windows rate whatever the licence model (ec2OsFor); RHEL / SUSE brought along run
    // at the Linux rate, so their subscription continues.
    if (target == LicenceTarget::Ec2 && byol && (os == OsFamily::Rhel || os == OsFamily::Suse))
        a.keptOsUsd = today.osUsd;
    if (licence == LicenceModel::OpenSource || !commercialEngine(w.database)) return a;
    const DatabaseEdition e = editionOf(w);
    if (bringsDbLicence(w, licence, target)) {
        if (w.database == DatabaseEngine::SqlServer) {
            const double cores = std::max({today.dbUnits, awsVcpu, kSqlMinCoresPerVm});
            a.keptDbUsd = cores * perpetualMonthly(sqlUsdPerCore(d, e), d.softwareAssurancePct, d.licenceLifeYears);
        } else {
            const double units = std::max(today.dbUnits, oracleUnitsOnAws(awsVcpu, e));
            a.keptDbUsd = units * perpetualMonthly(oracleUsdPerUnit(d, e), d.oracleSupportPct, d.licenceLifeYears);
        }
    }
    return a;
}

const char* licenceMismatch(const Workload& w, OsFamily os, LicenceTarget target) {
    const bool commercial = commercialEngine(w.database);
    const bool openEngine = w.database == DatabaseEngine::MySql || w.database == DatabaseEngine::PostgreSql;
    if (w.licence == LicenceModel::BringYourOwn && openEngine && os == OsFamily::Linux)
        return "bring-your-own licence on an open-source engine: there is no licence to bring; priced as open source";
    if (w.licence == LicenceModel::OpenSource && (commercial || os == OsFamily::Windows))
        return commercial
                   ? "open-source licence model on a commercial database engine: no database licence is priced "
                     "for it; choose licence included or bring your own"
                   : "open-source licence model on Windows: no licence is priced for it; choose licence included "
                     "or bring your own";
    if (w.licence == LicenceModel::OpenSource) return nullptr;
    const DatabaseEdition e = editionOf(w);
    if (w.database == DatabaseEngine::Oracle && e != DatabaseEdition::Express) {
        if (target == LicenceTarget::Ec2 && w.licence == LicenceModel::LicenceIncluded)
            return "Oracle Database on EC2 has no licence-included option: priced as bring your own";
        if (target == LicenceTarget::Rds && e == DatabaseEdition::Enterprise &&
            w.licence == LicenceModel::LicenceIncluded)
            return "Amazon RDS for Oracle Enterprise Edition is bring your own only: priced as bring your own";
    }
    if (w.database == DatabaseEngine::SqlServer && target == LicenceTarget::Rds &&
        w.licence == LicenceModel::BringYourOwn)
        return "Amazon RDS for SQL Server is licence included only: priced licence included";
    return nullptr;
}

std::string licenceCondition(const Workload& w, OsFamily os, LicenceTarget target) {
    std::string c;
    auto add = [&c](const char* s) { c += (c.empty() ? "" : "; ") + std::string(s); };
    if (target == LicenceTarget::Relocate) {
        add("Relocate keeps today's licences, the hypervisor's (VMware Cloud Foundation on the AWS hosts) included");
        return c;
    }
    if (target == LicenceTarget::None) return c;
    const bool byol = w.licence == LicenceModel::BringYourOwn;
    if (byol && target == LicenceTarget::Ec2 && os == OsFamily::Windows)
        add("Windows Server stays licence included in the EC2 Windows rate: bringing it needs EC2 Dedicated Hosts "
            "(licences bought before 1 October 2019, or with License Mobility where Microsoft allows it), not priced "
            "here");
    if (byol && target == LicenceTarget::Ec2 && (os == OsFamily::Rhel || os == OsFamily::Suse))
        add("bring-your-own Linux subscriptions need the vendor's cloud programme (Red Hat Cloud Access, SUSE BYOS)");
    if (bringsDbLicence(w, target)) {
        if (w.database == DatabaseEngine::SqlServer)
            add("SQL Server bring-your-own on shared tenancy needs Software Assurance with License Mobility; at least "
                "4 "
                "core licences per instance");
        else
            add("Oracle in AWS counts 2 vCPU = 1 processor licence (Standard Edition 2: 4 vCPU = 1 socket) under "
                "Oracle's cloud licensing policy");
    }
    return c;
}

std::vector<LicenceLine> licenceLines(const OnPremDrivers& d, const Workload& w, double hostShare, LicenceTarget target,
                                      double awsVcpu, Money hypervisorToday, Money includedUsd) {
    std::vector<LicenceLine> lines;
    const OsFamily os = osFamilyOf(w.os);
    const TodayLicences t = todayLicences(d, w, os, hostShare);
    const AfterLicences a = afterLicences(d, w, os, target, awsVcpu, t, hypervisorToday);
    const std::string life = formatNumber(d.licenceLifeYears) + " years";
    const DatabaseEdition e = editionOf(w);
    if (os == OsFamily::Windows)
        lines.push_back({"today",
                         "Windows Server Datacenter: " + formatNumber(windowsLicensedCores(d)) +
                             " host cores x share " + formatNumber(hostShare * 100.0) +
                             " % = " + formatNumber(t.osUnits) + " core licences x " +
                             formatUsd(d.windowsDatacenterUsdPer16Cores / 16.0) + " x (1 / " + life + " + " +
                             formatPct(d.softwareAssurancePct) + " Software Assurance) / 12",
                         t.osUsd});
    else if (os == OsFamily::Rhel || os == OsFamily::Suse)
        lines.push_back(
            {"today",
             std::string(os == OsFamily::Rhel ? "Red Hat Enterprise Linux" : "SUSE Linux Enterprise Server") +
                 ": 1 subscription x " + formatUsd(t.osUsd * 12.0) + " a year / 12",
             t.osUsd});
    if (t.dbUnits > 0.0) {
        std::string text = editionName(w.database, e);
        if (w.database == DatabaseEngine::SqlServer)
            text += ": max(" + std::to_string(w.vcpu) + " vCPU, 4) = " + formatNumber(t.dbUnits) + " core licences x " +
                    formatUsd(sqlUsdPerCore(d, e)) + " x (1 / " + life + " + " + formatPct(d.softwareAssurancePct) +
                    " Software Assurance) / 12" +
                    (e == DatabaseEdition::Web ? " (Web: hosting-provider licence, no list price)" : "");
        else
            text += (e == DatabaseEdition::Enterprise
                         ? ": " + formatNumber(w.vcpu / d.threadsPerCore) + " cores x 0.5 core factor, rounded up = "
                         : ": sockets the VM's cores span = ") +
                    formatNumber(t.dbUnits) + " processor licences x " + formatUsd(oracleUsdPerUnit(d, e)) +
                    " x (1 / " + life + " + " + formatPct(d.oracleSupportPct) + " support) / 12";
        lines.push_back({"today", std::move(text), t.dbUsd});
    }
    if (hypervisorToday > 0.0)
        lines.push_back({"today",
                         "Hypervisor: " + formatNumber(hypervisorLicensedCores(d)) + " host cores x " +
                             formatUsd(d.virtualisationUsdPerCoreYear) + " a year x share " +
                             formatNumber(hostShare * 100.0) + " % / 12",
                         hypervisorToday});
    if (target == LicenceTarget::None) return lines;
    // Licence included: in the catalogue's rate (aws_pricing.hpp), nothing on top. On EC2 includedUsd is the
    // licensed rate minus the same type's Linux rate; on RDS the engine rate carries it undivided.
    std::string included;
    const bool byol = w.licence == LicenceModel::BringYourOwn;
    if (target == LicenceTarget::Ec2) {
        if (os == OsFamily::Windows)
            included = "Windows Server";
        else if ((os == OsFamily::Rhel || os == OsFamily::Suse) && !byol)
            included = os == OsFamily::Rhel ? "Red Hat Enterprise Linux" : "SUSE Linux Enterprise Server";
    }
    if (commercialEngine(w.database) && w.licence != LicenceModel::OpenSource && e != DatabaseEdition::Express &&
        !bringsDbLicence(w, target) && (target == LicenceTarget::Rds || w.database == DatabaseEngine::SqlServer))
        included += (included.empty() ? "" : " and ") + std::string(editionName(w.database, e));
    if (!included.empty()) {
        if (target == LicenceTarget::Ec2)
            lines.push_back({"after",
                             included + ": licence included in the EC2 rate (the licensed rate minus the same "
                                        "type's Linux rate; no Savings Plan discount on it)",
                             includedUsd});
        else
            lines.push_back({"after", included + ": licence included in the RDS rate", 0.0});
    }
    if (a.keptOsUsd > 0.0)
        lines.push_back({"after", "Operating system licence kept (bring your own or Relocate)", a.keptOsUsd});
    if (a.keptDbUsd > 0.0)
        lines.push_back({"after", std::string(editionName(w.database, e)) + " licence kept: the yearly cost continues",
                         a.keptDbUsd});
    if (a.keptHypervisorUsd > 0.0)
        lines.push_back({"after", "Hypervisor licence kept (Relocate)", a.keptHypervisorUsd});
    if (const std::string c = licenceCondition(w, os, target); !c.empty())
        lines.push_back({"after", "Condition: " + c, 0.0});
    return lines;
}

} // namespace est::model
