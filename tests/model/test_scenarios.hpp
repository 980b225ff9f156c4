// tests/model/test_scenarios.hpp - small hand-checkable scenarios shared by the model tests.
#pragma once

#include "model/scenario.hpp"

#include <string>

namespace est::model::test {

/// A price table with round numbers so the arithmetic in the tests stays readable.
inline PriceTable roundPriceTable() {
    PriceTable t;
    t.region = "test-region";
    t.date = "2026-11-23";
    t.source = "hand-made for tests";
    t.instances = {
        {"a.large", "a", 2, 8.0, 0.10, 0.20},
        {"a.xlarge", "a", 4, 16.0, 0.20, 0.40},
        {"b.xlarge", "b", 4, 32.0, 0.25, 0.45},
    };
    t.storageUsdPerGbMonth = 0.10;
    t.managedDatabaseUplift = 2.0;
    return t;
}

/// The PaaS case: ~$9K a month on Heroku-like PaaS, 10 workloads landing at exactly $1,100 a month each on
/// AWS ($11,000 a month, projected ARR $132,000). Assess ends month 1, Mobilize month 3, one wave 3..6.
inline Scenario paasScenario() {
    Scenario s;
    s.settings.horizonYears = 5;
    s.source.kind = SourceKind::Paas;
    s.source.provider = "Heroku";
    s.source.monthlyBillUsd = 9000.0;
    s.aws.prices.instances = {{"p.large", "p", 2, 8.0, 1.50, 0.0}};
    s.aws.prices.storageUsdPerGbMonth = 0.10;
    s.aws.pricingModel = PricingModel::OnDemand;
    s.aws.supportPlan = SupportPlan::Basic;
    s.plan.assessWeeks = 3.0;                   // 3 x 12 / 52 = 0.69 -> month 1
    s.plan.mobilizeWeeks = 6.0;                 // 9 x 12 / 52 = 2.08 -> month 3
    s.plan.waves = {{"Wave 1", 3, 3, 1}};       // go-live month 6, one month of dual running
    s.program.partnerMigrationCompetency = true;
    for (int i = 0; i < 10; ++i) {
        Workload w;
        w.id = "dyno-" + std::to_string(i);
        w.name = w.id;
        w.os = "Heroku-22 (Ubuntu)";
        w.vcpu = 2;
        w.ramGb = 8.0;
        w.storageGb = 50.0;                     // 50 x $0.10 = $5
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
