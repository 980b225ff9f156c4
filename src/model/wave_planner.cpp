// model/wave_planner.cpp - move groups (union-find), soft-dependency order (SCC + topological order), capacity
// ramp and locks; the funding-aware order compared with the dependency-only one through the engine.
#include "model/wave_planner.hpp"

#include "model/engine.hpp"
#include "model/format.hpp"
#include "model/stable_sort.hpp"

#include <algorithm>
#include <queue>
#include <set>
#include <unordered_map>

namespace est::model {
namespace {

struct UnionFind {
    std::vector<int> parent;
    explicit UnionFind(int n) : parent(static_cast<std::size_t>(n)) {
        for (int i = 0; i < n; ++i) parent[static_cast<std::size_t>(i)] = i;
    }
    int find(int x) {
        while (parent[static_cast<std::size_t>(x)] != x) {
            parent[static_cast<std::size_t>(x)] = parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(x)])];
            x = parent[static_cast<std::size_t>(x)];
        }
        return x;
    }
    void unite(int a, int b) {
        a = find(a);
        b = find(b);
        if (a == b) return;
        // The smaller index stays the root, so groups are numbered by their first workload.
        if (b < a) std::swap(a, b);
        parent[static_cast<std::size_t>(b)] = a;
    }
};

// Strongly connected components of a directed graph (iterative Tarjan); comp[v] = component id.
std::vector<int> stronglyConnected(const std::vector<std::vector<int>>& out, int& count) {
    const int n = static_cast<int>(out.size());
    std::vector<int> index(static_cast<std::size_t>(n), -1), low(static_cast<std::size_t>(n), 0),
        comp(static_cast<std::size_t>(n), -1);
    std::vector<char> onStack(static_cast<std::size_t>(n), 0);
    std::vector<int> stack;
    std::vector<std::pair<int, std::size_t>> call; // (vertex, next edge)
    int next = 0;
    count = 0;
    for (int root = 0; root < n; ++root) {
        if (index[static_cast<std::size_t>(root)] >= 0) continue;
        call.push_back({root, 0});
        while (!call.empty()) {
            auto& [v, e] = call.back();
            const auto uv = static_cast<std::size_t>(v);
            if (e == 0 && index[uv] < 0) {
                index[uv] = low[uv] = next++;
                stack.push_back(v);
                onStack[uv] = 1;
            }
            if (e < out[uv].size()) {
                const int w = out[uv][e++];
                const auto uw = static_cast<std::size_t>(w);
                if (index[uw] < 0)
                    call.push_back({w, 0});
                else if (onStack[uw])
                    low[uv] = std::min(low[uv], index[uw]);
                continue;
            }
            if (low[uv] == index[uv]) {
                int w = -1;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[static_cast<std::size_t>(w)] = 0;
                    comp[static_cast<std::size_t>(w)] = count;
                } while (w != v);
                ++count;
            }
            const int finished = v;
            call.pop_back();
            if (!call.empty()) {
                const auto up = static_cast<std::size_t>(call.back().first);
                low[up] = std::min(low[up], low[static_cast<std::size_t>(finished)]);
            }
        }
    }
    return comp;
}

const std::string& nameOf(const Workload& w) { return w.name.empty() ? w.id : w.name; }

std::string listNames(const std::vector<std::string>& names, std::size_t max = 5) {
    std::string s;
    for (std::size_t i = 0; i < names.size() && i < max; ++i) s += (i ? ", " : "") + names[i];
    if (names.size() > max) s += " and " + std::to_string(names.size() - max) + " more";
    return s;
}

struct WaveFill {
    int servers = 0;
    int vcpu = 0;
    double storageGb = 0.0;
    int production = -1; // -1 = empty
    bool closed = false; // an oversize group has it to itself
    std::vector<int> groups;
};

using Capacity = WaveCapacity;

