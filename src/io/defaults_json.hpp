// io/defaults_json.hpp - assets/defaults.json and the price catalogue into a default Scenario plus a ledger.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/table.hpp"
#include "model/scenario.hpp"

namespace est::io {

/// Where one default came from (one entry of defaults.json), for the UI's "source" pop-up and the reports.
struct DefaultEntry {
    std::string key;           ///< assumption registry key ("program.assessPctOfArr")
    double value = 0.0;        ///< for enum keys: the index into choices
    std::optional<double> low; ///< uncertainty range where the sources disagree
    std::optional<double> high;
    std::string unit;                 ///< as written ("share (0.2 = 20 %)", "USD", ...)
    std::string source;               ///< the documents it comes from
    std::string date;                 ///< when it was read ("2026-11-23")
    std::string confidence;           ///< "high", "medium", "low"
    std::vector<std::string> choices; ///< enum keys: the names of the values
};

/// One numbered public source (a row of docs/sources.md); defaults cite it as "[number]".
struct SourceEntry {
    int number = 0;
    std::string title;
    std::string publisher;
    std::string date;
    std::string address;
    std::string authority; ///< "A1", "A2", "B", "C"
};

/// The numbered rows of a sources table in Markdown ("| 1 | title | publisher | date | address | A1 |"); other
/// lines are skipped.
std::vector<SourceEntry> parseSourcesMarkdown(std::string_view markdown);

/// Every default with its provenance, in file order, plus the price table's own provenance.
struct DefaultsLedger {
    std::string date; ///< date of the defaults file
    std::vector<DefaultEntry> entries;
    std::string pricesSource; ///< price catalogue provenance (each table also carries its own)
    std::string pricesDate;   ///< date the catalogue was generated
    std::string pricesDisclaimer;
    std::vector<SourceEntry> sources; ///< docs/sources.md, the numbers the entries cite
    /// The entry for a registry key, or nullptr.
    const DefaultEntry* find(std::string_view key) const;
};

/// The default scenario built from the data files, their ledger, and any problem found in them.
struct DefaultsLoad {
    model::Scenario scenario; ///< Scenario{} with every defaults.json value and the price catalogue applied
    DefaultsLedger ledger;
    std::vector<formats::InputProblem> problems; ///< unknown keys, values of the wrong type, unreadable JSON
    bool ok() const { return problems.empty(); }
};

/// Builds the default scenario from defaults.json (values through the assumption registry, ranges into
/// Range fields or Scenario::ranges) and an AWS price catalogue (its provenance goes into the ledger).
DefaultsLoad loadDefaults(std::string_view defaultsJson, std::shared_ptr<const model::PriceCatalogue> catalogue);

/// loadDefaults() over the copies embedded in the binary (assets/defaults.json, assets/prices/price-catalogue.json).
/// Computed once and cached.
const DefaultsLoad& embeddedDefaults();

} // namespace est::io
