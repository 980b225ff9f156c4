// model/credit_tracker_data.hpp - the aggregates behind CreditTracker (shared by credit_tracker.cpp, which fills
// them, and credit_summary.cpp, which reads them). Not part of the API: the page and the CLI never see it.
#pragma once

#include "model/credit_tracker.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace est::model::detail {

/// Strings stored once per file (accounts, product codes, tag values, descriptions); 0 is "".
class StringPool {
public:
    StringPool() { m_strings.emplace_back(); }
    std::uint32_t id(std::string_view s);
    const std::string& text(std::uint32_t id) const { return m_strings[id]; }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::vector<std::string> m_strings;
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_ids;
};

/// A cell of spend: everything a line is summed by, except the resource.
struct CellKey {
    MonthIndex month = kNoMonth;
    std::uint32_t account = 0;
    std::uint32_t product = 0;
    std::uint32_t tagValue = 0; // the map-migrated value (Exact) or the near-miss key (NearMiss)
    ExclusionReason reason = ExclusionReason::None;
    TagKeyState tag = TagKeyState::Absent;
    bool hasResource = false;
    bool operator==(const CellKey&) const = default;
};
struct CellKeyHash {
    std::size_t operator()(const CellKey& k) const {
        std::uint64_t h = static_cast<std::uint64_t>(static_cast<std::uint32_t>(k.month)) * 0x9E3779B97F4A7C15ULL;
        h ^= (static_cast<std::uint64_t>(k.account) << 1) * 0xC2B2AE3D27D4EB4FULL;
        h ^= (static_cast<std::uint64_t>(k.product) << 7) * 0x165667B19E3779F9ULL;
        h ^= (static_cast<std::uint64_t>(k.tagValue) << 13) * 0x27D4EB2F165667C5ULL;
        h ^= static_cast<std::uint64_t>(k.reason) << 3 ^ static_cast<std::uint64_t>(k.tag) << 9 ^
             static_cast<std::uint64_t>(k.hasResource);
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};
struct Sum {
    double usd = 0.0;
    std::uint64_t lines = 0;
};

/// One resource's eligible-candidate spend (lines with no row-level exclusion), by product and tag.
struct ResourceSpend {
    std::uint32_t product = 0;
    TagKeyState tag = TagKeyState::Absent;
    std::uint32_t tagValue = 0;
    double usd = 0.0;
};
struct ResourceData {
    std::uint32_t account = 0;
    std::uint32_t nameTag = 0;
    std::uint32_t keyOffset = 0; // the resource ID in ResourceTable's key text
    std::uint32_t keyLength = 0;
    std::uint64_t check = 0; // a second, independent hash of the key: compared instead of the text
    ResourceSpend first;     // nearly every resource has one product and one tag state
    bool firstUsed = false;
    std::vector<ResourceSpend> more; // the others, rarely any
};

/// Resources by (account, resource ID): an open-addressing table over compact entries. A month of an hourly CUR
/// looks every line's resource up here; std::unordered_map's node chasing made that a third of the reading time.
/// Keys are matched by two independent 64-bit hashes and the account (the text is not re-read: a miss per line
/// saved); two different IDs of one account matching on 128 bits is not a case a bill will meet.
class ResourceTable {
public:
    /// The resource's data, added (with `account` set) when new; null when new and the table holds `limit` already.
    ResourceData* find(std::string_view accountText, std::uint32_t account, std::string_view resourceId,
                       std::size_t limit);
    const std::vector<ResourceData>& all() const { return m_data; }
    std::string_view resourceId(const ResourceData& d) const {
        return std::string_view(m_keys).substr(d.keyOffset, d.keyLength);
    }
    std::size_t size() const { return m_data.size(); }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t index = 0; // into m_data, + 1 (0 = empty)
        std::uint32_t account = 0;
    };
    void grow();
    std::vector<Slot> m_slots;
    std::vector<ResourceData> m_data;
    std::string m_keys;
};

/// Credit and refund lines, by billing month, account and description.
struct CreditKey {
    MonthIndex month = kNoMonth;
    std::uint32_t account = 0;
    std::uint32_t description = 0;
    auto operator<=>(const CreditKey&) const = default;
};

/// Everything one file contributes to one slot (payer + billing month).
struct SlotData {
    int maxUsageDate = 0;
    std::uint64_t lines = 0;
    std::unordered_map<CellKey, Sum, CellKeyHash> cells;
    std::map<CreditKey, Sum> credits;
    ResourceTable resources;
    std::map<std::uint32_t, Sum> unknownTypes; // type text -> unblended sum
    Sum unlisted;                              // eligible-candidate spend of resources past the limit
};

/// Resources kept per slot (a month of one payer): memory stays bounded (about 100 bytes each) on any file; the
/// spend of further resources stays in every total and is reported as not listed.
inline constexpr std::size_t kMaxResourcesPerSlot = 250000;

struct SlotKey {
    std::string payer;
    MonthIndex billingMonth = kNoMonth;
    // Spelled out: the wasm toolchain's std::string has no operator<=> to default from.
    bool operator<(const SlotKey& o) const { return std::tie(payer, billingMonth) < std::tie(o.payer, o.billingMonth); }
};

/// A file's aggregates; slots are erased when a later delivery replaces them.
struct FileData {
    DeliveryIdentity identity;
    StringPool strings;
    std::map<SlotKey, SlotData> slots;
    std::uint64_t lines = 0;
    std::vector<std::string> notes;
};

/// A slot across files: payer, billing month and report name (model/credit_tracker.hpp, delivery rules).
struct DeliverySlotKey {
    std::string payer;
    MonthIndex month = kNoMonth;
    std::string report;
    bool operator<(const DeliverySlotKey& o) const {
        return std::tie(payer, month, report) < std::tie(o.payer, o.month, o.report);
    }
};

/// The delivery that counts for a slot, and its parts.
struct CurrentDelivery {
    std::string deliveryId;
    int maxUsageDate = 0;
    std::vector<std::pair<int, std::size_t>> parts; // part number, file index
};

} // namespace est::model::detail

namespace est::model {

struct CreditTracker::Impl {
    std::vector<std::unique_ptr<detail::FileData>> files;
    std::map<detail::DeliverySlotKey, detail::CurrentDelivery> current;
};

/// summarize()'s way in to the committed files.
struct TrackerSummarizer {
    static const std::vector<std::unique_ptr<detail::FileData>>& files(const CreditTracker& tracker) {
        return tracker.m_impl->files;
    }
};

} // namespace est::model
