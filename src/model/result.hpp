// model/result.hpp - the engine's output: per-workload results, series, TCO, funding ladder, eligibility.
//
// Plain data, filled by estimate() (engine.hpp). Months are counted from the scenario's month 0 (first month
// of Assess); quarter q covers months 3q..3q+2, year y months 12y..12y+11. Money is USD, unrounded.
// When Result::errors is not empty the scenario was invalid and every other member is left empty / zero.
#pragma once

#include "model/scenario.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::model {

/// One invalid field: `path` names it like "workloads[12].vcpu", `message` says why ("must be > 0, got -4").
struct ValidationError {
    std::string path;
    std::string message;
    /// "path: message", the form shown to users.
    std::string toString() const { return path + ": " + message; }
    bool operator==(const ValidationError&) const = default;
};

/// Something the reader of a computed result must know. `id` is stable (the result JSON's warnings[].id, tests,
/// the overview's notices): licence_mismatch, repurchase_unpriced, licence_rate_derived, arr_differs_from_sized,
/// funding_above_typical, horizon_adjusted, ... `path` names the input it concerns ("" = the whole scenario).
struct ResultWarning {
    std::string id;
    std::string path;
    std::string text;
    /// "path: text", or the text alone for a scenario-wide warning.
    std::string toString() const { return path.empty() ? text : path + ": " + text; }
    bool operator==(const ResultWarning&) const = default;
};

/// One named input of a formula trace: "projected ARR" = 132000 "USD".
struct TraceTerm {
    std::string label;
    double value = 0.0;
    std::string unit; ///< "USD", "USD/month", "%" (value is a share), "months", "" (flag 1 / 0)
    bool operator==(const TraceTerm&) const = default;
};

/// How a figure was computed, for the "explain this number" view: formula "Mobilize = 20 % x projected ARR
/// $132,000 = $26,400" plus the terms it used (trace_eval.hpp recomputes the figure from them; terms the recipe
/// does not use are informational), a title and informational lines. Every trace has the same shape, so a view
/// can show any of them generically: figureLabel, formula, terms, notes. Amounts in formulas are USD.
struct Trace {
    std::string formula;
    std::vector<TraceTerm> terms;
    std::string figureLabel;        ///< what the figure is: "Projected ARR", "Year 2 net cash flow"
    std::vector<std::string> notes; ///< informational lines: "largest: db-prod-1 $2,310/month"
    bool operator==(const Trace&) const = default;
};

/// Why the recommender proposed a disposition; text from recommendationText() (engine.hpp).
enum class RecommendationReason {
    PoweredOff,      ///< powered off or suspended -> Retire
    Idle,            ///< p95 CPU and memory below the idle thresholds -> Retire
    ManagedDatabase, ///< already a managed database -> Replatform (RDS)
    Database,        ///< server runs a database engine -> Replatform (RDS)
    UnsupportedOs,   ///< OS past end of support -> Replatform
    Default,         ///< nothing special -> Rehost on a right-sized instance
};

/// Why a workload earns no MAP funding (None = it is MAP-eligible).
enum class MapExclusion { None, NotMigrating, NotAwsSpend, FundedElsewhere };

/// Why a workload's AWS price is not the plain cheapest fit of its own table (text: sizingWarningText()).
enum class SizingWarning : std::uint8_t {
    None,
    NothingFits, ///< no single type holds the need: priced as several of the largest
    NoOsPrice,   ///< the region has no table for its OS / licence: priced at the Linux rate
    NoRdsPrice,  ///< the region has no table for its RDS engine: priced as self-managed on EC2
    NoRdsEngine, ///< its database engine has no RDS offering: priced as self-managed on EC2
};

