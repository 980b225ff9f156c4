// model/workload_trace.cpp - builds a workload's cost trace from the same functions the engine prices with.
#include "model/workload_trace.hpp"

#include "model/assumptions.hpp"
#include "model/aws_management.hpp"
#include "model/aws_discount.hpp"
#include "model/format.hpp"
#include "model/licences.hpp"
#include "model/today_cost.hpp"

#include <cmath>

namespace est::model {

namespace {

// "$200 per server + $3,000 per application shared by 25 workloads = $320". The share count comes back from the
// amount (the engine divides the application's effort evenly), so a trace never scans the estate.
std::string oneTimeText(const Scenario& s, const WorkloadResult& wr) {
    const DispositionRule& rule = s.rules[static_cast<std::size_t>(wr.effective)];
    const double psFactor = 1.0 - s.program.professionalServicesDiscountPct;
    std::string text = formatUsd(rule.oneTimeUsdPerWorkload) + " per server";
    if (rule.oneTimeUsdPerApplication > 0.0 && psFactor > 0.0) {
        const double share = wr.oneTimeUsd / psFactor - rule.oneTimeUsdPerWorkload;
        const long long sharing = share > 0.0 ? std::llround(rule.oneTimeUsdPerApplication / share) : 1;
        text += " + " + formatUsd(rule.oneTimeUsdPerApplication) + " per application" +
                (sharing > 1 ? " shared by " + std::to_string(sharing) + " of its workloads" : "");
    }
    if (psFactor != 1.0) text += ", less the " + formatPct(1.0 - psFactor) + " services discount";
    return text + " = " + formatUsd(wr.oneTimeUsd);
}

} // namespace

Trace workloadCostTrace(const Scenario& s, const Result& r, std::size_t index) {
    Trace t;
    if (index >= s.workloads.size() || index >= r.workloads.size()) return t;
    const Workload& w = s.workloads[index];
    const WorkloadResult& wr = r.workloads[index];
    const OnPremDrivers& d = s.source.onPrem;
    const HostRates h = hostRates(d);
    const bool onPrem = s.source.kind == SourceKind::OnPremises && !w.monthlyCostOverrideUsd;
    t.figureLabel = (w.name.empty() ? w.id : w.name) + ": cost today and after";

    std::string today;
    if (onPrem) {
        const double storageGb = pricedStorageGb(s.source.storageBasis, w);
        TodayParts p = onPremParts(d, h, wr.hostShare, storageGb);
        p.management += backupTodayUsd(d, w, storageGb);
        today = "Today = host share " + formatNumber(wr.hostShare * 100.0) +
                " % x (hardware, maintenance, power, space, " + "hypervisor) " +
                formatUsd(p.hardware + p.maintenance + p.power + p.space + p.virt) + " + storage " +
                formatUsd(p.storage) + " + network " + formatUsd(p.network) + " + OS and database licences " +
                formatUsd(wr.todayLicenceMonthlyUsd - p.virt) + " + labour, management tooling and backup " +
                formatUsd(p.labour + p.management);
        t.terms = {{"host share", wr.hostShare, "%"},
                   {"host-level costs", p.hardware + p.maintenance + p.power + p.space + p.virt, "USD/month"},
                   {"storage", p.storage, "USD/month"},
                   {"network", p.network, "USD/month"},
                   {"licences today", wr.todayLicenceMonthlyUsd, "USD/month"},
                   {"labour and management", p.labour + p.management, "USD/month"}};
    } else {
        today = w.monthlyCostOverrideUsd ? "Today = the workload's own monthly cost"
                                         : "Today = its share of the " + s.source.provider + " bill by size";
    }
    today += " = " + formatUsd(wr.todayMonthlyUsd) + " a month";
    const Money other = wr.targetMonthlyUsd - wr.awsMonthlyUsd - wr.licencesKeptMonthlyUsd;
    t.formula = today + "; after (" + std::string(dispositionName(wr.effective)) + ") = AWS " +
                formatUsd(wr.awsMonthlyUsd) + " (licence-included part " + formatUsd(wr.licenceIncludedMonthlyUsd) +
                ") + licences kept " + formatUsd(wr.licencesKeptMonthlyUsd) + " + subscription and operations labour " +
                formatUsd(other) + " = " + formatUsd(wr.targetMonthlyUsd) + " a month";
    if (wr.awsManagementMonthlyUsd > 0.0)
        t.formula += "; AWS includes backup, monitoring and security tooling " + formatUsd(wr.awsManagementMonthlyUsd) +
                     " a month (today's management has its counterpart on AWS)";
    const AwsDiscount discount = awsDiscountOf(s, wr);
    if (!discount.name.empty())
        t.formula += "; catalogue rate less " + formatPct(discount.pct) + " (" + discount.name + ")";
    if (const double factor = ruleOfThumbFactor(s, wr); factor != 1.0)
        t.formula += "; x " + formatNumber(factor) + " run-rate rule of thumb (no catalogue price for this design)";
    t.formula += "; one-time " + oneTimeText(s, wr);
    t.terms.push_back({"today", wr.todayMonthlyUsd, "USD/month"});
    t.terms.push_back({"AWS usage", wr.awsMonthlyUsd, "USD/month"});
    t.terms.push_back({"licence included on AWS", wr.licenceIncludedMonthlyUsd, "USD/month"});
    t.terms.push_back({"licences kept", wr.licencesKeptMonthlyUsd, "USD/month"});
    t.terms.push_back({"after", wr.targetMonthlyUsd, "USD/month"});

    LicenceTarget target = LicenceTarget::None;
    const Disposition disp = wr.effective;
    const PriceCatalogue* catalogue = s.aws.catalogue.get();
    const bool sized = catalogue != nullptr && wr.instanceIndex >= 0 &&
                       static_cast<std::size_t>(wr.instanceIndex) < catalogue->instances.size();
    double awsVcpu = 0.0;
    if (sized)
        awsVcpu = wr.instanceCount *
                  static_cast<double>(catalogue->instances[static_cast<std::size_t>(wr.instanceIndex)].vcpu);
    if (disp == Disposition::Relocate)
        target = LicenceTarget::Relocate;
    else if (sized && (disp == Disposition::Rehost || disp == Disposition::Replatform || disp == Disposition::Refactor))
        target = wr.priceKey.rds ? LicenceTarget::Rds : LicenceTarget::Ec2;
    for (const LicenceLine& l : licenceLines(d, w, wr.hostShare, target, awsVcpu,
                                             onPrem ? h.hypervisor * wr.hostShare : 0.0, wr.licenceIncludedMonthlyUsd))
        t.notes.push_back(l.side + ": " + l.text +
                          (l.monthlyUsd > 0.0 ? " = " + formatUsd(l.monthlyUsd) + "/month" : ""));
    if (!onPrem && !t.notes.empty())
        t.notes.push_back("today's licence lines are inside today's bill; they show what bringing them would carry");
    return t;
}

} // namespace est::model
