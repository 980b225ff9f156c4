// io/billing_rows.cpp - legacy CUR, CUR 2.0, FOCUS and the summary CSV, line by line: one reader whose column indices
// come from the header, so a dynamic-schema CUR (columns vary month to month) reads the columns it has.
#include "io/billing_rows.hpp"

#include "formats/decimal.hpp"
#include "formats/text.hpp"
#include "io/billing_summary_csv.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_map>

namespace est::io::billing {
namespace {

using model::BillingLine;
using model::BillingLineType;
using model::TagKeyState;

// Legacy CUR names in snake case, as CUR 2.0 and Athena write them: "lineItem/UnblendedCost" ->
// "line_item_unblended_cost". Tag columns are not passed through here (their keys are matched as written).
std::string snakeCase(std::string_view name) {
    std::string out;
    out.reserve(name.size() + 8);
    char previous = 0;
    for (const char c : name) {
        if (c == '/' || c == ':' || c == ' ' || c == '.' || c == '-') {
            out.push_back('_');
        } else if (std::isupper(static_cast<unsigned char>(c))) {
            if (std::islower(static_cast<unsigned char>(previous)) ||
                std::isdigit(static_cast<unsigned char>(previous)))
                out.push_back('_');
            out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        } else {
            out.push_back(c);
        }
        previous = c;
    }
    return out;
}

std::string lettersAndDigits(std::string_view s) {
    std::string out;
    for (const char c : s)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return out;
}

enum class KeyKind { Other, MapMigrated, NearMiss, Name };

// A tag key as a file writes it: legacy "user:map-migrated", CUR 2.0 / Athena "user_map_migrated", FOCUS
// "user:map-migrated" or "map-migrated". Anything else spelled the same once case and punctuation go is a near miss.
KeyKind classifyKey(std::string_view key) {
    if (key == "user:map-migrated" || key == "user_map_migrated" || key == "map-migrated") return KeyKind::MapMigrated;
    const std::string plain = lettersAndDigits(key);
    if (plain == "usermapmigrated" || plain == "mapmigrated") return KeyKind::NearMiss;
    if (key == "user:Name" || key == "user_Name" || key == "Name" || key == "user:name" || key == "user_name" ||
        key == "name")
        return KeyKind::Name;
    return KeyKind::Other;
}

// A map cell: JSON {"k":"v",...} or Hive-style {k=v, k2=v2}. Calls f(key, value) for each pair.
template <class F>
void forEachMapEntry(std::string_view cell, F&& f) {
    std::size_t i = 0;
    const std::size_t n = cell.size();
    auto skipSpace = [&] {
        while (i < n && (cell[i] == ' ' || cell[i] == '\t' || cell[i] == '\n' || cell[i] == '\r')) ++i;
    };
    // JSON escapes other than \" and \\ do not occur in tag keys/values we match; they are kept as written.
    auto token = [&](char stopA, char stopB) -> std::string_view {
        skipSpace();
        if (i < n && cell[i] == '"') {
            const std::size_t start = ++i;
            while (i < n && cell[i] != '"') i += cell[i] == '\\' ? 2 : 1;
            const std::string_view t = cell.substr(start, std::min(i, n) - start);
            if (i < n) ++i;
            return t;
        }
        const std::size_t start = i;
        while (i < n && cell[i] != stopA && cell[i] != stopB && cell[i] != '}') ++i;
        return formats::text::trim(cell.substr(start, i - start));
    };
    skipSpace();
    if (i < n && cell[i] == '{') ++i;
    while (i < n) {
        skipSpace();
        if (i < n && (cell[i] == '}' || cell[i] == ',')) {
            ++i;
            continue;
        }
        const std::string_view key = token('=', ':');
        skipSpace();
        if (i >= n || (cell[i] != '=' && cell[i] != ':')) break;
        ++i;
        const std::string_view value = token(',', ',');
        f(key, value);
    }
}

constexpr double kMaxLineUsd = 1e12;

bool isUsage(BillingLineType t) {
    return t == BillingLineType::Usage || t == BillingLineType::DiscountedUsage ||
           t == BillingLineType::SavingsPlanCoveredUsage || t == BillingLineType::FlatRateSubscription;
}

bool isNull(std::string_view s) { return s.empty() || s == "NULL" || s == "null"; }

// The columns the line-item formats use. -1: absent.
struct Columns {
    int payer = -1, account = -1, type = -1, usageStart = -1, billingStart = -1, product = -1, serviceName = -1;
    int usageType = -1, operation = -1, family = -1, billingEntity = -1, resource = -1, description = -1;
    int currency = -1, unblended = -1, net = -1, riEffective = -1, riNetEffective = -1, spEffective = -1;
    int spNetEffective = -1, tagExact = -1, nameTag = -1, tagMap = -1, provider = -1, commitmentStatus = -1;
    std::vector<std::pair<int, std::string>> nearMiss; // tag columns with a near-miss key
};

class LineItemReader : public RowReader {
public:
    LineItemReader(model::BillingFormat format, std::vector<std::string> names, Columns columns,
                   const model::MapRules& rules)
        : m_names(std::move(names)), m_c(std::move(columns)), m_rules(rules) {
        m_format = format;
        m_wanted.assign(m_names.size(), false);
        for (int i : {m_c.payer,         m_c.account,     m_c.type,           m_c.usageStart,  m_c.billingStart,
                      m_c.product,       m_c.serviceName, m_c.usageType,      m_c.operation,   m_c.family,
                      m_c.billingEntity, m_c.resource,    m_c.description,    m_c.currency,    m_c.unblended,
                      m_c.net,           m_c.riEffective, m_c.riNetEffective, m_c.spEffective, m_c.spNetEffective,
                      m_c.tagExact,      m_c.nameTag,     m_c.tagMap,         m_c.provider,    m_c.commitmentStatus})
            if (i >= 0) m_wanted[static_cast<std::size_t>(i)] = true;
        for (const auto& [i, key] : m_c.nearMiss) m_wanted[static_cast<std::size_t>(i)] = true;
    }

