// tests/model/prices_test.cpp - licence rates where a region has no licence table, database choices, and the
// sizing edge cases of issue 22 (a petabyte on one VM, a 0 % reading, a VM larger than a host), each against a
// hand computation from the shipped price files (assets/prices/*.json) or a hand-made catalogue.
#include "io/price_catalogue.hpp"
#include "model/aws_pricing.hpp"
#include "model/engine.hpp"
#include "model/today_cost.hpp"
#include "test_scenarios.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

using namespace est::model;
using Catch::Detail::Approx;

namespace {

// The shipped catalogue (us-east-1 inside the binary) plus the region files the tests price in, merged as the
// app loads a region.
std::shared_ptr<const PriceCatalogue> shippedWith(std::initializer_list<const char*> regions) {
    PriceCatalogue c = *est::io::embeddedCatalogue();
    for (const char* region : regions) {
        std::ifstream in(std::string(EST_PRICES_DIR) + "/" + region + ".json", std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const est::io::CatalogueLoad load = est::io::readPriceCatalogue(bytes);
        REQUIRE(load.catalogue);
        mergeRegions(c, *load.catalogue);
    }
    return std::make_shared<const PriceCatalogue>(std::move(c));
}

const std::shared_ptr<const PriceCatalogue>& europe() {
    static const std::shared_ptr<const PriceCatalogue> kCatalogue = shippedWith({"eu-west-1", "eu-south-2"});
    return kCatalogue;
}

using test::server;

// On premises with the default drivers, one wave, on-demand prices, Basic support: AWS figures are list x 730 h.
Scenario onPrem(std::string region, std::vector<Workload> workloads) {
    Scenario s;
    test::pinFormerLabourAndManagement(s); // the management lines have their own tests (economics_test.cpp)
    s.aws.region = std::move(region);
    s.aws.catalogue = europe();
    s.aws.pricingModel = PricingModel::OnDemand;
    s.aws.supportPlan = SupportPlan::Basic;
    s.plan.waves = {{"Wave 1", 3, 3, 1}};
    s.workloads = std::move(workloads);
    return s;
}

int countWarnings(const Result& r, const std::string& id) {
    int n = 0;
    for (const ResultWarning& w : r.warnings) n += w.id == id;
    return n;
}

} // namespace

TEST_CASE("a region without a Windows table prices Windows at its Linux rate plus AWS's fee per vCPU-hour",
          "[model][prices][licences]") {
    // eu-south-2 (Europe (Spain)) has only a Linux table (2024-04-04). 4 vCPU / 16 GiB like-for-like: the cheapest
    // fitting Linux types there are m7i-flex.xlarge 0.21346 and m5.xlarge 0.214 (4 vCPU each); + 0.046 x 4 vCPU
    // = 0.39746 and 0.398: m7i-flex.xlarge stays the cheapest Windows fit.
    Scenario s = onPrem("eu-south-2", {server("win-1", "Microsoft Windows Server 2019 Standard", 4, 16.0, 0.0)});
    const Result r = estimate(s);
    REQUIRE(r.ok());
    const WorkloadResult& w = r.workloads[0];
    CHECK(instanceTypeName(s, w) == "m7i-flex.xlarge");
    CHECK(w.licenceRateDerived);
    CHECK(w.sizingWarning == SizingWarning::None);
    CHECK(w.instanceUsdPerHour == Approx(0.21346 + 0.046 * 4)); // 0.39746
    // On demand: 0.39746 x 730 h = 290.1458 a month (before: the Linux rate alone, 0.21346 x 730 = 155.83).
    CHECK(w.awsMonthlyUsd == Approx(290.1458));
    // The licence part: 0.046 x 4 x 730 = 134.32.
    CHECK(w.licenceIncludedMonthlyUsd == Approx(134.32));
    const std::string trace = sizingTrace(s, w, 0);
    CHECK(trace.find("derived") != std::string::npos);
    CHECK(trace.find("0.046 per vCPU-hour") != std::string::npos);
    const ResultWarning* warning = r.warning("licence_rate_derived");
    REQUIRE(warning != nullptr);
    CHECK(warning->text.find("eu-south-2") != std::string::npos);
    CHECK(warning->text.find("1 workload is") != std::string::npos);

    // The 1-year Savings Plan (28 %) discounts the Linux part only:
    // 0.21346 x 0.72 x 730 + 0.184 x 730 = 112.194576 + 134.32 = 246.514576.
    s.aws.pricingModel = PricingModel::SavingsPlan1Year;
    const Result sp = estimate(s);
    CHECK(sp.workloads[0].awsMonthlyUsd == Approx(246.514576));

    // A region with its own Windows table derives nothing and warns about nothing.
    s.aws.region = "eu-west-1";
    const Result west = estimate(s);
    CHECK_FALSE(west.workloads[0].licenceRateDerived);
    CHECK(west.warning("licence_rate_derived") == nullptr);
}

TEST_CASE("SQL Server licence included where the region has no table: the edition's fee, one warning for the region",
          "[model][prices][licences]") {
    // 4 vCPU / 16 GiB Windows + SQL Server Standard and Enterprise in eu-south-2: m7i-flex.xlarge 0.21346 + fee x 4.
    Workload standard = server("sql-std", "Windows Server 2022", 4, 16.0, 0.0);
    standard.database = DatabaseEngine::SqlServer;
    Workload enterprise = standard;
    enterprise.id = enterprise.name = "sql-ee";
    enterprise.databaseEdition = DatabaseEdition::Enterprise;
    Scenario s = onPrem("eu-south-2", {standard, enterprise});
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.workloads[0].instanceUsdPerHour == Approx(0.21346 + 0.166 * 4)); // 0.87746
    CHECK(r.workloads[1].instanceUsdPerHour == Approx(0.21346 + 0.421 * 4)); // 1.89746
    CHECK(r.workloads[0].awsMonthlyUsd == Approx(0.87746 * 730.0));          // 640.5458
    CHECK(countWarnings(r, "licence_rate_derived") == 1);
    CHECK(r.warning("licence_rate_derived")->text.find("2 workloads are") != std::string::npos);
    // The tables in use name the derived ones, with how they were derived.
    bool derivedListed = false;
    for (const PriceTableUse& t : priceTablesInUse(s, r))
        if (t.name == "EC2 Windows + SQL Server Enterprise") derivedListed = !t.provenance.derivation.empty();
    CHECK(derivedListed);
}

