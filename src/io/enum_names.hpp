// io/enum_names.hpp - the stable text names of the model's enums, as scenario files and reports write them.
#pragma once

#include <optional>
#include <string_view>

#include "model/scenario.hpp"

namespace est::io {

/// Stable lower-camel names ("onPremises", "nonProduction", "savingsPlan1Year", "rehost", ...).
std::string_view toName(model::SourceKind v);
std::string_view toName(model::Environment v);
std::string_view toName(model::PowerState v);
std::string_view toName(model::DatabaseEngine v);
std::string_view toName(model::DatabaseEdition v);
std::string_view toName(model::LicenceModel v);
std::string_view toName(model::WorkloadKind v);
std::string_view toName(model::StorageBasis v);
std::string_view toName(model::Disposition v);
std::string_view toName(model::PricingModel v);
std::string_view toName(model::SupportPlan v);
std::string_view toName(model::MobilizeBasis v);
std::string_view toName(model::DependencyKind v);
std::string_view toName(model::FundingProfile v); ///< "programMechanics", "publishedRules"
std::string_view toName(model::MapTagKey v);      ///< the tag key itself: "map-migrated", "aws-apn-id"

/// The enum value named `name` (exact, case-sensitive), or nothing. T is one of the enums above.
template <typename T>
std::optional<T> fromName(std::string_view name);

/// Every accepted name of enum T, comma-separated, for messages ("onPremises, otherCloud, paas").
template <typename T>
std::string_view allNames();

} // namespace est::io
