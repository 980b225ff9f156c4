// app/autosave.hpp - autosave to and restore from a key-value store (the browser's localStorage), never losing data.
#pragma once

#include <cstddef>
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

/// Keys and version of the autosave record.
inline constexpr const char* kAutosaveKey = "estimator.autosave";
/// Where a record that could not be restored is kept (a number is appended when it is taken).
inline constexpr const char* kKeptAsideKey = "estimator.autosave.kept";
/// Version of the envelope written now; a record with a lower version is "older".
inline constexpr int kAutosaveVersion = 1;

/// Scenario text above this size is stored deflated: the browser's store holds about 5 M characters, and a
/// 10,000-workload estate is more than that as plain JSON.
inline constexpr std::size_t kAutosaveCompressAbove = 256 * 1024;

/// Wraps scenario JSON text in the autosave envelope {"format","version","savedAt","scenario"}; a large
/// scenario goes under "scenarioDeflated" (raw deflate, base64) with "scenarioBytes" instead of "scenario".
std::string wrapAutosave(const std::string& scenarioJson, const std::string& savedAt);

/// What restoring found.
struct RestoreOutcome {
    enum class Kind { Nothing, Restored, KeptAside };
    Kind kind = Kind::Nothing;
    std::string scenarioJson;         ///< Restored: the scenario's JSON text, for the scenario loader
    std::string savedAt;              ///< Restored: when it was saved
    std::string keptAsideKey;         ///< KeptAside: the key the record was moved to
    std::vector<std::string> messages;///< what to tell the user (empty for Nothing)
};

/// Reads the autosave record. A record that is not valid JSON, not ours, or of another version is moved to a
/// free kKeptAsideKey[.n] key (never deleted) and reported. The caller then loads scenarioJson; when that load
/// fails it calls keepAside() with the loader's errors.
RestoreOutcome readAutosave(KeyValueStore& store);

/// Moves the current autosave record aside (scenario loader rejected it) and returns the messages to show.
RestoreOutcome keepAside(KeyValueStore& store, const std::vector<std::string>& reasons);

/// Writes the record. Returns false (and leaves the previous record) when the store refused.
bool writeAutosave(KeyValueStore& store, const std::string& scenarioJson, const std::string& savedAt);

/// Decides when to autosave: after a change, once the user paused for `quietSeconds`.
struct AutosavePolicy {
    double quietSeconds = 1.0;
    /// True when revision `current` differs from `saved` and the last change is at least quietSeconds old.
    bool due(long current, long saved, double now, double lastChangeAt) const {
        return current != saved && now - lastChangeAt >= quietSeconds;
    }
};

} // namespace est::app