// "storage 13,080 GB, over the 10,000 GB a full wave holds": only the limits the group exceeds.
std::string exceededLimits(const MoveGroup& grp, const Capacity& full) {
    std::vector<std::string> over;
    if (grp.servers > full.servers)
        over.push_back(std::to_string(grp.servers) + " servers, over the " + std::to_string(full.servers) +
                       " a full wave holds");
    if (grp.vcpu > full.vcpu)
        over.push_back(std::to_string(grp.vcpu) + " vCPU, over the " + std::to_string(full.vcpu) +
                       " a full wave holds");
    if (grp.storageGb > full.storageGb)
        // Whole gigabytes with thousands separators, as the capacity table shows them ("13,080 GB").
        over.push_back("storage " + formatUsd(grp.storageGb).substr(1) + " GB, over the " +
                       formatUsd(full.storageGb).substr(1) + " GB a full wave holds");
    std::string out;
    for (const std::string& o : over) out += (out.empty() ? "" : "; ") + o;
    return out;
}

bool fits(const MoveGroup& grp, const Capacity& c) {
    return grp.servers <= c.servers && grp.vcpu <= c.vcpu && grp.storageGb <= c.storageGb;
}

} // namespace

WaveCapacity waveCapacity(const WavePlanningRules& r, int wave) {
    const int maxServers = std::max(1, r.maxServersPerWave);
    const long long ramp = static_cast<long long>(std::max(1, r.pilotWaveServers)) +
                           static_cast<long long>(std::max(1, wave) - 1) * std::max(0, r.serversIncreasePerWave);
    WaveCapacity c;
    c.servers = static_cast<int>(std::min<long long>(ramp, maxServers));
    const double share = static_cast<double>(c.servers) / maxServers;
    c.vcpu = std::max(1, static_cast<int>(std::max(1, r.maxVcpuPerWave) * share + 0.5));
    c.storageGb = std::max(0.0, r.maxStorageGbPerWave) * share;
    return c;
}