TEST_CASE("a Windows estate costs about the same in a region with and without a licence table, the NPV keeps its sign",
          "[model][prices][licences]") {
    // Ten Windows VMs of 4 vCPU / 16 GiB, a quarter of them with SQL Server Standard. eu-west-1 has 2022 Windows
    // tables; eu-south-2 derives them. Before the derivation eu-south-2 priced them at the Linux rate (-50 % and
    // more), which turned the same estate's NPV from one sign to the other.
    std::vector<Workload> estate;
    for (int i = 0; i < 10; ++i) {
        Workload w = server("win-" + std::to_string(i), "Microsoft Windows Server 2016", 4, 16.0, 200.0);
        if (i % 4 == 0) w.database = DatabaseEngine::SqlServer;
        estate.push_back(w);
    }
    const Result west = estimate(onPrem("eu-west-1", estate));
    const Result spain = estimate(onPrem("eu-south-2", estate));
    REQUIRE(west.ok());
    REQUIRE(spain.ok());
    const double ratio = spain.tco.steadyAwsUsageMonthlyUsd / west.tco.steadyAwsUsageMonthlyUsd;
    INFO("eu-west-1 " << west.tco.steadyAwsUsageMonthlyUsd << ", eu-south-2 " << spain.tco.steadyAwsUsageMonthlyUsd);
    CHECK(ratio > 0.85);
    CHECK(ratio < 1.2);
    CHECK((west.tco.npvUsd < 0.0) == (spain.tco.npvUsd < 0.0));
}

