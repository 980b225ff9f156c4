// model/aws_pricing.cpp - one workload's AWS run cost from the target region's dated catalogue tables.
#include "model/aws_pricing.hpp"

#include <algorithm>
#include <cstring>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <memory>

#include "model/format.hpp"
#include "model/licences.hpp"
#include "model/stable_sort.hpp"
#include "model/today_cost.hpp"

namespace est::model {
namespace {

// A double's bits, for comparing kept inputs exactly (std::bit_cast is missing from Emscripten 3.1.6's libc++).
std::uint64_t bitsOf(double v) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    return bits;
}

constexpr double kHoursPerMonth = 730.0;

// Hourly rates keep their published precision ("0.0832", "13.338").
std::string rateText(double usd) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", usd);
    return buf;
}

const char* basisText(SizingNeed::Basis b) {
    switch (b) {
    case SizingNeed::Basis::Measured:
        return "p95 + headroom";
    case SizingNeed::Basis::MpaFallback:
        return "MPA fallback peak + headroom";
    case SizingNeed::Basis::LikeForLike:
        return "like-for-like, utilisation unknown";
    }
    return "";
}

// Where AWS's per-vCPU licence fees are published (docs/sources.md [29]).
constexpr const char* kLicenceFeeSource =
    "Amazon EC2 User Guide, \"Optimize CPUs for License-Included instances\", Amazon Web Services, read 2026-12-06, "
    "docs.aws.amazon.com/AWSEC2/latest/UserGuide/optimize-cpu.html";

// A need is never shown as 0: a fraction under 0.01 reads "under 0.01" (the sizer fits at least 1 of each).
std::string needText(double v) { return v > 0.0 && v < 0.005 ? "under 0.01" : formatNumber(v); }

constexpr const char* kZeroReading = "; a measured 0 % is read as not measured";

} // namespace

int licensedVcpuLimit(const Workload& w) {
    const bool se2 = w.database == DatabaseEngine::Oracle && w.databaseEdition == DatabaseEdition::Standard &&
                     w.licence != LicenceModel::OpenSource;
    return se2 ? kOracleSe2MaxVcpu : 0;
}

bool rdsMultiAzFor(const Workload& w, const AwsTarget& aws) {
    if (w.multiAz) return *w.multiAz;
    // The same design as today: a standby only where today pays for one (economics.md: both sides match).
    return w.environment == Environment::Production && aws.rdsMultiAzForProduction && w.standbyToday;
}

double gp3VolumesFor(double storageGb) {
    return storageGb > 0.0 && std::isfinite(storageGb) ? std::ceil(storageGb / kGp3MaxGib - 1e-9) : 0.0;
}

double licenceFeeUsdPerVcpuHour(Ec2Os os) {
    switch (os) {
    case Ec2Os::Windows:
        return 0.046;
    case Ec2Os::WindowsSqlWeb:
        return 0.063;
    case Ec2Os::WindowsSqlStandard:
        return 0.166;
    case Ec2Os::WindowsSqlEnterprise:
        return 0.421;
    // Linux + SQL Server: AWS publishes no per-vCPU figure; the SQL Server part of the Windows figure (our
    // inference) matches the 2022 Linux + SQL Server table in 88 to 99 % of its rows (0.120, 0.017, 0.375).
    case Ec2Os::LinuxSqlWeb:
        return 0.063 - 0.046;
    case Ec2Os::LinuxSqlStandard:
        return 0.166 - 0.046;
    case Ec2Os::LinuxSqlEnterprise:
        return 0.421 - 0.046;
    default:
        return 0.0;
    }
}