    std::string read(const std::vector<std::string_view>& f, model::BillingFileAggregate& out) override {
        auto cell = [&](int i) -> std::string_view {
            if (i < 0 || static_cast<std::size_t>(i) >= f.size()) return {};
            const std::string_view v = f[static_cast<std::size_t>(i)];
            return isNull(v) ? std::string_view() : v;
        };
        BillingLine l;
        if (m_c.provider >= 0) {
            const std::string_view provider = cell(m_c.provider);
            if (!provider.empty() && provider != "AWS" && provider != "Amazon Web Services") {
                ++m_otherProviderLines;
                return {};
            }
        }
        // Dates.
        int day = 0;
        if (const std::string_view s = cell(m_c.usageStart); !s.empty()) {
            if (!parseBillingDate(s, l.usageMonth, day)) return badCell(m_c.usageStart, s, "is not a date");
            l.usageDate = day;
        }
        if (const std::string_view s = cell(m_c.billingStart); !s.empty()) {
            int ignored = 0;
            if (!parseBillingDate(s, l.billingMonth, ignored)) return badCell(m_c.billingStart, s, "is not a date");
        }
        if (l.usageMonth == model::kNoMonth && l.billingMonth == model::kNoMonth)
            return "column " + columnName(m_c.usageStart >= 0 ? m_c.usageStart : m_c.billingStart) +
                   ": no date on this line";
        // Type (FOCUS: commitment bought but not used is a cost, not resource usage).
        m_commitmentUnused = cell(m_c.commitmentStatus) == "Unused";
        l.typeText = cell(m_c.type);
        l.type = lineType(l.typeText);
        // Money.
        if (std::string err = money(cell, m_c.unblended, l.unblendedUsd, 0.0); !err.empty()) return err;
        if (std::string err = money(cell, m_c.net, l.netUnblendedUsd, model::kNoCost); !err.empty()) return err;
        if (std::string err = money(cell, m_c.riEffective, l.reservationEffectiveUsd, model::kNoCost); !err.empty())
            return err;
        if (std::string err = money(cell, m_c.riNetEffective, l.reservationNetEffectiveUsd, model::kNoCost);
            !err.empty())
            return err;
        if (std::string err = money(cell, m_c.spEffective, l.savingsPlanEffectiveUsd, model::kNoCost); !err.empty())
            return err;
        if (std::string err = money(cell, m_c.spNetEffective, l.savingsPlanNetEffectiveUsd, model::kNoCost);
            !err.empty())
            return err;
        if (isUsage(l.type) && model::spendBasisUsd(l) < 0.0)
            return badCell(m_c.net >= 0 && !std::isnan(l.netUnblendedUsd) ? m_c.net : m_c.unblended,
                           cell(m_c.unblended),
                           "is a negative cost on a usage line (credits and refunds have their own line types)");
        if (const std::string_view currency = cell(m_c.currency); !currency.empty() && currency != "USD")
            return badCell(m_c.currency, currency, "is not USD: the tracker sums USD bills only");
        // What and where.
        l.payerAccount = cell(m_c.payer);
        l.usageAccount = cell(m_c.account);
        if (l.usageAccount.empty()) l.usageAccount = l.payerAccount;
        l.productCode = cell(m_c.product);
        if (l.productCode.empty() && m_c.serviceName >= 0) l.productCode = serviceCode(cell(m_c.serviceName));
        l.usageType = cell(m_c.usageType);
        l.operation = cell(m_c.operation);
        l.productFamily = cell(m_c.family);
        l.marketplace = cell(m_c.billingEntity) == "AWS Marketplace";
        l.resourceId = cell(m_c.resource);
        l.description = cell(m_c.description);
        if (m_format == model::BillingFormat::Focus && l.usageType.empty() &&
            formats::text::containsIgnoreCase(l.description, "data transfer"))
            l.productFamily = "Data Transfer"; // FOCUS without x_UsageType: the charge's own words
        // Tags.
        if (const std::string_view v = cell(m_c.tagExact); !v.empty()) {
            l.tagKey = TagKeyState::Exact;
            l.tagValue = v;
        }
        l.nameTag = cell(m_c.nameTag);
        if (l.tagKey == TagKeyState::Absent)
            for (const auto& [i, key] : m_c.nearMiss)
                if (const std::string_view v = cell(i); !v.empty()) {
                    l.tagKey = TagKeyState::NearMiss;
                    l.nearMissKey = key;
                    l.nearMissValue = v;
                    break;
                }
        if (const std::string_view map = cell(m_c.tagMap); map.size() > 2) {
            forEachMapEntry(map, [&](std::string_view key, std::string_view value) {
                if (value.empty()) return;
                switch (classifyKey(key)) {
                case KeyKind::MapMigrated:
                    l.tagKey = TagKeyState::Exact;
                    l.tagValue = value;
                    break;
                case KeyKind::NearMiss:
                    if (l.tagKey == TagKeyState::Absent) {
                        l.tagKey = TagKeyState::NearMiss;
                        l.nearMissKey = key;
                        l.nearMissValue = value;
                    }
                    break;
                case KeyKind::Name:
                    if (l.nameTag.empty()) l.nameTag = value;
                    break;
                case KeyKind::Other:
                    break;
                }
            });
        }
        out.add(l);
        return {};
    }

