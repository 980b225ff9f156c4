// ui/column_mapping_dialog.hpp - the modal that maps a generic CSV's columns to workload fields before import.
#pragma once

#include "app/app_state.hpp"
#include "app/pending_import.hpp"

#include <optional>

namespace est::ui {

/// Holds the file waiting for its mapping and draws the modal while there is one. Import commits it as one
/// undoable step (and remembers the mapping); Cancel drops it and nothing changes.
struct ColumnMappingDialog {
    std::optional<app::PendingImport> pending;
    /// Draws the modal when a file is pending (call once per frame, after the workspace). True while open.
    bool draw(app::AppState& state);
};

} // namespace est::ui
