// model/aws_discount.cpp - the named discount on a workload's AWS rate (see aws_discount.hpp).
#include "model/aws_discount.hpp"

namespace est::model {

AwsDiscount awsDiscountOf(const Scenario& s, const WorkloadResult& wr) {
    const Disposition d = wr.effective;
    const bool onAws = d == Disposition::Rehost || d == Disposition::Replatform || d == Disposition::Refactor ||
                       d == Disposition::Relocate;
    AwsDiscount out;
    if (!onAws) return out;
    const AwsTarget& aws = s.aws;
    if (wr.priceKey.rds && d != Disposition::Relocate) {
        // RDS reservations follow the plan's term (aws_pricing.cpp); on demand reserves nothing.
        if (aws.pricingModel == PricingModel::SavingsPlan1Year) {
            out.pct = aws.rdsReservedPct;
            out.name = "RDS reserved instances, 1 year";
        } else if (aws.pricingModel == PricingModel::SavingsPlan3Year) {
            out.pct = aws.rdsReserved3YearPct;
            out.name = "RDS reserved instances, 3 years";
        }
    } else if (aws.pricingModel != PricingModel::OnDemand) {
        const bool threeYear = aws.pricingModel == PricingModel::SavingsPlan3Year;
        out.pct = threeYear ? aws.savingsPlan3YearPct : aws.savingsPlan1YearPct;
        out.name = std::string("Compute Savings Plan, ") + (threeYear ? "3 years" : "1 year");
        if (!wr.priceKey.rds && wr.priceKey.os != Ec2Os::Linux)
            out.name += " (on the compute part; the licence at its full rate)";
    }
    if (aws.enterpriseDiscountPct > 0.0) {
        out.pct = 1.0 - (1.0 - out.pct) * (1.0 - aws.enterpriseDiscountPct);
        out.name += out.name.empty() ? "enterprise discount" : " + enterprise discount";
    }
    return out;
}

double ruleOfThumbFactor(const Scenario& s, const WorkloadResult& wr) {
    const DispositionRule& rule = s.rules[static_cast<std::size_t>(wr.effective)];
    if (wr.effective == Disposition::Refactor) return rule.runRateFactor;
    const bool sizedOnAws = wr.effective == Disposition::Rehost || wr.effective == Disposition::Replatform;
    if (sizedOnAws && wr.instanceIndex < 0) return rule.runRateFactor;
    return 1.0;
}

} // namespace est::model
