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

} // namespace est::model
