// model/credit_tracker.cpp - folding billing lines into per-file aggregates, and the delivery rules that decide which
// file's months count when several deliveries of a month are loaded.
#include "model/credit_tracker.hpp"

#include "model/credit_tracker_data.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <set>

namespace est::model {

using namespace detail;

std::uint32_t StringPool::id(std::string_view s) {
    if (s.empty()) return 0;
    const auto it = m_ids.find(s);
    if (it != m_ids.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(m_strings.size());
    m_strings.emplace_back(s);
    m_ids.emplace(m_strings.back(), id);
    return id;
}

namespace {

// 64-bit hash of a short text, 8 bytes at a time (resource IDs are 10-80 bytes).
std::uint64_t textHash(std::string_view s, std::uint64_t seed) {
    std::uint64_t h = seed ^ (s.size() * 0x9E3779B97F4A7C15ULL);
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t v;
        std::memcpy(&v, s.data() + i, 8);
        h = (h ^ v) * 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 31;
    }
    std::uint64_t tail = 0;
    if (i < s.size()) std::memcpy(&tail, s.data() + i, s.size() - i); // an empty view may have no data pointer
    h = (h ^ tail) * 0x94D049BB133111EBULL;
    return h ^ (h >> 29);
}

} // namespace

ResourceData* ResourceTable::find(std::string_view accountText, std::uint32_t account, std::string_view resourceId,
                                  std::size_t limit) {
    if ((m_data.size() + 1) * 2 > m_slots.size()) grow();
    const std::uint64_t hash = textHash(resourceId, textHash(accountText, 0x51ED27));
    const std::uint64_t check = textHash(resourceId, 0x2545F4914F6CDD1DULL);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
        Slot& slot = m_slots[i];
        if (slot.index == 0) {
            if (m_data.size() >= limit) return nullptr;
            ResourceData d;
            d.account = account;
            d.keyOffset = static_cast<std::uint32_t>(m_keys.size());
            d.keyLength = static_cast<std::uint32_t>(resourceId.size());
            d.check = check;
            m_keys.append(resourceId);
            m_data.push_back(std::move(d));
            slot = Slot{hash, static_cast<std::uint32_t>(m_data.size()), account};
            return &m_data.back();
        }
        if (slot.hash == hash && slot.account == account) {
            ResourceData& d = m_data[slot.index - 1];
            if (d.check == check && d.keyLength == resourceId.size()) return &d;
        }
    }
}

