// model/credit_tracker.hpp - MAP actuals from a customer's billing lines: running aggregates while files stream in,
// then a summary (per month, quarter, linked account, resource and tag value) against the plan's forecast.
//
// Memory stays flat in the size of the files: a line is folded into aggregates keyed by month, account, service,
// tag value and resource the moment it arrives, and never kept. The readers of the export formats are in io
// (io/billing_stream.hpp); this is the pure arithmetic, fed normalised lines.
//
// Several files at once: each file is staged in its own BillingFileAggregate and committed whole (a file that fails
// adds nothing). Deliveries: legacy CUR (and CUR 2.0 / FOCUS exports) are cumulative month to date, so a later
// delivery of a month must replace the earlier, never add to it. A committed file's lines are grouped into slots
// (payer account, billing month, report name). Within a slot:
//   - files of the same delivery (same DeliveryIdentity::deliveryId) with different part numbers add up
//     (report-1.csv.gz, report-2.csv.gz of one assembly);
//   - a file with the same delivery id and part number replaces that part (the same file loaded again);
//   - a file of another delivery replaces the whole earlier delivery of that slot when its data reaches at least
//     as far (latest usage date in the slot, ties go to the file committed last); an older delivery loaded after a
//     newer one is ignored for that slot. CommitReport says which happened.
#pragma once

