// io/billing_cost_explorer.cpp - the Cost Explorer "Download CSV": one row per period, one column per group
// ("EC2-Instances($)", ..., "Total costs($)"). Totals only: no resources, no line types, one grouping per file.
#include "io/billing_rows.hpp"

#include "formats/decimal.hpp"
#include "formats/text.hpp"

#include <algorithm>
#include <cmath>

namespace est::io::billing {
namespace {

using model::BillingLine;
using model::BillingLineType;

enum class Grouping { Service, Tag };

// "EC2-Instances($)" -> "EC2-Instances"; "Total cost ($)" -> "Total cost".
std::string_view groupLabel(std::string_view header) {
    header = formats::text::trim(header);
    if (header.size() >= 3 && header.substr(header.size() - 3) == "($)") header.remove_suffix(3);
    return formats::text::trim(header);
}

bool isTotal(std::string_view label) {
    const std::string n = formats::text::normalizeHeader(label);
    return n == "totalcosts" || n == "totalcost";
}

class CostExplorerReader : public RowReader {
public:
    CostExplorerReader(Grouping grouping, std::vector<std::string> labels, const model::MapRules& rules)
        : m_grouping(grouping), m_labels(std::move(labels)) {
        m_format = model::BillingFormat::CostExplorer;
        m_wanted.assign(m_labels.size(), true);
        m_codes.resize(m_labels.size());
        m_types.assign(m_labels.size(), BillingLineType::Usage);
        m_tagged.assign(m_labels.size(), false);
        for (std::size_t i = 1; i < m_labels.size(); ++i) {
            const std::string& label = m_labels[i];
            if (grouping == Grouping::Service) {
                const std::string n = formats::text::normalizeHeader(label);
                if (n == "tax")
                    m_types[i] = BillingLineType::Tax;
                else if (n == "credit" || n == "credits")
                    m_types[i] = BillingLineType::Credit;
                else if (n == "refund" || n == "refunds")
                    m_types[i] = BillingLineType::Refund;
                m_codes[i] = productCodeForServiceName(label, rules);
                if (m_codes[i].empty()) m_codes[i] = label; // not on the list
            } else {
                // "map-migrated$mig12345" (the API's spelling) or the value alone; "No tag key..." is untagged.
                std::string_view value = label;
                if (const std::size_t dollar = value.find('$'); dollar != std::string_view::npos)
                    value.remove_prefix(dollar + 1);
                m_tagged[i] = !value.empty() && !formats::text::containsIgnoreCase(label, "no tag");
                m_codes[i] = std::string(value);
            }
        }
        m_notes.push_back(
            "Cost Explorer CSV: totals only. It names no resources (no list of what to tag), has no line "
            "types (credits only if a Credit column is there) and cannot tell data transfer inside EC2-Other");
        if (grouping == Grouping::Tag)
            m_notes.push_back(
                "grouped by tag: the MAP Included Services list cannot be applied (no services); every "
                "cost counts as eligible. Filter the download to included services and charge type Usage");
        else
            m_notes.push_back("grouped by service: no tags, so nothing counts as tagged. Download it again grouped by "
                              "the map-migrated tag for tagged spend");
    }

    std::string read(const std::vector<std::string_view>& f, model::BillingFileAggregate& out) override {
        const std::string_view period = formats::text::trim(f.empty() ? std::string_view() : f[0]);
        if (period.empty() || formats::text::containsIgnoreCase(period, "total")) return {}; // the totals row
        BillingLine l;
        int day = 0;
        if (!parseBillingDate(period, l.usageMonth, day))
            return "column " + m_labels[0] + ": \"" + std::string(period.substr(0, 40)) + "\" is not a date";
        l.usageDate = day;
        l.billingMonth = l.usageMonth;
        for (std::size_t i = 1; i < f.size() && i < m_labels.size(); ++i) {
            if (isTotal(m_labels[i])) continue;
            const std::string_view cell = formats::text::trim(f[i]);
            if (cell.empty()) continue;
            double usd = 0.0;
            if (!formats::parseDecimal(cell, usd) || std::fabs(usd) > 1e12)
                return "column " + m_labels[i] + "($): \"" + std::string(cell.substr(0, 40)) + "\" is not a number";
            if (usd < 0.0 && m_types[i] == BillingLineType::Usage)
                return "column " + m_labels[i] + "($): \"" + std::string(cell.substr(0, 40)) +
                       "\" is a negative cost (download without credits, or group credits apart)";
            l.type = m_types[i];
            l.unblendedUsd = usd;
            if (m_grouping == Grouping::Service) {
                l.productCode = m_codes[i];
                l.description =
                    m_types[i] == BillingLineType::Usage ? std::string_view() : std::string_view(m_labels[i]);
            } else {
                l.productCode = {};
                l.tagKey = m_tagged[i] ? model::TagKeyState::Exact : model::TagKeyState::Absent;
                l.tagValue = m_tagged[i] ? std::string_view(m_codes[i]) : std::string_view();
            }
            out.add(l);
        }
        return {};
    }

private:
    Grouping m_grouping;
    std::vector<std::string> m_labels;
    std::vector<std::string> m_codes; // product code (service grouping) or tag value (tag grouping), per column
    std::vector<BillingLineType> m_types;
    std::vector<bool> m_tagged;
};

} // namespace

std::unique_ptr<RowReader> makeCostExplorerReader(const std::vector<std::string_view>& header,
                                                  const model::MapRules& rules, std::string& error) {
    if (header.size() < 2) return nullptr;
    const bool totalColumn = std::any_of(header.begin() + 1, header.end(), [](std::string_view h) {
        return h.find("($)") != std::string_view::npos && isTotal(groupLabel(h));
    });
    if (!totalColumn) return nullptr;
    std::vector<std::string> labels;
    for (std::string_view h : header) labels.emplace_back(groupLabel(h));
    const std::string dimension = formats::text::normalizeHeader(labels[0]);
    Grouping grouping;
    if (dimension == "service")
        grouping = Grouping::Service;
    else if (dimension.find("tag") != std::string::npos || dimension.find("mapmigrated") != std::string::npos)
        grouping = Grouping::Tag;
    else {
        error = "column " + labels[0] + ": a Cost Explorer download grouped by " + labels[0] +
                "; group it by Service or by the map-migrated tag";
        return nullptr;
    }
    return std::make_unique<CostExplorerReader>(grouping, std::move(labels), rules);
}

} // namespace est::io::billing