const RateTable* ec2TableFor(const std::shared_ptr<const PriceCatalogue>& catalogue, const RegionPrices& region,
                             Ec2Os os) {
    if (const Ec2Table* t = region.ec2For(os); t != nullptr && !t->rates.empty()) return t;
    const double fee = licenceFeeUsdPerVcpuHour(os);
    const Ec2Table* linux = region.ec2For(Ec2Os::Linux);
    if (!catalogue || fee <= 0.0 || linux == nullptr || linux->rates.empty()) return nullptr;
    // One derived table per (catalogue, region, OS), kept while the catalogue lives: the sizer's memo is keyed by
    // table address, so a table must not be rebuilt at another address, or freed and its address reused, while
    // the sizer of that catalogue may still be asked about it.
    struct Derived {
        std::weak_ptr<const PriceCatalogue> catalogue;
        const RegionPrices* region = nullptr;
        Ec2Os os = Ec2Os::Linux;
        std::unique_ptr<Ec2Table> table;
    };
    thread_local std::vector<Derived> derived;
    std::erase_if(derived, [](const Derived& d) { return d.catalogue.expired(); });
    for (const Derived& d : derived)
        if (d.region == &region && d.os == os && !d.catalogue.owner_before(catalogue) &&
            !catalogue.owner_before(d.catalogue))
            return d.table.get();
    auto t = std::make_unique<Ec2Table>();
    t->os = os;
    t->provenance = linux->provenance;
    t->provenance.source = linux->provenance.source + "; licence fee: " + kLicenceFeeSource;
    char fee6[32];
    std::snprintf(fee6, sizeof fee6, "%.3f", fee);
    t->provenance.derivation = "no " + std::string(ec2OsName(os)) + " table for this region: its Linux rate + USD " +
                               fee6 + " per vCPU-hour (AWS's licence-included fee) x the type's vCPUs";
    for (const InstanceRate& r : linux->rates)
        if (r.spec >= 0 && static_cast<std::size_t>(r.spec) < catalogue->instances.size())
            // Rounded to a millionth of a dollar, the finest precision the price tables publish (no float noise).
            t->rates.push_back(
                {r.spec,
                 std::round((r.usdPerHour + fee * catalogue->instances[static_cast<std::size_t>(r.spec)].vcpu) * 1e6) /
                     1e6});
    stableSort(t->rates, [](const InstanceRate& a, const InstanceRate& b) {
        return a.usdPerHour != b.usdPerHour ? a.usdPerHour < b.usdPerHour : a.spec < b.spec;
    });
    derived.push_back({catalogue, &region, os, std::move(t)});
    return derived.back().table.get();
}

AwsPricer::AwsPricer(const Scenario& s) : m_s(s) {
    const AwsTarget& aws = s.aws;
    if (aws.catalogue) m_region = aws.catalogue->region(aws.region);
    if (m_region == nullptr) return;
    m_sizer = &sizerFor(aws.catalogue, aws.allowBurstable);
    m_afterEdp = (1.0 - aws.enterpriseDiscountPct) * aws.regionMultiplier;
    if (aws.pricingModel == PricingModel::SavingsPlan1Year) m_spDiscount = aws.savingsPlan1YearPct;
    if (aws.pricingModel == PricingModel::SavingsPlan3Year) m_spDiscount = aws.savingsPlan3YearPct;
    // RDS reservations follow the plan's term (Savings Plans do not cover RDS); on-demand reserves nothing.
    if (aws.pricingModel == PricingModel::SavingsPlan1Year) m_rdsDiscount = aws.rdsReservedPct;
    if (aws.pricingModel == PricingModel::SavingsPlan3Year) m_rdsDiscount = aws.rdsReserved3YearPct;
    m_ebsUsdPerGbMonth = m_region->ebsGp3 ? m_region->ebsGp3->usdPerGbMonth : 0.0;
    m_rdsStorageUsdPerGbMonth = m_region->rdsStorage ? m_region->rdsStorage->usdPerGbMonth : m_ebsUsdPerGbMonth;
    m_linuxBySpec.assign(aws.catalogue->instances.size(), 0.0);
    if (const Ec2Table* linux = m_region->ec2For(Ec2Os::Linux))
        for (const InstanceRate& r : linux->rates) m_linuxBySpec[static_cast<std::size_t>(r.spec)] = r.usdPerHour;
    for (int os = 0; os < kEc2OsCount; ++os) {
        const Ec2Table* own = m_region->ec2For(static_cast<Ec2Os>(os));
        m_ec2[os] = ec2TableFor(aws.catalogue, *m_region, static_cast<Ec2Os>(os));
        m_licenceDerived[os] = m_ec2[os] != nullptr && m_ec2[os] != own;
    }
    for (int e = 0; e < kRdsEngineCount; ++e)
        for (int d = 0; d < 2; ++d)
            if (const RdsTable* t = m_region->rdsFor(static_cast<RdsEngine>(e), static_cast<RdsDeployment>(d));
                t != nullptr && !t->rates.empty())
                m_rds[e][d] = t;
}

