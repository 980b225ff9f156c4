// model/funding_program.hpp - MAP funding as AWS's 2024 partner templates describe it ("program mechanics").
//
// Assess and Mobilize are partner cash: Assess a tiered amount paid at Assess sign-off, at most the share of the
// assessment fee; Mobilize min(share x projected ARR live in the horizon (counted up to a ceiling), the cash cap,
// the Mobilize services cost), paid in tranches when cumulative tagged eligible spend reaches each trigger (MAP
// Lite and borderline: one payment at Mobilize completion). Migrate & Modernize credits go to the customer's AWS
// bill: rate x tagged eligible spend per calendar quarter inside the credit period (agreement start + months),
// issued the month after the quarter, up to the credit cap. Sources: map-program rows 1-6, 15, 22 via
// assets/defaults.json. A payment counts only when its milestone happens inside the horizon.
#pragma once

#include "model/result.hpp"

#include <string>
#include <utility>
#include <vector>

namespace est::model {

/// Funding booked in one month of the horizon.
struct FundingPayment {
    int month = 0;
    Money assessUsd = 0.0;
    Money mobilizeUsd = 0.0;
    Money creditsUsd = 0.0;
};

/// The program-mechanics profile: its ladder (same shape as the rules ladder, so either can be the headline),
/// its summary, the payments to book and the traces that explain each figure.
struct ProgramMechanics {
    FundingLadder ladder;
    FundingProfileFigures figures;
    std::vector<FundingPayment> payments; ///< inside the horizon only, by month
    Trace assess, mobilize, credits, totalFunding, leftOnTable;
    std::vector<Trace> creditQuarters;     ///< per ladder.quarters element
    std::vector<Trace> leftOnTableReasons; ///< kLeftOnTableReasonCount, in LeftOnTableReason order
};

/// The profile's monthly eligible spend by what happens to it (delta arrays, months + 1 each) and the sums its
/// figures need, gathered one workload at a time while the engine costs them (no pass of its own over the estate).
class ProgramSpend {
public:
    enum Series { kTaggedAll, kTaggedIn, kUntagged, kLate, kClosed, kElsewhere, kSeriesCount };
    /// Empties the sums for a horizon of `months`; the timeline's Assess end must be known (the default agreement
    /// start).
    void start(const Scenario& s, const Timeline& tl, int months);
    /// One workload whose MAP exclusion, AWS spend and go-live month are final; in scenario order.
    void add(const Workload& w, const WorkloadResult& wr);

    ProgramSpend() = default;
    ProgramSpend(const ProgramSpend&) = delete; // m_series points into m_deltas
    ProgramSpend& operator=(const ProgramSpend&) = delete;

    const double* series(int k) const { return m_series[k]; }
    const std::vector<Money>& closedByWave() const { return m_closedByWave; }
    Money sizedMonthly() const { return m_sizedMonthly; } ///< eligible spend a month (x the eligible share)
    Money liveMonthly() const { return m_liveMonthly; }   ///< of which live inside the horizon

private:
    int m_months = 0, m_start = 0, m_periodEnd = 0;
    double m_share = 1.0;
    std::vector<double> m_deltas;
    double* m_series[kSeriesCount] = {};
    std::vector<Money> m_closedByWave;
    Money m_sizedMonthly = 0.0, m_liveMonthly = 0.0;
};

/// Computes the profile from a valid scenario, a Result whose workloads, timeline, months, projected ARR and
/// verdict are already filled, and the spend of its workloads. `mobilizeServicesUsd` is the partner's Mobilize
/// services cost Mobilize cash offsets.
/// withText false: the same figures without traces or words (the engine's figures-only estimate).
ProgramMechanics fundingProgramMechanics(const Scenario& s, const Result& r, Money mobilizeServicesUsd,
                                         const ProgramSpend& workloadSpend, bool withText = true);

/// Month the MAP agreement (and the credit period) starts: the entered month, else the start of Mobilize.
int agreementStartMonth(const Scenario& s, const Timeline& tl);

/// Program inputs that cannot hold together (tag value format, exclusion shares, credit cap vs target, tranche 1
/// inside the Mobilize cap, agreement start inside the horizon), each naming its field and the expected form. A
/// tranche-2 trigger below tranche 1's (small ARR) is not an error: tranche 2 then pays with tranche 1.
void checkFundingProgram(const Scenario& s, std::vector<ValidationError>& out);

/// Share of AWS spend that is MAP-eligible: 1 - data transfer share - Marketplace software share (never < 0).
double eligibleSpendShare(const Program& p);

/// Partner cash paid as the services it offsets are costed: `due` amounts fall due in their months (-1 = not in the
/// horizon); by each month the cash paid is at most the one-time migration cost booked up to it in `monthly`, the rest
/// waits. Returns the cash paid in each of the `months` months and their sum (what is never covered stays unpaid).
struct PaidAsCosted {
    std::vector<Money> byMonth;
    Money totalUsd = 0.0; ///< sum of byMonth, in month order
};
PaidAsCosted payAsCosted(const std::vector<PeriodFigures>& monthly, int months,
                         const std::vector<std::pair<int, Money>>& due);

/// Fits the credit reasons of money left on the table (untagged, tagged late, window closed, below the minimum,
/// funded elsewhere) inside what a credit cap still allowed (`headroomUsd` = cap - credits received or released
/// after the horizon), scaling them by one share; the part above it moves to capUsd (beyond the cap: never
/// available, not counted in totalUsd). Returns the share kept (1 = all fits). Recomputes totalUsd.
double fitLeftOnTableToCap(LeftOnTable& left, Money headroomUsd);

/// One reason of money left on the table in the words every screen and export uses (funding panel, reports,
/// workbook, executive summary).
struct LeftOnTableLine {
    LeftOnTableReason reason = LeftOnTableReason::Untagged;
    std::string label; ///< "Never tagged"
    std::string fix;   ///< what would recover it, or why it cannot be
    Money amountUsd = 0.0;
    bool counted = true; ///< false: beyond the cap, shown apart and not in the total
};
/// The reasons with a non-zero amount, in LeftOnTableReason order; the counted ones sum to totalUsd.
std::vector<LeftOnTableLine> leftOnTableLines(const FundingLadder& f);

/// Result warnings on the funding figures: arr_differs_from_sized (a committed spend more than 1.5x away from the
/// sized spend `sizedArrUsd`) and funding_above_typical (credits above 25 % of the tagged eligible spend they are
/// earned on, the top of the published 15-25 %).
void addFundingWarnings(const Scenario& s, Money sizedArrUsd, Result& r);

/// "Projected ARR" or "Committed ARR": the words for the ARR wherever it shows.
std::string arrName(const Program& p);

/// The funding change an edit causes, from the estimates before and after it: "total MAP funding $514,000 ->
/// $497,000 (-$17,000; credits +$46,000, partner cash -$63,000)".
std::string fundingChangeText(const Result& before, const Result& after);

} // namespace est::model
