// app/catalogue_file.cpp - a price catalogue the user drops or opens: the catalogue format or an AWS offer file.
#include "app/catalogue_file.hpp"

#include <memory>

#include "formats/csv_stream.hpp"
#include "io/aws_price_list.hpp"
#include "io/price_catalogue.hpp"

namespace est::app {
namespace {

std::string describe(const model::PriceCatalogue& c, std::string_view fileName) {
    std::string regions;
    for (const model::RegionPrices& r : c.regions) regions += (regions.empty() ? "" : ", ") + r.code;
    return "Prices from " + std::string(fileName) + ": " + regions + ", " + std::to_string(c.instances.size()) +
           " instance types";
}

} // namespace

CatalogueFileLoad loadCatalogueFile(std::string_view bytes, std::string_view fileName, const std::string& today) {
    CatalogueFileLoad out;
    if (io::looksLikeAwsPriceList(bytes)) {
        // Read in place, without a std::istream (see formats::ByteSource).
        formats::MemoryByteSource source(bytes);
        io::PriceListImport imported =
            io::importAwsPriceList(std::vector<io::OfferFileSource>{{std::string(fileName), &source}}, today);
        out.problems = std::move(imported.problems);
        out.catalogue = std::move(imported.catalogue);
    } else {
        io::CatalogueLoad load = io::readPriceCatalogue(bytes);
        out.problems = std::move(load.problems);
        out.catalogue = std::move(load.catalogue);
    }
    out.summary = out.catalogue
                      ? describe(*out.catalogue, fileName)
                      : std::string(fileName) + " not loaded: " +
                            (out.problems.empty() ? std::string("no usable price")
                                                  : out.problems.front().where + ": " + out.problems.front().message);
    return out;
}

namespace {

void notifyProblems(AppState& state, const CatalogueFileLoad& load, const std::string& fileName) {
    if (!load.problems.empty())
        state.notify(Notice::Level::Warning, fileName + ": " + std::to_string(load.problems.size()) +
                                                 " notes; first: " + load.problems.front().where + ": " +
                                                 load.problems.front().message);
}

} // namespace

bool useCatalogueFile(AppState& state, std::string_view bytes, const std::string& fileName, const std::string& today) {
    CatalogueFileLoad load = loadCatalogueFile(bytes, fileName, today);
    if (!load.catalogue || load.catalogue->regions.empty()) {
        state.notify(Notice::Level::Error,
                     load.catalogue ? fileName + " not loaded: it has no region's prices" : load.summary);
        return false;
    }
    std::shared_ptr<const model::PriceCatalogue> catalogue =
        model::withRegionsOf(state.scenario.aws.catalogue, *load.catalogue);
    std::string region = state.scenario.aws.region;
    std::string summary = load.summary + " (its regions' tables in place of the ones in use)";
    if (load.catalogue->region(region) == nullptr) { // the user dropped another region's prices: price there
        region = load.catalogue->regions.front().code;
        summary += "; target region now " + catalogue->regionName(region);
    }
    state.edit("Use prices from " + fileName, EditScope::Settings, [catalogue, region](model::Scenario& s) {
        s.aws.catalogue = catalogue;
        s.aws.region = region;
    });
    state.notify(Notice::Level::Info, summary);
    notifyProblems(state, load, fileName);
    return true;
}

bool addRegionPrices(AppState& state, std::string_view bytes, const std::string& fileName, const std::string& today) {
    CatalogueFileLoad load = loadCatalogueFile(bytes, fileName, today);
    if (!load.catalogue || load.catalogue->regions.empty()) return false;
    state.addPrices(model::withRegionsOf(state.scenario.aws.catalogue, *load.catalogue));
    notifyProblems(state, load, fileName);
    return true;
}

} // namespace est::app
