// model/payback.cpp - payback month and ROI with the reason when there is none (see payback.hpp).
#include "model/payback.hpp"

#include "model/format.hpp"

namespace est::model {

int firstActiveMonth(const std::vector<PeriodFigures>& monthly) {
    const int n = static_cast<int>(monthly.size());
    for (int m = 0; m < n; ++m) {
        const PeriodFigures& p = monthly[static_cast<std::size_t>(m)];
        if (p.oneTimeUsd > 0.0 || p.awsUsd > 0.0 || p.subscriptionUsd > 0.0 || p.opsLabourUsd > 0.0 ||
            p.fundingTotalUsd > 0.0 || p.legacyUsd < p.statusQuoUsd)
            return m;
    }
    return n;
}

Payback paybackOf(const std::vector<PeriodFigures>& monthly, int liveInHorizon) {
    Payback p;
    if (liveInHorizon <= 0) {
        p.why = NoFigure::NothingMigrates;
        return p;
    }
    const int n = static_cast<int>(monthly.size());
    int from = n;
    for (int m = n - 1; m >= 0 && monthly[static_cast<std::size_t>(m)].cumulativeSavingsUsd >= 0.0; --m) from = m;
    if (from >= n) {
        p.why = NoFigure::NeverInHorizon;
        return p;
    }
    // Savings >= 0 before anything happens are the status quo, not a payback: count from the first active month.
    const int active = firstActiveMonth(monthly);
    p.month = from > active ? from : active;
    if (*p.month >= n) {
        p.month.reset();
        p.why = NoFigure::NothingMigrates;
    }
    return p;
}

std::optional<double> roiOf(double horizonSavingsUsd, double oneTimeUsd, int liveInHorizon, NoFigure& why) {
    why = NoFigure::None;
    if (liveInHorizon <= 0)
        why = NoFigure::NothingMigrates;
    else if (!(oneTimeUsd > 0.0))
        why = NoFigure::NoOneTimeCost;
    else
        return horizonSavingsUsd / oneTimeUsd;
    return std::nullopt;
}

std::string_view noFigureText(NoFigure why) {
    switch (why) {
    case NoFigure::None:
        return "";
    case NoFigure::NeverInHorizon:
        return "never within the horizon";
    case NoFigure::NothingMigrates:
        return "nothing migrates";
    case NoFigure::NoOneTimeCost:
        return "no one-time cost";
    }
    return "";
}

std::string paybackText(const TcoSummary& t, const Settings& s) {
    if (!t.paybackMonth) return std::string(noFigureText(t.whyNoPayback));
    return "month " + std::to_string(*t.paybackMonth) + " (" + monthText(s, *t.paybackMonth) + ")";
}

} // namespace est::model