TEST_CASE("RHEL and SUSE without a table keep the labelled Linux fallback, a 2022 RHEL rate says it predates 2024",
          "[model][prices][licences]") {
    // AWS publishes no per-vCPU fee for RHEL or SUSE: eu-south-2 keeps the Linux rate with the NoOsPrice warning.
    Scenario s = onPrem("eu-south-2", {server("rhel-1", "Red Hat Enterprise Linux 8 (64-bit)", 2, 8.0, 0.0)});
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.workloads[0].sizingWarning == SizingWarning::NoOsPrice);
    CHECK_FALSE(r.workloads[0].licenceRateDerived);
    // eu-west-1 has the 2022 RHEL table: the trace says its rates predate Red Hat's 2024 per-vCPU pricing.
    s.aws.region = "eu-west-1";
    const Result west = estimate(s);
    CHECK(west.workloads[0].priceKey.os == Ec2Os::Rhel);
    CHECK(sizingTrace(s, west.workloads[0], 0).find("before Red Hat's 2024 per-vCPU pricing") != std::string::npos);
}

TEST_CASE("Oracle Standard Edition 2 is kept within 8 vCPU where a type that small holds it, else flagged",
          "[model][prices][licences]") {
    // Oracle's cloud policy licenses SE2 only on instances of up to 8 Amazon vCPUs. 16 vCPU / 64 GiB like-for-like
    // on EC2 (Rehost, bring your own) in eu-west-1: the cheapest fit would be m5a.4xlarge (16 vCPU, 0.768); within
    // 8 vCPU and 64 GiB the cheapest is r6a.2xlarge 0.5076 (then r5a.2xlarge 0.508).
    Workload big = server("ora-16", "Oracle Linux 8", 16, 64.0, 0.0);
    big.database = DatabaseEngine::Oracle;
    big.licence = LicenceModel::BringYourOwn;
    Workload huge = big;
    huge.id = huge.name = "ora-600";
    huge.ramGb = 600.0; // no type of at most 8 vCPU holds 600 GiB (the largest: 256 GiB)
    Scenario s = onPrem("eu-west-1", {big, huge});
    const Result r = estimate(s);
    REQUIRE(r.ok());
    const WorkloadResult& kept = r.workloads[0];
    CHECK(instanceTypeName(s, kept) == "r6a.2xlarge");
    CHECK(kept.keptWithinLicenceVcpu);
    CHECK(kept.awsMonthlyUsd == Approx(0.5076 * 730.0)); // 370.548, no storage
    // SE2 brought along: max(1 socket today, 8 vCPU / 4 = 2 sockets) = 2 x 17,500 x (1/5 + 22 %) / 12 = 1,225.
    CHECK(kept.licencesKeptMonthlyUsd == Approx(1225.0));
    const std::string trace = sizingTrace(s, kept, 0);
    INFO(trace);
    CHECK(trace.find("with at least 8 vCPU and 64 GiB") != std::string::npos);
    CHECK(trace.find("kept within 8 vCPU") != std::string::npos);
    const ResultWarning* within = r.warning("oracle_se2_within_8_vcpu");
    REQUIRE(within != nullptr);
    CHECK(within->path == "workloads[0].databaseEdition");
    // 600 GiB: no 8-vCPU type holds it, so it keeps the cheapest fit and is flagged.
    CHECK_FALSE(r.workloads[1].keptWithinLicenceVcpu);
    CHECK(countWarnings(r, "oracle_se2_over_8_vcpu") == 1);
    CHECK(r.warning("oracle_se2_over_8_vcpu")->path == "workloads[1].databaseEdition");
    // Enterprise Edition has no such limit: the cheapest fit, m5a.4xlarge.
    s.workloads[0].databaseEdition = DatabaseEdition::Enterprise;
    CHECK(instanceTypeName(s, estimate(s).workloads[0]) == "m5a.4xlarge");
}