const RateTable* AwsPricer::ec2Table(Ec2Os os) const { return m_ec2[static_cast<int>(os)]; }

SizingPick AwsPricer::pickFor(const Workload& w, const RateTable& table, const SizingNeed& need, bool allowGraviton,
                              bool& kept) {
    SizingPick pick = m_sizer->pick(table, need, allowGraviton);
    kept = false;
    // A licence that stops at a size (Oracle SE2: 8 vCPU) keeps the workload within it when a type that small holds
    // its memory; otherwise the cheapest fit stays, and finishPricing() warns.
    if (const int limit = licensedVcpuLimit(w);
        limit > 0 && pick.spec >= 0 &&
        pick.count * m_s.aws.catalogue->instances[static_cast<std::size_t>(pick.spec)].vcpu > limit)
        if (const SizingPick within = m_sizer->pickWithin(table, need, allowGraviton, limit); within.spec >= 0) {
            pick = within;
            kept = true;
        }
    return pick;
}

SizingInputs SizingInputs::of(const Workload& w) {
    SizingInputs in;
    in.ramGbBits = bitsOf(w.ramGb);
    in.cpuP95Set = w.cpuUtilP95Pct.has_value();
    in.memP95Set = w.memUtilP95Pct.has_value();
    if (in.cpuP95Set) in.cpuP95Bits = bitsOf(*w.cpuUtilP95Pct);
    if (in.memP95Set) in.memP95Bits = bitsOf(*w.memUtilP95Pct);
    in.vcpu = w.vcpu;
    in.multiAz = w.multiAz ? static_cast<std::int8_t>(*w.multiAz) : std::int8_t{-1};
    in.standbyToday = w.standbyToday;
    in.database = w.database;
    in.databaseEdition = w.databaseEdition;
    in.licence = w.licence;
    in.environment = w.environment;
    return in;
}

SizingSettings SizingSettings::of(const AwsTarget& aws) {
    return {aws.catalogue,        aws.catalogue.get(), aws.region,         bitsOf(aws.headroomPct),
            aws.mpaFallbackPeaks, aws.allowGraviton,   aws.allowBurstable, aws.rdsMultiAzForProduction};
}

bool SizingSettings::sameAs(const AwsTarget& aws) const {
    // The same owner: the weak pointer keeps the old catalogue's control block, so a new catalogue never shares it.
    const bool sameCatalogue = catalogueAddress == aws.catalogue.get() && !catalogue.owner_before(aws.catalogue) &&
                               !aws.catalogue.owner_before(catalogue);
    return sameCatalogue && region == aws.region && headroomBits == bitsOf(aws.headroomPct) &&
           mpaFallbackPeaks == aws.mpaFallbackPeaks && allowGraviton == aws.allowGraviton &&
           allowBurstable == aws.allowBurstable && rdsMultiAzForProduction == aws.rdsMultiAzForProduction;
}

