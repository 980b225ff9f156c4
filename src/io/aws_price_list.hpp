// io/aws_price_list.hpp - AWS Price List bulk offer files (CSV, EC2 and RDS, one region each) into a price
// catalogue (docs/price-catalogue.md); what is read and skipped: docs/aws-price-list-import.md.
//
// The files are read as streams, one record at a time: the real ones are hundreds of MB.
#pragma once

#include <istream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "formats/csv_stream.hpp"
#include "formats/table.hpp"
#include "model/catalogue.hpp"

namespace est::io {

/// What one offer file gave: its header rows, how many rows were priced and why the others were skipped.
struct OfferFileSummary {
    std::string name;                   ///< file name as given
    std::string offerCode;              ///< "AmazonEC2" or "AmazonRDS"
    std::string version;                ///< the "Version" header row ("20250912204546")
    std::string publicationDate;        ///< "YYYY-MM-DD" of the "Publication Date" header row
    std::string region;                 ///< the Region Code of its priced rows
    int rows = 0;                       ///< data rows read (after the header)
    int priced = 0;                     ///< rows that became a rate in the catalogue
    std::map<std::string, int> skipped; ///< reason -> rows skipped for it
};

struct PriceListImport {
    std::optional<model::PriceCatalogue> catalogue; ///< nullopt: refused (problems say why), nothing written
    std::vector<formats::InputProblem> problems; ///< why refused, or rows skipped for being malformed ("FILE line 12")
    std::vector<OfferFileSummary> files;
};

/// One offer file to read: a name for messages and the source of its bytes.
struct OfferFileSource {
    std::string name;
    formats::ByteSource* in = nullptr;
};

/// One offer file as a stream (native callers: files on disk).
struct OfferFileInput {
    std::string name;
    std::istream* in = nullptr;
};

/// Reads every file and builds one catalogue: for each region, EC2 on-demand shared-tenancy rates by
/// operating system and licence-included SQL Server edition, RDS rates by engine and deployment, EBS gp3
/// and RDS General Purpose storage; the specs of every priced type. Families the shipped catalogue leaves
/// out are skipped. Refuses everything when a file is not an EC2 or RDS offer file (naming the line), lacks
/// a column it needs (naming it), does not say its region, or gives no usable row. `generated` is the
/// catalogue's date (YYYY-MM-DD).
PriceListImport importAwsPriceList(const std::vector<OfferFileSource>& files, const std::string& generated);
/// The same, from streams.
PriceListImport importAwsPriceList(const std::vector<OfferFileInput>& files, const std::string& generated);

/// True when the bytes start like an AWS Price List CSV ("FormatVersion" first).
bool looksLikeAwsPriceList(std::string_view bytes);

/// The one-line account of a file: "us-east-1 AmazonEC2 (published 2025-09-12): 120 rows, 40 priced; skipped: ...".
std::string summaryLine(const OfferFileSummary& file);

} // namespace est::io