TEST_CASE("a petabyte on one small VM is priced as gp3 volumes of at most 16 TiB", "[model][prices][sizing]") {
    // 1,000,000 GB / 16,384 GiB per volume = 61.04 -> 62 volumes; the price per GB is the same, so the storage
    // figure is 1,000,000 x 0.08 (us-east-1 gp3) = 80,000 a month, and the trace says how many volumes.
    Scenario s = onPrem("us-east-1", {server("archive", "Ubuntu 22.04", 1, 2.0, 1000000.0)});
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(gp3VolumesFor(1000000.0) == 62.0);
    CHECK(gp3VolumesFor(16384.0) == 1.0);
    CHECK(gp3VolumesFor(16385.0) == 2.0);
    const std::string trace = sizingTrace(s, r.workloads[0], 0);
    INFO(trace);
    CHECK(trace.find("needs 62 gp3 volumes of at most 16 TiB") != std::string::npos);
    CHECK(r.tco.migrationByCategory.awsStorageUsd > 0.0);
    // A 100 GB VM needs one volume and the trace says nothing about volumes.
    s.workloads[0].storageGb = 100.0;
    CHECK(sizingTrace(s, estimate(s).workloads[0], 0).find("gp3 volumes") == std::string::npos);
}

TEST_CASE("a measured 0 % is read as not measured: like-for-like, never a need of 0", "[model][prices][sizing]") {
    // 4 vCPU / 16 GiB with p95 CPU and memory of 0: sized like-for-like (4 vCPU, 16 GiB), not t3a.micro for 0 / 0.
    Workload w = server("quiet", "Ubuntu 22.04", 4, 16.0, 0.0);
    w.cpuUtilP95Pct = 0.0;
    w.memUtilP95Pct = 0.0;
    const SizingNeed need = sizingNeed(w, 0.2, false);
    CHECK(need.vcpu == 4.0);
    CHECK(need.memoryGib == 16.0);
    CHECK(need.cpuZeroReading);
    CHECK_FALSE(need.cpuKnown); // no burstable type on a missing reading
    Scenario s = onPrem("us-east-1", {w});
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.workloads[0].neededVcpu == 4.0);
    const std::string trace = sizingTrace(s, r.workloads[0], 0);
    INFO(trace);
    CHECK(trace.find("Need 4 vCPU") != std::string::npos);
    CHECK(trace.find("read as not measured") != std::string::npos);
    CHECK(trace.find("Need 0 ") == std::string::npos);
    // A reading of 0.1 % is measured: 4 x 0.001 x 1.2 = 0.0048 vCPU, shown as "under 0.01", never 0.
    s.workloads[0].cpuUtilP95Pct = 0.001;
    const std::string tiny = sizingTrace(s, estimate(s).workloads[0], 0);
    INFO(tiny);
    CHECK(tiny.find("Need under 0.01 vCPU") != std::string::npos);
}

TEST_CASE("a VM larger than a host gets hosts of its own, with a warning, instead of refusing the scenario",
          "[model][prices][today]") {
    // Default hosts: 32 cores x 2 threads x 2 = 128 vCPU, 512 GB. A 768 GB VM needs 768 / 512 = 1.5 -> 2 hosts.
    Scenario s = onPrem("us-east-1",
                        {server("big", "Ubuntu 22.04", 8, 768.0, 10.0), server("small", "Ubuntu 22.04", 2, 8.0, 10.0)});
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.workloads[0].hostShare == 2.0);
    CHECK(r.workloads[1].hostShare == Approx(8.0 / 512.0));
    const ResultWarning* w = r.warning("vm_larger_than_host");
    REQUIRE(w != nullptr);
    CHECK(w->path == "workloads[0].ramGb");
    CHECK(w->text.find("2 hosts of its own") != std::string::npos);
    CHECK(countWarnings(r, "vm_larger_than_host") == 1);
    // Its hardware is two hosts' worth: 12,000 / (4 x 12) = 250 a host-month, x 2 = 500.
    const HostRates h = hostRates(s.source.onPrem);
    CHECK(h.hardware * r.workloads[0].hostShare == Approx(500.0));
    // By vCPU too: 200 vCPU on 128-vCPU hosts = 1.56 -> 2 hosts.
    CHECK(hostShare(h, 200, 8.0) == 2.0);
    CHECK(hostShare(h, 128, 8.0) == 1.0);
}

