// app/open_file.hpp - the one front door for a dropped or picked file: recognised once (io::sniff), then routed.
#pragma once

#include "app/app_state.hpp"
#include "app/documents.hpp"
#include "app/pending_import.hpp"
#include "io/sniff.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace est::app {

/// What openFile recognised and what the reader it chose did.
struct OpenedFile {
    io::SniffResult sniffed;  ///< the file's kind, as io::sniff found it
    ActionOutcome outcome;    ///< ok: something was applied (or a CSV waits in `pending`); messages for the user
};

/// Opens a dropped or picked file by its kind: a scenario, a partner theme, a price catalogue or AWS offer file, an
/// inventory (RVTools workbook or CSV), a dependency export. A CSV in no known layout is not imported: it is
/// returned in `pending` for the column-mapping editor (ok true, no messages). An AWS billing export is recognised
/// and named in a notice, and nothing changes: this version does not read billing exports. A file of no known kind
/// goes to the inventory importer (or, named .json, to the scenario reader), which says what is wrong with it.
/// `today` (YYYY-MM-DD) dates a catalogue built from an AWS offer file.
OpenedFile openFile(AppState& state, std::string_view bytes, const std::string& fileName,
                    std::optional<PendingImport>& pending, const std::string& today);

/// The notice for a billing export dropped today: which export it is, and that the credit tracker (not yet in the
/// app) is what will read it.
std::string billingExportNotice(const std::string& fileName, const io::SniffResult& sniffed);

} // namespace est::app
