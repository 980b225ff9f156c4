// io/sniff.cpp - recognising a file from its first bytes: JSON keys, ZIP / gzip signatures, a CSV's header row.
#include "io/sniff.hpp"

#include "formats/csv.hpp"
#include "formats/gzip_stream.hpp"
#include "formats/json_value.hpp"
#include "formats/text.hpp"
#include "formats/xlsx_reader.hpp"
#include "formats/zip_reader.hpp"
#include "io/aws_price_list.hpp"
#include "io/billing_summary_csv.hpp"
#include "io/dependency_import.hpp"
#include "io/partner_brand.hpp"
#include "io/inventory_import.hpp"
#include "io/price_catalogue.hpp"

#include <algorithm>
#include <vector>

namespace est::io {
namespace {

// A header row is a few KB (a legacy CUR with many tag columns: tens of KB); what follows it is not needed.
constexpr std::size_t kHeadBytes = std::size_t{256} << 10;

std::string_view withoutBom(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    return bytes;
}

char firstNonBlank(std::string_view bytes) {
    for (const char c : withoutBom(bytes))
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return c;
    return '\0';
}

// Reads the top-level keys only until they tell what the document is: a 78 MB scenario is not parsed whole
// (and no tree is built) just to be recognised.
class TopLevelKeys : public formats::JsonTopLevelVisitor {
public:
    FileKind kind = FileKind::Unknown;