    void addNote(std::string note) { m_notes.push_back(std::move(note)); }

    std::vector<std::string> notes() const override {
        std::vector<std::string> notes = m_notes;
        if (m_otherProviderLines > 0)
            notes.push_back(std::to_string(m_otherProviderLines) +
                            " lines of other clouds (ProviderName not AWS) left out");
        if (m_unknownServiceNames > 0)
            notes.push_back("some FOCUS ServiceName values have no known product code: counted as not on the list");
        return notes;
    }

private:
    std::string columnName(int i) const {
        return i >= 0 && static_cast<std::size_t>(i) < m_names.size() ? m_names[static_cast<std::size_t>(i)] : "?";
    }

    std::string badCell(int column, std::string_view value, const char* what) const {
        std::string shown(value.substr(0, 40));
        for (char& ch : shown)
            if (static_cast<unsigned char>(ch) < 0x20) ch = ' '; // the message stays one line
        return "column " + columnName(column) + ": \"" + formats::text::sanitizeUtf8(shown) + "\" " + what;
    }

    template <class Cell>
    std::string money(Cell& cell, int column, double& target, double absent) {
        if (column < 0) {
            target = absent;
            return {};
        }
        const std::string_view s = cell(column);
        if (s.empty()) {
            target = absent;
            return {};
        }
        if (!formats::parseDecimal(s, target)) return badCell(column, s, "is not a number");
        // A trillion dollars on one line is a damaged file; sums of such values could overflow to infinity.
        if (std::fabs(target) > kMaxLineUsd) return badCell(column, s, "is out of range for one line");
        return {};
    }

