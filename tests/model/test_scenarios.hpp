// tests/model/test_scenarios.hpp - small hand-checkable scenarios shared by the model tests.
#pragma once

#include "model/scenario.hpp"
#include "model/synthetic_estate.hpp"

#include <string>

namespace est::model::test {

/// A one-region catalogue ("test-region") with round numbers so the arithmetic in the tests stays readable:
/// Linux / Windows rates below, gp3 and RDS storage $0.10 per GB-month, every RDS engine at 2 x the Linux
/// rate Single-AZ (4 x Multi-AZ).
inline std::shared_ptr<const PriceCatalogue> roundCatalogue() {
    return catalogueFromRows(
        "test-region",
        {{"a.large", 2, 8.0, 0.10, 0.20}, {"a.xlarge", 4, 16.0, 0.20, 0.40}, {"b.xlarge", 4, 32.0, 0.25, 0.45}}, 0.10,
        2.0, "2026-11-23", "hand-made for tests");
}

/// Pins the figures the arithmetic tests were written with, so each keeps testing its own rule: no AWS management
/// lines, today's management at $1,440 a server-year with no backup line, and one-time labour per workload only
/// (Rehost $5,500, Repurchase $10,000, Replatform $16,500, Refactor $52,500). The current defaults of these
/// lines are tested in economics_test.cpp.
inline void pinFormerLabourAndManagement(Scenario& s) {
    s.aws.backupUsdPerGbMonth = 0.0;
    s.aws.monitoringUsdPerServerMonth = 0.0;
    s.aws.securityUsdPerServerMonth = 0.0;
    s.source.onPrem.managementUsdPerServerYear = 1440.0;
    s.source.onPrem.backupUsdPerGbMonth = 0.0;
    const double perWorkload[] = {500.0, 0.0, 5500.0, 200.0, 10000.0, 16500.0, 52500.0};
    for (std::size_t d = 0; d < s.rules.size() && d < 7; ++d) {
        s.rules[d].oneTimeUsdPerWorkload = perWorkload[d];
        s.rules[d].oneTimeUsdPerApplication = 0.0;
    }
}

/// A server of `vcpu` / `ramGb` / `storageGb` to Rehost, named by its id.
inline Workload server(std::string id, std::string os, int vcpu, double ramGb, double storageGb) {
    Workload w;
    w.id = id;
    w.name = std::move(id);
    w.os = std::move(os);
    w.vcpu = vcpu;
    w.ramGb = ramGb;
    w.storageGb = storageGb;
    w.disposition = Disposition::Rehost;
    return w;
}

/// The PaaS case: ~$9K a month on Heroku-like PaaS, 10 workloads landing at exactly $1,100 a month each on
/// AWS ($11,000 a month, projected ARR $132,000). Assess ends month 1, Mobilize month 3, one wave 3..6.
inline Scenario paasScenario() {
    Scenario s;
    s.settings.horizonYears = 5;
    s.source.kind = SourceKind::Paas;
    s.source.provider = "Heroku";
    s.source.monthlyBillUsd = 9000.0;
    s.aws.region = "test-region";
    s.aws.catalogue =
        catalogueFromRows("test-region", {{"p.large", 2, 8.0, 1.50, 0.0}}, 0.10, 2.0, "2026-11-23", "tests");
    s.aws.pricingModel = PricingModel::OnDemand;
    s.aws.supportPlan = SupportPlan::Basic;
    s.plan.assessWeeks = 3.0;             // 3 x 12 / 52 = 0.69 -> month 1
    s.plan.mobilizeWeeks = 6.0;           // 9 x 12 / 52 = 2.08 -> month 3
    s.plan.waves = {{"Wave 1", 3, 3, 1}}; // go-live month 6, one month of dual running
    s.program.partnerMigrationCompetency = true;
    pinFormerLabourAndManagement(s);
    // The operations team of the moved stack: 0.075 of a $120K engineer = $750 a month, $75 for each of the 10
    // dynos (the figure these tests were written with).
    s.source.paasOperationsFte = 0.075;
    for (int i = 0; i < 10; ++i) {
        Workload w;
        w.id = "dyno-" + std::to_string(i);
        w.name = w.id;
        w.os = "Heroku-22 (Ubuntu)";
        w.vcpu = 2;
        w.ramGb = 8.0;
        w.storageGb = 50.0; // 50 x $0.10 = $5
        w.wave = 1;
        w.disposition = Disposition::Rehost;
        s.workloads.push_back(w);
    }
    return s;
}

/// The PaaS case with the published rules of thumb as the headline funding profile (the tests of that ladder).
inline Scenario rulesPaasScenario() {
    Scenario s = paasScenario();
    s.program.headlineProfile = FundingProfile::PublishedRules;
    return s;
}

} // namespace est::model::test
