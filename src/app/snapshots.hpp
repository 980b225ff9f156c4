// app/snapshots.hpp - named snapshots of the scenario (with their results) and the cached diff between two of them.
#pragma once

#include "io/scenario_json.hpp"
#include "model/result.hpp"
#include "model/scenario.hpp"
#include "model/scenario_diff.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace est::app {

/// A scenario saved under a name (io::SavedSnapshot: what the scenario file keeps) with its result.
struct NamedSnapshot : io::SavedSnapshot {
    model::Result result;
    long id = 0; ///< unique within the store; a re-saved name gets a new id
};

/// The difference from `before` to `after`: inputs changed and headline outputs moved.
struct SnapshotComparison {
    model::ScenarioDiff inputs;
    model::ResultDiff outputs;
    /// The figure that moved most (money figures by |delta| first), or nullptr when nothing moved.
    const model::FigureMove* biggestMover() const { return outputs.moved.empty() ? nullptr : &outputs.moved.front(); }
};

/// Named snapshots, newest last. Saved with the scenario (the file's "snapshots" section, and so the autosave).
class SnapshotStore {
public:
    static constexpr std::size_t kMaxSnapshots = 20;
    /// Saves `s` and its result `r` under `name` (trimmed; empty -> "Snapshot N"). A snapshot with the same
    /// name is replaced; when the store is full the oldest goes. Returns the saved snapshot's name.
    std::string save(std::string name, const model::Scenario& s, const model::Result& r);
    /// Deletes the snapshot called `name`. False when there is none.
    bool remove(std::string_view name);
    /// The snapshot called `name`, or nullptr.
    const NamedSnapshot* find(std::string_view name) const;
    const std::vector<NamedSnapshot>& list() const { return m_snapshots; }
    bool empty() const { return m_snapshots.empty(); }
    /// The snapshots as the scenario file writes them (pointers into this store, valid until it changes).
    std::vector<const io::SavedSnapshot*> saved() const;
    /// Bumped by every save and delete (the autosave writes again when it moves; snapshots are not undoable).
    long generation() const { return m_generation; }

    /// The comparison from snapshot `before` to snapshot `after`; an empty name stands for the current
    /// scenario `current` / `currentResult` at `currentRevision`. Computed once and cached until either side
    /// changes. Returns nullptr when a named snapshot does not exist.
    const SnapshotComparison* compare(std::string_view before, std::string_view after, const model::Scenario& current,
                                      const model::Result& currentResult, long currentRevision);
    /// How many comparisons were computed (not served from the cache); for tests.
    int comparisonsComputed() const { return m_computed; }

private:
    std::vector<NamedSnapshot> m_snapshots;
    long m_nextId = 1;
    long m_generation = 0;
    int m_computed = 0;
    // Cache key: snapshot ids of both sides (0 = current) and the current revision when one side is current.
    long m_cacheBefore = -1, m_cacheAfter = -1, m_cacheRevision = -1;
    SnapshotComparison m_cache;
};

} // namespace est::app
