// model/scenario.hpp - the engine's input: one migration scenario as plain data.
//
// Every number here is an input the user can change. Defaults and their public sources ship as data in
// assets/defaults.json (loaded by io); the values below are only the engine's fallbacks and match it.
// Units live in names: `Usd` amounts are US dollars (the base currency), `Pct` fields are decimals
// (0.2 = 20 %), months are counted from the scenario's start month (month 0 = first month of Assess).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/catalogue.hpp"

namespace est::model {

/// An amount of money in the scenario's base currency (USD). Rounded only at display.
using Money = double;

/// A value the sources disagree on: low / expected / high (expected is what a single run uses).
struct Range {
    double low = 0.0;
    double expected = 0.0;
    double high = 0.0;
    bool operator==(const Range&) const = default;
};

enum class SourceKind { OnPremises, OtherCloud, Paas };
enum class Environment { Production, NonProduction };
enum class PowerState { On, Off, Suspended };
enum class DatabaseEngine { None, MySql, PostgreSql, SqlServer, Oracle, Other };
/// Edition of the workload's database (SQL Server: Express, Web, Standard, Enterprise; Oracle: Standard
/// Edition 2 or Enterprise; Express = SQL Server Express / Oracle XE, free). Picks the licence-included EC2 or
/// RDS rate and today's licence rule. Ignored for other engines.
enum class DatabaseEdition { Standard, Enterprise, Web, Express };
enum class LicenceModel { LicenceIncluded, BringYourOwn, OpenSource };
/// Which storage figure prices storage, today and on AWS: provisioned, or in use where the inventory has it.
enum class StorageBasis { Provisioned, Used };
enum class WorkloadKind { Server, ManagedDatabase, ManagedService };
/// The 7 Rs. Order is the display order.
enum class Disposition { Retire, Retain, Rehost, Relocate, Repurchase, Replatform, Refactor };
inline constexpr int kDispositionCount = 7;
enum class PricingModel { OnDemand, SavingsPlan1Year, SavingsPlan3Year };
enum class SupportPlan { Basic, Developer, Business, Enterprise };
enum class MobilizeBasis { ProjectedArr, ServicesCost };
/// The two readings of MAP funding, both always computed; one is the headline (economics.md section 5).
enum class FundingProfile { ProgramMechanics, PublishedRules };
/// The tag key MAP credits are tracked by: `map-migrated` (MAP 2.0) or `aws-apn-id` (MAP for AWS Transform).
enum class MapTagKey { MapMigrated, AwsApnId };

/// One server or managed service of today's estate.
///
/// Member order is for the engine, not the reader: each estimate passes over every workload several times (100,000
/// of them in a large estate), so the numbers and choices it reads come first, packed into as few cache lines as
/// they fit, then the texts it reads (id, OS, application), then those only reports and imports read.
struct Workload {
    int vcpu = 2; ///< virtual CPUs; > 0 for servers
    WorkloadKind kind = WorkloadKind::Server;
    double ramGb = 8.0;                          ///< memory, GB (GiB); > 0 for servers
    double storageGb = 100.0;                    ///< provisioned storage, GB; >= 0
    std::optional<double> cpuUtilP95Pct;         ///< p95 CPU utilisation, decimal 0..1; unset = unknown
    std::optional<double> memUtilP95Pct;         ///< p95 memory utilisation, decimal 0..1; unset = unknown
    std::optional<double> usedStorageGb;         ///< storage in use, GB (RVTools "In Use"); unset = unknown
    std::optional<Money> monthlyCostOverrideUsd; ///< today's monthly cost; wins over the drivers when set
    std::optional<int> users;                    ///< application users (Repurchase priced per user); unset = unknown
    std::optional<int> taggedFromMonth;          ///< month the tag applies from; unset = from go-live
    std::optional<Disposition> disposition;      ///< chosen 7-R; unset = take the recommender's proposal
    int wave = 1;                                ///< migration wave number, 1-based; must name a plan wave
    PowerState powerState = PowerState::On;
    DatabaseEngine database = DatabaseEngine::None;
    DatabaseEdition databaseEdition = DatabaseEdition::Standard;
    LicenceModel licence = LicenceModel::LicenceIncluded;
    Environment environment = Environment::Production;
    /// Today runs a standby copy of it (a failover node, Always On or Data Guard replica): today's cost counts the
    /// copy's host share and storage, and an RDS target defaults to Multi-AZ (see multiAz).
    bool standbyToday = false;
    /// On Amazon RDS, Multi-AZ (a standby in a second Availability Zone, twice the instance and storage) or not;
    /// unset = Multi-AZ when it is production, aws.rdsMultiAzForProduction is on and today runs a standby.
    std::optional<bool> multiAz;
    bool mapTagged = true;              ///< carries the map-migrated tag on AWS
    bool fundedElsewhere = false;       ///< funded by another program (e.g. Activate): no MAP funding
    std::string id;                     ///< stable key for imports (add-or-update by id); unique
    std::string os;                     ///< OS as the inventory names it ("Microsoft Windows Server 2016 ...")
    std::string application;            ///< application it belongs to ("" = ungrouped)
    std::string name;                   ///< display name (host name, VM name)
    std::string host;                   ///< physical host today (for Relocate, host-based); "" = unknown
    std::string ipAddresses;            ///< its IP addresses, separated by ',' ';' or spaces (joins dependency exports)
    std::string fundedElsewhereProgram; ///< which program, for the report ("Activate")
    bool operator==(const Workload&) const = default;
};

/// Scenario-wide settings.
struct Settings {
    std::string name = "Untitled scenario";
    std::string customerName;         ///< who the business case is prepared for ("Acme Retail"); "" = not said
    std::string currencyCode = "USD"; ///< display currency (amounts are stored in USD)
    std::string currencySymbol = "$";
    double usdToDisplayRate = 1.0; ///< display amount = USD amount x rate; > 0
    int horizonYears = 5;          ///< 3 or 5
    int horizonRequestedYears = 0; ///< a file's other horizon, read as horizonYears (0 = none); never saved
    double discountRatePct = 0.08; ///< annual, for NPV
    int startYear = 2027;
    int startQuarter = 1; ///< 1..4; month 0 is the first month of this quarter
    bool operator==(const Settings&) const = default;
};

/// Where the estate runs today and what it costs there.
struct OnPremDrivers {
    Money hardwareUsdPerServer = 12000.0; ///< purchase price of one physical server
    double serverRefreshYears = 4.0;      ///< depreciation / refresh cycle
    double maintenancePct = 0.15;         ///< of hardware purchase price, per year
    double powerKwPerHost = 0.5;          ///< average draw of one physical server, kW
    double pue = 1.8;                     ///< power usage effectiveness
    Money powerUsdPerKwh = 0.12;
    Money spaceUsdPerHostMonth = 100.0;         ///< rack space / colocation per physical server
    Money storageUsdPerGb = 2.0;                ///< storage acquisition per GB (NAS ~1.67, SAN ~2.30), amortised below
    double storageRefreshYears = 4.0;           ///< storage depreciation / refresh cycle
    double storageMaintenancePct = 0.10;        ///< of storage acquisition, per year
    double storageKwPerTb = 0.01;               ///< storage power draw per TB, kW (x PUE x $/kWh)
    double networkPct = 0.10;                   ///< network cost as a share of compute + storage
    Money virtualisationUsdPerCoreYear = 350.0; ///< hypervisor licence per host core
    double coresPerHost = 32.0;                 ///< physical cores per host
    double threadsPerCore = 2.0;                ///< hardware threads per core (hyper-threading)
    double hostRamGb = 512.0;                   ///< memory per host, GB
    double vcpuOversubscription = 2.0;          ///< vCPU per hardware thread; host vCPU = cores x threads x this
    double socketsPerHost = 2.0;                ///< processor sockets per host (Oracle SE2 counts sockets)
    Money windowsDatacenterUsdPer16Cores = 6155.0; ///< Windows Server Datacenter list price, 16 core licences
    Money sqlEnterpriseUsdPer2Cores = 15123.0;     ///< SQL Server Enterprise list price, 2-core pack
    Money sqlStandardUsdPer2Cores = 3945.0;        ///< SQL Server Standard list price, 2-core pack
    double softwareAssurancePct = 0.25;            ///< Microsoft Software Assurance per year, of licence price
    Money oracleEeUsdPerProcessor = 47500.0;       ///< Oracle Database Enterprise Edition, per processor licence
    Money oracleSe2UsdPerProcessor = 17500.0;      ///< Oracle Database Standard Edition 2, per processor (socket)
    double oracleSupportPct = 0.22;                ///< Oracle support per year, of licence price
    double licenceLifeYears = 5.0;                 ///< perpetual licences amortised over this life
    Money rhelUsdPerVmYear = 400.0;                ///< Red Hat Enterprise Linux subscription per VM-year
    Money suseUsdPerVmYear = 400.0;                ///< SUSE Linux Enterprise Server subscription per VM-year
    double serversPerAdmin = 80.0;                 ///< VMs one admin runs
    Money adminUsdPerYear = 120000.0;              ///< fully loaded admin cost
    Money managementUsdPerServerYear = 435.0; ///< management tooling (monitoring, patching, security) per server-year
    Money backupUsdPerGbMonth = 0.022;        ///< backup of production storage, per GB-month
    bool operator==(const OnPremDrivers&) const = default;
};

struct Source {
    SourceKind kind = SourceKind::OnPremises;
    std::string provider;             ///< "Azure", "Heroku", ... for OtherCloud / Paas
    Money monthlyBillUsd = 0.0;       ///< today's bill for OtherCloud / Paas; spread over workloads
    double paasOperationsFte = 0.375; ///< Paas: engineers who run the moved stack on AWS (the platform did)
    StorageBasis storageBasis = StorageBasis::Provisioned; ///< Used: storage in use where the workload has it
    OnPremDrivers onPrem;
    bool operator==(const Source&) const = default;
};

struct AwsTarget {
    std::string region = "us-east-1"; ///< target AWS region code; prices come from the catalogue's tables for it
    /// The AWS price catalogue (shipped, or loaded by the user); shared, never saved with the scenario.
    std::shared_ptr<const PriceCatalogue> catalogue;
    double regionMultiplier = 1.0; ///< explicit override on every AWS price (1 = the region's own prices)
    double headroomPct = 0.2;      ///< capacity kept above p95 utilisation
    PricingModel pricingModel = PricingModel::SavingsPlan1Year;
    double savingsPlan1YearPct = 0.28; ///< discount vs on-demand
    double savingsPlan3YearPct = 0.46;
    double rdsReservedPct =
        0.30; ///< RDS 1-year reserved-instance discount vs on-demand (savings plans do not cover RDS)
    double rdsReserved3YearPct = 0.60; ///< RDS 3-year reserved-instance discount, with the 3-year Savings Plan
    bool allowGraviton = false;        ///< Graviton (arm64) types for Linux workloads and open-source RDS engines
    bool allowBurstable = true;        ///< t3/t3a/t4g when the measured p95 CPU need stays under their baseline
    bool mpaFallbackPeaks = false;     ///< unknown utilisation: size at the MPA fallback peaks (CPU 24 %, memory 59 %)
    bool rdsMultiAzForProduction = true; ///< production databases on RDS run Multi-AZ
    double enterpriseDiscountPct = 0.0;  ///< EDP / private pricing, after savings plans
    SupportPlan supportPlan = SupportPlan::Business;
    double opsLabourChangePct = -0.4; ///< change in admin labour on AWS (negative = saving); Hackett +66 % productivity
    Money relocateHostUsdPerHour = 10.982; ///< Relocate: one bare-metal host (i4i.metal, on-demand, table region)
    double relocateVmsPerHost = 30.0;      ///< Relocate: VMs one AWS host carries; hosts = ceil(VMs / this)
    // The run-cost lines today's management pays for, on AWS (model/aws_management.hpp).
    Money backupUsdPerGbMonth = 0.05;         ///< EBS snapshots / AWS Backup of production storage, per GB-month
    Money monitoringUsdPerServerMonth = 3.50; ///< CloudWatch: 10 agent metrics x $0.30 + 1 GB of logs x $0.50
    Money securityUsdPerServerMonth = 1.258;  ///< Amazon Inspector EC2 scanning per instance-month
    bool operator==(const AwsTarget&) const = default;
};

/// One row of the editable 7-Rs rules table. Migration labour is priced in the units partners price it: a
/// per-server factory rate (replication, cutover) plus an effort per application (testing, re-engineering),
/// shared by the application's workloads of the same disposition.
struct DispositionRule {
    Disposition disposition = Disposition::Rehost;
    Money oneTimeUsdPerWorkload = 0.0; ///< migration labour per server (the factory rate)
    /// AWS run cost relative to the catalogue price of a right-sized rehost. A rule of thumb, applied only where
    /// no catalogue price exists: Refactor (a redesigned application), an unsized managed service (today's cost),
    /// Relocate hosts and Repurchase (x today's licences). Rehost and Replatform are priced from the catalogue.
    double runRateFactor = 1.0;
    double durationWeeks = 4.0;   ///< effort duration per workload; go-live waits for it if longer than the wave
    double opsLabourFactor = 1.0; ///< post-migration admin labour relative to rehost (managed services need less)
    Money subscriptionUsdPerUserMonth = 0.0; ///< Repurchase: price per user-month; 0 = runRateFactor x today's licences
    Money oneTimeUsdPerApplication = 0.0;    ///< effort per application, shared by its workloads of this disposition
    bool operator==(const DispositionRule&) const = default;
};

/// The default 7-Rs rules table, one row per Disposition in enum order (sources: assets/defaults.json and
/// docs/sources.md; most figures are low authority and carry ranges in defaultRanges()).
/// Fields: disposition, per server, run-rate factor, weeks, admin labour factor, per user-month, per application.
inline std::vector<DispositionRule> defaultRules() {
    return {
        {Disposition::Retire, 500.0, 0.0, 1.0, 0.0, 0.0, 0.0},
        {Disposition::Retain, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0},
        {Disposition::Rehost, 200.0, 1.0, 3.0, 1.0, 0.0, 3000.0},
        {Disposition::Relocate, 200.0, 1.0, 2.0, 1.0, 0.0, 0.0},
        {Disposition::Repurchase, 0.0, 1.0, 8.0, 0.5, 0.0, 10000.0},
        {Disposition::Replatform, 0.0, 1.0, 8.0, 0.5, 0.0, 16500.0},
        {Disposition::Refactor, 0.0, 0.60, 32.0, 0.5, 0.0, 52500.0},
    };
}

/// One migration wave.
struct Wave {
    std::string name;
    int startMonth = 3;        ///< month the wave starts
    int lengthMonths = 2;      ///< go-live at startMonth + lengthMonths
    int dualRunningMonths = 2; ///< months both old and new are paid after go-live
    bool operator==(const Wave&) const = default;
};

/// A workload, or every workload of an application, held in one wave by the user; the wave planner keeps it there.
struct WaveLock {
    std::string workloadId;  ///< locks the move group holding this workload ("" = use application)
    std::string application; ///< locks the move group holding this application
    int wave = 1;            ///< 1-based wave of the planned plan
    bool operator==(const WaveLock&) const = default;
};

/// Rules of the automatic wave planner (model/wave_planner.hpp); sources in assets/defaults.json.
struct WavePlanningRules {
    int pilotWaveServers = 5;        ///< capacity of wave 1 (servers); later waves ramp up
    int serversIncreasePerWave = 10; ///< capacity added per wave until the maximum
    int maxServersPerWave = 100;
    int maxVcpuPerWave = 800;             ///< at full ramp; earlier waves get the same share as servers
    double maxStorageGbPerWave = 10000.0; ///< at full ramp; earlier waves get the same share as servers
    int waveLengthMonths = 2;             ///< each planned wave's length (go-live = start + length)
    int monthsBetweenWaves = 1;           ///< start of wave n+1 - start of wave n (waves overlap)
    int dualRunningMonths = 2;            ///< each planned wave's dual running
    bool fundingAware = true;             ///< order allowed by the dependencies: most eligible spend first
    bool separateEnvironments = true;     ///< production and non-production never share a wave
    std::vector<WaveLock> locks;
    bool operator==(const WavePlanningRules&) const = default;
};

struct Plan {
    double assessWeeks = 3.0;
    double mobilizeWeeks = 6.0;
    std::vector<Wave> waves; ///< wave n of a workload is waves[n-1]
    WavePlanningRules wavePlanning;
    bool operator==(const Plan&) const = default;
};

/// How strongly one workload needs another. Hard: must move in the same cutover (chatty, low latency: the
/// planner never splits them). Soft: works across the WAN, but the target should move no later than the
/// source. Infrastructure: a shared service (DNS, NTP, AD, RDP, SSH, SMB, RPC) reachable from everywhere;
/// it neither groups nor orders.
enum class DependencyKind { Hard, Soft, Infrastructure };

/// One observed or declared dependency: `source` talks to (needs) `target`.
struct Dependency {
    std::string source; ///< a workload id; anything else is an external end (IP or name)
    std::string target;
    DependencyKind kind = DependencyKind::Soft;
    int port = 0;         ///< destination port; 0 = unknown
    std::string protocol; ///< "TCP", "UDP", "" = unknown
    int observations = 1; ///< rows or connections seen for this pair and port
    std::string origin;   ///< the export it came from ("Azure Migrate dependencies")
    bool operator==(const Dependency&) const = default;
};

/// MAP program parameters (see assets/defaults.json for sources).
struct Program {
    double assessPctOfArr = 0.05;
    double mobilizePctOfArr = 0.20;
    double mobilizePctOfServices = 0.25; ///< alternative basis: share of eligible services cost
    MobilizeBasis mobilizeBasis = MobilizeBasis::ProjectedArr;
    Money migrationServicesUsd = 0.0;         ///< eligible migration services cost (services basis)
    Range migrateCreditPct{0.15, 0.20, 0.25}; ///< share of incremental tagged spend growth
    int creditLagQuarters = 1;
    Money minEligibleSpendUsd = 50000.0;  ///< tagged spend before credits start
    Range creditWindowMonths{12, 18, 24}; ///< post-go-live window in which credits accrue
    Money partnerFundingCapUsd = 2000000.0;
    Money mapLiteMinArrUsd = 100000.0;
    Money mapMinArrUsd = 500000.0;
    Range scopeFloorServers{10, 10, 50};
    double professionalServicesDiscountPct = 0.0;
    Money trainingAllowanceUsdPerPerson = 0.0;
    int trainingPeople = 0;
    std::optional<bool> partnerMigrationCompetency; ///< partner holds the Migration Competency; unset = unknown
    bool capIncludesCredits = false;                ///< false: the cap limits partner funding (Assess + Mobilize) only
    // Headline and inputs shared by both profiles.
    FundingProfile headlineProfile = FundingProfile::ProgramMechanics;
    Money projectedArrOverrideUsd = 0.0; ///< a partner's committed-spend projection (12 x monthly); 0 = from the sizing
    Money practicalFloorMonthlyUsd =
        5000.0; ///< monthly AWS spend that "opens the ladder" (seed 003): below MAP Lite = borderline
    // Program mechanics (AWS partner templates, 2024): see assets/defaults.json for each rule's source.
    Money assessTierMapUsd = 60000.0;  ///< Assess partner cash at projected ARR >= mapMinArrUsd
    Money assessTierLiteUsd = 15000.0; ///< Assess partner cash below mapMinArrUsd
    Money assessmentFeeUsd = 0.0;      ///< the partner's assessment fee; 0 = not quoted (the tier amount applies)
    double assessPctOfFee = 1.0;       ///< Assess pays at most this share of the assessment fee
    Money mobilizeArrCountedUsd = 10000000.0;   ///< projected ARR counted for Mobilize, at most
    Money mobilizeCashCapUsd = 2000000.0;       ///< Mobilize partner cash, at most
    Money mobilizeTranche1TriggerUsd = 50000.0; ///< cumulative tagged eligible spend that releases tranche 1
    Money mobilizeTranche1MaxUsd = 400000.0;    ///< tranche 1 pays at most this; the rest is tranche 2
    double mobilizeTranche2TriggerPctOfArr =
        0.20;                              ///< cumulative tagged eligible spend (share of projected ARR) for tranche 2
    Range creditRatePct{0.10, 0.15, 0.25}; ///< credits per quarter = rate x tagged eligible spend
    Money creditThresholdUsd = 0.0;        ///< cumulative tagged eligible spend before credits start
    int creditPeriodMonths = 24;           ///< MAP credit period from the agreement start
    int agreementStartMonth = -1;          ///< month the MAP agreement starts; -1 = start of Mobilize
    Money migrationSpendTargetUsd = 0.0;   ///< 0 = projected eligible monthly spend x credit period months
    Money creditCapUsd = 0.0;              ///< 0 = credit rate x migration spend target
    double dataTransferSharePct = 0.0;     ///< share of AWS spend that is data transfer (not eligible)
    double marketplaceSharePct = 0.0;      ///< share of AWS spend that is Marketplace software (not eligible)
    MapTagKey tagKey = MapTagKey::MapMigrated;
    std::string tagValue; ///< the MPE ID tag value ("mig12345"); "" = not issued yet
    bool operator==(const Program&) const = default;
};

/// An assumption the user has given a range to, by its registry key (see assumptions.hpp).
struct AssumptionRange {
    std::string key;
    Range range;
    bool operator==(const AssumptionRange&) const = default;
};

/// Thresholds of the disposition recommender (Azure Migrate's "active" class: CPU and memory > 5 %).
struct RecommenderRules {
    double idleCpuPct = 0.05; ///< p95 CPU below this (and memory below idleMemPct) = idle
    double idleMemPct = 0.05;
    bool operator==(const RecommenderRules&) const = default;
};

/// Default uncertainty ranges for assumptions that are plain numbers in the structs above
/// (Range fields carry their own). Keys are registry keys (assumptions.hpp); see assets/defaults.json.
inline std::vector<AssumptionRange> defaultRanges() {
    return {
        {"settings.discountRatePct", {0.07, 0.08, 0.10}},
        {"source.onPrem.storageUsdPerGb", {1.67, 2.0, 2.30}},
        {"source.paasOperationsFte", {0.25, 0.375, 0.5}},
        {"source.onPrem.serversPerAdmin", {30.0, 80.0, 500.0}},
        {"rules.relocate.oneTimeUsdPerWorkload", {50.0, 200.0, 1200.0}},
        {"rules.rehost.oneTimeUsdPerWorkload", {50.0, 200.0, 1200.0}},
        {"rules.rehost.oneTimeUsdPerApplication", {0.0, 3000.0, 8000.0}},
        {"rules.replatform.oneTimeUsdPerApplication", {8000.0, 16500.0, 25000.0}},
        {"rules.refactor.oneTimeUsdPerApplication", {25000.0, 52500.0, 80000.0}},
        {"aws.rdsReserved3YearPct", {0.45, 0.60, 0.69}},
        {"rules.refactor.runRateFactor", {0.50, 0.60, 0.70}},
        {"program.assessTierLiteUsd", {0.0, 15000.0, 15000.0}},
        {"program.assessPctOfFee", {0.5, 1.0, 1.0}},
        {"program.creditPeriodMonths", {12.0, 24.0, 36.0}},
        {"program.creditThresholdUsd", {0.0, 0.0, 50000.0}},
    };
}

/// The whole input of one estimate.
struct Scenario {
    Settings settings;
    Source source;
    AwsTarget aws;
    std::vector<DispositionRule> rules = defaultRules(); ///< one per Disposition, in enum order
    Plan plan;
    Program program;
    RecommenderRules recommender;
    std::vector<Workload> workloads;
    std::vector<Dependency> dependencies;                  ///< between workloads (by id) and external ends
    std::vector<AssumptionRange> ranges = defaultRanges(); ///< uncertainty ranges beyond the Range fields above
    bool operator==(const Scenario&) const = default;
};

} // namespace est::model
