// app/catalogue_file.hpp - a price catalogue the user drops or opens, to use in place of the shipped one.
//
// Bytes in, the catalogue to install out, or the errors to show; the catalogue in use is never touched here,
// so a refused file leaves it as it was.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/table.hpp"
#include "model/catalogue.hpp"

namespace est::app {

struct CatalogueFileLoad {
    std::optional<model::PriceCatalogue> catalogue; ///< nullopt: refused; keep the catalogue in use
    std::vector<io::InputProblem> problems;         ///< why it was refused, or rows it skipped
    std::string summary;                            ///< one line for the status bar
};

/// Reads a catalogue file (docs/price-catalogue.md) or an AWS Price List bulk offer file (CSV, EC2 or RDS,
/// one region). `today` (YYYY-MM-DD) dates a catalogue built from an offer file.
CatalogueFileLoad loadCatalogueFile(std::string_view bytes, std::string_view fileName, const std::string& today);

} // namespace est::app
