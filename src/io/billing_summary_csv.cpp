// io/billing_summary_csv.cpp - recognising the tracker's summary CSV by its exact header row.
#include "io/billing_summary_csv.hpp"

#include "formats/text.hpp"

namespace est::io {

bool isBillingSummaryHeader(const std::vector<std::string>& header) {
    if (header.size() != kBillingSummaryColumns.size()) return false;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (formats::text::trim(header[i]) != kBillingSummaryColumns[i]) return false;
    return true;
}

} // namespace est::io
