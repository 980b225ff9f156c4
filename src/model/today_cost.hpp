// model/today_cost.hpp - today's on-premises cost of one workload: its share of a host, storage as acquisition.
//
// Host share = max(vCPU / host vCPU capacity, RAM / host RAM), host vCPU capacity = cores x threads per core x
// vCPU oversubscription. Hardware (over the refresh cycle), maintenance, power (kW x PUE x $/kWh), space and the
// hypervisor licence are per host and follow the share; a powered-off VM holds no share (it keeps its storage).
// Storage is an acquisition cost per GB amortised over the storage refresh cycle plus yearly maintenance plus
// its power (Azure Migrate business case: docs/sources.md [3]). Network = networkPct x (hardware + maintenance +
// storage). Licences come from licences.hpp.
#pragma once

#include "model/scenario.hpp"

#include <algorithm>
#include <cmath>

namespace est::model {

/// Monthly cost parts of one workload today, USD.
struct TodayParts {
    Money hardware = 0, maintenance = 0, power = 0, space = 0, storage = 0, network = 0, osLic = 0, dbLic = 0, virt = 0,
          labour = 0, management = 0, bill = 0;
    /// Sum of every part.
    Money total() const {
        return hardware + maintenance + power + space + storage + network + osLic + dbLic + virt + labour + management +
               bill;
    }
};

/// What one whole host and one GB of storage cost a month; computed once per estimate.
struct HostRates {
    double vcpuCapacity = 0.0; ///< cores x threads x oversubscription
    double ramGb = 0.0;
    Money hardware = 0.0;    ///< purchase price / (refresh years x 12)
    Money maintenance = 0.0; ///< purchase price x maintenance % / 12
    Money power = 0.0;       ///< kW x PUE x 730 h x $/kWh
    Money space = 0.0;
    Money hypervisor = 0.0;   ///< per host core-year x licensed cores / 12
    Money storagePerGb = 0.0; ///< acquisition / (refresh x 12) + acquisition x maintenance / 12 + power
    Money labourPerVm = 0.0;  ///< admin cost / VMs per admin / 12
    Money managementPerVm = 0.0;
};

/// The per-host and per-GB monthly rates of the drivers.
HostRates hostRates(const OnPremDrivers& d);

/// Cores the hypervisor licence counts on one host: all cores, at least 16 per socket (vendor minimum).
double hypervisorLicensedCores(const OnPremDrivers& d);

/// The workload's share of one host (0 when vCPU and RAM are 0). A VM larger than one host holds whole hosts of its
/// own: the share is rounded up to the hosts its vCPU or memory needs (2 for 600 GB on 512 GB hosts).
/// Inline, as the two below: the engine runs them once per workload (a call costs as much as the arithmetic).
inline double hostShare(const HostRates& h, int vcpu, double ramGb) {
    const double byCpu = h.vcpuCapacity > 0.0 ? std::max(vcpu, 0) / h.vcpuCapacity : 0.0;
    const double byRam = h.ramGb > 0.0 ? std::max(ramGb, 0.0) / h.ramGb : 0.0;
    const double share = std::max(byCpu, byRam);
    // A VM larger than one host shares no host with others: it holds the whole hosts its size needs.
    return share > 1.0 ? std::ceil(share - 1e-9) : share;
}

/// Copies of the workload paid for today: 2 when it runs a standby (Workload::standbyToday), else 1.
inline double todayCopies(const Workload& w) { return w.standbyToday ? 2.0 : 1.0; }

/// Storage the workload is priced on: in use when the basis is Used and the workload has it, else provisioned.
inline double pricedStorageGb(StorageBasis basis, const Workload& w) {
    return basis == StorageBasis::Used && w.usedStorageGb ? *w.usedStorageGb : w.storageGb;
}

/// Today's parts without OS and database licences (set osLic / dbLic from licences.hpp); the hypervisor
/// licence follows the share. `share` from hostShare(); a
/// powered-off VM passes share 0.
inline TodayParts onPremParts(const OnPremDrivers& d, const HostRates& h, double share, double storageGb) {
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
