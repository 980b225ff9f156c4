// app/history.cpp - snapshot undo/redo; the estate is shared between snapshots until an edit changes it.
#include "app/history.hpp"

#include <algorithm>
#include <set>

namespace est::app {

Snapshot History::snapshotOf(const model::Scenario& current) {
    if (!m_shared) m_shared = std::make_shared<const std::vector<model::Workload>>(current.workloads);
    Snapshot snap;
    // Everything but the estate. The binding names every Scenario member: a field added to Scenario stops this
    // from compiling until it is copied here too, instead of silently falling out of undo.
    const auto& [settings, source, aws, rules, plan, program, recommender, workloads, dependencies, ranges] = current;
    (void)workloads; // shared through m_shared, not copied
    snap.rest.settings = settings;
    snap.rest.source = source;
    snap.rest.aws = aws;
    snap.rest.rules = rules;
    snap.rest.plan = plan;
    snap.rest.program = program;
    snap.rest.recommender = recommender;
    snap.rest.dependencies = dependencies;
    snap.rest.ranges = ranges;
    snap.workloads = m_shared;
    return snap;
}

void History::restore(const Snapshot& from, model::Scenario& current) {
    std::vector<model::Workload> estate;
    // The estate is copied only when it differs from the one in place (pointer identity is the cheap check).
    const bool sameEstate = m_shared && m_shared == from.workloads;
    if (!sameEstate)
        estate = *from.workloads;
    else
        estate = std::move(current.workloads);
    current = from.rest;
    current.workloads = std::move(estate);
    m_shared = from.workloads;
}

bool History::recordBefore(const model::Scenario& current, const std::string& label, const std::string& coalesceKey) {
    if (!coalesceKey.empty() && coalesceKey == m_lastKey && !m_undo.empty()) return false;
    Snapshot snap = snapshotOf(current);
    snap.label = label;
    m_undo.push_back(std::move(snap));
    m_redo.clear();
    m_lastKey = coalesceKey;
    trim();
    return true;
}

bool History::undo(model::Scenario& current) {
    if (m_undo.empty()) return false;
    Snapshot now = snapshotOf(current);
    now.label = m_undo.back().label;
    Snapshot before = std::move(m_undo.back());
    m_undo.pop_back();
    restore(before, current);
    m_redo.push_back(std::move(now));
    m_lastKey.clear();
    return true;
}

bool History::redo(model::Scenario& current) {
    if (m_redo.empty()) return false;
    Snapshot now = snapshotOf(current);
    now.label = m_redo.back().label;
    Snapshot after = std::move(m_redo.back());
    m_redo.pop_back();
    restore(after, current);
    m_undo.push_back(std::move(now));
    m_lastKey.clear();
    return true;
}

void History::clear() {
    m_undo.clear();
    m_redo.clear();
    m_shared.reset();
    m_lastKey.clear();
}

void History::trim() {
    while (m_undo.size() > kMaxSteps) m_undo.erase(m_undo.begin());
    // Count each distinct estate once; drop the oldest steps while the total is too large.
    for (;;) {
        std::set<const void*> seen;
        std::size_t held = 0;
        for (const auto* stack : {&m_undo, &m_redo})
            for (const Snapshot& s : *stack)
                if (seen.insert(s.workloads.get()).second) held += s.workloads->size();
        if (held <= kMaxHeldWorkloads || m_undo.size() <= 1) break;
        m_undo.erase(m_undo.begin());
    }
}

} // namespace est::app
