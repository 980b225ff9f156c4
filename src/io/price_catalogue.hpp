// io/price_catalogue.hpp - the price catalogue file (docs/price-catalogue.md): bytes in, catalogue out.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/table.hpp"
#include "model/catalogue.hpp"

namespace est::io {

inline constexpr const char* kPriceCatalogueFormat = "estimator-price-catalogue";
inline constexpr int kPriceCatalogueVersion = 1;

struct CatalogueLoad {
    std::optional<model::PriceCatalogue> catalogue; ///< nullopt: refused, the catalogue in use stays
    std::vector<formats::InputProblem> problems;    ///< why it was refused, or rows skipped (JSON paths, lines)
};

/// Reads a catalogue file. Refuses malformed JSON (naming the line), a wrong format or newer version, no
/// usable spec, no region or no usable rate; skips bad rows with a problem each. Rates come out sorted.
CatalogueLoad readPriceCatalogue(std::string_view bytes);

/// Writes a catalogue in the same format (2-space indented, tables in Ec2Os / RdsEngine order, rates by type).
std::string writePriceCatalogue(const model::PriceCatalogue& catalogue);

/// File keys of the enums ("windows-sql-standard", "sqlserver-se", "multi-az"); parse returns nullopt if unknown.
const char* ec2OsKey(model::Ec2Os os);
const char* rdsEngineKey(model::RdsEngine engine);
const char* rdsDeploymentKey(model::RdsDeployment deployment);
std::optional<model::Ec2Os> parseEc2OsKey(std::string_view key);
std::optional<model::RdsEngine> parseRdsEngineKey(std::string_view key);
std::optional<model::RdsDeployment> parseRdsDeploymentKey(std::string_view key);

/// The shipped catalogue embedded in the binary (assets/prices/price-catalogue.json), read once.
std::shared_ptr<const model::PriceCatalogue> embeddedCatalogue();

} // namespace est::io
