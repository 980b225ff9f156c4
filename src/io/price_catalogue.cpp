// io/price_catalogue.cpp - reads and writes the price catalogue file (docs/price-catalogue.md).
#include "io/price_catalogue.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "io/json_values.hpp"
#include "io/json_writer.hpp"

#include "embedded_assets.hpp"
#include "model/stable_sort.hpp"

namespace est::io {
namespace {

using model::Ec2Os;
using model::RdsDeployment;
using model::RdsEngine;
using json = formats::JsonValue;

constexpr const char* kOsKeys[model::kEc2OsCount] = {"linux",
                                                     "windows",
                                                     "rhel",
                                                     "suse",
                                                     "windows-sql-web",
                                                     "windows-sql-standard",
                                                     "windows-sql-enterprise",
                                                     "linux-sql-web",
                                                     "linux-sql-standard",
                                                     "linux-sql-enterprise"};
constexpr const char* kEngineKeys[model::kRdsEngineCount] = {"mysql",        "postgresql",    "mariadb",
                                                             "sqlserver-ex", "sqlserver-web", "sqlserver-se",
                                                             "sqlserver-ee", "oracle-se2",    "oracle-byol"};
// A file from a bad generator could name thousands of unknown types; the first ones say enough.
constexpr std::size_t kMaxProblems = 50;

std::string str(const json& o, const char* key) { return jsonString(o, key); }
std::optional<double> num(const json& o, const char* key) { return jsonNumber(o, key); }

bool flag(const json& o, const char* key) {
    const json* v = o.find(key);
    return v != nullptr && v->isBool() && v->asBool();
}

struct Reader {
    std::vector<formats::InputProblem>& problems;
    model::PriceCatalogue& c;
    std::map<std::string, int, std::less<>> index;

    void problem(std::string where, std::string message) {
        if (problems.size() < kMaxProblems)
            problems.push_back({std::move(where), std::move(message)});
        else if (problems.size() == kMaxProblems)
            problems.push_back({"catalogue", "more problems not listed"});
    }

    bool provenance(const json& o, const std::string& where, model::TableProvenance& p) {
        p.asOf = str(o, "asOf");
        p.source = str(o, "source");
        p.olderTable = flag(o, "olderTable");
        p.derivation = str(o, "derivation");
        if (p.asOf.empty() || p.source.empty()) {
            problem(where, "needs \"asOf\" and \"source\"");
            return false;
        }
        return true;
    }

    void instances(const json& arr) {
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const json& e = arr[i];
            const std::string where = "instances[" + std::to_string(i) + "]";
            const std::string type = e.isObject() ? str(e, "type") : std::string();
            const double vcpu = e.isObject() ? num(e, "vcpu").value_or(0.0) : 0.0;
            const double mem = e.isObject() ? num(e, "memoryGib").value_or(0.0) : 0.0;
            if (type.empty() || vcpu < 1.0 || mem <= 0.0) {
                problem(where, "needs \"type\", \"vcpu\" >= 1 and \"memoryGib\" > 0");
                continue;
            }
            if (index.count(type) != 0) {
                problem(where, "type " + type + " is listed twice");
                continue;
            }
            model::InstanceSpec s;
            s.type = type;
            s.family = str(e, "family");
            s.vcpu = static_cast<int>(std::min(vcpu, 1e6));
            s.memoryGib = mem;
            const std::string arch = str(e, "arch");
            if (arch == "arm64")
                s.arch = model::CpuArch::Arm64;
            else if (!arch.empty() && arch != "x86_64")
                problem(where + ".arch", "\"" + arch + "\" is not x86_64 or arm64");
            s.burstBaselinePct = std::clamp(num(e, "burstBaselinePct").value_or(0.0), 0.0, 1.0);
            s.bareMetal = flag(e, "bareMetal");
            index.emplace(type, static_cast<int>(c.instances.size()));
            c.instances.push_back(std::move(s));
        }
    }

