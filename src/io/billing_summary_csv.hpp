// io/billing_summary_csv.hpp - the tracker's summary CSV: what the Athena query (docs/) reduces a CUR table to, and
// what the tracker reads like any export. Its header row is a fixed interface.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace est::io {

/// The header row, column by column, in order. One row per group; the four cost columns are sums; month "YYYY-MM".
inline constexpr std::array<std::string_view, 15> kBillingSummaryColumns = {"month",
                                                                            "account_id",
                                                                            "line_item_type",
                                                                            "product_code",
                                                                            "product_family",
                                                                            "usage_type",
                                                                            "operation",
                                                                            "resource_id",
                                                                            "tag_map_migrated",
                                                                            "tag_name",
                                                                            "description",
                                                                            "unblended_cost",
                                                                            "net_unblended_cost",
                                                                            "reservation_effective_cost",
                                                                            "savings_plan_effective_cost"};

/// True when `header` is exactly that row (cells compared as written, surrounding spaces ignored).
bool isBillingSummaryHeader(const std::vector<std::string>& header);

} // namespace est::io
