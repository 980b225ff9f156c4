// ui/lever_format.cpp - display text and input conversion for goal-seek outputs and assumption / lever values.
#include "ui/lever_format.hpp"

#include <cmath>

namespace est::ui {
namespace {
bool isMoney(model::AssumptionUnit unit) {
    return unit == model::AssumptionUnit::Usd || unit == model::AssumptionUnit::UsdPerKwh ||
           unit == model::AssumptionUnit::UsdPerGbMonth;
}
} // namespace

std::string unitValueText(model::AssumptionUnit unit, bool integer, double value, const NumberFormat& f) {
    switch (unit) {
    case model::AssumptionUnit::Usd: {
        const double shown = value * f.rate;
        // Hourly and per-unit prices keep their cents; yearly and per-workload amounts are whole.
        return std::fabs(shown) < 100.0 && shown != std::round(shown) ? moneyPrecise(value, f, 2) : money(value, f);
    }
    case model::AssumptionUnit::UsdPerKwh:
        return moneyPrecise(value, f, 3) + " /kWh";
    case model::AssumptionUnit::UsdPerGbMonth:
        return moneyPrecise(value, f, 3) + " /GB-month";
    case model::AssumptionUnit::Percent:
        return percent(value, f, 1);
    default:
        return number(value, f, integer ? 0 : 2) + " " + std::string(model::unitLabel(unit));
    }
}

model::AssumptionUnit leverUnit(std::string_view key) {
    if (const model::Assumption* a = model::findAssumption(key)) return a->unit;
    return model::AssumptionUnit::Percent; // lever.taggedShare*: a share of workloads
}

bool seekOutputIsMoney(model::SeekOutput output) {
    return output != model::SeekOutput::PaybackMonth && output != model::SeekOutput::VerdictLevel;
}

std::string seekOutputText(model::SeekOutput output, double value, const NumberFormat& f) {
    if (output == model::SeekOutput::PaybackMonth) {
        if (!std::isfinite(value)) return "never (not within the horizon)";
        return "month " + number(value, f, 0);
    }
    if (output == model::SeekOutput::VerdictLevel) {
        return value >= 2.0 ? "MAP" : value >= 1.0 ? "MAP Lite" : "not eligible";
    }
    return money(value, f);
}

double toDisplayUnit(model::AssumptionUnit unit, double value, const NumberFormat& f) {
    if (isMoney(unit)) return value * f.rate;
    if (unit == model::AssumptionUnit::Percent) return value * 100.0;
    return value;
}

double fromDisplayUnit(model::AssumptionUnit unit, double shown, const NumberFormat& f) {
    if (isMoney(unit)) return shown / f.rate;
    if (unit == model::AssumptionUnit::Percent) return shown / 100.0;
    return shown;
}

} // namespace est::ui
