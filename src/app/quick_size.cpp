// app/quick_size.cpp - a synthetic estate of the asked size, so the full engine answers the quick-size questions.
#include "app/quick_size.hpp"

#include <algorithm>
#include <string>

namespace est::app {

model::Scenario quickSizeScenario(const model::Scenario& base, const QuickSizeInputs& in) {
    model::Scenario s = base;
    s.settings.name = "Quick size";
    s.source.kind = in.source;
    s.workloads.clear();
    if (s.plan.waves.empty()) s.plan.waves.push_back(model::Wave{"Wave 1", 3, 6, 2});
    const int servers = std::max(0, in.servers);
    const int databases = std::max(0, in.databases);
    const int apps = std::max(1, in.applications);
    const int total = servers + databases;
    const int waves = static_cast<int>(s.plan.waves.size());
    s.workloads.reserve(static_cast<std::size_t>(total));
    for (int i = 0; i < total; ++i) {
        model::Workload w;
        const bool db = i >= servers;
        const int n = db ? i - servers + 1 : i + 1;
        w.id = (db ? "db-" : "srv-") + std::to_string(n);
        w.name = (db ? "database-" : "server-") + std::to_string(n);
        w.application = "App " + std::to_string(i % apps + 1);
        w.os = "Linux";
        if (db) {
            w.vcpu = 8;
            w.ramGb = 32.0;
            w.storageGb = 500.0;
            w.database = model::DatabaseEngine::PostgreSql;
            w.licence = model::LicenceModel::OpenSource;
            if (in.source != model::SourceKind::OnPremises) w.kind = model::WorkloadKind::ManagedDatabase;
        } else {
            w.vcpu = 4;
            w.ramGb = 16.0;
            w.storageGb = 200.0;
        }
        // Applications move together: every workload of an application goes in the same wave.
        w.wave = (i % apps) % waves + 1;
        s.workloads.push_back(std::move(w));
    }
    if (in.source == model::SourceKind::OnPremises) {
        s.source.monthlyBillUsd = 0.0;
        if (in.monthlySpendUsd > 0.0 && total > 0)
            for (model::Workload& w : s.workloads) w.monthlyCostOverrideUsd = in.monthlySpendUsd / total;
    } else {
        s.source.monthlyBillUsd = std::max(0.0, in.monthlySpendUsd);
    }
    s.program.projectedArrOverrideUsd = 12.0 * std::max(0.0, in.committedMonthlyUsd);
    s.rules[static_cast<std::size_t>(model::Disposition::Rehost)].oneTimeUsdPerWorkload =
        std::max(0.0, in.rehostUsdPerServer);
    s.rules[static_cast<std::size_t>(model::Disposition::Replatform)].oneTimeUsdPerApplication =
        std::max(0.0, in.replatformUsdPerApplication);
    return s;
}

} // namespace est::app