namespace {

// A production SQL Server Standard database on Windows, 2 vCPU / 8 GiB, 100 GB, replatformed to RDS in the
// hand-made test region (test::roundCatalogue: a.large Linux 0.10, Windows 0.20, every RDS engine 2 x Linux
// Single-AZ = 0.20 and 4 x Multi-AZ = 0.40; gp3 and RDS storage 0.10 per GB-month). On-demand, no run-rate factor.
Scenario databaseScenario() {
    Scenario s;
    test::pinFormerLabourAndManagement(s); // the management lines have their own tests (economics_test.cpp)
    s.aws.region = "test-region";
    s.aws.catalogue = test::roundCatalogue();
    s.aws.pricingModel = PricingModel::OnDemand;
    s.aws.supportPlan = SupportPlan::Basic;
    s.rules[static_cast<int>(Disposition::Replatform)].runRateFactor = 1.0;
    s.plan.waves = {{"Wave 1", 3, 3, 1}};
    Workload w = server("sql-1", "Windows Server 2019", 2, 8.0, 100.0);
    w.database = DatabaseEngine::SqlServer;
    w.disposition = Disposition::Replatform;
    s.workloads = {w};
    return s;
}

} // namespace

TEST_CASE("RDS Multi-AZ follows what today runs: a standby today, or the workload's own choice",
          "[model][prices][database]") {
    Scenario s = databaseScenario();
    // No standby today: Single-AZ even for production (aws.rdsMultiAzForProduction is on by default).
    // 0.20 x 730 = 146 + 100 GB x 0.10 = 10 -> 156 a month.
    Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.workloads[0].priceKey.rds);
    CHECK(r.workloads[0].priceKey.deployment == RdsDeployment::SingleAz);
    CHECK(r.workloads[0].awsMonthlyUsd == Approx(156.0));
    // Default hosts: 128 vCPU, 512 GB; 2 / 128 = 8 / 512 = 0.015625 of a host.
    CHECK(r.workloads[0].hostShare == Approx(0.015625));
    const double todaySingle = r.workloads[0].todayMonthlyUsd;

    // A standby today: Multi-AZ on RDS (0.40 x 730 = 292 + 2 x 10 = 312) and today counts the standby's host
    // share (2 x 0.015625 = 0.03125) and its storage copy.
    s.workloads[0].standbyToday = true;
    r = estimate(s);
    CHECK(r.workloads[0].priceKey.deployment == RdsDeployment::MultiAz);
    CHECK(r.workloads[0].awsMonthlyUsd == Approx(312.0));
    CHECK(r.workloads[0].hostShare == Approx(0.03125));
    CHECK(r.workloads[0].todayMonthlyUsd > todaySingle);

    // The setting off: Single-AZ again; the workload's own choice wins over both.
    s.aws.rdsMultiAzForProduction = false;
    CHECK(estimate(s).workloads[0].priceKey.deployment == RdsDeployment::SingleAz);
    s.workloads[0].multiAz = true;
    s.workloads[0].standbyToday = false;
    CHECK(estimate(s).workloads[0].priceKey.deployment == RdsDeployment::MultiAz);
    s.workloads[0].multiAz = false;
    s.workloads[0].standbyToday = true;
    s.aws.rdsMultiAzForProduction = true;
    CHECK(estimate(s).workloads[0].priceKey.deployment == RdsDeployment::SingleAz);
}

TEST_CASE("the RDS reservation term follows the plan: 1-year with the 1-year plan, 3-year with the 3-year plan",
          "[model][prices][database]") {
    Scenario s = databaseScenario();
    s.aws.rdsReservedPct = 0.30;
    s.aws.rdsReserved3YearPct = 0.60;
    // Instance 0.20 x 730 = 146 a month before the reservation; storage 10 is not reserved.
    CHECK(estimate(s).workloads[0].awsMonthlyUsd == Approx(146.0 + 10.0)); // on-demand: no reservation
    s.aws.pricingModel = PricingModel::SavingsPlan1Year;
    CHECK(estimate(s).workloads[0].awsMonthlyUsd == Approx(146.0 * 0.70 + 10.0)); // 112.2
    s.aws.pricingModel = PricingModel::SavingsPlan3Year;
    CHECK(estimate(s).workloads[0].awsMonthlyUsd == Approx(146.0 * 0.40 + 10.0)); // 68.4
}