/// The engine's view of one workload (same index as Scenario::workloads).
struct WorkloadResult {
    Disposition effective = Disposition::Rehost; ///< the user's choice, or the recommendation when unset
    Disposition recommended = Disposition::Rehost;
    RecommendationReason reason = RecommendationReason::Default;
    bool dispositionFromUser = false;
    int instanceIndex = -1;          ///< into the catalogue's instances (Scenario::aws.catalogue); -1 = not sized
    int instanceCount = 0;           ///< > 1 when no single type fits
    double instanceUsdPerHour = 0.0; ///< on-demand rate of one instance in its price table
    PriceKey priceKey;               ///< the table it is priced from (EC2 OS or RDS engine + deployment)
    SizingWarning sizingWarning = SizingWarning::None;
    Ec2Os missingOs = Ec2Os::Linux;     ///< NoOsPrice: the OS the region has no table for
    bool licenceRateDerived = false;    ///< EC2 licensed rate derived: region's Linux rate + AWS's fee per vCPU-hour
    bool keptWithinLicenceVcpu = false; ///< sized within its licence's vCPU limit (Oracle SE2: 8), not the cheapest fit
    /// SQL Server or Oracle on RDS: the same need on EC2 with the customer's own database licences, monthly
    /// (instances and gp3 storage, a standby copy when Multi-AZ, plus the licences brought); unset otherwise.
    std::optional<Money> ec2ByolAlternativeMonthlyUsd;
    double neededVcpu = 0.0; ///< after utilisation and headroom
    double neededRamGb = 0.0;
    Money todayMonthlyUsd = 0.0;           ///< cost today (override, share of the bill, or on-prem drivers)
    double hostShare = 0.0;                ///< share of one host today (on-premises; 0 when powered off)
    Money todayLicenceMonthlyUsd = 0.0;    ///< OS + database + hypervisor licences inside todayMonthlyUsd
    Money licenceIncludedMonthlyUsd = 0.0; ///< licence-included part of awsMonthlyUsd (SQL / Oracle / Linux rates)
    Money licencesKeptMonthlyUsd = 0.0;    ///< licences still paid outside AWS after the move (BYOL, Relocate)
    Money awsMonthlyUsd = 0.0;             ///< steady-state AWS usage after discounts, before support
    Money awsManagementMonthlyUsd = 0.0;   ///< of which backup, monitoring and security tooling
    Money targetMonthlyUsd = 0.0;          ///< run cost after migration: AWS usage + subscription + ops labour
    Money oneTimeUsd = 0.0;                ///< migration labour (after the professional-services discount)
    int waveStartMonth = 0;
    int goLiveMonth = 0;      ///< AWS spend starts; Retire: decommission month; Retain: months (never)
    int legacyEndMonth = 0;   ///< first month without today's cost (go-live + dual running)
    bool mapEligible = false; ///< counts for projected ARR and credits
    MapExclusion mapExclusion = MapExclusion::NotMigrating;
    int creditFromMonth = 0;      ///< tagged spend counts from here (go-live or later tag month)
    int creditWindowEndMonth = 0; ///< first month after the post-go-live credit window
};

