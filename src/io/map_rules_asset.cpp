// io/map_rules_asset.cpp - the shipped MAP rules document (assets/map-included-services.json) read into model types.
#include "io/map_rules_asset.hpp"

#include "embedded_assets.hpp"

#include "io/json_values.hpp"
#include "model/stable_sort.hpp"

#include <algorithm>

namespace est::io {

std::string parseMapRules(std::string_view json, model::MapRules& rules) {
    const formats::JsonParseResult parsed = formats::parseJson(json);
    const formats::JsonValue& doc = parsed.value;
    if (!parsed.ok || !doc.isObject()) return "the MAP rules are not JSON";
    if (jsonString(doc, "format") != "estimator-map-rules") return "not an estimator-map-rules document";
    const formats::JsonValue* services = doc.find("services");
    if (services == nullptr || !services->isArray() || services->size() == 0) return "the MAP rules list no services";
    model::MapRules out;
    out.title = jsonString(doc, "title");
    out.publisher = jsonString(doc, "publisher");
    out.listDate = jsonString(doc, "listDate");
    out.address = jsonString(doc, "address");
    out.transcribed = jsonString(doc, "transcribed");
    for (const formats::JsonValue& s : services->elements()) {
        const formats::JsonValue* code = s.find("productCode");
        if (code == nullptr || !code->isString()) return "a service without a productCode in the MAP rules";
        out.services.push_back(model::IncludedService{code->asString(), jsonString(s, "serviceName"),
                                                      jsonString(s, "scope", "all"), jsonString(s, "eligibleFrom"),
                                                      jsonString(s, "notes")});
    }
    model::stableSort(out.services, [](const model::IncludedService& a, const model::IncludedService& b) {
        return a.productCode < b.productCode;
    });
    rules = std::move(out);
    return {};
}

const model::MapRules& shippedMapRules() {
    static const model::MapRules kRules = [] {
        model::MapRules rules;
        if (const auto bytes = est::assets::find("map-included-services.json")) parseMapRules(*bytes, rules);
        return rules;
    }();
    return kRules;
}

} // namespace est::io
