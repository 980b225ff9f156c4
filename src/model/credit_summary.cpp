// model/credit_summary.cpp - the tracker's summary: committed aggregates read under the settings of the moment (MPE,
// plan date, forecast, workloads). Validity of tag values and of services is decided here, not while reading, so
// changing the MPE or the plan date needs no re-read.
#include "model/credit_tracker.hpp"

#include "model/credit_tracker_data.hpp"
#include "model/map_tagging.hpp"
#include "model/stable_sort.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace est::model {

using namespace detail;

namespace {

bool isAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// "MPE12345", "mpe-12345", "12345" -> "12345".
std::string normalisedMpe(std::string_view mpe) {
    while (!mpe.empty() && std::isspace(static_cast<unsigned char>(mpe.front()))) mpe.remove_prefix(1);
    while (!mpe.empty() && std::isspace(static_cast<unsigned char>(mpe.back()))) mpe.remove_suffix(1);
    if (mpe.size() > 3 && (mpe[0] | 0x20) == 'm' && (mpe[1] | 0x20) == 'p' && (mpe[2] | 0x20) == 'e') {
        mpe.remove_prefix(3);
        while (!mpe.empty() && !isAlnum(mpe.front())) mpe.remove_prefix(1);
    }
    return std::string(mpe);
}

// The MPE ID inside a valid tag value ("mig12345" -> "12345"), "" for a legacy server ID.
std::string_view mpeOfTagValue(std::string_view value) {
    for (std::string_view prefix : {"comm_ec2_", "mig_ec2_", "oracle", "comm", "mig", "sap"})
        if (value.substr(0, prefix.size()) == prefix) return value.substr(prefix.size());
    return {};
}

std::string lowerTrimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

struct ResourceTotal {
    std::string account;
    std::string resourceId;
    std::string nameTag;
    std::map<std::string, double> untaggedByProduct; // eligible spend without a valid tag, by product code
    double untaggedUsd = 0.0;
    double taggedUsd = 0.0;
    std::string invalidValue;
};

} // namespace

std::string mpeIdInDescription(std::string_view d) {
    for (std::size_t at = 0; at + 3 <= d.size(); ++at) {
        if ((d[at] | 0x20) != 'm' || (d[at + 1] | 0x20) != 'p' || (d[at + 2] | 0x20) != 'e') continue;
        if (at > 0 && std::isalpha(static_cast<unsigned char>(d[at - 1]))) continue; // "compete"
        std::size_t i = at + 3;
        if (i < d.size() && std::isalpha(static_cast<unsigned char>(d[i])) &&
            !std::isupper(static_cast<unsigned char>(d[i])))
            continue; // "mpeg"
        while (i < d.size() && (d[i] == ' ' || d[i] == '-' || d[i] == ':' || d[i] == '_' || d[i] == '#')) ++i;
        std::size_t end = i;
        while (end < d.size() && isAlnum(d[end])) ++end;
        if (end - i >= 3) return std::string(d.substr(i, end - i));
    }
    return {};
}

std::string mapTagValueProblem(std::string_view value, std::string_view mpeId) {
    if (tagValueProblem(MapTagKey::MapMigrated, value))
        return "not a MAP value: mig, sap, oracle or comm + MPE ID (comm_ec2_ / mig_ec2_ for databases on EC2)";
    const std::string mpe = normalisedMpe(mpeId);
    if (mpe.empty()) return {};
    if (isLegacyTagValue(value)) return "a legacy Migration Hub server ID, not this agreement's value";
    const std::string_view id = mpeOfTagValue(value);
    if (id != mpe) return "another agreement's MPE ID (" + std::string(id) + ")";
    return {};
}

