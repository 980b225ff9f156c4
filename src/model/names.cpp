// model/names.cpp - display names of the result enums (see names.hpp).
#include "model/names.hpp"

namespace est::model {

std::string_view verdictName(Verdict v) {
    switch (v) {
    case Verdict::NotEligible:
        return "Not eligible";
    case Verdict::MapLite:
        return "MAP Lite";
    case Verdict::Map:
        return "MAP";
    case Verdict::Borderline:
        return "Borderline";
    }
    return "";
}

double verdictLevel(Verdict v) {
    switch (v) {
    case Verdict::NotEligible:
        return 0.0;
    case Verdict::Borderline:
        return 0.5;
    case Verdict::MapLite:
        return 1.0;
    case Verdict::Map:
        return 2.0;
    }
    return 0.0;
}

std::string_view fundingProfileName(FundingProfile p) {
    return p == FundingProfile::ProgramMechanics ? "program mechanics (AWS partner templates, 2024)"
                                                 : "published rules of thumb (domain articles)";
}

std::string_view mapExclusionName(MapExclusion e) {
    switch (e) {
    case MapExclusion::None:
        return "MAP-eligible";
    case MapExclusion::NotMigrating:
        return "not migrating to AWS";
    case MapExclusion::NotAwsSpend:
        return "replaced by a subscription (not AWS spend)";
    case MapExclusion::FundedElsewhere:
        return "funded by another program";
    }
    return "";
}
std::string_view checkIdText(CheckId c) {
    switch (c) {
    case CheckId::MapLiteArr:
        return "arr.mapLite";
    case CheckId::MapArr:
        return "arr.map";
    case CheckId::ScopeWorkloads:
        return "scope.workloads";
    case CheckId::PartnerCompetency:
        return "partner.competency";
    case CheckId::TaggingCoverage:
        return "tagging.coverage";
    case CheckId::TaggingTiming:
        return "tagging.timing";
    case CheckId::CreditsMinSpend:
        return "credits.minSpend";
    }
    return "";
}

} // namespace est::model