    // Fills `t` from a table object; false when the table has no usable rate.
    bool rates(const json& o, const std::string& where, bool rds, model::RateTable& t) {
        if (!provenance(o, where, t.provenance)) return false;
        const json* it = o.find("usdPerHour");
        if (it == nullptr || !it->isObject()) {
            problem(where + ".usdPerHour", "missing or not an object of type -> hourly price");
            return false;
        }
        for (const formats::JsonMember& r : it->members()) {
            std::string_view type = r.key;
            if (rds) {
                if (type.substr(0, 3) != "db.") {
                    problem(where + ".usdPerHour." + r.key, "an RDS class starts with \"db.\"");
                    continue;
                }
                type.remove_prefix(3);
            }
            auto spec = index.find(type);
            if (spec == index.end()) {
                problem(where + ".usdPerHour." + r.key, "no instance spec of that type");
                continue;
            }
            const double v = r.value.isNumber() ? r.value.asDouble() : -1.0;
            if (!std::isfinite(v) || v <= 0.0) {
                problem(where + ".usdPerHour." + r.key, "not a positive number");
                continue;
            }
            t.rates.push_back({spec->second, v});
        }
        if (t.rates.empty()) problem(where, "no usable rate");
        return !t.rates.empty();
    }

    std::optional<model::StorageRate> storage(const json& region, const char* key, const std::string& where) {
        const json* it = region.find(key);
        if (it == nullptr) return std::nullopt;
        model::StorageRate s;
        const auto v = it->isObject() ? num(*it, "usdPerGbMonth") : std::nullopt;
        if (!v || *v < 0.0) {
            problem(where + "." + key, "needs \"usdPerGbMonth\" >= 0");
            return std::nullopt;
        }
        s.usdPerGbMonth = *v;
        if (!provenance(*it, where + "." + key, s.provenance)) return std::nullopt;
        return s;
    }

    void region(const json& e, const std::string& where) {
        model::RegionPrices r;
        r.code = e.isObject() ? str(e, "code") : std::string();
        if (r.code.empty()) {
            problem(where + ".code", "missing: a region needs its AWS code (\"eu-west-1\")");
            return;
        }
        if (c.region(r.code) != nullptr) {
            problem(where, "region " + r.code + " is listed twice");
            return;
        }
        r.name = str(e, "name");
        if (const json* it = e.find("ec2"); it != nullptr && it->isArray()) {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const json& t = (*it)[i];
                const std::string tw = where + ".ec2[" + std::to_string(i) + "]";
                const auto os = t.isObject() ? parseEc2OsKey(str(t, "os")) : std::nullopt;
                if (!os) {
                    problem(tw + ".os", "not a known operating system key");
                    continue;
                }
                if (r.ec2For(*os) != nullptr) {
                    problem(tw, std::string("a second table for ") + kOsKeys[static_cast<int>(*os)]);
                    continue;
                }
                model::Ec2Table table;
                table.os = *os;
                if (rates(t, tw, false, table)) r.ec2.push_back(std::move(table));
            }
        }
        if (const json* it = e.find("rds"); it != nullptr && it->isArray()) {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const json& t = (*it)[i];
                const std::string tw = where + ".rds[" + std::to_string(i) + "]";
                model::RdsTable table;
                const auto engine = t.isObject() ? parseRdsEngineKey(str(t, "engine")) : std::nullopt;
                const auto deployment = t.isObject() ? parseRdsDeploymentKey(str(t, "deployment")) : std::nullopt;
                if (!engine.has_value() || !deployment.has_value()) {
                    problem(tw, "needs a known \"engine\" and \"deployment\" (single-az, multi-az)");
                    continue;
                }
                table.engine = engine.value();
                table.deployment = deployment.value();
                if (r.rdsFor(table.engine, table.deployment) != nullptr) {
                    problem(tw, "a second table for that engine and deployment");
                    continue;
                }
                if (rates(t, tw, true, table)) r.rds.push_back(std::move(table));
            }
        }
        r.ebsGp3 = storage(e, "ebsGp3", where);
        r.rdsStorage = storage(e, "rdsStorage", where);
        c.regions.push_back(std::move(r));
    }
};

} // namespace

const char* ec2OsKey(Ec2Os os) { return kOsKeys[static_cast<int>(os)]; }
const char* rdsEngineKey(RdsEngine engine) { return kEngineKeys[static_cast<int>(engine)]; }
const char* rdsDeploymentKey(RdsDeployment d) { return d == RdsDeployment::MultiAz ? "multi-az" : "single-az"; }

std::optional<Ec2Os> parseEc2OsKey(std::string_view key) {
    for (int i = 0; i < model::kEc2OsCount; ++i)
        if (key == kOsKeys[i]) return static_cast<Ec2Os>(i);
    return std::nullopt;
}

