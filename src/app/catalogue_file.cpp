// app/catalogue_file.cpp - a price catalogue the user drops or opens: the catalogue format or an AWS offer file.
#include "app/catalogue_file.hpp"

#include <istream>
#include <streambuf>

#include "io/aws_price_list.hpp"
#include "io/price_catalogue.hpp"

namespace est::app {
namespace {

// Reads dropped bytes as a stream without copying them (the offer-file reader takes a stream).
class BytesBuffer : public std::streambuf {
public:
    explicit BytesBuffer(std::string_view bytes) {
        char* begin = const_cast<char*>(bytes.data()); // read only: the get area is never written
        setg(begin, begin, begin + bytes.size());
    }
};

std::string describe(const model::PriceCatalogue& c, std::string_view fileName) {
    std::string regions;
    for (const model::RegionPrices& r : c.regions) regions += (regions.empty() ? "" : ", ") + r.code;
    return "Prices from " + std::string(fileName) + ": " + regions + ", " + std::to_string(c.instances.size()) + " instance types";
}

} // namespace

CatalogueFileLoad loadCatalogueFile(std::string_view bytes, std::string_view fileName, const std::string& today) {
    CatalogueFileLoad out;
    if (io::looksLikeAwsPriceList(bytes)) {
        BytesBuffer buffer(bytes);
        std::istream in(&buffer);
        io::PriceListImport imported = io::importAwsPriceList({{std::string(fileName), &in}}, today);
        out.problems = std::move(imported.problems);
        out.catalogue = std::move(imported.catalogue);
    } else {
        io::CatalogueLoad load = io::readPriceCatalogue(bytes);
        out.problems = std::move(load.problems);
        out.catalogue = std::move(load.catalogue);
    }
    out.summary = out.catalogue ? describe(*out.catalogue, fileName)
                                : std::string(fileName) + " not loaded: " +
                                      (out.problems.empty() ? std::string("no usable price")
                                                            : out.problems.front().where + ": " + out.problems.front().message);
    return out;
}

} // namespace est::app
