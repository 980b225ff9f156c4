// tests/model/today_cost_test.cpp - host shares, storage as acquisition, licences today and after, Repurchase,
// PaaS operations labour and the sanity band, each against a hand computation.
#include "model/engine.hpp"
#include "model/licences.hpp"
#include "model/today_cost.hpp"
#include "test_scenarios.hpp"

#include <catch2/catch.hpp>

using namespace est::model;
using Catch::Detail::Approx;

namespace {

// test::roundCatalogue() plus a hand-made Windows + SQL Server Enterprise table: b.xlarge $1.95/h (its Windows
// rate $0.45 + $0.375 per vCPU-hour x 4 vCPU of licence, the shape of AWS's m6i.xlarge rates).
std::shared_ptr<const PriceCatalogue> licenceCatalogue() {
    auto c = std::make_shared<PriceCatalogue>(*test::roundCatalogue());
    Ec2Table sql;
    sql.os = Ec2Os::WindowsSqlEnterprise;
    sql.provenance = c->regions[0].ec2[0].provenance;
    sql.rates.push_back({c->findInstance("b.xlarge"), 1.95});
    c->regions[0].ec2.push_back(std::move(sql));
    sortRates(*c);
    return c;
}

// Default drivers (32 cores x 2 threads x 2 vCPU per thread = 128 vCPU, 512 GB), one wave, on-demand prices;
// RDS Single-AZ at list price (no reserved-instance discount) so the RDS arithmetic stays readable.
Scenario onPremScenario(std::vector<Workload> workloads) {
    Scenario s;
    test::pinFormerLabourAndManagement(s);
    s.settings.horizonYears = 3;
    s.aws.region = "test-region";
    s.aws.catalogue = licenceCatalogue();
    s.aws.rdsReservedPct = 0.0;
    s.aws.rdsMultiAzForProduction = false;
    s.aws.headroomPct = 0.25;
    s.aws.pricingModel = PricingModel::OnDemand;
    s.aws.supportPlan = SupportPlan::Basic;
    s.rules[static_cast<int>(Disposition::Replatform)].runRateFactor = 1.0;
    s.plan.waves = {{"Wave 1", 3, 3, 0}};
    s.workloads = std::move(workloads);
    return s;
}

Workload vm(std::string id, std::string os, int vcpu, double ramGb, double storageGb) {
    return test::server(std::move(id), std::move(os), vcpu, ramGb, storageGb);
}

bool hasWarning(const Result& r, const std::string& path) {
    for (const ResultWarning& e : r.warnings)
        if (e.path == path) return true;
    return false;
}

} // namespace

TEST_CASE("a large VM carries many times a small VM's share of its host", "[model][today]") {
    Scenario s =
        onPremScenario({vm("small", "Ubuntu 22.04", 1, 1.0, 0.0), vm("large", "Ubuntu 22.04", 64, 512.0, 0.0)});
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Host vCPU capacity 32 x 2 x 2 = 128; small: max(1 / 128, 1 / 512) = 1/128; large: max(64 / 128, 512 / 512) = 1.
    CHECK(r.workloads[0].hostShare == Approx(1.0 / 128.0));
    CHECK(r.workloads[1].hostShare == Approx(1.0));
    // Per host a month: hardware 12000 / 48 = 250; maintenance 12000 x 15 % / 12 = 150; power 0.5 kW x 1.8 x 730 h x
    // $0.12 = 78.84; space 100; hypervisor 350 x 32 cores / 12 = 933.33. Network 10 % x (hardware + maintenance).
    // Per VM: labour 120000 / 80 / 12 = 125, management 1440 / 12 = 120.
    // large: 250 + 150 + 78.84 + 100 + 933.33 + 40 + 125 + 120 = 1797.17
    // small: (250 + 150 + 78.84 + 100 + 933.33 + 40) / 128 + 245 = 1552.17 / 128 + 245 = 257.13
    CHECK(r.workloads[1].todayMonthlyUsd == Approx(1797.1733).epsilon(1e-6));
    CHECK(r.workloads[0].todayMonthlyUsd == Approx(1552.1733 / 128.0 + 245.0).epsilon(1e-6));
    // A powered-off VM holds no host share but keeps its storage.
    s.workloads[1].powerState = PowerState::Off;
    s.workloads[1].storageGb = 1000.0;
    const Result off = estimate(s);
    CHECK(off.workloads[1].hostShare == 0.0);
    // storage 1000 GB x 0.0599101 = 59.91; network 10 % x 59.91 = 5.99; labour 125 + management 120
    CHECK(off.workloads[1].todayMonthlyUsd == Approx(59.9101 * 1.1 + 245.0).epsilon(1e-5));
}

