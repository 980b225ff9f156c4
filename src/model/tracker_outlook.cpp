// model/tracker_outlook.cpp - run rate, credits at stake and the re-forecast, from the tracker's months and the plan.
#include "model/tracker_outlook.hpp"

#include <algorithm>
#include <cstdio>

namespace est::model {
namespace {

constexpr int kMonthsPerQuarter = 3;

// "YYYY-MM" as MonthIndex, kNoMonth when it is not one.
MonthIndex monthIndexOf(const std::string& label) {
    int year = 0;
    int month = 0;
    if (std::sscanf(label.c_str(), "%4d-%2d", &year, &month) != 2 || month < 1 || month > 12) return kNoMonth;
    return year * 12 + (month - 1);
}

// The calendar month of the engine's month `m` (month 0 is the first month of the scenario's start quarter).
MonthIndex calendarMonth(const Settings& settings, int m) {
    return settings.startYear * 12 + (settings.startQuarter - 1) * kMonthsPerQuarter + m;
}

} // namespace

TrackerOutlook trackerOutlook(const TrackerResult& summary, const Scenario& scenario, const Result& result,
                              bool planned) {
    TrackerOutlook out;
    out.planned = planned;
    out.creditRate =
        planned && result.funding.creditPct > 0.0 ? result.funding.creditPct : scenario.program.creditRatePct.expected;
    if (summary.totals.eligibleUsd > 0.0)
        out.taggedShare = summary.totals.taggedEligibleUsd / summary.totals.eligibleUsd;
    // The run rate: the last three months billed, scaled to a quarter when fewer were billed.
    const std::size_t months = summary.months.size();
    const std::size_t counted = std::min<std::size_t>(months, kMonthsPerQuarter);
    if (counted > 0) {
        Money tagged = 0.0;
        Money untagged = 0.0;
        for (std::size_t i = months - counted; i < months; ++i) {
            tagged += summary.months[i].taggedEligibleUsd;
            untagged += std::max(0.0, summary.months[i].eligibleUsd - summary.months[i].taggedEligibleUsd);
        }
        const double toQuarter = static_cast<double>(kMonthsPerQuarter) / static_cast<double>(counted);
        out.taggedUsdPerQuarter = tagged * toQuarter;
        out.untaggedUsdPerQuarter = untagged * toQuarter;
        const std::string& first = summary.months[months - counted].month;
        const std::string& last = summary.months.back().month;
        out.runRateBasis =
            counted == 1 ? "the one month billed (" + last + ")"
                         : "the last " + std::to_string(counted) + " months billed (" + first + " to " + last + ")";
    }
    out.creditsAtStakeUsdPerQuarter = out.creditRate * out.untaggedUsdPerQuarter;
    out.creditsAtRunRateUsdPerQuarter = out.creditRate * out.taggedUsdPerQuarter;
    if (!planned) return out;

    const Settings& settings = scenario.settings;
    const FundingProfileFigures& mechanics = result.fundingProfiles.programMechanics;
    const int periodEnd = mechanics.creditPeriodEndMonth > 0 ? mechanics.creditPeriodEndMonth : result.months;
    const MonthIndex periodEndMonth = calendarMonth(settings, periodEnd) - 1; // its last month
    out.creditPeriodEnd = monthLabel(periodEndMonth);
    const MonthIndex lastBilled = months > 0 ? monthIndexOf(summary.months.back().month) : kNoMonth;
    if (lastBilled != kNoMonth && periodEndMonth > lastBilled)
        out.quartersLeft = (periodEndMonth - lastBilled) / kMonthsPerQuarter;
    out.planCreditsUsd = result.funding.creditsUsd;
    out.reforecastCreditsUsd = out.creditRate * summary.totals.taggedEligibleUsd +
                               out.creditsAtRunRateUsdPerQuarter * static_cast<double>(out.quartersLeft);
    if (mechanics.creditCapUsd > 0.0)
        out.reforecastCreditsUsd = std::min(out.reforecastCreditsUsd, mechanics.creditCapUsd);

    // The plan's credits by the calendar quarter they are released in, for each quarter the summary shows.
    for (const TrackerQuarter& q : summary.quarters) {
        Money released = 0.0;
        for (const QuarterCredit& c : result.funding.quarters)
            if (c.releasedInHorizon && quarterLabel(calendarMonth(settings, c.releaseMonth)) == q.quarter)
                released += c.receivedUsd;
        out.forecastCreditsUsd.push_back(released);
    }
    return out;
}

} // namespace est::model