void ResourceTable::grow() {
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(std::max<std::size_t>(64, old.size() * 2), Slot{});
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot& s : old) {
        if (s.index == 0) continue;
        std::size_t i = static_cast<std::size_t>(s.hash) & mask;
        while (m_slots[i].index != 0) i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

const char* billingFormatKey(BillingFormat format) {
    switch (format) {
    case BillingFormat::Cur:
        return "cur";
    case BillingFormat::Cur2:
        return "cur2";
    case BillingFormat::Focus:
        return "focus";
    case BillingFormat::CostExplorer:
        return "cost-explorer";
    case BillingFormat::Summary:
        return "summary";
    }
    return "cur";
}

const char* billingFormatLabel(BillingFormat format) {
    switch (format) {
    case BillingFormat::Cur:
        return "legacy CUR";
    case BillingFormat::Cur2:
        return "CUR 2.0";
    case BillingFormat::Focus:
        return "FOCUS";
    case BillingFormat::CostExplorer:
        return "Cost Explorer CSV";
    case BillingFormat::Summary:
        return "billing summary CSV";
    }
    return "legacy CUR";
}

std::string monthLabel(MonthIndex month) {
    if (month < 0) return "unknown";
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d", month / 12, month % 12 + 1);
    return text;
}

std::string quarterLabel(MonthIndex month) {
    if (month < 0) return "unknown";
    char text[16];
    std::snprintf(text, sizeof text, "%04d-Q%d", month / 12, month % 12 / 3 + 1);
    return text;
}

double spendBasisUsd(const BillingLine& line) {
    const auto first = [](double a, double b) { return std::isnan(a) ? b : a; };
    const double net = first(line.netUnblendedUsd, line.unblendedUsd);
    switch (line.type) {
    case BillingLineType::DiscountedUsage:
        return first(line.reservationNetEffectiveUsd, first(line.reservationEffectiveUsd, net));
    case BillingLineType::SavingsPlanCoveredUsage:
        return first(line.savingsPlanNetEffectiveUsd, first(line.savingsPlanEffectiveUsd, net));
    case BillingLineType::SavingsPlanNegation:
        return 0.0;
    default:
        return net;
    }
}

DeliveryIdentity deliveryFromPath(std::string_view path, BillingFormat format) {
    DeliveryIdentity id;
    id.format = format;
    const std::size_t slash = path.find_last_of("/\\");
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    if (slash != std::string_view::npos) id.deliveryId = std::string(path.substr(0, slash));
    id.fileName = std::string(name);
    // Extensions: .csv, .csv.gz, .csv.zip, .gz, .zip, .txt (any case).
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (std::string_view ext : {".gz", ".zip", ".csv", ".txt"}) {
            if (name.size() > ext.size()) {
                const std::string_view tail = name.substr(name.size() - ext.size());
                bool same = true;
                for (std::size_t i = 0; i < ext.size(); ++i) same = same && (tail[i] | 0x20) == (ext[i] | 0x20);
                if (same) {
                    name.remove_suffix(ext.size());
                    stripped = true;
                }
            }
        }
    }
    // "<report>-<n>": the part number.
    const std::size_t dash = name.find_last_of('-');
    if (dash != std::string_view::npos && dash + 1 < name.size() &&
        std::all_of(name.begin() + static_cast<std::ptrdiff_t>(dash) + 1, name.end(),
                    [](char c) { return c >= '0' && c <= '9'; }) &&
        name.size() - dash - 1 <= 6) {
        int part = 0;
        for (char c : name.substr(dash + 1)) part = part * 10 + (c - '0');
        id.part = part;
        name = name.substr(0, dash);
    }
    id.reportName = std::string(name);
    return id;
}

// ---- One file's aggregates ---------------------------------------------------------------------------------------

namespace {

// The last string interned for one field: consecutive lines mostly repeat it.
struct CachedId {
    std::string text;
    std::uint32_t id = 0;
    bool valid = false;
    std::uint32_t get(StringPool& pool, std::string_view s) {
        if (valid && text == s) return id;
        text.assign(s);
        id = pool.id(s);
        valid = true;
        return id;
    }
};

// The last row-level classification: lines of one resource repeat type, product and usage type.
struct CachedReason {
    BillingLineType type = BillingLineType::Unknown;
    std::string product, usageType, family, operation;
    bool marketplace = false;
    bool valid = false;
    ExclusionReason reason = ExclusionReason::None;
};

} // namespace

struct BillingFileAggregate::Impl {
    FileData data;
    const MapRules* rules = nullptr;
    CachedId account, product, tagValue, description, typeText, nameTag;
    CachedReason reason;
    std::string lastPayer;
    MonthIndex lastMonth = kNoMonth;
    SlotData* lastSlot = nullptr;

    SlotData& slot(std::string_view payer, MonthIndex month) {
        if (lastSlot != nullptr && month == lastMonth && payer == lastPayer) return *lastSlot;
        lastPayer.assign(payer);
        lastMonth = month;
        lastSlot = &data.slots[SlotKey{lastPayer, month}];
        return *lastSlot;
    }

    ExclusionReason classify(const BillingLine& line) {
        CachedReason& c = reason;
        if (c.valid && c.type == line.type && c.marketplace == line.marketplace && c.product == line.productCode &&
            c.usageType == line.usageType && c.family == line.productFamily && c.operation == line.operation)
            return c.reason;
        c.type = line.type;
        c.marketplace = line.marketplace;
        c.product.assign(line.productCode);
        c.usageType.assign(line.usageType);
        c.family.assign(line.productFamily);
        c.operation.assign(line.operation);
        c.reason = rowExclusion(line.type, line.productCode, line.usageType, line.productFamily, line.operation,
                                line.marketplace, *rules);
        c.valid = true;
        return c.reason;
    }
};