std::optional<RdsEngine> parseRdsEngineKey(std::string_view key) {
    for (int i = 0; i < model::kRdsEngineCount; ++i)
        if (key == kEngineKeys[i]) return static_cast<RdsEngine>(i);
    return std::nullopt;
}

std::optional<RdsDeployment> parseRdsDeploymentKey(std::string_view key) {
    if (key == "single-az") return RdsDeployment::SingleAz;
    if (key == "multi-az") return RdsDeployment::MultiAz;
    return std::nullopt;
}

CatalogueLoad readPriceCatalogue(std::string_view bytes) {
    CatalogueLoad out;
    formats::JsonParseResult parsed = formats::parseJson(bytes);
    if (!parsed.ok) {
        out.problems.push_back(
            {"line " + std::to_string(parsed.error.line),
             "not valid JSON: a price catalogue is a JSON file (docs/price-catalogue.md): " + parsed.error.message});
        return out;
    }
    const json& j = parsed.value;
    if (!j.isObject() || str(j, "format") != kPriceCatalogueFormat) {
        out.problems.push_back(
            {"format", std::string("not a price catalogue: \"format\" must be \"") + kPriceCatalogueFormat + "\""});
        return out;
    }
    const auto version = num(j, "version");
    if (!version || *version < 1 || *version > kPriceCatalogueVersion) {
        out.problems.push_back(
            {"version", "version " + (version ? std::to_string(static_cast<int>(*version)) : std::string("missing")) +
                            "; this program reads version " + std::to_string(kPriceCatalogueVersion)});
        return out;
    }
    model::PriceCatalogue c;
    Reader rd{out.problems, c, {}};
    c.currency = str(j, "currency");
    if (c.currency.empty()) c.currency = "USD";
    if (c.currency != "USD") {
        out.problems.push_back({"currency", "rates must be in USD, got " + c.currency});
        return out;
    }
    c.generated = str(j, "generated");
    c.generator = str(j, "generator");
    c.source = str(j, "source");
    c.disclaimer = str(j, "disclaimer");
    c.excluded = str(j, "excluded");
    if (const json* it = j.find("instances"); it != nullptr && it->isArray()) rd.instances(*it);
    if (c.instances.empty()) {
        out.problems.push_back({"instances", "no usable instance spec"});
        return out;
    }
    if (const json* it = j.find("regions"); it != nullptr && it->isArray())
        for (std::size_t i = 0; i < it->size(); ++i) rd.region((*it)[i], "regions[" + std::to_string(i) + "]");
    if (c.regions.empty()) {
        out.problems.push_back({"regions", "the catalogue carries no region (each needs a \"code\")"});
        return out;
    }
    bool anyRate = false;
    for (const model::RegionPrices& r : c.regions) anyRate = anyRate || !r.ec2.empty() || !r.rds.empty();
    if (!anyRate) {
        out.problems.push_back({"regions", "no usable rate in any table"});
        return out;
    }
    if (const json* it = j.find("available"); it != nullptr && it->isArray()) {
        for (std::size_t i = 0; i < it->size(); ++i) {
            const json& e = (*it)[i];
            model::RegionRef ref{e.isObject() ? str(e, "code") : "", e.isObject() ? str(e, "name") : "",
                                 e.isObject() ? str(e, "file") : ""};
            if (ref.code.empty())
                rd.problem("available[" + std::to_string(i) + "].code", "missing");
            else
                c.available.push_back(std::move(ref));
        }
    }
    // Every loaded region is available, with no file to fetch.
    for (const model::RegionPrices& r : c.regions) {
        auto known = std::find_if(c.available.begin(), c.available.end(),
                                  [&](const model::RegionRef& a) { return a.code == r.code; });
        if (known == c.available.end())
            c.available.push_back({r.code, r.name, ""});
        else
            known->file.clear();
    }
    model::sortRates(c);
    out.catalogue = std::move(c);
    return out;
}