void AwsPricer::size(const Workload& w, OsFamily family, bool managedDb, WorkloadResult& wr, SizingMemo& memo) {
    const SizingInputs inputs = SizingInputs::of(w);
    if (memo.sized && memo.managedDb == managedDb && memo.family == family && memo.inputs == inputs) {
        wr.neededVcpu = memo.neededVcpu;
        wr.neededRamGb = memo.neededRamGb;
        wr.sizingWarning = memo.warning;
        if (memo.setMissingOs) wr.missingOs = memo.missingOs;
        wr.priceKey = memo.key;
        wr.licenceRateDerived = memo.licenceRateDerived;
        if (!memo.hasTable) {
            wr.instanceIndex = -1;
            wr.instanceCount = 0;
            return;
        }
        wr.keptWithinLicenceVcpu = memo.kept;
        wr.instanceIndex = memo.pick.spec;
        wr.instanceCount = memo.pick.count;
        wr.instanceUsdPerHour = memo.pick.usdPerHour;
        return;
    }
    const AwsTarget& aws = m_s.aws;
    const SizingNeed need = sizingNeed(w, aws.headroomPct, aws.mpaFallbackPeaks);
    wr.neededVcpu = need.vcpu;
    wr.neededRamGb = need.memoryGib;
    wr.sizingWarning = SizingWarning::None;
    memo = SizingMemo{};
    memo.inputs = inputs;
    memo.managedDb = managedDb;
    memo.family = family;
    memo.neededVcpu = need.vcpu;
    memo.neededRamGb = need.memoryGib;

    PriceKey key;
    const RateTable* table = nullptr;
    if (managedDb) {
        key.rds = true;
        key.deployment = rdsMultiAzFor(w, aws) ? RdsDeployment::MultiAz : RdsDeployment::SingleAz;
        if (!rdsEngineFor(w, key.engine)) {
            wr.sizingWarning = SizingWarning::NoRdsEngine;
        } else {
            table = m_rds[static_cast<int>(key.engine)][static_cast<int>(key.deployment)];
            if (table == nullptr) wr.sizingWarning = SizingWarning::NoRdsPrice;
        }
        if (table == nullptr) key.rds = false; // labelled fallback: self-managed on EC2
    }
    if (!key.rds) {
        key.os = ec2OsFor(w, family);
        table = ec2Table(key.os);
        if (table == nullptr && key.os != Ec2Os::Linux) {
            if (wr.sizingWarning == SizingWarning::None) wr.sizingWarning = SizingWarning::NoOsPrice;
            wr.missingOs = key.os;
            memo.setMissingOs = true;
            memo.missingOs = key.os;
            key.os = Ec2Os::Linux;
            table = ec2Table(key.os);
        }
    }
    wr.priceKey = key;
    wr.licenceRateDerived = !key.rds && m_licenceDerived[static_cast<int>(key.os)];
    memo.key = key;
    memo.licenceRateDerived = wr.licenceRateDerived;
    if (table == nullptr) {
        wr.sizingWarning = SizingWarning::NoOsPrice;
        wr.instanceIndex = -1;
        wr.instanceCount = 0;
        memo.warning = wr.sizingWarning;
        memo.sized = true;
        return;
    }
    const SizingPick pick =
        pickFor(w, *table, need, gravitonAllowedFor(key, aws.allowGraviton), wr.keptWithinLicenceVcpu);
    wr.instanceIndex = pick.spec;
    wr.instanceCount = pick.count;
    wr.instanceUsdPerHour = pick.usdPerHour;
    if (!pick.fits && wr.sizingWarning == SizingWarning::None) wr.sizingWarning = SizingWarning::NothingFits;
    memo.warning = wr.sizingWarning;
    memo.hasTable = true;
    memo.kept = wr.keptWithinLicenceVcpu;
    memo.pick = pick;
    memo.sized = true;
}

WorkloadAwsCost AwsPricer::priced(const Workload& w, const SizingMemo& memo) const {
    return memo.hasTable ? costOf(w, memo.key, memo.pick) : WorkloadAwsCost{};
}

WorkloadAwsCost AwsPricer::costOf(const Workload& w, const PriceKey& key, const SizingPick& pick) const {
    WorkloadAwsCost c;
    const double hours = pick.count * kHoursPerMonth * m_afterEdp;
    if (key.rds) {
        c.database = pick.usdPerHour * (1.0 - m_rdsDiscount) * hours;
        const double copies = key.deployment == RdsDeployment::MultiAz ? 2.0 : 1.0;
        c.storage = w.storageGb * m_rdsStorageUsdPerGbMonth * copies * m_afterEdp;
    } else {
        // On EC2 a standby today stays a standby: a second instance and its storage (both sides match).
        const double copies = todayCopies(w);
        const double instanceHours = hours * copies;
        // The Compute Savings Plan discounts the compute part; a licence-included rate's licence part is paid
        // in full (the plan's Windows and SQL Server rates carry the licence at on-demand price).
        double computePart = pick.usdPerHour;
        if (key.os != Ec2Os::Linux && pick.spec >= 0)
            if (const double l = m_linuxBySpec[static_cast<std::size_t>(pick.spec)]; l > 0.0 && l <= pick.usdPerHour)
                computePart = l;
        c.licenceIncluded = (pick.usdPerHour - computePart) * instanceHours;
        c.compute = computePart * (1.0 - m_spDiscount) * instanceHours + c.licenceIncluded;
        c.storage = w.storageGb * m_ebsUsdPerGbMonth * m_afterEdp * copies;
    }
    return c;
}

