// app/catalogue_file.hpp - a price catalogue the user drops or opens, to use in place of the shipped one.
//
// Bytes in, the catalogue to install out, or the errors to show; the catalogue in use is never touched here,
// so a refused file leaves it as it was.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_state.hpp"
#include "formats/table.hpp"
#include "model/catalogue.hpp"

namespace est::app {

struct CatalogueFileLoad {
    std::optional<model::PriceCatalogue> catalogue; ///< nullopt: refused; keep the catalogue in use
    std::vector<formats::InputProblem> problems;    ///< why it was refused, or rows it skipped
    std::string summary;                            ///< one line for the status bar
};

/// Reads a catalogue file (docs/price-catalogue.md) or an AWS Price List bulk offer file (CSV, EC2 or RDS,
/// one region). `today` (YYYY-MM-DD) dates a catalogue built from an offer file.
CatalogueFileLoad loadCatalogueFile(std::string_view bytes, std::string_view fileName, const std::string& today);

/// Loads a dropped catalogue and, when it is usable, adds its regions to the catalogue in use (a region it
/// carries replaces that region's tables) as one undoable step; the target region moves to the file's first
/// region when the file lacks the current one. A refused file leaves the catalogue in use and says why. Returns
/// whether the catalogue changed.
bool useCatalogueFile(AppState& state, std::string_view bytes, const std::string& fileName, const std::string& today);

/// Adds the regions of a shipped region file the page fetched (the same prices as the app's, one more region)
/// to the catalogue in use and to the defaults, without an undo step: nothing the user chose changes.
/// Returns false, changing nothing, when the file is not a usable catalogue.
bool addRegionPrices(AppState& state, std::string_view bytes, const std::string& fileName, const std::string& today);

} // namespace est::app