    BillingLineType lineType(std::string_view text) {
        if (m_format == model::BillingFormat::Focus) {
            if (text == "Usage") return m_commitmentUnused ? BillingLineType::CommitmentFee : BillingLineType::Usage;
            if (text == "Purchase") return BillingLineType::CommitmentFee;
            if (text == "Tax") return BillingLineType::Tax;
            if (text == "Credit") return BillingLineType::Credit;
            if (text == "Adjustment") return BillingLineType::Refund;
            return BillingLineType::Unknown;
        }
        if (m_c.type < 0) return BillingLineType::Usage; // no LineItemType column: noted at the header
        if (text == m_lastTypeText && m_lastTypeValid) return m_lastType;
        m_lastTypeText.assign(text);
        m_lastType = model::lineTypeFromCur(text);
        m_lastTypeValid = true;
        return m_lastType;
    }

    std::string_view serviceCode(std::string_view name) {
        if (name == m_lastServiceName && m_lastServiceValid) return m_lastServiceCode;
        m_lastServiceName.assign(name);
        m_lastServiceCode = productCodeForServiceName(name, m_rules);
        if (m_lastServiceCode.empty()) {
            ++m_unknownServiceNames;
            m_lastServiceCode.assign(name);
        }
        m_lastServiceValid = true;
        return m_lastServiceCode;
    }