TEST_CASE("SQL Server on RDS is priced beside EC2 with the customer's own licences, the default stays RDS",
          "[model][prices][database]") {
    Scenario s = databaseScenario();
    const Result r = estimate(s);
    REQUIRE(r.ok());
    const WorkloadResult& w = r.workloads[0];
    CHECK(w.priceKey.rds); // the choice itself does not change
    REQUIRE(w.ec2ByolAlternativeMonthlyUsd.has_value());
    // EC2: Windows a.large 0.20 x 730 = 146 + gp3 100 GB x 0.10 = 10, plus SQL Server Standard brought along:
    // max(4 core licences today, 2 vCPU, 4) = 4 cores x 3,945 / 2 per core x (1 / 5 years + 25 % Software
    // Assurance) / 12 = 4 x 73.96875 = 295.875 -> 451.875 a month. RDS (licence included): 156.
    CHECK(*w.ec2ByolAlternativeMonthlyUsd == Approx(451.875));
    CHECK(w.awsMonthlyUsd + w.licencesKeptMonthlyUsd == Approx(156.0));
    const DatabaseAlternatives& alt = r.databaseAlternatives;
    CHECK(alt.workloads == 1);
    CHECK(alt.rdsMonthlyUsd == Approx(156.0));
    CHECK(alt.ec2ByolMonthlyUsd == Approx(451.875));
    CHECK(alt.savingMonthlyUsd == Approx(156.0 - 451.875)); // here EC2 with own licences costs more

    // Multi-AZ: the EC2 alternative runs a standby too (instances and storage x 2), SQL Server licensed once
    // (a passive failover copy needs no licence with Software Assurance): 2 x 156 + 295.875 = 607.875.
    s.workloads[0].multiAz = true;
    CHECK(*estimate(s).workloads[0].ec2ByolAlternativeMonthlyUsd == Approx(607.875));

    // A MySQL database has no alternative to price (no licence to bring).
    s.workloads[0].database = DatabaseEngine::MySql;
    s.workloads[0].os = "Ubuntu 22.04";
    const Result mysql = estimate(s);
    CHECK_FALSE(mysql.workloads[0].ec2ByolAlternativeMonthlyUsd.has_value());
    CHECK(mysql.databaseAlternatives.workloads == 0);
}

TEST_CASE("the tables in use list each EC2 table once, databases that fell back from RDS included", "[model][prices]") {
    // eu-south-2 has no RDS tables: a replatformed MySQL database lands on EC2 Linux beside a rehosted Linux VM.
    Workload db = server("mysql-1", "Ubuntu 22.04", 2, 8.0, 50.0);
    db.database = DatabaseEngine::MySql;
    db.disposition = Disposition::Replatform;
    Scenario s = onPrem("eu-south-2", {server("web-1", "Ubuntu 22.04", 2, 8.0, 50.0), db});
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.workloads[1].sizingWarning == SizingWarning::NoRdsPrice);
    int linuxTables = 0, linuxWorkloads = 0;
    for (const PriceTableUse& t : priceTablesInUse(s, r))
        if (t.name == "EC2 Linux") {
            ++linuxTables;
            linuxWorkloads += t.workloads;
        }
    CHECK(linuxTables == 1);
    CHECK(linuxWorkloads == 2);
}

TEST_CASE("a standby today stays a standby on EC2: two instances and two copies of the storage",
          "[model][prices][database]") {
    // The SQL Server database rehosted to EC2 (Windows + SQL Server Standard is not in the test region's tables, so
    // it is derived: a.large Linux 0.10 + 0.166 x 2 vCPU = 0.432). One copy: 0.432 x 730 = 315.36 + 100 GB x 0.10 =
    // 10 -> 325.36; with a standby today, twice: 650.72.
    Scenario s = databaseScenario();
    s.workloads[0].disposition = Disposition::Rehost;
    const Result one = estimate(s);
    REQUIRE(one.ok());
    CHECK(one.workloads[0].instanceUsdPerHour == Approx(0.432));
    CHECK(one.workloads[0].awsMonthlyUsd == Approx(325.36));
    s.workloads[0].standbyToday = true;
    const Result two = estimate(s);
    CHECK(two.workloads[0].awsMonthlyUsd == Approx(650.72));
    CHECK(sizingTrace(s, two.workloads[0], 0).find("Two copies, as today") != std::string::npos);
}
