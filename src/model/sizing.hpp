// model/sizing.hpp - the sizer (economics.md section 2): the cheapest catalogue type that meets a workload's
// vCPU and memory need, one workload on one instance, and which price table that type is priced from.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/catalogue.hpp"
#include "model/scenario.hpp"

namespace est::model {

/// The AWS Migration Portfolio Assessment's peaks for a workload with unknown utilisation (CPU 24 %,
/// memory 59 %): a scenario setting applies them instead of like-for-like sizing.
inline constexpr double kMpaFallbackCpuPct = 0.24;
inline constexpr double kMpaFallbackMemPct = 0.59;

/// What a workload needs on AWS. vCPU and memory are rounded up to whole units before fitting.
struct SizingNeed {
    double vcpu = 0.0; ///< after utilisation and headroom
    double memoryGib = 0.0;
    bool cpuKnown = false;                               ///< p95 CPU known: burstable types may be considered
    bool cpuZeroReading = false, memZeroReading = false; ///< a measured p95 of exactly 0, sized as unknown
    enum class Basis : std::uint8_t { Measured, LikeForLike, MpaFallback } cpuBasis = Basis::LikeForLike,
                                                                            memBasis = Basis::LikeForLike;
};

/// need = provisioned x p95 x (1 + headroom) per dimension; unknown p95: like-for-like (provisioned, no
/// headroom), or with `mpaFallback` the MPA peaks plus headroom. A p95 of exactly 0 is sized as unknown: a running
/// server never peaks at 0 %, so a 0 is a missing counter (an export's blank), not a load.
SizingNeed sizingNeed(const Workload& w, double headroomPct, bool mpaFallback);

/// What an OS text says about the EC2 rate: Windows, RHEL, SUSE (licence included) or plain Linux.
enum class OsFamily : std::uint8_t { Linux, Windows, Rhel, Suse };
OsFamily osFamilyOf(std::string_view os);

/// The EC2 table of a workload: Windows / RHEL / SUSE by its OS text, and with SQL Server licence included
/// the OS + SQL Server edition rate (Express is free, so it is the plain OS rate).
Ec2Os ec2OsFor(const Workload& w, OsFamily family);
/// The same with the licence model taken as `licence` instead of the workload's (a what-if, without copying it).
Ec2Os ec2OsFor(const Workload& w, OsFamily family, LicenceModel licence);
inline Ec2Os ec2OsFor(const Workload& w) { return ec2OsFor(w, osFamilyOf(w.os)); }
/// The RDS engine of a workload's database: SQL Server by edition (licence included), Oracle SE2 licence
/// included unless bring-your-own or Enterprise (RDS offers Enterprise only as BYOL). False = no RDS engine.
bool rdsEngineFor(const Workload& w, RdsEngine& engine);
/// Graviton is allowed for the Linux table and the open-source RDS engines only.
bool gravitonAllowedFor(const PriceKey& key, bool allowGraviton);

struct SizingPick {
    int spec = -1;           ///< catalogue instance index; -1 = the table is empty
    int count = 0;           ///< 1; more only when nothing in the table fits (then fits = false)
    double usdPerHour = 0.0; ///< on-demand rate of one instance
    bool fits = false;
};

/// Picks cheapest fits from one region's tables. Picks are memoised by (table, whole vCPU, whole GiB, Graviton
/// allowed) because estates repeat shapes; each memo entry keeps the burstable types that fit the shape and
/// undercut the steady pick, so a workload only compares its CPU demand with their baselines. A need is first
/// looked up by its exact whole units (one probe); only a new shape rounds up to the table's sizes.
class Sizer {
public:
    Sizer(const PriceCatalogue& catalogue, bool allowBurstable)
        : m_catalogue(catalogue), m_allowBurstable(allowBurstable) {}
    SizingPick pick(const RateTable& table, const SizingNeed& need, bool allowGraviton);
    /// The cheapest type of at most `maxVcpu` vCPU that meets the need (its vCPU capped at maxVcpu); spec -1 when
    /// none holds the memory. Not memoised: for the few workloads a licence limits (Oracle SE2 in AWS: 8 vCPU).
    SizingPick pickWithin(const RateTable& table, const SizingNeed& need, bool allowGraviton, int maxVcpu) const;

private:
    struct TableIndex;
    struct BurstableCandidate {
        int spec = -1;
        double usdPerHour = 0.0;
        double baselineVcpu = 0.0; // vCPU x baseline share: the steady demand it serves
    };
    struct MemoEntry {
        SizingPick steady;
        std::uint32_t firstCandidate = 0, candidateCount = 0; // into m_candidates, cheapest first
    };
    std::size_t tableId(const RateTable& table);
    std::uint32_t entryFor(std::size_t id, const RateTable& table, int vcpu, int gib, bool allowGraviton);
    MemoEntry fit(const TableIndex& ix, const RateTable& table, int vcpu, int gib, bool allowGraviton);
    SizingPick fitSteady(const RateTable& table, int vcpu, int gib, bool allowGraviton) const;
    const PriceCatalogue& m_catalogue;
    bool m_allowBurstable;
    // Per table: the distinct vCPU and memory sizes it offers (a need rounds up to the next one: the fitting
    // set is the same, so shapes collapse onto few memo keys) and its burstable rates, cheapest first.
    struct TableIndex {
        std::vector<int> vcpuLevels;
        std::vector<double> memLevels;
        std::vector<InstanceRate> burstable;
    };
    std::vector<const RateTable*> m_tables; // memo key part: index of the table here
    std::vector<TableIndex> m_index;
    std::unordered_map<std::uint64_t, std::uint32_t> m_memo; // rounded shape -> index into m_entries
    std::vector<MemoEntry> m_entries;
    // (table, Graviton allowed, exact whole vCPU and GiB) -> index into m_entries: open addressing, power-of-two
    // size, at most three quarters full. An empty slot has no table.
    struct ShapeSlot {
        const RateTable* table = nullptr;
        std::uint64_t shape = 0;
        std::uint32_t entry = 0;
    };
    ShapeSlot& shapeSlot(const RateTable* table, std::uint64_t shape); // its slot, or the empty one where it goes
    std::vector<ShapeSlot> m_shapes;
    std::size_t m_shapeCount = 0;
    std::vector<BurstableCandidate> m_candidates;
};

/// The sizer of a catalogue, kept between estimates (its memo fills once per catalogue, not once per estimate:
/// an edit re-estimates the whole estate). One per thread; rebuilt when the catalogue is a different or freed one.
Sizer& sizerFor(const std::shared_ptr<const PriceCatalogue>& catalogue, bool allowBurstable);

/// How many allowed types of the table meet the need (for the sizing trace; not on the engine's hot path).
/// maxVcpu > 0 counts only types of at most that many vCPU (Sizer::pickWithin).
int countFits(const PriceCatalogue& catalogue, const RateTable& table, const SizingNeed& need, bool allowGraviton,
              bool allowBurstable, int maxVcpu = 0);

/// Whole units the fit compares against: vCPU and GiB rounded up.
int wholeVcpu(double vcpu);
int wholeGib(double gib);

} // namespace est::model