/// Figures of one month, quarter or year. Costs are outflows (positive), funding inflows (positive).
struct PeriodFigures {
    Money statusQuoUsd = 0.0;    ///< today's cost if nothing moved
    Money legacyUsd = 0.0;       ///< today's cost still paid in the migration scenario
    Money dualRunningUsd = 0.0;  ///< part of legacyUsd paid while the AWS replacement is live
    Money awsUsageUsd = 0.0;     ///< AWS usage after savings plan, enterprise discount, region
    Money awsSupportUsd = 0.0;   ///< support plan, tiered on the month's usage
    Money awsUsd = 0.0;          ///< usage + support
    Money subscriptionUsd = 0.0; ///< Repurchase: SaaS subscriptions (not AWS spend)
    Money opsLabourUsd = 0.0;    ///< admin labour for migrated workloads (on-premises and PaaS sources)
    Money licencesKeptUsd = 0.0; ///< licences still paid after the move (bring your own, Relocate)
    Money oneTimeUsd = 0.0;      ///< migration labour, spread over each wave
    Money fundingAssessUsd = 0.0;
    Money fundingMobilizeUsd = 0.0;
    Money fundingCreditsUsd = 0.0; ///< MAP credits released this period
    Money fundingTrainingUsd = 0.0;
    Money fundingTotalUsd = 0.0;
    Money taggedSpendUsd = 0.0; ///< MAP-eligible tagged usage inside the credit windows
    Money netCashFlowUsd =
        0.0; ///< statusQuo - (legacy + aws + subscription + opsLabour + licencesKept + oneTime) + funding
    Money cumulativeSavingsUsd = 0.0; ///< running sum of netCashFlowUsd up to the period's end
    /// What the migration scenario costs in the period before funding: legacy + AWS + subscriptions + operations
    /// labour + licences kept + one-time (the outflows of netCashFlowUsd; a new cost category is added here once).
    Money migrationCostUsd() const {
        return legacyUsd + awsUsd + subscriptionUsd + opsLabourUsd + licencesKeptUsd + oneTimeUsd;
    }
};

/// Horizon totals by cost category (status quo fills only the today-side categories).
struct CostBreakdown {
    Money hardwareUsd = 0.0; ///< server depreciation over the refresh cycle
    Money maintenanceUsd = 0.0;
    Money powerUsd = 0.0; ///< incl. PUE
    Money spaceUsd = 0.0;
    Money storageUsd = 0.0;
    Money networkUsd = 0.0;
    Money osLicenceUsd = 0.0;
    Money dbLicenceUsd = 0.0;
    Money virtualisationUsd = 0.0;
    Money adminLabourUsd = 0.0;
    Money managementUsd = 0.0;
    Money otherCloudBillUsd = 0.0; ///< OtherCloud / Paas bill, or per-workload overrides
    Money awsComputeUsd = 0.0;     ///< EC2 (incl. Windows licence)
    Money awsDatabaseUsd = 0.0;    ///< managed databases (Replatform of databases)
    Money awsStorageUsd = 0.0;
    Money awsRelocateHostsUsd = 0.0; ///< Relocate: bare-metal hosts
    Money awsManagementUsd = 0.0;    ///< backup, monitoring and security tooling on AWS (aws_management.hpp)
    Money awsSupportUsd = 0.0;
    Money subscriptionUsd = 0.0;
    Money opsLabourUsd = 0.0;
    Money licencesKeptUsd = 0.0; ///< licences still paid after the move (bring your own, Relocate)
    Money oneTimeUsd = 0.0;
    /// Sum of every category.
    Money totalUsd() const {
        return hardwareUsd + maintenanceUsd + powerUsd + spaceUsd + storageUsd + networkUsd + osLicenceUsd +
               dbLicenceUsd + virtualisationUsd + adminLabourUsd + managementUsd + otherCloudBillUsd + awsComputeUsd +
               awsDatabaseUsd + awsStorageUsd + awsRelocateHostsUsd + awsManagementUsd + awsSupportUsd +
               subscriptionUsd + opsLabourUsd + licencesKeptUsd + oneTimeUsd;
    }
};

/// Totals of the workloads with one disposition.
struct DispositionTotals {
    int workloads = 0;
    Money todayMonthlyUsd = 0.0;
    Money targetMonthlyUsd = 0.0;
    Money awsMonthlyUsd = 0.0;
    Money oneTimeUsd = 0.0;
    Money horizonLegacyUsd = 0.0; ///< today's cost paid within the horizon
    Money horizonTargetUsd = 0.0; ///< run cost after migration paid within the horizon (no support)
};

/// One category's share of today's monthly cost (the sanity band).
struct CategoryShare {
    std::string category; ///< "storage", "hardware", "licences", ...
    Money monthlyUsd = 0.0;
    double share = 0.0; ///< of today's monthly cost, 0..1
};

