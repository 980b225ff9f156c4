// model/result_check.hpp - the final check on a Result: no figure may be non-finite, no cost negative.
//
// Validation bounds every input, so a valid scenario should never fail this check; it is the engine's promise
// that an arithmetic surprise becomes an error naming the figure, never "$nan", "$inf" or a negative bill.
#pragma once

#include "model/result.hpp"

#include <vector>

namespace est::model {

/// One error per bad figure ("result.monthly[12].awsUsd: is not finite (inf)"), at most a few dozen; empty
/// when every figure is finite, every cost, price and funding amount is >= 0 and every count is in range.
std::vector<ValidationError> checkResult(const Result& r);

} // namespace est::model
