// io/prepared_for.cpp - "Prepared for ... by ..." from the customer's name and the partner brand.
#include "io/prepared_for.hpp"

namespace est::io {

std::string preparedForLine(std::string_view customerName, const PartnerBrand* partner) {
    const bool byPartner = partner != nullptr && !partner->name.empty();
    if (customerName.empty()) return byPartner ? "Prepared by " + partner->name : std::string();
    std::string line = "Prepared for " + std::string(customerName);
    if (byPartner) line += " by " + partner->name;
    return line;
}

std::string pageTitle(std::string_view customerName, const PartnerBrand* partner) {
    const std::string line = preparedForLine(customerName, partner);
    return line.empty() ? std::string("Migration Funding Estimator") : line + " - Migration Funding Estimator";
}

} // namespace est::io
