// app/app_state.hpp - the one owner of the data: the scenario being edited, its result, undo history, notices.
#pragma once

#include "app/assumption_effects.hpp"
#include "app/derived.hpp"
#include "app/goal_seek_state.hpp"
#include "app/history.hpp"
#include "app/kept_work.hpp"
#include "app/import_summary.hpp"
#include "app/partner_theme.hpp"
#include "app/quick_size.hpp"
#include "app/snapshots.hpp"
#include "app/tracker_state.hpp"
#include "app/uncertainty_state.hpp"
#include "io/business_case_summary.hpp"
#include "io/column_mapping.hpp"
#include "model/engine.hpp"
#include "model/function_ref.hpp"
#include "model/result.hpp"
#include "model/scenario.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace est::app {

/// A message for the user (an import report line, a load error). Views show and dismiss them.
struct Notice {
    enum class Level { Info, Warning, Error };
    Level level = Level::Info;
    std::string text;
};

/// The engine as AppState calls it: fills `out` for `s` (model::estimateInto in the app; a fake in tests).
using EstimateFn = std::function<void(const model::Scenario& s, model::Result& out)>;
/// The engine for the scenario being edited, told the stamp of its workloads (model::estimateInto with an
/// EstateStamp): a settings-only edit passes the stamp of the last estimate again, so the engine reuses what it found
/// of the workloads.
using EstimateEstateFn = std::function<void(const model::Scenario& s, model::Result& out, model::EstateStamp estate)>;

/// The quick-size screen's own small scenario: edited freely (no undo), recomputed when its inputs change.
struct QuickSizeState {
    QuickSizeInputs inputs;
    model::Scenario scenario;
    model::Result result;
    Derived derived;
    std::string headline;            ///< the overview's sentence for the result ("Moving 46 workloads ... saves ...")
    io::NotEligiblePath notEligible; ///< the overview's gap and routes, shown instead of $0 funding tiles
    bool dirty = true;
};

/// One scenario pinned for side-by-side comparison, with its result.
struct ComparedScenario {
    std::string name;
    model::Scenario scenario;
    model::Result result;
    bool dirty = true;
};

/// Everything the views read. Views change the scenario only through edit()/undo()/redo()/replace(),
/// so every change is undoable and the result is recomputed once per frame, never inside a widget.
class AppState {
public:
    model::Scenario scenario;     ///< what the user edits
    model::Result result;         ///< of `scenario` as of the last recompute (see resultRevision)
    bool dirty = true;            ///< the scenario changed since the result was computed
    long revision = 0;            ///< bumped on every change; views cache derived text by it
    long resultRevision = -1;     ///< revision the result belongs to
    long savedRevision = 0;       ///< revision last saved to a file (unsaved changes = revision != this)
    long autosavedRevision = -1;  ///< revision last written to the browser's storage (or last refused, see below)
    bool autosaveRefused = false; ///< the browser refused the last autosave (quota, private mode)
    int recomputeCount = 0;       ///< how many times the engine ran (for tests and the status bar)
    std::vector<Notice> notices;  ///< newest last
    EstimateFn estimator;         ///< unset: the result stays empty
    /// For `scenario` when set (else `estimator`): the app's engine, told the estate stamp.
    EstimateEstateFn estimateEdited;
    model::Scenario defaults; ///< from assets/defaults.json: the base of new and quick-size scenarios
    Derived derived;          ///< chart series of `result`
    io::BusinessCaseSummary
        summary;          ///< the business case in words of `result` (overview, Today, Present, the page's text)
    QuickSizeState quick; ///< the quick-size screen
    std::vector<ComparedScenario> compared; ///< at most kMaxCompared, shown by the Compare panel
    static constexpr std::size_t kMaxCompared = 4;
    UncertaintyState uncertainty;            ///< Uncertainty panel's runs
    SnapshotStore snapshots;                 ///< named snapshots (saved with the scenario; not undoable)
    GoalSeekState goalSeek;                  ///< Goal seek panel's question and last answer
    AssumptionEffects assumptionEffects;     ///< lazily computed effect of each changed assumption
    io::ImportSettings importSettings;       ///< remembered column mappings (the scenario file's "import" section)
    std::optional<ImportSummary> lastImport; ///< the last inventory import, while it is not undone or replaced
    PartnerTheme partner;       ///< the partner's brand (theme file, or the scenario file's "partner" section)
    std::vector<KeptWork> kept; ///< work kept in the browser's storage, for File > Recover (the platform fills it)
    TrackerState tracker;       ///< the MAP credit tracker: billing files read and their summary against the plan
    /// Called by replace() while the workspace still holds what is being replaced (open, share link, demo,
    /// quick size, New), with the step's label: the page keeps that work in the browser's storage. Unset = nothing
    /// kept.
    std::function<void(const std::string& label)> beforeReplace;
    long partnerGeneration = 0; ///< bumped by setPartner (the autosave writes again when it moves)

