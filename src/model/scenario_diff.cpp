// model/scenario_diff.cpp - input and output differences between two scenario snapshots.
#include "model/scenario_diff.hpp"

#include "model/assumptions.hpp"
#include "model/engine.hpp"
#include "model/format.hpp"
#include "model/stable_sort.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <limits>
#include <map>
#include <utility>

namespace est::model {
namespace {

// Equal, with NaN equal to NaN (so an unchanged NaN is not reported as a change).
bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }
bool same(const Range& a, const Range& b) {
    return same(a.low, b.low) && same(a.expected, b.expected) && same(a.high, b.high);
}
bool same(const std::optional<Range>& a, const std::optional<Range>& b) {
    return a.has_value() == b.has_value() && (!a || same(*a, *b));
}

// Up to 10 significant digits: diffs must show 0.125 -> 0.13 as a change, which formatNumber would hide.
std::string num(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}
std::string text(int v) { return std::to_string(v); }
std::string text(bool v) { return v ? "yes" : "no"; }
std::string text(const std::string& v) { return v; }

std::string text(Environment e) { return e == Environment::Production ? "production" : "non-production"; }
std::string text(WorkloadKind k) {
    switch (k) {
    case WorkloadKind::Server:
        return "server";
    case WorkloadKind::ManagedDatabase:
        return "managed database";
    case WorkloadKind::ManagedService:
        return "managed service";
    }
    return "";
}
std::string text(PowerState p) {
    switch (p) {
    case PowerState::On:
        return "on";
    case PowerState::Off:
        return "off";
    case PowerState::Suspended:
        return "suspended";
    }
    return "";
}
std::string text(DatabaseEngine d) {
    switch (d) {
    case DatabaseEngine::None:
        return "none";
    case DatabaseEngine::MySql:
        return "MySQL";
    case DatabaseEngine::PostgreSql:
        return "PostgreSQL";
    case DatabaseEngine::SqlServer:
        return "SQL Server";
    case DatabaseEngine::Oracle:
        return "Oracle";
    case DatabaseEngine::Other:
        return "other";
    }
    return "";
}
std::string text(LicenceModel l) {
    switch (l) {
    case LicenceModel::LicenceIncluded:
        return "licence included";
    case LicenceModel::BringYourOwn:
        return "bring your own";
    case LicenceModel::OpenSource:
        return "open source";
    }
    return "";
}
std::string text(DatabaseEdition e) {
    switch (e) {
    case DatabaseEdition::Standard:
        return "Standard";
    case DatabaseEdition::Enterprise:
        return "Enterprise";
    case DatabaseEdition::Web:
        return "Web";
    case DatabaseEdition::Express:
        return "Express";
    }
    return "";
}
std::string text(Disposition d) { return std::string(dispositionName(d)); }
std::string text(SourceKind k) {
    switch (k) {
    case SourceKind::OnPremises:
        return "on-premises";
    case SourceKind::OtherCloud:
        return "other cloud";
    case SourceKind::Paas:
        return "PaaS";
    }
    return "";
}
template <typename T>
std::string text(const std::optional<T>& v) {
    return v ? text(*v) : std::string("(unset)");
}
std::string text(const std::optional<double>& v) { return v ? num(*v) : std::string("(unset)"); }

template <typename T>
void field(std::vector<FieldChange>& out, const std::string& name, const T& a, const T& b) {
    if (!(a == b)) out.push_back({name, text(a), text(b)});
}
void field(std::vector<FieldChange>& out, const std::string& name, double a, double b) {
    if (!same(a, b)) out.push_back({name, num(a), num(b)});
}
void field(std::vector<FieldChange>& out, const std::string& name, const std::optional<double>& a,
           const std::optional<double>& b) {
    if (a.has_value() != b.has_value() || (a && !same(*a, *b))) out.push_back({name, text(a), text(b)});
}

std::vector<FieldChange> workloadFields(const Workload& a, const Workload& b) {
    std::vector<FieldChange> f;
    field(f, "name", a.name, b.name);
    field(f, "application", a.application, b.application);
    field(f, "environment", a.environment, b.environment);
    field(f, "kind", a.kind, b.kind);
    field(f, "os", a.os, b.os);
    field(f, "vcpu", a.vcpu, b.vcpu);
    field(f, "ramGb", a.ramGb, b.ramGb);
    field(f, "storageGb", a.storageGb, b.storageGb);
    field(f, "cpuUtilP95Pct", a.cpuUtilP95Pct, b.cpuUtilP95Pct);
    field(f, "memUtilP95Pct", a.memUtilP95Pct, b.memUtilP95Pct);
    field(f, "powerState", a.powerState, b.powerState);
    field(f, "database", a.database, b.database);
    field(f, "databaseEdition", a.databaseEdition, b.databaseEdition);
    field(f, "licence", a.licence, b.licence);
    field(f, "standbyToday", a.standbyToday, b.standbyToday);
    field(f, "multiAz", a.multiAz, b.multiAz);
    field(f, "monthlyCostOverrideUsd", a.monthlyCostOverrideUsd, b.monthlyCostOverrideUsd);
    field(f, "host", a.host, b.host);
    field(f, "wave", a.wave, b.wave);
    field(f, "disposition", a.disposition, b.disposition);
    field(f, "mapTagged", a.mapTagged, b.mapTagged);
    field(f, "taggedFromMonth", a.taggedFromMonth, b.taggedFromMonth);
    field(f, "fundedElsewhere", a.fundedElsewhere, b.fundedElsewhere);
    field(f, "fundedElsewhereProgram", a.fundedElsewhereProgram, b.fundedElsewhereProgram);
    return f;
}

// Each id maps to the positions it occurs at; the k-th occurrence in a pairs with the k-th in b.
using Occurrences = std::map<std::string, std::vector<std::size_t>>;
Occurrences occurrences(const std::vector<Workload>& ws) {
    Occurrences o;
    for (std::size_t i = 0; i < ws.size(); ++i) o[ws[i].id].push_back(i);
    return o;
}
std::size_t rankOf(const std::vector<Workload>& ws, std::size_t i) {
    std::size_t k = 0;
    for (std::size_t j = 0; j < i; ++j)
        if (ws[j].id == ws[i].id) ++k;
    return k;
}

} // namespace