namespace {

// Whether workload i's size is worth a warning: larger than one host today (one copy, not its standby).
bool largerThanHost(const Scenario& s, std::size_t i, const WorkloadResult& wr) {
    return wr.hostShare > 1.0 && i < s.workloads.size() && wr.hostShare / todayCopies(s.workloads[i]) > 1.0;
}

// The vCPU workload i landed on (its instances), for Oracle's limit; instanceIndex >= 0 and a catalogue.
int landedVcpu(const PriceCatalogue& c, const WorkloadResult& wr) {
    return wr.instanceCount * c.instances[static_cast<std::size_t>(wr.instanceIndex)].vcpu;
}

} // namespace

void PricingTally::start() {
    alternatives = DatabaseAlternatives{};
    derived = 0;
    std::fill(std::begin(derivedOs), std::end(derivedOs), false);
    warningCandidates.clear();
}

void PricingTally::noteForWarnings(const Scenario& s, std::size_t i, const WorkloadResult& wr) {
    const PriceCatalogue* c = s.aws.catalogue.get();
    const bool sized = wr.instanceIndex >= 0 && c != nullptr;
    if (sized && wr.licenceRateDerived) {
        ++derived;
        derivedOs[static_cast<int>(wr.priceKey.os)] = true;
    }
    // Oracle's limit can only matter for a workload kept within it, or landed above 8 vCPU with a limited licence.
    const bool oracleLimit =
        sized && i < s.workloads.size() &&
        (wr.keptWithinLicenceVcpu || (landedVcpu(*c, wr) > kOracleSe2MaxVcpu && licensedVcpuLimit(s.workloads[i]) > 0));
    if (oracleLimit || largerThanHost(s, i, wr)) warningCandidates.push_back(static_cast<std::uint32_t>(i));
}

void finishPricing(const Scenario& s, Result& r, const PricingTally& tally, bool withWarnings) {
    const std::vector<WorkloadResult>& workloads = r.workloads;
    std::vector<ResultWarning>& out = r.warnings;
    DatabaseAlternatives& alt = r.databaseAlternatives;
    alt = tally.alternatives;
    alt.savingMonthlyUsd = alt.rdsMonthlyUsd - alt.ec2ByolMonthlyUsd;
    if (!withWarnings) return; // figures only: the rest is warnings
    const PriceCatalogue* c = s.aws.catalogue.get();
    for (const std::uint32_t candidate : tally.warningCandidates) {
        const std::size_t i = candidate;
        const WorkloadResult& wr = workloads[i];
        if (largerThanHost(s, i, wr)) {
            const Workload& w = s.workloads[i];
            const OnPremDrivers& d = s.source.onPrem;
            out.push_back({"vm_larger_than_host", "workloads[" + std::to_string(i) + "].ramGb",
                           w.name + " (" + std::to_string(w.vcpu) + " vCPU, " + formatNumber(w.ramGb) +
                               " GB) is larger than one host (" +
                               formatNumber(d.coresPerHost * d.threadsPerCore * d.vcpuOversubscription) + " vCPU, " +
                               formatNumber(d.hostRamGb) + " GB): costed today as " +
                               formatNumber(wr.hostShare / todayCopies(w)) +
                               " hosts of its own; check the host size (source.onPrem.hostRamGb)"});
        }
        if (wr.instanceIndex < 0 || c == nullptr || i >= s.workloads.size()) continue;
        // Oracle's cloud policy (docs/sources.md [9]): Standard Edition 2 may only be licensed on instances of up to
        // 8 Amazon vCPUs; above that the database needs Enterprise Edition licences.
        const int vcpu = landedVcpu(*c, wr);
        const Workload& w = s.workloads[i];
        if (wr.keptWithinLicenceVcpu && wr.neededVcpu > licensedVcpuLimit(w) + 1e-9)
            out.push_back(
                {"oracle_se2_within_8_vcpu", "workloads[" + std::to_string(i) + "].databaseEdition",
                 w.name + " needs " + formatNumber(wr.neededVcpu) + " vCPU but is sized to " + std::to_string(vcpu) +
                     " vCPU (" + instanceTypeName(s, wr) +
                     "): Oracle licenses Standard Edition 2 in AWS only on "
                     "instances of up to 8 vCPU (Licensing Oracle Software in the Cloud Computing Environment); "
                     "check its performance there, or license Enterprise Edition"});
        else if (licensedVcpuLimit(w) > 0 && vcpu > licensedVcpuLimit(w))
            out.push_back({"oracle_se2_over_8_vcpu", "workloads[" + std::to_string(i) + "].databaseEdition",
                           w.name + " lands on " + std::to_string(vcpu) + " vCPU (" + instanceTypeName(s, wr) +
                               "): no type of at most 8 vCPU holds its memory, and Oracle licenses Standard Edition 2 "
                               "in AWS only on instances of up to 8 vCPU (Licensing Oracle Software in the Cloud "
                               "Computing Environment), so it needs Enterprise Edition licences, which this estimate "
                               "does not price; set its edition to Enterprise to price them"});
    }
    const int derived = tally.derived;
    if (derived == 0) return;
    std::string tables;
    for (int os = 0; os < kEc2OsCount; ++os)
        if (tally.derivedOs[os])
            tables += (tables.empty() ? "" : ", ") + std::string(ec2OsName(static_cast<Ec2Os>(os)));
    out.push_back(
        {"licence_rate_derived", "",
         c->regionName(s.aws.region) + " (" + s.aws.region + ") has no price table for " + tables + ": " +
             std::to_string(derived) + (derived == 1 ? " workload is" : " workloads are") +
             " priced at the region's Linux rate plus AWS's published licence-included fee per vCPU-hour "
             "(Windows Server USD 0.046; with SQL Server Web 0.063, Standard 0.166, Enterprise 0.421: Amazon EC2 "
             "User Guide, \"Optimize CPUs for License-Included instances\"), marked derived in their sizing traces"});
}