    formats::JsonMemberAction onKey(std::string_view k) override {
        if (k == "partnerName") return decide(FileKind::PartnerThemeJson);
        if (k == "schemaVersion" || k == "settings" || k == "workloads") return decide(FileKind::ScenarioJson);
        return k == "format" ? formats::JsonMemberAction::Read : formats::JsonMemberAction::Skip;
    }
    bool onValue(std::string_view, const formats::JsonValue& v) override {
        if (!v.isString()) return true;
        if (v.asString() == kPriceCatalogueFormat) kind = FileKind::PriceCatalogueJson;
        if (v.asString() == "estimator-defaults") kind = FileKind::DefaultsJson;
        if (v.asString() == "estimator-partner-theme") kind = FileKind::PartnerThemeJson;
        return kind == FileKind::Unknown; // stop reading once decided: the rest cannot change the answer
    }

private:
    formats::JsonMemberAction decide(FileKind k) {
        kind = k;
        return formats::JsonMemberAction::Stop;
    }
};

SniffResult sniffJson(std::string_view bytes) {
    TopLevelKeys keys;
    const formats::JsonScanResult scan = formats::scanJsonTopLevel(withoutBom(bytes), keys);
    if (keys.kind != FileKind::Unknown) return {keys.kind, Container::Plain, {}};
    if (!scan.ok) return {FileKind::Unknown, Container::Plain, "JSON that does not parse"};
    if (!scan.rootIsObject) return {FileKind::Unknown, Container::Plain, "JSON that is not an object"};
    return {FileKind::Unknown, Container::Plain,
            "JSON with none of the keys of the estimator's files (schemaVersion, partnerName, format)"};
}

bool hasColumn(const std::vector<std::string>& header, std::string_view name) {
    return std::find(header.begin(), header.end(), name) != header.end();
}

bool hasColumnStarting(const std::vector<std::string>& header, std::string_view prefix) {
    return std::any_of(header.begin(), header.end(),
                       [&](const std::string& h) { return std::string_view(h).substr(0, prefix.size()) == prefix; });
}

// Billing exports by their columns (credit-tracker.md section 2). Unknown when the header is none of them.
SniffResult billingKind(const std::vector<std::string>& header) {
    if (isBillingSummaryHeader(header)) return {FileKind::BillingSummary, Container::Plain, {}};
    if (hasColumn(header, "lineItem/UsageAccountId") || hasColumn(header, "lineItem/LineItemType") ||
        hasColumn(header, "lineItem/UnblendedCost"))
        return {FileKind::BillingCur, Container::Plain, {}};
    if (hasColumn(header, "line_item_usage_account_id") || hasColumn(header, "line_item_line_item_type") ||
        hasColumn(header, "line_item_unblended_cost")) {
        // Athena and Glue write a legacy CUR's tags as resource_tags_user_* columns; CUR 2.0 has one resource_tags map.
        if (!hasColumn(header, "resource_tags") && hasColumnStarting(header, "resource_tags_user_"))
            return {FileKind::BillingCur, Container::Plain, "with Athena column names"};
        return {FileKind::BillingCur2, Container::Plain, {}};
    }
    if (hasColumn(header, "BilledCost") &&
        (hasColumn(header, "ChargePeriodStart") || hasColumn(header, "ChargeCategory"))) {
        // AWS's FOCUS 1.0 table has none of the three columns 1.2 added.
        const bool v12 = hasColumn(header, "BillingAccountType") || hasColumn(header, "InvoiceId") ||
                         hasColumn(header, "PricingCurrency");
        return {FileKind::BillingFocus, Container::Plain, v12 ? "FOCUS 1.2" : "FOCUS 1.0"};
    }
    // Cost Explorer's download: "<dimension>,<value>($),...,Total costs($)" (older consoles: "Total cost ($)").
    const bool totalColumn = std::any_of(header.begin(), header.end(), [](const std::string& h) {
        const std::string n = formats::text::normalizeHeader(h);
        return (n == "totalcosts" || n == "totalcost") && h.find("($)") != std::string::npos;
    });
    if (totalColumn && header.size() >= 2 && !header.front().empty())
        return {FileKind::BillingCostExplorer, Container::Plain, {}};
    return {FileKind::Unknown, Container::Plain, {}};
}

// The header row of CSV text (only its start is read).
std::vector<std::string> headerOf(std::string_view csvText) {
    return formats::readCsv(csvText.substr(0, kHeadBytes)).table.header;
}

SniffResult sniffCsv(std::string_view bytes) {
    if (looksLikeAwsPriceList(bytes)) return {FileKind::AwsPriceListCsv, Container::Plain, {}};
    const bool utf16Bom = bytes.size() >= 2 && (static_cast<unsigned char>(bytes[0]) == 0xFF ||
                                                static_cast<unsigned char>(bytes[0]) == 0xFE);
    if (!utf16Bom && bytes.substr(0, kHeadBytes).find('\0') != std::string_view::npos)
        return {FileKind::Unknown, Container::Plain, "binary data, not JSON, CSV, .xlsx or gzip"};
    const std::vector<std::string> header = headerOf(bytes);
    if (header.empty()) return {FileKind::Unknown, Container::Plain, "no header row: the file is empty or blank"};
    if (SniffResult billing = billingKind(header); billing.kind != FileKind::Unknown) return billing;
    if (detectDependencyFormat(header) != DependencyFormat::Unknown)
        return {FileKind::DependencyCsv, Container::Plain, {}};
    const InventoryFormat format = detectInventoryFormat(header);
    if (format == InventoryFormat::Generic || format == InventoryFormat::Unknown)
        return {FileKind::InventoryCsvToMap, Container::Plain, {}};
    return {FileKind::InventoryCsv, Container::Plain, formatLabel(format)};
}

// A billing export inside a container: only the export formats are looked for (an inventory is never gzipped here).
SniffResult billingInside(std::string_view decodedHead, Container container, std::string what) {
    SniffResult found = billingKind(headerOf(decodedHead));
    if (found.kind == FileKind::Unknown)
        return {FileKind::Unknown, container, what + " that is not an AWS billing export"};
    found.container = container;
    return found;
}

SniffResult sniffGzip(std::string_view bytes) {
    formats::GzipStream gzip;
    gzip.push(bytes);
    std::string head;
    const std::string reason = gzip.read(head, kHeadBytes);
    if (head.empty())
        return {FileKind::Unknown, Container::Gzip,
                "gzip data that cannot be read" + (reason.empty() ? std::string() : " (" + reason + ")")};
    return billingInside(head, Container::Gzip, "a gzip file");
}

SniffResult sniffZip(std::string_view bytes) {
    std::vector<formats::InputProblem> problems;
    const std::optional<formats::ZipReader> zip = formats::ZipReader::open(bytes, problems);
    if (!zip) return {FileKind::Unknown, Container::Zip, "a damaged ZIP archive"};
    if (zip->find("xl/workbook.xml") != nullptr) {
        for (const std::string& sheet : formats::readXlsxSheetNames(bytes, problems))
            if (sheet == "Asset Communication Data" || sheet == "App2App" || sheet == "App2DB")
                return {FileKind::DependencyWorkbook, Container::Plain, {}};
        return {FileKind::RvToolsWorkbook, Container::Plain, {}};
    }
    // A legacy CUR delivery: report-1.csv.zip holds one CSV. Only its first chunk is inflated.
    for (const formats::ZipEntry& entry : zip->entries()) {
        if (!formats::text::endsWithIgnoreCase(entry.name, ".csv")) continue;
        std::string head;
        zip->readChunked(entry, kHeadBytes, [&](std::string_view buffer, bool) {
            if (head.empty()) head.assign(buffer.substr(0, kHeadBytes));
            return buffer.size();
        });
        return billingInside(head, Container::Zip, "a ZIP holding " + entry.name);
    }
    return {FileKind::Unknown, Container::Zip, "a ZIP archive that is neither an .xlsx workbook nor a zipped CSV"};
}

} // namespace

SniffResult sniff(std::string_view bytes, std::string_view name) {
    if (bytes.empty()) return {FileKind::Unknown, Container::Plain, "an empty file"};
    if (looksLikeLogoImage(bytes)) return {FileKind::LogoImage, Container::Plain, {}};
    if (formats::looksLikeXlsx(bytes)) return sniffZip(bytes);
    if (formats::looksLikeGzip(bytes)) return sniffGzip(bytes);
    // The format name sits in the first lines of a catalogue file, whatever else follows.
    if (bytes.substr(0, 512).find(std::string("\"") + kPriceCatalogueFormat + "\"") != std::string_view::npos)
        return {FileKind::PriceCatalogueJson, Container::Plain, {}};
    if (firstNonBlank(bytes) == '{' || formats::text::endsWithIgnoreCase(name, ".json")) return sniffJson(bytes);
    return sniffCsv(bytes);
}

const char* fileKindName(FileKind kind) {
    switch (kind) {
    case FileKind::Unknown:
        return "unknown file";
    case FileKind::ScenarioJson:
        return "scenario";
    case FileKind::PartnerThemeJson:
        return "partner theme";
    case FileKind::PriceCatalogueJson:
        return "price catalogue";
    case FileKind::DefaultsJson:
        return "defaults file";
    case FileKind::AwsPriceListCsv:
        return "AWS Price List offer file";
    case FileKind::RvToolsWorkbook:
        return "RVTools workbook";
    case FileKind::DependencyWorkbook:
        return "AWS MPA dependency workbook";
    case FileKind::InventoryCsv:
        return "inventory CSV";
    case FileKind::InventoryCsvToMap:
        return "CSV table to map";
    case FileKind::DependencyCsv:
        return "dependency export";
    case FileKind::BillingCur:
        return "CUR";
    case FileKind::BillingCur2:
        return "CUR 2.0";
    case FileKind::BillingFocus:
        return "FOCUS";
    case FileKind::BillingCostExplorer:
        return "Cost Explorer CSV";
    case FileKind::BillingSummary:
        return "billing summary CSV";
    case FileKind::LogoImage:
        return "logo image";
    }
    return "unknown file";
}

bool isBillingExport(FileKind kind) {
    return kind == FileKind::BillingCur || kind == FileKind::BillingCur2 || kind == FileKind::BillingFocus ||
           kind == FileKind::BillingCostExplorer || kind == FileKind::BillingSummary;
}

} // namespace est::io