TEST_CASE("storage is an acquisition cost amortised over its refresh cycle, with maintenance and power",
          "[model][today]") {
    OnPremDrivers d;
    const HostRates h = hostRates(d);
    // $2.00 / (4 years x 12) = 0.0416667; 10 % x $2.00 / 12 = 0.0166667; power 0.01 kW / 1000 GB x 1.8 x 730 h x
    // $0.12 = 0.0015768. Per GB-month 0.0599101: 1 TB costs $59.91 a month, not $2,000.
    CHECK(h.storagePerGb == Approx(0.0599101).epsilon(1e-5));
    const TodayParts t = onPremParts(d, h, 0.0, 1000.0);
    CHECK(t.storage == Approx(59.9101).epsilon(1e-5));
    // Used storage where the inventory has it and the user chooses it.
    Workload w = vm("w", "Ubuntu", 2, 8.0, 1000.0);
    w.usedStorageGb = 400.0;
    CHECK(pricedStorageGb(StorageBasis::Provisioned, w) == 1000.0);
    CHECK(pricedStorageGb(StorageBasis::Used, w) == 400.0);
    w.usedStorageGb.reset();
    CHECK(pricedStorageGb(StorageBasis::Used, w) == 1000.0);
}

TEST_CASE("a SQL Server Enterprise VM keeps its licences when rehosted and replatformed", "[model][licences]") {
    Workload db = vm("sql", "Microsoft Windows Server 2019", 8, 64.0, 100.0);
    db.database = DatabaseEngine::SqlServer;
    db.databaseEdition = DatabaseEdition::Enterprise;
    db.cpuUtilP95Pct =
        0.4; // needs 8 x 0.4 x 1.25 = 4 vCPU and 64 x 0.4 x 1.25 = 32 GB -> b.xlarge (the only 32 GB type)
    db.memUtilP95Pct = 0.4;
    Scenario s = onPremScenario({db});
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Today: share max(8 / 128, 64 / 512) = 0.125.
    //   Windows Datacenter: 32 host cores x 0.125 = 4 core licences x $6,155 / 16 x (1/5 + 25 %) / 12 = 57.70
    //   SQL Server Enterprise: max(8, 4) = 8 core licences x $15,123 / 2 x 0.0375 = 2,268.45
    //   hypervisor: 933.33 x 0.125 = 116.67
    CHECK(r.workloads[0].todayLicenceMonthlyUsd == Approx(57.703125 + 2268.45 + 116.666667).epsilon(1e-6));
    // Rehost on b.xlarge, licence included: the catalogue's Windows + SQL Server Enterprise rate $1.95/h x 730 =
    // 1,423.50, nothing added on top; storage 100 GB x $0.10 = 10. The licence-included part is that rate minus
    // b.xlarge's Linux rate: (1.95 - 0.25) x 730 = 1,241. Nothing kept outside AWS.
    CHECK(r.workloads[0].awsMonthlyUsd == Approx(1423.5 + 10.0));
    CHECK(r.workloads[0].licenceIncludedMonthlyUsd == Approx(1241.0));
    CHECK(r.workloads[0].licencesKeptMonthlyUsd == 0.0);
    const auto lines = licenceLines(s.source.onPrem, db, r.workloads[0].hostShare, LicenceTarget::Ec2, 4.0,
                                    r.workloads[0].hostShare * hostRates(s.source.onPrem).hypervisor,
                                    r.workloads[0].licenceIncludedMonthlyUsd);
    bool sqlToday = false, sqlAfter = false;
    for (const LicenceLine& l : lines) {
        if (l.side == "today" && l.text.find("SQL Server Enterprise") == 0) sqlToday = l.monthlyUsd == Approx(2268.45);
        if (l.side == "after" &&
            l.text.find("Windows Server and SQL Server Enterprise: licence included in the EC2 rate") == 0)
            sqlAfter = l.monthlyUsd == Approx(1241.0);
    }
    CHECK(sqlToday);
    CHECK(sqlAfter);

    // Replatform to RDS for SQL Server Enterprise (licence included in the engine rate): the round catalogue's
    // RDS rate 2 x Linux = $0.50/h x 730 = 365, no per-vCPU adder; storage 10.
    s.workloads[0].disposition = Disposition::Replatform;
    const Result rds = estimate(s);
    CHECK(rds.workloads[0].awsMonthlyUsd == Approx(365.0 + 10.0));
    CHECK(rds.workloads[0].licenceIncludedMonthlyUsd == 0.0); // "included in the RDS rate"
    CHECK(rds.workloads[0].licencesKeptMonthlyUsd == 0.0);
    // Bring your own on RDS for SQL Server is not offered: priced licence included, with a warning.
    s.workloads[0].licence = LicenceModel::BringYourOwn;
    const Result byol = estimate(s);
    CHECK(byol.workloads[0].awsMonthlyUsd == Approx(365.0 + 10.0));
    CHECK(hasWarning(byol, "workloads[0].licence"));
}

