// ui/estate_panel.hpp - the estate table: virtualised, sortable, filterable, inline and bulk edits, app grouping.
#pragma once

#include "ui/panel_context.hpp"

#include <set>
#include <string>
#include <vector>

namespace est::ui {

/// View state of the estate table. Rows are indices into Scenario::workloads.
struct EstatePanel {
    char filter[128] = {};            ///< substring of name, id, application or OS (case-insensitive)
    int dispositionFilter = -1;       ///< -1 = all, else a Disposition
    bool groupByApplication = false;
    std::set<std::string> collapsedApps;
    std::vector<char> selected;       ///< per workload index
    int selectedCount = 0;
    int lastClicked = -1;             ///< row position of the last click (shift-click range anchor)
    int firstVisibleRow = 0;          ///< row position at the top of the scrolled table (tests read it)
    int bulkDisposition = static_cast<int>(model::Disposition::Rehost);
    int bulkWave = 1;
    void draw(PanelContext& ctx);

private:
    void rebuild(const app::AppState& state);
    std::vector<int> m_rows;          ///< >= 0: workload index; < 0: group header -(g + 1)
    std::vector<std::string> m_groups;///< group header names
    std::vector<int> m_groupCounts;
    long m_builtRevision = -2;
    std::string m_builtFilter;
    int m_builtDisposition = -2;
    bool m_builtGrouped = false;
    std::size_t m_builtCollapsed = 0;
    int m_sortColumn = 0;
    bool m_sortAscending = true;
    bool m_sortDirty = true;
};

} // namespace est::ui
