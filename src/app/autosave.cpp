// app/autosave.cpp - the autosave envelope and the keep-aside rule for records that cannot be restored.
#include "app/autosave.hpp"

#include "formats/base64.hpp"
#include "formats/inflate.hpp"

#include "formats/json_value.hpp"
#include "io/json_values.hpp"
#include "io/json_writer.hpp"
#include "model/stable_sort.hpp"

#include <algorithm>

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
// under `key`, as text or (for bytes that need not be UTF-8) as base64. The keys sort as they are written
// (sizeKey before deflatedKey): records keep the byte order of the sorted-map writer they came from.
void putData(io::JsonWriter& into, const char* key, const char* deflatedKey, const char* sizeKey,
             const std::string& data, bool base64) {
    std::string deflated;
    if (data.size() > kAutosaveCompressAbove && formats::deflateRaw(data, deflated, 1).empty()) {
        into.field(sizeKey, data.size());
        into.field(deflatedKey, formats::encodeBase64(deflated));
    } else {
        into.field(key, base64 ? formats::encodeBase64(data) : data);
    }
}

// Every object's keys in byte order, as the records written before (by a sorted-map writer) have them.
void writePending(io::JsonWriter& out, const PendingImportRecord& pending) {
    out.beginObject("pendingImport");
    std::vector<const io::MappingField*> columns;
    for (const io::MappingField& f : io::mappingFields())
        if (!(pending.mapping.*(f.member)).empty()) columns.push_back(&f);
    model::stableSort(columns, [](auto* a, auto* b) { return std::string_view(a->key) < std::string_view(b->key); });
    out.beginObject("columns");
    for (const io::MappingField* f : columns) out.field(f->key, pending.mapping.*(f->member));
    out.endObject();
    // CSV files need not be UTF-8 (Latin-1, UTF-16 exports): the bytes go as base64.
    if (pending.notKept.empty()) putData(out, "file", "fileDeflated", "fileBytes", pending.bytes, true);
    out.field("fileName", pending.fileName);
    if (!pending.notKept.empty()) out.field("notKept", pending.notKept);
    out.field("ramUnit", io::sizeUnitKey(pending.mapping.ramUnit));
    out.field("storageUnit", io::sizeUnitKey(pending.mapping.storageUnit));
    out.field("utilAsFraction", pending.mapping.utilAsFraction);
    out.endObject();
}

// The pending file of an envelope; "" on success, else why it could not be read back.
std::string readPending(const formats::JsonValue& j, PendingImportRecord& out) {
    if (!j.isObject()) return "the record is not an object";
    out.fileName = io::jsonString(j, "fileName");
    if (out.fileName.empty()) out.fileName = "the file";
    if (const formats::JsonValue* columns = j.find("columns"); columns != nullptr && columns->isObject())
        for (const io::MappingField& f : io::mappingFields())
            if (const formats::JsonValue* c = columns->find(f.key); c != nullptr && c->isString())
                out.mapping.*(f.member) = c->asString();
    if (const auto u = io::parseSizeUnit(io::jsonString(j, "ramUnit", "GiB"))) out.mapping.ramUnit = *u;
    if (const auto u = io::parseSizeUnit(io::jsonString(j, "storageUnit", "GiB"))) out.mapping.storageUnit = *u;
    if (const formats::JsonValue* f = j.find("utilAsFraction"); f != nullptr && f->isBool())
        out.mapping.utilAsFraction = f->asBool();
    if (const formats::JsonValue* why = j.find("notKept"); why != nullptr) {
        out.notKept = why->isString() ? why->asString() : std::string("it did not fit in this browser's storage");
        return {};
    }
    const formats::JsonValue* file = j.find("file");
    const formats::JsonValue* deflated = j.find("fileDeflated");
    const formats::JsonValue* size = j.find("fileBytes");
    if (file != nullptr && file->isString()) {
        if (!formats::decodeBase64(file->asString(), out.bytes)) return "its data is damaged (not base64)";
        return {};
    }
    if (deflated != nullptr && deflated->isString() && size != nullptr &&
        size->type() == formats::JsonValue::Type::Unsigned) {
        std::string compressed;
        if (!formats::decodeBase64(deflated->asString(), compressed)) return "its data is damaged (not base64)";
        const std::string reason =
            formats::inflateRaw(compressed, static_cast<std::size_t>(size->asUint64()), out.bytes);
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
    io::JsonWriter envelope(-1); // keys in byte order (see writePending)
    envelope.beginObject().field("format", kFormat);
    if (kept != nullptr) envelope.field("keptBecause", kept->reason).field("keptName", kept->name);
    if (pending != nullptr) writePending(envelope, *pending);
    envelope.field("savedAt", savedAt);
    // The scenario is kept as text so a scenario the loader later rejects is still kept byte for byte.
    putData(envelope, "scenario", "scenarioDeflated", "scenarioBytes", scenarioJson, false);
    envelope.field("version", kAutosaveVersion).endObject();
    return envelope.take();
}

RestoreOutcome readAutosave(KeyValueStore& store) {
    const std::optional<std::string> record = store.get(kAutosaveKey);
    if (!record || record->empty()) return {};
    const formats::JsonParseResult parsed = formats::parseJson(*record);
    const formats::JsonValue& envelope = parsed.value;
    if (!parsed.ok || !envelope.isObject())
        return moveAside(store, *record, {"The autosaved work is damaged (not valid JSON)."});
    if (io::jsonString(envelope, "format") != kFormat)
        return moveAside(store, *record, {"The autosaved record is not an estimator autosave."});
    const formats::JsonValue* version = envelope.find("version");
    if (version == nullptr || !version->isInteger())
        return moveAside(store, *record, {"The autosaved work has no version."});
    const int v = static_cast<int>(version->asInt64());
    if (v < kAutosaveVersion)
        return moveAside(store, *record,
                         {"The autosaved work is from an older version of the estimator (format " + std::to_string(v) +
                          ", this one reads " + std::to_string(kAutosaveVersion) + ")."});
    if (v > kAutosaveVersion)
        return moveAside(
            store, *record,
            {"The autosaved work is from a newer version of the estimator (format " + std::to_string(v) + ")."});
    RestoreOutcome out;
    const formats::JsonValue* scenario = envelope.find("scenario");
    const formats::JsonValue* deflated = envelope.find("scenarioDeflated");
    const formats::JsonValue* bytes = envelope.find("scenarioBytes");
    if (scenario != nullptr && scenario->isString()) {
        out.scenarioJson = scenario->asString();
    } else if (deflated != nullptr && deflated->isString() && bytes != nullptr &&
               bytes->type() == formats::JsonValue::Type::Unsigned) {
        std::string compressed;
        if (!formats::decodeBase64(deflated->asString(), compressed))
            return moveAside(store, *record, {"The autosaved work is damaged (scenarioDeflated is not base64)."});
        const std::string reason =
            formats::inflateRaw(compressed, static_cast<std::size_t>(bytes->asUint64()), out.scenarioJson);
        if (!reason.empty()) return moveAside(store, *record, {"The autosaved work is damaged (" + reason + ")."});
    } else {
        return moveAside(store, *record, {"The autosaved work holds no scenario."});
    }
    out.kind = RestoreOutcome::Kind::Restored;
    out.savedAt = io::jsonString(envelope, "savedAt");
    if (const formats::JsonValue* pending = envelope.find("pendingImport"); pending != nullptr) {
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
