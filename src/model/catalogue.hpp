// model/catalogue.hpp - the AWS price catalogue: instance specs and dated per-region price tables.
//
// The catalogue is data, not a scenario input: a scenario names its target region (AwsTarget::region) and
// the engine reads that region's tables. Every table carries its own as-of date and source, and says when
// it is an older table used because the region lacks the newest one (docs/price-catalogue.md).
// Rates are on-demand list prices in USD, shared tenancy, before any discount.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::model {

enum class CpuArch : std::uint8_t { X86_64, Arm64 };

/// One instance type's shape (EC2; an RDS class "db.m5.large" uses the spec of "m5.large").
struct InstanceSpec {
    std::string type;   ///< "m6i.large"
    std::string family; ///< "m6i"
    int vcpu = 0;
    double memoryGib = 0.0;
    CpuArch arch = CpuArch::X86_64;
    double burstBaselinePct = 0.0; ///< burstable: baseline CPU per vCPU (0.3 = 30 %); 0 = not burstable
    bool bareMetal = false;        ///< "*.metal*": priced, never picked by the sizer
    bool burstable() const { return burstBaselinePct > 0.0; }
    bool operator==(const InstanceSpec&) const = default;
};

/// EC2 operating system and licence-included software; order is the file's and the UI's.
enum class Ec2Os : std::uint8_t {
    Linux,
    Windows,
    Rhel,
    Suse,
    WindowsSqlWeb,
    WindowsSqlStandard,
    WindowsSqlEnterprise,
    LinuxSqlWeb,
    LinuxSqlStandard,
    LinuxSqlEnterprise,
};
inline constexpr int kEc2OsCount = 10;

/// RDS engine and licence model.
enum class RdsEngine : std::uint8_t {
    MySql,
    PostgreSql,
    MariaDb,
    SqlServerExpress,
    SqlServerWeb,
    SqlServerStandard,
    SqlServerEnterprise,
    OracleSe2LicenceIncluded,
    OracleByol,
};
inline constexpr int kRdsEngineCount = 9;
enum class RdsDeployment : std::uint8_t { SingleAz, MultiAz };

/// Which table prices a workload: an EC2 operating system or an RDS engine and deployment.
struct PriceKey {
    bool rds = false;
    Ec2Os os = Ec2Os::Linux;
    RdsEngine engine = RdsEngine::MySql;
    RdsDeployment deployment = RdsDeployment::SingleAz;
    bool operator==(const PriceKey&) const = default;
};

/// Where one table's figures come from.
struct TableProvenance {
    std::string asOf;        ///< "2024-04-04": the date the prices were published or read
    std::string source;      ///< title, publisher, address
    bool olderTable = false; ///< a newer table of this kind exists, but not for this region
    std::string derivation;  ///< "" = as published; else how the figures were derived
    bool operator==(const TableProvenance&) const = default;
};

/// One hourly rate: an index into PriceCatalogue::instances and its on-demand price.
struct InstanceRate {
    int spec = -1;
    double usdPerHour = 0.0;
    bool operator==(const InstanceRate&) const = default;
};

/// Hourly rates of one region for one EC2 OS, or one RDS engine and deployment. Rates are sorted by
/// price, cheapest first (ties by spec index), so the sizer's first fit is the cheapest fit.
struct RateTable {
    TableProvenance provenance;
    std::vector<InstanceRate> rates;
    /// The rate of one spec, or nullopt when the table does not price it.
    std::optional<double> rateOf(int spec) const;
    bool operator==(const RateTable&) const = default;
};

struct Ec2Table : RateTable {
    Ec2Os os = Ec2Os::Linux;
    bool operator==(const Ec2Table&) const = default;
};

struct RdsTable : RateTable {
    RdsEngine engine = RdsEngine::MySql;
    RdsDeployment deployment = RdsDeployment::SingleAz;
    bool operator==(const RdsTable&) const = default;
};

/// A per GB-month storage price (EBS gp3; RDS General Purpose storage).
struct StorageRate {
    double usdPerGbMonth = 0.0;
    TableProvenance provenance;
    bool operator==(const StorageRate&) const = default;
};

/// Every table of one region.
struct RegionPrices {
    std::string code;          ///< "eu-west-1"
    std::string name;          ///< "Europe (Ireland)"
    std::vector<Ec2Table> ec2; ///< at most one per Ec2Os
    std::vector<RdsTable> rds; ///< at most one per engine and deployment
    std::optional<StorageRate> ebsGp3;
    std::optional<StorageRate> rdsStorage; ///< RDS General Purpose SSD, Single-AZ, per GB-month
    const Ec2Table* ec2For(Ec2Os os) const;
    const RdsTable* rdsFor(RdsEngine engine, RdsDeployment deployment) const;
    bool operator==(const RegionPrices&) const = default;
};

/// A region the catalogue knows, whether or not its tables are loaded (the region picker's list).
struct RegionRef {
    std::string code;
    std::string name;
    std::string file; ///< where its tables load from ("prices/eu-west-1.json"); "" = loaded
    bool operator==(const RegionRef&) const = default;
};

struct PriceCatalogue {
    std::string currency = "USD";
    std::string generated;  ///< date the catalogue was generated
    std::string generator;  ///< what produced it ("scripts/generate-price-catalogue ...")
    std::string source;     ///< one-line summary of the sources (each table has its own)
    std::string disclaimer; ///< what the prices exclude
    std::string excluded;   ///< families left out, in words
    std::vector<InstanceSpec> instances;
    std::vector<RegionPrices> regions; ///< regions whose tables are loaded
    std::vector<RegionRef> available;  ///< every region the catalogue offers, by name
    const RegionPrices* region(std::string_view code) const;
    int findInstance(std::string_view type) const; ///< index into instances, or -1
    /// The region picker's name for a code ("Europe (Ireland)"), or the code itself.
    std::string regionName(std::string_view code) const;
    bool operator==(const PriceCatalogue&) const = default;
};

/// Adds (or replaces) `from`'s regions in `into`, remapping instance indices by type name and adding
/// specs `into` lacks. Used when a region's file loads on demand.
void mergeRegions(PriceCatalogue& into, const PriceCatalogue& from);

/// A new catalogue: `base` (none: empty) with `from`'s regions merged in; `base` itself is shared, never changed.
std::shared_ptr<const PriceCatalogue> withRegionsOf(const std::shared_ptr<const PriceCatalogue>& base,
                                                    const PriceCatalogue& from);

/// Sorts every table's rates cheapest first (ties by spec index); readers call it once after loading.
void sortRates(PriceCatalogue& catalogue);

/// Display names: "Linux", "Windows + SQL Server Standard", "RDS for SQL Server Web", "Multi-AZ", ...
const char* ec2OsName(Ec2Os os);
const char* rdsEngineName(RdsEngine engine);
const char* rdsDeploymentName(RdsDeployment deployment);

} // namespace est::model
