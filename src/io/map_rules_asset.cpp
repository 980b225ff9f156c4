// io/map_rules_asset.cpp - the shipped MAP rules document (assets/map-included-services.json) read into model types.
#include "io/map_rules_asset.hpp"

#include "embedded_assets.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace est::io {

std::string parseMapRules(std::string_view json, model::MapRules& rules) {
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return "the MAP rules are not JSON";
    if (doc.value("format", std::string()) != "estimator-map-rules") return "not an estimator-map-rules document";
    const auto services = doc.find("services");
    if (services == doc.end() || !services->is_array() || services->empty()) return "the MAP rules list no services";
    model::MapRules out;
    out.title = doc.value("title", std::string());
    out.publisher = doc.value("publisher", std::string());
    out.listDate = doc.value("listDate", std::string());
    out.address = doc.value("address", std::string());
    out.transcribed = doc.value("transcribed", std::string());
    for (const nlohmann::json& s : *services) {
        if (!s.is_object() || !s.contains("productCode") || !s["productCode"].is_string())
            return "a service without a productCode in the MAP rules";
        out.services.push_back(
            model::IncludedService{s.value("productCode", std::string()), s.value("serviceName", std::string()),
                                   s.value("scope", std::string("all")), s.value("eligibleFrom", std::string()),
                                   s.value("notes", std::string())});
    }
    std::sort(
        out.services.begin(), out.services.end(),
        [](const model::IncludedService& a, const model::IncludedService& b) { return a.productCode < b.productCode; });
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