WavePlan planWavesInOrder(const Scenario& s, const Result& baseline, bool fundingAware) {
    const WavePlanningRules& rules = s.plan.wavePlanning;
    const int n = static_cast<int>(s.workloads.size());
    const bool haveResult = baseline.ok() && baseline.workloads.size() == s.workloads.size();
    WavePlan plan;
    plan.fundingAware = fundingAware;

    std::vector<char> moves(static_cast<std::size_t>(n), 1);
    std::unordered_map<std::string, int> byId;
    byId.reserve(static_cast<std::size_t>(n) * 2);
    for (int i = 0; i < n; ++i) {
        byId.emplace(s.workloads[static_cast<std::size_t>(i)].id, i);
        if (haveResult)
            moves[static_cast<std::size_t>(i)] =
                baseline.workloads[static_cast<std::size_t>(i)].effective != Disposition::Retain;
    }

    // 1. Move groups: one application, plus hard dependencies.
    UnionFind uf(n);
    std::unordered_map<std::string, int> firstOfApplication;
    for (int i = 0; i < n; ++i) {
        const Workload& w = s.workloads[static_cast<std::size_t>(i)];
        if (!moves[static_cast<std::size_t>(i)] || w.application.empty()) continue;
        auto [it, inserted] = firstOfApplication.emplace(w.application, i);
        if (!inserted) uf.unite(it->second, i);
    }
    std::vector<std::pair<int, int>> soft; // (target, source): target moves no later than source
    std::set<int> sharedTargets;
    for (const Dependency& d : s.dependencies) {
        const auto a = byId.find(d.source), b = byId.find(d.target);
        if (a == byId.end() || b == byId.end()) {
            ++plan.externalEdges;
            continue;
        }
        if (d.kind == DependencyKind::Infrastructure) {
            ++plan.infrastructureEdges;
            sharedTargets.insert(b->second);
            continue;
        }
        if (!moves[static_cast<std::size_t>(a->second)] || !moves[static_cast<std::size_t>(b->second)] ||
            a->second == b->second)
            continue;
        if (d.kind == DependencyKind::Hard) {
            ++plan.hardEdges;
            uf.unite(a->second, b->second);
        } else {
            ++plan.softEdges;
            soft.emplace_back(b->second, a->second);
        }
    }
    std::vector<int> firstGroup(static_cast<std::size_t>(n), -1), groupOf(static_cast<std::size_t>(n), -1);
    int rawGroups = 0;
    for (int i = 0; i < n; ++i) {
        if (!moves[static_cast<std::size_t>(i)]) continue;
        const int root = uf.find(i);
        int& g = firstGroup[static_cast<std::size_t>(root)];
        if (g < 0) g = rawGroups++;
        groupOf[static_cast<std::size_t>(i)] = g;
    }

    // 2. Soft edges between groups; a cycle of them merges its groups.
    std::vector<std::vector<int>> out(static_cast<std::size_t>(rawGroups));
    for (const auto& [t, src] : soft) {
        const int gt = groupOf[static_cast<std::size_t>(t)], gs = groupOf[static_cast<std::size_t>(src)];
        if (gt != gs) out[static_cast<std::size_t>(gt)].push_back(gs);
    }
    for (auto& v : out) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    }
    int componentCount = 0;
    const std::vector<int> sccOf = stronglyConnected(out, componentCount);
    // Number the final groups by their first workload (deterministic, readable).
    std::vector<int> finalOf(static_cast<std::size_t>(componentCount), -1);
    std::vector<int> groupOfWorkload(static_cast<std::size_t>(n), -1);
    for (int i = 0; i < n; ++i) {
        const int g = groupOf[static_cast<std::size_t>(i)];
        if (g < 0) continue;
        int& f = finalOf[static_cast<std::size_t>(sccOf[static_cast<std::size_t>(g)])];
        if (f < 0) {
            f = static_cast<int>(plan.groups.size());
            plan.groups.emplace_back();
        }
        groupOfWorkload[static_cast<std::size_t>(i)] = f;
        plan.groups[static_cast<std::size_t>(f)].workloads.push_back(i);
    }
    const int groupCount = static_cast<int>(plan.groups.size());
    std::vector<int> rawPerFinal(static_cast<std::size_t>(groupCount), 0);
    for (int g = 0; g < rawGroups; ++g)
        ++rawPerFinal[static_cast<std::size_t>(finalOf[static_cast<std::size_t>(sccOf[static_cast<std::size_t>(g)])])];
    std::vector<std::vector<int>> successors(static_cast<std::size_t>(groupCount));
    for (int g = 0; g < rawGroups; ++g)
        for (int h : out[static_cast<std::size_t>(g)]) {
            const int fg = finalOf[static_cast<std::size_t>(sccOf[static_cast<std::size_t>(g)])];
            const int fh = finalOf[static_cast<std::size_t>(sccOf[static_cast<std::size_t>(h)])];
            if (fg != fh) {
                plan.groups[static_cast<std::size_t>(fh)].dependsOn.push_back(fg);
                successors[static_cast<std::size_t>(fg)].push_back(fh);
            }
        }

    // Group figures and names.
    std::vector<std::string> mixed, cycles;
    for (int g = 0; g < groupCount; ++g) {
        MoveGroup& grp = plan.groups[static_cast<std::size_t>(g)];
        std::sort(grp.dependsOn.begin(), grp.dependsOn.end());
        grp.dependsOn.erase(std::unique(grp.dependsOn.begin(), grp.dependsOn.end()), grp.dependsOn.end());
        auto& succ = successors[static_cast<std::size_t>(g)];
        std::sort(succ.begin(), succ.end());
        succ.erase(std::unique(succ.begin(), succ.end()), succ.end());
        std::vector<std::string> apps;
        bool anyNonProduction = false;
        for (int i : grp.workloads) {
            const Workload& w = s.workloads[static_cast<std::size_t>(i)];
            ++grp.servers;
            grp.vcpu += w.vcpu;
            grp.storageGb += w.storageGb;
            if (w.environment == Environment::Production)
                grp.production = true;
            else
                anyNonProduction = true;
            if (!w.application.empty() && std::find(apps.begin(), apps.end(), w.application) == apps.end())
                apps.push_back(w.application);
            if (haveResult) {
                const WorkloadResult& r = baseline.workloads[static_cast<std::size_t>(i)];
                if (r.mapEligible && w.mapTagged) grp.eligibleMonthlyUsd += r.awsMonthlyUsd;
            }
        }
        grp.mixedEnvironments = grp.production && anyNonProduction;
        grp.name =
            apps.empty() ? nameOf(s.workloads[static_cast<std::size_t>(grp.workloads.front())]) : listNames(apps, 3);
        if (apps.size() < grp.workloads.size() && !apps.empty() && grp.workloads.size() > 1 && apps.size() == 1) {
            // An application plus servers pulled in by hard dependencies: say so in the name.
            const int extra = static_cast<int>(std::count_if(grp.workloads.begin(), grp.workloads.end(), [&](int i) {
                return s.workloads[static_cast<std::size_t>(i)].application.empty();
            }));
            if (extra > 0) grp.name += " (+" + std::to_string(extra) + " linked)";
        }
        if (grp.mixedEnvironments) mixed.push_back(grp.name);
        if (rawPerFinal[static_cast<std::size_t>(g)] > 1) cycles.push_back(grp.name);
    }
    if (!cycles.empty())
        plan.warnings.push_back(
            "Soft dependencies run both ways between groups, so they were merged and move together: " +
            listNames(cycles) + ".");
    if (!mixed.empty())
        plan.warnings.push_back(
            "Production and non-production workloads are joined by one application or a hard dependency, so they move "
            "together as production: " +
            listNames(mixed) + ".");

    // Locks.
    std::vector<int> lockWave(static_cast<std::size_t>(groupCount), 0);
    int maxLockWave = 0;
    for (const WaveLock& lock : rules.locks) {
        int g = -1;
        std::string what;
        if (!lock.workloadId.empty()) {
            what = "workload '" + lock.workloadId + "'";
            if (auto it = byId.find(lock.workloadId); it != byId.end())
                g = groupOfWorkload[static_cast<std::size_t>(it->second)];
        } else {
            what = "application '" + lock.application + "'";
            if (auto it = firstOfApplication.find(lock.application); it != firstOfApplication.end())
                g = groupOfWorkload[static_cast<std::size_t>(it->second)];
        }
        if (g < 0 || lock.wave < 1) {
            plan.warnings.push_back("The lock of " + what + " to wave " + std::to_string(lock.wave) +
                                    " matches no moving workload: ignored.");
            continue;
        }
        int& lw = lockWave[static_cast<std::size_t>(g)];
        if (lw != 0 && lw != lock.wave) {
            plan.warnings.push_back("The lock of " + what + " to wave " + std::to_string(lock.wave) +
                                    " conflicts with an earlier lock of its group '" +
                                    plan.groups[static_cast<std::size_t>(g)].name + "' to wave " + std::to_string(lw) +
                                    ": the first lock holds.");
            continue;
        }
        lw = lock.wave;
        plan.groups[static_cast<std::size_t>(g)].locked = true;
        maxLockWave = std::max(maxLockWave, lock.wave);
    }

    // 3. Topological order with priorities, the pilot first.
    const bool separate = rules.separateEnvironments;
    auto naturalBefore = [&](int a, int b) { // true when a should go before b
        const MoveGroup& x = plan.groups[static_cast<std::size_t>(a)];
        const MoveGroup& y = plan.groups[static_cast<std::size_t>(b)];
        if (separate && x.production != y.production) return !x.production;
        if (fundingAware && x.eligibleMonthlyUsd != y.eligibleMonthlyUsd)
            return x.eligibleMonthlyUsd > y.eligibleMonthlyUsd;
        if (x.servers != y.servers) return x.servers < y.servers;
        return a < b;
    };
    // The pilot proves the factory on something small: the smallest non-production group that needs nothing, is not
    // locked and fits the pilot wave. When there is none and the group that would open the plan is larger than a full
    // wave, the smallest group that fits a full wave opens it instead (non-production first): an oversize group never
    // pilots while another can.
    const Capacity pilotCapacity = waveCapacity(rules, 1);
    const Capacity full = waveCapacity(rules, 1 << 20);
    auto unconstrained = [&](int g) {
        return plan.groups[static_cast<std::size_t>(g)].dependsOn.empty() && lockWave[static_cast<std::size_t>(g)] <= 0;
    };
    auto smallest = [&](auto&& eligible) { // ties: the first in estate order
        int best = -1;
        for (int g = 0; g < groupCount; ++g) {
            const MoveGroup& grp = plan.groups[static_cast<std::size_t>(g)];
            if (unconstrained(g) && eligible(grp) &&
                (best < 0 || grp.servers < plan.groups[static_cast<std::size_t>(best)].servers))
                best = g;
        }
        return best;
    };
    int pilot = smallest([&](const MoveGroup& grp) { return !grp.production && fits(grp, pilotCapacity); });
    int opener = -1;
    for (int g = 0; g < groupCount; ++g)
        if (unconstrained(g) && (opener < 0 || naturalBefore(g, opener))) opener = g;
    if (pilot < 0 && opener >= 0 && !fits(plan.groups[static_cast<std::size_t>(opener)], full)) {
        pilot = smallest([&](const MoveGroup& grp) { return !grp.production && fits(grp, full); });
        if (pilot < 0) pilot = smallest([&](const MoveGroup& grp) { return fits(grp, full); });
    }
    auto before = [&](int a, int b) {
        if (a == pilot || b == pilot) return a == pilot && b != pilot;
        return naturalBefore(a, b);
    };
    auto cmp = [&](int a, int b) { return before(b, a); }; // priority_queue pops the "largest"
    std::priority_queue<int, std::vector<int>, decltype(cmp)> ready(cmp);
    std::vector<int> pending(static_cast<std::size_t>(groupCount));
    for (int g = 0; g < groupCount; ++g) {
        pending[static_cast<std::size_t>(g)] =
            static_cast<int>(plan.groups[static_cast<std::size_t>(g)].dependsOn.size());
        if (pending[static_cast<std::size_t>(g)] == 0) ready.push(g);
    }

    // 4. Placement.
    std::vector<WaveFill> fills;
    auto waveAt = [&](int wave) -> WaveFill& {
        while (static_cast<int>(fills.size()) < wave) fills.emplace_back();
        return fills[static_cast<std::size_t>(wave - 1)];
    };
    int lastNonProductionWave = 0;
    std::vector<std::string> oversize, overLocked;
    while (!ready.empty()) {
        const int g = ready.top();
        ready.pop();
        MoveGroup& grp = plan.groups[static_cast<std::size_t>(g)];
        int earliest = 1, blocker = -1;
        for (int p : grp.dependsOn) {
            const int pw = plan.groups[static_cast<std::size_t>(p)].wave;
            if (pw > earliest) {
                earliest = pw;
                blocker = p;
            }
        }
        int wave = 0;
        if (const int lw = lockWave[static_cast<std::size_t>(g)]; lw > 0) {
            wave = lw;
            if (lw < earliest)
                plan.warnings.push_back(
                    "The lock of '" + grp.name + "' to wave " + std::to_string(lw) + " breaks its dependency on '" +
                    plan.groups[static_cast<std::size_t>(blocker)].name + "' (wave " + std::to_string(earliest) +
                    "): that group should move in the same wave or earlier.");
        } else {
            if (separate && grp.production) earliest = std::max(earliest, lastNonProductionWave + 1);
            if (!fits(grp, full)) {
                grp.oversize = true;
                // Never the pilot's wave while a group that fits it is still to come: wave 1 proves the factory small.
                wave = std::max({earliest, static_cast<int>(fills.size()) + 1, pilot >= 0 ? 2 : 1});
                oversize.push_back(grp.name + " (" + exceededLimits(grp, full) + ")");
            } else {
                for (wave = earliest;; ++wave) {
                    const WaveFill& f = waveAt(wave);
                    if (f.closed || (separate && f.production >= 0 && f.production != static_cast<int>(grp.production)))
                        continue;
                    const Capacity c = waveCapacity(rules, wave);
                    if (f.servers + grp.servers <= c.servers && f.vcpu + grp.vcpu <= c.vcpu &&
                        f.storageGb + grp.storageGb <= c.storageGb)
                        break;
                }
            }
        }
        WaveFill& f = waveAt(wave);
        f.servers += grp.servers;
        f.vcpu += grp.vcpu;
        f.storageGb += grp.storageGb;
        if (f.production < 0 || grp.production) f.production = static_cast<int>(grp.production);
        if (grp.oversize) f.closed = true;
        f.groups.push_back(g);
        grp.wave = wave;
        if (!grp.production) lastNonProductionWave = std::max(lastNonProductionWave, wave);
        for (int h : successors[static_cast<std::size_t>(g)])
            if (--pending[static_cast<std::size_t>(h)] == 0) ready.push(h);
    }
    if (!oversize.empty())
        plan.warnings.push_back(
            "Larger than a full wave, so each has a wave of its own and is never split: " + listNames(oversize) + ".");

    // Empty waves (skipped while the ramp was too small for a group) are dropped, except up to the last lock.
    std::vector<int> renumber(fills.size() + 1, 0);
    const int firstStart = haveResult ? baseline.timeline.mobilizeEndMonth : 3;
    for (std::size_t w = 0; w < fills.size(); ++w) {
        const WaveFill& f = fills[w];
        if (f.groups.empty() && static_cast<int>(w) + 1 > maxLockWave) continue;
        PlannedWave pw;
        const int number = static_cast<int>(plan.waves.size()) + 1;
        renumber[w + 1] = number;
        pw.name = "Wave " + std::to_string(number);
        pw.startMonth = firstStart + (number - 1) * std::max(0, rules.monthsBetweenWaves);
        pw.goLiveMonth = pw.startMonth + std::max(1, rules.waveLengthMonths);
        pw.servers = f.servers;
        pw.vcpu = f.vcpu;
        pw.storageGb = f.storageGb;
        const Capacity c = waveCapacity(rules, static_cast<int>(w) + 1);
        pw.capacityServers = c.servers;
        pw.capacityVcpu = c.vcpu;
        pw.capacityStorageGb = c.storageGb;
        pw.production = f.production == 1;
        pw.groups = f.groups;
        if (!f.closed && (f.servers > c.servers || f.vcpu > c.vcpu || f.storageGb > c.storageGb))
            overLocked.push_back(pw.name);
        plan.waves.push_back(std::move(pw));
    }
    if (!overLocked.empty())
        plan.warnings.push_back("Locked groups fill " + listNames(overLocked) + " beyond capacity.");
    for (MoveGroup& grp : plan.groups) grp.wave = renumber[static_cast<std::size_t>(grp.wave)];
    plan.workloadWave.assign(static_cast<std::size_t>(n), 1);
    for (int i = 0; i < n; ++i)
        if (const int g = groupOfWorkload[static_cast<std::size_t>(i)]; g >= 0)
            plan.workloadWave[static_cast<std::size_t>(i)] = plan.groups[static_cast<std::size_t>(g)].wave;

    for (int t : sharedTargets) plan.sharedServices.push_back(nameOf(s.workloads[static_cast<std::size_t>(t)]));
    if (plan.infrastructureEdges > 0)
        plan.warnings.push_back(std::to_string(plan.infrastructureEdges) +
                                " shared-services dependencies (DNS, NTP, AD, RDP, SSH, SMB, RPC) "
                                "neither group nor order the waves; make " +
                                listNames(plan.sharedServices) + " reachable from AWS before wave 1.");
    if (plan.externalEdges > 0)
        plan.warnings.push_back(std::to_string(plan.externalEdges) +
                                " dependencies have an end outside the inventory and were not used.");
    return plan;
}