BillingFileAggregate::BillingFileAggregate(DeliveryIdentity identity, const MapRules& rules)
    : m_impl(std::make_unique<Impl>()) {
    m_impl->data.identity = std::move(identity);
    m_impl->rules = &rules;
}
BillingFileAggregate::~BillingFileAggregate() = default;
BillingFileAggregate::BillingFileAggregate(BillingFileAggregate&&) noexcept = default;
BillingFileAggregate& BillingFileAggregate::operator=(BillingFileAggregate&&) noexcept = default;

void BillingFileAggregate::add(const BillingLine& line) {
    Impl& m = *m_impl;
    const MonthIndex billing = line.billingMonth != kNoMonth ? line.billingMonth : line.usageMonth;
    const MonthIndex usage = line.usageMonth != kNoMonth ? line.usageMonth : billing;
    SlotData& slot = m.slot(line.payerAccount, billing);
    ++slot.lines;
    ++m.data.lines;
    slot.maxUsageDate = std::max(slot.maxUsageDate, line.usageDate);
    const ExclusionReason reason = m.classify(line);
    const std::uint32_t account = m.account.get(m.data.strings, line.usageAccount);
    if (reason == ExclusionReason::CreditOrRefund) {
        Sum& s = slot.credits[CreditKey{billing, account, m.description.get(m.data.strings, line.description)}];
        s.usd += line.unblendedUsd;
        ++s.lines;
        return;
    }
    if (reason == ExclusionReason::UnknownLineType) {
        Sum& s = slot.unknownTypes[m.typeText.get(m.data.strings, line.typeText)];
        s.usd += line.unblendedUsd;
        ++s.lines;
    }
    const double usd = spendBasisUsd(line);
    CellKey key;
    key.month = usage;
    key.account = account;
    key.product = m.product.get(m.data.strings, line.productCode);
    key.reason = reason;
    key.tag = line.tagKey;
    if (line.tagKey == TagKeyState::Exact)
        key.tagValue = m.tagValue.get(m.data.strings, line.tagValue);
    else if (line.tagKey == TagKeyState::NearMiss)
        key.tagValue = m.data.strings.id(line.nearMissKey);
    key.hasResource = !line.resourceId.empty();
    Sum& cell = slot.cells[key];
    cell.usd += usd;
    ++cell.lines;
    if (reason != ExclusionReason::None || line.resourceId.empty()) return;
    ResourceData* found = slot.resources.find(line.usageAccount, account, line.resourceId, kMaxResourcesPerSlot);
    if (found == nullptr) {
        slot.unlisted.usd += usd;
        ++slot.unlisted.lines;
        return;
    }
    ResourceData& r = *found;
    if (r.nameTag == 0 && !line.nameTag.empty()) r.nameTag = m.nameTag.get(m.data.strings, line.nameTag);
    const ResourceSpend spend{key.product, key.tag, key.tagValue, usd};
    auto same = [&](const ResourceSpend& s) {
        return s.product == key.product && s.tag == key.tag && s.tagValue == key.tagValue;
    };
    if (!r.firstUsed) {
        r.first = spend;
        r.firstUsed = true;
        return;
    }
    if (same(r.first)) {
        r.first.usd += usd;
        return;
    }
    for (ResourceSpend& s : r.more)
        if (same(s)) {
            s.usd += usd;
            return;
        }
    r.more.push_back(spend);
}

void BillingFileAggregate::addNote(std::string note) { m_impl->data.notes.push_back(std::move(note)); }
std::uint64_t BillingFileAggregate::lines() const { return m_impl->data.lines; }
const DeliveryIdentity& BillingFileAggregate::identity() const { return m_impl->data.identity; }

// ---- The tracker: committed files and the delivery rules ----------------------------------------------------------

namespace {

std::string slotText(const DeliverySlotKey& k) {
    return monthLabel(k.month) + (k.payer.empty() ? std::string() : " (payer " + k.payer + ")");
}

} // namespace

CreditTracker::CreditTracker() : m_impl(std::make_unique<Impl>()) {}
CreditTracker::~CreditTracker() = default;
CreditTracker::CreditTracker(CreditTracker&&) noexcept = default;
CreditTracker& CreditTracker::operator=(CreditTracker&&) noexcept = default;

