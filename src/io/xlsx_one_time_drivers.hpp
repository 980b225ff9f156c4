// io/xlsx_one_time_drivers.hpp - the one-time migration cost of each year as a formula of the workbook's
// Assumptions sheet: servers moving that year x each disposition's per-server rate, plus the per-application
// effort, less the professional-services discount, plus what the discount does not cover (the assessment fee). Change a
// rate on the Assumptions sheet and the yearly one-time cost, the cost with the move, the net cash flow and the horizon
// totals follow.
//
// The server counts come from the engine itself (each rate raised by a known amount, the change in each year's
// one-time cost divided by it), and the whole decomposition is checked with two more estimates, at higher rates
// with another discount and at halved rates: only when it predicts every year to the cent, and nothing but the
// one-time cost moved (Mobilize on the services cost, or partner cash waiting for costs to be booked, would), are
// the formulas written. Otherwise the workbook keeps the plain figures.
#pragma once

#include "model/result.hpp"
#include "model/scenario.hpp"

#include <string>
#include <vector>

namespace est::io {

struct OneTimeDriver {
    std::string assumptionKey;          ///< "rules.rehost.oneTimeUsdPerWorkload"
    std::string label;                  ///< the assumption's label
    int assumptionIndex = 0;            ///< position in model::assumptions() (its row on the Assumptions sheet)
    std::vector<double> serversPerYear; ///< server-equivalents whose one-time cost falls in each year
};

struct OneTimeDrivers {
    bool live = false;                       ///< the decomposition reproduced the engine: write the formulas
    std::vector<OneTimeDriver> drivers;      ///< the dispositions with servers moving in the horizon
    std::vector<double> otherPerYear;        ///< per-application effort etc. per year, before the services discount
    std::vector<double> undiscountedPerYear; ///< one-time cost the discount does not cover (the assessment fee)
    int discountIndex = 0; ///< position of program.professionalServicesDiscountPct in model::assumptions()
};

/// The drivers of `result` = estimate(`scenario`). Costs (dispositions in use + 3) estimates; not live for an
/// invalid result, a 100 % services discount, or an estate of more than `maxWorkloads`.
OneTimeDrivers oneTimeDrivers(const model::Scenario& scenario, const model::Result& result,
                              std::size_t maxWorkloads = 20000);

} // namespace est::io
