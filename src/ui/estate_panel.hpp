// ui/estate_panel.hpp - the estate table: virtualised, sortable, filterable, inline and bulk edits, app grouping.
#pragma once

#include "ui/panel_context.hpp"
#include "ui/trace_view.hpp"

#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace est::ui {

/// View state of the estate table. Rows are indices into Scenario::workloads.
struct EstatePanel {
    char filter[128] = {};      ///< substring of name, id, application or OS (case-insensitive)
    int dispositionFilter = -1; ///< -1 = all, else a Disposition
    bool groupByApplication = false;
    std::set<std::string> collapsedApps;
    std::vector<char> selected; ///< per workload index
    int selectedCount = 0;
    int lastClicked = -1;    ///< row position of the last click (shift-click range anchor)
    int firstVisibleRow = 0; ///< row position at the top of the scrolled table (tests read it)
    int bulkDisposition = static_cast<int>(model::Disposition::Rehost);
    int bulkWave = 1;
    void draw(PanelContext& ctx);

private:
    /// What a workload's row shows from the result, formatted the first time the row is drawn for a result and
    /// number format (a table redraws its visible rows every frame); the hover texts the first time they are hovered.
    struct RowText {
        std::string today, todayPlain, aws, awsPlain; ///< monthly cost today and on AWS, shown and for the clipboard
        std::string instanceType;                     ///< the sized type ("" when nothing fits)
        std::string instance;                         ///< "m6i.large x2 $0.192"
        std::optional<std::string> sizingTrace;       ///< the instance cell's tooltip
        std::optional<std::string> sizingWarning;     ///< the warning marker's tooltip
    };
    void rebuild(const app::AppState& state);
    RowText& rowText(const app::AppState& state, std::size_t workload, const NumberFormat& f);
    void drawInstanceCell(const app::AppState& state, std::size_t workload, RowText& text, bool firstRow);
    std::vector<int> m_rows; ///< >= 0: workload index; < 0: group header -(g + 1)
    int m_shownCount = 0;    ///< workload rows in m_rows (group headers aside)
    std::unordered_map<std::size_t, RowText>
        m_rowText; ///< by workload index, for m_rowTextRevision and m_rowTextFormat
    long m_rowTextRevision = -1;
    NumberFormat m_rowTextFormat;
    TraceOnDemand m_costTrace;         ///< the workload cost trace whose popup is open
    std::vector<std::string> m_groups; ///< group header names
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
