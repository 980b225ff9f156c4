// app/wave_planning.cpp - dependency imports and wave planning as undoable edits.
#include "app/wave_planning.hpp"
#include "app/import_summary.hpp"

#include "formats/csv.hpp"
#include "io/dependency_import.hpp"
#include "io/enum_names.hpp"
#include "formats/xlsx_reader.hpp"
#include "model/engine.hpp"
#include "model/format.hpp"
#include "model/funding_program.hpp"
#include "model/stable_sort.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace est::app {
namespace {

void report(AppState& state, const ActionOutcome& outcome) {
    for (std::size_t i = 0; i < outcome.messages.size(); ++i)
        state.notify(outcome.ok ? (i == 0 ? Notice::Level::Info : Notice::Level::Warning) : Notice::Level::Error,
                     outcome.messages[i]);
}

// Reports at most this many problem lines; the rest are counted.
constexpr std::size_t kMaxListed = 12;

} // namespace

ActionOutcome importDependencies(AppState& state, std::string_view bytes, const std::string& fileName) {
    const io::DependencyImport imported = io::importDependencyBytes(bytes, fileName, state.scenario);
    ActionOutcome out;
    if (!imported.readable || imported.dependencies.empty()) {
        out.messages.push_back(fileName + " was not imported; your dependencies are unchanged:");
        listProblems(imported.problems, kMaxListed, "", out.messages);
        if (imported.problems.empty()) out.messages.push_back("no dependency rows were found");
        report(state, out);
        return out;
    }
    io::DependencyMerge merged;
    state.edit("Import dependencies " + fileName, EditScope::Settings,
               [&](model::Scenario& s) { merged = io::mergeDependencies(s, imported); });
    out.ok = true;
    out.messages.push_back("Imported " + fileName + " (" + io::dependencyFormatLabel(imported.format) +
                           "): " + io::dependencySummary(imported) + "; " + std::to_string(merged.added) + " added, " +
                           std::to_string(merged.updated) + " updated.");
    listProblems(imported.problems, kMaxListed, "skipped ", out.messages);
    listProblems(imported.notes, kMaxListed, "note: ", out.messages);
    report(state, out);
    return out;
}

ActionOutcome setDependencyKind(AppState& state, std::size_t edge, model::DependencyKind kind) {
    ActionOutcome out;
    if (edge >= state.scenario.dependencies.size() || state.scenario.dependencies[edge].kind == kind) return out;
    const model::Dependency& d = state.scenario.dependencies[edge];
    const std::string label = "Mark " + d.source + " -> " + d.target + " " + std::string(io::toName(kind));
    state.edit(label, EditScope::Settings, [&](model::Scenario& s) { s.dependencies[edge].kind = kind; });
    out.ok = true;
    out.messages.push_back(label + ": press Plan waves to re-group.");
    report(state, out);
    return out;
}

WaveLoad waveLoad(int waveNumber, int servers, int vcpu, double storageGb, const model::WaveCapacity& capacity) {
    WaveLoad load;
    auto consider = [&load](double used, double cap, const char* limit) {
        const double ratio = cap > 0.0 ? used / cap : 0.0;
        if (ratio > load.ratio) {
            load.ratio = ratio;
            load.limit = limit;
        }
    };
    consider(servers, capacity.servers, "servers");
    consider(vcpu, capacity.vcpu, "vCPU");
    consider(storageGb, capacity.storageGb, "storage");
    // Over by at least a rounding step: 100.4 % reads "1.0x", which says nothing.
    load.over = load.ratio > 1.0 + 1e-9;
    if (!load.over) return load;
    // "1.0x" says nothing: under 1.1 times, the share over ("4 % over").
    char times[32];
    if (load.ratio < 1.1)
        std::snprintf(times, sizeof times, "%.0f %% over", std::max(1.0, std::round((load.ratio - 1.0) * 100.0)));
    else
        std::snprintf(times, sizeof times, "%.1fx", load.ratio);
    std::string used, held;
    if (load.limit == "servers") {
        used = std::to_string(servers) + " servers";
        held = std::to_string(capacity.servers);
    } else if (load.limit == "vCPU") {
        used = std::to_string(vcpu) + " vCPU";
        held = std::to_string(capacity.vcpu);
    } else {
        // Whole gigabytes with thousands separators ("13,080 GB"), as the capacity table shows them.
        used = model::formatUsd(storageGb).substr(1) + " GB of storage";
        held = model::formatUsd(capacity.storageGb).substr(1) + " GB";
    }
    load.text = waveNumber == 1 ? std::string(times) + " the pilot size (" + used + "; the pilot holds " + held + ")"
                                : std::string(times) + " this wave's capacity (" + used + "; it holds " + held + ")";
    return load;
}

std::vector<int> groupsInWaveOrder(const model::WavePlan& plan, std::size_t limit) {
    std::vector<int> order(plan.groups.size());
    for (std::size_t g = 0; g < order.size(); ++g) order[g] = static_cast<int>(g);
    model::stableSort(order, [&](int a, int b) {
        const model::MoveGroup& x = plan.groups[static_cast<std::size_t>(a)];
        const model::MoveGroup& y = plan.groups[static_cast<std::size_t>(b)];
        return x.wave != y.wave ? x.wave < y.wave : x.name < y.name;
    });
    if (order.size() > limit) order.resize(limit);
    return order;
}

bool planFirstWavesIfOneWave(AppState& state) {
    // Counted on the estate, not on an estimate: planWaves estimates anyway, and a large import should not pay twice.
    const std::vector<model::Workload>& workloads = state.scenario.workloads;
    const std::size_t fullWave =
        static_cast<std::size_t>(model::waveCapacity(state.scenario.plan.wavePlanning, 1 << 20).servers);
    if (workloads.size() <= fullWave) return false;
    const bool oneWave = std::all_of(workloads.begin(), workloads.end(),
                                     [&](const model::Workload& w) { return w.wave == workloads.front().wave; });
    return oneWave && planWaves(state).ok;
}

ActionOutcome planWaves(AppState& state, model::WavePlan* planned) {
    ActionOutcome out;
    const model::Result baseline = model::estimate(state.scenario);
    if (!baseline.ok()) {
        out.messages.push_back("Waves cannot be planned until the scenario is valid: " +
                               baseline.errors.front().toString());
        report(state, out);
        return out;
    }
    model::WavePlan plan = model::planWaves(state.scenario, baseline);
    if (plan.waves.empty()) {
        out.messages.push_back("No workload moves: there is nothing to plan.");
        report(state, out);
        return out;
    }
    state.edit("Plan waves", EditScope::Workloads, [&](model::Scenario& s) { model::applyWavePlan(s, plan); });
    out.ok = true;
    // The change the plan causes, from the estimates before and after it: total funding first, credits beside it.
    std::string line = "Planned " + std::to_string(plan.waves.size()) + " waves for " +
                       std::to_string(plan.groups.size()) + " move groups";
    if (const model::Result after = model::estimate(state.scenario); after.ok())
        line += ": " + model::fundingChangeText(baseline, after);
    if (plan.comparison.computed)
        line += "; against the dependency-only order, total funding " +
                model::formatUsd(plan.comparison.fundingGainUsd()) + " (credits " +
                model::formatUsd(plan.comparison.creditsGainUsd()) + ", NPV " +
                model::formatUsd(plan.comparison.npvGainUsd()) + ")";
    out.messages.push_back(line + ".");
    for (const std::string& w : plan.warnings) out.messages.push_back(w);
    report(state, out);
    if (planned) *planned = std::move(plan);
    return out;
}

} // namespace est::app
