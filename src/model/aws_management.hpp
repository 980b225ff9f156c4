// model/aws_management.hpp - the run-cost lines today's management tooling pays for, priced on AWS.
//
// Today's cost carries management tooling per server and backup per GB-month of production storage
// (today_cost.hpp). The same work exists after the move: snapshots or AWS Backup of production storage,
// CloudWatch metrics and logs, Amazon Inspector; patching through Systems Manager Patch Manager has no charge
// of its own on EC2. A workload on Amazon RDS gets none of these lines: automated backups up to the database's
// size, patching and basic monitoring are part of the RDS price. Prices are inputs with dated sources
// (assets/defaults.json); the enterprise discount applies like on every AWS price.
#pragma once

#include "model/scenario.hpp"

namespace est::model {

/// One workload's AWS management lines, USD a month.
struct AwsManagement {
    Money backup = 0.0; ///< production storage x backup price per GB-month
    Money monitoring = 0.0;
    Money security = 0.0;
    Money total() const { return backup + monitoring + security; }
};

/// The lines for a workload that runs on AWS servers (EC2, or Relocate hosts). `storageGb` is the priced
/// storage, `afterEdp` the enterprise discount and region override factor.
AwsManagement awsManagementFor(const AwsTarget& aws, const Workload& w, double storageGb, double afterEdp);

/// Today's backup of one workload, USD a month: production storage x the backup price; 0 for non-production.
Money backupTodayUsd(const OnPremDrivers& d, const Workload& w, double storageGb);

} // namespace est::model