TEST_CASE("an Oracle Enterprise BYOL VM keeps paying its processor licences on EC2 and RDS", "[model][licences]") {
    Workload ora = vm("ora", "Oracle Linux 8", 8, 64.0, 100.0);
    ora.database = DatabaseEngine::Oracle;
    ora.databaseEdition = DatabaseEdition::Enterprise;
    ora.licence = LicenceModel::BringYourOwn;
    ora.cpuUtilP95Pct = 0.4;
    ora.memUtilP95Pct = 0.4;
    Scenario s = onPremScenario({ora});
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Today: 8 vCPU / 2 threads = 4 cores x 0.5 core factor = 2 processor licences x $47,500 x (1/5 + 22 %) / 12
    //   = 3,325 a month; hypervisor 116.67.
    CHECK(r.workloads[0].todayLicenceMonthlyUsd == Approx(3325.0 + 116.666667).epsilon(1e-6));
    // Rehost on b.xlarge (4 vCPU = 2 processors in AWS): max(2, 2) = 2 licences keep costing 3,325 a month.
    //   EC2 Linux $0.25 x 730 = 182.50 + storage 10; operations labour 125 x (1 - 40 %) = 75.
    CHECK(r.workloads[0].awsMonthlyUsd == Approx(192.5));
    CHECK(r.workloads[0].licencesKeptMonthlyUsd == Approx(3325.0));
    CHECK(r.workloads[0].targetMonthlyUsd == Approx(192.5 + 3325.0 + 75.0));
    CHECK(licenceCondition(ora, OsFamily::Linux, LicenceTarget::Ec2).find("2 vCPU = 1 processor") != std::string::npos);
    CHECK_FALSE(hasWarning(r, "workloads[0].licence"));
    // Replatform to RDS for Oracle EE (bring your own only): the BYOL engine rate 2 x $0.25 = $0.50 x 730 = 365
    // + storage 10 on AWS, the licences still 3,325.
    s.workloads[0].disposition = Disposition::Replatform;
    const Result rds = estimate(s);
    CHECK(rds.workloads[0].awsMonthlyUsd == Approx(375.0));
    CHECK(rds.workloads[0].licencesKeptMonthlyUsd == Approx(3325.0));
    // Relocate keeps every licence, the hypervisor's included.
    s.workloads[0].disposition = Disposition::Relocate;
    const Result relocated = estimate(s);
    CHECK(relocated.workloads[0].licencesKeptMonthlyUsd == Approx(3325.0 + 116.666667).epsilon(1e-6));
}

