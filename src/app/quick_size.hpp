// app/quick_size.hpp - the five-minute answers: turns "where from, how big, what it costs today" into a scenario.
#pragma once

#include "model/scenario.hpp"

namespace est::app {

/// What the quick-size screen asks. Counts are whole numbers >= 0.
struct QuickSizeInputs {
    model::SourceKind source = model::SourceKind::OnPremises;
    int servers = 40;                 ///< servers / VMs
    int databases = 6;                ///< database servers (on-premises) or managed databases (cloud, PaaS)
    int applications = 8;             ///< applications the servers and databases are grouped into
    double monthlySpendUsd = 30000.0; ///< today's monthly spend on the whole estate; 0 = use on-premises drivers
    double committedMonthlyUsd = 0.0; ///< AWS spend a partner projected (committed), per month; 0 = from the sizing
    // The partner's rate card (the defaults until they type theirs): servers rehost per server, databases replatform
    // per application.
    double rehostUsdPerServer = 200.0;
    double replatformUsdPerApplication = 16500.0;
    bool operator==(const QuickSizeInputs&) const = default;
};

/// Builds a scenario from `base` (defaults: rules, plan, prices, program) with a synthetic estate of the given
/// size: servers of 4 vCPU / 16 GB / 200 GB, databases of 8 vCPU / 32 GB / 500 GB, spread round-robin over the
/// applications and over the plan's waves (one 6-month wave is added when the plan has none). Today's spend
/// becomes the bill (another cloud / PaaS) or per-workload cost overrides (on-premises, when > 0). A committed
/// monthly spend sets the projected ARR (12 x it) that MAP eligibility and funding use.
model::Scenario quickSizeScenario(const model::Scenario& base, const QuickSizeInputs& in);

} // namespace est::app