/// Run-rate savings against the sourced range (Hackett Group: -20 % typical, -47 % top performers; rehost can
/// cost more: docs/sources.md [8]); outside it, a plain warning naming the driver.
struct SanityBand {
    double lowPct = -0.20; ///< below this the move costs clearly more (our inference)
    double highPct = 0.47; ///< top performers' reduction (Hackett Group)
    bool outside = false;
    std::string warning; ///< "" when inside the band
};
/// Why a TCO figure (payback month, ROI) has no value; noFigureText() (payback.hpp) words it.
enum class NoFigure { None, NeverInHorizon, NothingMigrates, NoOneTimeCost };

/// The TCO summary over the horizon.
struct TcoSummary {
    Money todayMonthlyUsd = 0.0;          ///< whole estate today
    Money targetMonthlyUsd = 0.0;         ///< steady state after migration, incl. support and Retained workloads
    Money steadyAwsUsageMonthlyUsd = 0.0; ///< AWS usage at steady state (all AWS-bound workloads)
    Money statusQuoTotalUsd = 0.0;        ///< horizon cost if nothing moved
    Money migrationTotalUsd = 0.0;        ///< horizon cost of the migration scenario, before funding
    Money oneTimeUsd = 0.0;               ///< within the horizon
    Money dualRunningUsd = 0.0;
    Money fundingUsd = 0.0;          ///< received within the horizon
    Money netMigrationCostUsd = 0.0; ///< oneTime + dualRunning - funding
    Money horizonSavingsUsd = 0.0;   ///< sum of net cash flow (= final cumulative savings)
    Money npvUsd = 0.0;              ///< of the monthly net cash flow (see engine.hpp for the convention)
    std::optional<int> paybackMonth; ///< first month from which cumulative savings stay >= 0, not before the migration
                                     ///< starts (payback.hpp)
    NoFigure whyNoPayback =
        NoFigure::None; ///< set when paybackMonth is unset: never within the horizon, nothing migrates
    std::optional<double>
        roiPct; ///< horizonSavings / oneTime; unset when nothing migrates or there is no one-time cost
    NoFigure whyNoRoi = NoFigure::None;     ///< set when roiPct is unset
    int liveInHorizon = 0;                  ///< workloads that go live (or retire) within the horizon
    double horizonSavingsPct = 0.0;         ///< horizonSavings / statusQuoTotal (0 when status quo is 0)
    double runRateSavingsPct = 0.0;         ///< 1 - targetMonthly / todayMonthly (0 when today is 0)
    std::vector<CategoryShare> todayShares; ///< today's monthly cost by category, largest first
    SanityBand sanity;
    CostBreakdown statusQuoByCategory;
    CostBreakdown migrationByCategory;
    std::array<DispositionTotals, kDispositionCount> byDisposition{};
};

/// One funding phase (Assess or Mobilize) of the ladder.
struct FundingPhase {
    Money amountUsd = 0.0;   ///< received (after the cap)
    Money uncappedUsd = 0.0; ///< before the cap
    Money basisUsd = 0.0;    ///< projected ARR or services cost the share applies to
    double pct = 0.0;
    int releaseMonth = 0;
    bool releasedInHorizon = true;
    std::string releasedBy; ///< what releases it ("landing zone built")
};

/// MAP credits of one quarter of spend.
struct QuarterCredit {
    int quarter = 0;                ///< quarter of the spend
    Money taggedSpendUsd = 0.0;     ///< eligible tagged usage in the window
    Money creditableSpendUsd = 0.0; ///< above the minimum eligible spend
    Money earnedUsd = 0.0;          ///< pct x creditable
    Money receivedUsd = 0.0;        ///< after the cap (0 when released after the horizon)
    int releaseQuarter = 0;         ///< quarter + lag
    int releaseMonth = 0;           ///< first month of releaseQuarter (lag 0: the spend quarter's last month)
    bool releasedInHorizon = true;
};

