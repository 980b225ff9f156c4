// app/derived.cpp - running sums and counts over a Result, so views never do arithmetic.
#include "app/derived.hpp"

namespace est::app {

void derive(const model::Result& r, Derived& out) {
    out = Derived{};
    double today = 0.0, migration = 0.0;
    out.cumulativeTodayUsd.reserve(r.monthly.size());
    out.cumulativeMigrationUsd.reserve(r.monthly.size());
    for (const model::PeriodFigures& m : r.monthly) {
        today += m.statusQuoUsd;
        // The migration path pays what is left of today, AWS, subscriptions, labour and one-time work, less funding.
        migration += m.migrationCostUsd() - m.fundingTotalUsd;
        out.cumulativeTodayUsd.push_back(today);
        out.cumulativeMigrationUsd.push_back(migration);
    }
    for (const model::PeriodFigures& y : r.yearly) {
        out.yearlyTodayUsd.push_back(y.statusQuoUsd);
        out.yearlyLegacyUsd.push_back(y.legacyUsd);
        out.yearlyAwsUsd.push_back(y.awsUsd);
        out.yearlyOtherRunUsd.push_back(y.subscriptionUsd + y.opsLabourUsd + y.licencesKeptUsd);
        out.yearlyOneTimeUsd.push_back(y.oneTimeUsd);
        out.yearlyFundingInflowUsd.push_back(-y.fundingTotalUsd);
        out.yearlyMigrationUsd.push_back(y.migrationCostUsd() - y.fundingTotalUsd);
    }
    double funding = 0.0;
    for (const model::PeriodFigures& q : r.quarterly) {
        funding += q.fundingTotalUsd;
        out.cumulativeFundingUsd.push_back(funding);
    }
    for (const model::WorkloadResult& w : r.workloads) {
        ++out.dispositionCounts[static_cast<int>(w.effective)];
        ++out.recommendedCounts[static_cast<int>(w.recommended)];
        if (w.effective != w.recommended) ++out.differsFromRecommendation;
    }
}

} // namespace est::app
