// io/prepared_for.hpp - the one wording of who a document is for and from ("Prepared for Acme Retail by Northwind
// Cloud"), shared by the slides, the exports and the page title so they never disagree.
#pragma once

#include "io/partner_brand.hpp"

#include <string>
#include <string_view>

namespace est::io {

/// "Prepared for <customer> by <partner>", "Prepared for <customer>" (no partner brand), "Prepared by <partner>"
/// (no customer named) or "" (neither): never "Prepared for" followed by a blank. `partner` may be nullptr; a brand
/// with an empty name counts as none. Plain text: escape it for HTML.
std::string preparedForLine(std::string_view customerName, const PartnerBrand* partner);

/// The page's (browser tab's) title: "Prepared for Acme Retail by Northwind Cloud - Migration Funding Estimator",
/// or the product's name alone when neither is set.
std::string pageTitle(std::string_view customerName, const PartnerBrand* partner);

} // namespace est::io