ScenarioDiff diffScenarios(const Scenario& a, const Scenario& b) {
    ScenarioDiff d;

    // Registry assumptions, with their uncertainty ranges.
    for (const Assumption& as : assumptions()) {
        const double va = as.get(a), vb = as.get(b);
        const std::optional<Range> ra = rangeOf(a, as), rb = rangeOf(b, as);
        if (same(va, vb) && same(ra, rb)) continue;
        d.assumptions.push_back({std::string(as.key), std::string(as.label), va, vb, ra, rb});
    }

    // Fields outside the registry.
    std::vector<FieldChange>& f = d.fields;
    field(f, "settings.name", a.settings.name, b.settings.name);
    field(f, "settings.customerName", a.settings.customerName, b.settings.customerName);
    field(f, "settings.currencyCode", a.settings.currencyCode, b.settings.currencyCode);
    field(f, "settings.currencySymbol", a.settings.currencySymbol, b.settings.currencySymbol);
    field(f, "settings.startYear", a.settings.startYear, b.settings.startYear);
    field(f, "source.kind", a.source.kind, b.source.kind);
    field(f, "source.provider", a.source.provider, b.source.provider);
    field(f, "aws.region", a.aws.region, b.aws.region);
    field(f, "aws.allowGraviton", a.aws.allowGraviton, b.aws.allowGraviton);
    field(f, "aws.allowBurstable", a.aws.allowBurstable, b.aws.allowBurstable);
    field(f, "aws.mpaFallbackPeaks", a.aws.mpaFallbackPeaks, b.aws.mpaFallbackPeaks);
    field(f, "aws.rdsMultiAzForProduction", a.aws.rdsMultiAzForProduction, b.aws.rdsMultiAzForProduction);
    field(f, "rules.size", static_cast<int>(a.rules.size()), static_cast<int>(b.rules.size()));
    {
        const std::size_t na = a.plan.waves.size(), nb = b.plan.waves.size();
        for (std::size_t i = 0; i < std::max(na, nb); ++i) {
            const std::string p = "plan.waves[" + std::to_string(i) + "]";
            if (i >= na || i >= nb) {
                const Wave& w = i < na ? a.plan.waves[i] : b.plan.waves[i];
                const std::string t = w.name + ": start month " + std::to_string(w.startMonth) + ", " +
                                      std::to_string(w.lengthMonths) + " months, " +
                                      std::to_string(w.dualRunningMonths) + " months dual running";
                f.push_back({p, i < na ? t : "", i < na ? "" : t});
                continue;
            }
            const Wave& wa = a.plan.waves[i];
            const Wave& wb = b.plan.waves[i];
            field(f, p + ".name", wa.name, wb.name);
            field(f, p + ".startMonth", wa.startMonth, wb.startMonth);
            field(f, p + ".lengthMonths", wa.lengthMonths, wb.lengthMonths);
            field(f, p + ".dualRunningMonths", wa.dualRunningMonths, wb.dualRunningMonths);
        }
    }
    field(f, "program.partnerMigrationCompetency", a.program.partnerMigrationCompetency,
          b.program.partnerMigrationCompetency);
    field(f, "program.capIncludesCredits", a.program.capIncludesCredits, b.program.capIncludesCredits);
    {
        // Ranges whose key is not a registry assumption (those are reported with their assumption above).
        auto rangeText = [](const std::optional<Range>& r) {
            return r ? num(r->low) + " / " + num(r->expected) + " / " + num(r->high) : std::string();
        };
        auto lookup = [](const Scenario& s, const std::string& key) -> std::optional<Range> {
            for (const AssumptionRange& r : s.ranges)
                if (r.key == key) return r.range;
            return std::nullopt;
        };
        std::vector<std::string> keys;
        for (const AssumptionRange& r : a.ranges) keys.push_back(r.key);
        for (const AssumptionRange& r : b.ranges) keys.push_back(r.key);
        stableSort(keys, [](const std::string& x, const std::string& y) { return x < y; });
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const std::string& k : keys) {
            if (findAssumption(k)) continue;
            const std::optional<Range> ra = lookup(a, k), rb = lookup(b, k);
            if (!same(ra, rb)) f.push_back({"ranges[" + k + "]", rangeText(ra), rangeText(rb)});
        }
    }

    // Workloads by id.
    const Occurrences inA = occurrences(a.workloads), inB = occurrences(b.workloads);
    for (std::size_t i = 0; i < a.workloads.size(); ++i) {
        const auto it = inB.find(a.workloads[i].id);
        if (it == inB.end() || rankOf(a.workloads, i) >= it->second.size())
            d.workloadsRemoved.push_back(a.workloads[i].id);
    }
    for (std::size_t j = 0; j < b.workloads.size(); ++j) {
        const Workload& wb = b.workloads[j];
        const auto it = inA.find(wb.id);
        const std::size_t k = rankOf(b.workloads, j);
        if (it == inA.end() || k >= it->second.size()) {
            d.workloadsAdded.push_back(wb.id);
            continue;
        }
        const Workload& wa = a.workloads[it->second[k]];
        if (wa == wb) continue;
        std::vector<FieldChange> fields = workloadFields(wa, wb);
        if (!fields.empty()) d.workloadsChanged.push_back({wb.id, std::move(fields)});
    }
    return d;
}