/// Funding not received, by reason. Credit reasons are the credit % x the spend concerned inside the credit
/// windows and the horizon, at most what a cap on credits still allowed (each dollar under one reason). capUsd is
/// money beyond a cap: never available, so not left on the table and not in totalUsd.
struct LeftOnTable {
    Money untaggedUsd = 0.0;        ///< spend of eligible workloads never tagged
    Money taggedLateUsd = 0.0;      ///< spend between go-live and the tag month
    Money windowClosedUsd = 0.0;    ///< tagged only after the credit window had closed
    Money capUsd = 0.0;             ///< beyond the cap (never available; not counted in totalUsd)
    Money belowMinimumUsd = 0.0;    ///< tagged spend below the minimum eligible spend
    Money fundedElsewhereUsd = 0.0; ///< workloads funded by another program (never funded twice)
    Money notEligibleUsd = 0.0;     ///< the whole ladder when the verdict is NotEligible
    Money totalUsd = 0.0;           ///< every reason but capUsd
};

/// The reasons of LeftOnTable, in member order (Traces::leftOnTableReasons uses this order).
enum class LeftOnTableReason { Untagged, TaggedLate, WindowClosed, Cap, BelowMinimum, FundedElsewhere, NotEligible };
inline constexpr int kLeftOnTableReasonCount = 7;

/// The amount of one reason.
inline Money leftOnTableAmount(const LeftOnTable& l, LeftOnTableReason reason) {
    switch (reason) {
    case LeftOnTableReason::Untagged:
        return l.untaggedUsd;
    case LeftOnTableReason::TaggedLate:
        return l.taggedLateUsd;
    case LeftOnTableReason::WindowClosed:
        return l.windowClosedUsd;
    case LeftOnTableReason::Cap:
        return l.capUsd;
    case LeftOnTableReason::BelowMinimum:
        return l.belowMinimumUsd;
    case LeftOnTableReason::FundedElsewhere:
        return l.fundedElsewhereUsd;
    case LeftOnTableReason::NotEligible:
        return l.notEligibleUsd;
    }
    return 0.0;
}

/// The MAP funding ladder.
struct FundingLadder {
    FundingPhase assess;
    FundingPhase mobilize;
    MobilizeBasis mobilizeBasis = MobilizeBasis::ProjectedArr;
    double creditPct = 0.0;             ///< Migrate & Modernize credit share used
    Money creditsEarnedUsd = 0.0;       ///< on spend inside the horizon, before the cap
    Money creditsUsd = 0.0;             ///< received within the horizon, after the cap
    Money creditsAfterHorizonUsd = 0.0; ///< earned in the horizon, released after it
    Money trainingUsd = 0.0;            ///< training allowance (released with Mobilize)
    Money uncappedTotalUsd = 0.0;
    Money totalUsd = 0.0; ///< received within the horizon
    Money capUsd = 0.0;
    bool capApplied = false;             ///< the cap cut something
    std::string creditsReleasedBy;       ///< what releases the Migrate & Modernize credits
    Money taggedSpendUsd = 0.0;          ///< in windows, within the horizon
    std::vector<QuarterCredit> quarters; ///< one per quarter of the horizon
    LeftOnTable leftOnTable;
    FundingProfile profile = FundingProfile::PublishedRules; ///< the profile these figures follow
    Money partnerCashUsd = 0.0;     ///< Assess + Mobilize paid to the partner within the horizon
    Money customerCreditsUsd = 0.0; ///< Migrate & Modernize credits on the customer's AWS bill, in the horizon
    Money assessmentFeeUsd = 0.0;   ///< assessment fee booked in the one-time cost (the fee, else the Assess cash)
};

/// One Mobilize payment of the program-mechanics profile.
struct MobilizeTranche {
    Money amountUsd = 0.0;  ///< what the tranche pays when its trigger is reached
    Money triggerUsd = 0.0; ///< cumulative tagged eligible spend that releases it (0: Mobilize completion)
    int month = -1;         ///< payment month; -1 = the trigger is not reached within the horizon
    std::string releasedBy; ///< "cumulative tagged eligible spend reaches $50,000"
};

