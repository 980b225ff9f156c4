// ui/panels.hpp - the detailed workspace's smaller panels (each implemented in its own <name>_panel.cpp).
#pragma once

#include "io/business_case_summary.hpp"
#include "model/aws_pricing.hpp"
#include "model/map_tagging.hpp"
#include "model/wave_planner.hpp"
#include "ui/charts.hpp"
#include "ui/customer_name_field.hpp"
#include "ui/panel_context.hpp"
#include "ui/wave_timeline.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace est::ui {

/// Whether the overview shows the import card: an import that is neither undone, dismissed nor replaced.
bool importCardShown(const app::AppState& state);

/// The last import as a card: rows imported, skipped with reasons, the retirements the engine proposes, the
/// notes collapsed; dismissable. Drawn while importCardShown.
struct ImportCard {
    long countedRevision = -1; ///< result revision `retirements` was counted for
    app::ProposedRetirements retirements;
    void draw(PanelContext& ctx);
};

/// The business case at a glance: a one-sentence headline, four figures, the bridge from today's cost to the cost
/// with AWS, the eligibility badge and numbered next steps, or the "not eligible yet" path (io/business_case_summary).
struct OverviewPanel {
    ImportCard importCard;
    void draw(PanelContext& ctx);
};

/// Today's cost: per year, by category (a chart adding the categories up, and a table).
struct TodayPanel {
    void draw(PanelContext& ctx);
};

/// A summary bridge as chart bars, each step in its side's colour (overview and Present: today to AWS, the gap to MAP).
std::vector<charts::BridgeBar> summaryBridgeBars(const std::vector<io::BridgeStep>& steps);
/// Bars that add `parts` up from zero, then their total from zero (today's cost by category, funding by phase); with
/// one part, the total alone.
std::vector<charts::BridgeBar> summaryPartsBars(const std::vector<io::SummaryPart>& parts,
                                                const std::string& totalLabel, double total, unsigned int colour);

/// The verdict as a filled badge in the current font: green when funded, amber while borderline or not eligible yet
/// (a path, not a failure). Named `locatorName`.
void verdictBadge(const io::BusinessCaseSummary& s, const char* locatorName);

/// 7-Rs counts and cost effect per disposition; the recommender's proposal beside the chosen one; accept.
struct DispositionsPanel {
    std::vector<char> checked;  ///< per workload: ticked in the proposals list
    bool onlyDiffering = false; ///< list only workloads whose choice differs from the proposal
    void draw(PanelContext& ctx);

private:
    // The list's rows and the recommender's words, made once per result (not for every workload every frame);
    // a reason is written the first time its row is drawn.
    std::vector<int> m_listed; ///< workload indices listed, for m_listedRevision and m_listedOnlyDiffering
    long m_listedRevision = -1;
    bool m_listedOnlyDiffering = false;
    std::unordered_map<std::size_t, std::string> m_reasons; ///< by workload index, for m_listedRevision
};

/// The AWS prices block of the Assumptions panel: region picker, sizing settings, each table's date.
struct AwsPricesSection {
    void draw(PanelContext& ctx);

private:
    // The price tables the result uses, counted once per result (counting walks every workload).
    std::vector<model::PriceTableUse> m_tables;
    long m_tablesRevision = -1;
};

/// Every registry assumption with its value, default, source document and a reset.
struct AssumptionsPanel {
    char filter[96] = {};
    CustomerNameField customerName; ///< "Prepared for": who the business case is for (a setting, undoable)
    bool onlyChanged = false;       ///< list only the assumptions that differ from their defaults
    void draw(PanelContext& ctx);

private:
    AwsPricesSection m_prices;
};

/// Cumulative cost lines, yearly stacked breakdown, NPV / payback / ROI tiles, category table.
struct TcoPanel {
    void draw(PanelContext& ctx);
};

/// The funding ladder by phase, quarterly credits on a time axis, money left on the table and why.
struct FundingPanel {
    void draw(PanelContext& ctx);
    void drawNotEligible(PanelContext& ctx);
    void drawTaggingPlan(PanelContext& ctx);
    // The tagging plan of the result it was made for (sorting a large estate every frame would be wasted work).
    std::vector<model::TaggingPlanRow> taggingPlan;
    long taggingPlanRevision = -1;
};

/// The eligibility checklist: value against threshold, pass / fail, what would clear each failure.
struct EligibilityPanel {
    void draw(PanelContext& ctx);
};

/// Two to four scenarios side by side.
struct ComparePanel {
    void draw(PanelContext& ctx);
};

/// P10 / P50 / P90 figures, the pessimistic-expected-optimistic band and the tornado.
struct UncertaintyPanel {
    void draw(PanelContext& ctx);
};

/// Goal seek: an output, a target and one lever; the lever value that reaches the target, and Apply.
struct GoalSeekPanel {
    char leverFilter[64] = {};
    bool useBracket = false; ///< search only between bracketLo and bracketHi (lever units)
    double bracketLo = 0.0;
    double bracketHi = 1.0;
    void draw(PanelContext& ctx);
};

/// Named snapshots of the scenario and what changed between two of them (or one and the current scenario).
struct SnapshotsPanel {
    char name[64] = {};
    std::string before; ///< snapshot name; empty = none chosen yet
    std::string after;  ///< snapshot name; empty = the current scenario
    void draw(PanelContext& ctx);
};

/// Migration waves: re-plan (one undoable step), timeline, capacity use, move groups and their dependencies, warnings.
struct WavesPanel {
    model::WavePlan plan;   ///< the last plan made here
    long planRevision = -1; ///< scenario revision right after that plan (stale once anything changes)
    int selectedGroup = -1; ///< group whose dependencies are shown
    void draw(PanelContext& ctx);

private:
    /// What the selected move group shows, in words: made when the selection, the plan or the scenario changes, not
    /// every frame (its dependencies are found among all of the scenario's).
    struct GroupDetails {
        int group = -1;                 ///< selectedGroup these are for
        long revision = -1;             ///< scenario revision these are for
        std::string members;            ///< "a, b and 3 more"
        std::vector<int> neededBy;      ///< groups that depend on it
        std::vector<std::size_t> edges; ///< indices of the scenario's dependencies with an end in it
    };
    void drawMoveGroups();
    void drawGroupDetails(app::AppState& state);
    WaveTimeline m_timeline;
    std::vector<std::string> m_groupLabels; ///< one per listed group of `plan`, in wave order, made when the plan is
    std::vector<int> m_groupOrder;          ///< the group index of each label (wave, then name)
    GroupDetails m_details;
};

/// A heading in the large font.
void heading(const char* text);
/// A line telling the user the scenario cannot be estimated, with its errors; true when it drew it.
bool drawInvalid(const PanelContext& ctx);
/// A valid scenario with no workloads: the three ways in (import a file, open a demo, quick size) instead of a
/// panel of zeros. True when drawn (the panel draws nothing else).
bool drawNoEstate(PanelContext& ctx);
/// The three ways in as buttons (the empty panels and the overview's first open).
void drawWaysIn(PanelContext& ctx);
/// The x label of month `m` of a scenario ("Jan 2027"), quarter ("Q1 2027") and year ("2027").
std::string monthLabel(const model::Settings& s, int m);
std::string quarterLabel(const model::Settings& s, int q);
std::string yearLabel(const model::Settings& s, int y);

} // namespace est::ui