TrackerResult summarize(const CreditTracker& tracker, const TrackerSettings& settings, const MapRules& rules) {
    TrackerResult out;
    out.rulesSource = rules.title + (rules.listDate.empty() ? std::string() : ", " + rules.listDate);
    const std::string mpe = normalisedMpe(settings.mpeId);

    // A product code counts when listed (and, with a plan date, listed before it); no code at all: the list cannot
    // be applied (a Cost Explorer total by tag), so the line counts as the file gives it.
    std::unordered_map<std::string, bool> listed;
    auto eligibleProduct = [&](const std::string& code) {
        if (code.empty()) return true;
        const auto it = listed.find(code);
        if (it != listed.end()) return it->second;
        const IncludedService* s = rules.find(code);
        const bool ok = s != nullptr && (settings.planAcceptedDate.empty() || s->eligibleFrom.empty() ||
                                         s->eligibleFrom < settings.planAcceptedDate);
        listed.emplace(code, ok);
        return ok;
    };
    std::unordered_map<std::string, std::string> problems;
    auto tagProblem = [&](const std::string& value) -> const std::string& {
        auto it = problems.find(value);
        if (it == problems.end()) it = problems.emplace(value, mapTagValueProblem(value, mpe)).first;
        return it->second;
    };

    std::map<MonthIndex, TrackerMonth> months;
    std::map<std::string, AccountSpend> accounts;
    std::map<std::string, TagValueSpend> tagValues;
    std::map<std::string, NearMissTagKey> nearMiss;
    std::map<std::string, UnknownLineType> unknown;
    std::map<std::string, double> otherCredits;
    std::array<ExcludedSpend, kExclusionReasonCount> excluded{};
    std::unordered_map<std::string, ResourceTotal> resources;
    std::set<std::string> formats;
    std::string resourceKey; // account + '\x1f' + resource ID, across files
    std::uint64_t unlistedLines = 0;
    bool anyResourceLines = false;
    bool anyEligibleWithoutResource = false;

    for (const auto& file : TrackerSummarizer::files(tracker)) {
        const StringPool& str = file->strings;
        formats.insert(billingFormatKey(file->identity.format));
        for (const std::string& note : file->notes) out.notes.push_back(file->identity.fileName + ": " + note);
        for (const auto& [slotKey, slot] : file->slots) {
            for (const auto& [key, sum] : slot.cells) {
                const std::string& product = str.text(key.product);
                ExclusionReason reason = key.reason;
                if (reason == ExclusionReason::None && !eligibleProduct(product)) reason = ExclusionReason::NotOnList;
                if (key.hasResource) anyResourceLines = true;
                if (reason != ExclusionReason::None) {
                    ExcludedSpend& e = excluded[static_cast<std::size_t>(reason)];
                    e.reason = reason;
                    e.usd += sum.usd;
                    e.lines += sum.lines;
                    continue;
                }
                if (!key.hasResource) anyEligibleWithoutResource = true;
                TrackerMonth& m = months[key.month];
                AccountSpend& a = accounts[str.text(key.account)];
                m.eligibleUsd += sum.usd;
                a.eligibleUsd += sum.usd;
                bool valid = false;
                if (key.tag == TagKeyState::Exact) {
                    const std::string& value = str.text(key.tagValue);
                    const std::string& problem = tagProblem(value);
                    valid = problem.empty();
                    TagValueSpend& t = tagValues[value];
                    t.value = value;
                    t.valid = valid;
                    t.problem = problem;
                    t.usd += sum.usd;
                    if (!valid) m.invalidTagEligibleUsd += sum.usd;
                } else if (key.tag == TagKeyState::NearMiss) {
                    NearMissTagKey& n = nearMiss[str.text(key.tagValue)];
                    n.key = str.text(key.tagValue);
                    n.lines += sum.lines;
                    n.eligibleUsd += sum.usd;
                }
                if (valid) {
                    m.taggedEligibleUsd += sum.usd;
                    a.taggedEligibleUsd += sum.usd;
                } else {
                    a.untaggedEligibleUsd += sum.usd;
                }
            }
            for (const auto& [key, sum] : slot.credits) {
                const std::string& description = str.text(key.description);
                const std::string id = mpeIdInDescription(description);
                const double credit = -sum.usd; // credits are negative charges; shown positive
                TrackerMonth& m = months[key.month];
                if (!id.empty() && (mpe.empty() || id == mpe)) {
                    m.mapCreditsUsd += credit;
                    accounts[str.text(key.account)].mapCreditsUsd += credit;
                } else {
                    m.otherCreditsUsd += credit;
                    otherCredits[description.empty() ? "(no description)" : description] += credit;
                }
            }
            for (const auto& [type, sum] : slot.unknownTypes) {
                UnknownLineType& u = unknown[str.text(type)];
                u.type = str.text(type);
                u.lines += sum.lines;
                u.usd += sum.usd;
            }
            unlistedLines += slot.unlisted.lines;
            for (const ResourceData& data : slot.resources.all()) {
                ResourceTotal* total = nullptr;
                const std::string_view resourceId = slot.resources.resourceId(data);
                auto each = [&](const ResourceSpend& s) {
                    const std::string& product = str.text(s.product);
                    if (!eligibleProduct(product)) return;
                    if (total == nullptr) {
                        resourceKey.assign(str.text(data.account));
                        resourceKey.push_back('\x1f');
                        resourceKey.append(resourceId);
                        total = &resources[resourceKey];
                        if (total->resourceId.empty()) {
                            total->account = str.text(data.account);
                            total->resourceId = std::string(resourceId);
                        }
                        if (total->nameTag.empty()) total->nameTag = str.text(data.nameTag);
                    }
                    const bool valid = s.tag == TagKeyState::Exact && tagProblem(str.text(s.tagValue)).empty();
                    if (valid) {
                        total->taggedUsd += s.usd;
                    } else {
                        total->untaggedUsd += s.usd;
                        total->untaggedByProduct[product] += s.usd;
                        if (s.tag == TagKeyState::Exact && total->invalidValue.empty())
                            total->invalidValue = str.text(s.tagValue);
                    }
                };
                if (data.firstUsed) each(data.first);
                for (const ResourceSpend& s : data.more) each(s);
            }
        }
    }

    if (unlistedLines > 0) {
        out.untaggedResourcesTruncated = true;
        out.notes.push_back("more than " + std::to_string(kMaxResourcesPerSlot) +
                            " resources in a month: " + std::to_string(unlistedLines) +
                            " lines of further resources are in the totals but not listed");
    }
    out.format = formats.empty() ? std::string() : formats.size() == 1 ? *formats.begin() : std::string("mixed");
    out.hasResourceIds = anyResourceLines;
    if (!anyResourceLines && !tracker.empty())
        out.notes.push_back(
            "no resource IDs in the files: the untagged-resources list is empty (turn on \"Include resource "
            "IDs\" in the export)");
    else if (anyEligibleWithoutResource && anyResourceLines)
        out.notes.push_back(
            "some eligible lines name no resource: their spend is in the totals but not in the resources list");

    // Months, quarters, totals.
    std::map<std::string, TrackerQuarter> quarters;
    for (auto& [index, m] : months) {
        m.month = monthLabel(index);
        TrackerQuarter& q = quarters[quarterLabel(index)];
        q.quarter = quarterLabel(index);
        q.eligibleUsd += m.eligibleUsd;
        q.taggedEligibleUsd += m.taggedEligibleUsd;
        q.mapCreditsUsd += m.mapCreditsUsd;
        out.totals.eligibleUsd += m.eligibleUsd;
        out.totals.taggedEligibleUsd += m.taggedEligibleUsd;
        out.totals.mapCreditsUsd += m.mapCreditsUsd;
        out.totals.otherCreditsUsd += m.otherCreditsUsd;
        out.months.push_back(m);
    }
    out.totals.untaggedEligibleUsd = out.totals.eligibleUsd - out.totals.taggedEligibleUsd;
    if (settings.forecast) {
        for (const QuarterForecast& f : *settings.forecast) {
            TrackerQuarter& q = quarters[f.quarter];
            q.quarter = f.quarter;
            q.forecastTaggedEligibleUsd = q.forecastTaggedEligibleUsd.value_or(0.0) + f.taggedEligibleUsd;
        }
        for (auto& [label, q] : quarters)
            if (!q.forecastTaggedEligibleUsd) q.forecastTaggedEligibleUsd = 0.0;
    }
    for (auto& [label, q] : quarters) out.quarters.push_back(q);

    for (const ExcludedSpend& e : excluded)
        if (e.lines > 0) {
            out.excluded.push_back(e);
            out.totals.excludedUsd += e.usd;
        }
    for (auto& [id, a] : accounts) {
        a.account = id;
        out.accounts.push_back(a);
    }
    for (auto& [v, t] : tagValues) out.tagValues.push_back(t);
    stableSort(out.tagValues, [](const auto& a, const auto& b) { return a.usd > b.usd; });
    for (auto& [k, n] : nearMiss) out.nearMissKeys.push_back(n);
    for (auto& [k, u] : unknown) out.unknownLineTypes.push_back(u);
    for (auto& [d, usd] : otherCredits) out.otherCredits.push_back(OtherCredit{d, usd});
    stableSort(out.otherCredits, [](const auto& a, const auto& b) { return a.usd > b.usd; });

    // The value a cloud team should apply: the matched workload's, else this agreement's, else the most used valid one.
    std::string defaultValue = mpe.empty() ? std::string() : "mig" + mpe;
    if (defaultValue.empty())
        for (const TagValueSpend& t : out.tagValues)
            if (t.valid) {
                defaultValue = t.value;
                break;
            }
    if (defaultValue.empty()) defaultValue = "mig<MPE ID>";

    // Workloads by Name tag (or ID).
    std::unordered_map<std::string, std::size_t> workloadByName;
    for (std::size_t i = 0; i < settings.workloads.size(); ++i) {
        workloadByName.emplace(lowerTrimmed(settings.workloads[i].name), i);
        workloadByName.emplace(lowerTrimmed(settings.workloads[i].id), i);
    }
    std::vector<WorkloadTagging> workloads(settings.workloads.size());
    for (std::size_t i = 0; i < workloads.size(); ++i) {
        workloads[i].workloadId = settings.workloads[i].id;
        workloads[i].name = settings.workloads[i].name;
    }

    for (auto& [key, r] : resources) {
        const PlannedWorkload* workload = nullptr;
        if (!r.nameTag.empty()) {
            const auto it = workloadByName.find(lowerTrimmed(r.nameTag));
            if (it != workloadByName.end()) {
                workload = &settings.workloads[it->second];
                WorkloadTagging& w = workloads[it->second];
                ++w.resources;
                w.taggedEligibleUsd += r.taggedUsd;
                w.untaggedEligibleUsd += r.untaggedUsd;
            }
        }
        if (!(r.untaggedUsd > 1e-9)) continue;
        UntaggedResource u;
        u.resourceId = r.resourceId;
        u.account = r.account;
        double most = -1.0;
        for (const auto& [product, usd] : r.untaggedByProduct)
            if (usd > most) {
                most = usd;
                u.productCode = product;
            }
        if (const IncludedService* s = rules.find(u.productCode)) u.serviceName = s->serviceName;
        u.nameTag = r.nameTag;
        u.tagValueSeen = r.invalidValue;
        u.tagValueToApply = workload != nullptr && !workload->tagValue.empty() ? workload->tagValue : defaultValue;
        u.workloadId = workload != nullptr ? workload->id : std::string();
        u.eligibleUsd = r.untaggedUsd;
        out.untaggedResources.push_back(std::move(u));
    }
    stableSort(out.untaggedResources, [](const auto& a, const auto& b) {
        return a.eligibleUsd != b.eligibleUsd ? a.eligibleUsd > b.eligibleUsd : a.resourceId < b.resourceId;
    });
    if (out.untaggedResources.size() > settings.maxUntaggedResources) {
        out.untaggedResources.resize(settings.maxUntaggedResources);
        out.untaggedResourcesTruncated = true;
    }
    for (WorkloadTagging& w : workloads) {
        if (w.resources == 0)
            w.status = "not seen on the bill";
        else if (w.untaggedEligibleUsd <= 1e-9)
            w.status = "tagged";
        else if (w.taggedEligibleUsd <= 1e-9)
            w.status = "live but not tagged";
        else
            w.status = "partly tagged";
    }
    out.workloads = std::move(workloads);
    return out;
}

} // namespace est::model