/// Credits a wave loses because its spend falls after the credit period (program mechanics).
struct LateWaveLoss {
    int wave = 0; ///< 1-based plan wave
    std::string name;
    int goLiveMonth = 0;
    bool afterHorizon = false;       ///< goes live after the horizon: receives nothing in it
    Money spendAfterPeriodUsd = 0.0; ///< tagged eligible spend in the horizon after the credit period
    Money creditsLostUsd = 0.0;      ///< credit rate x that spend
};

/// One funding profile's figures, always computed for both profiles (Result::fundingProfiles).
struct FundingProfileFigures {
    FundingProfile profile = FundingProfile::ProgramMechanics;
    std::string name;      ///< "program mechanics (AWS partner templates, 2024)"
    Money assessUsd = 0.0; ///< received within the horizon
    Money mobilizeUsd = 0.0;
    Money migrateCreditsUsd = 0.0;
    Money trainingUsd = 0.0;
    Money totalUsd = 0.0;
    Money partnerCashUsd = 0.0;     ///< Assess + Mobilize (paid to the partner, offsets its fees)
    Money customerCreditsUsd = 0.0; ///< credits on the customer's AWS bill
    Money servicesCostUsd = 0.0;    ///< the partner services fees partner cash offsets (program mechanics)
    Money leftOnTableUsd = 0.0;
    int assessMonth = -1; ///< -1 = not paid within the horizon
    std::vector<MobilizeTranche> mobilizeTranches;
    int creditPeriodStartMonth = 0; ///< program mechanics: agreement start
    int creditPeriodEndMonth = 0;   ///< first month after the credit period
    Money creditCapUsd = 0.0;
    double creditPct = 0.0;
    std::vector<LateWaveLoss> lateWaves;    ///< program mechanics: waves with spend after the credit period
    Trace assess, mobilize, credits, total; ///< each names its profile and rule
};

/// Both profiles; Result::funding holds the headline one's full ladder.
struct FundingProfiles {
    FundingProfile headline = FundingProfile::ProgramMechanics;
    FundingProfileFigures programMechanics;
    FundingProfileFigures publishedRules;
};

/// Borderline: projected ARR is below the MAP Lite minimum but its monthly spend reaches the practical floor
/// that the sources say opens the ladder; the two readings disagree (Eligibility::readings).
enum class Verdict { NotEligible, MapLite, Map, Borderline };
enum class CheckStatus { Pass, Fail, Unknown };

/// Which eligibility check: code compares this; EligibilityCheck::id is its stable text (checkIdText(), names.hpp).
enum class CheckId {
    MapLiteArr,
    MapArr,
    ScopeWorkloads,
    PartnerCompetency,
    TaggingCoverage,
    TaggingTiming,
    CreditsMinSpend
};
inline constexpr int kCheckIdCount = 7;

/// One eligibility check with its measured value, threshold and what would clear a failure.
struct EligibilityCheck {
    std::string id; ///< stable, for files and reports: "arr.mapLite", "scope.workloads", ...
    std::string label;
    double measured = 0.0;
    double threshold = 0.0;
    std::string unit; ///< "USD", "workloads", "%"
    CheckStatus status = CheckStatus::Unknown;
    bool blocking = true;                ///< a failure makes the verdict NotEligible
    double clearAmount = 0.0;            ///< how much more is needed (0 when passing)
    std::string clearText;               ///< "$23,000 more projected ARR (about 3 more workloads ...)"
    CheckId check = CheckId::MapLiteArr; ///< which check (id is its text)
};

/// One reading of the eligibility sources and the headline profile's funding under it.
struct EligibilityReading {
    std::string label;  ///< "MAP Lite from $100,000 of AWS spend a year (unverified)"
    std::string source; ///< public source and authority
    bool eligible = false;
    Money fundingUsd = 0.0; ///< headline funding within the horizon under this reading
};