    std::vector<std::string> m_names;
    Columns m_c;
    const model::MapRules& m_rules;
    std::string m_lastTypeText;
    BillingLineType m_lastType = BillingLineType::Usage;
    bool m_lastTypeValid = false;
    std::string m_lastServiceName, m_lastServiceCode;
    bool m_lastServiceValid = false;
    std::uint64_t m_otherProviderLines = 0;
    std::uint64_t m_unknownServiceNames = 0;
    bool m_commitmentUnused = false;
};

// Column names of each line-item format, by role. Legacy CUR names are matched in snake case (CUR 2.0's spelling).
struct Role {
    int Columns::*member;
    std::initializer_list<std::string_view> names;
};

const Role kCurRoles[] = {
    {&Columns::payer, {"bill_payer_account_id"}},
    {&Columns::account, {"line_item_usage_account_id"}},
    {&Columns::type, {"line_item_line_item_type"}},
    {&Columns::usageStart, {"line_item_usage_start_date"}},
    {&Columns::billingStart, {"bill_billing_period_start_date"}},
    {&Columns::product, {"line_item_product_code"}},
    {&Columns::usageType, {"line_item_usage_type"}},
    {&Columns::operation, {"line_item_operation"}},
    {&Columns::family, {"product_product_family", "product_family"}},
    {&Columns::billingEntity, {"bill_billing_entity"}},
    {&Columns::resource, {"line_item_resource_id"}},
    {&Columns::description, {"line_item_line_item_description"}},
    {&Columns::currency, {"line_item_currency_code"}},
    {&Columns::unblended, {"line_item_unblended_cost"}},
    {&Columns::net, {"line_item_net_unblended_cost"}},
    {&Columns::riEffective, {"reservation_effective_cost"}},
    {&Columns::riNetEffective, {"reservation_net_effective_cost"}},
    {&Columns::spEffective, {"savings_plan_savings_plan_effective_cost"}},
    {&Columns::spNetEffective, {"savings_plan_net_savings_plan_effective_cost"}},
    {&Columns::tagMap, {"resource_tags"}},
};

const Role kFocusRoles[] = {
    {&Columns::payer, {"BillingAccountId"}},
    {&Columns::account, {"SubAccountId"}},
    {&Columns::type, {"ChargeCategory"}},
    {&Columns::usageStart, {"ChargePeriodStart"}},
    {&Columns::billingStart, {"BillingPeriodStart"}},
    {&Columns::product, {"x_ServiceCode"}},
    {&Columns::serviceName, {"ServiceName"}},
    {&Columns::usageType, {"x_UsageType"}},
    {&Columns::operation, {"x_Operation"}},
    {&Columns::resource, {"ResourceId"}},
    {&Columns::description, {"ChargeDescription"}},
    {&Columns::currency, {"BillingCurrency"}},
    {&Columns::unblended, {"BilledCost"}},
    {&Columns::net, {"EffectiveCost"}},
    {&Columns::tagMap, {"Tags"}},
    {&Columns::provider, {"ProviderName"}},
    {&Columns::commitmentStatus, {"CommitmentDiscountStatus"}},
};

const Role kSummaryRoles[] = {
    {&Columns::billingStart, {"month"}},
    {&Columns::account, {"account_id"}},
    {&Columns::type, {"line_item_type"}},
    {&Columns::product, {"product_code"}},
    {&Columns::family, {"product_family"}},
    {&Columns::usageType, {"usage_type"}},
    {&Columns::operation, {"operation"}},
    {&Columns::resource, {"resource_id"}},
    {&Columns::tagExact, {"tag_map_migrated"}},
    {&Columns::nameTag, {"tag_name"}},
    {&Columns::description, {"description"}},
    {&Columns::unblended, {"unblended_cost"}},
    {&Columns::net, {"net_unblended_cost"}},
    {&Columns::riEffective, {"reservation_effective_cost"}},
    {&Columns::spEffective, {"savings_plan_effective_cost"}},
};

template <std::size_t N>
void assignRoles(Columns& c, const Role (&roles)[N], const std::unordered_map<std::string, int>& index) {
    for (const Role& r : roles)
        for (std::string_view name : r.names)
            if (const auto it = index.find(std::string(name)); it != index.end()) {
                c.*(r.member) = it->second;
                break;
            }
}

bool hasAny(const std::unordered_map<std::string, int>& index, std::initializer_list<std::string_view> names) {
    return std::any_of(names.begin(), names.end(), [&](std::string_view n) { return index.count(std::string(n)) > 0; });
}

} // namespace

bool parseBillingDate(std::string_view t, model::MonthIndex& month, int& yyyymmdd) {
    auto digits = [&](std::size_t from, std::size_t count, int& value) {
        if (t.size() < from + count) return false;
        value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (t[i] < '0' || t[i] > '9') return false;
            value = value * 10 + (t[i] - '0');
        }
        return true;
    };
    int year = 0, mon = 0, day = 1;
    if (!digits(0, 4, year) || t.size() < 7 || t[4] != '-' || !digits(5, 2, mon) || mon < 1 || mon > 12) return false;
    if (t.size() > 7) {
        if (t[7] != '-' || !digits(8, 2, day) || day < 1 || day > 31) return false;
    }
    month = year * 12 + (mon - 1);
    yyyymmdd = year * 10000 + mon * 100 + day;
    return true;
}

