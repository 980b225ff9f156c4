// io/aws_price_list.cpp - AWS Price List bulk offer files (CSV) into a price catalogue.
//
// Layout (AWS Price List Bulk API, per-region offer file index.csv): five metadata rows ("FormatVersion",
// "Disclaimer", "Publication Date", "Version", "OfferCode"), then the header row starting "SKU", then one
// row per SKU and price dimension. Columns are added over time, so every column is found by name.
#include "io/aws_price_list.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

#include "formats/csv.hpp"
#include "formats/csv_stream.hpp"
#include "io/price_catalogue.hpp"
#include "model/stable_sort.hpp"
#include "formats/text.hpp"

namespace est::io {
namespace {

using model::Ec2Os;
using model::RdsDeployment;
using model::RdsEngine;

constexpr std::size_t kMaxProblems = 50;
constexpr int kMaxMetadataRows = 20;

// Families the shipped catalogue leaves out, by the rule of scripts/generate-price-catalogue (kept_family):
// m, c, r of the 5th generation and newer (flex and d/n/a/z/g variants), x and u (high memory), z1d, the
// storage-optimised i3en, i4i, i7i, i7ie, i4g, i8g, i8ge and the burstable t3, t3a, t4g. Bare metal is
// left out too.
constexpr const char* kExcludedReason = "family left out of the catalogue (GPU, accelerator, HPC, Mac, older "
                                        "generation, dense HDD, bare metal, a1)";

bool keptFamily(std::string_view family) {
    static const std::set<std::string_view> kNamed = {"t3",  "t3a",  "t4g", "z1d", "i3en", "i4i",
                                                      "i7i", "i7ie", "i4g", "i8g", "i8ge"};
    if (kNamed.count(family) != 0) return true;
    std::size_t letters = 0;
    while (letters < family.size() && family[letters] >= 'a' && family[letters] <= 'z') ++letters;
    const std::string_view category = family.substr(0, letters);
    if (category == "x" || category == "u") return true;
    if (category != "m" && category != "c" && category != "r") return false;
    int generation = 0;
    for (std::size_t i = letters; i < family.size() && family[i] >= '0' && family[i] <= '9'; ++i)
        generation = generation * 10 + (family[i] - '0');
    return generation >= 5;
}

// Baseline CPU per vCPU of the burstable types by size: AWS, "Key concepts for burstable performance
// instances", Amazon EC2 User Guide, "Baseline utilization" (the same table as the generator's).
double burstBaseline(std::string_view family, std::string_view size) {
    if (family != "t3" && family != "t3a" && family != "t4g") return 0.0;
    if (size == "nano") return 0.05;
    if (size == "micro") return 0.10;
    if (size == "small" || size == "medium") return 0.20;
    if (size == "large") return 0.30;
    if (size == "xlarge" || size == "2xlarge") return 0.40;
    return 0.0;
}

std::optional<Ec2Os> ec2Os(std::string_view os, std::string_view software) {
    if (os == "Linux") {
        if (software == "NA") return Ec2Os::Linux;
        if (software == "SQL Web") return Ec2Os::LinuxSqlWeb;
        if (software == "SQL Std") return Ec2Os::LinuxSqlStandard;
        if (software == "SQL Ent") return Ec2Os::LinuxSqlEnterprise;
    } else if (os == "Windows") {
        if (software == "NA") return Ec2Os::Windows;
        if (software == "SQL Web") return Ec2Os::WindowsSqlWeb;
        if (software == "SQL Std") return Ec2Os::WindowsSqlStandard;
        if (software == "SQL Ent") return Ec2Os::WindowsSqlEnterprise;
    } else if (os == "RHEL" && software == "NA") {
        return Ec2Os::Rhel;
    } else if (os == "SUSE" && software == "NA") {
        return Ec2Os::Suse;
    }
    return std::nullopt;
}

// RDS engine, edition and licence model (RDS writes "License included", lower-case "license").
std::optional<RdsEngine> rdsEngine(std::string_view engine, std::string_view edition, std::string_view licence) {
    const bool included = formats::text::equalsIgnoreCase(licence, "License included");
    const bool byol = formats::text::equalsIgnoreCase(licence, "Bring your own license");
    if (engine == "MySQL") return RdsEngine::MySql;
    if (engine == "PostgreSQL") return RdsEngine::PostgreSql;
    if (engine == "MariaDB") return RdsEngine::MariaDb;
    if (engine == "SQL Server" && included) {
        if (edition == "Express") return RdsEngine::SqlServerExpress;
        if (edition == "Web") return RdsEngine::SqlServerWeb;
        if (edition == "Standard") return RdsEngine::SqlServerStandard;
        if (edition == "Enterprise") return RdsEngine::SqlServerEnterprise;
    }
    if (engine == "Oracle") {
        if (included && edition == "Standard Two") return RdsEngine::OracleSe2LicenceIncluded;
        // The shipped catalogue's BYOL rate is Oracle Enterprise BYOL (engine code 5).
        if (byol && edition == "Enterprise") return RdsEngine::OracleByol;
    }
    return std::nullopt;
}

std::optional<RdsDeployment> rdsDeployment(std::string_view option) {
    if (option == "Single-AZ") return RdsDeployment::SingleAz;
    // SQL Server's Multi-AZ is priced under "Multi-AZ (SQL Server Mirror)" too; readable standbys are a cluster.
    if (option == "Multi-AZ" || option == "Multi-AZ (SQL Server Mirror)") return RdsDeployment::MultiAz;
    return std::nullopt;
}

// "1,952 GiB" -> 1952; "NA" -> nothing.
std::optional<double> gib(std::string_view memory) {
    memory = formats::text::trim(memory);
    if (memory.size() > 4 && memory.substr(memory.size() - 4) == " GiB") memory.remove_suffix(4);
    return formats::text::parseNumber(memory);
}

bool isDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

enum class Offer { Ec2, Rds };

// Column indices of one file's header (-1 = absent).
struct Columns {
    int termType = -1, productFamily = -1, instanceType = -1, unit = -1, price = -1, currency = -1;
    int location = -1, locationType = -1, regionCode = -1, vcpu = -1, memory = -1, processor = -1, arch = -1;
    int tenancy = -1, os = -1, licence = -1, software = -1, capacity = -1, marketOption = -1, volumeApi = -1, gpu = -1;
    int engine = -1, edition = -1, deployment = -1, volumeType = -1;
};

struct RateKey {
    std::string region;
    bool rds = false;
    int table = 0; // Ec2Os, or RdsEngine * 2 + deployment
    int spec = 0;
    bool operator<(const RateKey& o) const {
        return std::tie(region, rds, table, spec) < std::tie(o.region, o.rds, o.table, o.spec);
    }
};

class Importer {
public:
    explicit Importer(PriceListImport& out) : out_(out) {}

