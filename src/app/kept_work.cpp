// app/kept_work.cpp - replaced workspaces and kept-aside autosaves in the key-value store (see kept_work.hpp).
#include "app/kept_work.hpp"
#include "model/stable_sort.hpp"

#include "formats/json_value.hpp"
#include "io/json_values.hpp"

#include <algorithm>

namespace est::app {
namespace {

std::string replacedKey(int slot) { return std::string(kReplacedKey) + "." + std::to_string(slot); }

// Reads the describing fields of a record; a record that is not an envelope keeps only its key.
KeptWork describe(const std::string& key, const std::string& record) {
    KeptWork out;
    out.key = key;
    const formats::JsonParseResult envelope = formats::parseJson(record);
    if (!envelope.ok || !envelope.value.isObject()) return out;
    out.savedAt = io::jsonString(envelope.value, "savedAt");
    out.name = io::jsonString(envelope.value, "keptName");
    out.reason = io::jsonString(envelope.value, "keptBecause");
    return out;
}

// A store holding one record under kAutosaveKey: lets readAutosave unwrap a kept envelope without touching the real
// store.
struct SingleRecord : KeyValueStore {
    std::optional<std::string> value;
    std::optional<std::string> get(const std::string& key) override {
        return key == kAutosaveKey ? value : std::nullopt;
    }
    bool set(const std::string&, const std::string&) override { return true; }
    void remove(const std::string&) override {}
};

} // namespace

std::vector<KeptWork> listKeptWork(KeyValueStore& store) {
    std::vector<KeptWork> replaced;
    for (int slot = 1; slot <= kMaxKeptReplaced; ++slot)
        if (const std::optional<std::string> record = store.get(replacedKey(slot)))
            replaced.push_back(describe(replacedKey(slot), *record));
    model::stableSort(replaced, [](const KeptWork& a, const KeptWork& b) { return a.savedAt > b.savedAt; });
    std::string key = kKeptAsideKey;
    for (int n = 2;; ++n) {
        const std::optional<std::string> record = store.get(key);
        if (!record) break;
        replaced.push_back(describe(key, *record));
        key = std::string(kKeptAsideKey) + "." + std::to_string(n);
    }
    return replaced;
}

std::string keepReplacedWork(KeyValueStore& store, const std::string& scenarioJson, const KeptNote& note,
                             const std::string& savedAt) {
    // A free slot, else the one kept longest ago.
    std::string key;
    std::string oldestAt;
    for (int slot = 1; slot <= kMaxKeptReplaced; ++slot) {
        const std::optional<std::string> record = store.get(replacedKey(slot));
        if (!record) {
            key = replacedKey(slot);
            break;
        }
        const std::string at = describe(replacedKey(slot), *record).savedAt;
        if (key.empty() || at < oldestAt) {
            key = replacedKey(slot);
            oldestAt = at;
        }
    }
    return store.set(key, wrapAutosave(scenarioJson, savedAt, nullptr, &note)) ? key : std::string();
}

std::string keptScenarioText(const std::string& record) {
    SingleRecord single;
    single.value = record;
    const RestoreOutcome read = readAutosave(single);
    return read.kind == RestoreOutcome::Kind::Restored ? read.scenarioJson : record;
}

std::string keptWorkLabel(const KeptWork& kept) {
    std::string label =
        kept.name.empty() ? (kept.reason.empty() ? "Autosave kept aside" : "Unnamed scenario") : kept.name;
    if (kept.savedAt.size() >= 16)
        label += ", kept " + kept.savedAt.substr(0, 10) + " " + kept.savedAt.substr(11, 5) + " UTC";
    if (!kept.reason.empty()) label += " (" + kept.reason + ")";
    return label;
}

} // namespace est::app