std::string productCodeForServiceName(std::string_view name, const model::MapRules& rules) {
    name = formats::text::trim(name);
    // Cost Explorer's own labels for the services it splits or shortens.
    static const std::pair<std::string_view, std::string_view> kLabels[] = {
        {"EC2-Instances", "AmazonEC2"},
        {"EC2-Other", "AmazonEC2"},
        {"Amazon Elastic Compute Cloud - Compute", "AmazonEC2"},
        {"Amazon Elastic Compute Cloud", "AmazonEC2"},
        {"Relational Database Service", "AmazonRDS"},
        {"Amazon Relational Database Service", "AmazonRDS"},
        {"S3", "AmazonS3"},
        {"Amazon Simple Storage Service", "AmazonS3"},
        {"Elastic Load Balancing", "AWSELB"},
        {"Key Management Service", "awskms"},
        {"AWS Key Management Service", "awskms"},
        {"Simple Queue Service", "AWSQueueService"},
        {"Amazon Simple Queue Service", "AWSQueueService"},
        {"Simple Notification Service", "AmazonSNS"},
        {"Amazon Simple Notification Service", "AmazonSNS"},
        {"Lambda", "AWSLambda"},
        {"CloudWatch", "AmazonCloudWatch"},
        {"DynamoDB", "AmazonDynamoDB"},
        {"VPC", "AmazonVPC"},
        {"Amazon Virtual Private Cloud", "AmazonVPC"},
        {"Route 53", "AmazonRoute53"},
        {"CloudFront", "AmazonCloudFront"},
        {"EC2 Container Service", "AmazonECS"},
        {"Elastic Container Service", "AmazonECS"},
        {"Elastic Container Service for Kubernetes", "AmazonEKS"},
        {"Elastic File System", "AmazonEFS"},
        {"ElastiCache", "AmazonElastiCache"},
        {"Redshift", "AmazonRedshift"},
        {"Glue", "AWSGlue"},
        {"Backup", "AWSBackup"},
        {"Secrets Manager", "AWSSecretsManager"},
        {"Athena", "AmazonAthena"},
    };
    for (const auto& [label, code] : kLabels)
        if (label == name) return std::string(code);
    for (const model::IncludedService& s : rules.services) {
        if (s.serviceName == name) return s.productCode;
        std::string_view listed = s.serviceName;
        if (const std::size_t paren = listed.find(" ("); paren != std::string_view::npos) { // "... Service (RDS)"
            listed = listed.substr(0, paren);
            if (listed == name) return s.productCode;
        }
        for (std::string_view prefix : {"Amazon ", "AWS "})
            if (listed.substr(0, prefix.size()) == prefix) listed.remove_prefix(prefix.size());
        if (listed == name) return s.productCode;
    }
    return {};
}

