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
    /// What the file was for, so the view knows where to go: the overview for a new estate, the tracker for a
    /// billing export, nowhere for a logo, a theme or prices.
    enum class Touched {
        Brand,   ///< a logo or a partner theme
        Prices,  ///< a price catalogue or an AWS offer file
        Tracker, ///< a billing export, read into the credit tracker
        Estate,  ///< a scenario, inventory or dependency export, opened, imported or refused
    };
    io::SniffResult sniffed; ///< the file's kind, as io::sniff found it
    ActionOutcome outcome;   ///< ok: something was applied (or a CSV waits in `pending`); messages for the user
    Touched touched = Touched::Estate;
    bool estateReplaced = false; ///< ok, and the estate was brought or replaced (workloads or scenario name changed)
};

/// Opens a dropped or picked file by its kind: a scenario, a partner theme, a price catalogue or AWS offer file, an
/// inventory (RVTools workbook or CSV), a dependency export. A CSV in no known layout is not imported: it is
/// returned in `pending` for the column-mapping editor (ok true, no messages). An AWS billing export (or the
/// tracker's summary CSV) goes to the credit tracker, whole (the page streams large ones: platform/billing_stream.cpp).
/// A file of no known kind
/// goes to the inventory importer (or, named .json, to the scenario reader), which says what is wrong with it.
/// `today` (YYYY-MM-DD) dates a catalogue built from an AWS offer file.
OpenedFile openFile(AppState& state, std::string_view bytes, const std::string& fileName,
                    std::optional<PendingImport>& pending, const std::string& today);

/// Tells the user what reading a billing file into the credit tracker did: the lines read and what the file cannot
/// tell, or why it was not added (the tracker keeps what it had). Nothing for a cancelled file.
void reportBillingFile(AppState& state, const TrackerFileOutcome& outcome);

} // namespace est::app
