// io/inventory.cpp - merging imported workloads into a scenario, and the names of fields and formats.
#include "io/inventory.hpp"

#include <algorithm>
#include <unordered_map>

#include "io/enum_names.hpp"
#include "formats/text.hpp"

namespace est::io {

const char* fieldName(WorkloadField f) {
    switch (f) {
    case WorkloadField::Name:
        return "name";
    case WorkloadField::Application:
        return "application";
    case WorkloadField::Environment:
        return "environment";
    case WorkloadField::Kind:
        return "kind";
    case WorkloadField::Os:
        return "os";
    case WorkloadField::Vcpu:
        return "vcpu";
    case WorkloadField::RamGb:
        return "ramGb";
    case WorkloadField::StorageGb:
        return "storageGb";
    case WorkloadField::CpuUtil:
        return "cpuUtilP95Pct";
    case WorkloadField::MemUtil:
        return "memUtilP95Pct";
    case WorkloadField::PowerState:
        return "powerState";
    case WorkloadField::Database:
        return "database";
    case WorkloadField::Licence:
        return "licence";
    case WorkloadField::MonthlyCost:
        return "monthlyCostOverrideUsd";
    case WorkloadField::Host:
        return "host";
    case WorkloadField::Wave:
        return "wave";
    case WorkloadField::IpAddresses:
        return "ipAddresses";
    }
    return "?";
}

const char* formatKey(InventoryFormat f) {
    switch (f) {
    case InventoryFormat::RvToolsVInfo:
        return "rvtools-vinfo";
    case InventoryFormat::AwsDiscovery:
        return "aws-ads";
    case InventoryFormat::AzureMigrate:
        return "azure-migrate";
    case InventoryFormat::Generic:
        return "generic";
    case InventoryFormat::Unknown:
        break;
    }
    return "unknown";
}

const char* formatLabel(InventoryFormat f) {
    switch (f) {
    case InventoryFormat::RvToolsVInfo:
        return "RVTools vInfo";
    case InventoryFormat::AwsDiscovery:
        return "AWS Migration Hub import";
    case InventoryFormat::AzureMigrate:
        return "Azure Migrate import";
    case InventoryFormat::Generic:
        return "CSV with a column mapping";
    case InventoryFormat::Unknown:
        break;
    }
    return "unknown format";
}

namespace {

std::string show(const std::string& s) { return s; }
std::string show(int v) { return std::to_string(v); }
std::string show(double v) { return formats::text::formatShortest(v); }
std::string show(const std::optional<double>& v) {
    return v ? formats::text::formatShortest(*v) : std::string("unset");
}
template <typename E>
std::string showEnum(E v) {
    return std::string(toName(v));
}

// Copies one provided field and records the change when the value differs.
template <typename T, typename Show>
void apply(bool provided, T& target, const T& source, const char* field, const std::string& id,
           std::vector<FieldChange>& changes, Show showFn) {
    if (!provided || target == source) return;
    changes.push_back({id, field, showFn(target), showFn(source)});
    target = source;
}

} // namespace

MergeReport mergeInventory(model::Scenario& scenario, const InventoryImport& imported) {
    MergeReport report;
    report.skipped = imported.skippedRows + imported.excludedTemplates + imported.excludedPlaceholders;
    std::unordered_map<std::string, std::size_t> byId;
    byId.reserve(scenario.workloads.size() + imported.workloads.size());
    for (std::size_t i = 0; i < scenario.workloads.size(); ++i) byId.emplace(scenario.workloads[i].id, i);

    for (const ImportedWorkload& iw : imported.workloads) {
        const model::Workload& src = iw.workload;
        auto it = byId.find(src.id);
        if (it == byId.end()) {
            byId.emplace(src.id, scenario.workloads.size());
            scenario.workloads.push_back(src);
            report.addedIds.push_back(src.id);
            ++report.added;
            continue;
        }
        model::Workload& dst = scenario.workloads[it->second];
        const std::size_t before = report.changes.size();
        auto p = [&](WorkloadField f) { return (iw.provided & bit(f)) != 0; };
        auto& ch = report.changes;
        const std::string& id = src.id;
        auto s = [](const auto& v) { return show(v); };
        apply(p(WorkloadField::Name), dst.name, src.name, "name", id, ch, s);
        apply(p(WorkloadField::Application), dst.application, src.application, "application", id, ch, s);
        apply(p(WorkloadField::Environment), dst.environment, src.environment, "environment", id, ch,
              [](auto v) { return showEnum(v); });
        apply(p(WorkloadField::Kind), dst.kind, src.kind, "kind", id, ch, [](auto v) { return showEnum(v); });
        apply(p(WorkloadField::Os), dst.os, src.os, "os", id, ch, s);
        apply(p(WorkloadField::Vcpu), dst.vcpu, src.vcpu, "vcpu", id, ch, s);
        apply(p(WorkloadField::RamGb), dst.ramGb, src.ramGb, "ramGb", id, ch, s);
        apply(p(WorkloadField::StorageGb), dst.storageGb, src.storageGb, "storageGb", id, ch, s);
        apply(p(WorkloadField::CpuUtil), dst.cpuUtilP95Pct, src.cpuUtilP95Pct, "cpuUtilP95Pct", id, ch, s);
        apply(p(WorkloadField::MemUtil), dst.memUtilP95Pct, src.memUtilP95Pct, "memUtilP95Pct", id, ch, s);
        apply(p(WorkloadField::PowerState), dst.powerState, src.powerState, "powerState", id, ch,
              [](auto v) { return showEnum(v); });
        apply(p(WorkloadField::Database), dst.database, src.database, "database", id, ch,
              [](auto v) { return showEnum(v); });
        apply(p(WorkloadField::Database), dst.databaseEdition, src.databaseEdition, "databaseEdition", id, ch,
              [](auto v) { return showEnum(v); });
        apply(p(WorkloadField::Licence), dst.licence, src.licence, "licence", id, ch,
              [](auto v) { return showEnum(v); });
        apply(p(WorkloadField::MonthlyCost), dst.monthlyCostOverrideUsd, src.monthlyCostOverrideUsd,
              "monthlyCostOverrideUsd", id, ch, s);
        apply(p(WorkloadField::Host), dst.host, src.host, "host", id, ch, s);
        apply(p(WorkloadField::Wave), dst.wave, src.wave, "wave", id, ch, s);
        apply(p(WorkloadField::IpAddresses), dst.ipAddresses, src.ipAddresses, "ipAddresses", id, ch, s);
        if (report.changes.size() > before)
            ++report.updated;
        else
            ++report.unchanged;
    }
    // Every wave a workload names must exist in the plan: add the missing ones after the last wave, so an
    // import into a fresh scenario gives one that estimates straight away.
    int maxWave = 0;
    for (const model::Workload& w : scenario.workloads) maxWave = std::max(maxWave, std::min(w.wave, 100));
    while (static_cast<int>(scenario.plan.waves.size()) < maxWave) {
        model::Wave wave;
        if (!scenario.plan.waves.empty())
            wave.startMonth = scenario.plan.waves.back().startMonth + scenario.plan.waves.back().lengthMonths;
        wave.name = "Wave " + std::to_string(scenario.plan.waves.size() + 1);
        scenario.plan.waves.push_back(wave);
        report.wavesAdded.push_back(wave.name);
    }
    return report;
}

} // namespace est::io