// [SECTION] results -----------------------------------------------------------------------------------------

namespace {

constexpr double kNever = std::numeric_limits<double>::infinity();

struct FigureSpec {
    const char* id;
    const char* label;
    const char* unit;
    bool money;
    double (*value)(const Result&);
    const Trace* (*trace)(const Result&); // nullptr: the engine keeps no trace for this figure
};

double paybackValue(const Result& r) { return r.tco.paybackMonth ? static_cast<double>(*r.tco.paybackMonth) : kNever; }

// Fixed order: also the tie-break order of the ranking.
const FigureSpec kFigures[] = {
    {"projectedArr", "Projected ARR", "USD", true, [](const Result& r) { return r.projectedArrUsd; },
     [](const Result& r) { return &r.traces.projectedArr; }},
    {"funding.total", "Total funding", "USD", true, [](const Result& r) { return r.funding.totalUsd; },
     [](const Result& r) { return &r.traces.totalFunding; }},
    {"funding.assess", "Assess funding", "USD", true, [](const Result& r) { return r.funding.assess.amountUsd; },
     [](const Result& r) { return &r.traces.assess; }},
    {"funding.mobilize", "Mobilize funding", "USD", true, [](const Result& r) { return r.funding.mobilize.amountUsd; },
     [](const Result& r) { return &r.traces.mobilize; }},
    {"funding.credits", "MAP credits received", "USD", true, [](const Result& r) { return r.funding.creditsUsd; },
     [](const Result& r) { return &r.traces.credits; }},
    {"funding.training", "Training allowance", "USD", true, [](const Result& r) { return r.funding.trainingUsd; },
     nullptr},
    {"leftOnTable", "Funding left on the table", "USD", true,
     [](const Result& r) { return r.funding.leftOnTable.totalUsd; }, nullptr},
    {"npv", "NPV", "USD", true, [](const Result& r) { return r.tco.npvUsd; },
     [](const Result& r) { return &r.traces.npv; }},
    {"horizonSavings", "Horizon savings", "USD", true, [](const Result& r) { return r.tco.horizonSavingsUsd; },
     nullptr},
    {"netMigrationCost", "Net migration cost", "USD", true, [](const Result& r) { return r.tco.netMigrationCostUsd; },
     nullptr},
    {"verdict", "Eligibility verdict", "level", false,
     [](const Result& r) { return verdictLevel(r.eligibility.verdict); }, nullptr},
    {"payback", "Payback month", "month", false, paybackValue, [](const Result& r) { return &r.traces.payback; }},
    {"runRateSavings", "Run-rate savings", "%", false, [](const Result& r) { return r.tco.runRateSavingsPct; },
     [](const Result& r) { return &r.traces.runRateSavings; }},
};

std::string figureText(const FigureSpec& f, double v) {
    const std::string unit = f.unit;
    if (unit == "USD") return formatUsd(v);
    if (unit == "month") return std::isinf(v) ? std::string("never") : "month " + formatNumber(v);
    if (unit == "%") return formatPct(v);
    if (unit == "level") {
        if (v > 0.0 && v < 1.0) return std::string(verdictName(Verdict::Borderline));
        const int level = static_cast<int>(v);
        return std::string(verdictName(level <= 0   ? Verdict::NotEligible
                                       : level == 1 ? Verdict::MapLite
                                                    : Verdict::Map));
    }
    return formatNumber(v);
}

} // namespace