    /// Applies a partner theme (not an undoable edit: the scenario does not change).
    void setPartner(PartnerTheme theme) {
        partner = std::move(theme);
        ++partnerGeneration;
    }

    /// Installs a catalogue with more regions' tables in the scenario and the defaults, without an undo step
    /// (the prices in use do not change; a region that could not be priced now can).
    void addPrices(std::shared_ptr<const model::PriceCatalogue> catalogue) {
        scenario.aws.catalogue = catalogue;
        defaults.aws.catalogue = std::move(catalogue);
        changed();
    }
    /// Region codes whose tables the page is fetching ("") or could not fetch (the reason), for the UI.
    std::map<std::string, std::string> regionPricesFetch;

    /// Changes the scenario through `change` as one undoable step called `label`. Pass `scope` Workloads when
    /// `change` may touch the estate. Successive edits with the same non-empty `coalesceKey` (a slider being
    /// dragged) make one step until endGesture(). `change` is called once, before edit() returns.
    void edit(const std::string& label, EditScope scope, model::FunctionRef<void(model::Scenario&)> change,
              const std::string& coalesceKey = {});
    /// Ends a drag: the next edit is a new undo step.
    void endGesture() { m_history.closeGesture(); }
    /// Replaces the whole scenario (open, demo, restore) as one undoable step; calls beforeReplace first.
    void replace(model::Scenario next, const std::string& label);
    /// True when replacing the workspace would lose something of the user's that no file holds: it has
    /// workloads, snapshots or undo history, and changed since it was last saved to a file.
    bool holdsUnsavedWork() const {
        return revision != savedRevision &&
               (!scenario.workloads.empty() || !snapshots.list().empty() || m_history.undoDepth() > 0);
    }
    /// Starts over from `next` with no history (first load).
    void reset(model::Scenario next);
    bool undo();
    bool redo();
    const History& history() const { return m_history; }
    /// Runs the engine on whatever changed (scenario, quick size, compared scenarios), then the credit tracker's
    /// summary when its files or the plan changed. Call once per frame before drawing. Returns true when the main
    /// scenario was recomputed.
    bool recomputeIfDirty();
    /// True when the result is current and valid.
    bool hasResult() const { return resultRevision == revision && result.ok() && result.months > 0; }
    void notify(Notice::Level level, std::string text);
    /// Pins a copy of `s` for comparison under `name` (the oldest pin goes when there are kMaxCompared).
    void pinForCompare(const std::string& name, const model::Scenario& s);
    /// Adds the rehost-heavy and replatform-heavy variants of the current scenario to the comparison.
    void compareVariants();
    /// Carries the quick-size scenario into the workspace as one undoable step.
    void adoptQuickSize();

    /// The stamp of the workloads of `scenario` as they stand: a new one after every change that may touch them.
    model::EstateStamp estateStamp() const { return m_estateStamp; }

private:
    void changed();
    void estateChanged();
    History m_history;
    model::EstateStamp m_estateStamp = model::newEstateStamp();
};

} // namespace est::app