std::optional<Money> AwsPricer::ec2ByolAlternative(const Workload& w, OsFamily family, const WorkloadResult& wr,
                                                   SizingMemo& memo) {
    if (!wr.priceKey.rds || (w.database != DatabaseEngine::SqlServer && w.database != DatabaseEngine::Oracle) ||
        w.licence == LicenceModel::OpenSource || w.databaseEdition == DatabaseEdition::Express)
        return std::nullopt;
    const AwsTarget& aws = m_s.aws;
    // The workload with its own licences (LicenceModel::BringYourOwn), without copying it.
    constexpr LicenceModel own = LicenceModel::BringYourOwn;
    const Ec2Os os = ec2OsFor(w, family, own); // Windows stays licence included on shared tenancy
    const RateTable* table = ec2Table(os);
    if (table == nullptr) return std::nullopt;
    SizingPick pick;
    if (memo.byolSized) {
        pick = memo.byolPick;
    } else {
        PriceKey key;
        key.os = os;
        bool withinLicence = false;
        pick = pickFor(w, *table, sizingNeed(w, aws.headroomPct, aws.mpaFallbackPeaks),
                       gravitonAllowedFor(key, aws.allowGraviton), withinLicence);
        memo.byolPick = pick;
        memo.byolSized = true;
    }
    if (pick.spec < 0) return std::nullopt;
    const double copies = wr.priceKey.deployment == RdsDeployment::MultiAz ? 2.0 : 1.0;
    const double hours = pick.count * kHoursPerMonth * m_afterEdp * copies;
    double computePart = pick.usdPerHour;
    if (os != Ec2Os::Linux)
        if (const double l = m_linuxBySpec[static_cast<std::size_t>(pick.spec)]; l > 0.0 && l <= pick.usdPerHour)
            computePart = l;
    const Money instances = computePart * (1.0 - m_spDiscount) * hours + (pick.usdPerHour - computePart) * hours;
    const Money storage = w.storageGb * m_ebsUsdPerGbMonth * m_afterEdp * copies;
    const double awsVcpu =
        static_cast<double>(pick.count) * aws.catalogue->instances[static_cast<std::size_t>(pick.spec)].vcpu;
    const OnPremDrivers& d = m_s.source.onPrem;
    const AfterLicences kept =
        afterLicences(d, w, own, family, LicenceTarget::Ec2, awsVcpu, todayLicences(d, w, own, family, 0.0), 0.0);
    const double licensedCopies = w.database == DatabaseEngine::Oracle ? copies : 1.0;
    return instances + storage + kept.keptDbUsd * licensedCopies + kept.keptOsUsd;
}

