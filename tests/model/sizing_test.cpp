// tests/model/sizing_test.cpp - the sizer over the shipped catalogue. Expected types and rates are read by
// hand from the CSV rows of the public price tables the catalogue is generated from
// (ec2_ondemand_linux.csv 2026, ec2_ondemand_linux_multiregion_2024.csv, ec2_ondemand_by_os_2022.csv), among
// the families the catalogue keeps (docs/price-catalogue.md; no Graviton, no burstable unless allowed).
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "io/price_catalogue.hpp"
#include "model/sizing.hpp"

using namespace est::model;

namespace {

// The shipped catalogue (us-east-1 inside the binary) plus eu-west-1's file, merged as the app loads a region.
const PriceCatalogue& cat() {
    static const PriceCatalogue kCatalogue = [] {
        PriceCatalogue c = *est::io::embeddedCatalogue();
        std::ifstream in(std::string(EST_PRICES_DIR) + "/eu-west-1.json", std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const est::io::CatalogueLoad eu = est::io::readPriceCatalogue(bytes);
        if (eu.catalogue) mergeRegions(c, *eu.catalogue);
        return c;
    }();
    return kCatalogue;
}

const RateTable& ec2(const char* region, Ec2Os os) {
    const RegionPrices* r = cat().region(region);
    REQUIRE(r != nullptr);
    const Ec2Table* t = r->ec2For(os);
    REQUIRE(t != nullptr);
    return *t;
}

// A need of `vcpu` / `gib`; with a measured CPU demand (vCPU after headroom) instead of like-for-like.
SizingNeed need(double vcpu, double gib, std::optional<double> cpuDemand = std::nullopt) {
    SizingNeed n;
    n.vcpu = cpuDemand.value_or(vcpu);
    n.memoryGib = gib;
    n.cpuKnown = cpuDemand.has_value();
    return n;
}

std::string typeOf(const SizingPick& p) {
    return p.spec >= 0 ? cat().instances[static_cast<std::size_t>(p.spec)].type : "-";
}

} // namespace

TEST_CASE("the cheapest type that fits, across families, from 1 vCPU / 1 GiB to 128 vCPU / 2 TiB", "[model][sizing]") {
    Sizer sizer(cat(), true);
    const RateTable& linux = ec2("us-east-1", Ec2Os::Linux);
    struct Case {
        double vcpu, gib;
        const char* type;
        double usdPerHour;
    } cases[] = {
        // us-east-1 Linux 2026: c7a.medium 0.051320 (1 vCPU, 2 GiB) undercuts m7a.medium 0.057960 (4 GiB).
        {1, 1, "c7a.medium", 0.05132},
        // c6a.large 0.076500 (2 vCPU, 4 GiB) < c5a.large 0.077000 < c7i-flex.large 0.084790.
        {2, 2, "c6a.large", 0.0765},
        // m5a.xlarge 0.172000 < m6a.xlarge 0.172800 < m7i-flex.xlarge 0.191520.
        {4, 16, "m5a.xlarge", 0.172},
        // r5a.4xlarge 0.904000 < r6a.4xlarge 0.907200 < r6i.4xlarge 1.008000.
        {16, 128, "r5a.4xlarge", 0.904},
        // 128 vCPU / 2048 GiB: x2idn.32xlarge 13.338000 < x8i.32xlarge 14.005120 < r8i.96xlarge 26.672640.
        {128, 2048, "x2idn.32xlarge", 13.338},
        // Only high-memory types hold 4,000 GiB: x2iedn.32xlarge 26.676000 (4096 GiB) < x8i.64xlarge 28.010240.
        {64, 4000, "x2iedn.32xlarge", 26.676},
    };
    for (const Case& c : cases) {
        INFO(c.vcpu << " vCPU / " << c.gib << " GiB");
        const SizingPick p = sizer.pick(linux, need(c.vcpu, c.gib), false);
        CHECK(p.fits);
        CHECK(p.count == 1);
        CHECK(typeOf(p) == c.type);
        CHECK(p.usdPerHour == Approx(c.usdPerHour));
    }
    // 4 vCPU / 16 GiB: 594 non-burstable x86 types of the 2026 table meet it (counted from the CSV rows).
    CHECK(countFits(cat(), linux, need(4, 16), false, true) == 594);
}

TEST_CASE("nothing fits: the largest type, as many as cover the need, marked", "[model][sizing]") {
    Sizer sizer(cat(), true);
    // eu-west-1 2024 Linux has no type with 100 TiB; the largest there is priced as a multiple.
    const SizingPick p = sizer.pick(ec2("eu-west-1", Ec2Os::Linux), need(8, 100000), false);
    CHECK_FALSE(p.fits);
    CHECK(p.count > 1);
    REQUIRE(p.spec >= 0);
    const InstanceSpec& s = cat().instances[static_cast<std::size_t>(p.spec)];
    CHECK(p.count == static_cast<int>(std::ceil(100000.0 / s.memoryGib)));
}

TEST_CASE("burstable types only while the known p95 CPU need stays under their baseline", "[model][sizing]") {
    Sizer sizer(cat(), true);
    const RateTable& linux = ec2("us-east-1", Ec2Os::Linux);
    // 8 GiB at 0.24 vCPU of demand (fits on 1 vCPU): t3a.large's baseline 2 x 30 % = 0.6 vCPU covers it
    // (AWS burstable baseline table); t3a.large 0.075200 < r7a.medium 0.076080 (1 vCPU, 8 GiB) < t3.large 0.083200.
    SizingPick p = sizer.pick(linux, need(2, 8, 0.24), false);
    CHECK(typeOf(p) == "t3a.large");
    CHECK(p.usdPerHour == Approx(0.0752));
    // 1.2 vCPU of demand (2 vCPU) is over t3a.large's 0.6; t3a.xlarge's 4 x 40 % = 1.6 covers it, but at
    // 0.150400 it costs more than m5a.large 0.086000.
    p = sizer.pick(linux, need(2, 8, 1.2), false);
    CHECK(typeOf(p) == "m5a.large");
    CHECK(p.usdPerHour == Approx(0.086));
    // Unknown utilisation: never burstable.
    p = sizer.pick(linux, need(2, 8), false);
    CHECK(typeOf(p) == "m5a.large");
    // Burstable switched off by the scenario: the 1 vCPU / 8 GiB need goes to r7a.medium 0.076080.
    Sizer noBurst(cat(), false);
    CHECK(typeOf(noBurst.pick(linux, need(2, 8, 0.24), false)) == "r7a.medium");
}

TEST_CASE("Graviton only when allowed", "[model][sizing]") {
    Sizer sizer(cat(), true);
    const RateTable& linux = ec2("us-east-1", Ec2Os::Linux);
    // m6g.xlarge 0.154000 (arm64) < m5a.xlarge 0.172000.
    CHECK(typeOf(sizer.pick(linux, need(4, 16), true)) == "m6g.xlarge");
    CHECK(typeOf(sizer.pick(linux, need(4, 16), false)) == "m5a.xlarge");
    PriceKey windows{false, Ec2Os::Windows};
    CHECK_FALSE(gravitonAllowedFor(windows, true));
    CHECK(gravitonAllowedFor(PriceKey{}, true));
}

TEST_CASE("Windows and SQL Server licence-included rates come from their own tables", "[model][sizing]") {
    Sizer sizer(cat(), true);
    // ec2_ondemand_by_os_2022.csv, us-east-1, 4 vCPU / 16 GiB: mswin m5a.xlarge 0.356; mswinSQL (Standard)
    // m5a.xlarge 0.836; mswinSQLEnterprise m5a.xlarge 1.856; rhel m6a.xlarge 0.233 (m5a.xlarge rhel is 0.267).
    CHECK(sizer.pick(ec2("us-east-1", Ec2Os::Windows), need(4, 16), false).usdPerHour == Approx(0.356));
    CHECK(sizer.pick(ec2("us-east-1", Ec2Os::WindowsSqlStandard), need(4, 16), false).usdPerHour == Approx(0.836));
    CHECK(sizer.pick(ec2("us-east-1", Ec2Os::WindowsSqlEnterprise), need(4, 16), false).usdPerHour == Approx(1.856));
    const SizingPick rhel = sizer.pick(ec2("us-east-1", Ec2Os::Rhel), need(4, 16), false);
    CHECK(typeOf(rhel) == "m6a.xlarge");
    CHECK(rhel.usdPerHour == Approx(0.233));

    Workload w;
    w.os = "Microsoft Windows Server 2019 Datacenter";
    CHECK(ec2OsFor(w) == Ec2Os::Windows);
    w.database = DatabaseEngine::SqlServer;
    CHECK(ec2OsFor(w) == Ec2Os::WindowsSqlStandard); // Standard is the default edition
    w.databaseEdition = DatabaseEdition::Enterprise;
    CHECK(ec2OsFor(w) == Ec2Os::WindowsSqlEnterprise);
    w.databaseEdition = DatabaseEdition::Express;
    CHECK(ec2OsFor(w) == Ec2Os::Windows); // Express is free
    w.databaseEdition = DatabaseEdition::Web;
    w.licence = LicenceModel::BringYourOwn;
    CHECK(ec2OsFor(w) == Ec2Os::Windows); // the SQL Server licence comes with the customer
    w.os = "Red Hat Enterprise Linux 8 (64-bit)";
    w.database = DatabaseEngine::None;
    w.licence = LicenceModel::LicenceIncluded;
    CHECK(ec2OsFor(w) == Ec2Os::Rhel);
    w.os = "SUSE Linux Enterprise 15 (64-bit)";
    CHECK(ec2OsFor(w) == Ec2Os::Suse);
    w.os = "Ubuntu Linux 22.04 LTS";
    CHECK(ec2OsFor(w) == Ec2Os::Linux);
}

TEST_CASE("RDS engines by edition and licence, Multi-AZ twice Single-AZ", "[model][sizing]") {
    Sizer sizer(cat(), true);
    const RegionPrices* us = cat().region("us-east-1");
    REQUIRE(us != nullptr);
    auto rds = [&](RdsEngine e, RdsDeployment d) -> const RateTable& {
        const RdsTable* t = us->rdsFor(e, d);
        REQUIRE(t != nullptr);
        return *t;
    };
    // rds_ondemand_2021.csv us-east-1, 2 vCPU / 8 GiB: MySQL (code 2) db.m5.large 0.171; PostgreSQL (14)
    // db.m5.large 0.178; Multi-AZ = 2 x: 0.342. (db.t3.large 0.136 is burstable, so not for unknown CPU.)
    CHECK(typeOf(sizer.pick(rds(RdsEngine::MySql, RdsDeployment::SingleAz), need(2, 8), false)) == "m5.large");
    CHECK(sizer.pick(rds(RdsEngine::MySql, RdsDeployment::SingleAz), need(2, 8), false).usdPerHour == Approx(0.171));
    CHECK(sizer.pick(rds(RdsEngine::MySql, RdsDeployment::MultiAz), need(2, 8), false).usdPerHour == Approx(0.342));
    CHECK(sizer.pick(rds(RdsEngine::PostgreSql, RdsDeployment::SingleAz), need(2, 8), false).usdPerHour ==
          Approx(0.178));
    // SQL Server Standard (12) db.m5.xlarge 1.224 and Enterprise (15) 2.336 at 4 vCPU / 16 GiB (infracost 2026
    // golden rows agree).
    CHECK(sizer.pick(rds(RdsEngine::SqlServerStandard, RdsDeployment::SingleAz), need(4, 16), false).usdPerHour ==
          Approx(1.224));
    CHECK(sizer.pick(rds(RdsEngine::SqlServerEnterprise, RdsDeployment::SingleAz), need(4, 16), false).usdPerHour ==
          Approx(2.336));
    CHECK(sizer.pick(rds(RdsEngine::SqlServerEnterprise, RdsDeployment::MultiAz), need(4, 16), false).usdPerHour ==
          Approx(4.672));

    Workload w;
    RdsEngine e{};
    CHECK_FALSE(rdsEngineFor(w, e));
    w.database = DatabaseEngine::Oracle;
    REQUIRE(rdsEngineFor(w, e));
    CHECK(e == RdsEngine::OracleSe2LicenceIncluded);
    w.databaseEdition = DatabaseEdition::Enterprise;
    REQUIRE(rdsEngineFor(w, e));
    CHECK(e == RdsEngine::OracleByol); // RDS offers Oracle Enterprise only as bring-your-own-licence
    w.database = DatabaseEngine::SqlServer;
    w.databaseEdition = DatabaseEdition::Web;
    REQUIRE(rdsEngineFor(w, e));
    CHECK(e == RdsEngine::SqlServerWeb);
}

TEST_CASE("a second region prices from its own, older, table", "[model][sizing]") {
    Sizer sizer(cat(), true);
    const RateTable& linux = ec2("eu-west-1", Ec2Os::Linux);
    CHECK(linux.provenance.asOf == "2024-04-04");
    CHECK(linux.provenance.olderTable); // the 2026 table covers us-east-1 and GovCloud only
    // ec2_ondemand_linux_multiregion_2024.csv eu-west-1: m5a.xlarge 0.192 < m6a.xlarge 0.1926.
    const SizingPick p = sizer.pick(linux, need(4, 16), false);
    CHECK(typeOf(p) == "m5a.xlarge");
    CHECK(p.usdPerHour == Approx(0.192));
    // Windows eu-west-1 (2022): m5a.xlarge 0.376.
    CHECK(sizer.pick(ec2("eu-west-1", Ec2Os::Windows), need(4, 16), false).usdPerHour == Approx(0.376));
}

TEST_CASE("needs: measured with headroom, like-for-like, or the MPA fallback peaks", "[model][sizing]") {
    Workload w;
    w.vcpu = 8;
    w.ramGb = 32;
    // Unknown utilisation: like-for-like, 8 vCPU / 32 GiB.
    SizingNeed n = sizingNeed(w, 0.2, false);
    CHECK(n.vcpu == 8);
    CHECK(n.memoryGib == 32);
    CHECK(n.cpuBasis == SizingNeed::Basis::LikeForLike);
    CHECK_FALSE(n.cpuKnown);
    // MPA fallback: 8 x 24 % x 1.2 = 2.304 -> 3 vCPU; 32 x 59 % x 1.2 = 22.656 -> 23 GiB.
    n = sizingNeed(w, 0.2, true);
    CHECK(n.vcpu == Approx(2.304));
    CHECK(n.memoryGib == Approx(22.656));
    CHECK(wholeVcpu(n.vcpu) == 3);
    CHECK(wholeGib(n.memoryGib) == 23);
    CHECK(n.cpuBasis == SizingNeed::Basis::MpaFallback);
    CHECK_FALSE(n.cpuKnown); // a fallback is not a measurement: no burstable
    // ... which us-east-1 Linux fits with r5a.xlarge 0.226 (4 vCPU, 32 GiB) < r6a.xlarge 0.2268.
    Sizer sizer(cat(), true);
    CHECK(typeOf(sizer.pick(ec2("us-east-1", Ec2Os::Linux), n, false)) == "r5a.xlarge");
    // Measured: 8 x 50 % x 1.2 = 4.8 vCPU; 32 x 25 % x 1.2 = 9.6 GiB.
    w.cpuUtilP95Pct = 0.5;
    w.memUtilP95Pct = 0.25;
    n = sizingNeed(w, 0.2, true);
    CHECK(n.vcpu == Approx(4.8));
    CHECK(n.memoryGib == Approx(9.6));
    CHECK(n.cpuKnown);
}

TEST_CASE("the sizer kept between estimates belongs to one catalogue", "[model][sizing]") {
    auto first = std::make_shared<const PriceCatalogue>(cat());
    Sizer& kept = sizerFor(first, true);
    CHECK(&sizerFor(first, true) == &kept);  // the same catalogue: the same memo
    CHECK(&sizerFor(first, false) != &kept); // burstable switched off: another sizer
    const RateTable* linux = first->region("us-east-1")->ec2For(Ec2Os::Linux);
    // 2 vCPU / 8 GiB, unknown utilisation: m5a.large at 0.086 (the burstable test above).
    CHECK(typeOf(kept.pick(*linux, need(2, 8), false)) == "m5a.large");

    // A refreshed catalogue where m5a.large is dearer than m5.large (0.096): its own sizer, its own answer.
    PriceCatalogue changed = cat();
    for (RegionPrices& region : changed.regions)
        for (Ec2Table& table : region.ec2)
            for (InstanceRate& r : table.rates)
                if (changed.instances[static_cast<std::size_t>(r.spec)].type == "m5a.large") r.usdPerHour = 0.5;
    sortRates(changed);
    auto second = std::make_shared<const PriceCatalogue>(std::move(changed));
    const SizingPick p =
        sizerFor(second, true).pick(*second->region("us-east-1")->ec2For(Ec2Os::Linux), need(2, 8), false);
    CHECK(typeOf(p) != "m5a.large");
    CHECK(p.usdPerHour < 0.5);
    // Back to the first catalogue: its own prices again.
    CHECK(typeOf(sizerFor(first, true).pick(*linux, need(2, 8), false)) == "m5a.large");
}
