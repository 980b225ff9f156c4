// model/map_rules.cpp - the row-level MAP rules: line types, data transfer, service carve-outs.
//
// The usage-type patterns come from the list's wording ("S3: storage cost only, excludes requests"; "CloudWatch:
// Logs only") and from usage types seen in real CURs (DataTransfer-Regional-Bytes, USE1-USW2-AWS-Out-Bytes,
// APE1-DataTransfer-xAZ-Out-Bytes). A scope a billing line cannot show is counted whole (the report says so).
#include "model/map_rules.hpp"

#include <algorithm>
#include <array>

namespace est::model {
namespace {

bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }
bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

struct NamedType {
    std::string_view name;
    BillingLineType type;
};

constexpr std::array<NamedType, 14> kCurLineTypes = {{
    {"Usage", BillingLineType::Usage},
    {"DiscountedUsage", BillingLineType::DiscountedUsage},
    {"SavingsPlanCoveredUsage", BillingLineType::SavingsPlanCoveredUsage},
    {"SavingsPlanNegation", BillingLineType::SavingsPlanNegation},
    {"FlatRateSubscription", BillingLineType::FlatRateSubscription},
    {"Fee", BillingLineType::CommitmentFee},
    {"RIFee", BillingLineType::CommitmentFee},
    {"SavingsPlanUpfrontFee", BillingLineType::CommitmentFee},
    {"SavingsPlanRecurringFee", BillingLineType::CommitmentFee},
    {"Tax", BillingLineType::Tax},
    {"Credit", BillingLineType::Credit},
    {"Refund", BillingLineType::Refund},
    {"EdpDiscount", BillingLineType::Discount},
    {"PrivateRateDiscount", BillingLineType::Discount},
}};

} // namespace

BillingLineType lineTypeFromCur(std::string_view text) {
    for (const NamedType& t : kCurLineTypes)
        if (t.name == text) return t.type;
    // BundledDiscount, RiVolumeDiscount, Discount, SppDiscount, DistributorDiscount, ...: all discounts.
    if (endsWith(text, "Discount")) return BillingLineType::Discount;
    return BillingLineType::Unknown;
}

const char* exclusionLabel(ExclusionReason reason) {
    switch (reason) {
    case ExclusionReason::None:
        return "eligible";
    case ExclusionReason::NotOnList:
        return "not on the MAP Included Services list";
    case ExclusionReason::DataTransfer:
        return "data transfer";
    case ExclusionReason::Marketplace:
        return "AWS Marketplace";
    case ExclusionReason::ServiceScope:
        return "outside an included service's scope";
    case ExclusionReason::Support:
        return "AWS Support";
    case ExclusionReason::Tax:
        return "tax";
    case ExclusionReason::CommitmentFee:
        return "RI / Savings Plan fees";
    case ExclusionReason::Discount:
        return "discount lines";
    case ExclusionReason::CreditOrRefund:
        return "credits and refunds";
    case ExclusionReason::UnknownLineType:
        return "unknown line-item types";
    }
    return "unknown";
}

const char* exclusionKey(ExclusionReason reason) {
    switch (reason) {
    case ExclusionReason::None:
        return "eligible";
    case ExclusionReason::NotOnList:
        return "not-on-list";
    case ExclusionReason::DataTransfer:
        return "data-transfer";
    case ExclusionReason::Marketplace:
        return "marketplace";
    case ExclusionReason::ServiceScope:
        return "service-scope";
    case ExclusionReason::Support:
        return "support";
    case ExclusionReason::Tax:
        return "tax";
    case ExclusionReason::CommitmentFee:
        return "commitment-fee";
    case ExclusionReason::Discount:
        return "discount";
    case ExclusionReason::CreditOrRefund:
        return "credit-or-refund";
    case ExclusionReason::UnknownLineType:
        return "unknown-line-type";
    }
    return "unknown";
}

const IncludedService* MapRules::find(std::string_view productCode) const {
    const auto it =
        std::lower_bound(services.begin(), services.end(), productCode,
                         [](const IncludedService& s, std::string_view code) { return s.productCode < code; });
    return it != services.end() && it->productCode == productCode ? &*it : nullptr;
}

bool isDataTransfer(std::string_view usageType, std::string_view productFamily) {
    if (productFamily == "Data Transfer") return true;
    return contains(usageType, "DataTransfer") || endsWith(usageType, "-Out-Bytes") ||
           endsWith(usageType, "-In-Bytes") || endsWith(usageType, "-Out-ABytes") ||
           endsWith(usageType, "-In-ABytes") || contains(usageType, "Regional-Bytes");
}

bool outsideScope(std::string_view scope, std::string_view productCode, std::string_view usageType,
                  std::string_view operation) {
    (void)productCode;
    if (scope == "storage-only") return !contains(usageType, "TimedStorage");
    if (scope == "logs-only")
        return !(contains(usageType, "DataProcessing-Bytes") || contains(usageType, "TimedStorage-ByteHrs") ||
                 contains(usageType, "VendedLog") || contains(usageType, "Logs-") ||
                 contains(usageType, "DataScanned-Bytes") || contains(operation, "Log"));
    if (scope == "excl-deep-archive") return contains(usageType, "DeepArchive");
    if (scope == "excl-fargate") return contains(usageType, "Fargate");
    if (scope == "opscenter-only") return !(contains(usageType, "OpsCenter") || contains(usageType, "OpsItem"));
    if (scope == "tgw-lattice-only") return !(contains(usageType, "TransitGateway") || contains(usageType, "Lattice"));
    if (scope == "excl-capacity-blocks") return contains(usageType, "CapacityBlock");
    if (scope == "excl-lambda-edge") return contains(usageType, "Lambda-Edge");
    if (scope == "excl-serverless-ingestion")
        return contains(usageType, "Serverless") || contains(usageType, "Ingestion");
    if (scope == "excl-resolver-trafficflow-cidr")
        return contains(usageType, "Resolver") || contains(usageType, "TrafficFlow") ||
               contains(usageType, "TrafficPolicy");
    return false; // scopes a billing line cannot show: counted whole
}

ExclusionReason rowExclusion(BillingLineType type, std::string_view productCode, std::string_view usageType,
                             std::string_view productFamily, std::string_view operation, bool marketplace,
                             const MapRules& rules) {
    switch (type) {
    case BillingLineType::Tax:
        return ExclusionReason::Tax;
    case BillingLineType::CommitmentFee:
        return ExclusionReason::CommitmentFee;
    case BillingLineType::Credit:
    case BillingLineType::Refund:
        return ExclusionReason::CreditOrRefund;
    case BillingLineType::Discount:
        return ExclusionReason::Discount;
    case BillingLineType::Unknown:
        return ExclusionReason::UnknownLineType;
    default:
        break;
    }
    if (marketplace) return ExclusionReason::Marketplace;
    if (startsWith(productCode, "AWS") && contains(productCode, "Support")) return ExclusionReason::Support;
    if (isDataTransfer(usageType, productFamily)) return ExclusionReason::DataTransfer;
    // No product code: a total that names no service (Cost Explorer grouped by tag): the list cannot be applied.
    if (productCode.empty()) return ExclusionReason::None;
    const IncludedService* service = rules.find(productCode);
    if (service == nullptr) return ExclusionReason::NotOnList;
    if (outsideScope(service->scope, productCode, usageType, operation)) return ExclusionReason::ServiceScope;
    return ExclusionReason::None;
}

} // namespace est::model