void applyWavePlan(Scenario& s, const WavePlan& plan) {
    if (plan.waves.empty()) return;
    s.plan.waves.clear();
    for (const PlannedWave& pw : plan.waves) {
        Wave w;
        w.name = pw.name;
        w.startMonth = pw.startMonth;
        w.lengthMonths = pw.goLiveMonth - pw.startMonth;
        w.dualRunningMonths = std::max(0, s.plan.wavePlanning.dualRunningMonths);
        s.plan.waves.push_back(std::move(w));
    }
    for (std::size_t i = 0; i < s.workloads.size() && i < plan.workloadWave.size(); ++i)
        s.workloads[i].wave = plan.workloadWave[i];
}

WavePlan planWaves(const Scenario& s, const Result& baseline) {
    const bool mapApplies = baseline.ok() && baseline.eligibility.verdict != Verdict::NotEligible;
    if (!s.plan.wavePlanning.fundingAware || !mapApplies) return planWavesInOrder(s, baseline, false);
    WavePlan fundingAware = planWavesInOrder(s, baseline, true);
    const WavePlan dependencyOnly = planWavesInOrder(s, baseline, false);
    Scenario a = s, b = s;
    applyWavePlan(a, fundingAware);
    applyWavePlan(b, dependencyOnly);
    const Result ra = estimate(a), rb = estimate(b);
    if (!ra.ok() || !rb.ok()) return dependencyOnly;
    OrderComparison& c = fundingAware.comparison;
    c.computed = true;
    c.creditsFundingAwareUsd = ra.funding.creditsUsd;
    c.creditsDependencyOnlyUsd = rb.funding.creditsUsd;
    c.npvFundingAwareUsd = ra.tco.npvUsd;
    c.npvDependencyOnlyUsd = rb.tco.npvUsd;
    c.fundingFundingAwareUsd = ra.funding.totalUsd;
    c.fundingDependencyOnlyUsd = rb.funding.totalUsd;
    Trace& t = c.trace;
    t.figureLabel = "MAP credits gained by the funding-aware wave order";
    t.formula = "gain = credits with the funding-aware order " + formatUsd(c.creditsFundingAwareUsd) +
                " - credits with the dependency-only order " + formatUsd(c.creditsDependencyOnlyUsd) + " = " +
                formatUsd(c.creditsGainUsd());
    t.terms = {{"credits, funding-aware order", c.creditsFundingAwareUsd, "USD"},
               {"credits, dependency-only order", c.creditsDependencyOnlyUsd, "USD"},
               {"NPV, funding-aware order", c.npvFundingAwareUsd, "USD"},
               {"NPV, dependency-only order", c.npvDependencyOnlyUsd, "USD"},
               {"total funding, funding-aware order", c.fundingFundingAwareUsd, "USD"},
               {"total funding, dependency-only order", c.fundingDependencyOnlyUsd, "USD"}};
    t.notes.push_back("Total MAP funding change " + formatUsd(c.fundingGainUsd()) + " (" +
                      formatUsd(c.fundingFundingAwareUsd) + " - " + formatUsd(c.fundingDependencyOnlyUsd) +
                      "): credits and partner cash move together");
    t.notes.push_back("NPV gain " + formatUsd(c.npvGainUsd()) + " (" + formatUsd(c.npvFundingAwareUsd) + " - " +
                      formatUsd(c.npvDependencyOnlyUsd) + ")");
    t.notes.push_back(
        "Both orders keep every dependency; among the groups ready to move, the funding-aware order takes the largest "
        "MAP-eligible monthly AWS spend first, so more tagged spend falls inside the credit window and the horizon.");
    std::vector<int> order(fundingAware.groups.size());
    for (std::size_t g = 0; g < order.size(); ++g) order[g] = static_cast<int>(g);
    stableSort(order, [&](int x, int y) {
        return fundingAware.groups[static_cast<std::size_t>(x)].wave <
               fundingAware.groups[static_cast<std::size_t>(y)].wave;
    });
    std::vector<std::string> first;
    for (std::size_t k = 0; k < order.size() && k < 3; ++k) {
        const MoveGroup& g = fundingAware.groups[static_cast<std::size_t>(order[k])];
        first.push_back(g.name + " (wave " + std::to_string(g.wave) + ", " + formatUsd(g.eligibleMonthlyUsd) +
                        "/month)");
    }
    if (!first.empty()) t.notes.push_back("Moves first: " + listNames(first, 3));
    return fundingAware;
}

} // namespace est::model
