// model/catalogue.cpp - look-ups, merging and ordering of the AWS price catalogue.
#include "model/catalogue.hpp"
#include "model/stable_sort.hpp"

#include <algorithm>
#include <utility>

namespace est::model {

std::optional<double> RateTable::rateOf(int spec) const {
    for (const InstanceRate& r : rates)
        if (r.spec == spec) return r.usdPerHour;
    return std::nullopt;
}

const Ec2Table* RegionPrices::ec2For(Ec2Os os) const {
    for (const Ec2Table& t : ec2)
        if (t.os == os) return &t;
    return nullptr;
}

const RdsTable* RegionPrices::rdsFor(RdsEngine engine, RdsDeployment deployment) const {
    for (const RdsTable& t : rds)
        if (t.engine == engine && t.deployment == deployment) return &t;
    return nullptr;
}

const RegionPrices* PriceCatalogue::region(std::string_view code) const {
    for (const RegionPrices& r : regions)
        if (r.code == code) return &r;
    return nullptr;
}

int PriceCatalogue::findInstance(std::string_view type) const {
    for (std::size_t i = 0; i < instances.size(); ++i)
        if (instances[i].type == type) return static_cast<int>(i);
    return -1;
}

std::string PriceCatalogue::regionName(std::string_view code) const {
    for (const RegionRef& r : available)
        if (r.code == code && !r.name.empty()) return r.name;
    for (const RegionPrices& r : regions)
        if (r.code == code && !r.name.empty()) return r.name;
    return std::string(code);
}

namespace {

void sortTable(RateTable& t) {
    stableSort(t.rates, [](const InstanceRate& a, const InstanceRate& b) {
        return a.usdPerHour != b.usdPerHour ? a.usdPerHour < b.usdPerHour : a.spec < b.spec;
    });
}

} // namespace

void sortRates(PriceCatalogue& catalogue) {
    for (RegionPrices& r : catalogue.regions) {
        for (Ec2Table& t : r.ec2) sortTable(t);
        for (RdsTable& t : r.rds) sortTable(t);
    }
}

std::shared_ptr<const PriceCatalogue> withRegionsOf(const std::shared_ptr<const PriceCatalogue>& base,
                                                    const PriceCatalogue& from) {
    PriceCatalogue merged = base ? *base : PriceCatalogue{};
    mergeRegions(merged, from);
    return std::make_shared<const PriceCatalogue>(std::move(merged));
}

void mergeRegions(PriceCatalogue& into, const PriceCatalogue& from) {
    std::vector<int> remap(from.instances.size(), -1);
    for (std::size_t i = 0; i < from.instances.size(); ++i) {
        int at = into.findInstance(from.instances[i].type);
        if (at < 0) {
            at = static_cast<int>(into.instances.size());
            into.instances.push_back(from.instances[i]);
        }
        remap[i] = at;
    }
    auto remapTable = [&](RateTable& t) {
        for (InstanceRate& r : t.rates)
            r.spec = r.spec >= 0 && static_cast<std::size_t>(r.spec) < remap.size()
                         ? remap[static_cast<std::size_t>(r.spec)]
                         : -1;
        std::erase_if(t.rates, [](const InstanceRate& r) { return r.spec < 0; });
        sortTable(t);
    };
    for (RegionPrices region : from.regions) {
        for (Ec2Table& t : region.ec2) remapTable(t);
        for (RdsTable& t : region.rds) remapTable(t);
        auto same = [&](const RegionPrices& r) { return r.code == region.code; };
        std::erase_if(into.regions, same);
        bool known = false;
        for (RegionRef& ref : into.available)
            if (ref.code == region.code) {
                ref.file.clear();
                if (ref.name.empty()) ref.name = region.name;
                known = true;
            }
        if (!known) into.available.push_back({region.code, region.name, ""});
        into.regions.push_back(std::move(region));
    }
}

const char* ec2OsName(Ec2Os os) {
    switch (os) {
    case Ec2Os::Linux:
        return "Linux";
    case Ec2Os::Windows:
        return "Windows";
    case Ec2Os::Rhel:
        return "Red Hat Enterprise Linux";
    case Ec2Os::Suse:
        return "SUSE Linux Enterprise Server";
    case Ec2Os::WindowsSqlWeb:
        return "Windows + SQL Server Web";
    case Ec2Os::WindowsSqlStandard:
        return "Windows + SQL Server Standard";
    case Ec2Os::WindowsSqlEnterprise:
        return "Windows + SQL Server Enterprise";
    case Ec2Os::LinuxSqlWeb:
        return "Linux + SQL Server Web";
    case Ec2Os::LinuxSqlStandard:
        return "Linux + SQL Server Standard";
    case Ec2Os::LinuxSqlEnterprise:
        return "Linux + SQL Server Enterprise";
    }
    return "?";
}

const char* rdsEngineName(RdsEngine engine) {
    switch (engine) {
    case RdsEngine::MySql:
        return "RDS for MySQL";
    case RdsEngine::PostgreSql:
        return "RDS for PostgreSQL";
    case RdsEngine::MariaDb:
        return "RDS for MariaDB";
    case RdsEngine::SqlServerExpress:
        return "RDS for SQL Server Express";
    case RdsEngine::SqlServerWeb:
        return "RDS for SQL Server Web";
    case RdsEngine::SqlServerStandard:
        return "RDS for SQL Server Standard";
    case RdsEngine::SqlServerEnterprise:
        return "RDS for SQL Server Enterprise";
    case RdsEngine::OracleSe2LicenceIncluded:
        return "RDS for Oracle SE2 (licence included)";
    case RdsEngine::OracleByol:
        return "RDS for Oracle (bring your own licence)";
    }
    return "?";
}

const char* rdsDeploymentName(RdsDeployment deployment) {
    return deployment == RdsDeployment::MultiAz ? "Multi-AZ" : "Single-AZ";
}

} // namespace est::model
