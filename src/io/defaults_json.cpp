// io/defaults_json.cpp - assets/defaults.json and the price catalogue into a default Scenario plus a ledger.
#include "io/defaults_json.hpp"

#include <algorithm>
#include <cmath>

#include "io/json_values.hpp"

#include "embedded_assets.hpp"
#include "formats/text.hpp"
#include "io/price_catalogue.hpp"
#include "model/assumptions.hpp"
#include "model/stable_sort.hpp"

namespace est::io {
namespace {

using json = formats::JsonValue;

std::string str(const json& o, const char* key) { return jsonString(o, key); }
std::optional<double> num(const json& o, const char* key) { return jsonNumber(o, key); }

json parseOrNull(std::string_view text) { return formats::parseJson(text).value; }

} // namespace

const DefaultEntry* DefaultsLedger::find(std::string_view key) const {
    for (const DefaultEntry& e : entries)
        if (e.key == key) return &e;
    return nullptr;
}

DefaultsLoad loadDefaults(std::string_view defaultsJson, std::shared_ptr<const model::PriceCatalogue> catalogue) {
    DefaultsLoad out;
    model::Scenario& s = out.scenario;
    const json j = parseOrNull(defaultsJson);
    const json* entries = nullptr;
    if (j.isObject()) {
        out.ledger.date = str(j, "date");
        if (const json* it = j.find("assumptions"); it != nullptr && it->isObject()) entries = it;
    }
    if (entries == nullptr) out.problems.push_back({"defaults", "not a defaults file: no \"assumptions\" object"});
    // In key order, as before (nlohmann's object was a sorted map): the ledger and the ranges keep their order.
    std::vector<const formats::JsonMember*> sorted;
    if (entries != nullptr)
        for (const formats::JsonMember& m : entries->members()) sorted.push_back(&m);
    model::stableSort(sorted, [](auto* a, auto* b) { return a->key < b->key; });
    for (const formats::JsonMember* sortedMember : sorted) {
        const formats::JsonMember& member = *sortedMember;
        const std::string where = "defaults.assumptions." + member.key;
        const json& e = member.value;
        const auto value = e.isObject() ? num(e, "value") : std::nullopt;
        if (!value) {
            out.problems.push_back({where, "needs a numeric \"value\""});
            continue;
        }
        DefaultEntry entry;
        entry.key = member.key;
        entry.value = *value;
        entry.low = num(e, "low");
        entry.high = num(e, "high");
        entry.unit = str(e, "unit");
        entry.source = str(e, "source");
        entry.date = str(e, "date");
        entry.confidence = str(e, "confidence");
        if (const json* c = e.find("choices"); c != nullptr && c->isArray())
            for (const json& choice : c->elements())
                if (choice.isString()) entry.choices.push_back(choice.asString());
        const model::Assumption* a = model::findAssumption(entry.key);
        if (a == nullptr) {
            out.problems.push_back({where, "not a key of the assumption registry"});
        } else if (a->isRangeField && a->setRange) {
            a->setRange(s, model::Range{entry.low.value_or(*value), *value, entry.high.value_or(*value)});
        } else if (a->set) {
            a->set(s, *value);
            if (entry.low || entry.high) {
                const model::Range r{entry.low.value_or(*value), *value, entry.high.value_or(*value)};
                bool found = false;
                for (model::AssumptionRange& ar : s.ranges)
                    if (ar.key == entry.key) {
                        ar.range = r;
                        found = true;
                    }
                if (!found) s.ranges.push_back({entry.key, r});
            }
        }
        out.ledger.entries.push_back(std::move(entry));
    }
    if (catalogue) {
        out.ledger.pricesSource = catalogue->source;
        out.ledger.pricesDate = catalogue->generated;
        out.ledger.pricesDisclaimer = catalogue->disclaimer;
    } else {
        out.problems.push_back({"prices", "no AWS price catalogue"});
    }
    s.aws.catalogue = std::move(catalogue);
    return out;
}

std::vector<SourceEntry> parseSourcesMarkdown(std::string_view markdown) {
    std::vector<SourceEntry> out;
    while (!markdown.empty()) {
        const std::size_t end = markdown.find('\n');
        std::string_view line = markdown.substr(0, end);
        markdown = end == std::string_view::npos ? std::string_view() : markdown.substr(end + 1);
        std::vector<std::string> cells;
        std::size_t at = line.find('|');
        while (at != std::string_view::npos) {
            const std::size_t next = line.find('|', at + 1);
            if (next == std::string_view::npos) break;
            cells.emplace_back(formats::text::trim(line.substr(at + 1, next - at - 1)));
            at = next;
        }
        if (cells.size() != 6 || cells[0].empty() || cells[0].find_first_not_of("0123456789") != std::string::npos)
            continue;
        out.push_back({std::stoi(cells[0]), cells[1], cells[2], cells[3], cells[4], cells[5]});
    }
    return out;
}

const DefaultsLoad& embeddedDefaults() {
    static const DefaultsLoad kDefaults = [] {
        const auto defaults = est::assets::find("defaults.json");
        DefaultsLoad load = loadDefaults(defaults.value_or(std::string_view()), embeddedCatalogue());
        if (const auto sources = est::assets::find("sources.md")) load.ledger.sources = parseSourcesMarkdown(*sources);
        return load;
    }();
    return kDefaults;
}

} // namespace est::io
