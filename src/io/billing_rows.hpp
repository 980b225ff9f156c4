// io/billing_rows.hpp - turning the records of a billing export into model::BillingLine, format by format (internal to
// io: BillingStreamReader is the way in).
//
// The format is decided from the header row; only the columns a reader names are materialised by the tokenizer.
#pragma once

#include "model/credit_tracker.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace est::io::billing {

/// Reads the data records of one format.
class RowReader {
public:
    virtual ~RowReader() = default;
    /// Folds one data record into `out` (zero, one or, for Cost Explorer, several lines). "" or what is wrong, naming
    /// the column ("column lineItem/UnblendedCost: \"abc\" is not a number"); the caller adds file and line.
    virtual std::string read(const std::vector<std::string_view>& fields, model::BillingFileAggregate& out) = 0;
    /// The columns to materialise (by index).
    const std::vector<bool>& wanted() const { return m_wanted; }
    /// What the file cannot tell ("no resource IDs ..."), and what was left out while reading.
    virtual std::vector<std::string> notes() const { return m_notes; }
    model::BillingFormat format() const { return m_format; }

protected:
    std::vector<bool> m_wanted;
    std::vector<std::string> m_notes;
    model::BillingFormat m_format = model::BillingFormat::Cur;
};

/// The reader for `header`, or null with `error` set ("no cost column (lineItem/UnblendedCost)", "not a billing
/// export ..."). `rules` (the list's service names) maps FOCUS ServiceName and Cost Explorer labels to product codes.
std::unique_ptr<RowReader> makeRowReader(const std::vector<std::string_view>& header, const model::MapRules& rules,
                                         std::string& error);

/// A Cost Explorer download's reader (billing_cost_explorer.cpp); null with `error` when the header is not one.
std::unique_ptr<RowReader> makeCostExplorerReader(const std::vector<std::string_view>& header,
                                                  const model::MapRules& rules, std::string& error);

/// "2024-09-01T00:00:00Z", "2024-09-01 00:00:00", "2024-09-01", "2024-09" -> month index and yyyymmdd (day 1 when
/// absent). False when the text does not start with a date.
bool parseBillingDate(std::string_view text, model::MonthIndex& month, int& yyyymmdd);

/// A product code for a service's name ("Amazon Elastic Compute Cloud", Cost Explorer's "EC2-Instances"), from the
/// list's names and Cost Explorer's labels; "" when unknown.
std::string productCodeForServiceName(std::string_view name, const model::MapRules& rules);

} // namespace est::io::billing
