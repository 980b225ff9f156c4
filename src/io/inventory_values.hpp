// io/inventory_values.hpp - reading single inventory cells: booleans, power states, environments, engines.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/scenario.hpp"

namespace est::io {

/// The cell at `index` of a row, or "" when the index is -1 or past the row's end (ragged rows).
std::string_view cellAt(const std::vector<std::string>& row, int index);

/// "True"/"TRUE"/"true"/"yes"/"y"/"1" -> true, "False"/"no"/"n"/"0"/"" -> false, anything else -> nothing.
std::optional<bool> parseBool(std::string_view s);
/// "poweredOn"/"on"/"running" -> On, "poweredOff"/"off"/"stopped" -> Off, "suspended" -> Suspended.
std::optional<model::PowerState> parsePowerState(std::string_view s);
/// "prod"/"production"/"prd"/"live" -> Production; "dev"/"test"/"qa"/"uat"/"staging"/"non-prod"/... ->
/// NonProduction; anything else -> nothing.
std::optional<model::Environment> parseEnvironment(std::string_view s);
/// Database engine named in free text ("SQL Server 2019 Standard", "postgres", "Oracle 19c", "none").
std::optional<model::DatabaseEngine> parseDatabaseEngine(std::string_view s);
/// Edition named in the same text ("SQL Server 2019 Enterprise", "Oracle SE2", "web", "express",
/// "developer" = free like Express); nothing when the text names none (the workload keeps Standard).
std::optional<model::DatabaseEdition> parseDatabaseEdition(std::string_view s);
/// Licence model: "licence included"/"li", "byol"/"bring your own", "open source"/"oss".
std::optional<model::LicenceModel> parseLicenceModel(std::string_view s);
/// Reads "env:prod, app:crm" style tag lists: the value of the first tag whose key is one of `keys`.
std::string tagValue(std::string_view tags, std::initializer_list<std::string_view> keys);

/// Size units inventory columns use. MB in these exports means MiB (RVTools 3.x, AWS, Azure: 1024-based).
enum class SizeUnit { Kib, Mib, Gib, Tib };
/// Converts an amount in `unit` to GB (the model's GiB-based GB): MiB / 1024 etc.
double toGb(double amount, SizeUnit unit);

} // namespace est::io