std::string priceTableName(const PriceKey& key) {
    if (!key.rds) return ec2OsName(key.os);
    return std::string(rdsEngineName(key.engine)) + ", " + rdsDeploymentName(key.deployment);
}

namespace {

const RateTable* tableOf(const Scenario& s, const RegionPrices& r, const PriceKey& key) {
    if (key.rds) return r.rdsFor(key.engine, key.deployment);
    return ec2TableFor(s.aws.catalogue, r, key.os);
}

} // namespace

std::string instanceTypeName(const Scenario& s, const WorkloadResult& wr) {
    const PriceCatalogue* c = s.aws.catalogue.get();
    if (c == nullptr || wr.instanceIndex < 0 || static_cast<std::size_t>(wr.instanceIndex) >= c->instances.size())
        return "";
    return (wr.priceKey.rds ? "db." : "") + c->instances[static_cast<std::size_t>(wr.instanceIndex)].type;
}

std::vector<PriceTableUse> priceTablesInUse(const Scenario& s, const Result& r) {
    std::vector<PriceTableUse> out;
    const PriceCatalogue* c = s.aws.catalogue.get();
    const RegionPrices* region = c ? c->region(s.aws.region) : nullptr;
    if (region == nullptr) return out;
    std::vector<std::pair<PriceKey, int>> keys;
    int sized = 0, onRds = 0;
    for (const WorkloadResult& wr : r.workloads) {
        if (wr.instanceIndex < 0) continue;
        ++sized;
        if (wr.priceKey.rds) ++onRds;
        // An EC2 key is its OS alone: a database that fell back from RDS to EC2 keeps its engine in the key.
        PriceKey key = wr.priceKey;
        if (!key.rds) key = PriceKey{false, key.os};
        auto it = std::find_if(keys.begin(), keys.end(), [&](const auto& k) { return k.first == key; });
        if (it == keys.end())
            keys.emplace_back(key, 1);
        else
            ++it->second;
    }
    stableSort(keys, [](const auto& a, const auto& b) {
        if (a.first.rds != b.first.rds) return !a.first.rds;
        if (a.first.rds)
            return a.first.engine != b.first.engine ? a.first.engine < b.first.engine
                                                    : a.first.deployment < b.first.deployment;
        return a.first.os < b.first.os;
    });
    for (const auto& [key, count] : keys)
        if (const RateTable* t = tableOf(s, *region, key))
            out.push_back({(key.rds ? "" : "EC2 ") + priceTableName(key), t->provenance, count});
    if (region->ebsGp3 && sized > onRds) out.push_back({"EBS gp3 storage", region->ebsGp3->provenance, sized - onRds});
    if (region->rdsStorage && onRds > 0) out.push_back({"RDS storage", region->rdsStorage->provenance, onRds});
    return out;
}

std::string sizingWarningText(const Scenario& s, const WorkloadResult& wr) {
    const PriceCatalogue* c = s.aws.catalogue.get();
    const std::string region = c ? c->regionName(s.aws.region) : s.aws.region;
    switch (wr.sizingWarning) {
    case SizingWarning::None:
        return "";
    case SizingWarning::NothingFits: {
        std::string type =
            c && wr.instanceIndex >= 0 ? c->instances[static_cast<std::size_t>(wr.instanceIndex)].type : "?";
        return "No single type in " + region + " holds " + formatNumber(wr.neededVcpu) + " vCPU and " +
               formatNumber(wr.neededRamGb) + " GiB: priced as " + std::to_string(wr.instanceCount) + " x " + type +
               ".";
    }
    case SizingWarning::NoOsPrice:
        return std::string("No ") + ec2OsName(wr.missingOs) + " price in " + region +
               ": priced at the Linux rate, so its licence is not counted.";
    case SizingWarning::NoRdsPrice:
        return "No RDS price for its engine in " + region + ": priced as a self-managed database on EC2.";
    case SizingWarning::NoRdsEngine:
        return "Its database engine has no Amazon RDS price: priced as a self-managed database on EC2.";
    }
    return "";
}