    bool read(const OfferFileSource& input);
    void finish(const std::string& generated);

private:
    void problem(std::string where, std::string message) {
        if (out_.problems.size() < kMaxProblems)
            out_.problems.push_back({std::move(where), std::move(message)});
        else if (out_.problems.size() == kMaxProblems)
            out_.problems.push_back({"price list", "more problems not listed"});
    }
    bool refuse(std::string where, std::string message) {
        out_.problems.insert(out_.problems.begin(), {std::move(where), std::move(message)});
        refused_ = true;
        return false;
    }
    int specFor(const std::vector<std::string>& row, const Columns& col, std::string_view type);
    model::RegionPrices& region(const std::string& code, const std::string& name);

    PriceListImport& out_;
    bool refused_ = false;
    model::PriceCatalogue catalogue_;
    std::map<std::string, int, std::less<>> specIndex_;
    std::map<RateKey, double> rates_;
    std::map<std::string, model::TableProvenance> provenance_;     // "us-east-1 AmazonEC2" -> of its file
    std::map<std::string, std::pair<double, int>> rdsStorageRank_; // region -> (rate, rank) of the best row
    std::set<std::string> offersRead_;
};

model::RegionPrices& Importer::region(const std::string& code, const std::string& name) {
    for (model::RegionPrices& r : catalogue_.regions)
        if (r.code == code) {
            if (r.name.empty()) r.name = name;
            return r;
        }
    catalogue_.regions.push_back({});
    catalogue_.regions.back().code = code;
    catalogue_.regions.back().name = name;
    return catalogue_.regions.back();
}

const std::string& cell(const std::vector<std::string>& row, int index) {
    static const std::string kEmpty;
    return index >= 0 && static_cast<std::size_t>(index) < row.size() ? row[static_cast<std::size_t>(index)] : kEmpty;
}

int Importer::specFor(const std::vector<std::string>& row, const Columns& col, std::string_view type) {
    if (auto it = specIndex_.find(type); it != specIndex_.end()) return it->second;
    const auto vcpu = formats::text::parseNumber(cell(row, col.vcpu));
    const auto memory = gib(cell(row, col.memory));
    if (!vcpu || *vcpu < 1.0 || !memory || *memory <= 0.0) return -1;
    model::InstanceSpec s;
    s.type = std::string(type);
    const std::size_t dot = type.find('.');
    s.family = std::string(type.substr(0, dot));
    s.vcpu = static_cast<int>(std::min(*vcpu, 1e6));
    s.memoryGib = *memory;
    const std::string& processor = cell(row, col.processor);
    const std::string& arch = cell(row, col.arch);
    if (formats::text::containsIgnoreCase(processor, "Graviton") || formats::text::containsIgnoreCase(arch, "arm"))
        s.arch = model::CpuArch::Arm64;
    s.burstBaselinePct = burstBaseline(s.family, dot == std::string_view::npos ? "" : type.substr(dot + 1));
    const int index = static_cast<int>(catalogue_.instances.size());
    specIndex_.emplace(s.type, index);
    catalogue_.instances.push_back(std::move(s));
    return index;
}

bool Importer::read(const OfferFileSource& input) {
    OfferFileSummary summary;
    summary.name = input.name;
    const std::string& file = input.name;
    auto at = [&](int line) { return file + " line " + std::to_string(line); };
    formats::CsvRecordReader reader(*input.in);
    std::vector<std::string> row;

    // Metadata rows, then the header.
    std::map<std::string, std::string> meta;
    std::vector<std::string> header;
    int headerLine = 0;
    for (int n = 0; n < kMaxMetadataRows && reader.next(row); ++n) {
        if (n == 0 && row[0] != "FormatVersion")
            return refuse(at(reader.line()),
                          "not an AWS Price List bulk offer file: its first row is \"FormatVersion\", "
                          "then Disclaimer, Publication Date, Version, OfferCode and the header row");
        if (row[0] == "SKU") {
            header = row;
            headerLine = reader.line();
            break;
        }
        if (row.size() >= 2) meta[row[0]] = row[1];
    }
    if (header.empty()) {
        if (reader.line() == 0) return refuse(file, "empty file: not an AWS Price List bulk offer file");
        return refuse(at(reader.line()), "no header row (\"SKU\",\"OfferTermCode\",...) after the metadata rows");
    }
    summary.offerCode = meta["OfferCode"];
    summary.version = meta["Version"];
    Offer offer;
    if (summary.offerCode == "AmazonEC2")
        offer = Offer::Ec2;
    else if (summary.offerCode == "AmazonRDS")
        offer = Offer::Rds;
    else
        return refuse(file + " OfferCode",
                      "\"" + summary.offerCode + "\": this reads the AmazonEC2 and AmazonRDS offer files");
    const std::string published = meta["Publication Date"].substr(0, 10);
    if (!isDate(published))
        return refuse(file + " Publication Date",
                      "missing or not a date (\"2025-09-12T20:45:46Z\"): it is the as-of date of every price");
    summary.publicationDate = published;

    std::map<std::string, int, std::less<>> byName;
    for (std::size_t i = 0; i < header.size(); ++i) byName.emplace(header[i], static_cast<int>(i));
    std::vector<std::string> missing;
    auto need = [&](const char* name, int& index) {
        auto it = byName.find(name);
        if (it == byName.end())
            missing.push_back(std::string("\"") + name + "\"");
        else
            index = it->second;
    };
    auto optional = [&](const char* name, int& index) {
        auto it = byName.find(name);
        if (it != byName.end()) index = it->second;
    };
    Columns col;
    need("TermType", col.termType);
    need("Product Family", col.productFamily);
    need("Instance Type", col.instanceType);
    need("Unit", col.unit);
    need("PricePerUnit", col.price);
    need("vCPU", col.vcpu);
    need("Memory", col.memory);
    optional("Currency", col.currency);
    optional("Location", col.location);
    optional("Location Type", col.locationType);
    optional("Physical Processor", col.processor);
    optional("Processor Architecture", col.arch);
    if (offer == Offer::Ec2) {
        need("Tenancy", col.tenancy);
        need("Operating System", col.os);
        need("License Model", col.licence);
        need("Pre Installed S/W", col.software);
        need("CapacityStatus", col.capacity);
        optional("MarketOption", col.marketOption);
        optional("Volume API Name", col.volumeApi);
        optional("GPU", col.gpu);
    } else {
        need("Database Engine", col.engine);
        need("Database Edition", col.edition);
        need("License Model", col.licence);
        need("Deployment Option", col.deployment);
        optional("Volume Type", col.volumeType);
    }
    optional("Region Code", col.regionCode);
    if (col.regionCode < 0)
        return refuse(at(headerLine), "no \"Region Code\" column: the file does not say its region");
    if (!missing.empty()) {
        std::string list;
        for (const std::string& m : missing) list += (list.empty() ? "" : ", ") + m;
        return refuse(at(headerLine), "the header lacks " + list + " (columns are read by name)");
    }

    // Each table names the file it came from, at the address AWS publishes it (Price List Bulk API).
    auto provenanceFor = [&](const std::string& code) {
        return model::TableProvenance{
            published,
            "AWS Price List bulk offer file " + summary.offerCode + " " + code + ", version " + summary.version +
                ", published " + published +
                ", Amazon Web Services, https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/" + summary.offerCode +
                "/" + summary.version + "/" + code + "/index.csv",
            false, ""};
    };
    std::string region;
    auto skip = [&](const char* reason) { ++summary.skipped[reason]; };
    while (reader.next(row)) {
        ++summary.rows;
        const int line = reader.line();
        if (reader.unclosedQuote())
            return refuse(at(line), "a quoted cell is never closed: the file is truncated or malformed");
        if (row.size() != header.size()) {
            problem(at(line),
                    std::to_string(row.size()) + " cells where the header has " + std::to_string(header.size()));
            skip("malformed row (wrong number of cells)");
            continue;
        }
        if (cell(row, col.termType) != "OnDemand") {
            skip("not on-demand (Reserved terms)");
            continue;
        }
        const std::string& family = cell(row, col.productFamily);
        const std::string code = cell(row, col.regionCode);
        const bool storage = offer == Offer::Ec2 ? family == "Storage" : family == "Database Storage";
        const bool instance = offer == Offer::Ec2 ? family == "Compute Instance" : family == "Database Instance";
        if (!storage && !instance) {
            skip("not an instance or storage price (data transfer, IOPS, snapshots, ...)");
            continue;
        }
        if (col.locationType >= 0 && cell(row, col.locationType) != "AWS Region") {
            skip("not an AWS Region (Local Zone, Wavelength, Outposts)");
            continue;
        }
        if (col.currency >= 0 && cell(row, col.currency) != "USD") {
            skip("not priced in USD");
            continue;
        }
        const std::string& unit = cell(row, col.unit);
        if (unit != (instance ? "Hrs" : "GB-Mo")) {
            skip(instance ? "instance row not priced per hour (upfront fee, vCPU-hour)"
                          : "storage row not priced per GB-month");
            continue;
        }
        std::string rateKind;
        int tableIndex = 0;
        if (offer == Offer::Ec2 && instance) {
            if (cell(row, col.tenancy) != "Shared" || cell(row, col.capacity) != "Used" ||
                (col.marketOption >= 0 && cell(row, col.marketOption) != "OnDemand")) {
                skip("not shared tenancy on-demand capacity (dedicated, host, reservations, capacity blocks)");
                continue;
            }
            const auto os = ec2Os(cell(row, col.os), cell(row, col.software));
            if (!os || cell(row, col.licence) != "No License required") {
                skip("operating system, licence or software the catalogue does not price (BYOL, Ubuntu Pro, RHEL HA, "
                     "RHEL + SQL)");
                continue;
            }
            tableIndex = static_cast<int>(*os);
        } else if (offer == Offer::Ec2) {
            if (cell(row, col.volumeApi) != "gp3") {
                skip("storage other than EBS gp3");
                continue;
            }
        } else if (instance) {
            const auto engine = rdsEngine(cell(row, col.engine), cell(row, col.edition), cell(row, col.licence));
            const auto deployment = rdsDeployment(cell(row, col.deployment));
            if (!engine || !deployment) {
                skip("engine, licence or deployment the catalogue does not price (Aurora, BYOL SQL Server, readable "
                     "standbys)");
                continue;
            }
            tableIndex = static_cast<int>(*engine) * 2 + static_cast<int>(*deployment);
        } else {
            const std::string& volume = cell(row, col.volumeType);
            const std::string& engine = cell(row, col.engine);
            if (cell(row, col.deployment) != "Single-AZ" ||
                (volume != "General Purpose" && volume != "General Purpose-GP3") ||
                (engine != "Any" && engine != "MySQL" && engine != "PostgreSQL" && engine != "MariaDB")) {
                skip("storage other than General Purpose SSD, Single-AZ, open-source engines");
                continue;
            }
        }
        if (code.empty()) {
            skip("no Region Code");
            continue;
        }
        const auto price = formats::text::parseNumber(cell(row, col.price));
        if (!price || *price < 0.0 || (instance && *price <= 0.0)) {
            problem(at(line), "PricePerUnit \"" + cell(row, col.price) + "\" is not a " +
                                  (instance ? "positive " : "") + "number");
            skip("price not a positive number");
            continue;
        }
        if (region.empty()) region = code;
        const std::string offerKey = code + " " + summary.offerCode;
        if (offersRead_.count(offerKey) != 0) {
            return refuse(at(line),
                          offerKey + " was already read from another file: give one file per offer and region");
        }
        if (provenance_.count(offerKey) == 0) provenance_.emplace(offerKey, provenanceFor(code));
        model::RegionPrices& r = this->region(code, cell(row, col.location));
        if (storage) {
            model::StorageRate rate{*price, provenance_[offerKey]};
            if (offer == Offer::Ec2) {
                if (!r.ebsGp3) r.ebsGp3 = rate;
            } else {
                // Prefer gp3 over gp2 and the engine-neutral row: both are the same rate where AWS publishes both.
                const int rank = (cell(row, col.volumeType) == "General Purpose-GP3" ? 2 : 0) +
                                 (cell(row, col.engine) == "Any" ? 1 : 0);
                auto best = rdsStorageRank_.find(code);
                if (best == rdsStorageRank_.end() || rank > best->second.second) {
                    rdsStorageRank_[code] = {*price, rank};
                    r.rdsStorage = rate;
                }
            }
            ++summary.priced;
            continue;
        }
        const std::string& type = cell(row, col.instanceType);
        std::string_view ec2Type = type;
        if (offer == Offer::Rds) {
            if (ec2Type.substr(0, 3) != "db.") {
                problem(at(line), "Instance Type \"" + type + "\" is not an RDS class (db.*)");
                skip("malformed row (instance type)");
                continue;
            }
            ec2Type.remove_prefix(3);
        }
        const std::string_view familyName = ec2Type.substr(0, ec2Type.find('.'));
        if (ec2Type.find('.') == std::string_view::npos || ec2Type.find("metal") != std::string_view::npos ||
            !keptFamily(familyName) ||
            (col.gpu >= 0 && formats::text::parseNumber(cell(row, col.gpu)).value_or(0.0) > 0.0)) {
            skip(kExcludedReason);
            continue;
        }
        const int spec = specFor(row, col, ec2Type);
        if (spec < 0) {
            problem(at(line), "vCPU \"" + cell(row, col.vcpu) + "\" or Memory \"" + cell(row, col.memory) + "\" of " +
                                  type + " is not a positive number");
            skip("malformed row (vCPU or Memory)");
            continue;
        }
        const auto [it, added] = rates_.emplace(RateKey{code, offer == Offer::Rds, tableIndex, spec}, *price);
        if (!added) {
            if (it->second != *price)
                problem(at(line), "a second price for " + type + " in the same table (" + cell(row, col.price) +
                                      "); the first one read is kept");
            skip("duplicate of a row already read");
            continue;
        }
        ++summary.priced;
    }
    if (reader.unclosedQuote())
        return refuse(at(reader.line()), "a quoted cell is never closed: the file is truncated or malformed");
    if (reader.recordTooLong())
        return refuse(at(reader.line()), "a line longer than " + std::to_string(formats::kMaxCsvRecordBytes) +
                                             " bytes (the limit): the file is damaged or not a price list");
    summary.region = region;
    if (summary.priced == 0) {
        std::string why;
        for (const auto& [reason, count] : summary.skipped)
            why += (why.empty() ? "" : "; ") + std::to_string(count) + " " + reason;
        out_.files.push_back(summary);
        return refuse(file, "no usable row: " + std::to_string(summary.rows) + " rows read" +
                                (why.empty() ? "" : ", skipped: " + why));
    }
    offersRead_.insert(region + " " + summary.offerCode);
    out_.files.push_back(std::move(summary));
    return true;
}

void Importer::finish(const std::string& generated) {
    if (refused_) return;
    for (const auto& [key, price] : rates_) {
        model::RegionPrices& r = region(key.region, "");
        model::RateTable* table = nullptr;
        if (key.rds) {
            const auto engine = static_cast<RdsEngine>(key.table / 2);
            const auto deployment = static_cast<RdsDeployment>(key.table % 2);
            auto it = std::find_if(r.rds.begin(), r.rds.end(), [&](const model::RdsTable& t) {
                return t.engine == engine && t.deployment == deployment;
            });
            if (it == r.rds.end()) {
                model::RdsTable t;
                t.engine = engine;
                t.deployment = deployment;
                t.provenance = provenance_[key.region + " AmazonRDS"];
                r.rds.push_back(std::move(t));
                it = r.rds.end() - 1;
            }
            table = &*it;
        } else {
            const auto os = static_cast<Ec2Os>(key.table);
            auto it = std::find_if(r.ec2.begin(), r.ec2.end(), [&](const model::Ec2Table& t) { return t.os == os; });
            if (it == r.ec2.end()) {
                model::Ec2Table t;
                t.os = os;
                t.provenance = provenance_[key.region + " AmazonEC2"];
                r.ec2.push_back(std::move(t));
                it = r.ec2.end() - 1;
            }
            table = &*it;
        }
        table->rates.push_back({key.spec, price});
    }
    model::stableSort(catalogue_.regions, [](const auto& a, const auto& b) { return a.code < b.code; });
    for (const model::RegionPrices& r : catalogue_.regions) catalogue_.available.push_back({r.code, r.name, ""});
    catalogue_.generated = generated;
    catalogue_.generator = "estimator prices import over AWS Price List bulk offer files (CSV)";
    std::string sources;
    for (const OfferFileSummary& f : out_.files)
        sources += (sources.empty() ? "" : "; ") + f.offerCode + " " + f.region + " version " + f.version;
    catalogue_.source = "AWS Price List bulk offer files, Amazon Web Services, "
                        "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/index.json: " +
                        sources;
    catalogue_.disclaimer =
        "On-demand list prices in USD, shared tenancy, as published in AWS's Price List files, which "
        "AWS says are for informational purposes only; for estimates, not a quote. Excluded: taxes, "
        "data transfer, IOPS and throughput above the gp3 baseline, snapshots, and licences not named "
        "in a table.";
    catalogue_.excluded = "GPU, accelerator (Inferentia, Trainium, Gaudi, FPGA, video), HPC and Mac families; older "
                          "generations (m4, c4, r4, t2, ...); dense HDD (d, h); bare metal; a1.";
    model::sortRates(catalogue_);
    out_.catalogue = std::move(catalogue_);
}

} // namespace

bool looksLikeAwsPriceList(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    return bytes.substr(0, 15) == "\"FormatVersion\"" || bytes.substr(0, 14) == "FormatVersion,";
}

PriceListImport importAwsPriceList(const std::vector<OfferFileSource>& files, const std::string& generated) {
    PriceListImport out;
    Importer importer(out);
    for (const OfferFileSource& f : files)
        if (f.in == nullptr || !importer.read(f)) return out;
    importer.finish(generated);
    return out;
}

PriceListImport importAwsPriceList(const std::vector<OfferFileInput>& files, const std::string& generated) {
    std::vector<formats::IstreamByteSource> streams;
    streams.reserve(files.size()); // the sources below point into it
    std::vector<OfferFileSource> sources;
    for (const OfferFileInput& f : files) {
        if (f.in != nullptr) streams.emplace_back(*f.in);
        sources.push_back({f.name, f.in != nullptr ? &streams.back() : nullptr});
    }
    return importAwsPriceList(sources, generated);
}

std::string summaryLine(const OfferFileSummary& f) {
    std::string s = f.name + ": " + f.region + " " + f.offerCode + " version " + f.version + " (published " +
                    f.publicationDate + "): " + std::to_string(f.rows) + " rows, " + std::to_string(f.priced) +
                    " priced";
    if (!f.skipped.empty()) {
        s += "; skipped:";
        for (const auto& [reason, count] : f.skipped) s += " " + std::to_string(count) + " " + reason + ";";
        s.pop_back();
    }
    return s;
}

} // namespace est::io
