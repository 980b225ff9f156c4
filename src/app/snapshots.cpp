// app/snapshots.cpp - SnapshotStore: save / replace / delete named snapshots, diff two sides with a one-entry cache.
#include "app/snapshots.hpp"

#include <algorithm>

namespace est::app {
namespace {
std::string trimmed(std::string s) {
    const auto notSpace = [](unsigned char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    return s;
}
} // namespace

std::string SnapshotStore::save(std::string name, const model::Scenario& s, const model::Result& r) {
    name = trimmed(std::move(name));
    if (name.empty()) {
        // The first free "Snapshot N", so a default name never replaces an existing snapshot.
        for (std::size_t n = m_snapshots.size() + 1;; ++n) {
            name = "Snapshot " + std::to_string(n);
            if (!find(name)) break;
        }
    }
    remove(name);
    if (m_snapshots.size() >= kMaxSnapshots) m_snapshots.erase(m_snapshots.begin());
    m_snapshots.push_back(NamedSnapshot{{name, s}, r, m_nextId++});
    ++m_generation;
    return name;
}

bool SnapshotStore::remove(std::string_view name) {
    const auto it =
        std::find_if(m_snapshots.begin(), m_snapshots.end(), [&](const NamedSnapshot& n) { return n.name == name; });
    if (it == m_snapshots.end()) return false;
    m_snapshots.erase(it);
    ++m_generation;
    return true;
}

std::vector<const io::SavedSnapshot*> SnapshotStore::saved() const {
    std::vector<const io::SavedSnapshot*> out;
    out.reserve(m_snapshots.size());
    for (const NamedSnapshot& n : m_snapshots) out.push_back(&n);
    return out;
}

const NamedSnapshot* SnapshotStore::find(std::string_view name) const {
    for (const NamedSnapshot& n : m_snapshots)
        if (n.name == name) return &n;
    return nullptr;
}

const SnapshotComparison* SnapshotStore::compare(std::string_view before, std::string_view after,
                                                 const model::Scenario& current, const model::Result& currentResult,
                                                 long currentRevision) {
    const NamedSnapshot* a = before.empty() ? nullptr : find(before);
    const NamedSnapshot* b = after.empty() ? nullptr : find(after);
    if ((!before.empty() && !a) || (!after.empty() && !b)) return nullptr;
    const long idA = a ? a->id : 0;
    const long idB = b ? b->id : 0;
    // The current revision only matters when one side is the current scenario.
    const long revision = (!a || !b) ? currentRevision : 0;
    if (idA == m_cacheBefore && idB == m_cacheAfter && revision == m_cacheRevision) return &m_cache;
    const model::Scenario& sa = a ? a->scenario : current;
    const model::Scenario& sb = b ? b->scenario : current;
    const model::Result& ra = a ? a->result : currentResult;
    const model::Result& rb = b ? b->result : currentResult;
    m_cache.inputs = model::diffScenarios(sa, sb);
    m_cache.outputs = model::diffResults(ra, rb, 3);
    m_cacheBefore = idA;
    m_cacheAfter = idB;
    m_cacheRevision = revision;
    ++m_computed;
    return &m_cache;
}

} // namespace est::app
