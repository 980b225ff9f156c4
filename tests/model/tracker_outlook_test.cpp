// tests/model/tracker_outlook_test.cpp - the credit tracker's outlook: the run rate of the last months billed, the
// credits at stake on untagged spend, and the credits re-forecast to the end of the plan's credit period.
#include "model/tracker_outlook.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace est::model;

namespace {

// A summary of January to April 2026: tagged 10, 20, 30, 40 of eligible 15, 25, 35, 45.
TrackerResult januaryToApril() {
    TrackerResult summary;
    for (int m = 1; m <= 4; ++m) {
        TrackerMonth month;
        month.month = "2026-0" + std::to_string(m);
        month.taggedEligibleUsd = 10.0 * m;
        month.eligibleUsd = 10.0 * m + 5.0;
        summary.months.push_back(month);
    }
    return summary;
}

} // namespace

TEST_CASE("the run rate is the last three months billed, and what is at stake is the credit rate of the untagged",
          "[model][tracker]") {
    TrackerResult summary = januaryToApril();
    summary.totals.eligibleUsd = 120.0;       // 15 + 25 + 35 + 45
    summary.totals.taggedEligibleUsd = 100.0; // 10 + 20 + 30 + 40
    Scenario scenario;
    scenario.program.creditRatePct.expected = 0.25;
    const TrackerOutlook o = trackerOutlook(summary, scenario, Result{}, false);
    CHECK(o.creditRate == 0.25);
    CHECK(o.taggedShare == Approx(100.0 / 120.0));
    CHECK(o.taggedUsdPerQuarter == Approx(90.0));           // 20 + 30 + 40
    CHECK(o.untaggedUsdPerQuarter == Approx(15.0));         // 5 + 5 + 5
    CHECK(o.creditsAtStakeUsdPerQuarter == Approx(3.75));   // 0.25 x 15
    CHECK(o.creditsAtRunRateUsdPerQuarter == Approx(22.5)); // 0.25 x 90
    CHECK(o.runRateBasis == "the last 3 months billed (2026-02 to 2026-04)");
    CHECK_FALSE(o.planned);

    summary.months.resize(1); // one month billed: scaled to a quarter
    const TrackerOutlook one = trackerOutlook(summary, scenario, Result{}, false);
    CHECK(one.taggedUsdPerQuarter == Approx(30.0)); // 10 x 3
    CHECK(one.runRateBasis == "the one month billed (2026-01)");
}

TEST_CASE("with a plan the credits are re-forecast to the end of the credit period, at most the cap",
          "[model][tracker]") {
    TrackerResult summary = januaryToApril();
    summary.totals.taggedEligibleUsd = 100.0;
    summary.quarters = {TrackerQuarter{"2026-Q1"}, TrackerQuarter{"2026-Q2"}};
    Scenario scenario;
    scenario.settings.startYear = 2026;
    scenario.settings.startQuarter = 1; // month 0 is January 2026
    Result result;
    result.funding.creditPct = 0.2;
    result.funding.creditsUsd = 1000.0;
    result.fundingProfiles.programMechanics.creditPeriodEndMonth = 12; // the period ends with December 2026
    QuarterCredit released;
    released.releaseMonth = 3; // April 2026: 2026-Q2
    released.receivedUsd = 30.0;
    result.funding.quarters = {released};

    TrackerOutlook o = trackerOutlook(summary, scenario, result, true);
    CHECK(o.creditRate == 0.2);
    CHECK(o.creditPeriodEnd == "2026-12");
    CHECK(o.quartersLeft == 2); // May to December: 8 months, 2 whole quarters
    CHECK(o.planCreditsUsd == 1000.0);
    CHECK(o.reforecastCreditsUsd == Approx(56.0)); // 0.2 x 100 billed + 0.2 x 90 a quarter x 2
    REQUIRE(o.forecastCreditsUsd.size() == 2);
    CHECK(o.forecastCreditsUsd[0].value_or(-1.0) == 0.0);
    CHECK(o.forecastCreditsUsd[1].value_or(-1.0) == 30.0);

    result.fundingProfiles.programMechanics.creditCapUsd = 50.0;
    o = trackerOutlook(summary, scenario, result, true);
    CHECK(o.reforecastCreditsUsd == 50.0);
}
