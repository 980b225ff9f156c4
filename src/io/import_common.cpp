// io/import_common.cpp - helpers the inventory importers share (internal to est_io).
#include "io/import_common.hpp"

#include "model/assumptions.hpp"

#include <cmath>

namespace est::io::detail {

std::optional<double> parseNumberEither(std::string_view s, formats::text::NumberStyle style) {
    if (auto v = formats::text::parseNumber(s, style)) return v;
    return formats::text::parseNumber(s, style == formats::text::NumberStyle::DecimalPoint
                                             ? formats::text::NumberStyle::DecimalComma
                                             : formats::text::NumberStyle::DecimalPoint);
}

int lineOf(const formats::Table& table, std::size_t i) {
    if (i < table.rowLines.size()) return table.rowLines[i];
    return static_cast<int>(i) + 2;
}

std::string whereOf(const formats::Table& table, std::size_t i) { return "line " + std::to_string(lineOf(table, i)); }

int findColumn(const std::vector<std::string>& normalizedHeader, std::initializer_list<std::string_view> names) {
    for (std::string_view name : names)
        for (std::size_t i = 0; i < normalizedHeader.size(); ++i)
            if (normalizedHeader[i] == name) return static_cast<int>(i);
    return -1;
}

std::vector<std::string> normalizeAll(const std::vector<std::string>& header) {
    std::vector<std::string> out;
    out.reserve(header.size());
    for (const std::string& h : header) out.push_back(formats::text::normalizeHeader(h));
    return out;
}

std::string quoted(std::string_view cell) {
    std::string c = formats::text::sanitizeUtf8(cell.size() > 40 ? cell.substr(0, 40) : cell);
    if (cell.size() > 40) c += "...";
    return "'" + c + "'";
}

std::string workloadBoundProblem(const ImportedWorkload& iw) {
    const model::Workload& w = iw.workload;
    struct Check {
        WorkloadField field;
        const model::FieldBound& bound;
        double value;
    };
    const Check checks[] = {
        {WorkloadField::Vcpu, model::bounds::kWorkloadVcpu, static_cast<double>(w.vcpu)},
        {WorkloadField::RamGb, model::bounds::kWorkloadRamGb, w.ramGb},
        {WorkloadField::StorageGb, model::bounds::kWorkloadStorageGb, w.storageGb},
        {WorkloadField::MonthlyCost, model::bounds::kWorkloadMonthlyCostUsd, w.monthlyCostOverrideUsd.value_or(0.0)},
        {WorkloadField::Wave, model::bounds::kWaveCount, static_cast<double>(w.wave)},
    };
    for (const Check& c : checks) {
        if (!(iw.provided & bit(c.field))) continue;
        if (std::string why = model::boundProblem(c.bound, c.value); !why.empty())
            return std::string(fieldName(c.field)) + ": " + why;
    }
    return "";
}

bool skipImplausibleRow(InventoryImport& out, const formats::Table& table, std::size_t row, const std::string& label,
                        const ImportedWorkload& iw) {
    std::string why = workloadBoundProblem(iw);
    if (why.empty()) return false;
    out.problems.push_back({whereOf(table, row), label + " skipped: " + why});
    ++out.skippedRows;
    return true;
}

std::optional<int> readCount(std::string_view cell, std::string_view column, formats::text::NumberStyle style,
                             std::string& reason) {
    const auto v = parseNumberEither(cell, style);
    if (!v) {
        reason = std::string(column) + ": expected a number, got " +
                 (formats::text::trim(cell).empty() ? "an empty cell" : quoted(cell));
        return std::nullopt;
    }
    if (*v <= 0.0 || *v > 100000.0 || std::floor(*v) != *v) {
        reason = std::string(column) + ": expected a whole number above 0, got " + quoted(cell);
        return std::nullopt;
    }
    return static_cast<int>(*v);
}

std::optional<double> readAmount(std::string_view cell, std::string_view column, formats::text::NumberStyle style,
                                 std::string& reason, bool allowZero) {
    const auto v = parseNumberEither(cell, style);
    if (!v) {
        reason = std::string(column) + ": expected a number, got " +
                 (formats::text::trim(cell).empty() ? "an empty cell" : quoted(cell));
        return std::nullopt;
    }
    if (*v < 0.0 || (!allowZero && *v == 0.0) || *v > 1e15) {
        reason = std::string(column) + ": expected an amount " + (allowZero ? "of 0 or more" : "above 0") + ", got " +
                 quoted(cell);
        return std::nullopt;
    }
    return *v;
}

std::optional<double> readUtilisation(std::string_view cell, bool fraction, formats::text::NumberStyle style) {
    const auto v = parseNumberEither(cell, style);
    if (!v) return std::nullopt;
    const double d = fraction ? *v : *v / 100.0;
    if (d < 0.0 || d > 1.0) return std::nullopt;
    return d;
}

} // namespace est::io::detail
