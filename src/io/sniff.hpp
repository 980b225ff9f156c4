// io/sniff.hpp - what a dropped or opened file is, from its bytes (and its name), read once and only as far as needed.
#pragma once

#include <string>
#include <string_view>

namespace est::io {

/// Every kind of file the app reads, plus the billing exports it recognises before it can read them.
enum class FileKind {
    Unknown,             ///< none of the below; SniffResult::detail says why
    ScenarioJson,        ///< the estimator's scenario file (schemaVersion / settings / workloads)
    PartnerThemeJson,    ///< a partner theme: a JSON object with partnerName
    PriceCatalogueJson,  ///< the estimator's price catalogue (format "estimator-price-catalogue")
    DefaultsJson,        ///< the estimator's defaults file (format "estimator-defaults")
    AwsPriceListCsv,     ///< an AWS Price List offer file (CSV with its FormatVersion preamble)
    RvToolsWorkbook,     ///< an .xlsx workbook without dependency sheets: read as an RVTools export
    DependencyWorkbook,  ///< an .xlsx with the AWS MPA dependency sheets (Asset Communication Data, App2App, App2DB)
    InventoryCsv,        ///< a CSV inventory in a layout the importer knows (RVTools vInfo, AWS ADS, Azure Migrate)
    InventoryCsvToMap,   ///< a CSV table in no known layout: its columns are mapped by the user before import
    DependencyCsv,       ///< a dependency export (Azure Migrate, ADS connections, ServiceNow, source/target CSV)
    BillingCur,          ///< AWS Cost and Usage Report, legacy (lineItem/UsageAccountId, ...)
    BillingCur2,         ///< AWS CUR 2.0 from Data Exports (line_item_usage_account_id, ...)
    BillingFocus,        ///< FOCUS 1.x (BilledCost, ChargePeriodStart, ...)
    BillingCostExplorer, ///< a Cost Explorer "Download CSV" (Service, ..., Total costs($))
    BillingSummary,      ///< the credit tracker's summary CSV (the Athena query's output: month,account_id,...)
    LogoImage,           ///< a PNG, JPEG or SVG image: the partner's logo
};

/// How the file's bytes are packed around the format.
enum class Container {
    Plain, ///< the format's bytes as they are
    Gzip,  ///< one .gz around them (billing exports: .csv.gz)
    Zip,   ///< a ZIP holding one CSV (legacy CUR: .csv.zip); an .xlsx is a format of its own, not this
};

/// What sniff found.
struct SniffResult {
    FileKind kind = FileKind::Unknown;
    Container container = Container::Plain;
    /// For Unknown: why, in words for the user ("not JSON, CSV, .xlsx or gzip data"). Otherwise a refinement
    /// when there is one ("FOCUS 1.2", "RVTools vInfo"), else empty.
    std::string detail;
};

/// Recognises `bytes` from their content: the first non-blank character of JSON and its top-level keys, the ZIP and
/// gzip signatures, the header row of a CSV (the first 256 KiB of it; inside a .gz or a .zip, the first 256 KiB of
/// the decoded CSV). `name` is used only where the content cannot tell: a file named .json is read as JSON even
/// when it does not start like it. Never throws on any input; reads no more than the header of a large file.
SniffResult sniff(std::string_view bytes, std::string_view name);

/// Short name of a kind for messages: "CUR 2.0", "RVTools workbook", "partner theme", ...
const char* fileKindName(FileKind kind);

/// True for the AWS billing exports (legacy CUR, CUR 2.0, FOCUS, Cost Explorer CSV, the tracker's summary CSV).
bool isBillingExport(FileKind kind);

} // namespace est::io
