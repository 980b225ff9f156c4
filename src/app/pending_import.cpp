// app/pending_import.cpp - holds a generic CSV until its column mapping is confirmed; previews every remap.
#include "app/pending_import.hpp"

#include "app/documents.hpp"
#include "app/import_summary.hpp"
#include "formats/csv.hpp"
#include "io/inventory_import.hpp"
#include "formats/xlsx_reader.hpp"

#include <utility>

namespace est::app {
namespace {
const io::MappingField* findField(std::string_view key) {
    for (const io::MappingField& f : io::mappingFields())
        if (key == f.key) return &f;
    return nullptr;
}

// True when a normalised header cell (as headerSignature() writes them) is one of `names`.
bool signatureHas(const std::string& signature, std::initializer_list<std::string_view> names) {
    std::size_t start = 0;
    while (start <= signature.size()) {
        std::size_t end = signature.find('|', start);
        if (end == std::string::npos) end = signature.size();
        const std::string_view cell(signature.data() + start, end - start);
        for (std::string_view n : names)
            if (cell == n) return true;
        start = end + 1;
    }
    return false;
}
} // namespace

PendingImport PendingImport::fromTable(formats::Table table, formats::text::NumberStyle style, std::string fileName,
                                       const io::ImportSettings& saved) {
    PendingImport p;
    p.fileName = std::move(fileName);
    p.header = table.header;
    p.m_style = style;
    if (std::optional<io::ColumnMapping> remembered = io::findSavedMapping(saved, table.header)) {
        p.guessed = *remembered;
        p.fromSavedMapping = true;
    } else {
        p.guessed = io::guessColumnMapping(table, style);
    }
    p.m_table = std::move(table);
    p.m_mapping = p.guessed;
    p.refresh();
    return p;
}

void PendingImport::refresh() { m_preview = io::importWithMapping(m_table, m_mapping, m_style); }

void PendingImport::setMapping(const io::ColumnMapping& mapping) {
    m_mapping = mapping;
    refresh();
}

void PendingImport::mapField(std::string_view fieldKey, int column) {
    const io::MappingField* field = findField(fieldKey);
    if (field == nullptr || column >= static_cast<int>(header.size())) return;
    m_mapping.*(field->member) = column < 0 ? std::string() : header[static_cast<std::size_t>(column)];
    refresh();
}

int PendingImport::columnOf(std::string_view fieldKey) const {
    const io::MappingField* field = findField(fieldKey);
    if (field == nullptr) return -1;
    const std::string& mapped = m_mapping.*(field->member);
    if (mapped.empty()) return -1;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == mapped) return static_cast<int>(i);
    return -1;
}

std::vector<std::string> PendingImport::blockers() const {
    std::vector<std::string> out;
    if (columnOf("id") < 0 && columnOf("name") < 0)
        out.push_back("Map a column to Name or Id: every workload needs one, and none is mapped.");
    else if (m_preview.workloads.empty())
        out.push_back("No row of the file would import with this mapping (see the problems below).");
    return out;
}

std::vector<std::string> PendingImport::problemLines() const {
    std::vector<std::string> out;
    listProblems(m_preview.problems, kListedProblems, "", out);
    return out;
}

std::optional<PendingImport> preparePendingImport(std::string_view bytes, const std::string& fileName,
                                                  const io::ImportSettings& saved) {
    if (formats::looksLikeXlsx(bytes)) return std::nullopt;
    const bool utf16Bom = bytes.size() >= 2 && (static_cast<unsigned char>(bytes[0]) == 0xFF ||
                                                static_cast<unsigned char>(bytes[0]) == 0xFE);
    if (bytes.find('\0') != std::string_view::npos && !utf16Bom) return std::nullopt; // binary: importer reports it
    formats::CsvResult csv = formats::readCsv(bytes, fileName);
    if (csv.table.header.empty()) return std::nullopt;
    const io::InventoryFormat format = io::detectInventoryFormat(csv.table.header);
    if (format != io::InventoryFormat::Generic && format != io::InventoryFormat::Unknown) return std::nullopt;
    // Another RVTools tab: the importer explains why it is not a list of workloads; a mapping would mislead.
    if (signatureHas(io::headerSignature(csv.table.header), {"visdkuuid", "visdkserver"})) return std::nullopt;
    PendingImport pending = PendingImport::fromTable(std::move(csv.table), csv.numberStyle, fileName, saved);
    pending.bytes = std::string(bytes);
    return pending;
}

std::optional<PendingImport> restorePendingImport(const PendingImportRecord& record, const io::ImportSettings& saved,
                                                  std::string& notice) {
    const std::string lost =
        record.fileName + ", which was waiting for its column mapping, was not kept across the reload: ";
    if (!record.notKept.empty()) {
        notice = lost + record.notKept + ". Drop the file again to import it.";
        return std::nullopt;
    }
    std::optional<PendingImport> pending = preparePendingImport(record.bytes, record.fileName, saved);
    if (!pending) {
        notice = lost + "it no longer reads as a CSV to map. Drop the file again to import it.";
        return std::nullopt;
    }
    pending->setMapping(record.mapping);
    notice = record.fileName + " is still waiting for its column mapping (kept across the reload).";
    return pending;
}

ActionOutcome commitPendingImport(AppState& state, const PendingImport& pending) {
    const std::vector<std::string> blockers = pending.blockers();
    if (!blockers.empty()) {
        ActionOutcome out{false, {pending.fileName + " was not imported; your estate is unchanged:"}};
        out.messages.insert(out.messages.end(), blockers.begin(), blockers.end());
        for (const std::string& m : out.messages) state.notify(Notice::Level::Error, m);
        return out;
    }
    ActionOutcome out =
        mergeInventoryImport(state, pending.preview(), pending.fileName, "CSV with your column mapping");
    if (out.ok) io::rememberMapping(state.importSettings, pending.header, pending.mapping());
    return out;
}

} // namespace est::app
