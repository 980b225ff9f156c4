// model/aws_pricing.hpp - one workload's AWS run cost from the target region's catalogue tables: the sized
// instance at its OS or RDS engine rate, the Compute Savings Plan on EC2 only, the RDS reserved-instance
// discount on RDS only, and gp3 / RDS storage.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/result.hpp"
#include "model/scenario.hpp"
#include "model/sizing.hpp"

namespace est::model {

/// The monthly AWS figures of one workload (before the disposition's run-rate factor).
struct WorkloadAwsCost {
    Money compute = 0.0;  ///< EC2
    Money database = 0.0; ///< RDS
    Money storage = 0.0;  ///< EBS gp3, or RDS storage (twice for Multi-AZ)
    /// EC2: the licence-included part of `compute` (the licensed rate minus the same type's Linux rate, which the
    /// Savings Plan does not discount); 0 on RDS, where the engine rate carries the licence undivided.
    Money licenceIncluded = 0.0;
};

/// Every field of a workload that its sizing reads (sizingNeed, ec2OsFor, rdsEngineFor, rdsMultiAzFor,
/// licensedVcpuLimit); with its OS family, whether it lands on RDS and the scenario's SizingSettings they decide
/// the pick. Numbers are kept as their bits: equal inputs size alike, bit for bit.
struct SizingInputs {
    std::uint64_t ramGbBits = 0, cpuP95Bits = 0, memP95Bits = 0; // an unset p95 keeps 0 bits and its flag false
    int vcpu = 0;
    bool cpuP95Set = false, memP95Set = false;
    std::int8_t multiAz = -1; // -1: unset
    bool standbyToday = false;
    DatabaseEngine database = DatabaseEngine::None;
    DatabaseEdition databaseEdition = DatabaseEdition::Standard;
    LicenceModel licence = LicenceModel::LicenceIncluded;
    Environment environment = Environment::Production;
    bool operator==(const SizingInputs&) const = default;
    static SizingInputs of(const Workload& w);
};

/// The settings sizing reads besides the workload: the catalogue (by identity: a catalogue is never edited in place,
/// a loaded one is a new object), the region, and the AwsTarget fields of the need and the pick.
struct SizingSettings {
    std::weak_ptr<const PriceCatalogue> catalogue; // its owner: a catalogue loaded later never has the same one
    const PriceCatalogue* catalogueAddress = nullptr;
    std::string region;
    std::uint64_t headroomBits = 0;
    bool mpaFallbackPeaks = false, allowGraviton = false, allowBurstable = false, rdsMultiAzForProduction = false;
    static SizingSettings of(const AwsTarget& aws);
    /// Whether `aws` sizes as these settings did (the same catalogue object, still alive, and equal fields).
    bool sameAs(const AwsTarget& aws) const;
};

/// One workload's sizing as AwsPricer found it, kept by the estimator from one estimate to the next: a workload whose
/// SizingInputs, OS family and RDS landing are those of its memo, under unchanged SizingSettings (the caller's check),
/// takes the memo's pick instead of searching again (a what-if slider re-estimates the whole estate every frame).
/// Only the pick is kept: every price is worked out again from it.
struct SizingMemo {
    bool sized = false; // size() has filled the fields below for (inputs, managedDb, family)
    SizingInputs inputs;
    bool managedDb = false;
    OsFamily family = OsFamily::Linux;
    double neededVcpu = 0.0, neededRamGb = 0.0;
    SizingWarning warning = SizingWarning::None;
    bool setMissingOs = false;
    Ec2Os missingOs = Ec2Os::Linux;
    PriceKey key;
    bool licenceRateDerived = false;
    bool hasTable = false;
    bool kept = false;
    SizingPick pick;
    bool byolSized = false; // ec2ByolAlternative() has filled byolPick (-1: no table)
    SizingPick byolPick;
};

/// Prices workloads against one scenario's target region. Build once per estimate.
class AwsPricer {
public:
    explicit AwsPricer(const Scenario& s);
    /// False when the scenario has no catalogue or the catalogue lacks the target region's tables.
    bool ready() const { return m_region != nullptr; }
    const RegionPrices* region() const { return m_region; }
    /// Sizes one workload (managedDb: lands on RDS; family: of its OS text, osFamilyOf): fills the sizing fields of
    /// `wr` and its memo. The memo is this workload's sizing from an earlier estimate under the same SizingSettings,
    /// reused when it was for the same SizingInputs, managedDb and family, else found again.
    void size(const Workload& w, OsFamily family, bool managedDb, WorkloadResult& wr, SizingMemo& memo);
    /// The monthly AWS figures of a workload sized into `memo` (size()), at this scenario's prices and discounts.
    WorkloadAwsCost priced(const Workload& w, const SizingMemo& memo) const;
    /// A SQL Server or Oracle workload priced on RDS (`wr` from size()): the same need on EC2 with the customer's
    /// own database licences, monthly: the instance at its OS rate (Savings Plan on the Linux part), gp3 storage, a
    /// standby copy when the RDS choice is Multi-AZ, and the licences brought (SQL Server: one copy, a passive
    /// failover copy needs none with Software Assurance; Oracle: every copy). Unset for other workloads. The EC2 pick
    /// is kept in `memo` (the workload's, from size()) and reused while the memo holds.
    std::optional<Money> ec2ByolAlternative(const Workload& w, OsFamily family, const WorkloadResult& wr,
                                            SizingMemo& memo);

private:
    const RateTable* ec2Table(Ec2Os os) const;
    SizingPick pickFor(const Workload& w, const RateTable& table, const SizingNeed& need, bool allowGraviton,
                       bool& kept);
    WorkloadAwsCost costOf(const Workload& w, const PriceKey& key, const SizingPick& pick) const;
    bool m_licenceDerived[kEc2OsCount] = {}; // the region has no table for that OS: derived from Linux + fee
    const Scenario& m_s;
    const RegionPrices* m_region = nullptr;
    Sizer* m_sizer = nullptr;
    double m_afterEdp = 1.0;
    double m_spDiscount = 0.0;
    double m_rdsDiscount = 0.0; // RDS reserved-instance discount of the plan's term
    double m_ebsUsdPerGbMonth = 0.0;
    double m_rdsStorageUsdPerGbMonth = 0.0;
    std::vector<double> m_linuxBySpec; // the region's Linux rate per spec (0 = none): the discounted part
    // The region's tables by OS and by engine and deployment, looked up once per estimate; null = none or empty.
    const RateTable* m_ec2[kEc2OsCount] = {};
    const RateTable* m_rds[kRdsEngineCount][2] = {};
};

/// Whether a workload landing on RDS runs Multi-AZ: its own choice (Workload::multiAz), else Multi-AZ only for
/// production with aws.rdsMultiAzForProduction on and a standby today (Workload::standbyToday).
bool rdsMultiAzFor(const Workload& w, const AwsTarget& aws);

/// Oracle licenses Standard Edition 2 in AWS only on instances of up to 8 vCPU (Licensing Oracle Software in the
/// Cloud Computing Environment, docs/sources.md [9]).
inline constexpr int kOracleSe2MaxVcpu = 8;
/// The most vCPU a workload's licence allows on AWS, 0 = no limit; never above kOracleSe2MaxVcpu (the only limit).
int licensedVcpuLimit(const Workload& w);

/// The largest EBS gp3 volume, GiB (16 TiB: Amazon EBS User Guide, "Amazon EBS General Purpose SSD volumes").
inline constexpr double kGp3MaxGib = 16384.0;
/// How many gp3 volumes hold this much storage (the price per GB is the same; the trace says so).
double gp3VolumesFor(double storageGb);

/// AWS's published licence-included fee per vCPU-hour for an EC2 operating system and SQL Server edition (Amazon
/// EC2 User Guide, "Optimize CPUs for License-Included instances": Windows Server 0.046; Windows Server with SQL
/// Server Web 0.063, Standard 0.166, Enterprise 0.421); Linux with SQL Server: the Windows figure less Windows
/// Server's 0.046. 0 where AWS publishes none (Linux, RHEL, SUSE).
double licenceFeeUsdPerVcpuHour(Ec2Os os);

/// The region's EC2 table for an OS; where the region has none (or an empty one) and AWS publishes a per-vCPU
/// licence fee for it, a table derived from the region's Linux rates (rate + fee x vCPU), marked in its provenance.
/// Derived tables are kept as long as their catalogue lives (the sizer remembers tables by address). Null = none.
const RateTable* ec2TableFor(const std::shared_ptr<const PriceCatalogue>& catalogue, const RegionPrices& region,
                             Ec2Os os);

/// What finishPricing() needs of the priced workloads, gathered as each one is costed (add(), in scenario order) so
/// that no second pass reads the whole estate again: the totals of the EC2-with-your-own-licences alternative, the
/// workloads on a derived licence-included rate, and the few workloads that may need a pricing warning.
struct PricingTally {
    DatabaseAlternatives alternatives; // savingMonthlyUsd is set by finishPricing()
    int derived = 0;                   // workloads priced at a derived licence-included rate
    bool derivedOs[kEc2OsCount] = {};
    std::vector<std::uint32_t> warningCandidates; // in scenario order; only when the warnings are wanted
    /// Forgets the last estimate's workloads (keeps the buffer).
    void start();
    /// Workload i, once its result is final. withWarnings false: the totals alone. Inline: it runs once per workload
    /// in the engine's loop (a call costs as much as the sums).
    void add(const Scenario& s, std::size_t i, const WorkloadResult& wr, bool withWarnings) {
        if (wr.ec2ByolAlternativeMonthlyUsd) {
            ++alternatives.workloads;
            alternatives.rdsMonthlyUsd += wr.awsMonthlyUsd + wr.licencesKeptMonthlyUsd;
            alternatives.ec2ByolMonthlyUsd += *wr.ec2ByolAlternativeMonthlyUsd;
        }
        if (withWarnings) noteForWarnings(s, i, wr);
    }

private:
    void noteForWarnings(const Scenario& s, std::size_t i, const WorkloadResult& wr);
};

/// What pricing adds once every workload is priced (`tally` of each of them): the warnings `licence_rate_derived`
/// (per region: how many workloads pay a derived licence-included rate), `oracle_se2_over_8_vcpu`,
/// `oracle_se2_within_8_vcpu`, `vm_larger_than_host`, and the totals of the EC2-with-your-own-licences alternative
/// (Result::databaseAlternatives). withWarnings false (figures only): the totals alone.
void finishPricing(const Scenario& s, Result& r, const PricingTally& tally, bool withWarnings = true);

/// The sizing trace of one workload: "m5a.xlarge, the cheapest of 594 types with at least 4 vCPU and
/// 16 GiB in US East (N. Virginia), Linux, prices of 2026-07-20", plus any warning. "" when not sized.
std::string sizingTrace(const Scenario& s, const WorkloadResult& wr, std::size_t index);
/// The warning alone ("no type holds 100,000 GiB: priced as 25 x u-6tb1.112xlarge"), "" when none.
std::string sizingWarningText(const Scenario& s, const WorkloadResult& wr);
/// The name of a workload's price table: "Linux", "Windows + SQL Server Standard", "RDS for MySQL, Multi-AZ".
std::string priceTableName(const PriceKey& key);

/// The instance type a workload landed on ("m5a.xlarge", "db.m5.large"), "" when not sized.
std::string instanceTypeName(const Scenario& s, const WorkloadResult& wr);

/// One table of the target region that prices this estimate, with its provenance (for the Assumptions
/// panel and the reports: "EC2 Linux, US East (N. Virginia): 2026-07-20").
struct PriceTableUse {
    std::string name; ///< "EC2 Linux", "RDS for MySQL, Multi-AZ", "EBS gp3 storage"
    TableProvenance provenance;
    int workloads = 0; ///< how many workloads it prices (storage: every sized one)
};
/// The tables the result uses, EC2 first then RDS then storage; empty when the region is not loaded.
std::vector<PriceTableUse> priceTablesInUse(const Scenario& s, const Result& r);

} // namespace est::model
