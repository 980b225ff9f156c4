// model/validate.cpp - validate(): every invalid field of a Scenario, each with its own path. Never clamps. And
// validateProbe(), which leaves out the workloads of a probe that kept them (validate.hpp).
#include "model/assumptions.hpp"
#include "model/customer_name.hpp"
#include "model/engine.hpp"
#include "model/format.hpp"
#include "model/funding_program.hpp"
#include "model/text_hash.hpp"
#include "model/validate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace est::model {
namespace {

class Checker {
public:
    explicit Checker(std::vector<ValidationError>& out) : m_out(out) {}

    void fail(std::string path, std::string message) { m_out.push_back({std::move(path), std::move(message)}); }

    void positive(const std::string& path, double v) {
        if (!(v > 0.0) || !std::isfinite(v)) fail(path, "must be > 0, got " + formatNumber(v));
    }
    void share(const std::string& path, double v) {
        if (!(v >= 0.0 && v <= 1.0)) fail(path, "must be between 0 and 1, got " + formatNumber(v));
    }
    /// The registry's domain check for one value (bounds and their messages: assumptions.cpp), at `key` + `suffix`
    /// (the path is spelled out only for a failure: every estimate validates the whole registry).
    void domain(std::string_view key, const char* suffix, const Assumption& a, double v) {
        if (std::string problem = boundProblem(a, v); !problem.empty())
            fail(std::string(key) + suffix, std::move(problem));
        else if (a.integer && std::floor(v) != v)
            fail(std::string(key) + suffix, "must be a whole number, got " + formatNumber(v));
    }
    /// A per-field bound; true when the value is inside it.
    bool bounded(const std::string& path, const FieldBound& b, double v) {
        std::string problem = boundProblem(b, v);
        if (problem.empty()) return true;
        fail(path, std::move(problem));
        return false;
    }
    void ordered(std::string_view path, const Range& r) {
        if (!(r.low <= r.expected && r.expected <= r.high))
            fail(std::string(path), "must have low <= expected <= high, got " + formatNumber(r.low) + " / " +
                                        formatNumber(r.expected) + " / " + formatNumber(r.high));
    }

private:
    std::vector<ValidationError>& m_out;
};

/// Open-addressing table of workload ids (textHash), for duplicate detection in one pass without
/// sorting or allocating per id. insert() returns the index of the first workload with the same id.
class IdTable {
public:
    explicit IdTable(std::size_t n) {
        std::size_t cap = 16;
        while (cap < 2 * n) cap <<= 1;
        m_slots.assign(cap, Slot{});
        m_mask = cap - 1;
    }
    /// Starts fetching the slot where an id of hash `h` goes (the table is far larger than a cache at 100,000
    /// workloads: a slot fetched a few workloads ahead is there when insert() needs it). A hint only.
    void prefetch(std::uint64_t h) const {
#if defined(__GNUC__)
        __builtin_prefetch(&m_slots[static_cast<std::size_t>(h) & m_mask]);
#else
        (void)h;
#endif
    }
    /// ws[i].id, of hash h = textHash(ws[i].id).
    std::size_t insert(const std::vector<Workload>& ws, std::size_t i, std::uint64_t h) {
        const std::string& id = ws[i].id;
        const std::uint32_t tag = static_cast<std::uint32_t>(h >> 32);
        for (std::size_t k = static_cast<std::size_t>(h) & m_mask;; k = (k + 1) & m_mask) {
            Slot& slot = m_slots[k];
            if (slot.indexPlusOne == 0) {
                slot = Slot{tag, static_cast<std::uint32_t>(i + 1)};
                return i;
            }
            if (slot.tag == tag && sameText(ws[slot.indexPlusOne - 1].id, id)) return slot.indexPlusOne - 1;
        }
    }

private:
    struct Slot {
        std::uint32_t tag = 0;          // high hash bits, to skip most string compares
        std::uint32_t indexPlusOne = 0; // 0 = empty
    };
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

std::string idx(std::string_view base, std::size_t i) { return std::string(base) + "[" + std::to_string(i) + "]"; }

// Everything but the workloads.
void checkSettings(const Scenario& s, Checker& c, std::vector<ValidationError>& out) {
    // Scalars through the registry (rules rows are checked there too, by disposition key).
    const bool rulesComplete = s.rules.size() == static_cast<std::size_t>(kDispositionCount);
    for (const Assumption& a : assumptions()) {
        if (a.key.substr(0, 6) == "rules." && !rulesComplete) continue;
        if (a.isRangeField) {
            const Range r = a.getRange(s);
            c.domain(a.key, ".low", a, r.low);
            c.domain(a.key, ".expected", a, r.expected);
            c.domain(a.key, ".high", a, r.high);
            c.ordered(a.key, r);
        } else {
            c.domain(a.key, "", a, a.get(s));
        }
    }
    // 7-Rs rules table: one row per disposition, in enum order.
    if (!rulesComplete) {
        c.fail("rules", "must have " + std::to_string(kDispositionCount) + " rows (one per disposition), got " +
                            std::to_string(s.rules.size()));
    } else {
        for (std::size_t i = 0; i < s.rules.size(); ++i)
            if (static_cast<int>(s.rules[i].disposition) != static_cast<int>(i))
                c.fail(idx("rules", i) + ".disposition",
                       "must be " + std::string(dispositionName(static_cast<Disposition>(i))) + " (enum order), got " +
                           std::string(dispositionName(s.rules[i].disposition)));
    }

    // Hosts that cannot exist: the registry bounds cores (> 0), threads and oversubscription (>= 1). A VM larger
    // than a host is not an error: it is costed as whole hosts of its own, with a result warning (today_cost.hpp).

    // Plan.
    for (std::size_t i = 0; i < s.plan.waves.size(); ++i) {
        const Wave& w = s.plan.waves[i];
        const std::string p = idx("plan.waves", i);
        // Upper bounds keep month arithmetic far from int overflow (bounds::kWaveMonths).
        auto months = [&](const char* field, int v) { c.bounded(p + "." + field, bounds::kWaveMonths, v); };
        months("startMonth", w.startMonth);
        months("lengthMonths", w.lengthMonths);
        months("dualRunningMonths", w.dualRunningMonths);
    }

    c.bounded("plan.waves", bounds::kWaveCount, static_cast<double>(s.plan.waves.size()));
    // The registry bounds the horizon to 3..5; of those the product offers 3 and 5.
    if (s.settings.horizonYears > 3 && s.settings.horizonYears < 5)
        c.fail("settings.horizonYears", "must be 3 or 5, got " + std::to_string(s.settings.horizonYears));
    c.bounded("settings.startYear", bounds::kStartYear, s.settings.startYear);
    if (std::string problem = displayNameProblem(s.settings.customerName); !problem.empty())
        c.fail("settings.customerName", "the customer's name " + problem);

    // Extra ranges: known keys, ordered, inside the assumption's domain.
    for (std::size_t i = 0; i < s.ranges.size(); ++i) {
        const AssumptionRange& r = s.ranges[i];
        const std::string p = idx("ranges", i);
        const Assumption* a = findAssumption(r.key);
        if (!a) {
            c.fail(p + ".key", "unknown assumption key \"" + r.key + "\"");
            continue;
        }
        if (a->isRangeField) {
            c.fail(p + ".key", "\"" + r.key + "\" has its own range field; set it there");
            continue;
        }
        c.domain(p, ".range.low", *a, r.range.low);
        c.domain(p, ".range.high", *a, r.range.high);
        c.ordered(p + ".range", r.range);
    }

    checkFundingProgram(s, out);
}

void checkWorkloads(const Scenario& s, Checker& c) {
    // Prices: the catalogue must carry the target region's tables (io loads them; the model never does).
    const bool needsPrices = pricesMissing(s);
    auto pricesMessage = [&s] {
        return !s.aws.catalogue
                   ? std::string("no AWS price catalogue is loaded")
                   : "the price catalogue has no tables for " + s.aws.region + " (load that region's prices)";
    };

    // Workloads. Paths are built only for failures: a valid 100,000-workload estate allocates nothing here.
    bool reportedPrices = false;
    const std::size_t nw = s.workloads.size();
    IdTable seen(nw);
    // The ids' hashes are worked out kLookAhead workloads ahead, so that their slots can be fetched in the meantime.
    constexpr std::size_t kLookAhead = 8;
    std::uint64_t aheadHash[kLookAhead] = {};
    for (std::size_t i = 0; i < std::min(nw, kLookAhead); ++i) {
        aheadHash[i] = textHash(s.workloads[i].id);
        seen.prefetch(aheadHash[i]);
    }
    for (std::size_t i = 0; i < nw; ++i) {
        const Workload& w = s.workloads[i];
        const std::uint64_t idHash = aheadHash[i % kLookAhead];
        if (i + kLookAhead < nw) {
            aheadHash[i % kLookAhead] = textHash(s.workloads[i + kLookAhead].id);
            seen.prefetch(aheadHash[i % kLookAhead]);
        }
        auto path = [i](const char* field) { return idx("workloads", i) + "." + field; };
        if (w.id.empty()) {
            c.fail(path("id"), "must not be empty");
        } else if (const std::size_t first = seen.insert(s.workloads, i, idHash); first != i) {
            c.fail(path("id"), "duplicate of workloads[" + std::to_string(first) + "].id \"" + w.id + "\"");
        }
        const bool server = w.kind == WorkloadKind::Server;
        // Servers need CPU and memory; managed services may have none. Above: bounds::kWorkload*.
        if (server ? w.vcpu <= 0 : w.vcpu < 0)
            c.fail(path("vcpu"),
                   std::string(server ? "must be > 0" : "must be >= 0") + ", got " + std::to_string(w.vcpu));
        else if (w.vcpu > bounds::kWorkloadVcpu.maxValue)
            c.bounded(path("vcpu"), bounds::kWorkloadVcpu, w.vcpu);
        if (server ? !(w.ramGb > 0.0 && std::isfinite(w.ramGb)) : !(w.ramGb >= 0.0 && std::isfinite(w.ramGb)))
            c.fail(path("ramGb"),
                   std::string(server ? "must be > 0" : "must be >= 0") + ", got " + formatNumber(w.ramGb));
        else if (w.ramGb > bounds::kWorkloadRamGb.maxValue)
            c.bounded(path("ramGb"), bounds::kWorkloadRamGb, w.ramGb);
        if (!(w.storageGb >= 0.0 && w.storageGb <= bounds::kWorkloadStorageGb.maxValue))
            c.bounded(path("storageGb"), bounds::kWorkloadStorageGb, w.storageGb);
        if (w.usedStorageGb && !(*w.usedStorageGb >= 0.0 && *w.usedStorageGb <= bounds::kWorkloadStorageGb.maxValue))
            c.bounded(path("usedStorageGb"), bounds::kWorkloadStorageGb, *w.usedStorageGb);
        if (w.users && *w.users < 0) c.fail(path("users"), "must be >= 0, got " + std::to_string(*w.users));
        if (w.cpuUtilP95Pct && !(*w.cpuUtilP95Pct >= 0.0 && *w.cpuUtilP95Pct <= 1.0))
            c.share(path("cpuUtilP95Pct"), *w.cpuUtilP95Pct);
        if (w.memUtilP95Pct && !(*w.memUtilP95Pct >= 0.0 && *w.memUtilP95Pct <= 1.0))
            c.share(path("memUtilP95Pct"), *w.memUtilP95Pct);
        if (w.monthlyCostOverrideUsd && !(*w.monthlyCostOverrideUsd >= 0.0 &&
                                          *w.monthlyCostOverrideUsd <= bounds::kWorkloadMonthlyCostUsd.maxValue))
            c.bounded(path("monthlyCostOverrideUsd"), bounds::kWorkloadMonthlyCostUsd, *w.monthlyCostOverrideUsd);
        const bool retained = w.disposition && *w.disposition == Disposition::Retain;
        if (!retained && (w.wave < 1 || static_cast<std::size_t>(w.wave) > s.plan.waves.size()))
            c.fail(path("wave"), "must name a plan wave (1.." + std::to_string(s.plan.waves.size()) + "), got " +
                                     std::to_string(w.wave));
        if (w.taggedFromMonth &&
            (*w.taggedFromMonth < 0 || *w.taggedFromMonth > bounds::kWorkloadTaggedFromMonth.maxValue))
            c.bounded(path("taggedFromMonth"), bounds::kWorkloadTaggedFromMonth, *w.taggedFromMonth);
        if (needsPrices && !reportedPrices && server && !retained) {
            c.fail("aws.region", pricesMessage() + ": workloads[" + std::to_string(i) + "] needs an instance price");
            reportedPrices = true;
        }
    }
}

} // namespace

std::vector<ValidationError> validate(const Scenario& s) {
    std::vector<ValidationError> out;
    Checker c(out);
    checkSettings(s, c, out);
    checkWorkloads(s, c);
    return out;
}

std::vector<ValidationError> validateProbe(const Scenario& probe, const Scenario& valid) {
    // What a workload's checks read besides the workload: the plan's wave count and the prices (catalogue, region).
    const bool workloadChecksSame = probe.workloads.size() == valid.workloads.size() &&
                                    probe.plan.waves.size() == valid.plan.waves.size() &&
                                    probe.aws.catalogue == valid.aws.catalogue && probe.aws.region == valid.aws.region;
    if (!workloadChecksSame) return validate(probe);
    return validateSettings(probe);
}

std::vector<ValidationError> validateSettings(const Scenario& s) {
    std::vector<ValidationError> out;
    Checker c(out);
    checkSettings(s, c, out);
    return out;
}

bool pricesMissing(const Scenario& s) { return !s.aws.catalogue || s.aws.catalogue->region(s.aws.region) == nullptr; }

} // namespace est::model