ResultDiff diffResults(const Result& a, const Result& b, int tracedMovers, bool includeUnchanged) {
    ResultDiff d;
    if (!a.ok() || !b.ok()) {
        d.comparable = false;
        return d;
    }
    d.verdictBefore = a.eligibility.verdict;
    d.verdictAfter = b.eligibility.verdict;
    std::vector<std::pair<std::size_t, FigureMove>> moves; // figure index for the tie-break
    for (std::size_t i = 0; i < std::size(kFigures); ++i) {
        const FigureSpec& spec = kFigures[i];
        const double va = spec.value(a), vb = spec.value(b);
        const bool moved = !same(va, vb);
        if (!moved && !includeUnchanged) continue;
        FigureMove m;
        m.id = spec.id;
        m.label = spec.label;
        m.unit = spec.unit;
        m.before = va;
        m.after = vb;
        m.delta = moved ? vb - va : 0.0;
        m.beforeText = figureText(spec, va);
        m.afterText = figureText(spec, vb);
        m.money = spec.money;
        moves.emplace_back(i, std::move(m));
    }
    stableSort(moves, [](const auto& x, const auto& y) {
        if (x.second.money != y.second.money) return x.second.money;
        if (x.second.money) {
            const double ax = std::fabs(x.second.delta), ay = std::fabs(y.second.delta);
            if (ax != ay) return ax > ay;
        }
        return x.first < y.first;
    });
    int traced = 0;
    for (auto& [index, m] : moves) {
        if (traced < tracedMovers && m.delta != 0.0 && kFigures[index].trace) {
            m.hasTrace = true;
            m.traceBefore = *kFigures[index].trace(a);
            m.traceAfter = *kFigures[index].trace(b);
            ++traced;
        }
        d.moved.push_back(std::move(m));
    }
    return d;
}

std::string moveText(const FigureMove& m) {
    std::string t = m.label + ": " + m.beforeText + " -> " + m.afterText;
    if (m.money && m.delta != 0.0) t += " (" + std::string(m.delta > 0.0 ? "+" : "") + formatUsd(m.delta) + ")";
    return t;
}

} // namespace est::model
