// model/aws_management.cpp - AWS management lines of one workload (see aws_management.hpp).
#include "model/aws_management.hpp"

namespace est::model {

AwsManagement awsManagementFor(const AwsTarget& aws, const Workload& w, double storageGb, double afterEdp) {
    AwsManagement m;
    // Backed up like today: production storage only, so the two sides count the same gigabytes.
    if (w.environment == Environment::Production) m.backup = storageGb * aws.backupUsdPerGbMonth * afterEdp;
    m.monitoring = aws.monitoringUsdPerServerMonth * afterEdp;
    m.security = aws.securityUsdPerServerMonth * afterEdp;
    return m;
}

Money backupTodayUsd(const OnPremDrivers& d, const Workload& w, double storageGb) {
    return w.environment == Environment::Production ? storageGb * d.backupUsdPerGbMonth : 0.0;
}

} // namespace est::model
