// app/autosave.cpp - the autosave envelope and the keep-aside rule for records that cannot be restored.
#include "app/autosave.hpp"

#include "io/base64.hpp"
#include "io/inflate.hpp"

#include <nlohmann/json.hpp>

namespace est::app {
namespace {
constexpr const char* kFormat = "estimator-autosave";

std::string freeKeptAsideKey(KeyValueStore& store) {
    std::string key = kKeptAsideKey;
    for (int n = 2; store.get(key).has_value(); ++n) key = std::string(kKeptAsideKey) + "." + std::to_string(n);
    return key;
}

RestoreOutcome moveAside(KeyValueStore& store, const std::string& record, std::vector<std::string> reasons) {
    RestoreOutcome out;
    out.kind = RestoreOutcome::Kind::KeptAside;
    out.keptAsideKey = freeKeptAsideKey(store);
    // Write the copy first: if the store refuses, the original stays where it was.
    if (store.set(out.keptAsideKey, record)) store.remove(kAutosaveKey);
    else out.keptAsideKey = kAutosaveKey;
    out.messages = std::move(reasons);
    out.messages.push_back("Your previous autosaved work could not be restored; it is kept in the browser under \"" +
                           out.keptAsideKey + "\" in this browser's storage (File > Recover kept autosave opens it).");
    return out;
}
} // namespace

std::string wrapAutosave(const std::string& scenarioJson, const std::string& savedAt) {
    nlohmann::json envelope;
    envelope["format"] = kFormat;
    envelope["version"] = kAutosaveVersion;
    envelope["savedAt"] = savedAt;
    // The scenario is kept as text so a scenario the loader later rejects is still kept byte for byte.
    std::string deflated;
    if (scenarioJson.size() > kAutosaveCompressAbove && io::deflateRaw(scenarioJson, deflated, 1).empty()) {
        envelope["scenarioBytes"] = scenarioJson.size();
        envelope["scenarioDeflated"] = io::encodeBase64(deflated);
    } else {
        envelope["scenario"] = scenarioJson;
    }
    return envelope.dump();
}

RestoreOutcome readAutosave(KeyValueStore& store) {
    const std::optional<std::string> record = store.get(kAutosaveKey);
    if (!record || record->empty()) return {};
    const nlohmann::json envelope = nlohmann::json::parse(*record, nullptr, false);
    if (envelope.is_discarded() || !envelope.is_object())
        return moveAside(store, *record, {"The autosaved work is damaged (not valid JSON)."});
    if (envelope.value("format", std::string()) != kFormat)
        return moveAside(store, *record, {"The autosaved record is not an estimator autosave."});
    const auto version = envelope.find("version");
    if (version == envelope.end() || !version->is_number_integer())
        return moveAside(store, *record, {"The autosaved work has no version."});
    const int v = version->get<int>();
    if (v < kAutosaveVersion)
        return moveAside(store, *record,
                         {"The autosaved work is from an older version of the estimator (format " +
                          std::to_string(v) + ", this one reads " + std::to_string(kAutosaveVersion) + ")."});
    if (v > kAutosaveVersion)
        return moveAside(store, *record,
                         {"The autosaved work is from a newer version of the estimator (format " + std::to_string(v) +
                          ")."});
    RestoreOutcome out;
    const auto scenario = envelope.find("scenario");
    const auto deflated = envelope.find("scenarioDeflated");
    const auto bytes = envelope.find("scenarioBytes");
    if (scenario != envelope.end() && scenario->is_string()) {
        out.scenarioJson = scenario->get<std::string>();
    } else if (deflated != envelope.end() && deflated->is_string() && bytes != envelope.end() &&
               bytes->is_number_unsigned()) {
        std::string compressed;
        if (!io::decodeBase64(deflated->get_ref<const std::string&>(), compressed))
            return moveAside(store, *record, {"The autosaved work is damaged (scenarioDeflated is not base64)."});
        const std::string reason = io::inflateRaw(compressed, bytes->get<std::size_t>(), out.scenarioJson);
        if (!reason.empty())
            return moveAside(store, *record, {"The autosaved work is damaged (" + reason + ")."});
    } else {
        return moveAside(store, *record, {"The autosaved work holds no scenario."});
    }
    out.kind = RestoreOutcome::Kind::Restored;
    out.savedAt = envelope.value("savedAt", std::string());
    return out;
}

RestoreOutcome keepAside(KeyValueStore& store, const std::vector<std::string>& reasons) {
    const std::optional<std::string> record = store.get(kAutosaveKey);
    if (!record) return {};
    return moveAside(store, *record, reasons);
}

bool writeAutosave(KeyValueStore& store, const std::string& scenarioJson, const std::string& savedAt) {
    return store.set(kAutosaveKey, wrapAutosave(scenarioJson, savedAt));
}

} // namespace est::app
