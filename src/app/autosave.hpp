// app/autosave.hpp - autosave to and restore from a key-value store (the browser's localStorage), never losing data.
#pragma once

#include "io/column_mapping.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace est::app {

/// A string key-value store: localStorage in the browser, a map in tests.
class KeyValueStore {
public:
    virtual ~KeyValueStore() = default;
    /// The value under `key`, or nothing when the key is absent.
    virtual std::optional<std::string> get(const std::string& key) = 0;
    /// Stores `value` under `key`. Returns false when the store refused (quota).
    virtual bool set(const std::string& key, const std::string& value) = 0;
    virtual void remove(const std::string& key) = 0;
};

/// Keys and version of the autosave record. In the browser each tab has its own record: web/estimator.js maps
/// this key to the tab's slot, so two tabs never overwrite each other's work.
inline constexpr const char* kAutosaveKey = "estimator.autosave";
/// Where a record that could not be restored is kept (a number is appended when it is taken).
inline constexpr const char* kKeptAsideKey = "estimator.autosave.kept";
/// Version of the envelope written now; a record with a lower version is "older".
inline constexpr int kAutosaveVersion = 1;

/// Scenario text above this size is stored deflated: the browser's store holds about 5 M characters, and a
/// 10,000-workload estate is more than that as plain JSON.
inline constexpr std::size_t kAutosaveCompressAbove = 256 * 1024;

/// A file waiting for its column mapping, as the autosave keeps it across a reload (the envelope's optional
/// "pendingImport" member: the session's, not the scenario file's).
struct PendingImportRecord {
    std::string fileName;
    std::string bytes;         ///< the file as it arrived; "" when it was not kept (see notKept)
    io::ColumnMapping mapping; ///< the mapping being edited
    std::string notKept;       ///< why the file itself was not kept ("it is 6,200 KB ..."); "" = kept
    bool operator==(const PendingImportRecord&) const = default;
};

/// Everything the autosave keeps.
struct AutosaveWork {
    std::string scenarioJson; ///< the scenario file text, with its snapshots and partner theme
    /// The scenario without snapshots and partner theme: tried when the full record does not fit (may be unset).
    std::function<std::string()> scenarioOnlyJson;
    std::string leftOutWhenLean; ///< what that leaves out, for the message ("2 snapshots, the partner theme")
    std::optional<PendingImportRecord> pending; ///< a file waiting for its column mapping
};

/// What writing the autosave did: written is false when nothing could be stored; messages say what was left
/// out and why (empty when everything was kept).
struct AutosaveWrite {
    bool written = false;
    bool pendingFileLeftOut = false; ///< the pending file's bytes did not fit (its name and mapping did)
    bool extrasLeftOut = false;      ///< the snapshots and partner theme did not fit
    std::vector<std::string> messages;
    /// 0 when everything was kept; otherwise a code of what was left out (to report each situation once).
    int trouble() const { return (written ? 0 : 4) | (extrasLeftOut ? 2 : 0) | (pendingFileLeftOut ? 1 : 0); }
};

/// Why a record was kept aside, written into its envelope for File > Recover ("keptName", "keptBecause").
struct KeptNote {
    std::string name;   ///< the scenario's name
    std::string reason; ///< "replaced by Open demo_onprem-400-vm.json"
};

/// Wraps scenario JSON text in the autosave envelope {"format","version","savedAt","scenario"}; a large
/// scenario goes under "scenarioDeflated" (raw deflate, base64) with "scenarioBytes" instead of "scenario".
std::string wrapAutosave(const std::string& scenarioJson, const std::string& savedAt,
                         const PendingImportRecord* pending = nullptr, const KeptNote* kept = nullptr);

/// The first free key of kKeptAsideKey, kKeptAsideKey.2, kKeptAsideKey.3, ...
std::string freeKeptAsideKey(KeyValueStore& store);

/// What restoring found.
struct RestoreOutcome {
    enum class Kind { Nothing, Restored, KeptAside };
    Kind kind = Kind::Nothing;
    std::string scenarioJson;                   ///< Restored: the scenario's JSON text, for the scenario loader
    std::string savedAt;                        ///< Restored: when it was saved
    std::optional<PendingImportRecord> pending; ///< Restored: the file that was waiting for its column mapping
    std::string keptAsideKey;                   ///< KeptAside: the key the record was moved to
    std::vector<std::string> messages;          ///< what to tell the user (empty for Nothing)
};

/// Reads the autosave record. A record that is not valid JSON, not ours, or of another version is moved to a
/// free kKeptAsideKey[.n] key (never deleted) and reported. The caller then loads scenarioJson; when that load
/// fails it calls keepAside() with the loader's errors.
RestoreOutcome readAutosave(KeyValueStore& store);

/// Moves the current autosave record aside (scenario loader rejected it) and returns the messages to show.
RestoreOutcome keepAside(KeyValueStore& store, const std::vector<std::string>& reasons);

/// Writes the record. Returns false (and leaves the previous record) when the store refused.
bool writeAutosave(KeyValueStore& store, const std::string& scenarioJson, const std::string& savedAt);

/// Writes everything when the store takes it. When it refuses (the browser's quota, about 5 MB), keeps as much
/// as fits, in this order, and says what was left out: first the pending file's bytes (its name and mapping
/// stay, so the reload can say it was not kept), then the snapshots and partner theme. Never silent.
AutosaveWrite writeAutosave(KeyValueStore& store, const AutosaveWork& work, const std::string& savedAt);

/// Decides when to autosave: after a change, once the user paused for `quietSeconds`.
struct AutosavePolicy {
    double quietSeconds = 1.0;
    /// While a slider is held (a gesture is open) the save waits this long after the last change instead: writing
    /// a large estate takes longer than a frame, and the drag usually goes on. Bounded, so a gesture that never
    /// closes (its widget vanished while held) still saves.
    double quietSecondsInGesture = 5.0;
    /// True when revision `current` differs from `saved` and the last change is old enough: quietSeconds, or
    /// quietSecondsInGesture while `gestureOpen`.
    bool due(long current, long saved, double now, double lastChangeAt, bool gestureOpen = false) const {
        return current != saved && now - lastChangeAt >= (gestureOpen ? quietSecondsInGesture : quietSeconds);
    }
};

} // namespace est::app
