// model/map_rules.hpp - which AWS spend counts for MAP credits: the MAP Included Services list, its scope carve-outs,
// the global exclusions and the spend basis, as data with its date and source.
//
// The list itself ships as an asset (assets/map-included-services.json, read by io/map_rules_asset.hpp); this header
// holds the types and the row-level rules that need no data: which line types are spend, which usage types are data
// transfer, which usage types a carve-out ("S3 storage only") leaves out.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace est::model {

/// What kind of billing line a row is, across the formats (legacy CUR lineItem/LineItemType, CUR 2.0
/// line_item_line_item_type, FOCUS ChargeCategory, the summary CSV's line_item_type).
enum class BillingLineType : std::uint8_t {
    Usage,                   ///< on-demand usage (FOCUS: ChargeCategory Usage)
    DiscountedUsage,         ///< usage covered by a reservation (counted at the reservation's effective cost)
    SavingsPlanCoveredUsage, ///< usage covered by a Savings Plan (counted at the plan's effective cost)
    SavingsPlanNegation,     ///< cancels covered usage's on-demand cost: counted as zero
    FlatRateSubscription,    ///< usage-like subscription line: treated as usage of its product code
    CommitmentFee, ///< RI / Savings Plan upfront and recurring fees (Fee, RIFee, SavingsPlan*Fee; FOCUS Purchase)
    Tax,           ///< Tax
    Credit,        ///< Credit (FOCUS: Credit)
    Refund,        ///< Refund (FOCUS: Adjustment)
    Discount,      ///< EdpDiscount, PrivateRateDiscount, BundledDiscount, RiVolumeDiscount, Discount, ...
    Unknown,       ///< a type this version does not know: counted and listed, never silently dropped
};

/// The type a CUR / CUR 2.0 / summary line-item type names ("Usage", "SavingsPlanNegation", ...); Unknown otherwise.
BillingLineType lineTypeFromCur(std::string_view text);

/// Why a line's spend is not MAP-eligible. The order is the order of the report's "excluded spend by reason".
enum class ExclusionReason : std::uint8_t {
    None,         ///< eligible (if its product code is on the list: decided when summarising)
    NotOnList,    ///< product code not on the MAP Included Services list (or listed only after the plan date)
    DataTransfer, ///< all data transfer, even under an included service
    Marketplace,  ///< AWS Marketplace (third-party software); the EC2 that runs it still counts
    ServiceScope, ///< a carve-out of an included service (S3 requests, CloudWatch non-Logs, EKS Fargate, ...)
    Support,      ///< AWS Support plans
    Tax,
    CommitmentFee,   ///< RI / Savings Plan fees: credits cannot pay them
    Discount,        ///< discount lines (EDP, private rate, ...): already inside net cost where the file has it
    CreditOrRefund,  ///< credits and refunds are not spend (listed apart as MAP or other credits)
    UnknownLineType, ///< a line type this version does not know
};
inline constexpr int kExclusionReasonCount = 11;

/// Short label for reports: "data transfer", "AWS Marketplace", "not on the MAP Included Services list", ...
const char* exclusionLabel(ExclusionReason reason);
/// Stable key for JSON: "data-transfer", "marketplace", "not-on-list", ...
const char* exclusionKey(ExclusionReason reason);

/// One row of the MAP Included Services list.
struct IncludedService {
    std::string productCode;  ///< CUR lineItem/ProductCode = CUR 2.0 line_item_product_code = FOCUS x_ServiceCode
    std::string serviceName;  ///< the list's name ("Amazon Elastic Compute Cloud")
    std::string scope;        ///< "all", or the carve-out's short name ("storage-only", "logs-only", ...)
    std::string eligibleFrom; ///< "YYYY-MM-DD": counts only for plans accepted after it; "" = always
    std::string notes;        ///< the list's wording, shortened
};

/// The rules a tracker applies, with where they come from.
struct MapRules {
    std::string title;                     ///< "AWS Migrations Included Services List"
    std::string publisher;                 ///< "Amazon Web Services"
    std::string listDate;                  ///< "Last Updated 6 April 2026"
    std::string address;                   ///< where the list's text was read
    std::string transcribed;               ///< when and how it became data
    std::vector<IncludedService> services; ///< sorted by productCode
    /// The service listed under `productCode`, or null.
    const IncludedService* find(std::string_view productCode) const;
};

/// True when a usage type / product family is data transfer ("USE1-USW2-AWS-Out-Bytes", "DataTransfer-Regional-Bytes",
/// product family "Data Transfer"). An IPv4 address charge is not data transfer.
bool isDataTransfer(std::string_view usageType, std::string_view productFamily);

/// True when a service's carve-out `scope` leaves this usage type out (S3 "storage-only" and a Requests-Tier1 line,
/// CloudWatch "logs-only" and a metric line, ...). Scopes that a billing line cannot show ("excl-cross-account")
/// never exclude.
bool outsideScope(std::string_view scope, std::string_view productCode, std::string_view usageType,
                  std::string_view operation);

/// The row-level reason a line is excluded (everything but NotOnList, which needs the list and the plan date).
/// `marketplace`: billed by AWS Marketplace.
ExclusionReason rowExclusion(BillingLineType type, std::string_view productCode, std::string_view usageType,
                             std::string_view productFamily, std::string_view operation, bool marketplace,
                             const MapRules& rules);

} // namespace est::model
