// io/defaults_json.cpp - assets/defaults.json and the price table JSON into a default Scenario plus a ledger.
#include "io/defaults_json.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

#include "io/json_values.hpp"

#include "embedded_assets.hpp"
#include "model/assumptions.hpp"

namespace est::io {
namespace {

using nlohmann::json;

std::string str(const json& o, const char* key) { return jsonString(o, key); }
std::optional<double> num(const json& o, const char* key) { return jsonNumber(o, key); }

json parseOrNull(std::string_view text) {
    json j = json::parse(text.begin(), text.end(), nullptr, false);
    return j.is_discarded() ? json() : j;
}

} // namespace

const DefaultEntry* DefaultsLedger::find(std::string_view key) const {
    for (const DefaultEntry& e : entries)
        if (e.key == key) return &e;
    return nullptr;
}

std::optional<model::PriceTable> loadPriceTable(std::string_view text, std::vector<InputProblem>& problems,
                                                model::AwsTarget* aws, DefaultsLedger* ledger) {
    const json j = parseOrNull(text);
    if (!j.is_object()) {
        problems.push_back({"prices", "not a JSON object"});
        return std::nullopt;
    }
    model::PriceTable p;
    p.region = str(j, "region");
    p.date = str(j, "date");
    p.source = str(j, "source");
    if (auto v = num(j, "storageUsdPerGbMonth")) p.storageUsdPerGbMonth = *v;
    else problems.push_back({"prices.storageUsdPerGbMonth", "missing or not a number"});
    if (auto v = num(j, "managedDatabaseUplift")) p.managedDatabaseUplift = *v;
    if (aws != nullptr)
        if (auto v = num(j, "relocateHostUsdPerHour")) aws->relocateHostUsdPerHour = *v;
    auto it = j.find("instances");
    if (it == j.end() || !it->is_array()) {
        problems.push_back({"prices.instances", "missing or not an array"});
        return std::nullopt;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json& e = (*it)[i];
        const std::string where = "prices.instances[" + std::to_string(i) + "]";
        const auto vcpu = e.is_object() ? num(e, "vcpu") : std::nullopt;
        const auto ram = e.is_object() ? num(e, "ramGb") : std::nullopt;
        const auto linux = e.is_object() ? num(e, "linuxUsdPerHour") : std::nullopt;
        const auto windows = e.is_object() ? num(e, "windowsUsdPerHour") : std::nullopt;
        if (!vcpu || !ram || !linux || !windows || str(e, "name").empty()) {
            problems.push_back({where, "needs name, vcpu, ramGb, linuxUsdPerHour and windowsUsdPerHour"});
            continue;
        }
        p.instances.push_back({str(e, "name"), str(e, "family"), static_cast<int>(*vcpu), *ram, *linux, *windows});
    }
    if (ledger != nullptr) {
        ledger->pricesSource = p.source;
        ledger->pricesDate = p.date;
        ledger->pricesDisclaimer = str(j, "disclaimer");
    }
    return p;
}

DefaultsLoad loadDefaults(std::string_view defaultsJson, std::string_view pricesJson) {
    DefaultsLoad out;
    model::Scenario& s = out.scenario;
    const json j = parseOrNull(defaultsJson);
    const json* entries = nullptr;
    if (j.is_object()) {
        out.ledger.date = str(j, "date");
        if (auto it = j.find("assumptions"); it != j.end() && it->is_object()) entries = &*it;
    }
    if (entries == nullptr) out.problems.push_back({"defaults", "not a defaults file: no \"assumptions\" object"});
    for (auto it = entries ? entries->begin() : json::const_iterator(); entries && it != entries->end(); ++it) {
        const std::string where = "defaults.assumptions." + it.key();
        const json& e = it.value();
        const auto value = e.is_object() ? num(e, "value") : std::nullopt;
        if (!value) {
            out.problems.push_back({where, "needs a numeric \"value\""});
            continue;
        }
        DefaultEntry entry;
        entry.key = it.key();
        entry.value = *value;
        entry.low = num(e, "low");
        entry.high = num(e, "high");
        entry.unit = str(e, "unit");
        entry.source = str(e, "source");
        entry.date = str(e, "date");
        entry.confidence = str(e, "confidence");
        if (auto c = e.find("choices"); c != e.end() && c->is_array())
            for (const json& choice : *c)
                if (choice.is_string()) entry.choices.push_back(choice.get<std::string>());
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
    if (auto prices = loadPriceTable(pricesJson, out.problems, &s.aws, &out.ledger)) s.aws.prices = std::move(*prices);
    return out;
}

const DefaultsLoad& embeddedDefaults() {
    static const DefaultsLoad kDefaults = [] {
        const auto defaults = est::assets::find("defaults.json");
        const auto prices = est::assets::find("prices_us-east-1.json");
        return loadDefaults(defaults.value_or(std::string_view()), prices.value_or(std::string_view()));
    }();
    return kDefaults;
}

} // namespace est::io
