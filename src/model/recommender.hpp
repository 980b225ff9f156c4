// model/recommender.hpp - the disposition recommender (plain rules, each with its reason) and the OS checks it uses.
#pragma once

#include "model/result.hpp"
#include "model/scenario.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace est::model {

/// The recommender's disposition for one workload, and why.
Disposition recommend(const Scenario& s, const Workload& w, RecommendationReason& reason);

/// The same rules with the OS check already known (the engine caches it per OS string): in priority order, powered
/// off or idle -> Retire, a database -> Replatform, otherwise Rehost (an unsupported OS is named, not rebuilt).
Disposition recommendRules(const Scenario& s, const Workload& w, bool unsupportedOs, RecommendationReason& reason);

/// The recommendation's reason as a sentence for workload `index` of `s` (r = its WorkloadResult).
std::string recommendationText(const Scenario& s, const WorkloadResult& r, std::size_t index);

/// True when the OS string names Windows (case-insensitive).
bool isWindowsOs(std::string_view os);

/// True when the OS string names an OS past its vendor's end of support (Windows Server 2003/2008/2012,
/// CentOS Linux, RHEL 5/6, SLES 11, Ubuntu 14.04/16.04, ...).
bool isUnsupportedOs(std::string_view os);

} // namespace est::model