namespace {

// The file keeps the layout nlohmann::json's dump(2) gave it: every object's keys in byte order (nlohmann's
// object was a sorted map), so a catalogue written now is byte for byte the one written before.

// A table's provenance members that sort before its "os" and "source": asOf, derivation, olderTable.
void provenanceHead(JsonWriter& w, const model::TableProvenance& p) {
    w.field("asOf", p.asOf);
    if (!p.derivation.empty()) w.field("derivation", p.derivation);
    if (p.olderTable) w.field("olderTable", true);
}

void writeRates(JsonWriter& w, const model::PriceCatalogue& c, const model::RateTable& t, const char* prefix) {
    std::map<std::string, double> byType; // by type name; a type given twice keeps its last rate
    for (const model::InstanceRate& r : t.rates)
        if (r.spec >= 0 && static_cast<std::size_t>(r.spec) < c.instances.size())
            byType[prefix + c.instances[static_cast<std::size_t>(r.spec)].type] = r.usdPerHour;
    w.beginObject("usdPerHour");
    for (const auto& [type, rate] : byType) w.field(type, rate);
    w.endObject();
}

void writeStorage(JsonWriter& w, const char* key, const std::optional<model::StorageRate>& s) {
    if (!s) return;
    w.beginObject(key);
    provenanceHead(w, s->provenance);
    w.field("source", s->provenance.source);
    w.field("usdPerGbMonth", s->usdPerGbMonth);
    w.endObject();
}

} // namespace

std::string writePriceCatalogue(const model::PriceCatalogue& c) {
    JsonWriter w(2);
    w.beginObject();
    w.beginArray("available");
    for (const model::RegionRef& r : c.available)
        w.beginObject().field("code", r.code).field("file", r.file).field("name", r.name).endObject();
    w.endArray();
    w.field("currency", c.currency).field("disclaimer", c.disclaimer).field("excluded", c.excluded);
    w.field("format", kPriceCatalogueFormat).field("generated", c.generated).field("generator", c.generator);
    w.beginArray("instances");
    for (const model::InstanceSpec& s : c.instances) {
        w.beginObject().field("arch", s.arch == model::CpuArch::Arm64 ? "arm64" : "x86_64");
        if (s.bareMetal) w.field("bareMetal", true);
        if (s.burstable()) w.field("burstBaselinePct", s.burstBaselinePct);
        w.field("family", s.family).field("memoryGib", s.memoryGib).field("type", s.type).field("vcpu", s.vcpu);
        w.endObject();
    }
    w.endArray();
    w.beginArray("regions");
    for (const model::RegionPrices& r : c.regions) {
        w.beginObject().field("code", r.code);
        writeStorage(w, "ebsGp3", r.ebsGp3);
        std::vector<const model::Ec2Table*> ec2;
        for (const model::Ec2Table& t : r.ec2) ec2.push_back(&t);
        model::stableSort(ec2, [](auto* a, auto* b) { return a->os < b->os; });
        w.beginArray("ec2");
        for (const model::Ec2Table* t : ec2) {
            w.beginObject();
            provenanceHead(w, t->provenance);
            w.field("os", ec2OsKey(t->os));
            w.field("source", t->provenance.source);
            writeRates(w, c, *t, "");
            w.endObject();
        }
        w.endArray();
        w.field("name", r.name);
        std::vector<const model::RdsTable*> rds;
        for (const model::RdsTable& t : r.rds) rds.push_back(&t);
        model::stableSort(rds, [](auto* a, auto* b) {
            return a->engine != b->engine ? a->engine < b->engine : a->deployment < b->deployment;
        });
        w.beginArray("rds");
        for (const model::RdsTable* t : rds) {
            w.beginObject();
            w.field("asOf", t->provenance.asOf);
            w.field("deployment", rdsDeploymentKey(t->deployment));
            if (!t->provenance.derivation.empty()) w.field("derivation", t->provenance.derivation);
            w.field("engine", rdsEngineKey(t->engine));
            if (t->provenance.olderTable) w.field("olderTable", true);
            w.field("source", t->provenance.source);
            writeRates(w, c, *t, "db.");
            w.endObject();
        }
        w.endArray();
        writeStorage(w, "rdsStorage", r.rdsStorage);
        w.endObject();
    }
    w.endArray();
    w.field("source", c.source).field("version", kPriceCatalogueVersion);
    w.endObject();
    return w.take() + "\n";
}

std::shared_ptr<const model::PriceCatalogue> embeddedCatalogue() {
    static const std::shared_ptr<const model::PriceCatalogue> kCatalogue = [] {
        const auto bytes = est::assets::find("price-catalogue.json");
        CatalogueLoad load = readPriceCatalogue(bytes.value_or(std::string_view()));
        return load.catalogue ? std::make_shared<const model::PriceCatalogue>(std::move(*load.catalogue)) : nullptr;
    }();
    return kCatalogue;
}

} // namespace est::io
