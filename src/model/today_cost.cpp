// model/today_cost.cpp - host share and storage acquisition arithmetic (see today_cost.hpp).
#include "model/today_cost.hpp"

#include <algorithm>
#include <cmath>

namespace est::model {

namespace {
constexpr double kHoursPerMonth = 730.0;
}

double hypervisorLicensedCores(const OnPremDrivers& d) { return std::max(d.coresPerHost, 16.0 * d.socketsPerHost); }

HostRates hostRates(const OnPremDrivers& d) {
    HostRates h;
    h.vcpuCapacity = d.coresPerHost * d.threadsPerCore * d.vcpuOversubscription;
    h.ramGb = d.hostRamGb;
    h.hardware = d.hardwareUsdPerServer / (d.serverRefreshYears * 12.0);
    h.maintenance = d.hardwareUsdPerServer * d.maintenancePct / 12.0;
    h.power = d.powerKwPerHost * d.pue * kHoursPerMonth * d.powerUsdPerKwh;
    h.space = d.spaceUsdPerHostMonth;
    h.hypervisor = d.virtualisationUsdPerCoreYear * hypervisorLicensedCores(d) / 12.0;
    // Storage: an acquisition price per GB, not a monthly rent.
    h.storagePerGb = d.storageUsdPerGb / (d.storageRefreshYears * 12.0) +
                     d.storageUsdPerGb * d.storageMaintenancePct / 12.0 +
                     d.storageKwPerTb / 1000.0 * d.pue * kHoursPerMonth * d.powerUsdPerKwh;
    h.labourPerVm = d.adminUsdPerYear / d.serversPerAdmin / 12.0;
    h.managementPerVm = d.managementUsdPerServerYear / 12.0;
    return h;
}

double hostShare(const HostRates& h, int vcpu, double ramGb) {
    const double byCpu = h.vcpuCapacity > 0.0 ? std::max(vcpu, 0) / h.vcpuCapacity : 0.0;
    const double byRam = h.ramGb > 0.0 ? std::max(ramGb, 0.0) / h.ramGb : 0.0;
    const double share = std::max(byCpu, byRam);
    // A VM larger than one host shares no host with others: it holds the whole hosts its size needs.
    return share > 1.0 ? std::ceil(share - 1e-9) : share;
}

double pricedStorageGb(StorageBasis basis, const Workload& w) {
    return basis == StorageBasis::Used && w.usedStorageGb ? *w.usedStorageGb : w.storageGb;
}

TodayParts onPremParts(const OnPremDrivers& d, const HostRates& h, double share, double storageGb) {
    TodayParts t;
    t.hardware = h.hardware * share;
    t.maintenance = h.maintenance * share;
    t.power = h.power * share;
    t.space = h.space * share;
    t.virt = h.hypervisor * share;
    t.storage = storageGb * h.storagePerGb;
    t.network = d.networkPct * (t.hardware + t.maintenance + t.storage);
    t.labour = h.labourPerVm;
    t.management = h.managementPerVm;
    return t;
}

} // namespace est::model
