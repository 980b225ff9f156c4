// model/synthetic_estate.cpp - the seeded synthetic-estate generator.
#include "model/synthetic_estate.hpp"

#include "model/random.hpp"

#include <string>

namespace est::model {

std::shared_ptr<const PriceCatalogue> catalogueFromRows(const std::string& region,
                                                        const std::vector<CatalogueRow>& rows, double gp3UsdPerGbMonth,
                                                        double rdsOverLinux, const std::string& asOf,
                                                        const std::string& source) {
    auto c = std::make_shared<PriceCatalogue>();
    c->generated = asOf;
    c->source = source;
    RegionPrices r;
    r.code = region;
    r.name = region;
    const TableProvenance prov{asOf, source, false, ""};
    Ec2Table linux, windows;
    linux.os = Ec2Os::Linux;
    windows.os = Ec2Os::Windows;
    linux.provenance = windows.provenance = prov;
    for (const CatalogueRow& row : rows) {
        const int spec = static_cast<int>(c->instances.size());
        InstanceSpec s;
        s.type = row.type;
        s.family = row.type.substr(0, row.type.find('.'));
        s.vcpu = row.vcpu;
        s.memoryGib = row.memoryGib;
        s.burstBaselinePct = row.burstBaselinePct;
        c->instances.push_back(std::move(s));
        if (row.linuxUsdPerHour > 0.0) linux.rates.push_back({spec, row.linuxUsdPerHour});
        if (row.windowsUsdPerHour > 0.0) windows.rates.push_back({spec, row.windowsUsdPerHour});
    }
    for (int e = 0; e < kRdsEngineCount; ++e)
        for (RdsDeployment d : {RdsDeployment::SingleAz, RdsDeployment::MultiAz}) {
            RdsTable t;
            t.engine = static_cast<RdsEngine>(e);
            t.deployment = d;
            t.provenance = prov;
            for (const InstanceRate& l : linux.rates)
                t.rates.push_back({l.spec, l.usdPerHour * rdsOverLinux * (d == RdsDeployment::MultiAz ? 2.0 : 1.0)});
            r.rds.push_back(std::move(t));
        }
    r.ec2.push_back(std::move(linux));
    if (!windows.rates.empty()) r.ec2.push_back(std::move(windows));
    r.ebsGp3 = StorageRate{gp3UsdPerGbMonth, prov};
    r.rdsStorage = StorageRate{gp3UsdPerGbMonth, prov};
    c->available.push_back({region, region, ""});
    c->regions.push_back(std::move(r));
    sortRates(*c);
    return c;
}

std::shared_ptr<const PriceCatalogue> sampleCatalogue() {
    static const std::shared_ptr<const PriceCatalogue> kSample = catalogueFromRows(
        "us-east-1",
        {
            {"t3.large", 2, 8, 0.0832, 0.111, 0.3},
            {"t3.xlarge", 4, 16, 0.1664, 0.24, 0.4},
            {"t3.2xlarge", 8, 32, 0.3328, 0.48, 0.4},
            {"m6i.large", 2, 8, 0.096, 0.188},
            {"m6i.xlarge", 4, 16, 0.192, 0.376},
            {"m6i.2xlarge", 8, 32, 0.384, 0.752},
            {"m6i.4xlarge", 16, 64, 0.768, 1.504},
            {"m6i.8xlarge", 32, 128, 1.536, 3.008},
            {"c6i.large", 2, 4, 0.085, 0.177},
            {"c6i.xlarge", 4, 8, 0.17, 0.354},
            {"c6i.2xlarge", 8, 16, 0.34, 0.708},
            {"c6i.4xlarge", 16, 32, 0.68, 1.416},
            {"c6i.8xlarge", 32, 64, 1.36, 2.832},
            {"r6i.large", 2, 16, 0.126, 0.218},
            {"r6i.xlarge", 4, 32, 0.252, 0.436},
            {"r6i.2xlarge", 8, 64, 0.504, 0.872},
            {"r6i.4xlarge", 16, 128, 1.008, 1.744},
            {"r6i.8xlarge", 32, 256, 2.016, 3.488},
        },
        0.08, 1.78, "2026-07-20",
        "Subset of the shipped AWS price catalogue, us-east-1 (Linux 2026-07-20, Windows 2022-07-07)");
    return kSample;
}

Scenario makeSyntheticScenario(int count, std::uint64_t seed, SourceKind source) {
    SplitMix64 rng(seed);
    Scenario s;
    s.settings.name = "Synthetic estate (" + std::to_string(count) + " workloads, seed " + std::to_string(seed) + ")";
    s.source.kind = source;
    if (source != SourceKind::OnPremises) {
        s.source.provider = source == SourceKind::Paas ? "Heroku" : "Azure";
        s.source.monthlyBillUsd = 450.0 * count;
    }
    s.aws.catalogue = sampleCatalogue();
    s.program.partnerMigrationCompetency = true;
    constexpr int kWaves = 6;
    for (int i = 0; i < kWaves; ++i) s.plan.waves.push_back({"Wave " + std::to_string(i + 1), 3 + 2 * i, 2, 1});

    static constexpr const char* kOs[] = {"Microsoft Windows Server 2019 Datacenter",
                                          "Microsoft Windows Server 2016 Standard",
                                          "Microsoft Windows Server 2022 Datacenter",
                                          "Microsoft Windows Server 2012 R2 Standard",
                                          "Red Hat Enterprise Linux 8 (64-bit)",
                                          "Red Hat Enterprise Linux 9 (64-bit)",
                                          "Ubuntu Linux 22.04 LTS",
                                          "CentOS 7 (64-bit)",
                                          "SUSE Linux Enterprise 15 (64-bit)",
                                          "Amazon Linux 2"};
    static constexpr int kVcpu[] = {2, 2, 4, 4, 4, 8, 8, 16};
    static constexpr double kRamPerVcpu[] = {2.0, 4.0, 4.0, 8.0};
    static constexpr DatabaseEngine kDb[] = {DatabaseEngine::MySql, DatabaseEngine::PostgreSql,
                                             DatabaseEngine::SqlServer, DatabaseEngine::Oracle};
    const int apps = count / 8 + 1;
    s.workloads.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Workload w;
        const std::string num = std::to_string(100000 + i).substr(1);
        w.id = "w" + num;
        w.name = "srv-" + num;
        w.application = "app-" + std::to_string(rng.below(static_cast<std::uint32_t>(apps)));
        w.environment = rng.uniform() < 0.7 ? Environment::Production : Environment::NonProduction;
        w.os = kOs[rng.below(10)];
        w.vcpu = kVcpu[rng.below(8)];
        w.ramGb = w.vcpu * kRamPerVcpu[rng.below(4)];
        w.storageGb = 40.0 + 10.0 * rng.below(60); // 40..630 GB provisioned
        if (rng.uniform() < 0.9) {
            w.cpuUtilP95Pct = 0.02 + 0.88 * rng.uniform();
            w.memUtilP95Pct = 0.02 + 0.88 * rng.uniform();
        }
        const double power = rng.uniform();
        w.powerState = power < 0.04 ? PowerState::Off : (power < 0.05 ? PowerState::Suspended : PowerState::On);
        if (rng.uniform() < 0.15) {
            w.database = kDb[rng.below(4)];
            w.licence = w.database == DatabaseEngine::MySql || w.database == DatabaseEngine::PostgreSql
                            ? LicenceModel::OpenSource
                            : LicenceModel::LicenceIncluded;
        }
        if (source != SourceKind::OnPremises && rng.uniform() < 0.1)
            w.monthlyCostOverrideUsd = 100.0 + 5.0 * rng.below(200);
        w.host = "esx-" + std::to_string(i / 10);
        w.wave = 1 + static_cast<int>(rng.below(kWaves));
        const double pick = rng.uniform();
        if (pick < 0.03)
            w.disposition = Disposition::Retain;
        else if (pick < 0.06)
            w.disposition = Disposition::Refactor;
        else if (pick < 0.08)
            w.disposition = Disposition::Relocate;
        else if (pick < 0.10)
            w.disposition = Disposition::Repurchase;
        w.mapTagged = rng.uniform() < 0.92;
        if (w.mapTagged && rng.uniform() < 0.1) w.taggedFromMonth = 3 + 2 * w.wave + static_cast<int>(rng.below(6));
        if (rng.uniform() < 0.02) {
            w.fundedElsewhere = true;
            w.fundedElsewhereProgram = "Activate";
        }
        s.workloads.push_back(std::move(w));
    }
    return s;
}

} // namespace est::model
