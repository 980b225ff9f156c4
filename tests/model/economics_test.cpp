// tests/model/economics_test.cpp - the business case's inputs as a CFO reads them: migration labour per server
// plus effort per application, the same management lines on both sides, catalogue rates with named discounts
// only, an old OS flagged (not forced to Replatform), NPV at the effective monthly rate. Hand-computed values.
#include "model/aws_discount.hpp"
#include "model/engine.hpp"
#include "test_scenarios.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace est::model;
using Catch::Detail::Approx;

namespace {

// On premises, round catalogue (a.large 2 vCPU / 8 GiB Linux $0.10/h), on-demand, no support plan, one wave.
Scenario labourScenario() {
    Scenario s;
    s.settings.horizonYears = 3;
    s.aws.region = "test-region";
    s.aws.catalogue = test::roundCatalogue();
    s.aws.pricingModel = PricingModel::OnDemand;
    s.aws.supportPlan = SupportPlan::Basic;
    s.aws.headroomPct = 0.0;
    s.plan.waves = {{"Wave 1", 3, 3, 0}};
    return s;
}

Workload server(std::string id, std::string application, Disposition d) {
    Workload w;
    w.id = id;
    w.name = std::move(id);
    w.application = std::move(application);
    w.os = "Ubuntu 22.04";
    w.vcpu = 2;
    w.ramGb = 8.0;
    w.storageGb = 100.0;
    w.cpuUtilP95Pct = 0.5;
    w.memUtilP95Pct = 0.5;
    w.disposition = d;
    return w;
}

} // namespace

TEST_CASE("migration labour: a per-server rate plus the application's effort, shared by its workloads",
          "[model][economics]") {
    Scenario s = labourScenario();
    s.workloads = {server("crm-1", "CRM", Disposition::Rehost),    server("crm-2", "CRM", Disposition::Rehost),
                   server("crm-3", "CRM", Disposition::Rehost),    server("lone", "", Disposition::Rehost),
                   server("db-1", "ERP", Disposition::Replatform), server("db-2", "ERP", Disposition::Replatform)};
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Rehost defaults: $200 per server + $3,000 per application. CRM's three share the $3,000: 200 + 1,000 = 1,200.
    CHECK(r.workloads[0].oneTimeUsd == Approx(1200.0));
    CHECK(r.workloads[2].oneTimeUsd == Approx(1200.0));
    // A workload with no application is an application of its own: 200 + 3,000.
    CHECK(r.workloads[3].oneTimeUsd == Approx(3200.0));
    // Replatform: $16,500 per application, nothing per server; ERP's two share it: 8,250 each.
    CHECK(r.workloads[4].oneTimeUsd == Approx(8250.0));
    // The plan's one-time total: 3 x 1,200 + 3,200 + 16,500 = 23,300 (never 6 x the per-application figure).
    CHECK(r.tco.oneTimeUsd == Approx(23300.0));

    // The partner's rate card replaces the defaults; a professional-services discount applies to both parts.
    s.rules[static_cast<std::size_t>(Disposition::Rehost)].oneTimeUsdPerWorkload = 500.0;
    s.program.professionalServicesDiscountPct = 0.2;
    const Result card = estimate(s);
    REQUIRE(card.ok());
    // (500 + 3,000 / 3) x 0.8 = 1,200.
    CHECK(card.workloads[0].oneTimeUsd == Approx(1200.0));
}

TEST_CASE("an OS past end of support moves as it is, flagged, not forced to Replatform", "[model][economics]") {
    Scenario s = labourScenario();
    Workload old = server("old", "Legacy", Disposition::Rehost);
    old.disposition.reset();
    old.os = "Microsoft Windows Server 2008 R2 (64-bit)";
    s.workloads = {old, server("new", "Legacy", Disposition::Rehost)};
    const Result r = estimate(s);
    REQUIRE(r.ok());
    CHECK(r.workloads[0].recommended == Disposition::Rehost);
    CHECK(r.workloads[0].reason == RecommendationReason::UnsupportedOs);
    CHECK(recommendationText(s, r.workloads[0], 0).find("past end of support") != std::string::npos);
    const ResultWarning* w = r.warning("os_past_end_of_support");
    REQUIRE(w != nullptr);
    CHECK(w->text.rfind("1 workload runs", 0) == 0);
}