CreditTracker::CreditTracker(const CreditTracker& other) : m_impl(std::make_unique<Impl>()) {
    m_impl->files.reserve(other.m_impl->files.size());
    for (const auto& f : other.m_impl->files) m_impl->files.push_back(std::make_unique<FileData>(*f));
    m_impl->current = other.m_impl->current;
}

CreditTracker& CreditTracker::operator=(const CreditTracker& other) {
    if (this != &other) *this = CreditTracker(other);
    return *this;
}

void CreditTracker::removeFile(std::size_t index) {
    if (index >= m_impl->files.size()) return;
    m_impl->files.erase(m_impl->files.begin() + static_cast<std::ptrdiff_t>(index));
    // The current deliveries name files by index: drop the removed file's parts and shift the later ones down.
    for (auto it = m_impl->current.begin(); it != m_impl->current.end();) {
        auto& parts = it->second.parts;
        std::erase_if(parts, [index](const auto& part) { return part.second == index; });
        for (auto& part : parts)
            if (part.second > index) --part.second;
        it = parts.empty() ? m_impl->current.erase(it) : std::next(it);
    }
}

CommitReport CreditTracker::commit(BillingFileAggregate&& file) {
    CommitReport report;
    auto data = std::make_unique<FileData>(std::move(file.m_impl->data));
    file.m_impl->lastSlot = nullptr;
    const std::size_t index = m_impl->files.size();
    const DeliveryIdentity& id = data->identity;
    std::vector<SlotKey> dropped;
    for (auto& entry : data->slots) {
        const SlotKey& key = entry.first;
        const SlotData& slot = entry.second;
        const DeliverySlotKey dk{key.payer, key.billingMonth, id.reportName};
        CurrentDelivery& cur = m_impl->current[dk];
        auto dropFrom = [&](std::size_t fileIndex) { m_impl->files[fileIndex]->slots.erase(key); };
        if (cur.parts.empty()) {
            cur = CurrentDelivery{id.deliveryId, slot.maxUsageDate, {{id.part, index}}};
            continue;
        }
        if (cur.deliveryId == id.deliveryId) {
            auto same =
                std::find_if(cur.parts.begin(), cur.parts.end(), [&](const auto& p) { return p.first == id.part; });
            if (same != cur.parts.end()) {
                report.replaced.push_back(slotText(dk) + ": replaces " +
                                          m_impl->files[same->second]->identity.fileName +
                                          " loaded earlier (the same part)");
                dropFrom(same->second);
                same->second = index;
            } else {
                cur.parts.emplace_back(id.part, index);
            }
            cur.maxUsageDate = std::max(cur.maxUsageDate, slot.maxUsageDate);
            continue;
        }
        if (slot.maxUsageDate >= cur.maxUsageDate) {
            std::string names;
            for (const auto& [part, fileIndex] : cur.parts) {
                names += (names.empty() ? "" : ", ") + m_impl->files[fileIndex]->identity.fileName;
                dropFrom(fileIndex);
            }
            report.replaced.push_back(slotText(dk) + ": a later delivery; replaces " + names);
            cur = CurrentDelivery{id.deliveryId, slot.maxUsageDate, {{id.part, index}}};
        } else {
            report.ignored.push_back(slotText(dk) + ": an older delivery than the one loaded; not counted");
            dropped.push_back(key);
        }
    }
    for (const SlotKey& k : dropped) data->slots.erase(k);
    m_impl->files.push_back(std::move(data));
    return report;
}

void CreditTracker::clear() {
    m_impl->files.clear();
    m_impl->current.clear();
}

std::vector<LoadedBillingFile> CreditTracker::files() const {
    std::vector<LoadedBillingFile> out;
    for (const auto& f : m_impl->files) {
        LoadedBillingFile l;
        l.identity = f->identity;
        l.lines = f->lines;
        l.notes = f->notes;
        std::set<MonthIndex> months;
        for (const auto& [key, slot] : f->slots) months.insert(key.billingMonth);
        for (MonthIndex m : months) l.months.push_back(monthLabel(m));
        out.push_back(std::move(l));
    }
    return out;
}

bool CreditTracker::empty() const { return m_impl->files.empty(); }

} // namespace est::model