std::string sizingTrace(const Scenario& s, const WorkloadResult& wr, std::size_t index) {
    const PriceCatalogue* c = s.aws.catalogue.get();
    const RegionPrices* r = c ? c->region(s.aws.region) : nullptr;
    if (r == nullptr || wr.instanceIndex < 0 || static_cast<std::size_t>(wr.instanceIndex) >= c->instances.size())
        return "";
    const InstanceSpec& spec = c->instances[static_cast<std::size_t>(wr.instanceIndex)];
    const RateTable* table = tableOf(s, *r, wr.priceKey);
    const SizingNeed need = index < s.workloads.size()
                                ? sizingNeed(s.workloads[index], s.aws.headroomPct, s.aws.mpaFallbackPeaks)
                                : SizingNeed{wr.neededVcpu, wr.neededRamGb};
    std::string t = (wr.priceKey.rds ? "db." : "") + spec.type + " at USD " + rateText(wr.instanceUsdPerHour) + "/h";
    if (wr.instanceCount > 1) t = std::to_string(wr.instanceCount) + " x " + t;
    // Kept within its licence's vCPU limit: the fit is among the types of at most that size, for at most that need.
    const int limit =
        wr.keptWithinLicenceVcpu && index < s.workloads.size() ? licensedVcpuLimit(s.workloads[index]) : 0;
    SizingNeed fitted = need;
    if (limit > 0) fitted.vcpu = std::min(need.vcpu, static_cast<double>(limit));
    if (table != nullptr) {
        const int fits = countFits(*c, *table, fitted, gravitonAllowedFor(wr.priceKey, s.aws.allowGraviton),
                                   s.aws.allowBurstable, limit);
        t += ", the cheapest of " + std::to_string(fits) + " types with at least " +
             std::to_string(wholeVcpu(fitted.vcpu)) + " vCPU and " + std::to_string(wholeGib(need.memoryGib)) +
             " GiB in " + c->regionName(s.aws.region) + ", " + priceTableName(wr.priceKey) + ", prices of " +
             table->provenance.asOf;
        if (table->provenance.olderTable) t += " (older table: the newest does not cover this region)";
        if (!table->provenance.derivation.empty()) t += " (derived: " + table->provenance.derivation + ")";
        if (limit > 0)
            t += ", kept within " + std::to_string(limit) +
                 " vCPU: Oracle licenses Standard Edition 2 in AWS only on "
                 "instances of up to 8 vCPU";
    }
    t += ". Need " + needText(need.vcpu) + " vCPU (" + basisText(need.cpuBasis) +
         (need.cpuZeroReading ? kZeroReading : "") + ") and " + needText(need.memoryGib) + " GiB (" +
         basisText(need.memBasis) + (need.memZeroReading ? kZeroReading : "") + ").";
    if (index < s.workloads.size() && !wr.priceKey.rds) {
        const double gb = s.workloads[index].storageGb;
        if (const double volumes = gp3VolumesFor(gb); volumes > 1.0)
            t += " Storage: " + formatNumber(gb) + " GB needs " + formatNumber(volumes) +
                 " gp3 volumes of at most 16 TiB (" + formatNumber(kGp3MaxGib) +
                 " GiB) each, at the same price per GB.";
    }
    // Red Hat moved EC2 RHEL to per-vCPU pricing in 2024: a rate from before then is marked as such.
    if (table != nullptr && !wr.priceKey.rds && wr.priceKey.os == Ec2Os::Rhel && table->provenance.asOf < "2024-04-01")
        t += " RHEL rates of " + table->provenance.asOf +
             ", before Red Hat's 2024 per-vCPU pricing on EC2 (AWS, \"RHEL "
             "pricing update\"): today's rates are a little lower up to 12 vCPU and higher from 16 vCPU.";
    if (index < s.workloads.size() && !wr.priceKey.rds && s.workloads[index].standbyToday)
        t += " Two copies, as today: the instance and a standby with its own storage.";
    const std::string warning = sizingWarningText(s, wr);
    if (!warning.empty()) t += " " + warning;
    return t;
}

} // namespace est::model
