// model/credit_tracker_data.hpp - the aggregates behind CreditTracker (shared by credit_tracker.cpp, which fills
// them, and credit_summary.cpp, which reads them). Not part of the API: the page and the CLI never see it.
#pragma once

#include "model/credit_tracker.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
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
    std::uint32_t tagValue = 0;     // the map-migrated value (Exact) or the near-miss key (NearMiss)
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
    std::vector<ResourceSpend> spend; // a handful at most: one per product and tag state seen
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
    std::unordered_map<std::string, ResourceData> resources; // key: account id + '\x1f' + resource ID
    std::map<std::uint32_t, Sum> unknownTypes;                // type text -> unblended sum
};

struct SlotKey {
    std::string payer;
    MonthIndex billingMonth = kNoMonth;
    auto operator<=>(const SlotKey&) const = default;
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
    auto operator<=>(const DeliverySlotKey&) const = default;
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
