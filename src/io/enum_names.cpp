// io/enum_names.cpp - the stable text names of the model's enums, as scenario files and reports write them.
#include "io/enum_names.hpp"

#include <array>
#include <utility>

namespace est::io {
namespace {

template <typename T, std::size_t N>
using Names = std::array<std::pair<T, std::string_view>, N>;

using model::DatabaseEngine;
using model::DependencyKind;
using model::Disposition;
using model::Environment;
using model::FundingProfile;
using model::LicenceModel;
using model::MapTagKey;
using model::MobilizeBasis;
using model::PowerState;
using model::PricingModel;
using model::SourceKind;
using model::StorageBasis;
using model::SupportPlan;
using model::WorkloadKind;

constexpr Names<SourceKind, 3> kSourceKind{
    {{SourceKind::OnPremises, "onPremises"}, {SourceKind::OtherCloud, "otherCloud"}, {SourceKind::Paas, "paas"}}};
constexpr Names<Environment, 2> kEnvironment{
    {{Environment::Production, "production"}, {Environment::NonProduction, "nonProduction"}}};
constexpr Names<PowerState, 3> kPowerState{
    {{PowerState::On, "on"}, {PowerState::Off, "off"}, {PowerState::Suspended, "suspended"}}};
constexpr Names<DatabaseEngine, 6> kDatabase{{{DatabaseEngine::None, "none"},
                                              {DatabaseEngine::MySql, "mysql"},
                                              {DatabaseEngine::PostgreSql, "postgresql"},
                                              {DatabaseEngine::SqlServer, "sqlServer"},
                                              {DatabaseEngine::Oracle, "oracle"},
                                              {DatabaseEngine::Other, "other"}}};
constexpr Names<model::DatabaseEdition, 4> kEdition{{{model::DatabaseEdition::Standard, "standard"},
                                                     {model::DatabaseEdition::Enterprise, "enterprise"},
                                                     {model::DatabaseEdition::Web, "web"},
                                                     {model::DatabaseEdition::Express, "express"}}};
constexpr Names<LicenceModel, 3> kLicence{{{LicenceModel::LicenceIncluded, "licenceIncluded"},
                                           {LicenceModel::BringYourOwn, "bringYourOwn"},
                                           {LicenceModel::OpenSource, "openSource"}}};
constexpr Names<StorageBasis, 2> kStorageBasis{
    {{StorageBasis::Provisioned, "provisioned"}, {StorageBasis::Used, "used"}}};
constexpr Names<WorkloadKind, 3> kKind{{{WorkloadKind::Server, "server"},
                                        {WorkloadKind::ManagedDatabase, "managedDatabase"},
                                        {WorkloadKind::ManagedService, "managedService"}}};
constexpr Names<Disposition, 7> kDisposition{{{Disposition::Retire, "retire"},
                                              {Disposition::Retain, "retain"},
                                              {Disposition::Rehost, "rehost"},
                                              {Disposition::Relocate, "relocate"},
                                              {Disposition::Repurchase, "repurchase"},
                                              {Disposition::Replatform, "replatform"},
                                              {Disposition::Refactor, "refactor"}}};
constexpr Names<PricingModel, 3> kPricing{{{PricingModel::OnDemand, "onDemand"},
                                           {PricingModel::SavingsPlan1Year, "savingsPlan1Year"},
                                           {PricingModel::SavingsPlan3Year, "savingsPlan3Year"}}};
constexpr Names<SupportPlan, 4> kSupport{{{SupportPlan::Basic, "basic"},
                                          {SupportPlan::Developer, "developer"},
                                          {SupportPlan::Business, "business"},
                                          {SupportPlan::Enterprise, "enterprise"}}};
constexpr Names<MobilizeBasis, 2> kMobilize{
    {{MobilizeBasis::ProjectedArr, "projectedArr"}, {MobilizeBasis::ServicesCost, "servicesCost"}}};
constexpr Names<DependencyKind, 3> kDependencyKind{{{DependencyKind::Hard, "hard"},
                                                    {DependencyKind::Soft, "soft"},
                                                    {DependencyKind::Infrastructure, "infrastructure"}}};
constexpr Names<FundingProfile, 2> kProfile{
    {{FundingProfile::ProgramMechanics, "programMechanics"}, {FundingProfile::PublishedRules, "publishedRules"}}};
constexpr Names<MapTagKey, 2> kTagKey{{{MapTagKey::MapMigrated, "map-migrated"}, {MapTagKey::AwsApnId, "aws-apn-id"}}};

template <typename T, std::size_t N>
std::string_view nameIn(const Names<T, N>& names, T v) {
    for (const auto& [value, name] : names)
        if (value == v) return name;
    return "unknown";
}
template <typename T, std::size_t N>
std::optional<T> valueIn(const Names<T, N>& names, std::string_view s) {
    for (const auto& [value, name] : names)
        if (name == s) return value;
    return std::nullopt;
}

} // namespace

std::string_view toName(SourceKind v) { return nameIn(kSourceKind, v); }
std::string_view toName(Environment v) { return nameIn(kEnvironment, v); }
std::string_view toName(PowerState v) { return nameIn(kPowerState, v); }
std::string_view toName(DatabaseEngine v) { return nameIn(kDatabase, v); }
std::string_view toName(model::DatabaseEdition v) { return nameIn(kEdition, v); }
std::string_view toName(LicenceModel v) { return nameIn(kLicence, v); }
std::string_view toName(WorkloadKind v) { return nameIn(kKind, v); }
std::string_view toName(StorageBasis v) { return nameIn(kStorageBasis, v); }
std::string_view toName(Disposition v) { return nameIn(kDisposition, v); }
std::string_view toName(PricingModel v) { return nameIn(kPricing, v); }
std::string_view toName(SupportPlan v) { return nameIn(kSupport, v); }
std::string_view toName(MobilizeBasis v) { return nameIn(kMobilize, v); }
std::string_view toName(DependencyKind v) { return nameIn(kDependencyKind, v); }
std::string_view toName(FundingProfile v) { return nameIn(kProfile, v); }
std::string_view toName(MapTagKey v) { return nameIn(kTagKey, v); }

template <>
std::optional<SourceKind> fromName<SourceKind>(std::string_view s) {
    return valueIn(kSourceKind, s);
}
template <>
std::optional<Environment> fromName<Environment>(std::string_view s) {
    return valueIn(kEnvironment, s);
}
template <>
std::optional<PowerState> fromName<PowerState>(std::string_view s) {
    return valueIn(kPowerState, s);
}
template <>
std::optional<DatabaseEngine> fromName<DatabaseEngine>(std::string_view s) {
    return valueIn(kDatabase, s);
}
template <>
std::optional<model::DatabaseEdition> fromName<model::DatabaseEdition>(std::string_view s) {
    return valueIn(kEdition, s);
}
template <>
std::optional<LicenceModel> fromName<LicenceModel>(std::string_view s) {
    return valueIn(kLicence, s);
}
template <>
std::optional<WorkloadKind> fromName<WorkloadKind>(std::string_view s) {
    return valueIn(kKind, s);
}
template <>
std::optional<StorageBasis> fromName<StorageBasis>(std::string_view s) {
    return valueIn(kStorageBasis, s);
}
template <>
std::optional<Disposition> fromName<Disposition>(std::string_view s) {
    return valueIn(kDisposition, s);
}
template <>
std::optional<PricingModel> fromName<PricingModel>(std::string_view s) {
    return valueIn(kPricing, s);
}
template <>
std::optional<SupportPlan> fromName<SupportPlan>(std::string_view s) {
    return valueIn(kSupport, s);
}
template <>
std::optional<MobilizeBasis> fromName<MobilizeBasis>(std::string_view s) {
    return valueIn(kMobilize, s);
}
template <>
std::optional<DependencyKind> fromName<DependencyKind>(std::string_view s) {
    return valueIn(kDependencyKind, s);
}
template <>
std::optional<FundingProfile> fromName<FundingProfile>(std::string_view s) {
    return valueIn(kProfile, s);
}
template <>
std::optional<MapTagKey> fromName<MapTagKey>(std::string_view s) {
    return valueIn(kTagKey, s);
}

template <>
std::string_view allNames<SourceKind>() {
    return "onPremises, otherCloud, paas";
}
template <>
std::string_view allNames<Environment>() {
    return "production, nonProduction";
}
template <>
std::string_view allNames<PowerState>() {
    return "on, off, suspended";
}
template <>
std::string_view allNames<DatabaseEngine>() {
    return "none, mysql, postgresql, sqlServer, oracle, other";
}
template <>
std::string_view allNames<model::DatabaseEdition>() {
    return "standard, enterprise, web, express";
}
template <>
std::string_view allNames<LicenceModel>() {
    return "licenceIncluded, bringYourOwn, openSource";
}
template <>
std::string_view allNames<WorkloadKind>() {
    return "server, managedDatabase, managedService";
}
template <>
std::string_view allNames<StorageBasis>() {
    return "provisioned, used";
}
template <>
std::string_view allNames<Disposition>() {
    return "retire, retain, rehost, relocate, repurchase, replatform, refactor";
}
template <>
std::string_view allNames<PricingModel>() {
    return "onDemand, savingsPlan1Year, savingsPlan3Year";
}
template <>
std::string_view allNames<SupportPlan>() {
    return "basic, developer, business, enterprise";
}
template <>
std::string_view allNames<MobilizeBasis>() {
    return "projectedArr, servicesCost";
}
template <>
std::string_view allNames<DependencyKind>() {
    return "hard, soft, infrastructure";
}
template <>
std::string_view allNames<FundingProfile>() {
    return "programMechanics, publishedRules";
}
template <>
std::string_view allNames<MapTagKey>() {
    return "map-migrated, aws-apn-id";
}

} // namespace est::io