std::unique_ptr<RowReader> makeRowReader(const std::vector<std::string_view>& header, const model::MapRules& rules,
                                         std::string& error) {
    std::vector<std::string> names;
    std::vector<std::string> cleaned;
    for (std::string_view h : header) {
        names.emplace_back(formats::text::trim(h));
        cleaned.push_back(names.back());
    }
    // The summary CSV: its exact header row.
    if (isBillingSummaryHeader(cleaned)) {
        std::unordered_map<std::string, int> index;
        for (std::size_t i = 0; i < names.size(); ++i) index.emplace(names[i], static_cast<int>(i));
        Columns c;
        assignRoles(c, kSummaryRoles, index);
        auto reader = std::make_unique<LineItemReader>(model::BillingFormat::Summary, names, c, rules);
        reader->addNote("summary CSV: no billing entity or near-miss tag keys (the query's grouping cannot show them)");
        return reader;
    }
    std::unordered_map<std::string, int> asWritten;
    for (std::size_t i = 0; i < names.size(); ++i) asWritten.emplace(names[i], static_cast<int>(i));
    // FOCUS.
    if (asWritten.count("BilledCost") && (asWritten.count("ChargeCategory") || asWritten.count("ChargePeriodStart"))) {
        Columns c;
        assignRoles(c, kFocusRoles, asWritten);
        auto reader = std::make_unique<LineItemReader>(model::BillingFormat::Focus, names, c, rules);
        if (c.type < 0) {
            error = "column ChargeCategory is missing: the FOCUS file cannot tell usage from credits";
            return nullptr;
        }
        if (c.usageStart < 0 && c.billingStart < 0) {
            error = "no date column (ChargePeriodStart or BillingPeriodStart)";
            return nullptr;
        }
        if (c.product < 0) reader->addNote("no x_ServiceCode column: services matched to the list by ServiceName");
        if (c.usageType < 0)
            reader->addNote("no x_UsageType column: data transfer recognised from ChargeDescription only");
        if (c.resource < 0) reader->addNote("no ResourceId column: no resources can be listed");
        if (c.tagMap < 0) reader->addNote("no Tags column: nothing can count as tagged");
        return reader;
    }
    // Legacy CUR (slash-camel), CUR 2.0 and Athena's legacy names (snake).
    std::unordered_map<std::string, int> snake;
    Columns c;
    bool legacy = false;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string& n = names[i];
        // Tag keys as written, spaces included: "map-migrated " is a near miss, not the key.
        const std::string_view raw = header[i];
        std::string_view key;
        if (n.rfind("resourceTags/", 0) == 0) {
            legacy = true;
            key = raw.substr(raw.find("resourceTags/") + 13);
        } else if (n.rfind("resource_tags_", 0) == 0) {
            key = raw.substr(raw.find("resource_tags_") + 14);
        }
        if (!key.empty()) {
            switch (classifyKey(key)) {
            case KeyKind::MapMigrated:
                c.tagExact = static_cast<int>(i);
                break;
            case KeyKind::NearMiss:
                c.nearMiss.emplace_back(static_cast<int>(i), std::string(key));
                break;
            case KeyKind::Name:
                if (c.nameTag < 0 || key == "user:Name" || key == "user_name") c.nameTag = static_cast<int>(i);
                break;
            case KeyKind::Other:
                break;
            }
            continue;
        }
        if (n.find('/') != std::string::npos) legacy = true;
        snake.emplace(snakeCase(n), static_cast<int>(i));
    }
    const bool cur =
        hasAny(snake, {"line_item_unblended_cost", "line_item_line_item_type", "line_item_usage_account_id",
                       "line_item_usage_start_date", "line_item_product_code"});
    if (!cur) {
        if (auto ce = makeCostExplorerReader(header, rules, error)) return ce;
        if (error.empty())
            error = "not a billing export the tracker reads: the header has none of lineItem/UnblendedCost, "
                    "line_item_unblended_cost, BilledCost, a Cost Explorer \"Total costs($)\" column or the summary "
                    "CSV's columns";
        return nullptr;
    }
    assignRoles(c, kCurRoles, snake);
    const model::BillingFormat format = legacy || (c.tagMap < 0 && (c.tagExact >= 0 || !c.nearMiss.empty()))
                                            ? model::BillingFormat::Cur
                                            : model::BillingFormat::Cur2;
    const char* costName =
        format == model::BillingFormat::Cur && legacy ? "lineItem/UnblendedCost" : "line_item_unblended_cost";
    if (c.unblended < 0) {
        error = std::string("no cost column (") + costName + ")";
        return nullptr;
    }
    if (c.usageStart < 0 && c.billingStart < 0) {
        error = "no date column (lineItem/UsageStartDate or bill/BillingPeriodStartDate)";
        return nullptr;
    }
    auto reader = std::make_unique<LineItemReader>(format, names, c, rules);
    if (c.type < 0) reader->addNote("no line item type column: every line read as usage");
    if (c.resource < 0) reader->addNote("no resource ID column: no resources can be listed");
    if (c.net < 0) reader->addNote("no net unblended cost column: spend before discounts (EDP, private pricing)");
    if (c.tagExact < 0 && c.tagMap < 0) reader->addNote("no map-migrated tag column: nothing counts as tagged");
    return reader;
}

} // namespace est::io::billing
