// io/map_rules_asset.hpp - the MAP Included Services list shipped with the product (assets/map-included-services.json,
// generated from the list with its date and source) as model::MapRules.
#pragma once

#include "model/map_rules.hpp"

#include <string>
#include <string_view>

namespace est::io {

/// The shipped rules, parsed once (the asset is checked by the tests: a parse failure would be a build defect).
const model::MapRules& shippedMapRules();

/// Parses a rules document in the asset's format. Returns "" or the reason (then `rules` is left as it was).
std::string parseMapRules(std::string_view json, model::MapRules& rules);

} // namespace est::io
