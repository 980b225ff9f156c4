// io/column_mapping.hpp - importing any CSV through a column mapping: guessed from headers, editable, saved.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "io/inventory.hpp"
#include "io/inventory_values.hpp"
#include "formats/table.hpp"
#include "formats/text.hpp"

namespace est::io {

/// Which header of a file feeds which workload field; "" = not mapped. Saved in the scenario file under
/// "import" so the next import of the same export needs no editing.
struct ColumnMapping {
    std::string id; ///< stable key; when unmapped the name is the id
    std::string name;
    std::string application;
    std::string environment; ///< prod / non-prod words ("Production", "dev", "UAT", ...)
    std::string os;
    std::string vcpu;
    std::string ram;     ///< in ramUnit
    std::string storage; ///< in storageUnit
    std::string cpuUtil; ///< p95 (or peak) CPU utilisation, percent unless utilAsFraction
    std::string memUtil;
    std::string powerState;
    std::string database; ///< engine named in text ("SQL Server 2019", "postgres")
    std::string licence;
    std::string monthlyCost; ///< today's monthly cost, USD
    std::string host;
    std::string wave;        ///< wave number ("3", "Wave 3")
    std::string ipAddresses; ///< IP addresses (to resolve dependency exports that name only IPs)
    SizeUnit ramUnit = SizeUnit::Gib;
    SizeUnit storageUnit = SizeUnit::Gib;
    bool utilAsFraction = false; ///< utilisation columns hold 0..1 instead of 0..100
    bool operator==(const ColumnMapping&) const = default;
};

/// A mapping remembered for one header layout.
struct SavedMapping {
    std::string headerSignature; ///< headerSignature() of the file it was made for
    ColumnMapping mapping;
    bool operator==(const SavedMapping&) const = default;
};

/// The scenario file's "import" section (owned by io, not the engine).
struct ImportSettings {
    std::vector<SavedMapping> mappings;
    bool operator==(const ImportSettings&) const = default;
};

/// One mappable field: its JSON key ("vcpu"), label for the UI, and the member it sets.
struct MappingField {
    const char* key;
    const char* label;
    std::string ColumnMapping::*member;
};
/// Every mappable field, in UI order.
const std::vector<MappingField>& mappingFields();

/// A layout key for a header: its normalised cells joined by '|' (case, spaces and punctuation ignored).
std::string headerSignature(const std::vector<std::string>& header);

/// Guesses a mapping from header names (synonyms, unit suffixes such as "(MB)" / "GiB") and, where the header
/// is silent, from the values (RAM above 2048 means MiB; utilisation all within 0..1 means fractions).
ColumnMapping guessColumnMapping(const formats::Table& table,
                                 formats::text::NumberStyle style = formats::text::NumberStyle::DecimalPoint);

/// The saved mapping for this header layout, if any.
std::optional<ColumnMapping> findSavedMapping(const ImportSettings& settings, const std::vector<std::string>& header);
/// Stores (or replaces) the mapping for this header layout.
void rememberMapping(ImportSettings& settings, const std::vector<std::string>& header, const ColumnMapping& mapping);

/// Imports any table through a mapping. Needs a name or an id column; rows with neither are ignored as
/// empty; unreadable numbers skip the row with a reason; unmapped fields are not provided (kept on merge).
InventoryImport importWithMapping(const formats::Table& table, const ColumnMapping& mapping,
                                  formats::text::NumberStyle style = formats::text::NumberStyle::DecimalPoint);

/// "MiB", "GiB", ... and back (accepts "MB", "GB", "TB", "KB" too).
const char* sizeUnitKey(SizeUnit unit);
std::optional<SizeUnit> parseSizeUnit(std::string_view s);

} // namespace est::io
