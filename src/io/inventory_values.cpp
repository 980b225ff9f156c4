// io/inventory_values.cpp - reading single inventory cells: booleans, power states, environments, engines.
#include "io/inventory_values.hpp"

#include "formats/text.hpp"

namespace est::io {

std::string_view cellAt(const std::vector<std::string>& row, int index) {
    if (index < 0 || static_cast<std::size_t>(index) >= row.size()) return {};
    return row[static_cast<std::size_t>(index)];
}

std::optional<bool> parseBool(std::string_view s) {
    s = formats::text::trim(s);
    if (s.empty()) return false;
    for (std::string_view t : {"true", "yes", "y", "1", "x"})
        if (formats::text::equalsIgnoreCase(s, t)) return true;
    for (std::string_view f : {"false", "no", "n", "0"})
        if (formats::text::equalsIgnoreCase(s, f)) return false;
    return std::nullopt;
}

std::optional<model::PowerState> parsePowerState(std::string_view s) {
    s = formats::text::trim(s);
    for (std::string_view on : {"poweredon", "powered on", "on", "running", "up", "active"})
        if (formats::text::equalsIgnoreCase(s, on)) return model::PowerState::On;
    for (std::string_view off : {"poweredoff", "powered off", "off", "stopped", "down", "inactive"})
        if (formats::text::equalsIgnoreCase(s, off)) return model::PowerState::Off;
    for (std::string_view sus : {"suspended", "paused"})
        if (formats::text::equalsIgnoreCase(s, sus)) return model::PowerState::Suspended;
    return std::nullopt;
}

std::optional<model::Environment> parseEnvironment(std::string_view s) {
    const std::string whole = formats::text::normalizeHeader(s);
    if (whole.empty()) return std::nullopt;
    // "non-prod", "pre-production": the prefix decides before the word "prod" is seen.
    if (whole.rfind("non", 0) == 0 || whole.rfind("pre", 0) == 0) return model::Environment::NonProduction;
    // Word by word, so "website" never reads as "sit" and "product-x" is not production by accident.
    const std::string low = formats::text::lower(s);
    std::size_t i = 0;
    std::optional<model::Environment> found;
    while (i < low.size()) {
        while (i < low.size() && !((low[i] >= 'a' && low[i] <= 'z') || (low[i] >= '0' && low[i] <= '9'))) ++i;
        std::size_t j = i;
        while (j < low.size() && ((low[j] >= 'a' && low[j] <= 'z') || (low[j] >= '0' && low[j] <= '9'))) ++j;
        const std::string_view word = std::string_view(low).substr(i, j - i);
        i = j;
        if (word.empty()) continue;
        for (std::string_view w : {"dev", "test", "tst", "qa", "uat", "stag", "sandbox", "nonprod", "preprod"})
            if (word.rfind(w, 0) == 0) return model::Environment::NonProduction;
        for (std::string_view w : {"np", "sit", "lab", "poc", "demo", "training", "nprd"})
            if (word == w) return model::Environment::NonProduction;
        if (word.rfind("prod", 0) == 0 || word == "prd" || word == "live") found = model::Environment::Production;
    }
    return found;
}

std::optional<model::DatabaseEngine> parseDatabaseEngine(std::string_view s) {
    const std::string n = formats::text::normalizeHeader(s);
    if (n.empty() || n == "none" || n == "no" || n == "na") return model::DatabaseEngine::None;
    if (n.find("mssql") != std::string::npos || n.find("sqlserver") != std::string::npos)
        return model::DatabaseEngine::SqlServer;
    if (n.find("oracle") != std::string::npos) return model::DatabaseEngine::Oracle;
    if (n.find("postgres") != std::string::npos) return model::DatabaseEngine::PostgreSql;
    if (n.find("mysql") != std::string::npos || n.find("mariadb") != std::string::npos ||
        n.find("aurora") != std::string::npos)
        return model::DatabaseEngine::MySql;
    if (n.find("db2") != std::string::npos || n.find("mongo") != std::string::npos ||
        n.find("sybase") != std::string::npos || n.find("database") != std::string::npos ||
        n.find("other") != std::string::npos)
        return model::DatabaseEngine::Other;
    return std::nullopt;
}

std::optional<model::DatabaseEdition> parseDatabaseEdition(std::string_view s) {
    const std::string n = formats::text::normalizeHeader(s);
    auto has = [&](const char* w) { return n.find(w) != std::string::npos; };
    if (has("enterprise") || n.ends_with("ee")) return model::DatabaseEdition::Enterprise;
    if (has("express") || has("developer")) return model::DatabaseEdition::Express;
    if (has("web")) return model::DatabaseEdition::Web;
    if (has("standard") || n.ends_with("se") || n.ends_with("se2")) return model::DatabaseEdition::Standard;
    return std::nullopt;
}

std::optional<model::LicenceModel> parseLicenceModel(std::string_view s) {
    const std::string n = formats::text::normalizeHeader(s);
    if (n.empty()) return std::nullopt;
    if (n == "li" || n.find("included") != std::string::npos) return model::LicenceModel::LicenceIncluded;
    if (n.find("byol") != std::string::npos || n.find("bringyourown") != std::string::npos)
        return model::LicenceModel::BringYourOwn;
    if (n == "oss" || n.find("opensource") != std::string::npos) return model::LicenceModel::OpenSource;
    return std::nullopt;
}

std::string tagValue(std::string_view tags, std::initializer_list<std::string_view> keys) {
    std::size_t pos = 0;
    while (pos <= tags.size()) {
        std::size_t end = tags.find_first_of(",;", pos);
        if (end == std::string_view::npos) end = tags.size();
        const std::string_view item = formats::text::trim(tags.substr(pos, end - pos));
        const std::size_t colon = item.find_first_of(":=");
        if (colon != std::string_view::npos) {
            const std::string_view key = formats::text::trim(item.substr(0, colon));
            for (std::string_view k : keys)
                if (formats::text::equalsIgnoreCase(key, k))
                    return std::string(formats::text::trim(item.substr(colon + 1)));
        }
        pos = end + 1;
    }
    return {};
}

double toGb(double amount, SizeUnit unit) {
    switch (unit) {
    case SizeUnit::Kib:
        return amount / (1024.0 * 1024.0);
    case SizeUnit::Mib:
        return amount / 1024.0;
    case SizeUnit::Gib:
        return amount;
    case SizeUnit::Tib:
        return amount * 1024.0;
    }
    return amount;
}

} // namespace est::io