TEST_CASE("management tooling is a run cost on both sides", "[model][economics]") {
    Scenario s = labourScenario();
    Workload prod = server("prod", "App", Disposition::Rehost);
    Workload test = server("test", "App", Disposition::Rehost);
    test.environment = Environment::NonProduction;
    Workload db = server("db", "App", Disposition::Replatform);
    db.database = DatabaseEngine::PostgreSql;
    db.licence = LicenceModel::OpenSource;
    db.environment = Environment::NonProduction;
    s.workloads = {prod, test, db};
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // AWS, production: 100 GB x $0.05 backup + $3.50 CloudWatch + $1.258 Inspector = 9.758 a month.
    CHECK(r.workloads[0].awsManagementMonthlyUsd == Approx(9.758));
    // Non-production is not backed up (today neither): 3.50 + 1.258 = 4.758.
    CHECK(r.workloads[1].awsManagementMonthlyUsd == Approx(4.758));
    // On Amazon RDS backups, patching and basic monitoring are in the price: no line.
    CHECK(r.workloads[2].awsManagementMonthlyUsd == 0.0);
    // The line is AWS spend: a.large $0.10 x 730 h = 73 + 100 GB gp3 x $0.10 = 10 + 9.758.
    CHECK(r.workloads[0].awsMonthlyUsd == Approx(73.0 + 10.0 + 9.758));
    // Today, over 36 months: $435 a server-year of tooling for 3 servers + 100 GB x $0.022 backup for production.
    CHECK(r.tco.statusQuoByCategory.managementUsd == Approx(36.0 * (435.0 / 12.0 * 3.0 + 100.0 * 0.022)));
    // The horizon's AWS management: each workload live from month 6 (wave 3 + 3) to 36: 30 months.
    CHECK(r.tco.migrationByCategory.awsManagementUsd == Approx(30.0 * (9.758 + 4.758)));
}

TEST_CASE("catalogue rates carry named discounts only, a rule of thumb only where no catalogue price exists",
          "[model][economics]") {
    Scenario s = labourScenario();
    s.workloads = {server("rehost", "A", Disposition::Rehost), server("replatform", "B", Disposition::Replatform),
                   server("refactor", "C", Disposition::Refactor)};
    s.rules[static_cast<std::size_t>(Disposition::Replatform)].runRateFactor = 0.5; // ignored: a catalogue price exists
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Rehost and Replatform (no database: EC2) land on the same a.large: 73 + 10 + 9.758 management.
    CHECK(r.workloads[1].awsMonthlyUsd == Approx(r.workloads[0].awsMonthlyUsd));
    CHECK(ruleOfThumbFactor(s, r.workloads[1]) == 1.0);
    // Refactor: 0.60 x (73 + 10) + 9.758 (the management line is priced, not estimated).
    CHECK(r.workloads[2].awsMonthlyUsd == Approx(0.60 * 83.0 + 9.758));
    CHECK(ruleOfThumbFactor(s, r.workloads[2]) == Approx(0.60));

    s.aws.pricingModel = PricingModel::SavingsPlan1Year;
    s.aws.enterpriseDiscountPct = 0.10;
    const Result sp = estimate(s);
    REQUIRE(sp.ok());
    const AwsDiscount d = awsDiscountOf(s, sp.workloads[0]);
    // 1 - (1 - 0.28) x (1 - 0.10) = 0.352.
    CHECK(d.pct == Approx(0.352));
    CHECK(d.name == "Compute Savings Plan, 1 year + enterprise discount");
}

TEST_CASE("NPV discounts at the monthly rate that compounds to the effective annual rate", "[model][economics]") {
    Scenario s = labourScenario();
    s.settings.discountRatePct = 0.12;
    s.workloads = {server("a", "A", Disposition::Rehost), server("b", "B", Disposition::Retire)};
    const Result r = estimate(s);
    REQUIRE(r.ok());
    double effective = 0.0, nominal = 0.0;
    for (std::size_t m = 0; m < r.monthly.size(); ++m) {
        effective += r.monthly[m].netCashFlowUsd / std::pow(1.12, (static_cast<double>(m) + 1.0) / 12.0);
        nominal += r.monthly[m].netCashFlowUsd / std::pow(1.01, static_cast<double>(m) + 1.0);
    }
    CHECK(r.tco.npvUsd == Approx(effective));
    CHECK(std::fabs(r.tco.npvUsd - nominal) > 1.0); // the nominal 12 % / 12 reading would differ
}

TEST_CASE("a horizon read as another says so in the result", "[model][economics]") {
    Scenario s = labourScenario();
    s.workloads = {server("a", "A", Disposition::Rehost)};
    CHECK(estimate(s).warning("horizon_adjusted") == nullptr);
    s.settings.horizonYears = 5;
    s.settings.horizonRequestedYears = 7;
    const Result r = estimate(s);
    REQUIRE(r.warning("horizon_adjusted") != nullptr);
    CHECK(r.warning("horizon_adjusted")->text.find("7-year") != std::string::npos);
}

TEST_CASE("a stack moved off a PaaS carries the engineers who now run it, shared by its workloads",
          "[model][economics]") {
    Scenario s = test::paasScenario();
    s.source.paasOperationsFte = 0.5;
    s.workloads[9].disposition = Disposition::Retire; // 9 dynos move, one is retired
    const Result r = estimate(s);
    REQUIRE(r.ok());
    // Half an engineer at $120,000 a year = $5,000 a month for the 9 moving dynos: 555.56 each.
    const Money each = 0.5 * 120000.0 / 12.0 / 9.0;
    CHECK(r.workloads[0].targetMonthlyUsd - r.workloads[0].awsMonthlyUsd == Approx(each));
    CHECK(r.workloads[9].targetMonthlyUsd == 0.0);
    // The team does not grow with the number of dynos: the whole stack costs $5,000 a month of labour.
    Money labour = 0.0;
    for (const WorkloadResult& w : r.workloads) labour += w.targetMonthlyUsd - w.awsMonthlyUsd;
    CHECK(labour == Approx(5000.0));
}
