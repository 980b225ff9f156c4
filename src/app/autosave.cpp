// app/autosave.cpp - the autosave envelope and the keep-aside rule for records that cannot be restored.
#include "app/autosave.hpp"

#include "formats/base64.hpp"
#include "formats/inflate.hpp"

#include <nlohmann/json.hpp>

namespace est::app {
namespace {
constexpr const char* kFormat = "estimator-autosave";

RestoreOutcome moveAside(KeyValueStore& store, const std::string& record, std::vector<std::string> reasons) {
    RestoreOutcome out;
    out.kind = RestoreOutcome::Kind::KeptAside;
    out.keptAsideKey = freeKeptAsideKey(store);
    // Write the copy first: if the store refuses, the original stays where it was.
    if (store.set(out.keptAsideKey, record))
        store.remove(kAutosaveKey);
    else
        out.keptAsideKey = kAutosaveKey;
    out.messages = std::move(reasons);
    out.messages.push_back("Your previous autosaved work could not be restored; it is kept in the browser under \"" +
                           out.keptAsideKey + "\" in this browser's storage (File > Recover kept work opens it).");
    return out;
}

std::string kilobytes(std::size_t bytes) { return std::to_string((bytes + 1023) / 1024) + " KB"; }

// Large data goes deflated and base64'd under `deflatedKey` with its size under `sizeKey`; smaller data goes
// under `key`, as text or (for bytes that need not be UTF-8) as base64.
void putData(nlohmann::json& into, const char* key, const char* deflatedKey, const char* sizeKey,
             const std::string& data, bool base64) {
    std::string deflated;
    if (data.size() > kAutosaveCompressAbove && formats::deflateRaw(data, deflated, 1).empty()) {
        into[sizeKey] = data.size();
        into[deflatedKey] = formats::encodeBase64(deflated);
    } else {
        into[key] = base64 ? formats::encodeBase64(data) : data;
    }
}

nlohmann::json pendingJson(const PendingImportRecord& pending) {
    nlohmann::json out;
    out["fileName"] = pending.fileName;
    nlohmann::json columns = nlohmann::json::object();
    for (const io::MappingField& f : io::mappingFields())
        if (!(pending.mapping.*(f.member)).empty()) columns[f.key] = pending.mapping.*(f.member);
    out["columns"] = columns;
    out["ramUnit"] = io::sizeUnitKey(pending.mapping.ramUnit);
    out["storageUnit"] = io::sizeUnitKey(pending.mapping.storageUnit);
    out["utilAsFraction"] = pending.mapping.utilAsFraction;
    if (!pending.notKept.empty()) {
        out["notKept"] = pending.notKept;
    } else {
        // CSV files need not be UTF-8 (Latin-1, UTF-16 exports): the bytes go as base64.
        putData(out, "file", "fileDeflated", "fileBytes", pending.bytes, true);
    }
    return out;
}

// The pending file of an envelope; "" on success, else why it could not be read back.
std::string readPending(const nlohmann::json& j, PendingImportRecord& out) {
    if (!j.is_object()) return "the record is not an object";
    out.fileName = j.value("fileName", std::string());
    if (out.fileName.empty()) out.fileName = "the file";
    if (const auto columns = j.find("columns"); columns != j.end() && columns->is_object())
        for (const io::MappingField& f : io::mappingFields())
            if (const auto c = columns->find(f.key); c != columns->end() && c->is_string())
                out.mapping.*(f.member) = c->get<std::string>();
    if (const auto u = io::parseSizeUnit(j.value("ramUnit", std::string("GiB")))) out.mapping.ramUnit = *u;
    if (const auto u = io::parseSizeUnit(j.value("storageUnit", std::string("GiB")))) out.mapping.storageUnit = *u;
    if (const auto f = j.find("utilAsFraction"); f != j.end() && f->is_boolean())
        out.mapping.utilAsFraction = f->get<bool>();
    if (const auto why = j.find("notKept"); why != j.end()) {
        out.notKept =
            why->is_string() ? why->get<std::string>() : std::string("it did not fit in this browser's storage");
        return {};
    }
    const auto file = j.find("file");
    const auto deflated = j.find("fileDeflated");
    const auto size = j.find("fileBytes");
    if (file != j.end() && file->is_string()) {
        if (!formats::decodeBase64(file->get_ref<const std::string&>(), out.bytes))
            return "its data is damaged (not base64)";
        return {};
    }
    if (deflated != j.end() && deflated->is_string() && size != j.end() && size->is_number_unsigned()) {
        std::string compressed;
        if (!formats::decodeBase64(deflated->get_ref<const std::string&>(), compressed))
            return "its data is damaged (not base64)";
        const std::string reason = formats::inflateRaw(compressed, size->get<std::size_t>(), out.bytes);
        return reason.empty() ? std::string() : "its data is damaged (" + reason + ")";
    }
    return "the record holds no file";
}
} // namespace

std::string freeKeptAsideKey(KeyValueStore& store) {
    std::string key = kKeptAsideKey;
    for (int n = 2; store.get(key).has_value(); ++n) key = std::string(kKeptAsideKey) + "." + std::to_string(n);
    return key;
}

std::string wrapAutosave(const std::string& scenarioJson, const std::string& savedAt,
                         const PendingImportRecord* pending, const KeptNote* kept) {
    nlohmann::json envelope;
    envelope["format"] = kFormat;
    envelope["version"] = kAutosaveVersion;
    envelope["savedAt"] = savedAt;
    // The scenario is kept as text so a scenario the loader later rejects is still kept byte for byte.
    putData(envelope, "scenario", "scenarioDeflated", "scenarioBytes", scenarioJson, false);
    if (pending != nullptr) envelope["pendingImport"] = pendingJson(*pending);
    if (kept != nullptr) {
        envelope["keptName"] = kept->name;
        envelope["keptBecause"] = kept->reason;
    }
    return envelope.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

RestoreOutcome readAutosave(KeyValueStore& store) {
    const std::optional<std::string> record = store.get(kAutosaveKey);
    if (!record || record->empty()) return {};
    const nlohmann::json envelope =
        nlohmann::json::parse(std::string_view(*record), nullptr,
                              false); // one parser instantiation: every JSON reader parses from a string_view
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
                         {"The autosaved work is from an older version of the estimator (format " + std::to_string(v) +
                          ", this one reads " + std::to_string(kAutosaveVersion) + ")."});
    if (v > kAutosaveVersion)
        return moveAside(
            store, *record,
            {"The autosaved work is from a newer version of the estimator (format " + std::to_string(v) + ")."});
    RestoreOutcome out;
    const auto scenario = envelope.find("scenario");
    const auto deflated = envelope.find("scenarioDeflated");
    const auto bytes = envelope.find("scenarioBytes");
    if (scenario != envelope.end() && scenario->is_string()) {
        out.scenarioJson = scenario->get<std::string>();
    } else if (deflated != envelope.end() && deflated->is_string() && bytes != envelope.end() &&
               bytes->is_number_unsigned()) {
        std::string compressed;
        if (!formats::decodeBase64(deflated->get_ref<const std::string&>(), compressed))
            return moveAside(store, *record, {"The autosaved work is damaged (scenarioDeflated is not base64)."});
        const std::string reason = formats::inflateRaw(compressed, bytes->get<std::size_t>(), out.scenarioJson);
        if (!reason.empty()) return moveAside(store, *record, {"The autosaved work is damaged (" + reason + ")."});
    } else {
        return moveAside(store, *record, {"The autosaved work holds no scenario."});
    }
    out.kind = RestoreOutcome::Kind::Restored;
    out.savedAt = envelope.value("savedAt", std::string());
    if (const auto pending = envelope.find("pendingImport"); pending != envelope.end()) {
        PendingImportRecord kept;
        const std::string why = readPending(*pending, kept);
        // The scenario is fine: a damaged pending file costs only that file, and the user is told.
        if (why.empty())
            out.pending = std::move(kept);
        else
            out.messages.push_back("The file that was waiting for its column mapping (" + kept.fileName +
                                   ") could not be restored: " + why + ". Drop it again to import it.");
    }
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

AutosaveWrite writeAutosave(KeyValueStore& store, const AutosaveWork& work, const std::string& savedAt) {
    AutosaveWrite out;
    const PendingImportRecord* pending = work.pending ? &*work.pending : nullptr;
    std::string record = wrapAutosave(work.scenarioJson, savedAt, pending);
    if (store.set(kAutosaveKey, record)) {
        out.written = true;
        return out;
    }
    const std::size_t fullSize = record.size();
    // 1. Without the pending file's bytes: its name and mapping stay, so the reload can say it was not kept.
    std::optional<PendingImportRecord> marker = work.pending;
    if (marker && marker->notKept.empty()) {
        marker->notKept = "it is " + kilobytes(marker->bytes.size()) + ", more than this browser's storage could keep";
        marker->bytes.clear();
        out.pendingFileLeftOut = true;
        out.messages.push_back(marker->fileName + " (" + kilobytes(work.pending->bytes.size()) +
                               "), waiting for its column mapping, does not fit in this browser's storage: finish or "
                               "cancel the mapping before you reload the page, or drop the file again afterwards.");
        record = wrapAutosave(work.scenarioJson, savedAt, &*marker);
        if (store.set(kAutosaveKey, record)) {
            out.written = true;
            return out;
        }
    }
    // 2. Without the snapshots and the partner theme.
    if (work.scenarioOnlyJson && !work.leftOutWhenLean.empty()) {
        record = wrapAutosave(work.scenarioOnlyJson(), savedAt, marker ? &*marker : nullptr);
        if (store.set(kAutosaveKey, record)) {
            out.written = true;
            out.extrasLeftOut = true;
            out.messages.push_back("Your work (" + kilobytes(fullSize) +
                                   ") does not fit in this browser's storage: the "
                                   "autosave keeps the scenario but not " +
                                   work.leftOutWhenLean + ". Save the scenario with Ctrl+S to keep them.");
            return out;
        }
    }
    out.messages.push_back("This browser refused to autosave (storage full or disabled; your work is " +
                           kilobytes(record.size()) + "): save the scenario with Ctrl+S.");
    return out;
}

} // namespace est::app
