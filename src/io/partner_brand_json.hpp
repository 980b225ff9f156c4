// io/partner_brand_json.hpp - reads and writes the partner brand as JSON. Separate from partner_brand.hpp so that
// code which only uses the brand (views, the platform) does not need the JSON library's headers.
#pragma once

#include "io/partner_brand.hpp"

#include "formats/json_value.hpp"

#include <optional>
#include <string>
#include <vector>

namespace est::io {

class JsonWriter;

/// Reads a partner brand object. Each problem names its field under `path` ("partner.accentColor"); any
/// problem means nothing is returned (a half-applied brand would mislead). Keys other than partnerName, tagline,
/// accentColor and logo ("format", for one) are ignored.
std::optional<PartnerBrand> readPartnerBrand(const formats::JsonValue& object, const std::string& path,
                                             std::vector<formats::InputProblem>& problems);

/// Writes the brand as the object readPartnerBrand() reads (keys in a fixed order; empty optional keys left out).
void writePartnerBrand(JsonWriter& w, const PartnerBrand& brand);

} // namespace est::io