#include "model/map_rules.hpp"
#include "model/scenario.hpp"

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::model {

/// The export formats the tracker reads (and the JSON "format" names: cur, cur2, focus, cost-explorer, summary).
enum class BillingFormat : std::uint8_t { Cur, Cur2, Focus, CostExplorer, Summary };
const char* billingFormatKey(BillingFormat format);   ///< "cur", "cur2", "focus", "cost-explorer", "summary"
const char* billingFormatLabel(BillingFormat format); ///< "legacy CUR", "CUR 2.0", "FOCUS", "Cost Explorer CSV", ...

/// A month as one number: year * 12 + (month - 1). "2024-03" is 2024 * 12 + 2.
using MonthIndex = int;
inline constexpr MonthIndex kNoMonth = -1;
std::string monthLabel(MonthIndex month);   ///< "YYYY-MM"
std::string quarterLabel(MonthIndex month); ///< "YYYY-Qn" of the calendar quarter holding the month

/// A cost cell the file does not have (a column absent, or an empty cell): NaN.
inline constexpr double kNoCost = std::numeric_limits<double>::quiet_NaN();

/// Whether a line carries the MAP tag key.
enum class TagKeyState : std::uint8_t {
    Absent,   ///< no map-migrated key (or an empty value)
    Exact,    ///< the exact key map-migrated (FOCUS: user:map-migrated), with a value
    NearMiss, ///< a key that looks like it but is not it ("Map-Migrated", "map_migrated", "map-migrated "): no credit
};

/// One billing line, normalised by a reader. The string views are valid only during BillingFileAggregate::add.
struct BillingLine {
    MonthIndex usageMonth = kNoMonth;   ///< month of the usage start (UTC); quarters come from it
    MonthIndex billingMonth = kNoMonth; ///< billing period; kNoMonth -> usageMonth. Credits count in this month
    int usageDate = 0;                  ///< yyyymmdd of the usage start (how far a delivery's data reaches); 0 unknown
    std::string_view payerAccount;      ///< bill/PayerAccountId, FOCUS BillingAccountId ("" when the file has none)
    std::string_view usageAccount;      ///< lineItem/UsageAccountId, FOCUS SubAccountId, summary account_id
    BillingLineType type = BillingLineType::Usage;
    std::string_view typeText;    ///< as written; listed when the type is Unknown
    std::string_view productCode; ///< CUR product code (FOCUS x_ServiceCode, or mapped from ServiceName)
    std::string_view usageType;
    std::string_view productFamily;
    std::string_view operation;
    bool marketplace = false;    ///< bill/BillingEntity = "AWS Marketplace" (FOCUS: a publisher other than AWS)
    std::string_view resourceId; ///< "" when the export has no resource IDs
    std::string_view nameTag;    ///< the Name tag (matches resources to the plan's workloads)
    TagKeyState tagKey = TagKeyState::Absent;
    std::string_view tagValue;      ///< the map-migrated value when tagKey is Exact
    std::string_view nearMissKey;   ///< the key as written when tagKey is NearMiss
    std::string_view nearMissValue; ///< its value
    std::string_view description;   ///< line item description (credits: carries the MPE ID)
    // Money as the file gives it, USD; kNoCost where the file has no value. The spend basis (map_rules) chooses.
    double unblendedUsd = 0.0;        ///< UnblendedCost (FOCUS: BilledCost)
    double netUnblendedUsd = kNoCost; ///< NetUnblendedCost (FOCUS: EffectiveCost)
    double reservationEffectiveUsd = kNoCost;
    double reservationNetEffectiveUsd = kNoCost;
    double savingsPlanEffectiveUsd = kNoCost;
    double savingsPlanNetEffectiveUsd = kNoCost;
};

/// The spend a usage line counts for: net unblended where it has a value, else unblended; RI-covered at the
/// reservation's (net) effective cost, SP-covered at the Savings Plan's (net) effective cost; negation lines 0.
/// Non-usage lines: their (net) unblended cost.
double spendBasisUsd(const BillingLine& line);

/// Where a file's lines come from, for the delivery rules above.
struct DeliveryIdentity {
    std::string fileName; ///< as the user named it (messages)
    BillingFormat format = BillingFormat::Cur;
    std::string reportName; ///< the file name without its part number and extensions ("map-migrated-report")
    std::string deliveryId; ///< the folder of an S3 delivery (assembly ID or BILLING_PERIOD=...), "" when unknown
    int part = 1;           ///< the part number from "<report>-<n>.csv.gz", 1 when none
};

/// Derives reportName and part from a file name: "map-report-3.csv.gz" -> ("map-report", 3);
/// "export-00001.csv.gz" -> ("export", 1); "costs.csv" -> ("costs", 1). Folders in `path` become deliveryId.
DeliveryIdentity deliveryFromPath(std::string_view path, BillingFormat format);

class CreditTracker;

/// One file's lines while it streams in, folded into aggregates. Committed whole into a CreditTracker, or dropped.
class BillingFileAggregate {
public:
    explicit BillingFileAggregate(DeliveryIdentity identity, const MapRules& rules);
    ~BillingFileAggregate();
    BillingFileAggregate(BillingFileAggregate&&) noexcept;
    BillingFileAggregate& operator=(BillingFileAggregate&&) noexcept;

    /// Folds one line in. Nothing of the line is kept but its contribution to the aggregates.
    void add(const BillingLine& line);
    /// A note about what the file cannot tell ("no resource IDs: ..."), shown with the file.
    void addNote(std::string note);
    std::uint64_t lines() const;
    const DeliveryIdentity& identity() const;

private:
    friend class CreditTracker;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// What committing a file did.
struct CommitReport {
    std::vector<std::string>
        replaced; ///< "2024-09 (payer 111122223333): replaces an earlier delivery of report-1.csv.gz"
    std::vector<std::string> ignored; ///< "2024-09: an older delivery than the one loaded; not counted"
};

/// A file the tracker holds.
struct LoadedBillingFile {
    DeliveryIdentity identity;
    std::uint64_t lines = 0;
    std::vector<std::string> months; ///< "YYYY-MM" it contributes (after replacements)
    std::vector<std::string> notes;
};

/// Every committed file's aggregates.
class CreditTracker {
public:
    CreditTracker();
    ~CreditTracker();
    CreditTracker(CreditTracker&&) noexcept;
    CreditTracker& operator=(CreditTracker&&) noexcept;
    /// A deep copy (aggregates only, so a few MB at most): what an undo step keeps.
    CreditTracker(const CreditTracker& other);
    CreditTracker& operator=(const CreditTracker& other);

    /// Adds a fully read file (the delivery rules above decide which of its months count).
    CommitReport commit(BillingFileAggregate&& file);
    /// Forgets the file at `index` of files(). A delivery it replaced when it came was dropped then and does not
    /// come back: load that file again to count it. No-op past the end.
    void removeFile(std::size_t index);
    /// Forgets every file.
    void clear();
    /// The files, in commit order.
    std::vector<LoadedBillingFile> files() const;
    bool empty() const;

private:
    friend struct TrackerSummarizer;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// ---- Summary ----------------------------------------------------------------------------------------------------

/// The plan's forecast of MAP-eligible tagged AWS spend for one calendar quarter (credit_forecast.hpp makes it).
struct QuarterForecast {
    std::string quarter; ///< "YYYY-Qn"
    Money taggedEligibleUsd = 0.0;
};

/// A workload of the plan, matched to billed resources by their Name tag (case-insensitive, trimmed).
struct PlannedWorkload {
    std::string id;
    std::string name;
    std::string tagValue; ///< the value the plan tags it with ("mig12345"), "" when unknown
};

/// What the summary is computed for. Everything here may change after the files are read: nothing is re-read.
struct TrackerSettings {
    std::string mpeId;            ///< the agreement's MPE ID; "" = any MPE (any well-formed value is valid)
    std::string planAcceptedDate; ///< "YYYY-MM-DD": services listed "after <date>" count only if before it; "" = all
    std::optional<std::vector<QuarterForecast>> forecast; ///< the plan's forecast, when a scenario is open
    std::vector<PlannedWorkload> workloads;               ///< for matching by Name tag
    std::size_t maxUntaggedResources = 1000;              ///< longest untaggedResources list (most expensive first)
};

struct TrackerMonth {
    std::string month;                 ///< "YYYY-MM"
    Money eligibleUsd = 0.0;           ///< MAP-eligible spend, tagged or not
    Money taggedEligibleUsd = 0.0;     ///< of which with a valid map-migrated value
    Money invalidTagEligibleUsd = 0.0; ///< of which with a map-migrated value that is not valid (no credit)
    Money mapCreditsUsd = 0.0;         ///< MAP credits applied in the month (positive)
    Money otherCreditsUsd = 0.0;       ///< every other credit and refund (positive)
};

struct TrackerQuarter {
    std::string quarter; ///< "YYYY-Qn"
    Money eligibleUsd = 0.0;
    Money taggedEligibleUsd = 0.0;
    Money mapCreditsUsd = 0.0;
    std::optional<Money> forecastTaggedEligibleUsd; ///< with a forecast only (0 for a quarter the plan has no spend in)
};

struct TrackerTotals {
    Money eligibleUsd = 0.0;
    Money taggedEligibleUsd = 0.0;
    Money untaggedEligibleUsd = 0.0; ///< eligible spend without a valid tag (missing, near-miss key or invalid value)
    Money mapCreditsUsd = 0.0;
    Money otherCreditsUsd = 0.0;
    Money excludedUsd = 0.0; ///< sum of excluded[] (credits and refunds not included)
};

/// An eligible resource with spend that carries no valid tag: the list a cloud team tags from.
struct UntaggedResource {
    std::string resourceId;
    std::string account;
    std::string productCode;
    std::string serviceName; ///< from the list ("" when the code is not listed)
    std::string nameTag;
    std::string tagValueSeen;    ///< an invalid value it carries, "" when none
    std::string tagValueToApply; ///< the matched workload's value, else mig<MPE>, else the most used valid value
    std::string workloadId;      ///< the plan's workload matched by Name tag, "" when none
    Money eligibleUsd = 0.0;     ///< eligible spend without a valid tag
};

/// One map-migrated value seen, with the eligible spend it carries.
struct TagValueSpend {
    std::string value;
    bool valid = false;
    std::string problem; ///< why not valid ("another agreement's MPE ID", "not mig/sap/oracle + MPE")
    Money usd = 0.0;
};

struct ExcludedSpend {
    ExclusionReason reason = ExclusionReason::None;
    Money usd = 0.0;
    std::uint64_t lines = 0;
};

struct AccountSpend {
    std::string account;
    Money eligibleUsd = 0.0;
    Money taggedEligibleUsd = 0.0;
    Money untaggedEligibleUsd = 0.0;
    Money mapCreditsUsd = 0.0;
};

/// A tag key that is almost map-migrated: its spend earns nothing.
struct NearMissTagKey {
    std::string key;
    std::uint64_t lines = 0;
    Money eligibleUsd = 0.0;
};

struct UnknownLineType {
    std::string type;
    std::uint64_t lines = 0;
    Money usd = 0.0;
};

/// A credit that is not this agreement's MAP credit.
struct OtherCredit {
    std::string description;
    Money usd = 0.0; ///< positive
};

/// A planned workload and what the bill says about it.
struct WorkloadTagging {
    std::string workloadId;
    std::string name;
    int resources = 0; ///< billed resources whose Name tag matches
    Money taggedEligibleUsd = 0.0;
    Money untaggedEligibleUsd = 0.0;
    std::string status; ///< "tagged", "partly tagged", "live but not tagged", "not seen on the bill"
};

struct TrackerResult {
    std::string format;                   ///< billingFormatKey of the files ("mixed" when they differ, "" when none)
    std::vector<TrackerMonth> months;     ///< ascending
    std::vector<TrackerQuarter> quarters; ///< ascending; with a forecast, also its quarters without actuals
    TrackerTotals totals;
    std::vector<UntaggedResource> untaggedResources; ///< descending by eligibleUsd
    bool untaggedResourcesTruncated = false;
    bool hasResourceIds = false;          ///< false: the files name no resources (Cost Explorer, exports without IDs)
    std::vector<TagValueSpend> tagValues; ///< descending by usd
    std::vector<ExcludedSpend> excluded;  ///< by reason, in ExclusionReason order, only reasons with lines
    std::vector<AccountSpend> accounts;   ///< ascending by account
    std::vector<NearMissTagKey> nearMissKeys;
    std::vector<UnknownLineType> unknownLineTypes;
    std::vector<OtherCredit> otherCredits; ///< descending by usd
    std::vector<WorkloadTagging> workloads;
    std::vector<std::string> notes; ///< what the files cannot tell (Cost Explorer: no resources, ...)
    std::string rulesSource;        ///< "AWS Migrations Included Services List, Last Updated 6 April 2026"
};

/// The summary of every committed file under `settings`. Pure: the same tracker and settings give the same result.
TrackerResult summarize(const CreditTracker& tracker, const TrackerSettings& settings, const MapRules& rules);

/// The MPE ID a credit description names ("... MPE12345 ..." -> "12345"), "" when it names none.
std::string mpeIdInDescription(std::string_view description);

/// Why `value` is not a valid map-migrated value for `mpeId` ("" = any MPE); "" when it is valid.
std::string mapTagValueProblem(std::string_view value, std::string_view mpeId);

} // namespace est::model
