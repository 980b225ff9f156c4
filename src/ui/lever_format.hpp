// ui/lever_format.hpp - goal-seek outputs and lever values in the display currency (shared by two panels).
#pragma once

#include "model/assumptions.hpp"
#include "model/goal_seek.hpp"
#include "ui/format.hpp"

#include <string>
#include <string_view>

namespace est::ui {

/// A value in a registry unit as the user reads it: money in display currency (small prices with cents),
/// percent, or the number with its unit.
std::string unitValueText(model::AssumptionUnit unit, bool integer, double value, const NumberFormat& f);
/// The unit of a lever key: the registry's, Percent for the custom tagging levers.
model::AssumptionUnit leverUnit(std::string_view key);
/// A goal-seek output in display form: money, "month 18" / "never", the verdict's name.
std::string seekOutputText(model::SeekOutput output, double value, const NumberFormat& f);
/// True for the outputs measured in USD.
bool seekOutputIsMoney(model::SeekOutput output);
/// Value shown in an input box for a unit (display currency, percent points, else as is) and back.
double toDisplayUnit(model::AssumptionUnit unit, double value, const NumberFormat& f);
double fromDisplayUnit(model::AssumptionUnit unit, double shown, const NumberFormat& f);

} // namespace est::ui
