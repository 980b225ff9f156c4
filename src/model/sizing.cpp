// model/sizing.cpp - the sizer: needs, the table that prices a workload, and the cheapest fitting type.
#include "model/sizing.hpp"

#include "model/format.hpp"

#include <cmath>

#include <algorithm>

namespace est::model {
namespace {

bool allowedSpec(const InstanceSpec& s, bool allowGraviton) {
    return !s.bareMetal && (allowGraviton || s.arch != CpuArch::Arm64);
}

bool meets(const InstanceSpec& s, int vcpu, int gib) { return s.vcpu >= vcpu && s.memoryGib >= gib; }

// The steady vCPU a burstable type serves: its vCPUs at its baseline share.
double baselineVcpu(const InstanceSpec& s) { return s.vcpu * s.burstBaselinePct; }

// A burstable type serves the need only while the known CPU demand stays under its baseline.
bool underBaseline(double baseline, const SizingNeed& need) { return need.cpuKnown && need.vcpu <= baseline + 1e-9; }

} // namespace

int wholeVcpu(double vcpu) { return std::max(1, static_cast<int>(std::ceil(vcpu - 1e-9))); }
int wholeGib(double gib) { return std::max(1, static_cast<int>(std::ceil(gib - 1e-9))); }

SizingNeed sizingNeed(const Workload& w, double headroomPct, bool mpaFallback) {
    SizingNeed n;
    auto one = [&](std::optional<double> p95, double fallback, double provisioned, SizingNeed::Basis& basis,
                   bool& zero) {
        zero = p95 && *p95 <= 0.0;
        if (zero) p95.reset();
        if (p95) {
            basis = SizingNeed::Basis::Measured;
            return provisioned * *p95 * (1.0 + headroomPct);
        }
        if (mpaFallback) {
            basis = SizingNeed::Basis::MpaFallback;
            return provisioned * fallback * (1.0 + headroomPct);
        }
        basis = SizingNeed::Basis::LikeForLike;
        return provisioned;
    };
    n.vcpu = one(w.cpuUtilP95Pct, kMpaFallbackCpuPct, w.vcpu, n.cpuBasis, n.cpuZeroReading);
    n.memoryGib = one(w.memUtilP95Pct, kMpaFallbackMemPct, w.ramGb, n.memBasis, n.memZeroReading);
    n.cpuKnown = w.cpuUtilP95Pct.has_value() && !n.cpuZeroReading;
    return n;
}

OsFamily osFamilyOf(std::string_view os) {
    if (containsIgnoreCase(os, "windows")) return OsFamily::Windows;
    if (containsIgnoreCase(os, "red hat") || containsIgnoreCase(os, "rhel")) return OsFamily::Rhel;
    if (containsIgnoreCase(os, "suse") || containsIgnoreCase(os, "sles")) return OsFamily::Suse;
    return OsFamily::Linux;
}

Ec2Os ec2OsFor(const Workload& w, OsFamily family) { return ec2OsFor(w, family, w.licence); }

Ec2Os ec2OsFor(const Workload& w, OsFamily family, LicenceModel licence) {
    const bool windows = family == OsFamily::Windows;
    const bool sqlIncluded = w.database == DatabaseEngine::SqlServer && licence == LicenceModel::LicenceIncluded &&
                             w.databaseEdition != DatabaseEdition::Express;
    if (sqlIncluded) {
        switch (w.databaseEdition) {
        case DatabaseEdition::Web:
            return windows ? Ec2Os::WindowsSqlWeb : Ec2Os::LinuxSqlWeb;
        case DatabaseEdition::Enterprise:
            return windows ? Ec2Os::WindowsSqlEnterprise : Ec2Os::LinuxSqlEnterprise;
        default:
            return windows ? Ec2Os::WindowsSqlStandard : Ec2Os::LinuxSqlStandard;
        }
    }
    if (windows) return Ec2Os::Windows;
    if (licence != LicenceModel::BringYourOwn) {
        if (family == OsFamily::Rhel) return Ec2Os::Rhel;
        if (family == OsFamily::Suse) return Ec2Os::Suse;
    }
    return Ec2Os::Linux;
}

bool rdsEngineFor(const Workload& w, RdsEngine& engine) {
    switch (w.database) {
    case DatabaseEngine::MySql:
        engine = RdsEngine::MySql;
        return true;
    case DatabaseEngine::PostgreSql:
        engine = RdsEngine::PostgreSql;
        return true;
    case DatabaseEngine::SqlServer:
        switch (w.databaseEdition) {
        case DatabaseEdition::Express:
            engine = RdsEngine::SqlServerExpress;
            return true;
        case DatabaseEdition::Web:
            engine = RdsEngine::SqlServerWeb;
            return true;
        case DatabaseEdition::Enterprise:
            engine = RdsEngine::SqlServerEnterprise;
            return true;
        default:
            engine = RdsEngine::SqlServerStandard;
            return true;
        }
    case DatabaseEngine::Oracle:
        engine = w.licence == LicenceModel::BringYourOwn || w.databaseEdition == DatabaseEdition::Enterprise
                     ? RdsEngine::OracleByol
                     : RdsEngine::OracleSe2LicenceIncluded;
        return true;
    default:
        return false;
    }
}

bool gravitonAllowedFor(const PriceKey& key, bool allowGraviton) {
    if (!allowGraviton) return false;
    if (!key.rds) return key.os == Ec2Os::Linux;
    return key.engine == RdsEngine::MySql || key.engine == RdsEngine::PostgreSql || key.engine == RdsEngine::MariaDb;
}

SizingPick Sizer::fitSteady(const RateTable& table, int vcpu, int gib, bool allowGraviton) const {
    const auto& specs = m_catalogue.instances;
    SizingPick p;
    int largest = -1;
    for (const InstanceRate& r : table.rates) { // cheapest first: the first fit is the cheapest fit
        const InstanceSpec& s = specs[static_cast<std::size_t>(r.spec)];
        if (!allowedSpec(s, allowGraviton) || s.burstable()) continue;
        if (meets(s, vcpu, gib)) return {r.spec, 1, r.usdPerHour, true};
        if (largest < 0 || s.vcpu > specs[static_cast<std::size_t>(largest)].vcpu ||
            (s.vcpu == specs[static_cast<std::size_t>(largest)].vcpu &&
             s.memoryGib > specs[static_cast<std::size_t>(largest)].memoryGib)) {
            largest = r.spec;
            p.usdPerHour = r.usdPerHour;
        }
    }
    // Nothing fits: the largest type, as many as cover the need (the workload says so).
    if (largest >= 0) {
        const InstanceSpec& s = specs[static_cast<std::size_t>(largest)];
        p.spec = largest;
        p.count = static_cast<int>(std::ceil(std::max(vcpu / static_cast<double>(s.vcpu), gib / s.memoryGib) - 1e-9));
        p.fits = false;
    }
    return p;
}

std::size_t Sizer::tableId(const RateTable& table) {
    std::size_t id = 0;
    while (id < m_tables.size() && m_tables[id] != &table) ++id;
    if (id < m_tables.size()) return id;
    m_tables.push_back(&table);
    TableIndex& ix = m_index.emplace_back();
    for (const InstanceRate& r : table.rates) {
        const InstanceSpec& s = m_catalogue.instances[static_cast<std::size_t>(r.spec)];
        if (s.burstable()) ix.burstable.push_back(r);
        ix.vcpuLevels.push_back(s.vcpu);
        ix.memLevels.push_back(s.memoryGib);
    }
    std::sort(ix.vcpuLevels.begin(), ix.vcpuLevels.end());
    ix.vcpuLevels.erase(std::unique(ix.vcpuLevels.begin(), ix.vcpuLevels.end()), ix.vcpuLevels.end());
    std::sort(ix.memLevels.begin(), ix.memLevels.end());
    ix.memLevels.erase(std::unique(ix.memLevels.begin(), ix.memLevels.end()), ix.memLevels.end());
    return id;
}

Sizer::MemoEntry Sizer::fit(const TableIndex& ix, const RateTable& table, int vcpu, int gib, bool allowGraviton) {
    MemoEntry e;
    e.steady = fitSteady(table, vcpu, gib, allowGraviton);
    e.firstCandidate = static_cast<std::uint32_t>(m_candidates.size());
    if (m_allowBurstable)
        for (const InstanceRate& r : ix.burstable) {
            if (e.steady.fits && r.usdPerHour >= e.steady.usdPerHour) break;
            const InstanceSpec& s = m_catalogue.instances[static_cast<std::size_t>(r.spec)];
            if (allowedSpec(s, allowGraviton) && meets(s, vcpu, gib))
                m_candidates.push_back({r.spec, r.usdPerHour, baselineVcpu(s)});
        }
    e.candidateCount = static_cast<std::uint32_t>(m_candidates.size()) - e.firstCandidate;
    return e;
}

std::uint32_t Sizer::entryFor(std::size_t id, const RateTable& table, int vcpu, int gib, bool allowGraviton) {
    const TableIndex& ix = m_index[id];
    // Round the need up to the table's next offered sizes (a burstable or steady type meets the need exactly
    // when it meets the rounded one); when one exceeds every size nothing fits, and the need stays exact so the
    // count of the largest type is right.
    const auto v = std::lower_bound(ix.vcpuLevels.begin(), ix.vcpuLevels.end(), vcpu);
    const auto m = std::lower_bound(ix.memLevels.begin(), ix.memLevels.end(), static_cast<double>(gib));
    const bool inRange = v != ix.vcpuLevels.end() && m != ix.memLevels.end();
    const std::uint64_t vKey =
        inRange ? static_cast<std::uint64_t>(v - ix.vcpuLevels.begin()) : (1u << 22) + static_cast<std::uint32_t>(vcpu);
    const std::uint64_t mKey =
        inRange ? static_cast<std::uint64_t>(m - ix.memLevels.begin()) : static_cast<std::uint32_t>(gib & 0xFFFFFF);
    const std::uint64_t key = (static_cast<std::uint64_t>(id) << 48) |
                              (static_cast<std::uint64_t>(allowGraviton) << 47) | (vKey << 24) | mKey;
    auto it = m_memo.find(key);
    if (it == m_memo.end()) {
        it = m_memo.emplace(key, static_cast<std::uint32_t>(m_entries.size())).first;
        m_entries.push_back(fit(ix, table, vcpu, gib, allowGraviton));
    }
    return it->second;
}

Sizer::ShapeSlot& Sizer::shapeSlot(const RateTable* table, std::uint64_t shape) {
    const std::size_t mask = m_shapes.size() - 1;
    const std::uint64_t h = (shape ^ reinterpret_cast<std::uintptr_t>(table)) * 0x9E3779B97F4A7C15ull;
    for (std::size_t k = static_cast<std::size_t>(h >> 32) & mask;; k = (k + 1) & mask) {
        ShapeSlot& slot = m_shapes[k];
        if (slot.table == nullptr || (slot.table == table && slot.shape == shape)) return slot;
    }
}

SizingPick Sizer::pick(const RateTable& table, const SizingNeed& need, bool allowGraviton) {
    const int vcpu = wholeVcpu(need.vcpu), gib = wholeGib(need.memoryGib);
    std::uint32_t entry = 0;
    // Exact shapes that fit the key's bit fields go through the shape table; others (absurd sizes) round each time.
    if (vcpu < (1 << 23) && gib < (1 << 24)) {
        const std::uint64_t shape = (static_cast<std::uint64_t>(allowGraviton) << 47) |
                                    (static_cast<std::uint64_t>(vcpu) << 24) | static_cast<std::uint64_t>(gib);
        if (4 * (m_shapeCount + 1) > 3 * m_shapes.size()) {
            std::vector<ShapeSlot> old(std::max<std::size_t>(64, 2 * m_shapes.size()));
            old.swap(m_shapes);
            for (const ShapeSlot& s : old)
                if (s.table != nullptr) shapeSlot(s.table, s.shape) = s;
        }
        ShapeSlot& slot = shapeSlot(&table, shape);
        if (slot.table == nullptr) {
            slot.entry = entryFor(tableId(table), table, vcpu, gib, allowGraviton);
            slot.table = &table;
            slot.shape = shape;
            ++m_shapeCount;
        }
        entry = slot.entry;
    } else {
        entry = entryFor(tableId(table), table, vcpu, gib, allowGraviton);
    }
    const MemoEntry& e = m_entries[entry];
    // The burstable types cheaper than the steady pick, cheapest first: the first whose baseline serves the demand.
    for (std::uint32_t c = e.firstCandidate; c < e.firstCandidate + e.candidateCount; ++c)
        if (underBaseline(m_candidates[c].baselineVcpu, need))
            return {m_candidates[c].spec, 1, m_candidates[c].usdPerHour, true};
    return e.steady;
}

Sizer& sizerFor(const std::shared_ptr<const PriceCatalogue>& catalogue, bool allowBurstable) {
    struct Kept {
        std::weak_ptr<const PriceCatalogue> catalogue; // weak: a freed catalogue's address may be reused
        bool allowBurstable = false;
        std::unique_ptr<Sizer> sizer;
    };
    thread_local std::vector<Kept> kept; // two catalogues at most: the one in use and one being compared or loaded
    for (Kept& k : kept)
        if (k.allowBurstable == allowBurstable && !k.catalogue.owner_before(catalogue) &&
            !catalogue.owner_before(k.catalogue) && !k.catalogue.expired())
            return *k.sizer;
    if (kept.size() >= 2) kept.erase(kept.begin());
    kept.push_back({catalogue, allowBurstable, std::make_unique<Sizer>(*catalogue, allowBurstable)});
    return *kept.back().sizer;
}

SizingPick Sizer::pickWithin(const RateTable& table, const SizingNeed& need, bool allowGraviton, int maxVcpu) const {
    SizingNeed capped = need;
    capped.vcpu = std::min(need.vcpu, static_cast<double>(maxVcpu));
    const int vcpu = wholeVcpu(capped.vcpu), gib = wholeGib(capped.memoryGib);
    for (const InstanceRate& r : table.rates) { // cheapest first
        const InstanceSpec& s = m_catalogue.instances[static_cast<std::size_t>(r.spec)];
        if (!allowedSpec(s, allowGraviton) || s.vcpu > maxVcpu || !meets(s, vcpu, gib)) continue;
        if (s.burstable() && !(m_allowBurstable && underBaseline(baselineVcpu(s), capped))) continue;
        return {r.spec, 1, r.usdPerHour, true};
    }
    return {};
}

int countFits(const PriceCatalogue& catalogue, const RateTable& table, const SizingNeed& need, bool allowGraviton,
              bool allowBurstable, int maxVcpu) {
    const int vcpu = wholeVcpu(need.vcpu), gib = wholeGib(need.memoryGib);
    int n = 0;
    for (const InstanceRate& r : table.rates) {
        const InstanceSpec& s = catalogue.instances[static_cast<std::size_t>(r.spec)];
        if (!allowedSpec(s, allowGraviton) || !meets(s, vcpu, gib) || (maxVcpu > 0 && s.vcpu > maxVcpu)) continue;
        if (s.burstable() && !(allowBurstable && underBaseline(baselineVcpu(s), need))) continue;
        ++n;
    }
    return n;
}

} // namespace est::model