TEST_CASE("Repurchase prices a subscription per user or as a factor of today's licences, never of today's whole cost",
          "[model][licences]") {
    Workload app = vm("crm", "Microsoft Windows Server 2022", 4, 16.0, 500.0);
    app.disposition = Disposition::Repurchase;
    app.users = 50;
    Scenario s = onPremScenario({app});
    s.rules[static_cast<int>(Disposition::Repurchase)].subscriptionUsdPerUserMonth = 20.0;
    s.rules[static_cast<int>(Disposition::Repurchase)].runRateFactor = 2.0;
    const Result perUser = estimate(s);
    REQUIRE(perUser.ok());
    // 50 users x $20 = 1,000 a month; the subscription includes operations: no admin labour after.
    CHECK(perUser.workloads[0].targetMonthlyUsd == Approx(1000.0));
    // Without a per-user price: factor 2 x today's licences. Share max(4 / 128, 16 / 512) = 1/32:
    //   Windows 32 x 1/32 = 1 core licence x 384.6875 x 0.0375 = 14.43; hypervisor 933.33 / 32 = 29.17
    //   subscription = 2 x (14.43 + 29.17) = 87.18 (today's whole cost, storage and labour included, is far more).
    s.rules[static_cast<int>(Disposition::Repurchase)].subscriptionUsdPerUserMonth = 0.0;
    const Result byFactor = estimate(s);
    CHECK(byFactor.workloads[0].targetMonthlyUsd == Approx(2.0 * (14.42578125 + 29.1666667)).epsilon(1e-6));
    CHECK(byFactor.workloads[0].todayMonthlyUsd > 250.0);
}

TEST_CASE("a Heroku estate moved to EC2 picks up the operations labour the platform included", "[model][today]") {
    const Scenario s = test::paasScenario();
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Each dyno: $1,100 a month on AWS plus its share of the operations team: 0.075 engineers x 120,000 / 12 / 10
    // dynos = 75.
    CHECK(r.workloads[0].awsMonthlyUsd == Approx(1100.0));
    CHECK(r.workloads[0].targetMonthlyUsd == Approx(1175.0));
    CHECK(r.tco.targetMonthlyUsd == Approx(11750.0));
    // Projected ARR counts AWS usage only: 12 x 11,000.
    CHECK(r.projectedArrUsd == Approx(132000.0));
}

TEST_CASE("run-rate savings above the sourced range are flagged with the category that drives them", "[model][today]") {
    // One VM with 10 TB priced at an acquisition price typed as $48 per GB (a monthly figure mistaken for a price):
    // storage = 10,000 x (48 / 48 + 48 x 10 % / 12 + 0.0015768) = 14,015.77 a month, AWS gp3 10,000 x $0.10 = 1,000.
    Scenario s = onPremScenario({vm("files", "Ubuntu 22.04", 2, 8.0, 10000.0)});
    s.source.onPrem.storageUsdPerGb = 48.0;
    const Result r = estimate(s);
    REQUIRE(r.ok());
    REQUIRE_FALSE(r.tco.todayShares.empty());
    CHECK(r.tco.todayShares.front().category == "storage");
    CHECK(r.tco.todayShares.front().share > 0.8);
    CHECK(r.tco.runRateSavingsPct > 0.47);
    CHECK(r.tco.sanity.outside);
    CHECK(r.tco.sanity.warning.find("storage is") != std::string::npos);
    // The default acquisition price keeps this estate inside the band's upper edge or names the driver.
    s.source.onPrem.storageUsdPerGb = 2.0;
    const Result sane = estimate(s);
    CHECK(sane.tco.todayShares.front().share < 0.9);
}

TEST_CASE("hosts that cannot exist are refused, naming the field, a licence model that does not fit is a warning",
          "[model][today][validate]") {
    Scenario s = onPremScenario({vm("big", "Ubuntu", 8, 768.0, 10.0)});
    auto hasError = [](const std::vector<ValidationError>& errors, const std::string& path) {
        for (const ValidationError& e : errors)
            if (e.path == path) return true;
        return false;
    };
    // 512 GB host, 768 GB VM: not an error, the VM gets hosts of its own (prices_test.cpp).
    CHECK_FALSE(hasError(validate(s), "source.onPrem.hostRamGb"));
    s.source.onPrem.hostRamGb = 1024.0;
    s.source.onPrem.coresPerHost = 0.0;
    s.source.onPrem.vcpuOversubscription = 0.5;
    const auto errors = validate(s);
    CHECK(hasError(errors, "source.onPrem.coresPerHost"));
    CHECK(hasError(errors, "source.onPrem.vcpuOversubscription"));

    Scenario byol = onPremScenario({vm("pg", "Ubuntu 22.04", 2, 8.0, 10.0)});
    byol.workloads[0].database = DatabaseEngine::PostgreSql;
    byol.workloads[0].licence = LicenceModel::BringYourOwn;
    const Result r = estimate(byol);
    REQUIRE(r.ok());
    CHECK(hasWarning(r, "workloads[0].licence"));
}