struct Eligibility {
    Verdict verdict = Verdict::NotEligible;
    std::vector<EligibilityCheck> checks;
    std::vector<EligibilityReading> readings; ///< two when the verdict is Borderline, else empty
};

/// Months of the plan.
struct Timeline {
    int assessEndMonth = 0;           ///< Assess funding released here
    int mobilizeEndMonth = 0;         ///< Mobilize funding released here; waves usually start here
    std::vector<int> waveGoLiveMonth; ///< per plan wave: start + length
    int lastGoLiveMonth = 0;
};

/// Traces of the headline figures and of each year, credit quarter, left-on-the-table reason and check.
/// The lists are aligned with the figures they explain (same size and index).
struct Traces {
    Trace projectedArr;
    Trace assess;
    Trace mobilize;
    Trace credits;
    Trace totalFunding;
    Trace npv;
    Trace payback;
    Trace runRateSavings;
    Trace leftOnTable;                     ///< LeftOnTable::totalUsd = sum of the reasons
    std::vector<Trace> tcoYears;           ///< per Result::yearly element: the year's net cash flow
    std::vector<Trace> creditQuarters;     ///< per FundingLadder::quarters element: credits received (receivedUsd)
    std::vector<Trace> leftOnTableReasons; ///< kLeftOnTableReasonCount, in LeftOnTableReason order
    std::vector<Trace> eligibilityChecks;  ///< per Eligibility::checks element: its status (pass / fail / unknown)
};

/// SQL Server and Oracle databases priced on RDS, against the same databases on EC2 with the customer's own licences
/// (WorkloadResult::ec2ByolAlternativeMonthlyUsd). The default stays RDS; these say what the other choice costs.
struct DatabaseAlternatives {
    int workloads = 0;             ///< SQL Server / Oracle workloads on RDS with an EC2 price
    Money rdsMonthlyUsd = 0.0;     ///< their AWS usage + licences kept, as estimated
    Money ec2ByolMonthlyUsd = 0.0; ///< the same workloads on EC2 with their own licences
    Money savingMonthlyUsd = 0.0;  ///< rds - ec2Byol: what choosing EC2 everywhere saves (< 0 = costs more)
};

/// Everything estimate() computes for one Scenario.
struct Result {
    std::vector<ValidationError> errors; ///< non-empty: invalid scenario, nothing below is filled
    std::vector<ResultWarning> warnings; ///< figures computed, with something to know (see ResultWarning)
    /// True when the scenario was valid and the figures are filled.
    bool ok() const { return errors.empty(); }
    /// The warning with this id, or null.
    const ResultWarning* warning(std::string_view id) const {
        for (const ResultWarning& w : warnings)
            if (w.id == id) return &w;
        return nullptr;
    }

    int months = 0; ///< horizon in months
    /// Which estimate wrote `workloads` (0: none). The engine's own: an estimate of the same workloads into the same
    /// Result may then keep what an AWS price or discount does not change (estimator.hpp, FixedCosts).
    std::uint64_t serial = 0;
    std::vector<WorkloadResult> workloads;
    std::vector<PeriodFigures> monthly;
    std::vector<PeriodFigures> quarterly;
    std::vector<PeriodFigures> yearly;
    Timeline timeline;
    Money projectedArrUsd = 0.0; ///< 12 x steady-state monthly AWS usage of MAP-eligible workloads
    Money sizedArrUsd = 0.0;     ///< the same from the sizing, when a committed spend overrides it
    DatabaseAlternatives databaseAlternatives;
    TcoSummary tco;
    FundingLadder funding;           ///< the headline profile's ladder
    FundingProfiles fundingProfiles; ///< both profiles' figures
    Eligibility eligibility;
    Traces traces;
};

} // namespace est::model
