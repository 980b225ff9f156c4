// model/aws_discount.hpp - the named discount a workload's AWS rate got: a catalogue rate is the rate, less the
// discount named here (never a hidden factor).
#pragma once

#include <string>

#include "model/result.hpp"
#include "model/scenario.hpp"

namespace est::model {

struct AwsDiscount {
    double pct = 0.0; ///< off the catalogue's on-demand rate, decimal (0.28 = 28 %)
    std::string name; ///< "Compute Savings Plan, 1 year (compute part)", "" when none
};

/// The discount on one workload's instance (or Relocate host) rate: Compute Savings Plan on EC2 and hosts, RDS
/// reserved instances on RDS, each combined with the enterprise discount. Nothing for a workload not on AWS.
AwsDiscount awsDiscountOf(const Scenario& s, const WorkloadResult& wr);

/// The run-rate rule of thumb a workload's AWS cost carries, 1 when none: only Refactor (no catalogue price
/// exists for the redesigned application) and unsized managed services (today's cost, like for like).
double ruleOfThumbFactor(const Scenario& s, const WorkloadResult& wr);

} // namespace est::model
