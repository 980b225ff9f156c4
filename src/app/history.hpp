// app/history.hpp - undo / redo as a stack of scenario snapshots, with slider drags coalesced into one step.
#pragma once

#include "model/scenario.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace est::app {

/// Which part of the scenario an edit may touch. Edits that leave the estate alone share its snapshot,
/// so undoing a slider on a 100,000-workload estate does not copy the estate once per step.
enum class EditScope { Settings, Workloads };

/// A saved state of the scenario: everything but the estate by value, the estate shared between snapshots.
struct Snapshot {
    model::Scenario rest;                                          ///< workloads left empty
    std::shared_ptr<const std::vector<model::Workload>> workloads; ///< never null
    std::string label;                                             ///< the edit that followed ("Set wave")
};

/// The undo and redo stacks. Owns no scenario: AppState hands the current one in.
class History {
public:
    /// Records `current` as the state before an edit called `label`. An edit with the same non-empty
    /// `coalesceKey` as the previous one, with no closeGesture() between, joins it (one slider drag = one step).
    /// Returns false when the edit was coalesced (no new step).
    bool recordBefore(const model::Scenario& current, const std::string& label, const std::string& coalesceKey);
    /// The estate of `current` may have changed: the next snapshot copies it instead of sharing.
    void estateChanged() { m_shared.reset(); }
    /// Ends the current gesture: the next edit starts a new undo step even with the same key.
    void closeGesture() { m_lastKey.clear(); }
    /// True while edits with a coalescing key are joining one step (a slider is being dragged).
    bool gestureOpen() const { return !m_lastKey.empty(); }
    /// Restores the previous state into `current`. Returns false when there is nothing to undo.
    bool undo(model::Scenario& current);
    /// Re-applies the undone edit. Returns false when there is nothing to redo.
    bool redo(model::Scenario& current);
    /// Forgets every step (after opening another scenario the old steps would be meaningless).
    void clear();
    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    /// Label of the step undo() would revert ("" when none).
    std::string undoLabel() const { return m_undo.empty() ? std::string() : m_undo.back().label; }
    /// Label of the step redo() would re-apply ("" when none).
    std::string redoLabel() const { return m_redo.empty() ? std::string() : m_redo.back().label; }
    std::size_t undoDepth() const { return m_undo.size(); }
    std::size_t redoDepth() const { return m_redo.size(); }
    /// Most steps kept; the oldest are dropped first.
    static constexpr std::size_t kMaxSteps = 200;
    /// Most workloads held across all distinct estate snapshots (bounds memory on huge estates).
    static constexpr std::size_t kMaxHeldWorkloads = 400000;

private:
    Snapshot snapshotOf(const model::Scenario& current);
    void restore(const Snapshot& from, model::Scenario& current);
    void trim();

    std::vector<Snapshot> m_undo;
    std::vector<Snapshot> m_redo;
    std::shared_ptr<const std::vector<model::Workload>> m_shared; ///< the current estate, if unchanged since shared
    std::string m_lastKey;
};

} // namespace est::app
