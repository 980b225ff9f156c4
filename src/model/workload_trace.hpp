// model/workload_trace.hpp - one workload's cost today and after, as a trace with its licence lines.
#pragma once

#include "model/result.hpp"
#include "model/scenario.hpp"

#include <cstddef>

namespace est::model {

/// How workload `index` of an estimated scenario costs what it does: today's parts (host share, storage,
/// licences, labour; or its share of the bill), the run cost after the move, and every licence line today and
/// after (licences.hpp) with the condition bringing them needs, as notes. Empty when the index is out of range.
Trace workloadCostTrace(const Scenario& s, const Result& r, std::size_t index);

} // namespace est::model
